// Red-team probes against the date and time rules merged last: dates written unlike the column
// that proves the day/month order, dotted dates at a month-first region, zone-less 24-hour starts
// that may be UTC, the marked-UTC answer on later files, and checks that read only the first 500
// rows. Each input is modelled on a real export shape; its right outcome was worked out by hand
// before the probe was run. A probe whose name starts with FAULT failed before its fix. Calendar
// facts, by hand: 15 March 2027 is a Monday; the US goes on daylight time on 14 March 2027 (Los
// Angeles UTC-8 to UTC-7, New York UTC-5 to UTC-4); Honolulu is UTC-10 and Phoenix UTC-7 all
// year, Reykjavik UTC+0 all year.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-date-rules-3');
type Result = Awaited<ReturnType<typeof collect>>;
const checks = (r: Result): string[] => (r.summary.doubts ?? []).map((d) => d.check ?? d.kind);
const doubtText = (r: Result): string => (r.summary.doubts ?? []).map((d) => d.message).join('\n');
const isoStarts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString());
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const NAMES = [
  'Ortega, Marisol',
  'Osei, Kevin',
  'Feldman, Ruth',
  'Baptiste, Tyrone',
  'Kaur, Simran',
  'Nguyen, Bao',
];

/** A list with a date and a separate 24-hour time column. */
const timeList = (rows: Array<[string, string]>): string =>
  files.write([
    'Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Provider,Status',
    ...rows.map(
      ([d, t], i) =>
        `${70100 + i},${d},${t},"${NAMES[i % NAMES.length]}",1960-06-${String(10 + (i % 18))},Dr. Lee,Confirmed`,
    ),
  ]);

