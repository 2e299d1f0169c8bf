// Red-team probes 4: the date and time rules of the last two stops (the marked-UTC answer and its
// remembered mark and hours, zone-less UTC-looking lists, sent dates read in an order proved for
// their own style, the year's width in "written alike", dotted and year-day-month dates) combined
// with clock changes, 12-hour clocks, weekday names, two date columns of different styles, styles
// switching mid-file, Excel serials, ISO offsets and title dates. Every right outcome was worked
// out by hand before the probe ran (instants checked with Python's zoneinfo). `rightOrHeld`: held
// for a question, or sent exactly as the right instants, never anything else; `sends`: must go,
// with no question (a hold would be a false one); `holds`: must be asked.
// Calendar facts: 1 January 2027 is a Friday, so 1 March is a Monday, 4 March a Thursday, 15 March
// a Monday, 3 April a Saturday. The US changes clocks on 14 March (2:00 to 3:00) and 7 November
// (2:00 back to 1:00) 2027; the EU on 28 March (2:00 to 3:00 in Berlin) and 31 October (3:00 back
// to 2:00). New York is UTC-5 then UTC-4, Berlin UTC+1 then UTC+2, London UTC+0 then +1, Sydney
// UTC+11 until 4 April 2027.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-date-rules-4');
type Result = Awaited<ReturnType<typeof collect>>;
const checks = (r: Result): string[] => (r.summary.doubts ?? []).map((d) => d.check ?? d.kind);
const isoStarts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString());
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const NAMES = ['Ortega, Marisol', 'Osei, Kevin', 'Feldman, Ruth', 'Baptiste, Tyrone', 'Kaur, Simran'];
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const DE = 'Europe/Berlin';
const UK = 'Europe/London';
const AU = 'Australia/Sydney';

/** Rows of [date, time, birth date] under `Appt ID,Appt Date,Appt Time,Patient,DOB,Provider,Status`. */
const list = (rows: Array<[string, string, string?]>, head = 'Appt Date,Appt Time'): string =>
  files.write([
    `Appt ID,${head},Patient,DOB,Provider,Status`,
    ...rows.map(
      ([d, t, dob], i) =>
        `${80100 + i},${d},${t},"${NAMES[i % NAMES.length]}",${dob ?? `1960-06-${10 + i}`},Dr. Lee,Confirmed`,
    ),
  ]);
/** Rows of [start, birth date] under a one-column start. */
const oneColumn = (rows: Array<[string, string?]>, head = 'Start'): string =>
  files.write([
    `Appt ID,${head},Patient,DOB,Provider,Status`,
    ...rows.map(
      ([s, dob], i) =>
        `${80200 + i},${s},"${NAMES[i % NAMES.length]}",${dob ?? `1960-06-${10 + i}`},Dr. Lee,Confirmed`,
    ),
  ]);

/** Held, or sent exactly as `right` (and no row errors): never sent otherwise. */
function rightOrHeld(r: Result, right: string[]): void {
  if (held(r)) return;
  expect(isoStarts(r)).toEqual(right);
  expect(r.errors).toEqual([]);
}
/** Sent with no question, exactly as `right`. */
function sends(r: Result, right: string[]): void {
  expect(r.summary.doubts).toEqual([]);
  expect(isoStarts(r)).toEqual(right);
}
/** Not sent at `wrong` (a row error or a hold instead). */
function neverAt(r: Result, wrong: string[]): void {
  for (const w of wrong) expect(held(r) ? [] : isoStarts(r)).not.toContain(w);
}

