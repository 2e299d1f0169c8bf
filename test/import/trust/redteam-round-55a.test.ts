// Red team, round 55a: the three rules of the blind layouts 395-397 (programmes that schedule in
// series), each probed with variants another system would write. Three-row probe files (Hollis,
// Obi, Lindqvist: three-row-probes.ts), the sign on Obi's row (line 3). Outcomes were worked out by
// hand before the first run:
//   A. an OTP's dose as the whole type, reason or description (Daily Dosing, Dosing Window,
//      Take-Home Dose, in any case, before ` - `), under a booked status or none: the file is held
//      (never sent as a visit at the window's start); a visit about the dose (Dose Evaluation,
//      Dose Increase Visit) goes as written.
//   B. a free place printed as the patient (OPEN, Open Slot, AVAILABLE) on a row with no patient
//      id, birth date or status: Obi's row skipped, the two others sent as written; with an id, a
//      birth date or a status beside it, or a real name holding such a word (Free, Morgan;
//      Openshaw, Lee), the row is never skipped silently.
//   C. `Class Date` / `Class Time` as the start's headers: sent as written; beside an `Appt Date`
//      and `Appt Time` whose values differ, the class's are never taken for the appointment's.
//   D. a series counter beside the date (`Session` 3/12, `Tx #` 14/36, `Fx` 6/8, `12 of 36`): never
//      read as a date or an id; sent as written, or held.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
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
  sent,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-55a');

const run = probeRunner(files);
const ALL_THREE = [
  '2027-03-22T16:00 NEW Hollis',
  '2027-03-22T17:00 NEW Obi',
  '2027-03-23T20:30 NEW Lindqvist',
];
const WITHOUT_OBI = ['2027-03-22T16:00 NEW Hollis', '2027-03-23T20:30 NEW Lindqvist'];

