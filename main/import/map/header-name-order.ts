// The order a name column's header states: `Last Name First Name`, `Patient Name (Last, First)`,
// `LastFirst`, `Name_Last_First` write the family name first; `Patient (First Last)` the given
// name first. Such a header settles the order of that column's names without a comma, which the
// values alone cannot (`Carter Emily` had gone as first name Carter).
import type { NameOrder } from './profile.ts';

// Italian too: `Cognome Nome` (Cognome e Nome), the family name first, as Italian registers write
// it; `Nome` only as a word of its own, never the end of `cognome`.
// Romanian `Nume și prenume` likewise (`Nume` only as a word of its own, never the end of
// `prenume`).
const LAST = [/last/, /surname/, /family/, /cognome/, /(?<!\p{L})nume(?!\p{L})/u];
const FIRST = [/first/, /given/, /forename/, /(?<!\p{L})nome(?!\p{L})/u, /prenume/];

function firstIndex(text: string, words: readonly RegExp[]): number {
  let at = -1;
  for (const w of words) {
    const i = text.search(w);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/** The order the header names, or undefined when it names no last and first name both. */
export function headerNameOrder(header: string): Exclude<NameOrder, 'auto'> | undefined {
  const h = header.toLowerCase();
  const last = firstIndex(h, LAST);
  const first = firstIndex(h, FIRST);
  if (last < 0 || first < 0) return undefined;
  return last < first ? 'last-first' : 'first-last';
}
