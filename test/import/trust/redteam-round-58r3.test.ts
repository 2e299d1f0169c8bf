// Red team, round 58r3: ids re-typed by a spreadsheet. Each probe is the three-row file (Hollis,
// Obi, Lindqvist) with its id column re-written. Outcomes were worked out by hand before the run:
//   send    sent with no question, exactly these ids (a hold is a false hold);
//   hold    held, or row errors with nothing sent under a doubtful id.
// By hand: a spreadsheet saves a whole number formatted with decimals as `100415.0` (or `.00`):
// that cell is 100415, and a person reads it so when the column is such numbers (every value, or
// beside plain digits). A true fraction (`100871.5`, `1.2`) is no id a scheduling system gives:
// the column is a quantity or a score, and none of its values, the `.0` ones included, is sure.
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
/** Nothing sent under an id with a decimal point (held, refused, or every such row an error). */
const noDecimalSent = (r: Run): boolean =>
  held(r) ||
  r === 'refused' ||
  r.appointments.every((a) => !/\./.test(`${a.patient.patientId} ${a.appointmentId}`));

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
    ['patient ids 1.2, 3.4, 5.6', ['1.2', '3.4', '5.6']],
  ])('%s: held, never sent', async (_, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, ['Patient ID', v], PROVIDER, APPT]);
    expect(noDecimalSent(r)).toBe(true);
    expect(held(r)).toBe(true);
  });

  it('Obi’s appointment id 88102.5: held, never sent', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      ['Appt ID', ['88101.0', '88102.5', '88103.0']],
    ]);
    expect(noDecimalSent(r)).toBe(true);
    expect(held(r)).toBe(true);
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
