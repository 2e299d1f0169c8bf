// A start date-time column beside a column headed as the appointment's date that gives another
// day. An ODBC or MS Query export writes a TIME column as a timestamp on the current date (the
// day of the export): `Start Time` = `12/4/2026 9:00:00 AM` beside `Appointment Date` = `3/2/2027`
// went to the portal on 4 December 2026. Expected instants by hand: New York is UTC-5 in March.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('start-day');
const HEAD = 'Appointment Date,Start Time,End Time,Patient,DOB,Provider,Status';
const ny = { timeZone: 'America/New_York' };

describe('a start date-time whose day is not the appointment date beside it', () => {
  it('an ODBC time on the export day beside the appointment date: held, never sent on the export day', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '3/2/2027,12/4/2026 9:00:00 AM,12/4/2026 9:30:00 AM,"Smith, John",1/2/1970,Dr. Lee,Scheduled',
        '3/3/2027,12/4/2026 10:30:00 AM,12/4/2026 11:00:00 AM,"Doe, Jane",5/6/1980,Dr. Lee,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'dateTime',
        column: 'Start Time',
        samples: ['12/4/2026 9:00:00 AM', '3/2/2027'],
      },
    ]);
  });

  it('the same day in both columns: sent, not held', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '3/2/2027,3/2/2027 9:00:00 AM,3/2/2027 9:30:00 AM,"Smith, John",1/2/1970,Dr. Lee,Scheduled',
        '3/3/2027,3/3/2027 10:30:00 AM,3/3/2027 11:00:00 AM,"Doe, Jane",5/6/1980,Dr. Lee,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-03T15:30:00.000Z',
    ]);
  });

  it('a UTC start late in the evening is still the same local day (00:30Z is 7:30 PM the day before)', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Start,Patient,DOB,Provider,Status',
        '3/2/2027,2027-03-03T00:30:00Z,"Smith, John",1/2/1970,Dr. Lee,Scheduled',
        '3/2/2027,2027-03-02T14:00:00Z,"Doe, Jane",5/6/1980,Dr. Lee,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
  });

  it('a date of another event on another day (`Booking Date`) holds nothing', async () => {
    const r = await collect(
      files.write([
        'Booking Date,Start Time,Patient,DOB,Provider,Status',
        '1/15/2027,3/2/2027 9:00:00 AM,"Smith, John",1/2/1970,Dr. Lee,Scheduled',
        '2/20/2027,3/3/2027 10:30:00 AM,"Doe, Jane",5/6/1980,Dr. Lee,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-03T15:30:00.000Z',
    ]);
  });

  it('mapped by a person as date and start time: sent on the appointment date at the time', async () => {
    const lines = [
      HEAD,
      '3/2/2027,12/4/2026 9:00:00 AM,12/4/2026 9:30:00 AM,"Smith, John",1/2/1970,Dr. Lee,Scheduled',
    ];
    const profile = confirmedProfile(
      files,
      {
        date: 'Appointment Date',
        time: 'Start Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const r = await collect(files.write(lines), { ...ny, profile });
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(['2027-03-02T14:00:00.000Z']);
  });
});

// Recognition reads the first 500 rows; an export that lists the day of the export first agrees
// on all of them, and gives the next day's appointments the export's day after them.
describe('a file longer than the rows recognition reads', () => {
  const NAMES = [
    'Smith, John',
    'Doe, Jane',
    'Brown, Carl',
    'White, Dana',
    'Green, Eve',
    'Stone, Gil',
    'Black, Fay',
  ];
  /** `n` rows on `date` whose start is written on `startDay`, one a minute from 8:00 AM. */
  const day = (n: number, date: string, startDay: string, from: number): string[] =>
    Array.from({ length: n }, (_, i) => {
      const k = from + i;
      const minute = String(k % 60).padStart(2, '0');
      return `${date},${startDay} ${8 + (Math.floor(k / 60) % 4)}:${minute}:00 AM,,"${NAMES[k % 7]}",1/${1 + (k % 28)}/19${40 + (k % 50)},Dr. Lee ${k % 9},Scheduled`;
    });

  it('520 rows on the export day, then 3 on the next day written on the export day: held', async () => {
    const r = await collect(
      files.write([HEAD, ...day(520, '12/4/2026', '12/4/2026', 0), ...day(3, '12/7/2026', '12/4/2026', 520)]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'dateTime', column: 'Start Time' }]);
    // Line 1 is the header, lines 2 to 521 the 520 rows of 4 December: the first of 7 December is 522.
    expect(r.summary.doubts[0]!.message).toContain(
      "on 3 rows (line 522: '12/4/2026 8:40:00 AM' beside '12/7/2026')",
    );
  });

  it('the same length where every day agrees: sent', async () => {
    const r = await collect(
      files.write([HEAD, ...day(520, '12/4/2026', '12/4/2026', 0), ...day(3, '12/7/2026', '12/7/2026', 520)]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(523);
  });
});

// Two date columns that both read as the visit's (`Date` and `Service Date`, `DOS`), a time column
// beside them: recognition takes `Date`, whose header reads more surely. Where they agree nothing
// is lost; where they do not, only one is the appointment's day, and the headers do not say which.
describe("a date column beside another headed as the visit's date", () => {
  const head = (other: string) => `Appt ID,Patient,DOB,${other},Date,Time,Provider,Status`;
  const row = (id: string, other: string, date: string, time: string, dob = '1/2/1970') =>
    `${id},"Smith, John",${dob},${other},${date},${time},Dr. Lee,Scheduled`;

  it('`Service Date` a fortnight before `Date` on every row: held, asking which is the date', async () => {
    const r = await collect(
      files.write([
        head('Service Date'),
        row('1001', '3/1/2027', '3/15/2027', '9:00 AM'),
        row('1002', '3/2/2027', '3/16/2027', '9:30 AM'),
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'date', column: 'Date', samples: ['3/15/2027', '3/1/2027'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("another day than 'Service Date' on 2 rows (line 2:");
    expect(r.summary.doubts[0]!.question).toContain("'Date' or 'Service Date'?");
  });

  it('`DOS` on the same day as `Date` on every row: sent, asked nothing', async () => {
    const r = await collect(
      files.write([
        head('DOS'),
        row('1001', '3/15/2027', '3/15/2027', '9:00 AM'),
        row('1002', '3/16/2027', '3/16/2027', '9:30 AM'),
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    // 15 March 2027 is after the change to daylight time in New York (UTC-4).
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T13:00:00.000Z',
      '2027-03-16T13:30:00.000Z',
    ]);
  });

  it('a row past the first 500 whose `Service Date` is another day: held, naming that line', async () => {
    // 505 patients (each their own birth date), one a minute from 08:00.
    const same = Array.from({ length: 505 }, (_, i) =>
      row(
        String(2000 + i),
        '3/15/2027',
        '3/15/2027',
        `${8 + Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}`,
        `1/${1 + (i % 28)}/${1930 + Math.floor(i / 28)}`,
      ),
    );
    const r = await collect(
      files.write([head('Service Date'), ...same, row('3000', '3/9/2027', '3/16/2027', '9:00 AM')]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'date', column: 'Date' }]);
    // Line 1 is the header, lines 2 to 506 the 505 agreeing rows: the differing one is line 507.
    expect(r.summary.doubts[0]!.message).toContain(
      "on 1 row (line 507: '3/16/2027 9:00 AM' beside '3/9/2027')",
    );
  });
});
