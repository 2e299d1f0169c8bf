// Patient names that are no person: the dummy patient a schedule books blocked time or a test
// under (`LUNCH, LUNCH`, `MEETING, STAFF`, `HOLD, HOLD`, `TEST, PATIENT`, `ZZTEST, JOHN`,
// `PATIENT, NEW`). Sent, each would become a portal account and an appointment; such a row is
// refused with its line, column and value (row-patient.ts), never the whole file.
//
// A real person may carry one such word (`Anna Block`, `Billie Holiday`, `John Hold`): a name
// counts only when every word of it is one, or it holds a marker no real name has (`ZZTEST`,
// `ZZZ`; `XXTEST`, `XXWisconsin`: the `XX` prefix hospitals give test and anonymous charts, as
// Maine Medical Center's `XXDigamma, Theta` and UW Health's `XXWisconsin, Unidentified`). Words that are also real family names (`Do`, `No`, `In` are Vietnamese and Korean
// ones; `Walk`, `New`) count only inside their phrase (`Do Not Book`, `No Patient`, `Walk-In`,
// `New Patient`). Beside a placeholder word, words that only say whose or which blocked time it
// is leave it a dummy (`HOLD, NP`, `RESERVED, HYGIENE`, `HOLIDAY, CHRISTMAS`, `BLOCK, XX`), and
// `for` ends what is read (`Hold for Dr Lee`, `RESERVED, FOR DR`): no person's name has `for` in it.
import { BLOCKED_TIME_TERMS } from './block-words.ts';
import { foldAccents } from './status-vocabulary.ts';

/** Words of a dummy patient besides the blocked-time terms (block-words.ts): blocked time that
 *  as a visit's type would be a real visit (`Emergency`, `ER`), an open slot, a name nobody
 *  filled in, a test or a demo, and the numbers test patients are told apart by (`PATIENT, ONE`). */
const NAME_ONLY_WORDS = [
  'staff',
  'emergency',
  'er',
  // the provider away at a course (as a visit's type, `Conference` may be a care conference)
  'seminar',
  'conference',
  // open slots
  'open',
  'slot',
  'available',
  'unavailable',
  // no name given, or a test
  'tba',
  'tbd',
  'unknown',
  'test',
  'testing',
  'demo',
  // a sample or fake chart (`SAMPLE, PATIENT`, `Fake, Patient`); `Sample, Joe` is a name
  'sample',
  'fake',
  'patient',
  'pt',
  'dummy',
  'placeholder',
  'none',
  'noname',
  // German `NN` / `N.N.` (nomen nescio): a person whose name is not known yet
  'nn',
  'one',
  'two',
  'three',
];

/** Phrases whose words count only together, besides the blocked-time terms of several words. */
const NAME_ONLY_PHRASES = [
  'do not use',
  'do not',
  'new patient',
  'new pt',
  'walk in',
  'no patient',
  'no name',
  'no pt',
  // `N.N.` read as its letters
  'n n',
];

/** Words that say whose or which blocked time it is (a provider, the hygiene column, a new
 *  patient's slot, part of the day, a holiday, a dummy's `XX`): no name, but alone no placeholder
 *  either, so they count only beside a placeholder word (`HOLD, NP`; `Hygiene, Doc` is no dummy). */
const QUALIFIER_WORDS = new Set([
  'dr',
  'doctor',
  'doc',
  'np',
  'hyg',
  'hygiene',
  'am',
  'pm',
  'morning',
  'afternoon',
  'time',
  'only',
  'x',
  'xx',
  'ce',
  'christmas',
  'xmas',
  'thanksgiving',
  // the practice's own dummy chart (`PRACTICE, PATIENT`, `OFFICE, PATIENT`)
  'practice',
  'office',
]);

const TERMS = [...BLOCKED_TIME_TERMS, ...NAME_ONLY_WORDS, ...NAME_ONLY_PHRASES];

/** Words of blocked time, of an open slot and of a name nobody filled in. */
const PLACEHOLDER_WORDS = new Set(TERMS.filter((t) => !t.includes(' ')));

