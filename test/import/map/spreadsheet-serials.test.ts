// Dates and times as a spreadsheet stores them, written out by a save as CSV of cells formatted
// as General: days since 1899-12-30 (Excel's 1900 date system; its 1904 system, once the Mac's,
// counts 1,462 days later) and a time as the fraction of a day. Expected values worked out by
// hand (46448: 2027-03-02 is 46,448 days after 1899-12-30: 127 years to 2026-12-30 hold 31
// leap days, 127 × 365 + 31 = 46,386, then 62 days to 2027-03-02; 0.375 × 24 h = 09:00), and
// for files dated from today with @js-temporal/polyfill, a different calendar library.
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { dayFraction, serialDayText } from '../../../main/import/map/spreadsheet-serials.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('spreadsheet-serials');
const ZONE = 'America/New_York';
const NOW = new Date('2026-12-04T12:00:00Z');

describe('a fraction of a day', () => {
  it.each([
    ['0.375', 9, 0],
    ['.375', 9, 0],
    ['0.395833333333333', 9, 30],
    ['0.59375', 14, 15],
    ['0.999305555555556', 23, 59],
  ])('%s is %i:%i', (v, hour, minute) => {
    expect(dayFraction(v)).toEqual({ hour, minute, second: 0, millisecond: 0 });
  });

  it.each(['0', '0.0', '1', '1.5', '0.3751', '8.5', '0,375', '-0.375'])('%s is not one', (v) => {
    expect(dayFraction(v)).toBeUndefined();
  });
});

describe('a spreadsheet day number', () => {
  it.each([
    ['46448', '2027-03-02'],
    ['46448.375', '2027-03-02 09:00'],
    ['46448.0', '2027-03-02'],
    ['46360', '2026-12-04'],
  ])('%s is %s', (v, text) => {
    expect(serialDayText(v, NOW)).toEqual({ text });
  });

  it('one over a year back or past the year after next could be either date system: not read', () => {
    // 45994 is 2025-12-03, a year and a day before NOW; 47119 is 2029-01-01.
    expect(serialDayText('45994', NOW)).toMatchObject({ reason: expect.stringMatching(/1904/) });
    expect(serialDayText('45995', NOW)).toEqual({ text: '2025-12-04' });
    expect(serialDayText('47118', NOW)).toEqual({ text: '2028-12-31' });
    expect(serialDayText('47119', NOW)).toMatchObject({ reason: expect.stringMatching(/1904/) });
  });

  it('a time after the point that is not a whole minute is no time', () => {
    expect(serialDayText('46448.3751', NOW)).toMatchObject({ reason: expect.stringMatching(/minute/) });
  });

  it.each(['4644', '464480', '46448.', 'ABCDE', '46,448'])('%s is not one', (v) => {
    expect(serialDayText(v, NOW)).toBeUndefined();
  });
});

/** A day `days` after today, as a spreadsheet day number and as a Temporal date. */
function dayAhead(days: number): { serial: number; date: Temporal.PlainDate } {
  const date = Temporal.Now.plainDateISO('UTC').add({ days });
  return { serial: Temporal.PlainDate.from('1899-12-30').until(date).days, date };
}
const at = (date: Temporal.PlainDate, time: string): string =>
  new Date(date.toZonedDateTime({ timeZone: ZONE, plainTime: time }).epochMilliseconds).toISOString();

const rows = (header: string, cells: string[]): string[] => [
  `PatientID,FirstName,LastName,DOB,${header},Provider,ApptType`,
  `1001,Anna,Smith,1980-05-17,${cells[0]},Dr Jones,Follow-up`,
  `1002,Ben,Brown,1975-02-03,${cells[1]},Dr Jones,Follow-up`,
  `1003,Cara,Lee,1990-12-30,${cells[2]},Dr Jones,Follow-up`,
];

