// The checks of one part of a patient's name (a given or a family name, as split and cased by
// row-patient.ts) that depend on its text alone, as bits. A schedule repeats given names, and
// many family names, on thousands of rows: the row mapper keeps each part's bits in a bounded
// memo keyed by the part's text (all they depend on) instead of running a dozen patterns on it
// per row. The row still decides, in its own order, which row error a bit makes.
import { looksGarbled } from './garbled-text.ts';
import { holdsFlagWord } from './name-flag-words.ts';
import { titleAsGivenName } from './name-titles.ts';
import { memoized } from './parse-memo.ts';
import { placeholderHints, withheldHint } from './placeholder-names.ts';

/** looksGarbled: damaged by a wrong text encoding. */
export const GARBLED = 1 << 0;
/** GROUP_WORD or joinsNames: a couple or a household. */
export const COUPLE = 1 << 1;
/** NOT_A_NAME: a mark no name is written with. */
export const NOT_NAME = 1 << 2;
/** NUMBER_IN_NAME: a chart number standing alone. */
export const NUMBER = 1 << 3;
/** holdsFlagWord: a flag word (`VIP`, `DNR`). */
export const FLAG_WORD = 1 << 4;
/** flagInGivenName (given names only): a word in capitals among words that are not. */
export const FLAG_GIVEN = 1 << 5;
/** titleAsGivenName (given names only): a title where the given name goes. */
export const TITLE = 1 << 6;
/** withheldHint: a word of a masked name. */
export const WITHHELD = 1 << 7;
/** placeholderHints, shifted by this many bits. */
export const PLACEHOLDER_SHIFT = 8;

/** The bits of one part; the given-name-only checks only when `given`. */
export function namePartDoubts(part: string, given: boolean): number {
  return (
    (oneAsciiWord(part) ? oneWordShapeDoubts(part) : shapeDoubts(part)) |
    (holdsFlagWord(part) ? FLAG_WORD : 0) |
    (given && flagInGivenName(part) ? FLAG_GIVEN : 0) |
    (given && titleAsGivenName(part) ? TITLE : 0) |
    (withheldHint(part) ? WITHHELD : 0) |
    (placeholderHints(part) << PLACEHOLDER_SHIFT)
  );
}

/** The bits that depend on the part's marks and words (GARBLED, COUPLE, NOT_NAME, NUMBER), by their
 *  patterns: namePartDoubts' general path (exported for the test that holds the one-word path to it). */
export function shapeDoubts(part: string): number {
  return (
    (looksGarbled(part) ? GARBLED : 0) |
    (GROUP_WORD.test(part) || joinsNames(part) ? COUPLE : 0) |
    (holdsNotAName(part) ? NOT_NAME : 0) |
    (NUMBER_IN_NAME.test(part) ? NUMBER : 0)
  );
}

// `Ravi S/O Kumar`, `Siti D/O Ahmad`, `Muthu A/L Rajan`, `Devi A/P Raman`: son of, daughter of
// (Malay anak lelaki, anak perempuan), the Singapore and Malaysia form of an Indian name, whose
// father's name follows the mark as `bin` or `binti` follows a Malay one (Singapore's ICA writes
// them so on the identity card). The slash is part of the name, not two names.
const PATRONYMIC_MARK = /(?:^|\s)(?:[sd]\/o|a\/[lp])(?=\s)/giu;

/** The text holds a sign no name has (NOT_A_NAME), besides the slash of a patronymic mark. */
export function holdsNotAName(text: string): boolean {
  if (!NOT_A_NAME.test(text)) return false;
  return !text.includes('/') || NOT_A_NAME.test(text.replace(PATRONYMIC_MARK, ' '));
}

/** Whether `part` is ASCII letters and digits only (`Smith`, `OBRIEN`, generated data's `Kim12`),
 *  the shape of most family names, which are checked on every row (not remembered). */
function oneAsciiWord(part: string): boolean {
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i) | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39 && c === part.charCodeAt(i)))) return false;
  }
  return true;
}