/** Phrases whose words count only together, longest first (`do not book` before `do not`). */
const PLACEHOLDER_PHRASES = new RegExp(
  `\\b(?:${TERMS.filter((t) => t.includes(' '))
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** A word no real name is: `ZZTEST`, `ZZZ`, `XXX`, `XXTEST` (`XX` alone is a qualifier: `BLOCK, XX`). */
const MARKER = /^(?:zz[a-z]*|xx[a-z]+)$/;

/** Words that may end up in a placeholder: the words above and those of the phrases. */
const CANDIDATE_WORDS = new Set([...TERMS.flatMap((t) => t.split(' ')), ...QUALIFIER_WORDS]);

/**
 * Whether the patient named `first` `last` is a placeholder, not a person.
 * Runs on every row: a plain ASCII name with one word that can be neither a placeholder word nor
 * a marker (`Smith`) is answered by one scan, without folding accents or building arrays (the
 * full test below cost about a fifth of `convert`'s CPU on 200,000 rows).
 */
export function isPlaceholderName(first: string, last: string): boolean {
  return placeholderByHints(first, last, placeholderHints(first), placeholderHints(last));
}

/** What the quick answer of isPlaceholderName needs of one part alone, as bits (a part a file
 *  repeats is scanned once: name-part-doubts.ts): a word that is not a candidate, the word `for`
 *  (plainAsciiVerdict), a marker's start or text that is not plain ASCII (hasMarkerStart). */
export const PLAIN_PERSON = 1;
export const PLAIN_FOR = 2;
export const MARKER_START = 4;

export function placeholderHints(text: string): number {
  const v = plainAsciiVerdict(text);
  return (
    (v === false ? PLAIN_PERSON : v === 'for' ? PLAIN_FOR : 0) | (hasMarkerStart(text) ? MARKER_START : 0)
  );
}

/** isPlaceholderName with each part's placeholderHints already known. */
export function placeholderByHints(first: string, last: string, a: number, b: number): boolean {
  // `for` may cut off the very word that made the quick answer (`Hold for Dr` `Lee`).
  const quick = (a | b) & PLAIN_FOR ? undefined : (a | b) & PLAIN_PERSON ? false : undefined;
  if (quick === false && !((a | b) & MARKER_START)) return false;
  return fullPlaceholderTest(first, last);
}

/**
 * `false` when the plain ASCII text has a word that is not a candidate (so the name is a person's
 * unless a marker word makes it a placeholder); `'for'` when it has that word (what follows may
 * not count); `undefined` when that cannot be told cheaply.
 */
function plainAsciiVerdict(text: string): false | 'for' | undefined {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    if (i < text.length && text.charCodeAt(i) > 0x7f) return undefined;
    const letter = c >= 0x61 && c <= 0x7a;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      const word = text.slice(start, i).toLowerCase();
      if (word === 'for') return 'for';
      if (!CANDIDATE_WORDS.has(word)) return false;
      start = -1;
    }
  }
  return undefined;
}

/** Whether a word may be a marker (`zz…`, `xx…`) or the text is not plain ASCII: then the full test decides. */
function hasMarkerStart(text: string): boolean {
  return /(?:^|[^a-z])(?:zz|xx[a-z])/i.test(text) || /[^ -~\t]/.test(text);
}

function fullPlaceholderTest(first: string, last: string): boolean {
  const words = (s: string): string[] =>
    foldAccents(s)
      .split(/[^a-z]+/)
      .filter(Boolean);
  const all = [...words(first), ...words(last)];
  if (all.length === 0) return false;
  if (all.some((w) => MARKER.test(w))) return true;
  // Both orders: a phrase may run from the first name into the last (`PATIENT, NEW`) or back.
  return [
    [...words(first), ...words(last)],
    [...words(last), ...words(first)],
  ].some(namesPlaceholder);
}

/** Whether words in this order are a placeholder: phrases and placeholder words, qualifiers
 *  beside at least one of them, and anything after a `for` that follows one. */
function namesPlaceholder(order: string[]): boolean {
  const rest = order.join(' ').replace(PLACEHOLDER_PHRASES, ' # ').split(' ').filter(Boolean);
  let seen = false;
  for (const w of rest) {
    if (w === '#' || PLACEHOLDER_WORDS.has(w)) seen = true;
    else if (w === 'for' && seen) return true;
    else if (!QUALIFIER_WORDS.has(w)) return false;
  }
  return seen;
}

/** Words that say a name is withheld, not written: a confidential or VIP patient's record shown
 *  masked in a report (`CONFIDENTIAL, PATIENT`, `Anonymous`, `RESTRICTED, PATIENT`), as privacy
 *  settings of schedulers and patient trackers print it in place of the name. */
const WITHHELD_WORDS = new Set([
  'confidential',
  'confidentiel',
  'confidencial',
  'vertraulich',
  'anonymous',
  'anon',
  'anonym',
  'anonyme',
  'anonimo',
  'restricted',
  'redacted',
  'masked',
  'hidden',
  'withheld',
  'private',
  'protected',
  'vip',
  'alias',
]);
const WITHHELD_QUICK = new RegExp(`(?:^|[^a-z])(?:${[...WITHHELD_WORDS].join('|')})(?:$|[^a-z])`, 'i');
/** Besides them, only the words of a name nobody filled in (`PATIENT`, `NAME`, `UNKNOWN`). */
const BESIDE_WITHHELD = new Set(['patient', 'pt', 'name', 'unknown', 'client', 'record', 'chart']);

/**
 * Whether the patient named `first` `last` is a withheld name: every word of it says the name is
 * hidden (`CONFIDENTIAL, PATIENT`, `Patient, Anonymous`, `VIP Patient`). Sent, the portal would
 * get the mask as the patient's name (and, with patient ids made from the name, every masked
 * patient born the same day would be one). A real name beside such a word is a name
 * (`Private, Anna`; `Smith, John (CONFIDENTIAL)` loses its bracket before this is asked).
 */
export function isWithheldName(first: string, last: string): boolean {
  return withheldByHints(first, last, withheldHint(first) || withheldHint(last));
}

/** Whether a part has a word of a masked name: without one in either part, no name is withheld. */
export function withheldHint(text: string): boolean {
  return WITHHELD_QUICK.test(text);
}

/** isWithheldName with withheldHint of either part already known. */
export function withheldByHints(first: string, last: string, hint: boolean): boolean {
  if (!hint) return false;
  const words = `${foldAccents(first)} ${foldAccents(last)}`.split(/[^a-z]+/).filter(Boolean);
  return (
    words.some((w) => WITHHELD_WORDS.has(w)) &&
    words.every((w) => WITHHELD_WORDS.has(w) || BESIDE_WITHHELD.has(w))
  );
}