// ---------------------------------------------------------------------------------------------
// A. An OTP's dose is no appointment: asked, never sent at the window's start
// ---------------------------------------------------------------------------------------------
describe('A. a dose at the dispensary holds the file', () => {
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];
  it.each([
    ['Daily Dosing as the activity, Scheduled', 'Activity', 'Daily Dosing', 'Scheduled'],
    ['Dosing Window as the type, Expected', 'Appt Type', 'Dosing Window', 'Expected'],
    ['METHADONE DOSING in capitals, Confirmed', 'Appt Type', 'METHADONE DOSING', 'Confirmed'],
    ['Take-Home Dose as the type, Scheduled', 'Visit Type', 'Take-Home Dose', 'Scheduled'],
    ['Dosing - Guest (the part before the dash)', 'Appt Type', 'Dosing - Guest', 'Scheduled'],
    ['Daily Dose as the reason', 'Reason', 'Daily Dose', 'Booked'],
  ])('%s: held', async (_, header, obi, word) => {
    const r = await run([...BASE, col(header, obi, 'Individual Counseling'), status(word, word)]);
    expect(held(r)).toBe(true);
  });

  it('Dosing Window as the type and no status column: held', async () => {
    const r = await run([...BASE, col('Appt Type', 'Dosing Window', 'Office Visit')]);
    expect(held(r)).toBe(true);
  });

  it.each([['Dose Evaluation'], ['Dose Increase Visit'], ['Dosing Review with MD']])(
    '%s (a visit about the dose) goes as written',
    async (obi) => {
      const r = await run([...BASE, col('Appt Type', obi, 'Individual Counseling'), status('Scheduled')]);
      expect(sent(r)).toEqual(ALL_THREE);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// B. A free place written where the patient goes
// ---------------------------------------------------------------------------------------------
describe('B. a free place printed as the patient is skipped only when the row names no one', () => {
  /** Obi's row with `name` as the patient and the given cells emptied. */
  const place = (name: string, keep: { id?: boolean; dob?: boolean; status?: boolean } = {}): Cols => [
    DATE,
    TIME,
    ['Patient', ['Hollis, Grace', name, 'Lindqvist, Sven']],
    ['DOB', ['06/02/1970', keep.dob ? '04/05/1999' : '', '08/29/1963']],
    ['Patient ID', ['100415', keep.id ? '100871' : '', '100954']],
    PROVIDER,
    ['Status', ['Scheduled', keep.status ? 'Scheduled' : '', 'Scheduled']],
  ];

  // Worked out by hand as sent; in a three-row file one free place is a third of the Patient
  // column, whose fit (67%) the column check asks about for `OPEN`, `AVAILABLE`, `open`: a hold, no
  // wrong send (the 12-row roster of corpus 396 goes). Where it goes, Obi's row is the skip.
  it.each([['OPEN'], ['Open Slot'], ['AVAILABLE'], ['open']])(
    '%s with no id, birth date or status: skipped, never sent',
    async (name) => {
      const r = await run(place(name));
      expect(r !== 'refused' && r.skipped.some((s) => s.line === 3)).toBe(true);
      expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(WITHOUT_OBI)).toBe(true);
    },
  );

  it.each([
    ['OPEN with a patient id', 'OPEN', { id: true }],
    ['OPEN with a birth date', 'OPEN', { dob: true }],
    ['OPEN with a status of Scheduled', 'OPEN', { status: true }],
    ['a real name with an open-slot word (Free, Morgan)', 'Free, Morgan', {}],
    ['a real name beginning with open (Openshaw, Lee)', 'Openshaw, Lee', {}],
  ])('%s: never skipped silently', async (_, name, keep) => {
    const r = await run(place(name, keep));
    expect(r !== 'refused' && !held(r) && r.skipped.some((s) => s.line === 3)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// C. A class roster's date and time are the appointment's
// ---------------------------------------------------------------------------------------------
describe("C. 'Class Date' and 'Class Time' as the start", () => {
  const rest: Cols = [PATIENT, DOB, PID, PROVIDER, status('Scheduled')];
  it('Class Date and Class Time: sent as written', async () => {
    const r = await run([['Class Date', DATE[1]], ['Class Time', TIME[1]], ...rest]);
    expect(sent(r)).toEqual(ALL_THREE);
  });

  it('Class Date beside Appt Date and Appt Time of other days: never the class day', async () => {
    const r = await run([['Class Date', ['04/05/2027', '04/05/2027', '04/06/2027']], DATE, TIME, ...rest]);
    expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE)).toBe(true);
  });

  it('Class Time beside Appt Time of other hours: never the class hour', async () => {
    const r = await run([DATE, ['Class Time', ['6:00 PM', '6:00 PM', '6:00 PM']], TIME, ...rest]);
    expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A series counter is no date and no id
// ---------------------------------------------------------------------------------------------
describe('D. a series counter beside the start', () => {
  const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, status('Scheduled')];
  it.each([
    ['Session', ['3/12', '4/12', '5/12']],
    ['Tx #', ['14/36', '15/36', '16/36']],
    ['Fx', ['6/8', '7/8', '8/8']],
    ['Session #', ['12 of 36', '13 of 36', '14 of 36']],
    ['Treatment', ['Treatment 3/12', 'Treatment 4/12', 'Treatment 5/12']],
  ])('%s: never the date', async (header, values) => {
    const r = await run([...BASE, [header, values]]);
    expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE)).toBe(true);
  });

  it('Session 3/12 before the date column: never the date', async () => {
    const r = await run([['Session', ['3/12', '4/12', '5/12']], DATE, TIME, PATIENT, DOB, PID, PROVIDER]);
    expect(held(r) || JSON.stringify(sent(r)) === JSON.stringify(ALL_THREE)).toBe(true);
  });

  it('a counter that repeats across patients is no appointment id', async () => {
    const r = await run([...BASE, ['Session', ['12', '12', '3']]]);
    expect(
      held(r) ||
        (r !== 'refused' &&
          new Set(r.appointments.map((a) => a.appointmentId)).size === 3 &&
          r.appointments.every((a) => !/^(?:12|3)$/.test(a.appointmentId))),
    ).toBe(true);
  });
});
