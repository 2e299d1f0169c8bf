// Proper case for person names the export wrote in ALL CAPS or all lower case. A name with both
// upper- and lower-case letters was typed by a person who chose its case ("DeAndre", "McKenzie",
// "von Trapp", "MÜLLER, Hans"): it goes to the portal exactly as written.
//
// Rules for the all-one-case names: each word capitalised, also after a hyphen (Jean-Luc) and an
// apostrophe (O'Brien, D'Angelo); Mc + capital (McDonald); Mac + capital only for the surnames
// in MAC_NAMES; family-name particles (de, la, van, der, von, al-…) in lower case when a name
// follows them (DE LA CRUZ → de la Cruz, but LE alone → Le: the Vietnamese surname).
//
// Why a list for Mac and not a length rule: Mac + capital is a property of particular Scottish
// and Irish names. Machado, Mackey, Macias, Macklin, Mackie, Macon are all ≥ 6 letters and never
// written MacHado or MacKey; guessing wrong puts a misspelt name in front of the patient, while
// "Macdonald" instead of "MacDonald" is a spelling families also use.

import { devotionalJoiner } from './compound-given-names.ts';
import { isGlottalStopWord } from './glottal-stop-names.ts';

/** Where a name stands: given names never take the Mac-list (Mackenzie is a girl's name). */
export type NamePart = 'given' | 'family';

/** Particles kept capitalised (St. John, Saint-Exupéry: an abbreviation, not a preposition), and
 *  the Arabic and Gaelic ones written as words of their own (`Ahmed El Sayed`, `Omar Al Farsi`,
 *  `Omar Abu Bakr`, `Ian Mac Donald`, `Aoife Ni Bhriain`): without them the portal got the last
 *  word alone (Ahmed Sayed). `O` stays out: `Mary O Smith` is a middle initial as often as `Sean O
 *  Brien` is an Irish name; with its accent (`Siobhan Ó Briain`, `Aoife Ní Bhriain`, `Uí`) it
 *  is no initial. Māori family names begin with `Te` (`Aroha Te Whata`, `Hine Te Ao Mārama`):
 *  without it the portal got `Whata`. */
const CAPITALISED = [
  'st',
  'st.',
  'ste',
  'ste.',
  'saint',
  'al',
  'el',
  'abu',
  'mac',
  'mc',
  'ni',
  'nic',
  'ó',
  'ní',
  'uí',
  'te',
];

/** Family-name particles: they stay with the family name and are written in lower case (but
 *  CAPITALISED; `ap` is Welsh: `Dafydd ap Gwilym`). */
export const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'des',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'las',
  'le',
  'les',
  'lo',
  'los',
  'van',
  'von',
  'ter',
  'ten',
  'zu',
  'zur',
  'bin',
  'binti',
  // Singapore's spelling of binti, and its short form (`Nur Aisyah binte Rahmat`, `Siti bte
  // Ahmad`): without them the portal got the father's name alone as the family name.
  'binte',
  'bte',
  // son of, daughter of (Malay anak lelaki, anak perempuan): name-part-doubts.ts
  's/o',
  'd/o',
  'a/l',
  'a/p',
  'ibn',
  'bint',
  // the same in Arabic script (`محمد بن سلمان`): without them the portal got the father's name
  // alone as the family name, where `Ahmad bin Ismail` keeps `bin Ismail` (64d)
  'بن',
  'بنت',
  'ابن',
  'ap',
  // Swedish, Danish and Norwegian nobility ('of'): af Klercker, af Ugglas, von Munthe af
  // Morgenstierne (https://everything2.com/user/PikeWake/writeups/Surname+Prefixes; nobiliary
  // particle: Denmark and Norway)
  'af',
  ...CAPITALISED,
]);

const CAPITALISED_PARTICLES = new Set(CAPITALISED);

/** Surnames written Mac + capital (lower case, without the "mac"). Common ones only. */
const MAC_NAMES = new Set([
  'alister',
  'allister',
  'arthur',
  'aulay',
  'bean',
  'bride',
  'callum',
  'carthy',
  'cormack',
  'dermott',
  'donald',
  'dougall',
  'duff',
  'ewan',
  'ewen',
  'farlane',
  'gillivray',
  'gowan',
  'gregor',
  'guire',
  'innes',
  'intosh',
  'intyre',
  'iver',
  'kay',
  'kenna',
  'kenzie',
  'kinnon',
  'lachlan',
  'laren',
  'lean',
  'lellan',
  'lennan',
  'leod',
  'mahon',
  'manus',
  'millan',
  'namara',
  'naughton',
  'neil',
  'neill',
  'pherson',
  'queen',
  'rae',
  'ritchie',
  'tavish',
]);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** True when the text has cased letters all in one case (so its case carries no information). */
export function isSingleCase(text: string): boolean {
  // ASCII text is scanned (\p{Lu} and \p{Ll} are exactly A-Z and a-z there), two regexes else.
  let up = false;
  let low = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return unicodeSingleCase(text);
    if (c >= 65 && c <= 90) up = true;
    else if (c >= 97 && c <= 122) low = true;
  }
  return up !== low;
}

