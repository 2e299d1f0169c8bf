// The marks that join a given name to the father's name in a name with no family name: Malay
// `bin` / `binti` (Singapore's `binte`, `bte`), the Malaysian and Singaporean Indian `a/l`, `a/p`,
// `s/o`, `d/o` (son of, daughter of), Arabic `ibn`, `bint`. `MUHAMMAD HAFIZ BIN ABDULLAH` is given
// names Muhammad Hafiz, father Abdullah: every word before the mark is the given name (none is a
// middle name), and the mark with the father's name is what the portal shows as the last name.

/** The marks written with a slash (`A/L`, `a/p`, `S/O`, `d/o`) between two words of a name. */
export const SLASH_MARK = /(?<=\s)(?:a\/l|a\/p|s\/o|d\/o)(?=\s)/giu;

const MARKS = new Set(['bin', 'binti', 'binte', 'bte', 'a/l', 'a/p', 's/o', 'd/o', 'ibn', 'bint']);

/** The index of the first patronymic mark among a name's words that has given names before it
 *  and the father's name after it, or -1. */
export function patronymicMarkAt(words: readonly string[]): number {
  for (let i = 1; i < words.length - 1; i++) if (MARKS.has(words[i]!.toLowerCase())) return i;
  return -1;
}

/** Whether a one-column name shows by its mark that it is written given names first: a mark no
 *  Chinese or Korean given syllable spells (`binti`, `a/p`, `s/o`), or `bin` / `ibn` after two given
 *  words (`Muhammad Hafiz bin Abdullah`); after one word `Bin` may be a given syllable of a name
 *  written family name first (`LEE BIN HONG`), which stays asked where names are written so. */
export function markShowsGivenFirst(words: readonly string[]): boolean {
  const at = patronymicMarkAt(words);
  if (at < 0) return false;
  const mark = words[at]!.toLowerCase();
  return (mark !== 'bin' && mark !== 'ibn') || at >= 2 || lowerMarkAmongCapitals(words, at);
}

/** `Ahmad bin Ismail`: the mark in lower case between capitalised names, as the mark is written; a
 *  given syllable is capitalised with its name (`Lee Bin Hong`, `LEE BIN HONG`). Without it, a list
 *  of Malay names at Kuala Lumpur was asked whether it was written family name first (64d). */
function lowerMarkAmongCapitals(words: readonly string[], at: number): boolean {
  return (
    (words[at] === 'bin' || words[at] === 'ibn') && words.every((w, i) => i === at || /^\p{Lu}/u.test(w))
  );
}

/** Whether a one-column name ends in a patronymic mark with no father's name after it (`Siti
 *  binti`): the name is cut short, and the mark would go as the family name (64r2). `Bin` only in
 *  lower case, as the mark is written (`Wang Bin` is a Chinese name). */
export function endsInMark(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const w = words[words.length - 1]!;
  if (w === 'bin' || w === 'ibn') return true;
  // `bt` / `bt.`, binti shortened as Malaysian records write it (`Siti bt. Ahmad`): ending a name
  // it is the mark too, where it had gone as the family name Bt. (red team 65r2).
  const m = w.toLowerCase().replace(/\.$/u, '');
  return m !== 'bin' && m !== 'ibn' && (MARKS.has(m) || m === 'bt');
}

/** Whether a given name read from a column of its own starts with a patronymic mark and the
 *  father's name (`binti Kamaruddin`, `a/l Rajan`): the Last and First columns crossed, or the
 *  father's name typed into the first-name cell. Sent, the portal's first name was `bin Abdullah`
 *  (64r2). `Bin` is also a Chinese given syllable (`Bin Hong`), so `bin` and `ibn` only in lower
 *  case, as the mark is written. */
export function givenStartsWithMark(given: string): boolean {
  const words = given.trim().split(/\s+/);
  if (words.length < 2) return false;
  const w = words[0]!;
  if (w === 'bin' || w === 'ibn') return true;
  return w.toLowerCase() !== 'bin' && w.toLowerCase() !== 'ibn' && MARKS.has(w.toLowerCase());
}
