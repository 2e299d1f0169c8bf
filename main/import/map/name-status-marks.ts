// Status marks a front desk types into a patient's name where the schedule shows it: a note in
// brackets (`Brandt, Otto (CANCELLED)`, `Fenwick, Laura (No show/cancel)`) or a word before or
// after the name (`CXL Fenwick, Laura`, `Otto Brandt NO SHOW`). The bracketed note is left out of
// the name and says whether the appointment may be cancelled; a mark as a word of its own is
// never part of a name (read as one it sent `CXL Fenwick` as the family name, another patient id).
import { saysCancelled } from './cancel-mention.ts';
import { memoized } from './parse-memo.ts';
import { classifyBuiltInStatus } from './status-vocabulary.ts';

/** Whether a bracketed note in a name says cancelled: with no status column, also a word that
 *  says not an appointment (`(Wait list)`); beside a status, only a cancellation disagrees with a
 *  booked one (a no-show is booked). Each distinct note is read once. */
export const noteSaysCancelled = memoized((note: string): boolean => saysCancelled(note));
export const noteSaysOffBook = memoized((note: string): boolean => {
  const meaning = classifyBuiltInStatus(note);
  return meaning === 'CANCEL' || meaning === 'skip' || saysCancelled(note);
});

/** Words a desk puts before or after a name to mark its appointment (compared in lower case). */
const EDGE_MARKS = new Set([
  'cxl',
  'cxld',
  'cx',
  'canc',
  'canx',
  'cnx',
  'cncl',
  'cancel',
  'cancelled',
  'canceled',
  'brkn',
  'noshow',
  'dna',
  // A record taken off the book, or a visit moved away, typed into the name: `DELETED Obi,
  // Adaeze`, `VOID Obi, Adaeze`, `Obi, Adaeze RESCHED`. Read as a name, `DELETED Obi` went as the
  // family name of another patient, booked. No family or given name is one of these words.
  'deleted',
  'void',
  'voided',
  'resched',
  'rescheduled',
  'bumped',
]);
/** Marks that count before the name only: `XX Obi, Adaeze` (the `XX` a desk types before a name
 *  to strike it, as `ZZ`/`XX` prefixes mark charts nobody should book: placeholder-names.ts) had
 *  gone as the family name `Xx Obi`. After a placeholder word it only says which block
 *  (`BLOCK, XX`), and is left to placeholder-names.ts. */
const LEADING_MARKS = new Set(['xx', 'xxx']);
/** The longest mark's length: a longer word is no mark and is not copied (a fixed 9 had left
 *  `RESCHEDULED Obi, Adaeze` as the family name `Rescheduled Obi`, booked). */
const LONGEST_MARK = Math.max(...[...EDGE_MARKS, ...LEADING_MARKS].map((w) => w.length));
/** Two-word marks, the second word of which is `show`. */
const SHOW_MARKS = new Set(['no', 'ns']);

/** The status mark a name cell starts or ends with, as a word of its own (`CXL Fenwick, Laura`,
 *  `Laura Fenwick CANC`, `NO SHOW Brandt, Otto`), or undefined. A name of one word has none. Runs
 *  on every row: two scans for the edge words, no regex, no array. */
export function statusMarkAtEdge(cell: string): string | undefined {
  let a = 0;
  let z = cell.length;
  while (a < z && isGap(cell.charCodeAt(a))) a++;
  while (z > a && isGap(cell.charCodeAt(z - 1))) z--;
  let e = a;
  while (e < z && !isGap(cell.charCodeAt(e))) e++;
  if (e >= z) return undefined; // one word
  let s = z;
  while (s > e && !isGap(cell.charCodeAt(s - 1))) s--;
  const first = markWord(cell, a, e);
  if (first && (EDGE_MARKS.has(first) || LEADING_MARKS.has(first))) return cell.slice(a, e);
  const last = markWord(cell, s, z);
  if (last && EDGE_MARKS.has(last)) return cell.slice(s, z);
  // `no show` at either edge: the word after the first, or before the last.
  if ((first && SHOW_MARKS.has(first)) || last === 'show') {
    const words = cell.slice(a, z).split(/[\s,]+/);
    const n = words.length - 1;
    if (SHOW_MARKS.has(first ?? '') && n >= 2 && markWord(words[1]!, 0, words[1]!.length) === 'show')
      return `${words[0]} ${words[1]}`;
    if (last === 'show' && n >= 2 && SHOW_MARKS.has(markWord(words[n - 1]!, 0, words[n - 1]!.length) ?? ''))
      return `${words[n - 1]} ${words[n]}`;
  }
  return undefined;
}

/** A space, a tab or a comma: between the words of a name cell. */
function isGap(c: number): boolean {
  return c === 32 || c === 44 || c === 9 || c === 160;
}

/** The word from `a` to `z` in lower case without a trailing `.` or `:`, when short enough to be a
 *  mark. */
function markWord(cell: string, a: number, z: number): string | undefined {
  // Every mark starts with b, c, d, n, r, s (`show`), v or x: most names are passed over without
  // a copy.
  const c = cell.charCodeAt(a) | 32;
  if (c !== 98 && c !== 99 && c !== 100 && c !== 110 && c !== 114 && c !== 115 && c !== 118 && c !== 120)
    return undefined;
  while (z > a && (cell.charCodeAt(z - 1) === 46 || cell.charCodeAt(z - 1) === 58)) z--;
  return z - a >= 2 && z - a <= LONGEST_MARK ? cell.slice(a, z).toLowerCase() : undefined;
}