describe('1. dotted dates at a month-first region', () => {
  const HEADER = 'Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Provider,Status';
  it('FAULT: a US program writing dotted dates month-first (03.25.2027): held, its 03.04.2027 never sent as 3 April', async () => {
    // 25 cannot be a month: the start column is month-first. Dotted dates were read day-first
    // whatever the order, so 03.25.2027 was a row error and 03.04.2027 went as 3 April.
    const r = await collect(
      files.write([
        HEADER,
        '70001,03.25.2027,9:00 AM,"Ortega, Marisol",06.14.1960,Dr. Lee,Confirmed',
        '70002,03.04.2027,10:30 AM,"Osei, Kevin",11.02.1975,Dr. Lee,Confirmed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(doubtText(r)).toMatch(
      /dates written with dots are read day-first, but some only make sense month-first/,
    );
  });

  it('FAULT: dotted birth dates proving month-first (12.25.1980) beside slashed starts that read both ways go by the US region, not asked as day-first dots', async () => {
    // The dotted column itself shows its writer puts the month first (25 is no month), so it is
    // no sign of a day-first program; the region (Chicago, month-first) reads 3/4/2027 as 4 March.
    const r = await collect(
      files.write([
        HEADER,
        '70001,3/4/2027,9:00 AM,"Ortega, Marisol",12.25.1980,Dr. Lee,Confirmed',
        '70002,3/5/2027,10:30 AM,"Osei, Kevin",11.02.1975,Dr. Lee,Confirmed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(doubtText(r)).not.toMatch(/day-first with dots/);
  });

  it('dotted birth dates proving day-first (25.12.1980) beside slashed starts that read both ways at a US region: asked, never sent by region', async () => {
    const r = await collect(
      files.write([
        HEADER,
        '70001,3/4/2027,9:00 AM,"Ortega, Marisol",25.12.1980,Dr. Lee,Confirmed',
        '70002,3/5/2027,10:30 AM,"Osei, Kevin",11.02.1975,Dr. Lee,Confirmed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(checks(r).join(' ')).toMatch(/date-order|sent-date-style/);
    expect(held(r)).toBe(true);
  });

  it("a birth date written 4.3.1958 beside ISO starts (the only proof is the ISO column): never read by the ISO column's order", async () => {
    // ISO dates are year-month-day everywhere and say nothing of how the program writes d.m.y.
    const r = await collect(
      files.write([
        HEADER,
        '70001,2027-03-15,09:00,"Ortega, Marisol",4.3.1958,Dr. Lee,Confirmed',
        '70002,2027-03-16,10:30,"Osei, Kevin",5.6.1975,Dr. Lee,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    // Held, or the birth dates read day-first (dots are day-first wherever used) - never 3 April unasked.
    const dob = r.appointments.map((a) => a.patient.dob);
    expect(held(r) || dob[0] === '1958-03-04').toBe(true);
  });
});

describe('2. zone-less 24-hour starts that may be UTC (unmarked-utc)', () => {
  it('a Reykjavik sleep lab (UTC+0 all year) at 20:00, 22:00, 1:00, 3:30 is its own clock: sent as written', async () => {
    const r = await collect(
      timeList([
        ['2027-03-15', '20:00'],
        ['2027-03-15', '22:00'],
        ['2027-03-16', '1:00'],
        ['2027-03-16', '3:30'],
      ]),
      { timeZone: 'Atlantic/Reykjavik' },
    );
    expect(checks(r)).not.toContain('unmarked-utc');
    expect(isoStarts(r)).toEqual([
      '2027-03-15T20:00:00.000Z',
      '2027-03-15T22:00:00.000Z',
      '2027-03-16T01:00:00.000Z',
      '2027-03-16T03:30:00.000Z',
    ]);
  });

  it('a New York night clinic (19:00, 22:30, 2:15) goes as written: as UTC 2:15 is 22:15 EDT', async () => {
    const r = await collect(
      timeList([
        ['2027-03-15', '19:00'],
        ['2027-03-15', '22:30'],
        ['2027-03-16', '2:15'],
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(checks(r)).not.toContain('unmarked-utc');
  });

  it('a Phoenix day clinic (7:00 to 18:30 MST, UTC-7) written in UTC (14:00 ... 1:30): asked', async () => {
    const r = await collect(
      timeList([
        ['2027-03-15', '14:00'],
        ['2027-03-15', '17:30'],
        ['2027-03-15', '22:00'],
        ['2027-03-16', '1:30'],
      ]),
      { timeZone: 'America/Phoenix' },
    );
    expect(checks(r)).toContain('unmarked-utc');
    expect(held(r)).toBe(true);
  });

  it('a Honolulu day clinic (8:00 to 17:00 HST) written in UTC (18:00 ... 3:00): asked', async () => {
    const r = await collect(
      timeList([
        ['2027-03-15', '18:00'],
        ['2027-03-15', '21:30'],
        ['2027-03-16', '0:00'],
        ['2027-03-16', '3:00'],
      ]),
      { timeZone: 'Pacific/Honolulu' },
    );
    expect(held(r)).toBe(true);
  });

  it('a Los Angeles day clinic written in UTC in one date-time column (2027-03-15 15:00 ... 2027-03-16 01:30): asked, as with a time column', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Start,Patient Name,Birth Date,Provider,Status',
        '70001,2027-03-15 15:00,"Ortega, Marisol",1960-06-14,Dr. Lee,Confirmed',
        '70002,2027-03-15 18:30,"Osei, Kevin",1975-11-02,Dr. Lee,Confirmed',
        '70003,2027-03-15 22:00,"Feldman, Ruth",1948-01-20,Dr. Lee,Confirmed',
        '70004,2027-03-16 01:30,"Baptiste, Tyrone",1990-07-04,Dr. Lee,Confirmed',
      ]),
      { timeZone: 'America/Los_Angeles' },
    );
    expect(held(r)).toBe(true);
    expect(held(r)).toBe(true);
  });

  it('a Los Angeles day clinic written in UTC across the clock change (PST on 12 March, PDT on 15 March): asked', async () => {
    // 6:30 PST = 14:30Z; 19:30 PST = 3:30Z (13 March); 6:30 PDT = 13:30Z; 19:00 PDT = 2:00Z.
    const r = await collect(
      timeList([
        ['2027-03-12', '14:30'],
        ['2027-03-13', '3:30'],
        ['2027-03-15', '13:30'],
        ['2027-03-15', '21:00'],
        ['2027-03-16', '2:00'],
      ]),
      { timeZone: 'America/Los_Angeles' },
    );
    expect(held(r)).toBe(true);
  });

  it('a file mixing 12-hour starts (9:00 AM) and 24-hour ones (2:15, 21:30): never sent at 2:15 at night unasked', async () => {
    const r = await collect(
      timeList([
        ['2027-03-15', '9:00 AM'],
        ['2027-03-15', '21:30'],
        ['2027-03-15', '2:15'],
        ['2027-03-15', '4:30 PM'],
      ]),
      { timeZone: 'America/Chicago' },
    );
    const at215 = isoStarts(r).includes('2027-03-15T07:15:00.000Z');
    expect(held(r) || !at215).toBe(true);
  });
});

describe('3. the marked-UTC answer on later files', () => {
  const headers = ['appointment_id', 'patient', 'date_of_birth', 'start', 'status'];
  const list = (starts: string[]): string =>
    files.write([
      headers.join(','),
      ...starts.map((t, i) => `${58231 + i},"${NAMES[i % NAMES.length]}",19${60 + i}-06-14,${t},scheduled`),
    ]);
  const answered = (): string =>
    confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: 'start',
        status: 'status',
      },
      headers,
      { markedUtc: { column: 'start' } },
    );

  it('a New York day (8:00 to 17:30 EST) now written as true UTC with +00:00: asked', async () => {
    const r = await collect(
      list(['2027-01-12T13:00:00+00:00', '2027-01-12T16:30:00+00:00', '2027-01-12T22:30:00+00:00']),
      { timeZone: 'America/New_York', profile: answered() },
    );
    expect(checks(r)).toContain('utc-night');
    expect(held(r)).toBe(true);
  });

  it('a Reykjavik practice (UTC+0) that answered: a later file is its own clock either way, never held', async () => {
    const r = await collect(list(['2027-01-12T09:00:00Z', '2027-01-12T16:30:00Z']), {
      timeZone: 'Atlantic/Reykjavik',
      profile: answered(),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-01-12T09:00:00.000Z', '2027-01-12T16:30:00.000Z']);
  });

  it('a Honolulu day (7:30 to 16:00 HST) written as true UTC (17:30Z to 2:00Z next day): asked', async () => {
    const r = await collect(list(['2027-01-12T17:30:00Z', '2027-01-12T21:00:00Z', '2027-01-13T02:00:00Z']), {
      timeZone: 'Pacific/Honolulu',
      profile: answered(),
    });
    expect(checks(r)).toContain('utc-night');
  });
});

describe('4. checks that read the first 500 rows', () => {
  it('FAULT: appointment ids Excel rounded, the long ones sorted past row 500: held', async () => {
    // 505 short ids, then 15 of 19 digits each ending 0000 (Excel kept 15 digits): the first
    // rows alone show no long id; the whole file shows every long id rounded (60 zeros).
    const rows = ['Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Provider,Status'];
    for (let i = 0; i < 520; i++) {
      const id = i < 505 ? String(880000 + i) : `123456789012${i}`.slice(0, 15) + '0000';
      rows.push(
        `${id},3/${15 + (i % 5)}/2027,${8 + (i % 4)}:${i % 2 ? '30' : '00'} AM,"Pat${i}, Lee",1/1/1970,Dr. Lee,Confirmed`,
      );
    }
    const r = await collect(files.write(rows), { timeZone: 'America/New_York' });
    expect(doubtText(r)).toMatch(/spreadsheet keeps only 15 digits/);
  });

  it('19-digit ids past row 500 that end in other digits (real ids) are not held as rounded', async () => {
    const rows = ['Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Provider,Status'];
    for (let i = 0; i < 520; i++) {
      const id = i < 505 ? String(880000 + i) : `123456789012${i}`.slice(0, 15) + `07${i % 10}3`;
      rows.push(
        `${id},3/${15 + (i % 5)}/2027,${8 + (i % 4)}:${i % 2 ? '30' : '00'} AM,"Pat${i}, Lee",1/1/1970,Dr. Lee,Confirmed`,
      );
    }
    const r = await collect(files.write(rows), { timeZone: 'America/New_York' });
    expect(doubtText(r)).not.toMatch(/15 digits/);
  });

  it('a start date only year-day-month can read (2027-25-03) past row 500: held', async () => {
    const rows = ['Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Provider,Status'];
    for (let i = 0; i < 520; i++)
      rows.push(
        `${880000 + i},${i < 510 ? '2027-03-04' : '2027-25-03'},${8 + (i % 9)}:00,"Pat${i}, Lee",1/1/1970,Dr. Lee,Confirmed`,
      );
    const r = await collect(files.write(rows), { timeZone: 'America/New_York' });
    expect(held(r)).toBe(true);
    expect(held(r)).toBe(true);
  });
});
