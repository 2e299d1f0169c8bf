// Red team, round 59r5: the false holds 59c left (nothing was sent wrong; each asked a question a
// careful program would not need), each with variants of the same hazard. Outcomes were worked
// out by hand before the first run:
//   send    sent with no question, exactly these (a hold is a false hold);
//   either  held, or sent exactly these (no wrong send);
//   notSent the rows in doubt never go with their names read clean (held, or a row error).
// Calendar, by hand (three-row-probes.ts): Los Angeles on daylight time (UTC-7) from 14 March
// 2027; Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 =
// 20:30Z; a fourth visit, Hollis again on 24 March 8:15 = 15:15Z.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  lines,
  linesRunner,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-59r5');
const runLines = linesRunner(files);

type Mode = 'send' | 'either';
/** What went, `start status first last patient-id appointment-id` per appointment. */
const went = (r: Run): string[] =>
  r === 'refused'
    ? []
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.firstName} ${a.patient.lastName} ${a.patient.patientId} ${a.appointmentId}`,
      );
/** Whether `r` is no wrong send (and, for `send`, no false hold) for the hand-worked outcome. */
function fits(r: Run, mode: Mode, ok: readonly string[]): boolean {
  if (process.env.DBG)
    console.log(
      'DBG',
      mode,
      r === 'refused' ? r : { went: went(r), doubts: r.summary.doubts, errors: r.errors },
    );
  if (held(r)) return mode !== 'send';
  return JSON.stringify(went(r)) === JSON.stringify(ok);
}
const ALL = [
  '2027-03-22T16:00 NEW Grace Hollis 100415 88101',
  '2027-03-22T17:00 NEW Adaeze Obi 100871 88102',
  '2027-03-23T20:30 NEW Sven Lindqvist 100954 88103',
];

// ---------------------------------------------------------------------------------------------
// A. The chart number in the name cell, read by the column: every name carries one in one form,
// each person keeps theirs, no two people share one. Else each cell is read as before: a number
// set apart in one name is a note (convert/name-notes.test.ts: `Roe, Robert J #4471` refused).
// ---------------------------------------------------------------------------------------------
describe('A. the chart number in every name of the column', () => {
  /** Four visits: the three, and Hollis again on 24 March 8:15 (appointment 88104). */
  const four = (names: [string, string, string, string], id = true): string[] =>
    lines4([
      ['Appt Date', ['03/22/2027', '03/22/2027', '03/23/2027', '03/24/2027']],
      ['Appt Time', ['9:00 AM', '10:00 AM', '1:30 PM', '8:15 AM']],
      ['Patient', names],
      ['DOB', ['06/02/1970', '04/05/1999', '08/29/1963', '06/02/1970']],
      ...(id ? [['Patient ID', ['100415', '100871', '100954', '100415']] as [string, string[]]] : []),
      ['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel', 'Dr. Nina Patel']],
      ['Appt ID', ['88101', '88102', '88103', '88104']],
    ]);
  const FOUR = [...ALL, '2027-03-24T15:15 NEW Grace Hollis 100415 88104'];
  it.each<[string, [string, string, string, string], string[]]>([
    [
      'Hollis twice with her one number: the four sent, names clean',
      ['Hollis, Grace #100415', 'Obi, Adaeze #100871', 'Lindqvist, Sven #100954', 'Hollis, Grace #100415'],
      FOUR,
    ],
    [
      'a hyphenated family name, N - before it',
      [
        '100415 - Hollis-Reyes, Grace',
        '100871 - Obi, Adaeze',
        '100954 - Lindqvist, Sven',
        '100415 - Hollis-Reyes, Grace',
      ],
      FOUR.map((l) => l.replace(' Hollis ', ' Hollis-Reyes ')),
    ],
    [
      'First Last - N (a dash after the name)',
      ['Grace Hollis - 100415', 'Adaeze Obi - 100871', 'Sven Lindqvist - 100954', 'Grace Hollis - 100415'],
      FOUR,
    ],
  ])('%s', async (_what, names, ok) => {
    expect(fits(await runLines(four(names)), 'send', ok)).toBe(true);
  });
  it('no Patient ID column: sent with the names clean (ids of its own, never a name with digits)', async () => {
    const r = await runLines(
      four(
        ['Hollis, Grace #100415', 'Obi, Adaeze #100871', 'Lindqvist, Sven #100954', 'Hollis, Grace #100415'],
        false,
      ),
    );
    expect(held(r)).toBe(false);
    if (r === 'refused') return;
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toEqual([
      'Grace Hollis',
      'Adaeze Obi',
      'Sven Lindqvist',
      'Grace Hollis',
    ]);
  });
  /** The rows whose cell carries a number never went with the name read clean: held, or refused rows. */
  const notCleaned = (r: Run, cells: readonly string[]): boolean => {
    if (held(r) || r === 'refused') return true;
    const numbered = new Set(
      cells.flatMap((c, i) => (/\d/.test(c) ? [['88101', '88102', '88103', '88104'][i]!] : [])),
    );
    return r.appointments.every((a) => !numbered.has(a.appointmentId) && !/\d/.test(a.patient.lastName));
  };
  it.each<[string, [string, string, string, string]]>([
    [
      'Hollis with two numbers (one person, two numbers): not a chart number',
      ['Hollis, Grace #100415', 'Obi, Adaeze #100871', 'Lindqvist, Sven #100954', 'Hollis, Grace #100416'],
    ],
    [
      'Obi and Lindqvist sharing one number: not a chart number',
      ['Hollis, Grace #100415', 'Obi, Adaeze #100871', 'Lindqvist, Sven #100871', 'Hollis, Grace #100415'],
    ],
    [
      'two forms in one column (#N and N - ): not one report’s form',
      ['Hollis, Grace #100415', '100871 - Obi, Adaeze', 'Lindqvist, Sven #100954', 'Hollis, Grace #100415'],
    ],
    [
      'one name without its number: not every name carries one',
      ['Hollis, Grace #100415', 'Obi, Adaeze', 'Lindqvist, Sven #100954', 'Hollis, Grace #100415'],
    ],
  ])('%s: the numbered rows never go with the name read clean', async (_what, names) => {
    expect(notCleaned(await runLines(four(names)), names)).toBe(true);
  });
  it('a lone #4471 among plain names stays a note: that row refused, the others sent', async () => {
    const r = await runLines(
      four(['Hollis, Grace', 'Obi, Adaeze #4471', 'Lindqvist, Sven', 'Hollis, Grace']),
    );
    if (held(r) || r === 'refused') return;
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['88101', '88103', '88104']);
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[3, 'Obi, Adaeze #4471']]);
  });
});

