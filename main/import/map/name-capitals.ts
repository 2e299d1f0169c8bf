// Whether a file marks the family name in capitals (`DUPONT Marie`, `Marie DUPONT`: the French and
// UK convention), judged on its first rows' one-column names. Only where a file or its region
// shows the convention is a word in capitals read as the family name against the name's order;
// elsewhere `AJ Thompson` is the given name's initials and `JOHN Smith` a given name typed in
// capitals (both had gone with first and last name swapped).
import { isSingleCase, properCaseName } from './proper-case.ts';

/** A word spelling a name in capitals: three letters or more, a vowel among them (`DUPONT`,
 *  `JOHN`; not the initials `AJ`, `TJ`, nor `MRS`), also after its prefix (`McDONALD`). */
export function spellsNameInCapitals(word: string): boolean {
  const caps = prefixedCapitals(word)?.[1] ?? word;
  return /^\p{Lu}[\p{Lu}'’.-]*$/u.test(caps) && /\p{Lu}{3}/u.test(caps) && CAPITAL_VOWEL.test(caps);
}
const CAPITAL_VOWEL = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]/u;

/** A family name in capitals after a prefix that keeps its own case, as Scottish, Irish and French
 *  names are written where capitals mark the family name (`McDONALD`, `MacLEOD`, `FitzGERALD`,
 *  `d'ALMEIDA`): the prefix and the capitals, else undefined. Not being all capitals, such a word
 *  had been read as a given name (`McDONALD Mary` went as first name McDONALD, last name Mary). */
export function prefixedCapitals(word: string): [prefix: string, capitals: string] | undefined {
  const m = PREFIXED_CAPITALS.exec(word);
  return m ? [m[1]!, m[2]!] : undefined;
}
const PREFIXED_CAPITALS = /^(Mc|Mac|Fitz|[DdO]['’])(\p{Lu}{2}[\p{Lu}'’-]*)$/u;

/** A family name marked by capitals, cased for the portal word by word: a word in capitals in
 *  proper case, after its prefix too (`McDONALD` → McDonald, `d'ALMEIDA` → d'Almeida), and a
 *  particle as written (`de LA FONTAINE` → de La Fontaine: the capitals of `LA` say it is written
 *  with a capital, else it would be `de la FONTAINE`). */
export function caseCapitalWords(family: string): string {
  return family
    .split(' ')
    .map((w) => {
      const pre = prefixedCapitals(w);
      if (pre) return pre[0] + properCaseName(pre[1], 'family');
      return /\p{Lu}{2}/u.test(w) && w === w.toUpperCase() ? properCaseName(w, 'family') : w;
    })
    .join(' ');
}

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
