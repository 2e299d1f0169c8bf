// Red team, round 58r3: ids re-typed by a spreadsheet. Each probe is the three-row file (Hollis,
// Obi, Lindqvist) with its id column re-written. Outcomes were worked out by hand before the run:
//   send    sent with no question, exactly these ids (a hold is a false hold);
//   either  held, or sent exactly these.
// By hand: a spreadsheet saves a whole number formatted with decimals as `100415.0` (or `.00`):
// that cell is 100415, and a person reads it so when the column is such numbers (every value, or
// beside plain digits). Other decimals are no spreadsheet's: `10482.01` is a household member's
// chart number in systems that number a family so (redteam-round-58c D: `10590.00` beside it is
// the member `.00`), so a column with such decimals is sent as written (its `.0` too) or held,
// never read as 100871 or 100872.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  TIME,
} from './three-row-probes.ts';

const run = probeRunner(exportFiles('redteam-round-58r3'));

/** `patient-id appointment-id` per appointment sent, or null when held. */
const ids = (r: Run): string[] | null =>
  held(r) || r === 'refused' ? null : r.appointments.map((a) => `${a.patient.patientId} ${a.appointmentId}`);
const AS_WRITTEN = ['100415 88101', '100871 88102', '100954 88103'];
/** Held, or sent exactly `want` (`patient-id appointment-id` per row). */
const heldOr = (r: Run, want: string[]): boolean => {
  const got = ids(r);
  return got === null || JSON.stringify(got) === JSON.stringify(want);
};

describe('1. ids saved by a spreadsheet as numbers with decimals', () => {
  it.each<[string, string[]]>([
    ['every patient id with .0', ['100415.0', '100871.0', '100954.0']],
    ['only Obi’s patient id with .0', ['100415', '100871.0', '100954']],
    ['every patient id with .00 (two decimals shown)', ['100415.00', '100871.00', '100954.00']],
  ])('%s: sent as the whole number', async (_, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, ['Patient ID', v], PROVIDER, APPT]);
    expect(ids(r)).toEqual(AS_WRITTEN);
  });

  it('appointment ids with .0: sent as the whole number', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      ['Appt ID', ['88101.0', '88102.0', '88103.0']],
    ]);
    expect(ids(r)).toEqual(AS_WRITTEN);
  });

  it.each<[string, string[]]>([
    ['Obi’s patient id 100871.5 among .0 ids', ['100415.0', '100871.5', '100954.0']],
    ['Obi’s patient id 100871.5 among plain ids', ['100415', '100871.5', '100954']],
  ])('%s: sent as written or held, never rounded', async (_, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, ['Patient ID', v], PROVIDER, APPT]);
    expect(heldOr(r, [`${v[0]} 88101`, `${v[1]} 88102`, `${v[2]} 88103`])).toBe(true);
  });

  it('patient ids 1.2, 3.4, 5.6: sent as written or held', async () => {
    const r = await run([DATE, TIME, PATIENT, DOB, ['Patient ID', ['1.2', '3.4', '5.6']], PROVIDER, APPT]);
    expect(heldOr(r, ['1.2 88101', '3.4 88102', '5.6 88103'])).toBe(true);
  });

  it('a household numbered 10482.00, 10482.01: every id as written', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      ['Patient ID', ['10482.00', '10482.01', '100954']],
      PROVIDER,
      APPT,
    ]);
    expect(ids(r)).toEqual(['10482.00 88101', '10482.01 88102', '100954 88103']);
  });

  it('Obi’s appointment id 88102.5: sent as written or held, never rounded', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      ['Appt ID', ['88101.0', '88102.5', '88103.0']],
    ]);
    expect(heldOr(r, ['100415 88101.0', '100871 88102.5', '100954 88103.0'])).toBe(true);
  });

  it('a dotted chart number (12.0.3) is no spreadsheet number: never read as 12', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      ['Patient ID', ['12.0.3', '12.0.4', '12.0.5']],
      PROVIDER,
      APPT,
    ]);
    expect(
      held(r) || r === 'refused' || r.appointments.every((a) => a.patient.patientId.startsWith('12.0.')),
    ).toBe(true);
  });
});

describe('2. the chart number in brackets in the name cell', () => {
  const OWN: [string, string[]] = ['Patient ID', ['100415', '100871', '100954']];
  const names = (r: Run): string[] =>
    r === 'refused'
      ? []
      : r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`.toLowerCase());
  const CLEAN = ['grace hollis', 'adaeze obi', 'sven lindqvist'];
  it.each<[string, string[]]>([
    ['(100415)', ['Hollis, Grace (100415)', 'Obi, Adaeze (100871)', 'Lindqvist, Sven (100954)']],
    ['[100415]', ['Hollis, Grace [100415]', 'Obi, Adaeze [100871]', 'Lindqvist, Sven [100954]']],
    [
      '(MRN 100415), capitals',
      ['HOLLIS, GRACE (MRN 100415)', 'OBI, ADAEZE (MRN 100871)', 'LINDQVIST, SVEN (MRN 100954)'],
    ],
    ['First Last (100415)', ['Grace Hollis (100415)', 'Adaeze Obi (100871)', 'Sven Lindqvist (100954)']],
    [
      '(Chart #100415)',
      ['Hollis, Grace (Chart #100415)', 'Obi, Adaeze (Chart #100871)', 'Lindqvist, Sven (Chart #100954)'],
    ],
    ['{100415}', ['Hollis, Grace {100415}', 'Obi, Adaeze {100871}', 'Lindqvist, Sven {100954}']],
  ])('%s beside the Patient ID column: sent under it, the names clean', async (_, cells) => {
    const r = await run([DATE, TIME, ['Patient', cells], DOB, PROVIDER, APPT, OWN]);
    expect(ids(r)).toEqual(AS_WRITTEN);
    expect(names(r)).toEqual(CLEAN);
  });

  it('Obi’s bracketed number unlike his Patient ID: held, or sent under the Patient ID', async () => {
    const cells = ['Hollis, Grace (100415)', 'Obi, Adaeze (100999)', 'Lindqvist, Sven (100954)'];
    const r = await run([DATE, TIME, ['Patient', cells], DOB, PROVIDER, APPT, OWN]);
    expect(ids(r) === null || JSON.stringify(ids(r)) === JSON.stringify(AS_WRITTEN)).toBe(true);
  });

  it('a short number outside brackets (Hollis, Grace 2): never sent as part of the name', async () => {
    const cells = ['Hollis, Grace 2', 'Obi, Adaeze 2', 'Lindqvist, Sven 2'];
    const r = await run([DATE, TIME, ['Patient', cells], DOB, PROVIDER, APPT, OWN]);
    expect(names(r).some((n) => /\d/.test(n))).toBe(false);
  });
});
