// Red team, round 61b: a column headed for the visit with the word `First` or `Last` in it (`First
// Visit`, `First Appt`, `Last Visit`, `Last Appointment`) beside the patient's name columns. A
// spreadsheet round-trip writes a new patient's flag as TRUE/FALSE (corpus 447, Jane re-saved by
// Excel for Mac), and such a header had been read as a rival first name: the file was held for a
// question no one needed. The fix (header-meaning.ts, `neverBesideNoName`) reads a visit header
// with no `name` as no name; these probes check it sends what the file says and no more, and
// that a header which does say `name` still names the patient. Outcomes worked out by hand before
// the first run (Los Angeles, daylight time from 14 March 2027):
//   sent       the three visits as written: Hollis 22 March 9:00 (16:00Z), Obi 22 March 10:00
//              (17:00Z), Lindqvist 23 March 13:30 (20:30Z), all booked, with their given names;
//   held       a question (a hold is never a wrong send, but these files leave nothing to ask).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  STARTS,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-61b');
const run = probeRunner(files);

const FIRST = ['Grace', 'Adaeze', 'Sven'];
const LAST = ['Hollis', 'Obi', 'Lindqvist'];
const named = (first: string, last: string): Cols => [
  [first, FIRST],
  [last, LAST],
];
const AS_WRITTEN = STARTS.map((s, i) => `${s} NEW ${FIRST[i]} ${LAST[i]}`);

/** What went, `start status first last`, or null when held. */
const went = (r: Run): string[] | null =>
  held(r) || r === 'refused'
    ? null
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.firstName} ${a.patient.lastName}`,
      );

describe('a visit header with First or Last beside the name columns: sent as written, not asked', () => {
  it.each<[string, Cols]>([
    [
      'First Visit TRUE/FALSE beside Patient First / Last Name (Excel for Mac, corpus 447)',
      [
        DATE,
        TIME,
        ...named('Patient First Name', 'Patient Last Name'),
        DOB,
        PID,
        ['First Visit', ['TRUE', 'FALSE', 'FALSE']],
      ],
    ],
    [
      'First Visit? Y/N beside First Name / Last Name',
      [
        DATE,
        TIME,
        ...named('First Name', 'Last Name'),
        DOB,
        PID,
        PROVIDER,
        APPT,
        ['First Visit?', ['N', 'Y', 'N']],
      ],
    ],
    [
      'First Appt WAHR/FALSCH (a German Excel) beside bare First / Last',
      [DATE, TIME, ...named('First', 'Last'), DOB, PID, APPT, ['First Appt', ['FALSCH', 'WAHR', 'FALSCH']]],
    ],
    [
      'Last Visit dates (one empty) beside First Name / Last Name',
      [
        DATE,
        TIME,
        ...named('First Name', 'Last Name'),
        DOB,
        PID,
        APPT,
        ['Last Visit', ['12/1/2026', '', '1/15/2027']],
      ],
    ],
    [
      'Last Appointment and First Appointment dates on both sides of the names',
      [
        ['First Appointment', ['6/2/2019', '3/22/2027', '11/30/2015']],
        DATE,
        TIME,
        ...named('Patient First Name', 'Patient Last Name'),
        DOB,
        PID,
        APPT,
        ['Last Appointment', ['2/14/2027', '', '3/1/2027']],
      ],
    ],
  ])('%s', async (_, cols) => {
    expect(went(await run(cols))).toEqual(AS_WRITTEN);
  });
});

describe('a header that does say name is still the name', () => {
  it('Appt First Name / Appt Last Name (the booked patient): sent with those names', async () => {
    const r = await run([DATE, TIME, ...named('Appt First Name', 'Appt Last Name'), DOB, PID, APPT]);
    expect(went(r)).toEqual(AS_WRITTEN);
  });
});
