// Dates in Taiwan's Minguo (Republic of China) calendar (minguo-dates.ts): read in a Taiwanese file,
// the year 1911 higher (116 is 2027); elsewhere refused naming the column and its calendar. The
// Gregorian dates below were worked by hand (year + 1911) and checked with ICU's roc calendar
// (Intl.DateTimeFormat en-u-ca-roc: 5 March 2027 is year 116, month 3, day 5; 12 August 1985 is
// 74/8/12; 29 February 2024 is 113/2/29 and 2025 (114) has no 29 February) and Python's datetime.
import { readMappingSample } from '../../../main/import/map/mapping-sample.ts';
import {
  gregorianOfMinguo,
  minguoColumns,
  minguoNote,
  minguoToGregorian,
} from '../../../main/import/map/minguo-dates.ts';
import { collect, idsDaysAndStatus, tempFiles } from './support.ts';

const write = tempFiles();

test('a Minguo date is the Gregorian one with the year 1911 higher, where that day exists', () => {
  expect(minguoToGregorian(116, 3, 5)).toBe('2027-03-05');
  expect(minguoToGregorian(1, 1, 1)).toBe('1912-01-01');
  expect(minguoToGregorian(113, 2, 29)).toBe('2024-02-29');
  expect(minguoToGregorian(114, 2, 29)).toBeUndefined();
  expect(minguoToGregorian(116, 13, 1)).toBeUndefined();
  expect(minguoToGregorian(0, 3, 5)).toBeUndefined();
});

test('the forms Taiwan writes are read; two-digit years and Gregorian dates are not', () => {
  expect(gregorianOfMinguo('116/03/05')).toBe('2027-03-05');
  expect(gregorianOfMinguo('116.03.05')).toBe('2027-03-05');
  expect(gregorianOfMinguo('116-3-5')).toBe('2027-03-05');
  expect(gregorianOfMinguo('民國116年3月5日')).toBe('2027-03-05');
  expect(gregorianOfMinguo('116年3月5日')).toBe('2027-03-05');
  expect(gregorianOfMinguo('民國74年8月12日')).toBe('1985-08-12');
  expect(gregorianOfMinguo('074/08/12')).toBe('1985-08-12');
  expect(gregorianOfMinguo('116/03/01 09:30')).toBe('2027-03-01 09:30');
  // Seven digits only where the column's header names a date (compact).
  expect(gregorianOfMinguo('1160305', true)).toBe('2027-03-05');
  expect(gregorianOfMinguo('0740812', true)).toBe('1985-08-12');
  expect(gregorianOfMinguo('1160305')).toBeUndefined();
  // `74/08/12` may as well be a day-first `DD/MM/YY`; `74年` without 民國 is no era's year for sure.
  expect(gregorianOfMinguo('74/08/12')).toBeUndefined();
  expect(gregorianOfMinguo('74年8月12日')).toBeUndefined();
  expect(gregorianOfMinguo('2027/03/05')).toBeUndefined();
  expect(gregorianOfMinguo('116/03/05 早')).toBeUndefined();
});

