// The words of a person's name, split into given, middle and family name: shared by patient
// names (names.ts) and provider names (provider-name.ts) once titles, credentials and ids are off.
//
// A comma always means `Last, First [Middle]`. Without one, `order` decides; family-name
// particles stay with the family name ("Maria de la Cruz" → last "de la Cruz"). Casing is done
// here too, so callers get names ready for the portal.
import type { NameOrder } from './profile.ts';
import { FAMILY_FIRST_SCRIPT } from './name-regions.ts';
import { isSingleCase, PARTICLES, properCaseName } from './proper-case.ts';

export interface PersonName {
  first: string;
  last: string;
  middle?: string;
}

// Common Vietnamese family names. "Van" (and "Le") before one of them is a middle name, not a
// Dutch particle: "Anh Van Nguyen" is Anh Van, family name Nguyen.
const VIETNAMESE_FAMILY = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'truong',
  'dinh',
  'lam',
  'luong',
]);

function isParticle(word: string, familyWord: string): boolean {
  const w = word.toLowerCase();
  if (!PARTICLES.has(w)) return false;
  return !((w === 'van' || w === 'le') && VIETNAMESE_FAMILY.has(familyWord.toLowerCase()));
}

function person(first: string, middle: string[], last: string): PersonName {
  const m = middle.join(' ');
  return m ? { first, last, middle: m } : { first, last };
}

/** Given, middle and family name from plain words (no title, no credential), not yet cased. */
function splitWords(text: string, order: NameOrder): PersonName | undefined {
  const comma = text.indexOf(',');
  if (comma >= 0) {
    const last = text.slice(0, comma).trim();
    const rest = text
      .slice(comma + 1)
      .replace(/,/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
    if (!last && rest.length === 0) return undefined;
    if (!last || rest.length === 0) return { first: rest[0] ?? '', last };
    // Given names stay whole ("Hernández Ruiz, José Luis", "Smith, Mary Ann"); only trailing
    // initials are a middle name ("Okafor, Chidi M", "Lee, Ann B.").
    let k = rest.length;
    while (k > 1 && /^\p{L}\.?$/u.test(rest[k - 1]!)) k--;
    return person(rest.slice(0, k).join(' '), rest.slice(k), last);
  }
  const w = text.split(' ').filter(Boolean);
  if (w.length === 0) return undefined;
  if (w.length === 1) return { first: '', last: w[0]! };
  // "DUPONT Marie", "Marie DUPONT", "DE LA CRUZ Maria" (the French and UK convention): the words in
  // capitals are the family name, the others the given names, whatever the order setting.
  const caps = w.map((x) => /\p{Lu}{2}/u.test(x) && x === x.toUpperCase());
  const firstCaps = caps.indexOf(true);
  const lastCaps = caps.lastIndexOf(true);
  const mixed = caps.some((c) => !c) && w.some((x, i) => !caps[i] && /\p{Ll}/u.test(x));
  if (
    mixed &&
    firstCaps >= 0 &&
    caps.slice(firstCaps, lastCaps + 1).every(Boolean) &&
    (firstCaps === 0 || lastCaps === w.length - 1)
  ) {
    const family = w.slice(firstCaps, lastCaps + 1).join(' ');
    const given = [...w.slice(0, firstCaps), ...w.slice(lastCaps + 1)];
    return person(given[0]!, given.slice(1), family);
  }
  if (order === 'last-first') {
    // "de la Cruz Maria": leading particles and the word after them are the family name.
    let i = 0;
    while (i < w.length - 2 && isParticle(w[i]!, w[i + 1]!)) i++;
    return person(w[i + 1]!, w.slice(i + 2), w.slice(0, i + 1).join(' '));
  }
  // The first word is always the given name ("Van Morrison"); particles right before the last
  // word join it ("Ludwig van Beethoven", "Anna van der Berg").
  const lastWord = w[w.length - 1]!;
  let j = w.length - 1;
  while (j - 1 >= 1 && isParticle(w[j - 1]!, lastWord)) j--;
  // A Māori family name begins with `Te` and may run to several words (`Hine Te Ao Mārama`): from
  // a `Te` after the given name on, the words are the family name, not middle names left out.
  for (let k = 1; k < j; k++)
    if (w[k]!.toLowerCase() === 'te') {
      j = k;
      break;
    }
  return person(w[0]!, w.slice(1, j), w.slice(j).join(' '));
}

/**
 * Split and case a name. Names written in one case (ALL CAPS, all lower) get proper case, judged
 * on the whole name so "MÜLLER, Hans" stays as the person typed it.
 */
export function splitNameWords(text: string, order: NameOrder): PersonName | undefined {
  const n = splitWords(text, order);
  if (!n) return n;
  // A family name of one letter is a middle initial read as the surname (`SMITH JOHN A`, written
  // Last First MI): the name cannot be split safely, so the row is refused, never sent as A.
  // (Not in Chinese or Korean script, where a family name is one character: 王, 김.)
  if (/^\p{L}\.?$/u.test(n.last) && !FAMILY_FIRST_SCRIPT.test(n.last)) return undefined;
  if (!isSingleCase(text)) {
    // Only the family name in capitals ("DUPONT Marie", "HUGHES, Bethan"): that part alone.
    const capsOnly = (x: string): boolean => /\p{Lu}{2}/u.test(x) && x === x.toUpperCase();
    return capsOnly(n.last) ? { ...n, last: properCaseName(n.last, 'family') } : n;
  }
  const first = properCaseName(n.first, 'given');
  const last = properCaseName(n.last, 'family');
  return n.middle ? { first, last, middle: properCaseName(n.middle, 'given') } : { first, last };
}
