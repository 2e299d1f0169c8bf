// Red-team probes, round 50e: dates and times pushed to send a wrong day (month-first for
// day-first or the other way), midnight for an untimed row, or the wrong hour. Proof from another
// column (a birth date, a footer's print date, a created date, a weekday) written alike or not;
// two styles in one column; a year-less list over New Year; two-digit years; Excel serials beside
// text dates; ISO with Z, +00:00 and offsets in a Chicago practice; a UTC list across the clock
// change; 12:30 and 7:00 without AM/PM; 00:00 among timed rows; starts written 9, 930, 9.30, 09h30;
// a weekday column that disagrees with the date; a week heading over weekday-only rows; Date beside
// DOS; an order remembered from earlier exports or answered by a person, then contradicted.
// Every right outcome was worked out by hand before the probe first ran (instants checked with
// Python's zoneinfo); held is never wrong. A probe whose name starts with FAULT was a wrong send
// before its fix.
// Calendar, by hand: 1 January 2027 is a Friday, so 1 March is a Monday, 4 March a Thursday,
// 15 March a Monday, 3 April a Saturday, 3 January a Sunday, 4 January a Monday; 30 December 2026
// is a Wednesday. Clocks: Los Angeles UTC-8 until 14 March 2027, UTC-7 after (9:00 on 4 March is
// 17:00Z, 9:00 on 3 April 16:00Z); Chicago UTC-6 until 14 March, UTC-5 after; Sydney UTC+11 until
// 4 April 2027 (3:00), UTC+10 after. Excel's serial 46450 is 4 March 2027 (days after 30 Dec 1899).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { EXPORTS, collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-50e');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const isoStarts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString());
const LA = { timeZone: 'America/Los_Angeles' };
const SYD = { timeZone: 'Australia/Sydney' };
const CHI = { timeZone: 'America/Chicago' };
const NAMES = [
  'Ortega, Marisol',
  'Osei, Kevin',
  'Feldman, Ruth',
  'Baptiste, Tyrone',
  'Kaur, Simran',
  'Lund, Erik',
];

const HEAD = 'Appt ID,Appt Date,Appt Time,Patient,DOB,Provider,Status';
/** Rows of [date, time, birth date] under HEAD (or another head of the same seven columns). */
const list = (rows: Array<[string, string, string?]>, head = HEAD, tail: string[] = []): string =>
  files.write([
    head,
    ...rows.map(
      ([d, t, dob], i) =>
        `${50100 + i},${d},${t},"${NAMES[i % NAMES.length]}",${dob ?? `1960-06-${10 + i}`},Dr. Lee,Confirmed`,
    ),
    ...tail,
  ]);

// The two-row ambiguous pair: `03/04/2027 9:00 AM`, `05/04/2027 10:30 AM`.
const PAIR = (dob1?: string, dob2?: string): Array<[string, string, string?]> => [
  ['03/04/2027', '9:00 AM', dob1],
  ['05/04/2027', '10:30 AM', dob2],
];
const LA_MDY = ['2027-03-04T17:00:00.000Z', '2027-05-04T17:30:00.000Z'];
const LA_DMY = ['2027-04-03T16:00:00.000Z', '2027-04-05T17:30:00.000Z'];
const SYD_MDY = ['2027-03-03T22:00:00.000Z', '2027-05-04T00:30:00.000Z'];
const SYD_DMY = ['2027-04-02T22:00:00.000Z', '2027-04-05T00:30:00.000Z'];

/** The file read, or `refused` when the importer refuses it whole with a message (a file error
 *  naming the file, line and column: nothing is sent, never a wrong send). */
async function readOrRefused(file: string, opts: Parameters<typeof collect>[1]): Promise<Result | 'refused'> {
  try {
    return await collect(file, opts);
  } catch (e) {
    expect((e as Error).message).toMatch(/export-\d+\.csv, line \d+:/);
    return 'refused';
  }
}
/** Refused whole, held, or nothing sent. */
function notSent(r: Result | 'refused'): void {
  if (r === 'refused') return;
  expect(held(r) || r.appointments.length === 0).toBe(true);
}
/** Refused whole, or held, or sent exactly as `right`. */
function refusedOrRight(r: Result | 'refused', right: string[]): void {
  if (r !== 'refused') rightOrHeld(r, right);
}
/** Held, or sent exactly as `right` with no row errors: never sent otherwise. */
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
/** Held for a question. */
function holds(r: Result): void {
  expect(held(r)).toBe(true);
}
/** Nothing sent at any of `wrong` (held, or those rows refused). */
function neverAt(r: Result, wrong: string[]): void {
  for (const w of wrong) expect(held(r) ? [] : isoStarts(r)).not.toContain(w);
}

