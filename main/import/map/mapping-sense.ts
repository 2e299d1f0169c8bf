// Whether a mapping a PERSON chose makes sense, before it is saved: automatic recognition only
// ever proposes columns whose header and values fit, but a hand-picked column can be anything.
// Each field needs a kind of value (a start, a birth date, an id, a person's name, a status…);
// a column is refused when its header names another kind of data (header-meaning.ts: "Date of
// Birth" as the start, "Provider" as the patient's name, "Pt Acct" as the appointment id) or when
// its sampled values cannot be that kind (value-shapes.ts: no dates for the date, dates for an
// id, numbers only for a name or a status). The rules are by meaning and shape, not by file, and
// stay quiet when they cannot tell: a refusal must be certain, a doubt is the review's to ask.
import { headerConcepts } from './header-meaning.ts';
import { holdsSomeIdentityNumber } from './identity-number-column.ts';
import { FIELD_LABELS, FIELD_NAMES, type FieldName, type MappingProfile } from './profile.ts';
import { statusClassifier } from './status-vocabulary.ts';
import { measureColumn, type ColumnShape } from './value-shapes.ts';

export interface MappingSample {
  headers: readonly string[];
  /** The first rows of the file: `rows[i][j]` is row i's value in column j. */
  rows: ReadonlyArray<readonly string[]>;
}

export interface SenseProblem {
  field: FieldName;
  column: string;
  /** A value from the column that shows the problem ('' when the sampled rows are empty). */
  example: string;
  /** What the column holds instead, in words ("dates of birth"). */
  holds: string;
  /** What to do. */
  hint: string;
}

export interface SenseOptions {
  now?: Date;
  /** The profile's own status words: numeric codes a person has explained are a status. */
  status?: MappingProfile['status'];
}

const START: FieldName[] = ['date', 'dateTime', 'time'];
const IDS: FieldName[] = ['appointmentId', 'patientId', 'providerId'];
const PATIENT_NAME: FieldName[] = ['patientName', 'firstName', 'lastName', 'middleName'];

/** Timing concepts that are some other moment than the appointment's start, in words. */
const OTHER_MOMENTS: Array<[string, string]> = [
  ['dob', 'dates of birth'],
  ['end', 'end times'],
  ['cancel', 'cancellation dates'],
  ['created', 'the dates the appointments were entered'],
  ['entered', 'the dates the appointments were entered'],
  ['booked', 'the dates the appointments were booked'],
  ['updated', 'the dates the records were last changed'],
  ['modified', 'the dates the records were last changed'],
  ['confirmed', 'confirmation dates'],
  ['sent', 'the dates reminders were sent'],
];

/** The kind of each field's values, for the hint ("Choose the column with …"). */
const WANTED: Partial<Record<FieldName, string>> = {
  date: 'the appointment date',
  dateTime: 'the appointment start date and time',
  time: 'the appointment start time',
  dob: "the patient's date of birth",
  appointmentId: "the appointment's own number",
  patientId: "the patient's chart or account number",
  providerId: "the provider's id",
  patientName: "the patient's name",
  firstName: "the patient's first name",
  lastName: "the patient's last name",
  middleName: "the patient's middle name",
  providerName: "the provider's name",
  providerFirstName: "the provider's first name",
  status: 'the appointment status (booked, cancelled…)',
  email: "the patient's e-mail address",
  cancelledAt: 'the cancellation date',
};

interface Column {
  header: string;
  concepts: Set<string>;
  values: string[];
  shape: ColumnShape;
}

const has = (c: Column, ...concepts: string[]): boolean => concepts.some((x) => c.concepts.has(x));
const mostly = (fraction: number): boolean => fraction >= 0.8;

/** Dates written with separators ('04/12/1968', '2026-03-02 09:00'): an 8-digit id such as
 *  20260301 also parses as a date, so digits alone never make a column "dates". */
function holdsDates(s: ColumnShape): boolean {
  return mostly(Math.max(s.date, s.dateTime)) && s.integer < 0.5;
}
function holdsTimes(s: ColumnShape): boolean {
  return mostly(s.time) && s.integer < 0.5;
}

/** The first value (from the first rows) that shows the problem, or the first one at all. */
function exampleOf(c: Column, shows: (v: string) => boolean = () => true): string {
  const vals = c.values.map((v) => v.trim()).filter(Boolean);
  return vals.find(shows) ?? vals[0] ?? '';
}

const asDate = (v: string): boolean => holdsDates(measureColumn([v]));
const asNumber = (v: string): boolean => /^\d+$/.test(v.trim());

