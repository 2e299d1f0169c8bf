// Person names in one field: patients as `First Last`, `First M. Last` or `Last, First M`, with
// family-name particles kept together ("de la Cruz") and names written in one case put in proper
// case. Provider names (credentials, titles, embedded ids) live in provider-name.ts; they are
// re-exported here because the mapper reads both from this module.
import type { NameOrder } from './profile.ts';
import { fromCaretName } from './caret-names.ts';
import { looksGarbled } from './garbled-text.ts';
import { withoutContacts } from './name-contacts.ts';
import { credentialOf } from './provider-credentials.ts';
import {
  capitalsAgainstOrder,
  givenPrefix,
  splitNameWords,
  type CapitalsReading,
  type PersonName,
} from './name-words.ts';
import { TITLE_WORDS, withoutTitles } from './name-titles.ts';
import { SLASH_MARK } from './patronymic-marks.ts';
import { PARTICLES } from './proper-case.ts';

export type { CapitalsReading, PersonName } from './name-words.ts';
export { casePersonName, properCaseName } from './proper-case.ts';
export { parseProviderName, providerDisplayName, type ProviderName } from './provider-name.ts';

// Generational suffixes are dropped, as before: the portal has no field for them. Credentials
// (MD, DO…) are not stripped from patients: Do is a common Vietnamese family name.
// `Jnr`, `Snr` are the British and Australian spellings; `2nd`, `3rd` and `Esq` are written too.
// After a space or a comma alone (`SMITH,JOHN,JR`, `John Smith,Jr`: the given name had been `John Jr`,
// and `Jr` the given name of `John Smith`).
const SUFFIX = /(?:\s*,\s*|\s+)(jr|jnr|sr|snr|ii|iii|iv|2nd|3rd|esq)\.?(?=\s*(,|$))/i;
/** The name without a generational suffix (`Sean O Brien Jr`, `John Smith, III`): what the name
 *  parser reads, so what a check of its words must see. */
export const withoutSuffix = (name: string): string => name.replace(SUFFIX, '').trim();
// Another name after the name, `Smith, Robert aka Bob`, `Jones, Mary née Smith`: an alias or a
// maiden name, not part of the legal name (it had gone into the given name, and the derived
// patient id): left out with all after it, like a note in brackets. A word must follow, so the
// surnames Nee and Born stay (`John Nee`, `Max Born`). German and Dutch write the birth name after
// `geb.` (geboren, geborene: `Anna Müller geb. Schmidt`), English lists `formerly` or `fka`
// (formerly known as): read as words of the name, `Mary Jones geb. Schmidt` had gone as Mary
// Schmidt, the maiden name, and `Jones, Mary formerly Smith` with the given name `Mary formerly
// Smith` (64d). `geb` only with its dot or spelled out: Geb is a family name too.
// `geb` without its dot only in lower case between two names (`Anna Müller geb Schmidt` had gone
// as Anna Schmidt, 64r2): the family name is written Geb. The words that only announce another
// name are dropped at the end too, with nothing after them (`Mary Jones formerly` had gone as
// Mary Formerly, 64r2); Aka, Nee and Born stay there, being surnames.
const OTHER_NAME =
  /\s+(?:(?:aka|a\.k\.a\.?|n[ée]e|born|geb\.|geborene?|formerly|fka|f\.k\.a\.?|f\/k\/a)\s+\S.*|(?:a\.k\.a\.?|geb\.|geborene?|formerly|fka|f\.k\.a\.?|f\/k\/a))$/iu;
const GEB_LOWER = /\s+geb\s+\S.*$/u;
/** `text` without another name after the name (OTHER_NAME, GEB_LOWER). */
const withoutOtherName = (text: string): string => text.replace(OTHER_NAME, '').replace(GEB_LOWER, '');

/**
 * Split one patient name field, already cased for the portal. A comma always means
 * `Last, First [Middle]` whatever the setting; without one, `order` decides (default First Last:
 * the last word, with any particles before it, is the family name).
 */
export function splitName(
  raw: string,
  order: NameOrder = 'auto',
  capitals: CapitalsReading = 'family',
): PersonName | undefined {
  return (order !== 'last-first' && plainFirstLast(raw)) || splitAnyName(raw, order, capitals);
}

