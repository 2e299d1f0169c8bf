// Whose name the split First Name / Last Name columns hold, when a column beside them names the
// patient. Online booking pages (Acuity, Calendly) put whoever booked in First Name / Last Name
// and add each intake answer as a column (`Patient Name`, `Child's Name`, `Patient Date of
// Birth`): a mother booking for two children would go out as two patients of her name with the
// children's birth dates. The values decide: where both name the same person on every row there
// is nothing to ask; where they differ on any row, a person is asked, even about `Patient Name`:
// a patient types their own name as they please (`Bob Smith` for `Robert`, `Maria Garcia` for
// `Garcia-Lopez`, `Self`), and taking the column then would split one patient into several.
import { headerScore } from './header-meaning.ts';
import { knownShortForm } from './given-name-forms.ts';
import type { FieldName } from './profile.ts';
import { foldAccents } from './status-vocabulary.ts';
import type { ColumnShape } from './value-shapes.ts';

/** Header words naming a person the patient may be, beside the patient's own words (Patient,
 *  Client, Pt: the concept 'patient'): a paediatric or school form asks for the child's name. */
const DEPENDENT_WORDS = new Set([
  'child',
  'childs',
  'children',
  'kid',
  'kids',
  'son',
  'daughter',
  'baby',
  'infant',
  'minor',
  'student',
  'students',
  'pupil',
  'dependent',
  'dependant',
  'enfant',
  'nino',
  'nina',
  'hijo',
  'hija',
  'alumno',
  'alumna',
  'eleve',
]);

/** Whom a header names: the patient, a dependent (`child`, `student`), or no one in particular. */
export function headerSubject(concepts: ReadonlySet<string>): string | undefined {
  if (concepts.has('patient')) return 'patient';
  for (const c of concepts) if (DEPENDENT_WORDS.has(c)) return c;
  return undefined;
}

/** Header words read as the patient (header-words.ts) that name whoever books in a booking tool:
 *  Square Appointments' customer, a spa's guest, a therapy practice's client, who may be a parent
 *  booking for a child listed beside them. */
const BOOKER_WORDS = new Set([
  'customer',
  'customers',
  'client',
  'clients',
  'guest',
  'guests',
  'cliente',
  'clientes',
  'kunde',
  'kunden',
]);

/** The header gives its column to the patient by a word that is no booker's (`Patient`, `Pt`). */
export function saysPatient(header: string, concepts: ReadonlySet<string>): boolean {
  return (
    headerSubject(concepts) === 'patient' && !nameWords(header).some((w) => BOOKER_WORDS.has(w.toLowerCase()))
  );
}