describe('1. clock changes, 24-hour', () => {
  it('New York, 14 March (spring forward): 09:00 and 14:30 are EDT, 13:00Z and 18:30Z', async () => {
    sends(
      await collect(
        list([
          ['2027-03-14', '09:00'],
          ['2027-03-14', '14:30'],
        ]),
        { timeZone: NY },
      ),
      ['2027-03-14T13:00:00.000Z', '2027-03-14T18:30:00.000Z'],
    );
  });
  it('New York, 13 March (still EST): 09:00 is 14:00Z', async () => {
    sends(
      await collect(
        list([
          ['2027-03-13', '09:00'],
          ['2027-03-13', '10:00'],
        ]),
        { timeZone: NY },
      ),
      ['2027-03-13T14:00:00.000Z', '2027-03-13T15:00:00.000Z'],
    );
  });
  it('New York, 02:30 on 14 March does not exist: never sent as 06:30Z or 07:30Z', async () => {
    const r = await collect(
      list([
        ['2027-03-14', '09:00'],
        ['2027-03-14', '02:30'],
      ]),
      { timeZone: NY },
    );
    neverAt(r, ['2027-03-14T06:30:00.000Z', '2027-03-14T07:30:00.000Z']);
    expect(held(r) || r.errors.length > 0).toBe(true);
  });
  it('New York, 01:30 on 7 November happens twice: never sent as either', async () => {
    const r = await collect(
      list([
        ['2027-11-07', '09:00'],
        ['2027-11-07', '01:30'],
      ]),
      { timeZone: NY },
    );
    neverAt(r, ['2027-11-07T05:30:00.000Z', '2027-11-07T06:30:00.000Z']);
    expect(held(r) || r.errors.length > 0).toBe(true);
  });
  it('Berlin, 02:30 on 28 March does not exist: never sent', async () => {
    const r = await collect(
      list([
        ['28.03.2027', '09:00'],
        ['28.03.2027', '02:30'],
      ]),
      { timeZone: DE },
    );
    neverAt(r, ['2027-03-28T00:30:00.000Z', '2027-03-28T01:30:00.000Z']);
    expect(held(r) || r.errors.length > 0).toBe(true);
  });
  it('Berlin, 02:30 on 31 October happens twice: never sent', async () => {
    const r = await collect(
      list([
        ['31.10.2027', '09:00'],
        ['31.10.2027', '02:30'],
      ]),
      { timeZone: DE },
    );
    neverAt(r, ['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
    expect(held(r) || r.errors.length > 0).toBe(true);
  });
  it('Berlin, 27 and 29 March around the change: 09:00 is 08:00Z, then 07:00Z', async () => {
    sends(
      await collect(
        list([
          ['27.03.2027', '09:00'],
          ['29.03.2027', '09:00'],
        ]),
        { timeZone: DE },
      ),
      ['2027-03-27T08:00:00.000Z', '2027-03-29T07:00:00.000Z'],
    );
  });
  it('London, 30 and 31 October: 10:00 BST is 09:00Z, 10:00 GMT is 10:00Z', async () => {
    sends(
      await collect(
        list([
          ['30/10/2027', '10:00'],
          ['31/10/2027', '10:00'],
        ]),
        { timeZone: UK },
      ),
      ['2027-10-30T09:00:00.000Z', '2027-10-31T10:00:00.000Z'],
    );
  });
});

describe('2. 12-hour clocks', () => {
  it('New York 14 March: 9:00 AM, 12:00 PM, 12:30 PM are 13:00Z, 16:00Z, 16:30Z', async () => {
    const r = await collect(
      list([
        ['03/14/2027', '9:00 AM'],
        ['03/14/2027', '12:00 PM'],
        ['03/16/2027', '12:30 PM'],
      ]),
      { timeZone: NY },
    );
    sends(r, ['2027-03-14T13:00:00.000Z', '2027-03-14T16:00:00.000Z', '2027-03-16T16:30:00.000Z']);
  });
  it('2:15 AM on 14 March (skipped) is never sent', async () => {
    const r = await collect(
      list([
        ['03/14/2027', '9:00 AM'],
        ['03/16/2027', '2:15 AM'],
      ]),
      { timeZone: NY },
    );
    const r2 = await collect(
      list([
        ['03/14/2027', '2:15 AM'],
        ['03/16/2027', '9:00 AM'],
      ]),
      { timeZone: NY },
    );
    neverAt(r2, ['2027-03-14T06:15:00.000Z', '2027-03-14T07:15:00.000Z']);
    expect(held(r2) || r2.errors.length > 0).toBe(true);
    rightOrHeld(r, ['2027-03-14T13:00:00.000Z', '2027-03-16T06:15:00.000Z']);
  });
  it('1:30 AM on 7 November (repeated) is never sent', async () => {
    const r = await collect(
      list([
        ['11/07/2027', '1:30 AM'],
        ['11/08/2027', '9:00 AM'],
      ]),
      { timeZone: NY },
    );
    neverAt(r, ['2027-11-07T05:30:00.000Z', '2027-11-07T06:30:00.000Z']);
    expect(held(r) || r.errors.length > 0).toBe(true);
  });
  it('12:30 AM among a day of AM/PM times is asked (after midnight, or after noon as some print it)', async () => {
    const r = await collect(
      list([
        ['03/16/2027', '9:00 AM'],
        ['03/16/2027', '12:30 AM'],
        ['03/16/2027', '3:00 PM'],
      ]),
      { timeZone: NY },
    );
    expect(held(r)).toBe(true);
  });
  it('hours without AM/PM, 8:00 to 4:30 on a Berlin DST day: held or sent right (4:30 is 16:30)', async () => {
    const r = await collect(
      list([
        ['28.03.2027', '8:00'],
        ['28.03.2027', '11:30'],
        ['28.03.2027', '1:15'],
        ['28.03.2027', '4:30'],
      ]),
      { timeZone: DE },
    );
    // 1:15 and 4:30 beside 8:00 and 11:30 are a 12-hour clock; 2:xx would not exist that night.
    expect(held(r)).toBe(true);
  });
});

describe('3. weekday names', () => {
  it('Mon 03/15/2027 at a US practice: 15 March (a Monday), 13:00Z', async () => {
    sends(
      await collect(
        list([
          ['Mon 03/15/2027', '9:00 AM'],
          ['Tue 03/16/2027', '9:00 AM'],
        ]),
        { timeZone: NY },
      ),
      ['2027-03-15T13:00:00.000Z', '2027-03-16T13:00:00.000Z'],
    );
  });
  it('Thu 04/03/2027 at a US practice: Thursday is 4 March, never sent as Saturday 3 April', async () => {
    const r = await collect(
      list([
        ['Thu 04/03/2027', '9:00 AM'],
        ['Fri 05/03/2027', '9:00 AM'],
      ]),
      { timeZone: NY },
    );
    neverAt(r, ['2027-04-03T13:00:00.000Z', '2027-05-03T13:00:00.000Z']);
    rightOrHeld(r, ['2027-03-04T14:00:00.000Z', '2027-03-05T14:00:00.000Z']);
  });
  it('Fri 03/04/2027 is neither 4 March (Thursday) nor 3 April (Saturday): never sent', async () => {
    const r = await collect(
      list([
        ['Fri 03/04/2027', '9:00 AM'],
        ['Mon 03/15/2027', '9:00 AM'],
      ]),
      { timeZone: NY },
    );
    neverAt(r, ['2027-03-04T14:00:00.000Z']);
  });
  it('Monday, March 15, 2027 and Tuesday, 16 March 2027 go by their month names', async () => {
    sends(
      await collect(
        list([
          ['"Monday, March 15, 2027"', '9:00 AM'],
          ['"Tuesday, 16 March 2027"', '9:00 AM'],
        ]),
        {
          timeZone: DE,
        },
      ),
      ['2027-03-15T08:00:00.000Z', '2027-03-16T08:00:00.000Z'],
    );
  });
  it('Sydney: Thu 04/03/2027 is 4 March day-first, and Thursday agrees', async () => {
    // 09:00 AEDT (UTC+11) on 4 March is 22:00Z on 3 March.
    sends(
      await collect(
        list([
          ['Thu 04/03/2027', '09:00'],
          ['Fri 05/03/2027', '09:00'],
        ]),
        { timeZone: AU },
      ),
      ['2027-03-03T22:00:00.000Z', '2027-03-04T22:00:00.000Z'],
    );
  });
});

describe('4. two date columns, styles switching mid-file', () => {
  it('ISO visits beside slashed birth dates at Sydney: the region reads 04/05/1961 as 4 May', async () => {
    const r = await collect(
      list([
        ['2027-03-16', '09:00', '04/05/1961'],
        ['2027-03-17', '09:00', '08/10/1999'],
      ]),
      { timeZone: AU },
    );
    if (!held(r)) expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1961-05-04', '1999-10-08']);
  });
  it('a start column switching from ISO to slashes mid-file at Sydney, 03/16/2027 proving month-first: 03/04/2027 never goes as 3 April', async () => {
    const r = await collect(
      list([
        ['2027-03-02', '09:00'],
        ['2027-03-03', '09:00'],
        ['03/16/2027', '09:00'],
        ['03/04/2027', '09:00'],
      ]),
      { timeZone: AU },
    );
    // 3 April 09:00 AEDT (UTC+11 until 4 April) is 22:00Z on 2 April.
    neverAt(r, ['2027-04-02T22:00:00.000Z']);
  });
  it('a start column switching padding mid-file (03/04/2027 then 3/16/2027) at Berlin: never 3 April', async () => {
    const r = await collect(
      list([
        ['03/04/2027', '09:00'],
        ['03/05/2027', '09:00'],
        ['3/16/2027', '09:00'],
      ]),
      { timeZone: DE },
    );
    // A spreadsheet that rewrote some dates: 03/04/2027 may be 3 April as it was first written.
    rightOrHeld(r, ['2027-03-04T08:00:00.000Z', '2027-03-05T08:00:00.000Z', '2027-03-16T08:00:00.000Z']);
  });
  it('dotted visits 16.03.2027 (day-first) beside slashed birth dates 04/05/1961 at a US practice: asked', async () => {
    const r = await collect(
      list([
        ['16.03.2027', '09:00', '04/05/1961'],
        ['17.03.2027', '09:00', '08/10/1999'],
      ]),
      { timeZone: NY },
    );
    expect(held(r)).toBe(true);
  });
});

describe('5. Excel serials and ISO offsets', () => {
  it('a serial start 46460.375 is 9:00 on 14 March 2027 (New York EDT): held or 13:00Z', async () => {
    const r = await collect(oneColumn([['46460.375'], ['46460.5']], 'Appt Start'), { timeZone: NY });
    rightOrHeld(r, ['2027-03-14T13:00:00.000Z', '2027-03-14T16:00:00.000Z']);
  });
  it('serial birth dates (22376, 5 April 1961 in Excel’s 1900 system, 1965 in its 1904 one) are refused with the column named, never sent', async () => {
    await expect(
      collect(
        list([
          ['03/16/2027', '9:00 AM', '22376'],
          ['03/17/2027', '9:00 AM', '22377'],
        ]),
        { timeZone: NY },
      ),
    ).rejects.toThrow(/column 'DOB' holds numbers such as '22376'.*1904 date system/);
  });
  it('New York 2027-03-14T09:00:00-04:00 (EDT, right) goes as 13:00Z', async () => {
    sends(
      await collect(oneColumn([['2027-03-14T09:00:00-04:00'], ['2027-03-14T10:00:00-04:00']]), {
        timeZone: NY,
      }),
      ['2027-03-14T13:00:00.000Z', '2027-03-14T14:00:00.000Z'],
    );
  });
  it('New York 2027-03-13T09:00:00-04:00 (a summer offset on a winter day): held or the instant 13:00Z', async () => {
    rightOrHeld(
      await collect(oneColumn([['2027-03-13T09:00:00-04:00'], ['2027-03-13T10:00:00-04:00']]), {
        timeZone: NY,
      }),
      ['2027-03-13T13:00:00.000Z', '2027-03-13T14:00:00.000Z'],
    );
  });
  it('Berlin 2027-03-28T09:00:00+02:00 goes as 07:00Z', async () => {
    sends(
      await collect(oneColumn([['2027-03-28T09:00:00+02:00'], ['2027-03-29T11:00:00+02:00']]), {
        timeZone: DE,
      }),
      ['2027-03-28T07:00:00.000Z', '2027-03-29T09:00:00.000Z'],
    );
  });
  it('true UTC for a New York day across the change (13:00Z to 21:00Z on 13 and 15 March) goes as written UTC', async () => {
    sends(
      await collect(
        oneColumn([
          ['2027-03-13T14:00:00Z'],
          ['2027-03-13T21:00:00Z'],
          ['2027-03-15T13:00:00Z'],
          ['2027-03-15T20:30:00Z'],
        ]),
        { timeZone: NY },
      ),
      [
        '2027-03-13T14:00:00.000Z',
        '2027-03-13T21:00:00.000Z',
        '2027-03-15T13:00:00.000Z',
        '2027-03-15T20:30:00.000Z',
      ],
    );
  });
  it('Berlin, 08:00Z to 16:00Z (9:00 to 17:00 there, its own day as UTC): goes as UTC', async () => {
    sends(await collect(oneColumn([['2027-01-12T08:00:00Z'], ['2027-01-12T16:00:00Z']]), { timeZone: DE }), [
      '2027-01-12T08:00:00.000Z',
      '2027-01-12T16:00:00.000Z',
    ]);
  });
  it('a UTC list without a zone for Los Angeles on the spring-forward day (16:00 to 01:30): asked', async () => {
    const r = await collect(
      list([
        ['2027-03-14', '16:00'],
        ['2027-03-14', '19:30'],
        ['2027-03-14', '23:00'],
        ['2027-03-15', '00:30'],
        ['2027-03-15', '01:30'],
      ]),
      { timeZone: LA },
    );
    expect(held(r)).toBe(true);
  });
});

describe('6. the marked-UTC answer, its mark and hours, with clock changes', () => {
  const HEADERS = ['appointment_id', 'patient', 'date_of_birth', 'start', 'status'];
  const utcList = (starts: string[]): string =>
    files.write([
      HEADERS.join(','),
      ...starts.map((t, i) => `${90300 + i},"${NAMES[i % NAMES.length]}",19${60 + i}-06-14,${t},scheduled`),
    ]);
  const answered = (kept: Record<string, unknown>): string =>
    confirmedProfile(
      files,
      {
        appointmentId: 'appointment_id',
        patientName: 'patient',
        dob: 'date_of_birth',
        dateTime: 'start',
        status: 'status',
      },
      HEADERS,
      { markedUtc: kept },
    );
  const KEPT = { column: 'start', marks: ['Z'], from: 480, to: 1020 };

  it('the same export in summer time: 08:00Z is 8:00 EDT, 12:00Z', async () => {
    sends(
      await collect(utcList(['2027-03-16T08:00:00Z', '2027-03-16T16:30:00Z']), {
        timeZone: NY,
        profile: answered(KEPT),
      }),
      ['2027-03-16T12:00:00.000Z', '2027-03-16T20:30:00.000Z'],
    );
  });
  it('true UTC on 8 November (EST), 13:00Z to 22:00Z: asked again', async () => {
    const r = await collect(
      utcList(['2027-11-08T13:00:00Z', '2027-11-08T17:00:00Z', '2027-11-08T22:00:00Z']),
      {
        timeZone: NY,
        profile: answered(KEPT),
      },
    );
    expect(checks(r)).toContain('utc-night');
  });
  it('true UTC on the spring-forward day, 13:00Z to 21:00Z (9:00 to 17:00 EDT): asked again', async () => {
    const r = await collect(utcList(['2027-03-14T13:00:00Z', '2027-03-14T21:00:00Z']), {
      timeZone: NY,
      profile: answered(KEPT),
    });
    expect(checks(r)).toContain('utc-night');
  });
  it('read by the answer, 02:30Z on 14 March is a New York time that does not exist: never sent', async () => {
    const r = await collect(utcList(['2027-03-14T02:30:00Z', '2027-03-14T09:00:00Z']), {
      timeZone: NY,
      profile: answered(KEPT),
    });
    neverAt(r, ['2027-03-14T02:30:00.000Z', '2027-03-14T06:30:00.000Z', '2027-03-14T07:30:00.000Z']);
  });
  it('the file mixes Z with +00:00 after a Z-only answer: asked again', async () => {
    const r = await collect(utcList(['2027-01-19T09:00:00Z', '2027-01-19T11:00:00+00:00']), {
      timeZone: NY,
      profile: answered(KEPT),
    });
    expect(checks(r)).toContain('utc-night');
  });
  it('an answer kept with both marks takes either: 09:00Z and 11:00+00:00 go as 9:00 and 11:00 EST', async () => {
    sends(
      await collect(utcList(['2027-01-19T09:00:00Z', '2027-01-19T11:00:00+00:00']), {
        timeZone: NY,
        profile: answered({ ...KEPT, marks: ['+00:00', 'Z'] }),
      }),
      ['2027-01-19T14:00:00.000Z', '2027-01-19T16:00:00.000Z'],
    );
  });
  it('Sydney answered 08:00Z to 17:00Z; true UTC of its day now (21:00Z to 06:00Z): asked again', async () => {
    const r = await collect(
      utcList(['2027-01-18T21:00:00Z', '2027-01-19T02:00:00Z', '2027-01-19T06:00:00Z']),
      {
        timeZone: AU,
        profile: answered(KEPT),
      },
    );
    expect(checks(r)).toContain('utc-night');
  });
});

describe('7. the year’s width in “written alike”', () => {
  it('US practice: 03/16/27 beside 04/05/1961 goes month-first (5 April 1961)', async () => {
    const r = await collect(
      list([
        ['03/16/27', '9:00 AM', '04/05/1961'],
        ['03/11/27', '9:00 AM', '08/10/1999'],
      ]),
      { timeZone: NY },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1961-04-05', '1999-08-10']);
  });
  it('Berlin: 16/03/27 (day-first) beside 04/05/1961 goes day-first (4 May 1961)', async () => {
    const r = await collect(
      list([
        ['16/03/27', '09:00', '04/05/1961'],
        ['11/03/27', '09:00', '08/10/1999'],
      ]),
      { timeZone: DE },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1961-05-04', '1999-10-08']);
  });
  it('Berlin: 03-16-27 beside 04/05/1961 (another separator too): asked', async () => {
    const r = await collect(
      list([
        ['03-16-27', '9:00 AM', '04/05/1961'],
        ['03-11-27', '9:00 AM', '08/10/1999'],
      ]),
      { timeZone: DE },
    );
    expect(held(r)).toBe(true);
  });
  it('Sydney: padded 03/16/2027 beside two-digit birth years 04/05/61: asked (the century, and the order)', async () => {
    const r = await collect(
      list([
        ['03/16/2027', '9:00 AM', '04/05/61'],
        ['03/11/2027', '9:00 AM', '08/10/99'],
      ]),
      { timeZone: AU },
    );
    expect(held(r)).toBe(true);
  });
  it('Berlin: 2027-13-03 (year, day, month) among ISO dates: asked', async () => {
    const r = await collect(
      list([
        ['2027-03-04', '09:00'],
        ['2027-13-03', '09:00'],
      ]),
      { timeZone: DE },
    );
    expect(held(r)).toBe(true);
  });
  it('Berlin: 2027/03/04 (year first, slashes) is 4 March', async () => {
    sends(
      await collect(
        list([
          ['2027/03/04', '09:00'],
          ['2027/03/05', '09:00'],
        ]),
        { timeZone: DE },
      ),
      ['2027-03-04T08:00:00.000Z', '2027-03-05T08:00:00.000Z'],
    );
  });
});

describe('8. title dates', () => {
  const titled = (title: string, rows: Array<[string, string]>): string =>
    files.write([
      title,
      '',
      'Appt ID,Appt Date,Appt Time,Patient,DOB,Provider,Status',
      ...rows.map(([d, t], i) => `${80400 + i},${d},${t},"${NAMES[i]}",1960-06-1${i},Dr. Lee,Confirmed`),
    ]);
  it('US title range 03/14/2027 - 03/20/2027 above rows proving month-first: sends, 14 March EDT', async () => {
    sends(
      await collect(
        titled('Appointments 03/14/2027 - 03/20/2027', [
          ['03/14/2027', '9:00 AM'],
          ['03/16/2027', '9:00 AM'],
        ]),
        {
          timeZone: NY,
        },
      ),
      ['2027-03-14T13:00:00.000Z', '2027-03-16T13:00:00.000Z'],
    );
  });
  it('a title range written day-first (04/03/2027 - 10/03/2027) above rows 03/04/2027 and 03/05/2027 at a US practice: never 3 April', async () => {
    const r = await collect(
      titled('Appointments 04/03/2027 - 10/03/2027', [
        ['03/04/2027', '9:00 AM'],
        ['03/05/2027', '9:00 AM'],
      ]),
      { timeZone: NY },
    );
    neverAt(r, ['2027-04-03T13:00:00.000Z']);
    rightOrHeld(r, ['2027-03-04T14:00:00.000Z', '2027-03-05T14:00:00.000Z']);
  });
  it('a title day in words (Tuesday, March 16, 2027) above times only: sends on the 16th', async () => {
    const r = await collect(
      files.write([
        'Daily Schedule - Tuesday, March 16, 2027',
        '',
        'Appt ID,Time,Patient,DOB,Provider,Status',
        `80501,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
        `80502,10:30 AM,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed`,
      ]),
      { timeZone: NY },
    );
    rightOrHeld(r, ['2027-03-16T13:00:00.000Z', '2027-03-16T14:30:00.000Z']);
  });
});