/** splitName's general path, for a name of any form (exported for the test that holds the plain
 *  path to it). */
export function splitAnyName(
  raw: string,
  order: NameOrder = 'auto',
  capitals: CapitalsReading = 'family',
): PersonName | undefined {
  const text = nameWords(raw);
  return text ? splitNameWords(text, order, capitals) : undefined;
}

/** Whether a one-column name that holds a comma is written `Last, First`: not when the comma only
 *  comes before a generational suffix (`John Smith, Jr.`). Cheap for the many names with none. */
export function writtenWithComma(raw: string): boolean {
  if (!SUFFIX.test(raw)) return true;
  const text = raw.replace(SUFFIX, '');
  const comma = text.indexOf(',');
  return comma > 0 && /\p{L}/u.test(text.slice(comma + 1));
}

/**
 * Whether a two-word name without a comma shows by its own writing that it is not a family name
 * and a given name: a courtesy title in front (`Mrs. Patterson`: a title goes before the family name
 * alone, or the given name) or a nickname in quotes after the first word (`Robert "Bobby" Klein`:
 * last name first puts it after the given name, at the end).
 */
export function givenNameShownFirst(raw: string): boolean {
  const text = raw.trim().replace(/\s+/g, ' ');
  return withoutTitles(text) !== text || QUOTED_NICKNAME.test(text);
}
const QUOTED_NICKNAME = /^[^\s"“]+ ["“][^"”]+["”] \S/u;

/** Whether the name's words in capitals would be the family name by the French and UK convention
 *  but are not by its order (`JOHN Smith`, `DUPONT Marie`: name-words.ts capitalsAgainstOrder). */
export function capitalsUnsure(raw: string, order: NameOrder): boolean {
  const text = nameWords(raw);
  return text !== '' && capitalsAgainstOrder(text, order);
}

/** The words of the name: without titles (name-titles.ts), a generational suffix or odd white
 *  space. In `Last, First` the part before the comma is the family name whole but for a courtesy
 *  title (`Pastor Ruiz, Ana` is Ana Pastor Ruiz; Pastor, Master, Canon, Judge are surnames too). */
function nameWords(raw: string): string {
  let text = withoutOtherName(raw.trim().replace(/\s+/g, ' ')).replace(SUFFIX, '').trim();
  // `SMITH Mrs Mary`: a title between the words stands where the comma of `SMITH, Mrs Mary` does.
  if (!text.includes(',')) text = withoutTitles(text).replace(COURTESY_BETWEEN, ', $1 ');
  // A title after the comma of `Smith, Dr. John` is the given part's, not the given name.
  const comma = text.indexOf(',');
  if (comma > 0) {
    const family = text.slice(0, comma).replace(COURTESY_FIRST, '');
    return `${family}, ${withoutTitles(text.slice(comma + 1).trim()).replace(COURTESY_LAST, '')}`;
  }
  return text;
}

/**
 * A given name from a column of its own, read as in a one-column name: without a generational
 * suffix (`John Jr.`), an alias after it (`Robert aka Bob`) or a title before it (`Dr. Sam`, `Mrs
 * Ann`). A suffix or title standing alone stays (`Jr` is someone's given name).
 */
export function givenNameOfColumn(raw: string): string {
  const text = withoutOtherName(raw.trim().replace(/\s+/g, ' ')).replace(SUFFIX, '').trim();
  return text ? withoutTitles(text) : raw.trim();
}

/** A family name from a column of its own, without a generational suffix (`Doe III`, `Grant,
 *  Jr.`, `SMITH JR`) or another name after it; a family name that is such a word alone stays (`Ii`). */
export function familyNameOfColumn(raw: string): string {
  // Not a maiden name or an alias after it either (`Müller geb. Schmidt`, `Jones nee Smith`, `Jones
  // fka Smith`): they had gone as the last name `Jones Nee Smith` (64r2), where the one-column name
  // and the First column left them out.
  const text = withoutCredential(
    withoutOtherName(raw.trim().replace(/\s+/g, ' ')).replace(SUFFIX, '').trim(),
  );
  return text || raw.trim();
}

