// The date range a report states in its title lines, as detect-layout hands them over (cells
// joined by a space).
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../main/import/read/detect-layout.ts';
import { statedRange } from '../../../main/import/read/stated-range.ts';
import type { DateOrder } from '../../../main/import/map/parse-date.ts';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function read(lines: string[], order: DateOrder): string | undefined {
  const r = statedRange(lines, { order });
  if (!r) return undefined;
  const f = (d: { year: number; month: number; day: number }): string =>
    `${d.year}-${two(d.month)}-${two(d.day)}`;
  return `${f(r.from)}..${f(r.to)}`;
}

const WEEK = '2027-03-01..2027-03-05';
const DAY = '2027-03-01..2027-03-01';

describe('statedRange', () => {
  it.each<[string, DateOrder, string | undefined]>([
    ['Dates: 03/01/2027 - 03/05/2027', 'MDY', WEEK],
    ['Dates: 03/01/2027-03/05/2027', 'MDY', WEEK],
    ['Date Range: 2027-03-01 to 2027-03-05', 'DMY', WEEK],
    ['From 03/01/2027 through 03/05/2027', 'MDY', WEEK],
    ['From: 03/01/2027 To: 03/05/2027', 'MDY', WEEK],
    ['Appointments 3/1/2027 thru 3/5/2027', 'MDY', WEEK],
    ['Appointment List 3/1/27 - 3/5/27', 'MDY', WEEK],
    ['Schedule for 03/01/2027', 'MDY', DAY],
    ['Schedule for Monday, March 1, 2027', 'MDY', DAY],
    ['Day Sheet for 3/1/2027', 'MDY', DAY],
    ['Daily Appointment Schedule - 03/01/2027', 'MDY', DAY],
    ['Appointments for Dr Lee on 03/01/2027', 'MDY', DAY],
    ['Dr Lee on 03/01/2027', 'MDY', undefined], // nothing says it is the schedule's day
    ['Termine vom 01.03.2027 bis 05.03.2027', 'MDY', WEEK], // dotted: day-first whatever the order
    ['Zeitraum: 01.03.2027 - 05.03.2027', 'DMY', WEEK],
    ['Termine am 01.03.2027', 'DMY', DAY],
    ['Termine vom 1. März 2027 bis 5. März 2027', 'DMY', WEEK],
    ['du 01/03/2027 au 05/03/2027', 'DMY', WEEK],
    ['Période : du 01/03/2027 au 05/03/2027', 'DMY', WEEK],
    ['Rendez-vous du 1er mars 2027 au 5 mars 2027', 'DMY', WEEK],
    ['Planning du lundi 1 mars 2027', 'DMY', DAY],
    ['del 01/03/2027 al 05/03/2027', 'DMY', WEEK],
    ['Desde 01/03/2027 hasta 05/03/2027', 'DMY', WEEK],
    ['Citas del 1 de marzo de 2027 al 5 de marzo de 2027', 'DMY', WEEK],
    ['Period: March 1, 2027 - March 5, 2027', 'MDY', WEEK],
    ['Dates: Mon 03/01/2027 - Fri 03/05/2027', 'MDY', WEEK],
    // the print date beside a range is not part of it
    ['Printed: 03/08/2027 Dates: 03/01/2027 - 03/05/2027', 'MDY', WEEK],
    // refusals
    ['Printed 03/08/2027', 'MDY', undefined],
    ['Printed on 03/08/2027 - 03/09/2027', 'MDY', undefined],
    ['Report generated 03/08/2027', 'MDY', undefined],
    ['Druckdatum: 08.03.2027', 'DMY', undefined],
    ['Date: 03/08/2027', 'MDY', undefined], // a bare "Date:" is as often the print date
    ['Dates: 03/05/2027 - 03/01/2027', 'MDY', undefined], // ends before it starts
    ['Dates: 03/01/2027 - 03/25/2027', 'DMY', undefined], // month 25 in the file's order
    ['Dates: Tue 03/01/2027 - Fri 03/05/2027', 'MDY', undefined], // 2027-03-01 is a Monday
    ['Page 1 of 2', 'MDY', undefined],
    ['Total appointments: 42', 'MDY', undefined],
    ['Dr Smith Clinic 03/01/2027 03/05/2027', 'MDY', undefined], // no range word, no label
  ])('%s (%s) → %s', (line, order, expected) => {
    expect(read([line], order)).toBe(expected);
  });

  it('finds the range on any title line and gives the line as text', () => {
    const r = statedRange(['Sunny Dental', 'Appointment Report', 'Dates: 03/01/2027 - 03/05/2027 '], {
      order: 'MDY',
    });
    expect(r?.text).toBe('Dates: 03/01/2027 - 03/05/2027');
    expect(r?.from).toEqual({ year: 2027, month: 3, day: 1 });
    expect(r?.to).toEqual({ year: 2027, month: 3, day: 5 });
  });

  it('takes a range stated twice alike, and none when two lines disagree', () => {
    expect(read(['Dates: 03/01/2027 - 03/05/2027', 'From 2027-03-01 to 2027-03-05'], 'MDY')).toBe(WEEK);
    expect(read(['Dates: 03/01/2027 - 03/05/2027', 'From 2027-03-01 to 2027-03-06'], 'MDY')).toBeUndefined();
    expect(read([], 'MDY')).toBeUndefined();
  });

  it('reads the title lines detect-layout hands over (cells joined by a space)', () => {
    const csv = [
      'Sunny Dental,,,,',
      'Appointment List,,,,',
      'Dates:,03/01/2027 - 03/05/2027,,,',
      'Printed:,03/08/2027,,,',
      '',
      'Date,Time,Patient,DOB,Status',
      '03/01/2027,9:00 AM,"Kim, Lee",01/02/1980,Confirmed',
      '',
    ].join('\n');
    const layout = detectLayout(csv, true, 'list.csv');
    expect(layout.titleLines).toContain('Dates: 03/01/2027 - 03/05/2027');
    expect(read(layout.titleLines, 'MDY')).toBe(WEEK);
  });
});