describe('1. another column as proof of the order', () => {
  it('US practice, birth dates 25/03/1980 written alike (dd/mm/yyyy): day-first, or held', async () => {
    rightOrHeld(await collect(list(PAIR('25/03/1980', '14/11/1975')), LA), LA_DMY);
  });
  it('US practice, birth dates 25/3/1980 unpadded beside padded 03/04/2027: never month-first', async () => {
    // written otherwise and the region (month-first) disagrees with the proof: nothing settles it
    holds(await collect(list(PAIR('25/3/1980', '14/11/1975')), LA));
  });
  it('US practice, birth dates 25-03-1980 (dashes) beside slashed dates: held', async () => {
    holds(await collect(list(PAIR('25-03-1980', '14-11-1975')), LA));
  });
  it('US practice, birth dates 25/03/80 (two-digit year) beside 03/04/2027: day-first or held', async () => {
    rightOrHeld(await collect(list(PAIR('25/03/80', '14/11/75')), LA), LA_DMY);
  });
  it('US practice, birth dates unpadded and appointments unpadded alike (25/3/1980, 3/4/2027): day-first or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['3/4/2027', '9:00 AM', '25/3/1980'],
          ['5/4/2027', '10:30 AM', '14/11/1975'],
        ]),
        LA,
      ),
      LA_DMY,
    );
  });
  it('Sydney practice, birth dates 03/25/1980 written alike: month-first, or held', async () => {
    rightOrHeld(await collect(list(PAIR('03/25/1980', '11/14/1975')), SYD), SYD_MDY);
  });
  it('US practice, birth dates in ISO (1980-03-25) prove nothing: the region, month-first', async () => {
    sends(await collect(list(PAIR('1980-03-25', '1975-11-14')), LA), LA_MDY);
  });
  it('Sydney practice, birth dates in ISO prove nothing: the region, day-first', async () => {
    sends(await collect(list(PAIR('1980-03-25', '1975-11-14')), SYD), SYD_DMY);
  });
  it('US practice, a 25/03/1980 only in a total line (no patient, skipped): proves nothing, the region reads', async () => {
    // Not a print stamp nor a patient's birth date: what a skipped line holds settles nothing, so
    // the region's order (month-first) reads the rest as the README says, or the file is held.
    const r = await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, [',,,"Total: 2",25/03/1980,,']), LA);
    rightOrHeld(r, LA_MDY);
  });
  it('FAULT US practice, a footer "Printed 25/03/2027" under dates written alike: day-first or held', async () => {
    rightOrHeld(
      await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, ['Printed 25/03/2027 08:15']), LA),
      LA_DMY,
    );
  });
  it('FAULT Sydney practice, a footer "Printed 03/25/2027": month-first or held, never day-first', async () => {
    rightOrHeld(
      await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, ['Printed 03/25/2027 08:15']), SYD),
      SYD_MDY,
    );
  });
  it('US practice, a footer "Printed 25/3/2027" unpadded beside padded 03/04/2027: held (written otherwise)', async () => {
    holds(await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, ['Printed 25/3/2027 08:15']), LA));
  });
  it('Sydney practice, a footer "Printed: 03-25-2027" (dashes) beside slashed dates: held', async () => {
    holds(await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, ['Printed: 03-25-2027 08:15']), SYD));
  });
  it('US practice, a footer "Printed 2027-03-25" (year first) proves nothing: the region, month-first', async () => {
    sends(
      await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, ['Printed 2027-03-25 08:15']), LA),
      LA_MDY,
    );
  });
  it('rows proving day-first (13/03/2027) under a footer "Printed 03/25/2027": both orders, held', async () => {
    const r = await collect(
      list(
        [
          ['03/04/2027', '9:00 AM'],
          ['13/03/2027', '10:30 AM'],
        ],
        HEAD,
        ['Printed 03/25/2027 08:15'],
      ),
      SYD,
    );
    holds(r);
  });
  it('a footer "Printed 25/03/2027" where a person answered month-first: contradicted, held', async () => {
    // the stamp proves day-first as a 13 in a row would: a person's order is never silently flipped
    holds(
      await collect(list(PAIR('01/02/1980', '03/04/1975'), HEAD, ['Printed 25/03/2027 08:15']), {
        ...LA,
        dateOrder: 'MDY',
        dateOrderSource: 'person',
      }),
    );
  });
  it('US practice, a Created column 13/02/2027 written alike: day-first or held', async () => {
    const f = files.write([
      'Appt ID,Appt Date,Appt Time,Patient,DOB,Provider,Status,Created',
      `50201,03/04/2027,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed,13/02/2027`,
      `50202,05/04/2027,10:30 AM,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed,01/02/2027`,
    ]);
    rightOrHeld(await collect(f, LA), LA_DMY);
  });
  it('Sydney practice, a Created column 02/13/2027 written alike: month-first or held', async () => {
    const f = files.write([
      'Appt ID,Appt Date,Appt Time,Patient,DOB,Provider,Status,Created',
      `50211,03/04/2027,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed,02/13/2027`,
      `50212,05/04/2027,10:30 AM,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed,02/01/2027`,
    ]);
    rightOrHeld(await collect(f, SYD), SYD_MDY);
  });
  it('UTC practice (no region), birth dates 25/03/1980 unpadded-alike: day-first or held', async () => {
    const r = await collect(list(PAIR('25/03/1980', '14/11/1975')), { timeZone: 'UTC' });
    if (!held(r)) expect(isoStarts(r)).toEqual(['2027-04-03T09:00:00.000Z', '2027-04-05T10:30:00.000Z']);
  });
});

