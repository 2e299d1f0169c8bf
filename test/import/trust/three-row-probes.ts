// The three-row probe file of the red teams (53g, 54f, 54k, 55a, 55b, 55c, 55k): Hollis, Obi and Lindqvist, with the
// sign under test on Obi's row (line 3). Calendar, by hand: Los Angeles is on daylight time from
// 14 March 2027 (UTC-7); 22 March 2027 is a Monday. Hollis 22 March 9:00 = 16:00Z, Obi 22 March
// 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { collect } from '../convert/support.ts';
import type { ExportFiles } from './export-files.ts';

export type Result = Awaited<ReturnType<typeof collect>>;
/** A probe's outcome: what the importer gave, or `refused` when it refused the file. */
export type Run = Result | 'refused';
/** Columns as [header, three values]. */
export type Cols = Array<[string, string[]]>;

export const DATE: [string, string[]] = ['Appt Date', ['03/22/2027', '03/22/2027', '03/23/2027']];
export const TIME: [string, string[]] = ['Appt Time', ['9:00 AM', '10:00 AM', '1:30 PM']];
export const PATIENT: [string, string[]] = ['Patient', ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven']];
export const DOB: [string, string[]] = ['DOB', ['06/02/1970', '04/05/1999', '08/29/1963']];
export const PID: [string, string[]] = ['Patient ID', ['100415', '100871', '100954']];
export const PROVIDER: [string, string[]] = ['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']];
export const APPT: [string, string[]] = ['Appt ID', ['88101', '88102', '88103']];
/** The three starts above, as UTC minutes. */
export const STARTS = ['2027-03-22T16:00', '2027-03-22T17:00', '2027-03-23T20:30'];

/** A Status column with `obi` on Obi's row. */
export const status = (obi: string, others = 'Scheduled'): [string, string[]] => [
  'Status',
  [others, obi, others],
];
/** The column with Obi's cell emptied (a row that names no patient). */
export const noObi = (c: [string, string[]]): [string, string[]] => [c[0], [c[1][0]!, '', c[1][2]!]];
/** A column with `obi` on Obi's row and `others` on the two others. */
export const col = (header: string, obi: string, others = ''): [string, string[]] => [
  header,
  [others, obi, others],
];

const cell = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** The CSV lines of `cols`, under the `title` lines. */
export const lines = (cols: Cols, title: string[] = []): string[] => [
  ...title,
  cols.map(([h]) => cell(h)).join(','),
  ...[0, 1, 2].map((i) => cols.map(([, v]) => cell(v[i] ?? '')).join(',')),
];

/** Runs a probe in Los Angeles (the calendar above): its outcome, `refused` if the file is refused. */
/** Runs an export written as these lines (a report, a probe's rows) at a Los Angeles practice;
 *  'refused' when the importer refuses the file. */
export const linesRunner =
  (files: ExportFiles) =>
  async (rows: string[]): Promise<Run> => {
    try {
      return await collect(files.write(rows), { timeZone: 'America/Los_Angeles' });
    } catch {
      return 'refused';
    }
  };
export const probeRunner = (files: ExportFiles) => {
  const runLines = linesRunner(files);
  return (cols: Cols, title: string[] = []): Promise<Run> => runLines(lines(cols, title));
};
/** Held: a question, or refused. */
export const held = (r: Run): boolean => r === 'refused' || (r.summary.doubts ?? []).length > 0;
/** What went, `start status last-name` per appointment (row errors left out), or null if held. */
export const sent = (r: Run): string[] | null =>
  held(r) || r === 'refused'
    ? null
    : r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName}`);
/** Obi's row never went booked: held, refused, a row error, or sent cancelled. */
export const obiNotBooked = (r: Run): boolean =>
  held(r) ||
  (r !== 'refused' && !r.appointments.some((a) => a.patient.lastName === 'Obi' && a.status !== 'CANCEL'));

/** The three rows with Obi's provider written `cell` (the red teams' provider probes, 64c, 64r1). */
export const providerOnObi = (cell: string): Cols => [
  DATE,
  TIME,
  PATIENT,
  DOB,
  PID,
  ['Provider', ['Dr. Nina Patel', cell, 'Dr. Nina Patel']],
  APPT,
];
/** Obi's provider, `unassigned` when none is named, 'held' when asked; '' when Obi did not go. */
export const providerJudge = (r: Run): string => {
  if (held(r) || r === 'refused') return 'held';
  const a = r.appointments.find((x) => x.patient.lastName === 'Obi');
  if (!a) return '';
  return a.participant.identifier === 'unassigned' ? 'unassigned' : a.participant.providerName;
};

/** The three patients' family names, in row order (lines 2, 3, 4). */
export const THREE_NAMES = ['Hollis', 'Obi', 'Lindqvist'];
/** The patient columns of the three rows, with `cols` after them. */
export const withPatients = (cols: Cols): Cols => [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, ...cols];

/**
 * What is off in `r` for `want` ('' when nothing), one letter per row (the status red teams 62e,
 * 62r2, 63c, 63d, 63r1, 63r2):
 *   N sent booked (NEW), nothing held;            C sent cancelled, nothing held;
 *   H the file held, or that row a row error naming its field and value: only a person can say;
 *   n never CANCEL (NEW, a row error, or held);   c never NEW (cancelled, skipped, error, held).
 * A wrong send is a row sent with the other meaning; a false hold is N or C held.
 */
export function statusJudge(r: Run, want: string): string {
  const wants = [...want];
  if (held(r)) return wants.some((w) => w === 'N' || w === 'C') ? 'false hold' : '';
  if (r === 'refused') return 'refused';
  const why: string[] = [];
  wants.forEach((w, i) => {
    const name = THREE_NAMES[i]!;
    const got = r.appointments.filter((a) => a.patient.lastName === name).map((a) => a.status);
    const error = r.errors.some((e) => e.line === i + 2 && e.field !== undefined && e.value !== undefined);
    const status = got.length === 1 ? got[0] : got.length === 0 ? (error ? 'error' : 'skipped') : 'twice';
    const ok = {
      N: status === 'NEW',
      C: status === 'CANCEL',
      H: status === 'error',
      n: status === 'NEW' || status === 'error',
      c: status !== 'NEW' && status !== 'twice',
    }[w];
    if (!ok) why.push(`${name} ${status} (want ${w})`);
  });
  return why.join('; ');
}
