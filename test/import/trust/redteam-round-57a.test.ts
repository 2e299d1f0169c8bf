// Red team, round 57a: the hazards of the three blind US layouts of this round (corpus 409
// CareStack, 410 PIMSY, 411 OptimisPT) moved into other shapes, attacked for WRONG SENDS only.
// Each probe is the three-row file (Hollis, Obi, Lindqvist) with the sign under test. Outcomes
// were worked out by hand before the first run:
//   held       nothing goes unasked: the file is held or refused, or the rows the sign touches
//              are row errors (a person could not be sure what they say);
//   booked     held, or sent with all three booked at their Appt Date and Appt Time;
//   cancel     held, or sent with Obi cancelled and the two others booked;
//   names      held, or sent with every name as the portal should show it (Obi, Adaeze);
//   noId       held, or sent with no appointment id taken from the counter column.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { asked, reviewPractice } from './review-practice.ts';
import {
  col,
  type Cols,
  DATE,
  DOB,
  held,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-57a');
const run = probeRunner(files);
/** The layouts of this round carry no appointment id in two of three (410, 411). */
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];

const went = (r: Run): string => JSON.stringify(sent(r));
const booked = (r: Run): boolean => held(r) || went(r) === JSON.stringify(ALL_THREE);
const cancel = (r: Run): boolean => held(r) || went(r) === JSON.stringify(OBI_CANCELLED);
/** Held, or nothing sent at all (every row a row error): no start was made up. */
/** Held, or Obi's row a row error and the two others booked: Obi's row did not go unasked. */
const obiAsked = (r: Run): boolean =>
  held(r) ||
  (r !== 'refused' &&
    r.errors.length > 0 &&
    went(r) === JSON.stringify([`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`]));
const nothingGuessed = (r: Run): boolean => held(r) || (r !== 'refused' && r.appointments.length === 0);

