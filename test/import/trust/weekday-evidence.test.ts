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

describe('a column of weekday names that is not headed as the day', () => {
  // Two-letter state codes are German weekdays too: `MI` Mittwoch, `SA` Samstag.
  it('US state codes (`MI`) do not make the dates day-first: 03/02/2027 is 2 March in Detroit', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,Patient,DOB,Address,City,State,Zip,Provider,Status',
        '03/02/2027,9:00 AM,"Kowalski, Anna",1980-04-15,120 Main St,Dearborn,MI,48124,Dr. Patel,Scheduled',
        '03/02/2027,9:30 AM,"Nguyen, Tom",1975-11-23,55 Oak Ave,Dearborn,MI,48126,Dr. Patel,Scheduled',
      ]),
      { timeZone: 'America/Detroit' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Detroit is UTC-5 on 2 March 2027.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:30:00.000Z',
    ]);
  });

  it('nor do they fight a birth date that proves month-first (no doubt)', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,Patient,DOB,City,State,Provider,Status',
        '03/02/2027,9:00 AM,"Kowalski, Anna",04/15/1980,Dearborn,MI,Dr. Patel,Scheduled',
      ]),
      { timeZone: 'America/Detroit' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.summary.dateOrder).toMatchObject({ order: 'MDY' });
  });

  it('Australian state codes (`SA`) do not make them month-first: 01/02/2027 is 1 February in Adelaide', async () => {
    const r = await collect(
      write(
        [
          'Appt Date\tAppt Time\tSurname\tGiven Names\tDate of Birth\tSuburb\tState\tDoctor\tStatus',
          '01/02/2027\t08:30\tNGUYEN\tMinh\t03/06/1955\tADELAIDE\tSA\tDr L. Osei\tBooked',
          '01/02/2027\t09:00\tROSSI\tGiulia\t11/10/1988\tUNLEY\tSA\tDr L. Osei\tBooked',
        ],
        'txt',
      ),
      { timeZone: 'Australia/Adelaide' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Adelaide is UTC+10:30 in February: 08:30 on 1 February is 22:00Z on 31 January.
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-01-31T22:00:00.000Z');
  });

  it('German two-letter weekdays under `Tag` still prove the order', async () => {
    const r = await collect(
      write([
        'Tag,Datum,Zeit,Patient,Geburtsdatum,Behandler,Status',
        'Di,03/02/2027,09:00,"Schmidt, Anna",04/05/1980,Dr Lee,Booked',
        'Mi,03/03/2027,10:00,"Weber, Jonas",04/05/1960,Dr Lee,Booked',
      ]),
      { timeZone: 'Europe/Berlin' },
    );
    // Tuesday 2 March and Wednesday 3 March: month-first, though Berlin reads day-first.
    expect(r.summary.dateOrder).toMatchObject({ order: 'MDY', source: 'data' });
  });
});
