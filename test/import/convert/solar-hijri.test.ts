// Persian solar Hijri dates (solar-hijri-dates.ts): converted in a Persian file in Iran's zone, the
// days worked by hand from Nowruz (1 Farvardin 1405 = 21 March 2026, 1406 = 21 March 2027; months
// 1-6 of 31 days, 7-11 of 30) and checked with ICU's persian calendar (Intl.DateTimeFormat
// en-u-ca-persian: 1 March 2027 is 12/10/1405 AP, 4 April 2027 is 1/15/1406 AP).
import { solarHijriColumns, solarHijriToGregorian } from '../../../main/import/map/solar-hijri-dates.ts';
import { collect, idsDaysAndStatus, tempFiles } from './support.ts';

const write = tempFiles();

test('solar Hijri dates convert to the Gregorian day, across Nowruz and into the past', () => {
  expect(solarHijriToGregorian(1405, 1, 1)).toBe('2026-03-21');
  expect(solarHijriToGregorian(1405, 12, 10)).toBe('2027-03-01'); // 336 + 9 days after Nowruz
  expect(solarHijriToGregorian(1405, 12, 29)).toBe('2027-03-20');
  expect(solarHijriToGregorian(1405, 12, 30)).toBeUndefined(); // 1405 is no leap year
  expect(solarHijriToGregorian(1406, 1, 15)).toBe('2027-04-04');
  expect(solarHijriToGregorian(1364, 5, 21)).toBe('1985-08-12');
  expect(solarHijriToGregorian(1369, 10, 13)).toBe('1991-01-03');
  expect(solarHijriToGregorian(1405, 7, 31)).toBeUndefined(); // Mehr has 30 days
});

test('only a Persian file in Iran or Afghanistan reads the solar calendar', () => {
  const rows = [['1405/12/10'], ['1405/12/11']];
  expect(solarHijriColumns(['تاریخ نوبت'], rows, 'Asia/Tehran')?.headers).toEqual(['تاریخ نوبت']);
  // Arabic headers (a Gulf clinic's Islamic dates), or another zone: not converted.
  expect(solarHijriColumns(['التاريخ'], rows, 'Asia/Tehran')).toBeUndefined();
  expect(solarHijriColumns(['تاریخ نوبت'], rows, 'Asia/Riyadh')).toBeUndefined();
  // The Islamic calendar's mark after a date: never the solar calendar.
  expect(solarHijriColumns(['تاریخ نوبت'], [['1448/09/01 هـ']], 'Asia/Tehran')).toBeUndefined();
});

test('an Iranian list in Persian digits is sent on its Gregorian days', async () => {
  const file = write('nobat.csv', [
    'کد رهگیری,تاریخ نوبت,ساعت,نام,نام خانوادگی,شماره پرونده,تاریخ تولد,وضعیت',
    '483935,۱۴۰۵/۱۲/۱۱,۱۶:۰۰,حسین,کریمی,1187,۱۳۵۷/۰۹/۰۴,لغو شده',
    '484012,۱۴۰۶/۰۱/۱۵,۱۱:۱۵,زهرا,محمدی,1344,۱۳۶۹/۱۰/۱۳,لغو شده',
  ]);
  const { appointments, errors } = await collect(file, { timeZone: 'Asia/Tehran' });
  expect(errors).toEqual([]);
  // Iran keeps UTC+3:30: 16:00 on 2 March 2027 is 12:30 UTC, 11:15 on 4 April 07:45 UTC.
  expect(idsDaysAndStatus(appointments)).toEqual([
    ['483935', '1187', '2027-03-02T12:30:00.000Z', '1978-11-25', 'CANCEL'],
    ['484012', '1344', '2027-04-04T07:45:00.000Z', '1991-01-03', 'CANCEL'],
  ]);
});