describe('2. two styles in one column', () => {
  it('13/03/2027 and 03/14/2027 in one column: both orders proven, held', async () => {
    holds(
      await collect(
        list([
          ['13/03/2027', '9:00 AM'],
          ['03/14/2027', '10:30 AM'],
          ['03/04/2027', '11:00 AM'],
        ]),
        LA,
      ),
    );
  });
  it('2027-03-04 and 2027-04-03 in one file: ISO is sure, both sent as written', async () => {
    sends(
      await collect(
        list([
          ['2027-03-04', '9:00 AM'],
          ['2027-04-03', '9:00 AM'],
        ]),
        LA,
      ),
      ['2027-03-04T17:00:00.000Z', '2027-04-03T16:00:00.000Z'],
    );
  });
  it('ISO rows beside slashed 03/04/2027 at a Sydney practice: the slashed row never month-first', async () => {
    const r = await collect(
      list([
        ['2027-03-15', '9:00 AM'],
        ['03/04/2027', '9:00 AM'],
      ]),
      SYD,
    );
    neverAt(r, ['2027-03-03T22:00:00.000Z']);
  });
  it('"4 Mar 2027" beside "05/03/2027" at a US practice: a month name proves no numeric order, the region reads', async () => {
    const r = await collect(
      list([
        ['4 Mar 2027', '9:00 AM'],
        ['05/03/2027', '9:00 AM'],
        ['08/03/2027', '9:00 AM'],
      ]),
      LA,
    );
    // `4 Mar 2027` is sure; the slashed dates are read as the region writes (README: nothing in the
    // file proves their order), or held.
    rightOrHeld(r, ['2027-03-04T17:00:00.000Z', '2027-05-03T16:00:00.000Z', '2027-08-03T16:00:00.000Z']);
  });
  it('Excel serial 46450 beside text 03/05/2027 at a US practice: 4 March and 5 March, or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['46450', '9:00 AM'],
          ['03/05/2027', '9:00 AM'],
        ]),
        LA,
      ),
      ['2027-03-04T17:00:00.000Z', '2027-03-05T17:00:00.000Z'],
    );
  });
  it('Excel serials beside 05/03/2027 at a Sydney practice: serial 4 March, text 5 March, or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['46450', '9:00 AM'],
          ['05/03/2027', '9:00 AM'],
        ]),
        SYD,
      ),
      ['2027-03-03T22:00:00.000Z', '2027-03-04T22:00:00.000Z'],
    );
  });
  it('Excel serials (46450, 46451) beside 03/06/2027 in a US file: the serials prove nothing of order', async () => {
    // 46451 is 5 March; 03/06/2027 is 6 March month-first (region), 3 June day-first
    refusedOrRight(
      await readOrRefused(
        list([
          ['46450', '9:00 AM'],
          ['46451', '9:00 AM'],
          ['03/06/2027', '9:00 AM'],
        ]),
        LA,
      ),
      ['2027-03-04T17:00:00.000Z', '2027-03-05T17:00:00.000Z', '2027-03-06T17:00:00.000Z'],
    );
  });
});

describe('3. year-less and two-digit years', () => {
  it('year-less 12/30 and 01/04 under a title "12/28/2026 - 01/08/2027": 30 Dec 2026 and 4 Jan 2027', async () => {
    const f = files.write([
      'Appointments 12/28/2026 - 01/08/2027',
      HEAD,
      `50301,12/30,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50302,01/04,10:30 AM,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed`,
    ]);
    refusedOrRight(await readOrRefused(f, LA), ['2026-12-30T17:00:00.000Z', '2027-01-04T18:30:00.000Z']);
  });
  it('year-less 12/30 and 01/04 with no title: no year guessed', async () => {
    const r = await readOrRefused(
      list([
        ['12/30', '9:00 AM'],
        ['01/04', '10:30 AM'],
      ]),
      LA,
    );
    notSent(r);
  });
  it('year-less "Mon 01/04" with no title: no year guessed from the weekday alone, or 2027', async () => {
    const r = await readOrRefused(
      list([
        ['Mon 01/04', '10:30 AM'],
        ['Wed 12/30', '9:00 AM'],
      ]),
      LA,
    );
    refusedOrRight(r, ['2027-01-04T18:30:00.000Z', '2026-12-30T17:00:00.000Z']);
  });
  it('01/02/03: no year, month or day sure: never sent', async () => {
    const r = await readOrRefused(
      list([
        ['01/02/03', '9:00 AM'],
        ['01/05/03', '10:30 AM'],
      ]),
      LA,
    );
    notSent(r);
  });
  it('27/03/04 at a US practice: 4 March 2027 (year first) or 27 March 2004: never sent', async () => {
    const r = await readOrRefused(
      list([
        ['27/03/04', '9:00 AM'],
        ['27/03/05', '10:30 AM'],
      ]),
      LA,
    );
    notSent(r);
  });
  it('03/04/27 at a US practice: 4 March 2027 (the region), or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['03/04/27', '9:00 AM'],
          ['05/04/27', '10:30 AM'],
        ]),
        LA,
      ),
      LA_MDY,
    );
  });
  it('03/04/27 at a Sydney practice: 3 April 2027 (the region), or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['03/04/27', '9:00 AM'],
          ['05/04/27', '10:30 AM'],
        ]),
        SYD,
      ),
      SYD_DMY,
    );
  });
});

