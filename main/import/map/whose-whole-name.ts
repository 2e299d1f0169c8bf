// Whose name a one-column name says, when its header says no one's (`Name`, `Full Name`,
// `Customer`) and a column beside it is headed as a dependent's (`Child`, `Student`, `Dependent`).
// A paediatric, school or family export lists the parent who booked or pays under `Name` and the
// child seen under `Child`: taken as it was, the parent's name went to the portal with the child's
// birth date. Where the two name one person on every row there is nothing to ask; where they differ
// on any row, a person is asked, as for split name columns (whose-name.ts).
import {
  columnsOf,
  headerSubject,
  nameOnRow,
  nameWords,
  type OtherName,
  sameGiven,
  type WhoseNameDecision,
} from './whose-name.ts';

export interface WholeNameInput {
  headers: readonly string[];
  concepts: ReadonlyArray<ReadonlySet<string>>;
  rows: ReadonlyArray<readonly string[]>;
  /** The one column read as the patient's name. */
  name: number;
  /** The file's other names of people, best first (whose-name.ts otherNames). */
  others: readonly OtherName[];
}

/** Two one-column names are one person: every word of the shorter is in the longer, as written,
 *  as an initial, or as a short form (`Diego` in `Munoz, Diego`; `Rob Smith` for `Smith, Robert`). */
function samePersonWhole(a: string, b: string): boolean {
  const [short, long] = [nameWords(a), nameWords(b)].sort((x, y) => x.length - y.length) as [
    string[],
    string[],
  ];
  return short.every((w) => sameGiven(w, long));
}

export function decideWholeName(input: WholeNameInput): WhoseNameDecision {
  const { headers, concepts, rows, name } = input;
  // `Child's Name`: the column says whose it is. A booking tool's `Customer` or `Client` is
  // whoever booked, who may be a parent booking for the child beside them; and even `Patient`
  // beside a `Child` naming someone else on its rows is no proof: a paediatric export may print the
  // guardian under `Patient` (the account's person) and the child seen under `Child`.
  const subject = headerSubject(concepts[name]!);
  if (subject !== undefined && subject !== 'patient') return {};
  const cell = (r: readonly string[], j: number): string => (r[j] ?? '').trim();
  for (const o of input.others) {
    const cols = columnsOf(o);
    const subject = headerSubject(concepts[cols[0]!]!);
    // Another column headed as the patient's competes with this one by its header already
    // (recognize.ts holds two close readings); here only a dependent's.
    if (
      subject === undefined ||
      subject === 'patient' ||
      cols.some((j) => headerSubject(concepts[j]!) !== subject)
    )
      continue;
    const theirs = (r: readonly string[]): string => nameOnRow(r, cols);
    // Weighed on the rows where both are filled: a row without it names no one else.
    const differ = rows.find((r) => {
      const ours = cell(r, name);
      const other = theirs(r);
      return ours !== '' && other !== '' && !samePersonWhole(ours, other);
    });
    if (!differ) continue;
    return {
      take: o,
      question: {
        first: headers[name]!,
        other: cols.map((j) => headers[j]!),
        field: 'patientName',
        samples: [cell(differ, name), theirs(differ)],
      },
    };
  }
  return {};
}