function unicodeSingleCase(text: string): boolean {
  const upper = UPPER.test(text);
  const lower = LOWER.test(text);
  return upper !== lower;
}

const cap = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Roman numerals after a name (Henry Ford III) stay upper case. */
const ROMAN = /^(ii|iii|iv)$/; // not vi: Vi is a given name

/** One word without spaces or hyphens, already lower case. */
function caseSegment(seg: string, part: NamePart): string {
  if (ROMAN.test(seg)) return seg.toUpperCase();
  // An initial's dot ends a part of the name, and the next begins with a capital: `J.R.` and
  // `A.LEE` as J.R. and A.Lee (they had gone as "J.r." and "A.lee").
  const dot = seg.indexOf('.');
  if (dot > 0 && dot < seg.length - 1)
    return seg
      .split('.')
      .map((p) => (p ? caseSegment(p, part) : p))
      .join('.');
  // Fa'amoana, Ka'aihue: a Polynesian glottal stop is a letter of the word (glottal-stop-names.ts).
  if (isGlottalStopWord(seg)) return cap(seg);
  // O'Brien, D'Angelo, N'Dour: capital after the apostrophe when a name follows it, also after
  // the accent or backtick a keyboard without an apostrophe key gives (`D´SOUZA`, `O\`BRIEN` had
  // gone as D´souza, O`brien).
  const apos = /^([\p{L}]{1,3})(['’‘ʼ´`])([\p{L}]{2,}.*)$/u.exec(seg);
  if (apos) return cap(apos[1]!) + apos[2]! + caseSegment(apos[3]!, part);
  if (seg.length >= 4 && seg.startsWith('mc')) return `Mc${cap(seg.slice(2))}`;
  if (part === 'family' && seg.startsWith('mac') && MAC_NAMES.has(seg.slice(3))) {
    return `Mac${cap(seg.slice(3))}`;
  }
  return cap(seg);
}

/** A word that may be hyphenated (Jean-Luc, Smith-Jones, Abd al-Rahman). `first`: the name's
 *  first word. */
function caseWord(word: string, part: NamePart, particle: boolean, first: boolean): string {
  if (particle) return CAPITALISED_PARTICLES.has(word) ? cap(word) : word;
  return word
    .split('-')
    .map((seg, i, all) =>
      // The Arabic article before a hyphen inside a family name stays lower case (Abd al-Rahman,
      // Nour el-Din); beginning it, it is capitalised as the family name's first letter, as the
      // article written as a word of its own is (CAPITALISED: `El Sayed`): `EL-SAYED` and
      // `AL-QAHTANI` go as El-Sayed and Al-Qahtani, the way Egyptian and Gulf patients write them
      // in Latin letters (they had gone as el-Sayed, a name beginning in a small letter).
      i === 0 && !first && all.length > 1 && (seg === 'al' || seg === 'el') && part === 'family'
        ? seg
        : caseSegment(seg, part),
    )
    .join('-');
}

/**
 * Proper case for a name written in one case; any other name is returned exactly as written.
 * `part` says whether this is a given name (no Mac-list, no particles but the joiners of a
 * devotional compound: `María de los Ángeles`) or a family name / whole name (the default).
 */
export function properCaseName(raw: string, part: NamePart = 'family'): string {
  if (!isSingleCase(raw)) return raw;
  const words = raw.toLowerCase().split(/(\s+)/);
  const real = words.map((w, i) => (i % 2 === 0 ? w : ''));
  const given = part === 'given' ? real.filter((x) => x !== '') : [];
  let nth = -1;
  return words
    .map((w, i) => {
      if (i % 2 === 1 || w === '') return w;
      nth++;
      // María de los Ángeles, Maria das Graças: the joiners of a devotional given name.
      if (part === 'given' && devotionalJoiner(given, nth)) return w;
      // A particle is one only when a name follows it: "LE" alone is the surname Le.
      const followed = real.slice(i + 1).some((x) => x !== '');
      const first = !real.slice(0, i).some((x) => x !== '');
      return caseWord(w, part, part === 'family' && followed && PARTICLES.has(w), first);
    })
    .join('');
}

/**
 * A patient's name from separate first and last name columns, cased as one name: a person who
 * typed "MÜLLER" and "Hans" chose that case, so both go as written; "MARY" and "MCDONALD" both
 * become proper case.
 */
export function casePersonName(first: string, last: string): { first: string; last: string } {
  if (!isSingleCase(`${first} ${last}`)) return { first, last };
  return { first: properCaseName(first, 'given'), last: properCaseName(last, 'family') };
}