describe('4. ISO marks and offsets in a Chicago practice', () => {
  const one = (starts: string[]): string =>
    files.write([
      'Appt ID,Start,Patient,DOB,Provider,Status',
      ...starts.map(
        (s, i) => `${50400 + i},${s},"${NAMES[i % NAMES.length]}",1960-06-1${i},Dr. Lee,Confirmed`,
      ),
    ]);
  it('Z on day-time instants (15:00Z = 9:00 CST, 20:30Z = 2:30 PM CST): as written, or held', async () => {
    rightOrHeld(await collect(one(['2027-03-12T15:00:00Z', '2027-03-12T20:30:00Z']), CHI), [
      '2027-03-12T15:00:00.000Z',
      '2027-03-12T20:30:00.000Z',
    ]);
  });
  it('+00:00 on day-time instants: as written, or held', async () => {
    rightOrHeld(await collect(one(['2027-03-12T15:00:00+00:00', '2027-03-12T20:30:00+00:00']), CHI), [
      '2027-03-12T15:00:00.000Z',
      '2027-03-12T20:30:00.000Z',
    ]);
  });
  it('Z on a clinic day read as local (08:00Z … 16:30Z: 2 AM … 10:30 AM CST): never sent at 2 AM', async () => {
    const r = await collect(
      one(['2027-03-12T08:00:00Z', '2027-03-12T09:30:00Z', '2027-03-12T13:00:00Z', '2027-03-12T16:30:00Z']),
      CHI,
    );
    neverAt(r, ['2027-03-12T08:00:00.000Z', '2027-03-12T09:30:00.000Z']);
  });
  it('-05:00 in a Chicago practice after the change (CDT): the instant as written', async () => {
    rightOrHeld(await collect(one(['2027-03-15T10:00:00-05:00', '2027-03-15T14:00:00-05:00']), CHI), [
      '2027-03-15T15:00:00.000Z',
      '2027-03-15T19:00:00.000Z',
    ]);
  });
  it('-05:00 on January dates in Chicago (CST is -06:00): the instant, or held; never the wall clock', async () => {
    const r = await collect(one(['2027-01-15T09:00:00-05:00', '2027-01-15T14:00:00-05:00']), CHI);
    // 9:00 wall clock in Chicago would be 15:00Z; the offset says 14:00Z (8 AM CST)
    rightOrHeld(r, ['2027-01-15T14:00:00.000Z', '2027-01-15T19:00:00.000Z']);
  });
  it('a UTC list across the clock change (header UTC): 15:00Z and 14:00Z, both 9 AM there', async () => {
    const f = files.write([
      'Appt ID,Start Time (UTC),Patient,DOB,Provider,Status',
      `50411,2027-03-12 15:00,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50412,2027-03-15 14:00,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed`,
    ]);
    rightOrHeld(await collect(f, CHI), ['2027-03-12T15:00:00.000Z', '2027-03-15T14:00:00.000Z']);
  });
  it('zone-less ISO across the change: 9 AM wall clock both days (15:00Z, 14:00Z)', async () => {
    sends(await collect(one(['2027-03-12T09:00:00', '2027-03-15T09:00:00']), CHI), [
      '2027-03-12T15:00:00.000Z',
      '2027-03-15T14:00:00.000Z',
    ]);
  });
  it('a Z list spanning the change whose wall clock is fixed (15:00Z both days): as written, or held', async () => {
    rightOrHeld(await collect(one(['2027-03-12T15:00:00Z', '2027-03-15T15:00:00Z']), CHI), [
      '2027-03-12T15:00:00.000Z',
      '2027-03-15T15:00:00.000Z',
    ]);
  });
  it('a zone column "CST" on July dates in Chicago: held, or Central daylight time (14:00Z)', async () => {
    const f = files.write([
      'Appt ID,Appt Date,Appt Time,Time Zone,Patient,DOB,Provider,Status',
      `50421,07/12/2027,9:00 AM,CST,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50422,07/12/2027,10:00 AM,CST,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed`,
    ]);
    const r = await collect(f, CHI);
    if (!held(r)) expect(isoStarts(r)).toEqual(['2027-07-12T14:00:00.000Z', '2027-07-12T15:00:00.000Z']);
  });
});

describe('5. clocks without AM/PM', () => {
  const day = (times: string[], zone = LA): Promise<Result> =>
    collect(list(times.map((t) => ['03/15/2027', t])), zone);
  it('12:30 among 8:00 … 13:45 (24-hour): noon, sent', async () => {
    sends(await day(['8:00', '9:30', '12:30', '13:45']), [
      '2027-03-15T15:00:00.000Z',
      '2027-03-15T16:30:00.000Z',
      '2027-03-15T19:30:00.000Z',
      '2027-03-15T20:45:00.000Z',
    ]);
  });
  it('12:30 among a morning list (8:00 … 11:00): 12:30 PM either way, sent', async () => {
    rightOrHeld(await day(['8:00', '9:30', '11:00', '12:30']), [
      '2027-03-15T15:00:00.000Z',
      '2027-03-15T16:30:00.000Z',
      '2027-03-15T18:00:00.000Z',
      '2027-03-15T19:30:00.000Z',
    ]);
  });
  it('12:30 and 1:30, 3:00 among 8:00 … 11:00 (12-hour without PM): never 1:30 AM', async () => {
    const r = await day(['8:00', '9:30', '12:30', '1:30', '3:00']);
    neverAt(r, ['2027-03-15T08:30:00.000Z', '2027-03-15T10:00:00.000Z']);
    holds(r);
  });
  it('an evening list 7:00 … 8:30 without AM/PM (one-digit hour): held', async () => {
    holds(await day(['7:00', '7:30', '8:00', '8:30']));
  });
  it('an evening list 7:00 … 9:30 in Sydney (a 12-hour region): held', async () => {
    holds(await day(['7:00', '7:30', '9:00', '9:30'], SYD));
  });
  it('07:00 … 08:30 with the zero (24-hour form): sent in the morning', async () => {
    sends(await day(['07:00', '07:30', '08:00', '08:30']), [
      '2027-03-15T14:00:00.000Z',
      '2027-03-15T14:30:00.000Z',
      '2027-03-15T15:00:00.000Z',
      '2027-03-15T15:30:00.000Z',
    ]);
  });
  it('00:00 among timed rows (09:00, 10:30): the midnight row never sent at midnight', async () => {
    const r = await day(['09:00', '00:00', '10:30']);
    neverAt(r, ['2027-03-15T07:00:00.000Z']);
  });
  it('0:00 and 12:00 AM in one column of day times: never midnight', async () => {
    const r = await day(['9:00 AM', '12:00 AM', '10:30 AM']);
    neverAt(r, ['2027-03-15T07:00:00.000Z']);
  });
  it('every row at 00:00: an untimed list, never sent at midnight', async () => {
    const r = await day(['00:00', '00:00', '00:00']);
    expect(held(r) || r.appointments.length === 0).toBe(true);
  });
  it('no time column at all, only dates: never midnight', async () => {
    const f = files.write([
      'Appt ID,Appt Date,Patient,DOB,Provider,Status',
      `50501,03/15/2027,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50502,03/16/2027,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed`,
    ]);
    const r = await collect(f, LA);
    neverAt(r, ['2027-03-15T07:00:00.000Z', '2027-03-16T07:00:00.000Z']);
  });
  it('a date column with "12:00:00 AM" beside a time column: that day at the time', async () => {
    sends(
      await collect(
        list([
          ['3/15/2027 12:00:00 AM', '9:30 AM'],
          ['3/15/2027 12:00:00 AM', '2:00 PM'],
        ]),
        LA,
      ),
      ['2027-03-15T16:30:00.000Z', '2027-03-15T21:00:00.000Z'],
    );
  });
  it('12:00 among 9:00, 10:00, 2:00 (12-hour, no PM): never 2 AM', async () => {
    const r = await day(['9:00', '10:00', '12:00', '2:00']);
    neverAt(r, ['2027-03-15T09:00:00.000Z']);
  });
});

