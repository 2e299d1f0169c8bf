// The three-row file of the person red team (63e): Hollis, Obi and Lindqvist at the Los Angeles
// practice, each with their own id, name, birth date and e-mail, and a provider, and beside them
// (or instead of one of their columns) someone else's: a parent, a guarantor, a clerk, a room.
// The judge compares every detail that decides whose visit it is and with whom against the
// patients' own, worked out by hand: another person's id, name, birth date or e-mail on a
// patient, or a room or another role's person as the provider, is a wrong send; a hold never is.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7): Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { collect } from '../convert/support.ts';
import type { ExportFiles } from './export-files.ts';
import { held, lines, type Cols, type Run } from './three-row-probes.ts';

/** The patients' own columns, in the order written. */
export const OWN: Cols = [
  ['Appt ID', ['88101', '88102', '88103']],
  ['Appt Date', ['03/22/2027', '03/22/2027', '03/23/2027']],
  ['Appt Time', ['9:00 AM', '10:00 AM', '1:30 PM']],
  ['Patient ID', ['100415', '100871', '100954']],
  ['Patient', ['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven']],
  ['DOB', ['06/02/1970', '04/05/1999', '08/29/1963']],
  ['Email', ['grace.hollis@example.com', 'adaeze.obi@example.com', 'sven.l@example.com']],
  ['Provider', ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel']],
  ['Status', ['Scheduled', 'Scheduled', 'Scheduled']],
];

/** Someone else's details on each row, as a column's three values. */
export const OTHER = {
  /** a parent or guarantor: the family name shared, the given name and birth year not */
  name: ['Hollis, Mark', 'Obi, Chidi', 'Lindqvist, Eva'],
  nameFirstLast: ['Mark Hollis', 'Chidi Obi', 'Eva Lindqvist'],
  first: ['Mark', 'Chidi', 'Eva'],
  last: ['Hollis', 'Obi', 'Lindqvist'],
  dob: ['01/15/1945', '11/30/1970', '07/04/1940'],
  email: ['mark.hollis@example.net', 'chidi.obi@example.net', 'eva.l@example.net'],
  /** an account, a family's or a policy's number: one per row */
  id: ['5001', '5002', '5003'],
  /** a clerk or another role's clinician */
  person: ['Dr. Omar Ruiz', 'Dr. Omar Ruiz', 'Dr. Kim Wu'],
  login: ['jsmith', 'jsmith', 'mlopez'],
  room: ['Room 1', 'Room 2', 'Room 1'],
};

/** What the patients must go with: the columns' values as written, parsed by hand. */
const OWN_SENT = [
  { pid: '100415', first: 'Grace', last: 'Hollis', dob: '1970-06-02', email: 'grace.hollis@example.com' },
  { pid: '100871', first: 'Adaeze', last: 'Obi', dob: '1999-04-05', email: 'adaeze.obi@example.com' },
  { pid: '100954', first: 'Sven', last: 'Lindqvist', dob: '1963-08-29', email: 'sven.l@example.com' },
];
const APPT_IDS = ['88101', '88102', '88103'];
const PROVIDERS = ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel'];

/** A probe: the patients' columns, less `drop`, with `add` after them (or in place of a dropped
 *  column of the same position when `at` names it). */
export interface Probe {
  drop?: string[];
  add?: Cols;
  /** Put the added columns where this column of OWN stood (else at the end). */
  at?: string;
  /** The provider each row must go with, when not the `Provider` column's: `null` for none (the
   *  file names no provider of the visit: Unassigned), or the names by hand. */
  provider?: Array<string | null> | null;
}

/** The columns of a probe. */
export function probeCols(p: Probe): Cols {
  const drop = new Set(p.drop ?? []);
  const out: Cols = [];
  for (const c of OWN) {
    if (c[0] === p.at) out.push(...(p.add ?? []));
    if (!drop.has(c[0])) out.push(c);
  }
  if (p.at === undefined) out.push(...(p.add ?? []));
  return out;
}

/** Runs a probe at the Los Angeles practice: what the importer gave, or 'refused'. */
export const personRunner =
  (files: ExportFiles) =>
  async (p: Probe): Promise<Run> => {
    try {
      return await collect(files.write(lines(probeCols(p))), { timeZone: 'America/Los_Angeles' });
    } catch {
      return 'refused';
    }
  };

export type Outcome = 'held' | 'right' | 'less' | 'wrong';

/**
 * The outcome of a probe, with why: `wrong` when any row went with a detail that is not its
 * patient's own (or its provider's), `less` when every row went but some detail the file does
 * give was left out (a made-up patient id, no e-mail, an unassigned provider: no one else's),
 * `right` when every row went exactly, `held` when the file was asked about or refused.
 */
export function judge(r: Run, p: Probe): { outcome: Outcome; why: string[] } {
  if (held(r) || r === 'refused') return { outcome: 'held', why: [] };
  const dropped = new Set(p.drop ?? []);
  const wrong: string[] = [];
  const less: string[] = [];
  for (const a of r.appointments) {
    const i = APPT_IDS.indexOf(a.appointmentId);
    const own = OWN_SENT[i];
    if (!own) {
      wrong.push(`an appointment of no row: ${a.appointmentId}`);
      continue;
    }
    const who = own.last;
    const pt = a.patient;
    if (dropped.has('Patient ID')) {
      if (!pt.patientId.startsWith('P-')) wrong.push(`${who}: patient id ${pt.patientId}`);
      else less.push(`${who}: made-up id`);
    } else if (pt.patientId !== own.pid) {
      if (pt.patientId.startsWith('P-')) less.push(`${who}: made-up id`);
      else wrong.push(`${who}: patient id ${pt.patientId}`);
    }
    if (pt.firstName !== own.first || pt.lastName !== own.last)
      wrong.push(`${who}: name ${pt.firstName} ${pt.lastName}`);
    if (dropped.has('DOB') || pt.dob !== own.dob) wrong.push(`${who}: birth date ${pt.dob}`);
    if (pt.email !== own.email) {
      if (pt.email === 'no-email@invalid') {
        if (!dropped.has('Email')) less.push(`${who}: no e-mail`);
      } else wrong.push(`${who}: e-mail ${pt.email}`);
    }
    const wantProvider =
      p.provider === null ? null : p.provider ? p.provider[i] : dropped.has('Provider') ? null : PROVIDERS[i];
    const gotProvider = a.participant.identifier === 'unassigned' ? null : a.participant.providerName;
    if (gotProvider !== wantProvider) {
      if (gotProvider === null) less.push(`${who}: provider unassigned (want ${wantProvider})`);
      else wrong.push(`${who}: provider ${gotProvider} (want ${wantProvider ?? 'none'})`);
    }
  }
  if (wrong.length > 0) return { outcome: 'wrong', why: wrong };
  if (r.appointments.length < 3) less.push(`${3 - r.appointments.length} rows not sent`);
  return less.length > 0 ? { outcome: 'less', why: less } : { outcome: 'right', why: [] };
}