/** The CSV lines of four-row columns (three-row-probes.ts `lines` takes three). */
function lines4(cols: Array<[string, string[]]>): string[] {
  const cell = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [
    cols.map(([h]) => cell(h)).join(','),
    ...[0, 1, 2, 3].map((i) => cols.map(([, v]) => cell(v[i] ?? '')).join(',')),
  ];
}

// ---------------------------------------------------------------------------------------------
// B. A visit's or an encounter's number to the LEFT of the appointment's own id: the order of
// the columns never decides which is the id.
// ---------------------------------------------------------------------------------------------
describe('B. a visit number before the appointment id', () => {
  const file = (before: [string, string[]], appt: [string, string[]] = APPT) =>
    lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, before, appt]);
  const VISIT: [string, string[]] = ['Visit No', ['55101', '55102', '55103']];
  it.each<[string, string[], Mode, string[]]>([
    ['Visit No, then Appt ID: sent under Appt ID', file(VISIT), 'send', ALL],
    [
      'Encounter #, then Appointment ID: sent under Appointment ID',
      file(['Encounter #', ['E7781201', 'E7781202', 'E7781203']], ['Appointment ID', APPT[1]]),
      'send',
      ALL,
    ],
    [
      'Visit ID, then Appointment Number: sent under Appointment Number',
      file(['Visit ID', ['55101', '55102', '55103']], ['Appointment Number', APPT[1]]),
      'send',
      ALL,
    ],
    [
      'Visit No first of all the columns: sent under Appt ID',
      lines([VISIT, DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT]),
      'send',
      ALL,
    ],
    [
      'Visit No, then Appt ID repeated on two people: held',
      file(VISIT, ['Appt ID', ['88101', '88101', '88103']]),
      'either',
      [],
    ],
    [
      'Visit No, then Appt ID empty on Obi: never Visit No’s values unasked',
      file(VISIT, ['Appt ID', ['88101', '', '88103']]),
      'either',
      [],
    ],
  ])('%s', async (_what, text, mode, ok) => {
    expect(fits(await runLines(text), mode, ok)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. BI exports with the totals at the TOP. Tableau's Analysis > Totals > "Row Totals to Top"
// puts the Grand Total line (and each subtotal) above the rows it adds up; a Power BI matrix's
// "Row subtotals position: Top" writes each group's line, with its sums, above the group; a
// column of words that differ between the rows shows `*` on a Tableau total (ATTR). A total line
// is never a visit; a real visit is never dropped as a total. Tab-separated, as Tableau's
// crosstab (fixture 406).
// ---------------------------------------------------------------------------------------------
describe('C. totals above the rows', () => {
  const H = [
    'Provider',
    'Appt Date',
    'Appt Time',
    'Patient',
    'DOB',
    'MRN',
    'Appt Id',
    'Visit Type',
    'Status',
    'Minutes',
    'Appointments',
  ];
  const row = (
    p: string,
    d: string,
    t: string,
    n: string,
    dob: string,
    mrn: string,
    id: string,
    type = 'Follow-Up',
  ) => [p, d, t, n, dob, mrn, id, type, 'Scheduled', '20', '1'];
  const W = 'Dr. Hannah Whitcomb';
  const P = 'Jordan Pike, PA-C';
  const HOLLIS = row(W, 'March 22, 2027', '9:00 AM', 'Hollis, Grace', '6/2/1970', '100415', '88101');
  const OBI = row(W, 'March 22, 2027', '10:00 AM', 'Obi, Adaeze', '4/5/1999', '100871', '88102');
  const LINDQVIST = row(P, 'March 23, 2027', '1:30 PM', 'Lindqvist, Sven', '8/29/1963', '100954', '88103');
  /** A line with `cells` at their places and the rest empty. */
  const at = (cells: Record<number, string>): string[] => H.map((_h, i) => cells[i] ?? '');
  const tsv = (rows: string[][]): string[] => [H, ...rows].map((r) => r.join('\t'));
  const GRAND = at({ 0: 'Grand Total', 9: '60', 10: '3' });
  it.each<[string, string[][], string[]]>([
    ['Grand Total first, the rows under it', [GRAND, HOLLIS, OBI, LINDQVIST], ALL],
    [
      'Grand Total first, each provider’s Total above their rows',
      [
        GRAND,
        at({ 0: W, 1: 'Total', 9: '40', 10: '2' }),
        HOLLIS,
        OBI,
        at({ 0: P, 1: 'Total', 9: '20', 10: '1' }),
        LINDQVIST,
      ],
      ALL,
    ],
    [
      'Tableau’s * (ATTR, more than one value) on the Grand Total first',
      [
        H.map((_h, i) => (i === 0 ? 'Grand Total' : i === 9 ? '60' : i === 10 ? '3' : '*')),
        HOLLIS,
        OBI,
        LINDQVIST,
      ],
      ALL,
    ],
    [
      'Tableau’s * on the Grand Total last (the same line below)',
      [
        HOLLIS,
        OBI,
        LINDQVIST,
        H.map((_h, i) => (i === 0 ? 'Grand Total' : i === 9 ? '60' : i === 10 ? '3' : '*')),
      ],
      ALL,
    ],
    [
      'Power BI matrix: Total first, each provider’s line with its sums above the group',
      [
        at({ 0: 'Total', 9: '60', 10: '3' }),
        at({ 0: W, 9: '40', 10: '2' }),
        HOLLIS,
        OBI,
        at({ 0: P, 9: '20', 10: '1' }),
        LINDQVIST,
      ],
      ALL,
    ],
    [
      'a distinct count of ids on the Grand Total first',
      [at({ 0: 'Grand Total', 5: '3', 6: '3', 9: '60', 10: '3' }), HOLLIS, OBI, LINDQVIST],
      ALL,
    ],
    [
      'the first visit a Total Knee Follow-up: a visit, never dropped',
      [
        GRAND,
        row(
          W,
          'March 22, 2027',
          '9:00 AM',
          'Hollis, Grace',
          '6/2/1970',
          '100415',
          '88101',
          'Total Knee Follow-up',
        ),
        OBI,
        LINDQVIST,
      ],
      ALL,
    ],
  ])('%s: the three sent', async (_what, rows, ok) => {
    const r = await runLines(tsv(rows));
    expect(fits(r, 'send', ok)).toBe(true);
    if (r !== 'refused') expect(r.errors).toEqual([]);
  });
});