describe('6. starts written 9, 930, 9.30, 09h30', () => {
  const day = (times: string[]): Promise<Result> => collect(list(times.map((t) => ['03/15/2027', t])), LA);
  it('hours alone 8, 9, 13, 14: 8:00 … 14:00, or held', async () => {
    rightOrHeld(await day(['8', '9', '13', '14']), [
      '2027-03-15T15:00:00.000Z',
      '2027-03-15T16:00:00.000Z',
      '2027-03-15T20:00:00.000Z',
      '2027-03-15T21:00:00.000Z',
    ]);
  });
  it('hours alone 8, 9, 1, 2 (a 12-hour day without PM): never 1 AM or 2 AM', async () => {
    const r = await day(['8', '9', '1', '2']);
    neverAt(r, ['2027-03-15T08:00:00.000Z', '2027-03-15T09:00:00.000Z']);
  });
  it('HHMM 930, 1015, 1400, 845: 9:30, 10:15, 14:00, 8:45, or held', async () => {
    rightOrHeld(await day(['930', '1015', '1400', '845']), [
      '2027-03-15T16:30:00.000Z',
      '2027-03-15T17:15:00.000Z',
      '2027-03-15T21:00:00.000Z',
      '2027-03-15T15:45:00.000Z',
    ]);
  });
  it('HHMM 930, 1015, 130, 245 (afternoon without PM): never 1:30 AM', async () => {
    const r = await day(['930', '1015', '130', '245']);
    neverAt(r, ['2027-03-15T08:30:00.000Z', '2027-03-15T09:45:00.000Z']);
  });
  it('dotted 9.30, 10.15, 14.45: 9:30, 10:15, 14:45, or held; never 9:18 (decimal hours)', async () => {
    rightOrHeld(await day(['9.30', '10.15', '14.45']), [
      '2027-03-15T16:30:00.000Z',
      '2027-03-15T17:15:00.000Z',
      '2027-03-15T21:45:00.000Z',
    ]);
  });
  it('French 09h30, 10h15, 14h00: 9:30, 10:15, 14:00, or held', async () => {
    rightOrHeld(await day(['09h30', '10h15', '14h00']), [
      '2027-03-15T16:30:00.000Z',
      '2027-03-15T17:15:00.000Z',
      '2027-03-15T21:00:00.000Z',
    ]);
  });
  it('9h, 10h30, 14h: 9:00, 10:30, 14:00, or held', async () => {
    rightOrHeld(await day(['9h', '10h30', '14h']), [
      '2027-03-15T16:00:00.000Z',
      '2027-03-15T17:30:00.000Z',
      '2027-03-15T21:00:00.000Z',
    ]);
  });
  it('9.5, 10.25, 14.75 (decimal hours): 9:30, 10:15, 14:45, or held; never 9:05', async () => {
    rightOrHeld(await day(['9.5', '10.25', '14.75']), [
      '2027-03-15T16:30:00.000Z',
      '2027-03-15T17:15:00.000Z',
      '2027-03-15T21:45:00.000Z',
    ]);
  });
  it('9.30 and 14.5 in one column (minutes and decimal hours mixed): never 14:05', async () => {
    const r = await day(['9.30', '10.15', '14.5']);
    neverAt(r, ['2027-03-15T21:05:00.000Z', '2027-03-15T21:50:00.000Z']);
  });
});

