// A first-name or last-name column that holds the patient's whole name: `John Smith` or
// `Smith, John` under `First Name` beside `Smith` under `Last Name` (a hand-kept list, or a
// `Name` display column beside a `Surname` one). Joined as written, the portal would show
// "John Smith Smith"; the cell repeats the other column's name as words of its own, which a
// given name alone never does. A name that is only the other one (`Li` / `Li`) is no repeat.
import { foldAccents } from './status-vocabulary.ts';

/** The cell's words, folded as status words are (lower case, no accents), punctuation dropped. */
function words(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
}

/** Whether `cell` has more words than `other` and holds all of `other`'s words in a row. */
export function repeatsOtherName(cell: string, other: string): boolean {
  const c = words(cell);
  const o = words(other);
  if (o.length === 0 || c.length <= o.length) return false;
  for (let i = 0; i + o.length <= c.length; i++) if (o.every((w, k) => c[i + k] === w)) return true;
  return false;
}
