// A report's totals say what its rows are when the rows do not: `Total Cancelled: 2`,
// `Appointments: 42 (3 cancelled)`, `Wait List: 4` under a list with no status column. Some rows
// are then cancelled or no appointment, and nothing says which: every row would go as booked. A
// count of none (`Cancelled: 0`) says nothing; neither does a count of no-shows, which are visits
// that exist (status-words.ts), nor a total of what every row is (`Total appointments: 42`).
import type { OffBookTitle } from './report-title.ts';
import { offBookWordIn } from './report-title.ts';

/** The no-show words of the off-book lists: a no-show is a booked visit the patient missed. */
const MISSED = /^(?:no ?shows?|noshows?|dnas?|not attend(?:ed)?|non ?attendance|not arrived|missed)$/;

/** The first total line that counts rows off the book, as a title saying so would be asked. */
export function countedOffBook(
  lines: ReadonlyArray<{ line: number; text: string }>,
): OffBookTitle | undefined {
  for (const { line, text } of lines) {
    const word = offBookWordIn(text);
    if (!word || MISSED.test(word) || countBeside(text, word) === 0) continue;
    return { text, place: `its total line (line ${line})` };
  }
  return undefined;
}

/** The number written next to the word (`Cancelled: 2`, `3 cancelled`), else the line's first. */
function countBeside(text: string, word: string): number | undefined {
  const lower = text.toLowerCase();
  const first = word.split(' ').find((w) => /\p{L}/u.test(w)) ?? word;
  const at = lower.indexOf(first);
  const before = at < 0 ? null : /(\d+)\D{0,3}$/.exec(lower.slice(0, at));
  const after = at < 0 ? null : /^\D{0,20}?(\d+)/.exec(lower.slice(at + first.length));
  const n = before?.[1] ?? after?.[1] ?? /\d+/.exec(lower)?.[0];
  return n === undefined ? undefined : Number(n);
}