describe('7. weekday columns and week headings', () => {
  const withDay = (rows: Array<[string, string]>, zone = LA): Promise<Result> =>
    collect(
      files.write([
        'Appt ID,Day,Appt Date,Appt Time,Patient,DOB,Provider,Status',
        ...rows.map(
          ([w, d], i) =>
            `${50700 + i},${w},${d},9:00 AM,"${NAMES[i % NAMES.length]}",1960-06-1${i},Dr. Lee,Confirmed`,
        ),
      ]),
      zone,
    );
  it('Day Tuesday beside 03/15/2027 (a Monday): held, or that row refused naming the day and the date', async () => {
    const r = await withDay([
      ['Monday', '03/08/2027'],
      ['Tuesday', '03/15/2027'],
    ]);
    if (held(r)) return;
    expect(isoStarts(r)).toEqual(['2027-03-08T17:00:00.000Z']);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/Tuesday.*03\/15\/2027.*Monday/)]);
  });
  it('Day Saturday beside 03/04/2027 and Monday beside 01/03/2027 at a US practice: day-first or held', async () => {
    // 3 April is a Saturday, 1 March a Monday; month-first they would be a Thursday and a Sunday
    rightOrHeld(
      await withDay([
        ['Saturday', '03/04/2027'],
        ['Monday', '01/03/2027'],
      ]),
      ['2027-04-03T16:00:00.000Z', '2027-03-01T17:00:00.000Z'],
    );
  });
  it('Day Thursday beside 03/04/2027 at a Sydney practice: month-first (4 March) or held', async () => {
    rightOrHeld(
      await withDay(
        [
          ['Thursday', '03/04/2027'],
          ['Monday', '03/01/2027'],
        ],
        SYD,
      ),
      ['2027-03-03T22:00:00.000Z', '2027-02-28T22:00:00.000Z'],
    );
  });
  it('Day Wednesday beside 03/04/2027 (neither Thursday 4 March nor Saturday 3 April): that row never sent', async () => {
    const r = await withDay([
      ['Wednesday', '03/04/2027'],
      ['Monday', '03/15/2027'],
    ]);
    if (held(r)) return;
    expect(isoStarts(r)).toEqual(['2027-03-15T16:00:00.000Z']);
    expect(r.errors).toHaveLength(1);
  });
  it('"Thu 03/04/2027" in the date cell at a Sydney practice: never 3 April', async () => {
    const r = await collect(
      list([
        ['Thu 03/04/2027', '9:00 AM'],
        ['Mon 03/01/2027', '10:30 AM'],
      ]),
      SYD,
    );
    neverAt(r, ['2027-04-02T22:00:00.000Z']);
  });
  it('a heading "Week of 3/1/27" over weekday-only rows: 1 and 3 March 2027, or held', async () => {
    const f = files.write([
      'Week of 3/1/27',
      'Appt ID,Day,Time,Patient,DOB,Provider,Status',
      `50751,Monday,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50752,Wednesday,10:30 AM,"${NAMES[1]}",1960-06-10,Dr. Lee,Confirmed`,
    ]);
    refusedOrRight(await readOrRefused(f, LA), ['2027-03-01T17:00:00.000Z', '2027-03-03T18:30:00.000Z']);
  });
  it('a heading "Week of 1/3/27" at a Sydney practice: 1 and 3 March 2027, or held; never January', async () => {
    const f = files.write([
      'Week of 1/3/27',
      'Appt ID,Day,Time,Patient,DOB,Provider,Status',
      `50761,Monday,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50762,Wednesday,10:30 AM,"${NAMES[1]}",1960-06-10,Dr. Lee,Confirmed`,
    ]);
    refusedOrRight(await readOrRefused(f, SYD), ['2027-02-28T22:00:00.000Z', '2027-03-02T23:30:00.000Z']);
  });
  it('a heading "Week of 3/2/27" (a Tuesday month-first) over weekday rows: never a guessed week', async () => {
    // 2 March 2027 is a Tuesday: "Monday" that week is 1 March, before the heading's day; 3 Feb is a Wednesday
    const f = files.write([
      'Week of 3/2/27',
      'Appt ID,Day,Time,Patient,DOB,Provider,Status',
      `50771,Monday,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50772,Friday,10:30 AM,"${NAMES[1]}",1960-06-10,Dr. Lee,Confirmed`,
    ]);
    const r = await readOrRefused(f, LA);
    if (r !== 'refused') neverAt(r, ['2027-03-08T17:00:00.000Z', '2027-02-08T17:00:00.000Z']);
  });
});

