// Whether a file marks the family name in capitals (`DUPONT Marie`, `Marie DUPONT`: the French and
// UK convention), judged on its first rows' one-column names. Only where a file or its region
// shows the convention is a word in capitals read as the family name against the name's order;
// elsewhere `AJ Thompson` is the given name's initials and `JOHN Smith` a given name typed in
// capitals (both had gone with first and last name swapped).
import { isSingleCase } from './proper-case.ts';

/** A word spelling a name in capitals: three letters or more, a vowel among them (`DUPONT`,
 *  `JOHN`; not the initials `AJ`, `TJ`, nor `MRS`). */
export function spellsNameInCapitals(word: string): boolean {
  return /^\p{Lu}[\p{Lu}'’.-]*$/u.test(word) && /\p{Lu}{3}/u.test(word) && CAPITAL_VOWEL.test(word);
}
const CAPITAL_VOWEL = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]/u;

/**
 * True when most of the sample's mixed-case names of two words or more without a comma (and two
 * at least) have a word that spells a name in capitals.
 */
export function namesMarkFamilyInCapitals(cells: readonly string[]): boolean {
  let names = 0;
  let marked = 0;
  for (const c of cells) {
    const t = c.trim();
    if (!t.includes(' ') || t.includes(',') || isSingleCase(t)) continue;
    names++;
    if (t.split(/\s+/).some(spellsNameInCapitals)) marked++;
  }
  return marked >= 2 && marked * 2 > names;
}

/** Two capitals in a row: the cheap test a name passes before its capitals are weighed (plain
 *  ASCII is scanned, a regex only for other text). */
export function hasCapitalPair(text: string): boolean {
  let prevUpper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return /\p{Lu}{2}/u.test(text);
    const upper = c >= 65 && c <= 90;
    if (upper && prevUpper) return true;
    prevUpper = upper;
  }
  return false;
}

/** A given name of two capitals that are initials (`AJ`, `TJ`, `JR`, `KC`): a J second, or no
 *  vowel. Kept as written, not proper-cased to `Aj`; `AL`, `ED`, `JO`, `TY` are names, and so is
 *  `NG`, the Cantonese family name Ng (`NG Wai Man` in a UK file). */
export function givenInitials(word: string): boolean {
  return word !== 'NG' && /^(?:[A-Z]J|[B-DF-HJ-NP-TV-XZ]{2})$/.test(word);
}