/** A family name without a professional credential after it (`Smith, MD`, `Smith MD`, `Okafor
 *  PhD`: a doctor booked as a patient, the export's name field holding the staff record's name):
 *  it had gone as the last name `Smith, MD` (64d). A name-like credential only as a credential
 *  is written (`DO` in capitals after a name in mixed case, `D.O.`: provider-credentials.ts), so
 *  the family name Do stays. The name alone is kept whole. */
function withoutCredential(text: string): string {
  const m = /^(.*\p{L}.*?)(?:\s*,\s*|\s+)(\S+)$/u.exec(text);
  if (!m) return text;
  const position = /,\s*\S+$/.test(text) ? 'alone' : 'after';
  const mixedCase = text !== text.toUpperCase() && text !== text.toLowerCase();
  return credentialOf(m[2]!, { position, mixedCase }) ? m[1]!.trim() : text;
}

/** The courtesy titles no family name starts with (`Dr. Smith, John`, `Mrs Jones, Ann`): the only
 *  ones taken off before the comma, where Pastor, Master or Canon is part of the surname. */
const COURTESY_FIRST = /^(?:mrs?|ms|mx|dr|prof)\.?\s+(?=\S)/i;
/** A courtesy title after the given name, as UK lists write it without brackets (`ROBERTS, Gareth
 *  Mr`, `Hussain, Amira Mrs`; EMIS's `(Mr)` is a note): it had gone as the given name `Gareth Mr`.
 *  Only after a word, so a given name that is such a word alone stays. */
const COURTESY_LAST = /(?<=\S)\s+(?:mrs?|ms|miss|mx|master|mstr|dr|prof|revd?)\.?$/i;

/** A courtesy title between the family name and the given names, as UK lists write it without
 *  the comma (`SMITH Mrs Mary`, `Jones Master Tom`): the words before it are the family name,
 *  whatever the order (it had gone as first name Mrs, or Smith). No given name is followed by a
 *  title, so the title marks the family name as a comma does. */
const COURTESY_BETWEEN = /(?<=\S)\s+((?:mrs?|ms|miss|mx|master|mstr|dr|prof|revd?)\.?)\s+(?=\S)/i;

const SUFFIX_WORDS = new Set(['jr', 'jnr', 'sr', 'snr', 'ii', 'iii', 'iv', '2nd', '3rd', 'esq']);

/**
 * The commonest name, `Oscar Delgado`, without the regexes of the general path: exactly two words
 * of ASCII letters (digits, `-` and `'` allowed) and one space, in mixed case, no two capitals in
 * a row (a word in capitals, `DUPONT`, or after its prefix, `McDONALD`, is weighed as a family
 * name there), no title or `Te` first, no suffix last. Anything else is undefined and goes the general
 * way; for these the general path gives the same { first, last } (names.test.ts checks the two
 * against each other).
 */
function plainFirstLast(raw: string): PersonName | undefined {
  let space = -1;
  let upper = false;
  let lower = false;
  let prevUpper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x20) {
      if (space >= 0 || i === 0) return undefined;
      space = i;
      prevUpper = false;
    } else if (c >= 65 && c <= 90) {
      if (prevUpper) return undefined;
      upper = prevUpper = true;
    } else if (c >= 97 && c <= 122) {
      lower = true;
      prevUpper = false;
    } else if ((c >= 48 && c <= 57) || c === 0x2d || c === 0x27) prevUpper = false;
    else return undefined;
  }
  if (space < 0 || space === raw.length - 1 || !upper || !lower) return undefined;
  const first = raw.slice(0, space);
  const last = raw.slice(space + 1);
  if (
    TITLE_WORDS.has(first.toLowerCase()) ||
    SUFFIX_WORDS.has(last.toLowerCase()) ||
    last.length === 1 ||
    givenPrefix(first)
  )
    return undefined;
  return { first, last };
}

/** `First Middle Last` for display (provider names on the portal). */
export function displayName(n: PersonName): string {
  return [n.first, n.middle, n.last].filter(Boolean).join(' ');
}