test('columns are converted only in a Taiwanese file with a column of years 100-199', () => {
  const rows = [
    ['0012087', '116/03/01', '074/08/12'],
    ['0015532', '116/03/15', '059/01/17'],
  ];
  const english = ['Chart', 'Date', 'DOB'];
  // Taipei's zone, or Traditional Chinese in the headers (歷, 號 are written 历, 号 in mainland China).
  expect(minguoColumns(english, rows, 'Asia/Taipei')?.headers).toEqual(['Date', 'DOB']);
  expect(minguoColumns(['病歷號碼', '預約日期', '出生日期'], rows, 'Europe/London')?.headers).toEqual([
    '預約日期',
    '出生日期',
  ]);
  expect(minguoColumns(english, rows, 'Europe/London')).toBeUndefined();
  expect(minguoColumns(['病历号', '预约日期', '出生日期'], rows, 'Asia/Shanghai')).toBeUndefined();
  // Dates that name the era (民國, 民国) prove it in any file.
  expect(
    minguoColumns(['预约日期'], [['民国116年3月1日'], ['民国116年3月15日']], 'Asia/Shanghai')?.headers,
  ).toEqual(['预约日期']);
  // Births alone (years below 100) prove no calendar.
  expect(
    minguoColumns(
      english,
      rows.map((r) => [r[0]!, '2027-03-01', r[2]!]),
      'Asia/Taipei',
    ),
  ).toBeUndefined();
  // Seven digits under a chart number's header stay a chart number, even where they read as a date.
  const compact = minguoColumns(['病歷號碼', '預約日期'], [['1160301', '1160301']], 'Asia/Taipei');
  expect(compact?.headers).toEqual(['預約日期']);
  const row = { values: ['1160301', '1160301'] };
  compact!.fill(row);
  expect(row.values).toEqual(['1160301', '2027-03-01']);
});

test('the note names a Minguo column in a file not shown to be Taiwanese', () => {
  const rows = [['116/03/01'], ['116/03/15']];
  expect(minguoNote(['预约日期'], rows)).toMatch(
    /column '预约日期' holds dates of the Minguo \(Republic of China\) calendar such as '116\/03\/01'/,
  );
  expect(minguoNote(['Date'], [['2027-03-01']])).toBeUndefined();
});

test('a Taiwanese list in the Minguo calendar is sent on its Gregorian days', async () => {
  const file = write('yuyue.csv', [
    '預約編號,預約日期,預約時間,病歷號碼,姓,名,出生日期,醫師,狀態',
    'A1001,116/03/01,09:00,0012087,陳,美玲,074/08/12,林志明,已報到',
    'A1002,116/03/15,14:30,0015532,王,建國,059/01/17,林志明,退掛',
    'A1003,116/04/01,10:00,0020941,歐陽,志豪,088/03/05,張雅婷,未到',
  ]);
  const { appointments, errors, summary } = await collect(file, { timeZone: 'Asia/Taipei' });
  expect(errors).toEqual([]);
  expect(summary.doubts).toEqual([]);
  // Taipei is UTC+8 all year: 09:00 on 1 March 2027 is 01:00 UTC. 退掛 (the registration withdrawn)
  // cancels; 未到 (did not come) is a missed, still booked, visit.
  expect(idsDaysAndStatus(appointments)).toEqual([
    ['A1001', '0012087', '2027-03-01T01:00:00.000Z', '1985-08-12', 'NEW'],
    ['A1002', '0015532', '2027-03-15T06:30:00.000Z', '1970-01-17', 'CANCEL'],
    ['A1003', '0020941', '2027-04-01T02:00:00.000Z', '1999-03-05', 'NEW'],
  ]);
  expect(appointments.map((a) => [a.patient.lastName, a.patient.firstName])).toEqual([
    ['陳', '美玲'],
    ['王', '建國'],
    ['歐陽', '志豪'],
  ]);
  // The review judges the columns a person confirms by the dates the import reads.
  const sample = await readMappingSample(file, undefined, 'Asia/Taipei');
  expect(sample.rows.map((r) => [r[1], r[6]])).toEqual([
    ['2027-03-01', '1985-08-12'],
    ['2027-03-15', '1970-01-17'],
    ['2027-04-01', '1999-03-05'],
  ]);
});

test('Minguo dates in a file not shown to be Taiwanese are refused saying so', async () => {
  const file = write('yuyue-cn.csv', [
    '预约编号,预约日期,预约时间,病历号码,姓,名,状态',
    'B1,116/03/01,09:00,0012087,陈,美玲,已预约',
    'B2,116/03/02,10:00,0015532,王,建国,已预约',
  ]);
  await expect(collect(file, { timeZone: 'Asia/Shanghai' })).rejects.toThrow(
    /cannot find appointment date.*column '预约日期' holds dates of the Minguo.*a Gregorian date column beside the Minguo one is enough/s,
  );
});
