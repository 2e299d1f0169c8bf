// Whose name the split First Name / Last Name columns hold, when a column beside them names the
// patient. Online booking pages (Acuity, Calendly) put whoever booked in First Name / Last Name
// and add each intake answer as a column (`Patient Name`, `Child's Name`, `Patient Date of
// Birth`): a mother booking for two children would go out as two patients of her name with the
// children's birth dates. The values decide: where both name the same person on every row there
// is nothing to ask; where they differ, a column headed as the patient's is the patient's, and
// any other (a child, a student) is asked about.
import { headerScore } from './header-meaning.ts';
import type { FieldName } from './profile.ts';
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

function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** A given name as the one-column name writes it: the same word, its initial (`E. Smith`), or
 *  one the short form of the other (`Rob` for `Robert`). */
function sameGiven(given: string, words: readonly string[]): boolean {
  return words.some(
    (w) =>
      w === given ||
      (w.length === 1 && given.startsWith(w)) ||
      (Math.min(w.length, given.length) >= 3 && (w.startsWith(given) || given.startsWith(w))),
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
  /** The split name columns first read as the patient's. */
  first: string;
  last: string;
  /** The columns naming someone: a name (one column or two), or a birth date. */
  other: string[];
  field: 'patientName' | 'dob';
  /** Whether `other` (a name) was taken in place of the split columns. */
  taken: boolean;
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
  /** Columns read by the question they answer, never taken without asking: the question's
   *  wording is the person's, and may change from one booking page to the next. */
  answers?: ReadonlySet<number>;
}

export interface WhoseNameDecision {
  /** The name to take in place of the split columns. */
  take?: OtherName;
  question?: WhoseNameQuestion;
}

/** The file's other names of people, best first: one column whose values are names (`Patient
 *  Name`, or an intake answer whose question asks for one), or a first and last name headed as
 *  one person's (`Child's First Name`, `Child's Last Name`). */
export function otherNames(
  candidates: ReadonlyArray<{ field: FieldName; col: number }>,
  usedCols: ReadonlySet<number>,
  shapes: readonly ColumnShape[],
  concepts: ReadonlyArray<ReadonlySet<string>>,
  answers: ReadonlyMap<number, Set<string>>,
): OtherName[] {
  const names = (j: number): boolean => Math.max(shapes[j]!.personName, shapes[j]!.lastFirst) >= 0.8;
  const lasts = candidates.filter((c) => c.field === 'lastName' && !usedCols.has(c.col)).map((c) => c.col);
  const out: OtherName[] = [];
  for (const c of candidates) {
    if (usedCols.has(c.col)) continue;
    if (c.field === 'patientName' && names(c.col)) out.push({ whole: c.col });
    else if (c.field === 'firstName') {
      const subject = headerSubject(concepts[c.col]!);
      const last = lasts.find((l) => l !== c.col && headerSubject(concepts[l]!) === subject);
      if (subject !== undefined && last !== undefined) out.push({ first: c.col, last });
    }
  }
  for (const [j, asked] of answers)
    if (!usedCols.has(j) && headerScore('patientName', asked) > 0 && names(j)) out.push({ whole: j });
  return out;
}

const columnsOf = (o: OtherName): number[] => ('whole' in o ? [o.whole] : [o.first, o.last]);

/**
 * Decide between split name columns that do not name the patient (`First Name`, `Last Name`) and
 * another name that does. Split columns headed as the patient's (`Patient First Name`) are the
 * patient's and are kept as they are.
 */
export function decideWhoseName(input: WhoseNameInput): WhoseNameDecision {
  const { headers, concepts, rows, first, last } = input;
  const subjectOf = (j: number): string | undefined => headerSubject(concepts[j]!);
  if (subjectOf(first) === 'patient' || subjectOf(last) === 'patient') return {};
  const cell = (r: readonly string[], j: number): string => (r[j] ?? '').trim();
  const split = (r: readonly string[]): string => `${cell(r, first)} ${cell(r, last)}`.trim();
  const subjects = new Set<string>();
  for (const o of input.others) {
    const cols = columnsOf(o);
    const subject = subjectOf(cols[0]!);
    if (subject === undefined || cols.some((j) => subjectOf(j) !== subject)) continue;
    const theirs = (r: readonly string[]): string =>
      cols
        .map((j) => cell(r, j))
        .join(' ')
        .trim();
    let differ: readonly string[] | undefined;
    let gaps = false;
    for (const r of rows) {
      if (!split(r)) continue;
      const named = theirs(r);
      if (!named) gaps = true;
      else if (!differ && !samePerson(cell(r, first), cell(r, last), named)) differ = r;
    }
    if (!differ) {
      subjects.add(subject); // the same person, under the split columns
      continue;
    }
    const other = cols.map((j) => headers[j]!);
    const samples = [split(differ), theirs(differ)];
    // `Patient Name` filled on every row is the patient's, surely; a child's or a student's may
    // be (a paediatric form) or not, and rows without it would be refused: a person says.
    if (subject === 'patient' && !gaps && !cols.some((j) => input.answers?.has(j))) return { take: o };
    const question: WhoseNameQuestion = {
      first: headers[first]!,
      last: headers[last]!,
      other,
      field: 'patientName',
      taken: true,
      samples,
    };
    return { take: o, question };
  }
  // A birth date headed as a child's or a student's beside names that are not said to be theirs.
  const dob = input.dob;
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
      taken: false,
      samples: row ? [split(row), cell(row, dob)] : [],
    },
  };
}
