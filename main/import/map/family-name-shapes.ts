// Words that are family names by their shape, or by a short closed list, and no given name: first
// in a one-column name without a comma they show the name written family name first, as Russian,
// Bulgarian, Greek and Israeli lists and Spanish registers write it. Read first name first `Petrov
// Ivan` had gone as first name Petrov, `Παπαδόπουλος Γιώργος` as first name Παπαδόπουλος, `כהן דוד`
// as first name כהן, `Garcia Lopez Maria` as Garcia Maria (64d, 64r2). Nothing here says the order
// for sure (`Ivanova` may be a given name somewhere, a US list may hold one `Cohen David` among
// `David Cohen`s), so such a name is asked about once (row-patient.ts), never split by guess.
import { foldAccents } from './status-vocabulary.ts';
import { spanishSurname } from './spanish-surnames.ts';

// East Slavic and Bulgarian family names: -ов / -ев / -ёв and their feminine -ова / -ева / -ёва,
// -ский / -ская, -цкий / -цкая, Ukrainian -енко; at least two letters before the ending, so `Лев`
// (Lev, a given name) is none. No Russian given name ends so (Иван, Анна, Ирина, Святослав);
// -ин / -ина are left out, as given names end so too (Ирина, Марина).
const CYRILLIC_FAMILY = /^\p{Script=Cyrillic}{2,}(?:ов|ова|ев|ева|ёв|ёва|ский|ская|цкий|цкая|енко)$/iu;
// The same romanised (`Petrov`, `Ivanova`, `Nazarbayev`, `Shevchenko`), with three letters before
// the ending; the given names of that shape are left out (Yakov, Jakov, Iakov, Geneva; Hebrew
// Yaakov, Yaacov, Batsheva; Mahadev, Sahadev beside Bulgarian Radev).
const LATIN_SLAVIC_FAMILY = /^\p{Script=Latin}{3,}(?:ov|ova|ev|eva|enko)$/iu;
const LATIN_SLAVIC_GIVEN = new Set([
  'yakov',
  'jakov',
  'iakov',
  'yaakov',
  'yaacov',
  'yacov',
  'jacov',
  'geneva',
  'batsheva',
  'bathsheva',
  'mahadev',
  'sahadev',
]);
// Indian and Sikh given names end in Sanskrit deva and jiva: -dev after a consonant or after i, u,
// y (Sukhdev, Baldev, Gurdev, Hardev, Vasudev, Vasudeva, Jaidev, Jaydev), -jeev (Rajeev, Sanjeev). First in a
// name at a US, UK, Canadian or Australian practice they had the list asked whether it was written
// family name first (red team 65r2). No Russian or Bulgarian family name is romanised so: theirs
// have a vowel a or e before -dev / -deva (Lebedev, Lebedeva, Radev), and no j before -eev (Sergeev).
const INDIAN_GIVEN = /(?:[^aeo]deva?|jeev)$/u;
// Other family-name endings no given name has, romanised (red team 65r2: `Kowalski Jan`,
// `Beridze Giorgi`, `Popescu Ion`, `Georgiou Maria`, `Petrosyan Armen` went as first name Kowalski,
// Beridze, Popescu, Georgiou, Petrosyan): Polish and Czech -ski / -ska / -sky, Russian -skaya / -skiy
// after a consonant (Franziska, a German given name, has a vowel before -ska), Polish -cki / -dzki /
// -dzka; Georgian -shvili / -dze; Romanian -escu / -eanu; Cypriot Greek genitives -iou / -aou /
// -oulou (Georgiou, Nikolaou, Christodoulou: never -ou alone, which ends West African given names
// such as Mamadou); Turkish -oglu; Armenian -yan after four letters, the last a consonant that ends
// no pinyin syllable (Petrosyan, Hakobyan, Davtyan; Chinese Xiaoyan, Chunyan, Hongyan end in a vowel,
// n or ng before it, so Grigoryan and Simonyan are left out; Bryan, Aryan, Delyan are given names
// with fewer letters, and -ian ends Brian, Julian, Christian).
const LATIN_OTHER_FAMILY =
  /^(?:\p{Script=Latin}{2,}[^aeiouy](?:ski|ska|sky|skaya|skiy|skyi)|\p{Script=Latin}{3,}(?:cki|dzki|dzka|shvili|dze|escu|eanu|iou|aou|oulou|oglu)|\p{Script=Latin}{3,}[bcdfhjklmpqstvwxz]yan)$/iu;
// Greek family names: -όπουλος / -οπούλου, -ίδης / -ίδου, -άδης, -άκης / -άκη, -όγλου (compared
// without accents, as capitals are written: ΠΑΠΑΔΟΠΟΥΛΟΣ), and romanised (-opoulos, -akis, -idis,
// -iadis). No Greek given name ends so (Γιώργος, Νίκος, Ελένη).
const GREEK_FAMILY = /^\p{Script=Greek}{2,}(?:οπουλος|οπουλου|ιδης|ιδου|αδης|αδου|ακης|ακη|ογλου)$/iu;
const LATIN_GREEK_FAMILY = /^\p{Script=Latin}{3,}(?:opoulos|opoulou|akis|idis|iadis)$/iu;
// Hebrew has no ending that marks a family name: the commonest Israeli family names that are no
// given names (Cohen, Katz, Mizrahi, Biton, Dahan, Friedman, Azoulay, Ohayon, Haddad, Shapira,
// Goldberg, Rosenberg; Levi, Peretz, Avraham, Yosef, David are given names too and are left out).
const HEBREW_FAMILY = new Set(
  'כהן כץ מזרחי ביטון דהן פרידמן אזולאי אוחיון חדד שפירא גולדברג רוזנברג'.split(' '),
);
// Spanish family names that are English or Spanish given names as well (Lara, Miranda, Valencia,
// Ayala): first in a name they may be its given name.
const SPANISH_GIVEN_TOO = new Set(['lara', 'miranda', 'valencia', 'ayala']);

/** Whether a word is a family name by its shape or by the Hebrew list (never a given name). */
export function familyShapedWord(word: string): boolean {
  const w = foldAccents(word).toLowerCase();
  if (CYRILLIC_FAMILY.test(word) || GREEK_FAMILY.test(w) || LATIN_GREEK_FAMILY.test(w)) return true;
  if (LATIN_OTHER_FAMILY.test(w)) return true;
  if (LATIN_SLAVIC_FAMILY.test(w)) return !LATIN_SLAVIC_GIVEN.has(w) && !INDIAN_GIVEN.test(w);
  return HEBREW_FAMILY.has(word);
}

/**
 * Whether a one-column name without a comma reads family name first by its words: a first word that
 * is a family name by its shape (`Petrov Ivan`, `Παπαδόπουλος Γιώργος`, `כהן דוד`) before one that is
 * none (`Ivan Petrov` starts with none; `Petrov Smirnov` tells nothing), or two common Spanish
 * surnames before a word that is none (`Garcia Lopez Maria`; `Maria Garcia Lopez` ends in them).
 */
export function familyFirstByWords(text: string): boolean {
  const w = text.trim().split(/\s+/);
  if (w.length < 2) return false;
  const last = w[w.length - 1]!;
  if (familyShapedWord(w[0]!) && !familyShapedWord(last)) return true;
  return (
    w.length >= 3 &&
    !SPANISH_GIVEN_TOO.has(foldAccents(w[0]!).toLowerCase()) &&
    spanishSurname(w[0]!) &&
    spanishSurname(w[1]!) &&
    !spanishSurname(last)
  );
}
