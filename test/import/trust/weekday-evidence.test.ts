// Day/month order proven by a weekday written apart from the date: a `Day` column beside the
// date, or the report's title line. `03/02/2027` is 3 February (a Wednesday) day-first and
// 2 March (a Tuesday) month-first; `Tuesday` settles it even in a practice whose region reads
// day-first. Weekdays worked out by hand: 1 March 2027 is a Monday.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const { write } = exportFiles('weekday-evidence');
const ROWS = [
  '03/02/2027,09:00,"Smith, John",04/05/1980,Dr Lee,Booked',
  '03/03/2027,10:00,"White, Dana",04/05/1960,Dr Lee,Booked',
];

describe('weekdays beside the dates', () => {
  it('a weekday column proves month-first in a day-first region', async () => {
    const r = await collect(
      write([
        'Day,Date,Time,Patient,DOB,Clinician,Status',
        ...ROWS.map((row, i) => `${['Tuesday', 'Wednesday'][i]},${row}`),
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.summary.dateOrder).toMatchObject({ order: 'MDY', source: 'data' });
    // 09:00 and 10:00 GMT on 2 and 3 March; birth dates 5 April.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.dob])).toEqual([
      ['2027-03-02T09:00:00.000Z', '1980-04-05'],
      ['2027-03-03T10:00:00.000Z', '1960-04-05'],
    ]);
  });

  it('the title line proves it too', async () => {
    const r = await collect(
      write([
        'Appointment Schedule for Tuesday 03/02/2027',
        '',
        'Date,Time,Patient,DOB,Clinician,Status',
        ...ROWS,
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.dateOrder).toMatchObject({ order: 'MDY', source: 'data' });
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-02T09:00:00.000Z');
  });

  it('weekdays that fit day-first agree with the region', async () => {
    const r = await collect(
      write([
        'Day,Date,Time,Patient,DOB,Clinician,Status',
        ...ROWS.map((row, i) => `${['Wed', 'Wed'][i]},${row}`),
      ]),
      { timeZone: 'Europe/London' },
    );
    // 03/02 day-first is Wednesday 3 February; 03/03 is 3 March either way.
    expect(r.summary.dateOrder).toMatchObject({ order: 'DMY' });
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-02-03T09:00:00.000Z');
  });
});
