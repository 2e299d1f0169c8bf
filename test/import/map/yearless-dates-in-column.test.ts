// Dates typed without a year among the column's own full dates (corpus 313): a sheet kept by two
// people, one typing `3/22/2027` (Excel keeps a date), the other `Tue 3/23` (kept as text). The
// year is the one the column's full dates around it give, on the weekday written; never guessed.
// Dates and weekdays worked out by hand: 22 March 2027 is a Monday, 23 a Tuesday, 24 a Wednesday.
import { describe, expect, it } from 'vitest';
import { yearlessColumn } from '../../../main/import/map/yearless-dates.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const fill = (values: string[]): string[] | undefined => {
  const rows = values.map((v) => [v, '9:00 AM']);
  const col = yearlessColumn(['Date', 'Time'], [], rows);
  if (!col) return undefined;
  expect(col.from).toBe('column');
  return rows.map((r) => {
    const row = { values: [...r] };
    col.fill(row);
    return row.values[0]!;
  });
};

describe('year-less dates placed by the column’s own full dates', () => {
  it('a weekday and month/day between two full dates takes their year', () => {
    expect(fill(['2027-03-22', 'Tue 3/23', '2027-03-24'])).toEqual([
      '2027-03-22',
      'Tue 2027-03-23',
      '2027-03-24',
    ]);
    expect(fill(['3/22/2027', 'Tues 3/23', '3/24/2027'])).toEqual([
      '3/22/2027',
      'Tues 2027-03-23',
      '3/24/2027',
    ]);
  });

  it('across New Year: 2 January between 28 December 2026 and 5 January 2027 is 2027', () => {
    // 2 January 2027 is a Saturday.
    expect(fill(['2026-12-28', 'Sat 1/2', '2027-01-05'])?.[1]).toBe('Sat 2027-01-02');
  });

  it('is not placed without a weekday, outside the span, or with no full date', () => {
    expect(fill(['2027-03-22', '3/23', '2027-03-24'])).toBeUndefined();
    expect(fill(['2027-03-22', 'Thu 3/25', '2027-03-24'])).toBeUndefined();
    expect(fill(['Tue 3/23', 'Wed 3/24'])).toBeUndefined();
    // a column of full dates only has nothing to place
    expect(fill(['2027-03-22', '2027-03-24'])).toBeUndefined();
  });

  const files = exportFiles('yearless-dates-in-column');

  it('imported: the text date goes on its day; a weekday that does not fit is a row error', async () => {
    const file = files.write([
      'Date,Time,Patient,DOB,Status',
      '3/22/2027,8:00 AM,Grace Hollis,6/2/1970,Booked',
      'Tue 3/23,10:00 AM,Adaeze Obi,4/5/1999,Booked',
      'Wed 3/23,11:00 AM,Sven Lindqvist,8/29/1963,Confirmed',
      '3/24/2027,1:00 PM,Ren Nakagawa,2/17/1985,Booked',
    ]);
    const r = await collect(file, { timeZone: 'America/Los_Angeles' });
    expect(r.summary.doubts).toEqual([]);
    // Los Angeles is PDT (UTC-7) from 14 March 2027: 10:00 on 23 March is 17:00 UTC.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-22T15:00:00.000Z',
      '2027-03-23T17:00:00.000Z',
      '2027-03-24T20:00:00.000Z',
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([4]);
  });
});