// ---------------------------------------------------------------------------------------------
// A. 409: the booking's own date-times (created, modified, scheduled on) beside the visit's
// ---------------------------------------------------------------------------------------------
describe("A. the booking's date-times beside the visit's", () => {
  const CREATED = ['03/01/2027 11:42 AM', '02/18/2027 3:15 PM', '03/10/2027 2:37 PM'];
  const MODIFIED = ['03/21/2027 9:04 AM', '03/19/2027 10:02 AM', '03/20/2027 4:48 PM'];
  it.each<[string, Cols, (r: Run) => boolean]>([
    ['Created On before the visit date', [['Created On', CREATED], ...BASE], booked],
    [
      'Created and Last Modified after',
      [...BASE, ['Created On', CREATED], ['Last Modified On', MODIFIED]],
      booked,
    ],
    [
      'headers Created / Date / Time',
      [['Created', CREATED], ['Date', DATE[1]], ['Time', TIME[1]], PATIENT, DOB, PID],
      booked,
    ],
    ['Scheduled On (the booking day) beside Appt Date', [...BASE, ['Scheduled On', CREATED]], booked],
    [
      'Date Entered beside Appointment Date',
      [
        ['Date Entered', CREATED],
        ['Appointment Date', DATE[1]],
        ['Appointment Time', TIME[1]],
        PATIENT,
        DOB,
        PID,
      ],
      booked,
    ],
    // the visit's day is not in the file: only the booking's date-time and the visit's clock
    [
      'Created On and Appt Time, no visit date',
      [['Created On', CREATED], TIME, PATIENT, DOB, PID],
      nothingGuessed,
    ],
    [
      'Date Created and Start Time, no visit date',
      [['Date Created', CREATED], ['Start Time', TIME[1]], PATIENT, DOB, PID],
      nothingGuessed,
    ],
    // the visit's clock is not in the file: only its day and the booking's date-time
    [
      'Appt Date and Created On, no visit time',
      [DATE, ['Created On', CREATED], PATIENT, DOB, PID],
      nothingGuessed,
    ],
    [
      'Appt Date and Last Modified On, no visit time',
      [DATE, ['Last Modified On', MODIFIED], PATIENT, DOB, PID],
      nothingGuessed,
    ],
  ])('%s', async (_name, cols, fits) => {
    expect(fits(await run(cols))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. 409: a preferred name written beside the legal one
// ---------------------------------------------------------------------------------------------
describe('B. a preferred name beside the legal one', () => {
  /** Held, or sent with Obi's legal names as the portal should show them. */
  const obiNamed = (r: Run): boolean =>
    held(r) ||
    (r !== 'refused' &&
      r.appointments.length === 3 &&
      r.appointments.some((a) => a.patient.lastName === 'Obi' && a.patient.firstName === 'Adaeze'));
  it.each<[string, Cols]>([
    ['Last, First (Nick)', [DATE, TIME, col('Patient', 'Obi, Adaeze (Ada)', 'x'), DOB, PID]],
    ['Last, First "Nick"', [DATE, TIME, col('Patient', 'Obi, Adaeze "Ada"', 'x'), DOB, PID]],
    ['First (Nick) Last', [DATE, TIME, col('Patient', 'Adaeze (Ada) Obi', 'x'), DOB, PID]],
    ['capitals LAST, FIRST (NICK)', [DATE, TIME, col('Patient', 'OBI, ADAEZE (ADA)', 'x'), DOB, PID]],
    [
      'First Name cell with the nickname',
      [DATE, TIME, col('First Name', 'Adaeze (Ada)', 'x'), col('Last Name', 'Obi', 'x'), DOB, PID],
    ],
  ])('%s', async (_name, cols) => {
    // the two other rows keep their own names (the `x` above is replaced by theirs)
    const named = cols.map(([h, v]): [string, string[]] =>
      h === 'Patient'
        ? [h, ['Hollis, Grace', v[1]!, 'Lindqvist, Sven']]
        : h === 'First Name'
          ? [h, ['Grace', v[1]!, 'Sven']]
          : h === 'Last Name'
            ? [h, ['Hollis', v[1]!, 'Lindqvist']]
            : [h, v],
    );
    expect(obiNamed(await run(named))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. 410: behavioral-health status words, and a note's status beside the appointment's
// ---------------------------------------------------------------------------------------------
describe("C. behavioral-health status words and a note's status", () => {
  it.each<[string, (r: Run) => boolean]>([
    ['Show', booked],
    ['Kept', booked],
    ['Late Cancel', cancel],
    ['Late Canceled - Charged', cancel],
    ['Cancelled by Clinician', cancel],
    ['Clinician Canceled', cancel],
    // a no-show (live) or a late cancellation (off): the word does not say which
    ['No Show/Late Cancel', obiAsked],
    ['NS/LC', obiAsked],
    ['Late Cancel/No Show - No Charge', obiAsked],
  ])('Status = %s', async (obi, fits) => {
    expect(fits(await run([...BASE, status(obi, 'Show')]))).toBe(true);
  });

  it("a Note Status column (Signed, Not Started, N/A) beside the appointment's Status", async () => {
    const r = await run([
      ...BASE,
      status('Late Cancel', 'Scheduled'),
      col('Note Status', 'N/A', 'Not Started'),
    ]);
    expect(cancel(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. 410: an authorisation's dates beside the visit's
// ---------------------------------------------------------------------------------------------
describe("D. an authorisation's dates beside the visit's", () => {
  const AUTH_END = ['12/31/2027', '01/31/2028', '02/29/2028'];
  const AUTH_START = ['01/01/2027', '02/01/2027', '03/01/2027'];
  it.each<[string, Cols]>([
    ['Auth End Date after', [...BASE, ['Auth End Date', AUTH_END]]],
    [
      'Auth Start and Auth End before the visit date',
      [['Auth Start', AUTH_START], ['Auth End', AUTH_END], ...BASE],
    ],
    [
      'Service Date beside Auth Expires',
      [['Auth Expires', AUTH_END], ['Service Date', DATE[1]], TIME, PATIENT, DOB, PID],
    ],
  ])('%s', async (_name, cols) => {
    expect(booked(await run(cols))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// E. 411: a plan of care's visit counter and an authorisation's visits left, never an id
// ---------------------------------------------------------------------------------------------
describe("E. a plan of care's visit counter is no appointment id", () => {
  /** Held, or sent with no appointment id read from `values`. */
  const noIdFrom =
    (values: string[]) =>
    (r: Run): boolean =>
      held(r) ||
      (r !== 'refused' &&
        r.appointments.length === 3 &&
        r.appointments.every((a) => !values.includes(a.appointmentId)));
  it.each<[string, [string, string[]]]>([
    ['Visit #', ['Visit #', ['8', '3', '1']]],
    ['Visit No.', ['Visit No.', ['12', '3', '1']]],
    ['Visit', ['Visit', ['8 of 12', '3 of 20', '1 of 24']]],
    ['Visit Number', ['Visit Number', ['8', '3', '1']]],
    ['Auth Remaining', ['Auth Remaining', ['4', '17', '24']]],
    // Added after the first probes found them sent as the ids (trust/small-id-numbers.ts): a
    // count of the patient's visits under a header that names the appointment's number
    ['Appt # (8, 3, 1)', ['Appt #', ['8', '3', '1']]],
    ['Appointment # (8, 3, 1)', ['Appointment #', ['8', '3', '1']]],
    ['Appt No (12, 3, 1)', ['Appt No', ['12', '3', '1']]],
    ['Visit ID (8, 3, 1)', ['Visit ID', ['8', '3', '1']]],
    ['Appt # padded (08, 03, 01)', ['Appt #', ['08', '03', '01']]],
  ])('%s', async (_name, counter) => {
    expect(noIdFrom(counter[1])(await run([...BASE, counter]))).toBe(true);
  });

  it('Appt # of three digits (108, 103, 101) is sent as the ids, unasked', async () => {
    const r = await run([...BASE, ['Appt #', ['108', '103', '101']]]);
    expect(held(r)).toBe(false);
    expect(r !== 'refused' && r.appointments.map((a) => a.appointmentId)).toEqual(['108', '103', '101']);
  });
});

describe('E2. the small-number id question, answered through the review', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-57a-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const HEAD = 'Appt #,Appt Date,Appt Time,Patient,DOB,Patient ID,Provider';
  const file = (ids: string[]): string[] => [
    HEAD,
    `${ids[0]},03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel`,
    `${ids[1]},03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee`,
    `${ids[2]},03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Dr. Nina Patel`,
  ];
  const SENT = ['03-22T16:00Z NEW Hollis', '03-22T17:00Z NEW Obi', '03-23T20:30Z NEW Lindqvist'];
  const practice = () => reviewPractice(root, '57a0c3d1-4b2e-4f6a-8c9d-1e2f3a4b5c', 'America/Los_Angeles');

  it("confirmed as each appointment's id: the next file with other small ids goes unasked under them", async () => {
    const p = practice();
    const first = p.file(file(['8', '3', '1']));
    expect(asked(await p.read(first), 'appointment-id')).toBe(true);
    await p.confirm(first);
    const next = await p.read(p.file(file(['9', '4', '2'])));
    expect(next.held).toBe(false);
    expect(next.sent).toEqual(SENT);
    expect(next.ids.map((s) => s.split(' ')[0])).toEqual(['9', '4', '2']);
  });

  it('answered "no such column": ids are derived, never 8, 3 or 1', async () => {
    const p = practice();
    const first = p.file(file(['8', '3', '1']));
    const shown = await p.preview(first);
    const columns = shown.columns.map((c) => (c.column === 'Appt #' ? { ...c, column: null } : c));
    expect(await p.confirmShown(first, { ...shown, columns })).toMatchObject({ ok: true });
    const again = await p.read(first);
    expect(again.held).toBe(false);
    expect(again.sent).toEqual(SENT);
    expect(again.ids.map((s) => s.split(' ')[0]).filter((id) => ['8', '3', '1'].includes(id!))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// F. 410: a print stamp's zone that is not the practice's
// ---------------------------------------------------------------------------------------------
describe("F. a print stamp's zone", () => {
  it.each<[string, (r: Run) => boolean]>([
    // Los Angeles is on PDT on 21 March 2027: the stamp agrees
    ['Report generated 03/21/2027 4:12 PM PDT by jsmith', booked],
    // Revised after the first run (worked out as held): MST is UTC-7 and so is Los Angeles from
    // 14 March, so on 22 and 23 March both clocks give the same instants: booked is right.
    ['Report generated 03/21/2027 4:12 PM MST by jsmith', booked],
    ['Report generated 03/21/2027 4:12 PM EDT by jsmith', held],
  ])('%s', async (stamp, fits) => {
    expect(fits(await run(BASE, ['Appointment Report', stamp]))).toBe(true);
  });

  // Added after the first run: an Arizona (MST) clock beside a Los Angeles practice, with a row
  // before 14 March, when Los Angeles was on PST (UTC-8): Hollis 12 March 9:00 is 17:00Z on the
  // practice's clock but 16:00Z on the printing clock's. Whose clock it is must be asked.
  it.each<string>([
    'Report generated 03/21/2027 4:12 PM MST by jsmith',
    'Report generated 03/11/2027 4:12 PM MST by jsmith',
  ])('%s, a row on 12 March (PST)', async (stamp) => {
    const dates: [string, string[]] = ['Appt Date', ['03/12/2027', '03/22/2027', '03/23/2027']];
    expect(held(await run([dates, TIME, PATIENT, DOB, PID, PROVIDER], ['Appointment Report', stamp]))).toBe(
      true,
    );
  });
});