/** What is wrong with reading `field` from this column, or undefined when nothing is certain. */
function judge(
  field: FieldName,
  c: Column,
  opts: SenseOptions,
): { holds: string; example?: (v: string) => boolean } | undefined {
  const s = c.shape;
  const some = s.nonEmpty > 0;
  const nowYear = (opts.now ?? new Date()).getUTCFullYear();
  if (START.includes(field) || field === 'cancelledAt') {
    const other = OTHER_MOMENTS.find(
      ([concept]) => c.concepts.has(concept) && !(field === 'cancelledAt' && concept === 'cancel'),
    );
    if (other && !(field === 'time' && other[0] === 'end' && has(c, 'start'))) return { holds: other[1] };
    if (field === 'time') {
      if (some && Math.max(s.time, s.compactTime, s.secondsTime, s.dateTime) < 0.5 && !holdsDates(s))
        return { holds: 'no times' };
      return undefined;
    }
    if (some && Math.max(s.date, s.dateTime) < 0.5) return { holds: 'no dates' };
    // Appointments are this year's, last year's at most; a column of 1960s dates is birth dates.
    if (field !== 'cancelledAt' && s.medianYear !== undefined && s.medianYear < nowYear - 10)
      return {
        holds: `dates from around ${s.medianYear}, not appointments (dates of birth?)`,
        example: asDate,
      };
    return undefined;
  }
  if (field === 'dob') {
    // A Nordic list's personal identity number stands for its birth date (identity-number-births.ts).
    if (holdsSomeIdentityNumber(c.header, c.values)) return undefined;
    if (!has(c, 'dob') && has(c, 'appt', 'start', 'scheduled', 'end', 'cancel', 'created', 'booked'))
      return { holds: 'appointment dates' };
    if (some && Math.max(s.date, s.dateTime) < 0.5) return { holds: 'no dates' };
    if (s.medianBirthYear !== undefined && s.medianBirthYear > nowYear)
      return { holds: `dates after this year (around ${s.medianBirthYear}), which cannot be birth dates` };
    return undefined;
  }
  if (IDS.includes(field)) {
    if (has(c, 'dob')) return { holds: 'dates of birth' };
    if (some && holdsDates(s)) return { holds: 'dates, not ids', example: asDate };
    if (some && holdsTimes(s)) return { holds: 'times, not ids' };
    if (some && mostly(Math.max(s.personName, s.lastFirst)) && s.id < 0.5) return { holds: 'names, not ids' };
    const patient = has(c, 'patient', 'account', 'person') && !has(c, 'provider');
    const provider = has(c, 'provider', 'referring') && !has(c, 'patient');
    if (field === 'appointmentId' && !has(c, 'appt') && (patient || provider))
      return {
        holds: `${patient ? 'patient' : 'provider'} ids: every appointment of one ${patient ? 'patient' : 'provider'} would get the same appointment id`,
      };
    if (field === 'patientId' && provider) return { holds: 'provider ids' };
    if (field === 'providerId' && patient) return { holds: 'patient ids' };
    return undefined;
  }
  const providerNameField = field === 'providerName' || field === 'providerFirstName';
  if (PATIENT_NAME.includes(field) || providerNameField) {
    if (!providerNameField && has(c, 'provider', 'referring') && !has(c, 'patient'))
      return { holds: "the provider's name, not the patient's" };
    if (providerNameField && has(c, 'patient') && !has(c, 'provider'))
      return { holds: "the patient's name, not the provider's" };
    if (some && holdsDates(s)) return { holds: 'dates, not names', example: asDate };
    if (some && holdsTimes(s)) return { holds: 'times, not names' };
    if (!providerNameField && some && mostly(s.integer))
      return { holds: 'numbers only, not names', example: asNumber };
    return undefined;
  }
  if (field === 'status') {
    if (has(c, 'marital')) return { holds: 'marital status' };
    if (has(c, 'insurance')) return { holds: 'insurance status' };
    if (some && holdsDates(s)) return { holds: 'dates, not a status', example: asDate };
    if (some && mostly(s.integer)) {
      // Numeric codes the profile explains (a person answered what "3" means) are a status.
      const known = statusClassifier(opts.status);
      const unexplained = (v: string) => asNumber(v) && known(v.trim()) === 'unknown';
      if (c.values.some(unexplained))
        return { holds: 'numbers only, which do not say booked or cancelled', example: unexplained };
    }
    return undefined;
  }
  if (field === 'email') {
    if (some && s.email < 0.5) return { holds: 'no e-mail addresses', example: (v) => !v.includes('@') };
    return undefined;
  }
  return undefined;
}

/** Every field of the mapping read from a column that cannot hold it (empty: the mapping makes
 *  sense). Columns not in `sample.headers` (a joined table's) are not judged here. */
export function mappingSenseProblems(
  columns: MappingProfile['columns'],
  sample: MappingSample,
  opts: SenseOptions = {},
): SenseProblem[] {
  const problems: SenseProblem[] = [];
  // In the fields' own order, so the words read the same whatever order the columns came in.
  for (const field of FIELD_NAMES) {
    const spec = columns[field];
    for (const name of spec === undefined ? [] : Array.isArray(spec) ? spec : [spec]) {
      const j = sample.headers.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
      if (j < 0) continue;
      const values = sample.rows.map((r) => r[j] ?? '');
      const column: Column = {
        header: sample.headers[j]!,
        concepts: headerConcepts(sample.headers[j]!),
        values,
        shape: measureColumn(values, opts.now),
      };
      const verdict = judge(field, column, opts);
      if (!verdict) continue;
      problems.push({
        field,
        column: column.header,
        example: exampleOf(column, verdict.example),
        holds: verdict.holds,
        hint: `Choose the column with ${WANTED[field] ?? `the ${FIELD_LABELS[field]}`}, or leave it out`,
      });
    }
  }
  return problems;
}

/** One refusal in words: the field, the column, an example value and what to do. */
export function describeSenseProblem(p: SenseProblem): string {
  const example = p.example ? ` (e.g. '${p.example}')` : ' (empty in the first rows)';
  return `The ${FIELD_LABELS[p.field]} cannot be read from column '${p.column}'${example}: it holds ${p.holds}. ${p.hint}.`;
}