describe('spreadsheet exports go without a question', () => {
  const a = dayAhead(20);
  const b = dayAhead(21);
  const expected = [at(a.date, '09:00'), at(a.date, '10:30'), at(b.date, '14:15')];

  it('a date-time column of day numbers with the time after the point', async () => {
    const cells = [`${a.serial}.375`, `${a.serial}.4375`, `${b.serial}.59375`];
    const r = await collect(files.write(rows('ApptDateTime', cells)), { timeZone: ZONE });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((x) => x.start.toISOString())).toEqual(expected);
  });

  it('a date column of day numbers beside a time column of fractions', async () => {
    const cells = [`${a.serial},0.375`, `${a.serial},0.4375`, `${b.serial},0.59375`];
    const r = await collect(files.write(rows('ApptDate,StartTime', cells)), { timeZone: ZONE });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((x) => x.start.toISOString())).toEqual(expected);
  });

  it('a time column of fractions beside a written date', async () => {
    const cells = ['2027-03-02,0.375', '2027-03-02,0.4375', '2027-03-03,0.59375'];
    const r = await collect(files.write(rows('ApptDate,StartTime', cells)), { timeZone: ZONE });
    expect(r.summary.doubts).toEqual([]);
    // New York is UTC-5 until daylight time starts on 14 March 2027.
    expect(r.appointments.map((x) => x.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T15:30:00.000Z',
      '2027-03-03T19:15:00.000Z',
    ]);
  });

  it('one value that is no fraction of a day (0: midnight) leaves the time column unread', async () => {
    const cells = ['2027-03-02,0.375', '2027-03-02,0', '2027-03-03,0.59375'];
    const r = await collect(files.write(rows('ApptDate,StartTime', cells)), { timeZone: ZONE });
    expect(r.appointments.some((x) => x.start.toISOString() === '2027-03-02T05:00:00.000Z')).toBe(false);
    expect(r.summary.doubts.length + r.errors.length).toBeGreaterThan(0);
  });
});

describe('fractions that may be lengths are not read as starts', () => {
  it.each([
    [
      'a column of small fractions (30, 60, 45 minutes)',
      ['0.0208333333333333', '0.0416666666666667', '0.03125'],
    ],
    ['one fraction before 05:00 among day times (02:00)', ['0.375', '0.0833333333333333', '0.59375']],
  ])('%s: held, nothing sent at night', async (_, times) => {
    const cells = [`2027-03-02,${times[0]}`, `2027-03-02,${times[1]}`, `2027-03-03,${times[2]}`];
    const r = await collect(files.write(rows('ApptDate,Time', cells)), { timeZone: ZONE });
    expect(r.summary.doubts.length).toBeGreaterThan(0);
    expect(r.summary.doubts.map((d) => d.message).join('\n')).toMatch(/no row has a start time/);
  });
});

describe('minutes after midnight stay held, and the question says they may be', () => {
  it('540, 630, 855 (09:00, 10:30, 14:15 as minutes; 5:40, 6:30, 8:55 as HHMM) are not sent', async () => {
    const cells = ['2027-03-02,540', '2027-03-02,630', '2027-03-03,855'];
    const r = await collect(files.write(rows('ApptDate,StartTime', cells)), { timeZone: ZONE });
    expect(r.summary.doubts).toMatchObject([{ check: 'twelve-hour-clock', column: 'StartTime' }]);
    expect(r.summary.doubts[0]!.message).toMatch(/minutes after midnight \(540 = 9:00\)/);
    expect(r.summary.doubts[0]!.question).toMatch(/minutes after midnight\?/);
  });

  it('clock times at night keep the plain question', async () => {
    const cells = ['2027-03-02,5:40', '2027-03-02,6:30', '2027-03-03,8:55'];
    const r = await collect(files.write(rows('ApptDate,StartTime', cells)), { timeZone: ZONE });
    expect(r.summary.doubts).toMatchObject([{ check: 'twelve-hour-clock' }]);
    expect(r.summary.doubts[0]!.message).not.toMatch(/minutes after midnight/);
  });
});
