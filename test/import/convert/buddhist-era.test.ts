// Dates in the Buddhist Era (buddhist-era-dates.ts): read in a Thai file, the year 543 lower (2570 is
// 2027); elsewhere refused naming the column and its era. The Gregorian dates below were worked by
// hand (year - 543) and checked with ICU's buddhist calendar (Intl.DateTimeFormat th-TH-u-ca-buddhist:
// 1 March 2027 is '1 มี.ค. 2570', 12 August 1985 is '12 ส.ค. 2528').
import {
  buddhistEraColumns,
  buddhistEraNote,
  gregorianText,
} from '../../../main/import/map/buddhist-era-dates.ts';
import { monthFromName } from '../../../main/import/map/month-names.ts';
import { parseDate } from '../../../main/import/map/parse-date.ts';
import { collect, idsDaysAndStatus, tempFiles } from './support.ts';

const write = tempFiles();

test('Thai month abbreviations keep their vowels: มี.ค. is March, ม.ค. January', () => {
  expect(monthFromName('มีค')).toBe(3);
  expect(monthFromName('มค')).toBe(1);
  expect(monthFromName('มีนาคม')).toBe(3);
  expect(parseDate('12 ส.ค. 1985', { order: 'DMY' })).toEqual({
    ok: true,
    date: { year: 1985, month: 8, day: 12 },
  });
  expect(parseDate('5 มี.ค. 2027', { order: 'MDY' })).toEqual({
    ok: true,
    date: { year: 2027, month: 3, day: 5 },
  });
});

test('a Buddhist Era year is made Gregorian only where the cell is a date with one such year', () => {
  expect(gregorianText('01/03/2570')).toBe('01/03/2027');
  expect(gregorianText('3 ม.ค. 2533')).toBe('3 ม.ค. 1990');
  expect(gregorianText('16/03/2570 14:00')).toBe('16/03/2027 14:00');
  expect(gregorianText('01/03/2027')).toBeUndefined(); // already Gregorian
  expect(gregorianText('2570')).toBeUndefined(); // a number, not a date
  expect(gregorianText('01/03/2800')).toBeUndefined(); // 2257: no year of a schedule
});

test('the era is read in a Thai file only; elsewhere the note names the column', () => {
  const rows = [
    ['1', '01/03/2570'],
    ['2', '15/03/2570'],
  ];
  expect(buddhistEraColumns(['No', 'Date'], rows, 'Asia/Bangkok')?.headers).toEqual(['Date']);
  expect(buddhistEraColumns(['No', 'วันที่นัด'], rows, 'Europe/London')?.headers).toEqual(['วันที่นัด']);
  // Cambodia counts the Buddhist Era 544 above the Gregorian: not converted by Thailand's rule.
  expect(buddhistEraColumns(['No', 'Date'], rows, 'Asia/Phnom_Penh')).toBeUndefined();
  expect(buddhistEraNote(['No', 'Date'], rows)).toMatch(
    /column 'Date' holds dates of the Buddhist Era such as '01\/03\/2570'/,
  );
  expect(buddhistEraNote(['No', 'Date'], [['1', '01/03/2027']])).toBeUndefined();
});

test('a Thai list in the Buddhist Era is sent on its Gregorian days', async () => {
  const file = write('nat.csv', [
    'เลขที่นัด,HN,ชื่อ,นามสกุล,วันเกิด,วันที่นัด,เวลานัด,สถานะ',
    '8801,0045123,สมชาย,ใจดี,12 ส.ค. 2528,01/03/2570,09:00,ยืนยันนัด',
    '8803,0039002,กาญจนา,ทองคำ,25 พ.ย. 2521,15/03/2570,13:30,ยกเลิกนัด',
  ]);
  const { appointments, errors } = await collect(file, { timeZone: 'Asia/Bangkok' });
  expect(errors).toEqual([]);
  // Bangkok is UTC+7 all year: 09:00 on 1 March 2027 is 02:00 UTC, 13:30 on 15 March 06:30 UTC.
  expect(idsDaysAndStatus(appointments)).toEqual([
    ['8801', '0045123', '2027-03-01T02:00:00.000Z', '1985-08-12', 'NEW'],
    ['8803', '0039002', '2027-03-15T06:30:00.000Z', '1978-11-25', 'CANCEL'],
  ]);
});

test('Buddhist Era dates in a file not shown to be Thai are refused saying so', async () => {
  const file = write('appts.csv', [
    'Appt ID,Date,Time,Patient ID,First Name,Last Name,DOB,Status',
    '701,01/03/2570,09:00,9002,Sok,Chea,02/11/1990,Confirmed',
    '702,02/03/2570,10:00,9003,Dara,Heng,21/04/1984,Confirmed',
  ]);
  await expect(collect(file, { timeZone: 'Asia/Phnom_Penh' })).rejects.toThrow(
    /cannot find appointment date.*column 'Date' holds dates of the Buddhist Era such as '01\/03\/2570'.*Export the appointment dates in the Gregorian calendar \(a Gregorian date column beside the Buddhist Era one is enough\)/s,
  );
});