export function nameWords(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** A given name as the one-column name writes it: the same word, its initial (`E. Smith`), or
 *  one the short form of the other (`Rob` for `Robert`, `Bob` for `Robert`). */
export function sameGiven(given: string, words: readonly string[]): boolean {
  return words.some(
    (w) =>
      w === given ||
      (w.length === 1 && given.startsWith(w)) ||
      (Math.min(w.length, given.length) >= 3 && (w.startsWith(given) || given.startsWith(w))) ||
      knownShortForm(w, given),
  );
}

/** The split name and the one-column name are one person: every word of the last name, and the
 *  first word of the given name, are in the one-column name. */
export function samePerson(first: string, last: string, whole: string): boolean {
  const words = nameWords(whole);
  const given = nameWords(first)[0];
  return nameWords(last).every((w) => words.includes(w)) && (given === undefined || sameGiven(given, words));
}

/** Another way the file names a person: one column (`Patient Name`), or a pair (`Child's First
 *  Name`, `Child's Last Name`). */
export type OtherName = { whole: number } | { first: number; last: number };

/** What recognition decided, when a person is to be asked. */
export interface WhoseNameQuestion {
  /** The name columns first read as the patient's: split (`first`, `last`), or one (`first`). */
  first: string;
  last?: string;
  /** The columns naming someone: a name (one column or two), or a birth date. */
  other: string[];
  field: 'patientName' | 'dob';
  /** Values of one row where the two differ: the split name, then the other columns' value. */
  samples: string[];
}

export interface WhoseNameInput {
  headers: readonly string[];
  concepts: ReadonlyArray<ReadonlySet<string>>;
  rows: ReadonlyArray<readonly string[]>;
  first: number;
  last: number;
  /** The file's other names of people, best first. */
  others: readonly OtherName[];
  dob?: number | undefined;
}

export interface WhoseNameDecision {
  /** The name to take in place of the split columns. */
  take?: OtherName;
  question?: WhoseNameQuestion;
}

/** A header naming a dependent (`Child`, `Student`, `Son/Daughter`) and no one else's. */
const dependentOnly = (concepts: ReadonlySet<string>): boolean => {
  const subject = headerSubject(concepts);
  return subject !== undefined && subject !== 'patient';
};

/** A header (or an intake answer's question) asking for the name of the patient, a child, a
 *  student: `Patient Name`, `Child's Name`. */
const namesSubject = (concepts: ReadonlySet<string>): boolean =>
  concepts.has('name') && headerSubject(concepts) !== undefined;

/** The file's other names of people, best first: one column headed as the name of the patient or
 *  a dependent, whatever its values look like (`Child's Name` = `Emma`, `Patient Name` = `Self`:
 *  still not the booker's), or whose values are names; or a first and last name headed as one
 *  person's (`Child's First Name`, `Child's Last Name`). */
export function otherNames(
  candidates: ReadonlyArray<{ field: FieldName; col: number }>,
  usedCols: ReadonlySet<number>,
  shapes: readonly ColumnShape[],
  concepts: ReadonlyArray<ReadonlySet<string>>,
  answers: ReadonlyMap<number, Set<string>>,
): OtherName[] {
  const names = (j: number, c: ReadonlySet<string>): boolean =>
    namesSubject(c) || Math.max(shapes[j]!.personName, shapes[j]!.lastFirst) >= 0.8;
  const whole = (j: number): boolean => out.some((o) => 'whole' in o && o.whole === j);
  const lasts = candidates.filter((c) => c.field === 'lastName' && !usedCols.has(c.col)).map((c) => c.col);
  const out: OtherName[] = [];
  for (const c of candidates) {
    if (usedCols.has(c.col)) continue;
    if (c.field === 'patientName' && names(c.col, concepts[c.col]!)) out.push({ whole: c.col });
    else if (c.field === 'firstName') {
      const subject = headerSubject(concepts[c.col]!);
      const last = lasts.find((l) => l !== c.col && headerSubject(concepts[l]!) === subject);
      if (subject !== undefined && last !== undefined) out.push({ first: c.col, last });
    }
  }
  // A first name alone (`Child's Name` = `Emma`) fits a full name too poorly to be a candidate:
  // its header is enough here. A column headed by a dependent alone (`Child`, `Student`) is no
  // candidate by its header either; its values, people's names, say it names someone.
  concepts.forEach((c, j) => {
    if (usedCols.has(j) || whole(j)) return;
    if (namesSubject(c) && headerScore('patientName', new Set(c)) > 0) out.push({ whole: j });
    else if (dependentOnly(c) && names(j, c)) out.push({ whole: j });
  });
  for (const [j, asked] of answers)
    if (!usedCols.has(j) && headerScore('patientName', asked) > 0 && names(j, asked)) out.push({ whole: j });
  return out;
}

export const columnsOf = (o: OtherName): number[] => ('whole' in o ? [o.whole] : [o.first, o.last]);

/** What another name's columns say on a row, as one text (`Emma` `Smith` → `Emma Smith`). */
export const nameOnRow = (r: readonly string[], cols: readonly number[]): string =>
  cols
    .map((j) => (r[j] ?? '').trim())
    .join(' ')
    .trim();

/**
 * Decide between split name columns that do not name the patient (`First Name`, `Last Name`) and
 * another name that does. Split columns headed as the patient's (`Patient First Name`) are kept
 * against every name but a dependent's (below).
 */
export function decideWhoseName(input: WhoseNameInput): WhoseNameDecision {
  const { headers, concepts, rows, first, last } = input;
  const subjectOf = (j: number): string | undefined => headerSubject(concepts[j]!);
  // Split columns headed as the patient's (`Patient First Name`) are the patient's against any
  // other name but a dependent's: a `Child` naming someone else beside them is still asked (a
  // paediatric export may print the guardian as the account's `Patient`).
  const theirOwn =
    saysPatient(headers[first]!, concepts[first]!) || saysPatient(headers[last]!, concepts[last]!);
  const cell = (r: readonly string[], j: number): string => (r[j] ?? '').trim();
  const split = (r: readonly string[]): string => `${cell(r, first)} ${cell(r, last)}`.trim();
  const subjects = new Set<string>();
  for (const o of input.others) {
    const cols = columnsOf(o);
    const subject = subjectOf(cols[0]!);
    if (subject === undefined || cols.some((j) => subjectOf(j) !== subject)) continue;
    if (theirOwn && subject === 'patient') continue;
    const theirs = (r: readonly string[]): string => nameOnRow(r, cols);
    // Weighed on the rows where it is filled: a row without it names no one else.
    const differ = rows.find((r) => {
      const named = split(r) && theirs(r);
      return named && !samePerson(cell(r, first), cell(r, last), named);
    });
    if (!differ) {
      subjects.add(subject); // the same person, under the split columns
      continue;
    }
    // Never taken without asking, even `Patient Name` filled on every row: written by whoever
    // booked, it may be the patient's own name typed another way (`Maria Garcia` for
    // `Garcia-Lopez`), or no name (`Self`); a child's may be a first name alone.
    const question: WhoseNameQuestion = {
      first: headers[first]!,
      last: headers[last]!,
      other: cols.map((j) => headers[j]!),
      field: 'patientName',
      samples: [split(differ), theirs(differ)],
    };
    return { take: o, question };
  }
  // A birth date headed as a child's or a student's beside names that are not said to be theirs.
  const dob = theirOwn ? undefined : input.dob;
  const dobSubject = dob === undefined ? undefined : subjectOf(dob);
  if (dob === undefined || dobSubject === undefined || dobSubject === 'patient' || subjects.has(dobSubject))
    return {};
  const row = rows.find((r) => split(r) && cell(r, dob));
  return {
    question: {
      first: headers[first]!,
      last: headers[last]!,
      other: [headers[dob]!],
      field: 'dob',
      samples: row ? [split(row), cell(row, dob)] : [],
    },
  };
}