/**
 * shapeDoubts of a part that is oneAsciiWord, without its four patterns: there is no character
 * above 0x7f to be damage, no mark, no `&` or `+`, and no space or comma around a word, so
 * GROUP_WORD can only match the whole part, and a run of digits stands alone only when it is the
 * whole part. A test compares the two on every such text near the words and digits they look for.
 */
function oneWordShapeDoubts(part: string): number {
  if (GROUP_WORDS_SET.has(part.toLowerCase())) return COUPLE;
  if (part.length === 0) return 0;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return 0;
  }
  return NUMBER;
}

/** The bits of a given name, remembered per file (a bounded memo, fresh for each file). A
 *  practice's patients share a few hundred given names, so nearly every row finds its own; family
 *  names repeat far less, and a miss costs about three times the checks (the key is copied and
 *  stored), so they are checked on every row (namePartDoubts(last, false)). */
export function givenNameDoubts(): (part: string) => number {
  return memoized((part: string) => namePartDoubts(part, true));
}

/** Left in a name after its notes (row-patient.ts, withoutNotes), the cell holds a note or a code, not only a name: `#4471`, `*Lee`,
 *  `NEW PATIENT - Lee, Ann`, an unclosed bracket, any mark no name is written with (`Dunn, Di ~`,
 *  `Gray, Gil $`, `Ruiz, Ana †`, `Ivy ✓`). Names are letters and their marks, with apostrophes,
 *  hyphens, dots, commas and the middle dots of Catalan `Gal·la` and Japanese `ジョン・スミス`, and
 *  the joiners of Persian and Indic script; such a row is refused, never sent misnamed. */
export const NOT_A_NAME = /[^\p{L}\p{M}\p{N}\s'’‘ʼ´`.,\-‐–—·・׳\u200c\u200d]|\s[-–—]\s/u;
/** A number standing alone in the given or the family name as sent: the chart or account number a
 *  report glued to the name without brackets (`SMITH, JOHN 12345`, `12345 SMITH, JOHN`, `SMITH,
 *  JOHN MRN 12345`), which had gone as first name `John 12345` or last name `12345 Smith`, and a
 *  short one too (`SMITH, JOHN 2`, `John Smith 2`, a second chart's or a list's number: they had
 *  gone as first name `John 2`, last name `2`). No name has a number for a word. Digits glued to
 *  letters (`Test0`, generated data's `Patient12`) are not one, nor a twin's `1` or `2` between the
 *  given and the family name (`Baby 1 Smith`), which is no part of the name sent. */
const NUMBER_IN_NAME = /(?<![\p{L}\p{N}])\p{N}+(?![\p{L}\p{N}])/u;
/** A couple or a household, not one patient: `Doe, Jane and John` (a couples session, as
 *  SimplePractice lists it), `Doe Family`, `Familie Müller`. (`y` and `e` join Spanish and
 *  Portuguese family names, `Ortega y Gasset`, so only these words count.) */
const GROUP_WORDS = ['and', 'und', 'et', 'family', 'household', 'familie', 'famille', 'familia'];
export const GROUP_WORD = new RegExp(`(?:^|[\\s,])(?:${GROUP_WORDS.join('|')})(?=$|[\\s,])`, 'i');
const GROUP_WORDS_SET = new Set(GROUP_WORDS);

/** Two names joined by `&` or `+` (`Jane & John Doe`, `Jane+John Doe`, `Mr. & Mrs. Smith`); the
 *  regex runs only on the rare cell with either sign in it. */
export function joinsNames(cell: string): boolean {
  return (cell.includes('&') || cell.includes('+')) && JOINED_NAMES.test(cell);
}
const JOINED_NAMES = /[\p{L}.]\s*[&+]\s*\p{L}/u;

/** A word in capitals among given names that are not (`Eve NEW`, `Fred NP`, `Ann VIP`): a flag
 *  some systems append to a new patient's name, not part of it. Roman numerals are left alone. */
function flagInGivenName(first: string): boolean {
  if (!first.includes(' ')) return false;
  const words = first.split(' ');
  return (
    words.some((w) => /\p{Ll}/u.test(w)) &&
    words.some((w) => /^\p{Lu}{2,}$/u.test(w) && !/^(?:II|III|IV|VI{0,3}|IX|X)$/.test(w))
  );
}