describe('8. Date beside DOS, and other date columns', () => {
  it('a Date column (all one day, the print) beside a DOS column: the DOS, or held', async () => {
    const f = files.write([
      'Acct,Date,DOS,Time,Patient,DOB,Provider,Status',
      `50801,03/01/2027,03/15/2027,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50802,03/01/2027,03/16/2027,10:00 AM,"${NAMES[1]}",1960-06-10,Dr. Lee,Confirmed`,
      `50803,03/01/2027,03/17/2027,11:00 AM,"${NAMES[2]}",1960-06-10,Dr. Lee,Confirmed`,
    ]);
    const r = await collect(f, LA);
    rightOrHeld(r, ['2027-03-15T16:00:00.000Z', '2027-03-16T17:00:00.000Z', '2027-03-17T18:00:00.000Z']);
  });
  it('a Date column and a DOS column that differ on one row: never the plain Date', async () => {
    const f = files.write([
      'Acct,Date,DOS,Time,Patient,DOB,Provider,Status',
      `50811,03/15/2027,03/15/2027,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50812,03/16/2027,03/16/2027,10:00 AM,"${NAMES[1]}",1960-06-10,Dr. Lee,Confirmed`,
      `50813,03/10/2027,03/17/2027,11:00 AM,"${NAMES[2]}",1960-06-10,Dr. Lee,Confirmed`,
    ]);
    const r = await collect(f, LA);
    rightOrHeld(r, ['2027-03-15T16:00:00.000Z', '2027-03-16T17:00:00.000Z', '2027-03-17T18:00:00.000Z']);
  });
  it('Appt Date and Date of Service both present and different: held, or the service date', async () => {
    const f = files.write([
      'Appt ID,Appt Date,Date of Service,Appt Time,Patient,DOB,Provider,Status',
      `50821,03/15/2027,03/15/2027,9:00 AM,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
      `50822,03/16/2027,03/18/2027,10:00 AM,"${NAMES[1]}",1960-06-10,Dr. Lee,Confirmed`,
    ]);
    const r = await collect(f, LA);
    // which column is the visit is not sure: the only right sends are both columns agreeing; one differs
    expect(held(r) || r.appointments.every((a) => a.start.toISOString() !== '2027-03-16T17:00:00.000Z')).toBe(
      true,
    );
  });
});

describe('9. an order remembered or answered, then contradicted', () => {
  const ambiguous = (): string =>
    list([
      ['03/04/2027', '9:00 AM'],
      ['05/04/2027', '10:30 AM'],
    ]);
  const provedMdy = (): string =>
    list([
      ['03/04/2027', '9:00 AM'],
      ['03/13/2027', '10:30 AM'],
    ]);
  const provedDmy = (): string =>
    list([
      ['03/04/2027', '9:00 AM'],
      ['13/03/2027', '10:30 AM'],
    ]);
  it('earlier exports settled day-first; this one is ambiguous: day-first, sent', async () => {
    sends(await collect(ambiguous(), { ...LA, dateOrder: 'DMY', dateOrderSource: 'data' }), LA_DMY);
  });
  it('a person answered day-first; this one is ambiguous: day-first, sent', async () => {
    sends(await collect(ambiguous(), { ...LA, dateOrder: 'DMY', dateOrderSource: 'person' }), LA_DMY);
  });
  it('earlier exports settled day-first; this one proves month-first (03/13): held, never 3 April', async () => {
    const r = await collect(provedMdy(), { ...LA, dateOrder: 'DMY', dateOrderSource: 'data' });
    holds(r);
  });
  it('a person answered day-first; this one proves month-first (03/13): held', async () => {
    holds(await collect(provedMdy(), { ...LA, dateOrder: 'DMY', dateOrderSource: 'person' }));
  });
  it('a Sydney practice remembered month-first; this one proves day-first (13/03): held', async () => {
    holds(await collect(provedDmy(), { ...SYD, dateOrder: 'MDY', dateOrderSource: 'data' }));
  });
  it('a confirmed mapping says day-first; this export proves month-first (03/13): held, never 3 April', async () => {
    const head = HEAD.split(',');
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      head,
      { dateOrder: 'DMY' },
    );
    const r = await collect(provedMdy(), { ...LA, profile });
    neverAt(r, ['2027-04-03T16:00:00.000Z']);
    holds(r);
  });
  it('a confirmed mapping says day-first; this export is ambiguous: day-first, or held', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
      { dateOrder: 'DMY' },
    );
    rightOrHeld(await collect(ambiguous(), { ...LA, profile }), LA_DMY);
  });
  it('a confirmed mapping says day-first; this export proves month-first: held', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        date: 'Appt Date',
        time: 'Appt Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
      { dateOrder: 'DMY' },
    );
    const r = await collect(provedMdy(), { ...LA, profile });
    neverAt(r, ['2027-04-03T16:00:00.000Z']);
    holds(r);
  });
  it('remembered month-first; a birth date 25/03/1980 written alike says day-first: held', async () => {
    holds(
      await collect(list(PAIR('25/03/1980', '14/11/1975')), {
        ...LA,
        dateOrder: 'MDY',
        dateOrderSource: 'data',
      }),
    );
  });
});

describe('10. serials, one-column starts and midnights in UTC', () => {
  const one = (starts: Array<[string, string?]>, zone = LA, head = 'Start'): Promise<Result> =>
    collect(
      files.write([
        `Appt ID,${head},Patient,DOB,Provider,Status`,
        ...starts.map(
          ([v, dob], i) =>
            `${51000 + i},${v},"${NAMES[i % NAMES.length]}",${dob ?? `1960-06-1${i}`},Dr. Lee,Confirmed`,
        ),
      ]),
      zone,
    );
  it('Excel serials with a fraction (46450.375, 46450.4375): 9:00 and 10:30 on 4 March, or held', async () => {
    rightOrHeld(await one([['46450.375'], ['46450.4375']]), [
      '2027-03-04T17:00:00.000Z',
      '2027-03-04T18:30:00.000Z',
    ]);
  });
  it('Excel serials without a fraction in the start column (46450, 46451): never midnight', async () => {
    // refused whole (a day number of the 1900 or the 1904 system), held, or never at midnight
    const r = await readOrRefused(
      files.write([
        'Appt ID,Start,Patient,DOB,Provider,Status',
        `51011,46450,"${NAMES[0]}",1960-06-10,Dr. Lee,Confirmed`,
        `51012,46451,"${NAMES[1]}",1960-06-11,Dr. Lee,Confirmed`,
      ]),
      LA,
    );
    if (r !== 'refused') neverAt(r, ['2027-03-04T08:00:00.000Z', '2027-03-05T08:00:00.000Z']);
  });
  it('every start at 00:00Z in Chicago (6 PM the evening before): never sent', async () => {
    const r = await one([['2027-03-12T00:00:00Z'], ['2027-03-13T00:00:00Z']], CHI);
    neverAt(r, ['2027-03-12T00:00:00.000Z', '2027-03-13T00:00:00.000Z']);
  });
  it('a one-column start 03/04/2027 9:00 with birth dates 25/03/1980 written alike, Sydney: day-first', async () => {
    rightOrHeld(
      await one(
        [
          ['03/04/2027 9:00', '25/03/1980'],
          ['05/04/2027 10:30', '14/11/1975'],
        ],
        SYD,
      ),
      SYD_DMY,
    );
  });
  it('two-digit years on both (03/04/27 beside a birth date 25/03/80), US practice: day-first or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['03/04/27', '9:00 AM', '25/03/80'],
          ['05/04/27', '10:30 AM', '14/11/75'],
        ]),
        LA,
      ),
      LA_DMY,
    );
  });
  it('a night list (22:00, 23:30, 00:00, 01:00): midnight real here, or held; never a day early', async () => {
    const r = await collect(
      list([
        ['03/15/2027', '22:00'],
        ['03/15/2027', '23:30'],
        ['03/16/2027', '00:00'],
        ['03/16/2027', '01:00'],
      ]),
      LA,
    );
    rightOrHeld(r, [
      '2027-03-16T05:00:00.000Z',
      '2027-03-16T06:30:00.000Z',
      '2027-03-16T07:00:00.000Z',
      '2027-03-16T08:00:00.000Z',
    ]);
  });
  it('a date column of "3/15/2027 12:00:00 AM" and no time column: never midnight', async () => {
    const r = await one([['3/15/2027 12:00:00 AM'], ['3/16/2027 12:00:00 AM']], LA, 'Appt Date');
    neverAt(r, ['2027-03-15T07:00:00.000Z', '2027-03-16T07:00:00.000Z']);
  });
  it('the print stamp in a title line "Run Date: 13/03/2027" over rows written alike, US practice: day-first or held', async () => {
    const f = files.write([
      'Run Date: 13/03/2027',
      HEAD,
      `51101,03/04/2027,9:00 AM,"${NAMES[0]}",01/02/1980,Dr. Lee,Confirmed`,
      `51102,05/04/2027,10:30 AM,"${NAMES[1]}",03/04/1975,Dr. Lee,Confirmed`,
    ]);
    rightOrHeld(await collect(f, LA), LA_DMY);
  });
});

describe('11. a remembered order against other proof', () => {
  it('remembered day-first; ISO appointments, birth dates 03/25/1980 (month-first): held', async () => {
    const r = await collect(
      list([
        ['2027-03-04', '9:00 AM', '03/25/1980'],
        ['2027-03-05', '10:30 AM', '04/03/1975'],
      ]),
      { ...LA, dateOrder: 'DMY', dateOrderSource: 'data' },
    );
    // the birth dates are sent: 4 March 1975 read day-first would be 3 April
    holds(r);
  });
  it('remembered day-first; "Thu 03/04/2027" proves month-first (4 March is a Thursday): held', async () => {
    holds(
      await collect(
        list([
          ['Thu 03/04/2027', '9:00 AM'],
          ['Fri 03/05/2027', '10:30 AM'],
        ]),
        { ...LA, dateOrder: 'DMY', dateOrderSource: 'data' },
      ),
    );
  });
  it('padded 03/04/2027 and unpadded 3/5/2027 in one column beside 25/03/1980: day-first or held', async () => {
    rightOrHeld(
      await collect(
        list([
          ['03/04/2027', '9:00 AM', '25/03/1980'],
          ['3/5/2027', '10:30 AM', '14/11/1975'],
        ]),
        LA,
      ),
      ['2027-04-03T16:00:00.000Z', '2027-05-03T17:30:00.000Z'],
    );
  });
  it('a header stating MM/DD/YYYY over rows, a footer "Printed 25/03/2027" written alike: held', async () => {
    holds(
      await collect(
        list(
          PAIR('01/02/1980', '03/04/1975'),
          'Appt ID,Appt Date (MM/DD/YYYY),Appt Time,Patient,DOB,Provider,Status',
          ['Printed 25/03/2027 08:15'],
        ),
        LA,
      ),
    );
  });
});

describe('12. a US report read at a practice elsewhere', () => {
  it('FAULT Tebra layout 281 in Sydney: the footer "Printed: 03/16/2027" keeps its birth dates from going day-first (held, or month-first)', async () => {
    // Its birth dates (11/09/1962, 07/12/1990…) have no day above 12; the corpus expectations
    // (written by hand, month-first as the US program prints them) are 9 November 1962 and 12 July 1990.
    // Before, read in Sydney or Berlin, they went day-first by the region: 11 September, 7 December.
    // Since round 50g a print stamp alone only confirms the order (a template may write its stamp
    // otherwise than its rows): against the region it holds the file, which is never wrong.
    const file = path.join(
      EXPORTS,
      '281-tebra-appointments-one-provider-day-groups',
      'Appointments_Dana_Whitfield.csv',
    );
    for (const timeZone of ['Australia/Sydney', 'Europe/Berlin']) {
      const r = await collect(file, { timeZone });
      if (held(r)) continue;
      expect(r.appointments.map((a) => a.patient.dob)).toEqual([
        '1970-05-06',
        '1984-11-02',
        '1949-01-09',
        '2011-03-03',
        '1970-05-06',
        '2011-03-03',
        '1962-11-09',
        '1990-07-12',
      ]);
    }
  });
});