// The Arabic comma `،` (U+060C) is the comma of Arabic, Persian and Urdu text, and inverts a name
// as `,` does: an Arabic catalogue heading is `الجاحظ، عمرو بن بحر` (the Arabic NACO Manual,
// library.princeton.edu/departments/tsd/katmandu/cp20/arabic/arReferences.html: references in
// Arabic script with the heading's elements, `Miṣrī, ʻAlī ibn Muḥammad`). In a name it is the
// `Last, First` comma, and is read as one. The ideographic `、` and fullwidth `，` commas are not:
// Japanese and Chinese write a name family name first with a space or nothing between (山田 太郎),
// and `、` is the comma between the items of a list (山田、佐藤: two people), so such a cell stays a
// row error.
const ARABIC_COMMA = /\s*\u060c\s*/g;

/** `raw` with an Arabic comma read as the `Last, First` comma (`الحربي، محمد` → `الحربي, محمد`),
 *  and a DICOM or HL7 name's carets as it (`HOLLOWAY^MARGARET^A` → `HOLLOWAY, MARGARET A`:
 *  caret-names.ts); one test each for the many names with neither. */
export function withNameComma(raw: string): string {
  const text = raw.includes('^') ? fromCaretName(raw) : raw;
  return text.includes('\u060c') ? text.replace(ARABIC_COMMA, ', ').trim() : text;
}

/** True when a value has the `Last, First` shape (used to recognise name columns). */
export function looksLikeLastFirst(raw: string): boolean {
  const t = withNameComma(withoutContacts(raw.trim()));
  return LAST_FIRST.test(t) || (NICKNAME_LAST.test(t) && LAST_FIRST.test(t.replace(NICKNAME_LAST, '')));
}

/** A one-word nickname after the given name, in brackets or quotes (`Obi, Adaeze (Ada)`, `Obi,
 *  Adaeze "Ada"`): the patient's cell still (row-patient.ts leaves it out of the legal name). Not
 *  counted, one such cell in a three-row file left the name column below 0.9 and the file held. */
const NICKNAME_LAST = /\s+(?:\(\p{L}[\p{L}'’.-]*\)|["“]\p{L}[\p{L}'’.-]*["”])$/u;

/** `Last, First`, with the title in brackets after it as EMIS writes it (`HUGHES, Gareth (Mr)`). */
const LAST_FIRST =
  /^[\p{L}'’.\- ]+,\s*[\p{L}'’.\- ]+?(?:\s*\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Master|Prof|Rev|Sir|Lady|Dame)\.?\))?$/iu;

/** True when a value looks like a person's name: 2-4 words of letters, not counting titles in
 *  front and family-name particles. `Mrs Siân Rhys ap Gruffydd`, `Dr Johannes van der Berg`, `Sra.
 *  María José de la Cruz` are names; counted whole they had left a UK diary's patient column in
 *  doubt, and the file held. */
export function looksLikePersonName(raw: string): boolean {
  // A name a wrong text encoding damaged (`Pe�a, Ana`, `G—mez, Luis`) is still a name: the column
  // is the patient's, and each such row is refused as garbled (row-patient.ts), where a doubt
  // about the column would ask the wrong question.
  const text = withNameComma(withoutContacts(raw.trim()));
  // A slash mark (`Muthu A/L Rajan`) is a word of the name: a list of Malaysian Indian names had
  // left the column below the names' share, and the file held (64d).
  const marked = text.includes('/') ? text.replace(SLASH_MARK, 'al') : text;
  const t = looksGarbled(marked) ? marked.replace(/[^\p{L}\p{ASCII}]/gu, 'x') : marked;
  return looksLikeLastFirst(t) || /^(?:[\p{L}'’.-]+\s+){1,3}[\p{L}'’.-]+$/u.test(t) || longName(t);
}

/** A name longer than four words for its title and particles only, each other word capitalised
 *  (so `Control de la presión arterial`, a note, is none). */
function longName(t: string): boolean {
  if (!/^(?:[\p{L}'’.-]+\s+){4,}[\p{L}'’.-]+$/u.test(t)) return false;
  const words = withoutTitles(t).split(/\s+/);
  const counted = words.filter((w, i) => i === words.length - 1 || !PARTICLES.has(w.toLowerCase()));
  return counted.length >= 2 && counted.length <= 4 && counted.every((w) => /^\p{Lu}/u.test(w));
}
