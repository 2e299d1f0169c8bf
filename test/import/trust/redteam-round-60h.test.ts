// Red team, round 60h: a virtual-care list writes each visit on two clocks, the provider's (the
// practice's) and the patient's in another zone (whose-clock.ts; the blind layout 438, a Halifax
// provider's Vancouver and Toronto patients). Each probe is the three-row file (Hollis, Obi,
// Lindqvist) at the Los Angeles practice, with the patient's clock three hours ahead (New York).
// Outcomes were worked out by hand before the first run:
//   sends     the file proves the practice's clock: sent, all three booked at the practice's times;
//   notOff    held, a row error, or sent at the practice's times: never a patient's wall clock read
//             as the practice's (New York's noon sent as Los Angeles noon, three hours late);
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7), New York too
// (UTC-4). Hollis 22 March 9:00 PDT = 12:00 EDT = 16:00Z, Obi 22 March 10:00 PDT = 13:00 EDT =
// 17:00Z, Lindqvist 23 March 13:30 PDT = 16:30 EDT = 20:30Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  sent,
  STARTS,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-60h');
const run = probeRunner(files);
const BASE: Cols = [DATE, PATIENT, DOB, PID, PROVIDER, APPT];
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

const PRACTICE_TIMES = ['9:00 AM', '10:00 AM', '1:30 PM'];
const PATIENT_TIMES = ['12:00 PM', '1:00 PM', '4:30 PM'];
const NEW_YORK: [string, string[]] = [
  'Patient Time Zone',
  ['America/New_York', 'America/New_York', 'America/New_York'],
];
const at = (header: string, times: string[]): [string, string[]] => [header, times];
const dated = (header: string, times: string[]): [string, string[]] => [
  header,
  times.map((t, i) => `${DATE[1][i]} ${t}`),
];

type Outcome = 'sends' | 'notOff';

describe("the patient's clock beside the practice's", () => {
  it.each<[string, Cols, Outcome]>([
    [
      "provider's then patient's, the patient's zone beside",
      [at('Start Time (Provider)', PRACTICE_TIMES), NEW_YORK, at('Start Time (Patient)', PATIENT_TIMES)],
      'sends',
    ],
    [
      "the patient's local time first, then a plain Appt Time",
      [at('Client Local Time', PATIENT_TIMES), at('Appt Time', PRACTICE_TIMES)],
      'sends',
    ],
    [
      'Time (Client) and Time (Clinician)',
      [at('Time (Client)', PATIENT_TIMES), at('Time (Clinician)', PRACTICE_TIMES)],
      'sends',
    ],
    [
      'date and time in one cell on both clocks',
      [dated('Start (Patient)', PATIENT_TIMES), dated('Start (Provider)', PRACTICE_TIMES)],
      'sends',
    ],
    ["the office's clock named alone", [at('Appointment Time (Office)', PRACTICE_TIMES)], 'sends'],
    [
      "the patient's appointment time (no clock named): the start",
      [at('Patient Appt Time', PRACTICE_TIMES)],
      'sends',
    ],
    // only the patient's clock: no start on the practice's clock at all
    [
      "only the patient's clock, its zone beside",
      [at('Start Time (Patient)', PATIENT_TIMES), NEW_YORK],
      'notOff',
    ],
    ["only the patient's local time", [at('Patient Local Time', PATIENT_TIMES)], 'notOff'],
    // a header that names the patient and a time but no clock: asked or read right, never off
    [
      "'Patient Time' beside 'Appt Time'",
      [at('Appt Time', PRACTICE_TIMES), at('Patient Time', PATIENT_TIMES)],
      'notOff',
    ],
    [
      "'Start Time - Client' before 'Start Time'",
      [at('Start Time - Client', PATIENT_TIMES), at('Start Time', PRACTICE_TIMES)],
      'sends',
    ],
  ])('%s', async (_, cols, outcome) => {
    const r = await run([...BASE.slice(0, 1), ...cols, ...BASE.slice(1)]);
    if (outcome === 'sends') {
      expect(sent(r)).toEqual(ALL_THREE);
      return;
    }
    if (held(r) || r === 'refused') return;
    for (const a of r.appointments) expect(STARTS).toContain(a.start.toISOString().slice(0, 16));
  });
});
