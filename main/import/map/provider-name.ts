// Provider names as scheduling exports write them: `Last,First Middle` (OpenEMR), `Dr First
// Last` (Cliniko), `First Last, MD`, `Smith, Jane PA-C`, `Dr. med. Anna Keller`, with an
// embedded id (`[1187]`, `(1187)`, `#1187`, `1187 - Lee, Anna`) or specialty (`Dr Lee - Cardiology`). Parsed into parts so the portal shows "First Last"
// with the credential as the practice chooses, and the id can serve as the provider id.
import { deriveProviderId, norm } from './identity.ts';
import { splitNameWords } from './name-words.ts';
import { DEGREE_PARTS } from './name-titles.ts';
import type { NameOrder } from './profile.ts';
import { isSingleCase } from './proper-case.ts';
import { takeDashedCode, withoutSpecialty } from './cell-codes.ts';
import { providerNamesNoOne, saysSite } from './room-values.ts';
import { fromCaretProvider } from './caret-names.ts';
import {
  credentialOf,
  isNameLikeCredential,
  type Credential,
  type CredentialContext,
} from './provider-credentials.ts';

export interface ProviderName {
  first: string;
  middle?: string;
  last: string;
  /** A doctor's or professor's title as written in front ("Dr", "Dr.", "Prof. Dr. med."). */
  title?: string;
  /** Normalised spellings (M.D. → MD, Ph.D. → PhD), in the order written. */
  credentials: string[];
  /** An id the export wrote inside the name (`[1187]` → "1187"). */
  id?: string;
  /** The last word of `DAVID HALL DO`: a credential or a family name (see parseProviderName). */
  nameOrCredential?: string;
  /** An HL7 person's carets no name is read from (`^CHIDI^A`: caret-names.ts). */
  unreadCarets?: true;
}

// `Provider: Lee, Anna`, `Resource: US Room`: the column's own label written into the cell (a
// report that prints `label: value` per field). The label is no part of the name.
const FIELD_LABEL =
  /^\s*(?:provider|resource|doctor|physician|practitioner|clinician|dentist|hygienist|therapist|staff|behandler(?:in)?|arzt|ärztin)(?:\s+name)?\s*:\s*(?=\S)/i;

/** The cell without a provider label in front (`Resource: US Room` → `US Room`). */
export function withoutFieldLabel(cell: string): string {
  return cell.replace(FIELD_LABEL, '');
}

// `[1187]`, `(1187)`, `{1187}`, `(ID: 1187)`, `[NPI 1234567890]`: an id holds a digit.
const BRACKETED_ID = /[[({]\s*(?:(?:id|npi|no\.?|nr\.?)\s*[:#]?\s*)?([A-Za-z0-9][\w.-]*)\s*[\])}]/gi;
const HASH_ID = /(?:^|\s)#\s?([A-Za-z0-9][\w.-]*)/g;

function takeId(text: string): { text: string; id?: string } {
  let id: string | undefined;
  const strip = (re: RegExp, s: string): string =>
    s.replace(re, (whole, value: string) => {
      if (!/\d/.test(value)) return whole;
      id ??= value;
      return ' ';
    });
  const rest = strip(HASH_ID, strip(BRACKETED_ID, text));
  if (id !== undefined) return { text: rest, id };
  // `1234 - Lee, Anna`, `Lee, Anna - 1234`, `LEE01 Lee, Anna` (cell-codes.ts).
  const dashed = takeDashedCode(text.trim());
  return dashed.code === undefined ? { text } : { text: dashed.text, id: dashed.code };
}

// With the Spanish, Portuguese and Italian ones (`Dra. Lucía Romero`, `Dott. Bianchi`, `Dott.ssa
// Rossi`): unknown, the title was read as the given name and went into the provider's id.
const TITLE_WORD = /^(dr|dra|doctor|doctora|dott|prof|professor)\.?$|^(?:dott|dr)\.?ssa\.?$|^dr\.?-ing\.?$/i;
// German degree parts after Dr (Dr. med., Dr. med. dent., Dr. rer. nat.).
const DEGREE_PART = new RegExp(`^(?:${DEGREE_PARTS})\\.$`, 'i');
const COURTESY = /^(mr|mrs|ms|miss|mx)\.?$/i;

interface Words {
  words: string[];
  title: string[];
  credentials: Credential[];
}

/** Titles, courtesy titles and credentials in front of the name. */
function takeLeading(w: Words, mixedCase: boolean): void {
  for (;;) {
    const word = w.words[0];
    if (word === undefined || w.words.length < 2) return;
    if (TITLE_WORD.test(word) || (w.title.length > 0 && DEGREE_PART.test(word))) {
      w.title.push(word);
    } else if (COURTESY.test(word)) {
      // Dropped as before: the portal shows the provider's name, not Mr/Ms.
    } else {
      const c = credentialOf(word, { position: 'before', mixedCase });
      if (!c) return;
      w.credentials.push(c);
    }
    w.words.shift();
  }
}

// A word of three capitals or more (`MBA`, `CSCS`, `BC-HIS`), not a name suffix (`III`, `JR`).
const CAPITALS_WORD = /^(?=(?:[^A-Z]*[A-Z]){3})[A-Z][A-Z0-9./-]*$/;
const SUFFIX = /^(?:[IVX]+|JR|SR)\.?$/;

/**
 * A credential no list knows, where only a credential fits: a word in capitals in a name written
 * in mixed case, after the given name of `Last, First` (`Baxter, Anna MBA`) or alone after a whole
 * name and a comma (`Anna Baxter, MBA`). The family name came before the comma, so the word is no
 * family name; a given or middle name is not written in capitals beside a given name that is not.
 * Without a comma the last word in capitals may be the family name (`Anna Maria BAXTER`): there
 * only the listed credentials count.
 */
function unlistedCredential(word: string, ctx: CredentialContext): Credential | undefined {
  if (!ctx.mixedCase || !CAPITALS_WORD.test(word) || SUFFIX.test(word)) return undefined;
  return { display: word };
}

/** Credentials at the end of `w` (`Raj Singh MD`, `Jane Doe PA-C`), keeping `keep` words;
 *  `unlisted`: also a word in capitals no list knows (see unlistedCredential). */
function takeTrailing(w: Words, ctx: CredentialContext, keep: number, unlisted = false): Credential[] {
  const found: Credential[] = [];
  while (w.words.length > keep) {
    const word = w.words[w.words.length - 1]!;
    const c = credentialOf(word, ctx) ?? (unlisted ? unlistedCredential(word, ctx) : undefined);
    if (!c) break;
    found.unshift(c);
    w.words.pop();
  }
  return found;
}

/**
 * `HALL, DAVID DO`: in a name all in one case, a word after the given name that is both a
 * credential and a name (`DO` a doctor of osteopathy or the Vietnamese name Do, `PA`, `OD`) cannot
 * be told apart; as a middle name it had gone as "David Do Hall". Neither reading is sent: the
 * portal shows "David Hall", right for either. Written `D.O.`, or `DO` beside mixed case, it is
 * the credential (credentialOf); `Hall, David Do` keeps its middle name. `keep`: the words
 * before it that must stay (the given name; the family and given name without a comma).
 */
function dropUndecidable(given: Words, mixedCase: boolean, keep = 1): void {
  const last = given.words[given.words.length - 1];
  if (!mixedCase && given.words.length > keep && last !== undefined && isNameLikeCredential(last)) {
    given.words.pop();
  }
}

// Words of a name; a lone dash or slash between name and credential ("Smith, John - MD") is none.
const words = (s: string): string[] =>
  s
    .split(' ')
    .map((x) => x.trim())
    .filter((x) => x && !/^[-–—/|:]+$/.test(x));

/**
 * Brackets that are not ids: `(PA-C)` is a credential written in brackets and loses them; any
 * other note (`(Locum)`, `(Jack)`) is not part of the name and is dropped, or it would be read
 * as the family name.
 */
function unbracket(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const all = words(inner.replace(/,/g, ' '));
    const creds = all.every((w) => credentialOf(w, { position: 'alone', mixedCase: true }));
    return all.length && creds ? ` ${all.join(' ')} ` : ' ';
  });
}

/**
 * A whole name and, after a dash, a site, a room or a service: WebPT names a therapist's calendar
 * per clinic `Full Name - Clinic` (`Sam Ortiz - Downtown`, `Priya Nair PTA - North Scottsdale`,
 * `Sam Ortiz - Main Clinic`), and read whole it went as a provider "Sam Ortiz Downtown", another
 * one per clinic. Any other word there may be a name (`Anna Lee - Vincent`, a double family name
 * written with spaces) and stays; the name must be two words or more.
 */
function withoutNote(text: string): string {
  const m = /^(.*?\S)\s+[-–—]\s+(\S.*)$/.exec(text);
  if (!m) return text;
  const [, name, note] = m as unknown as [string, string, string];
  const nameWords = words(name).filter((w) => /\p{L}/u.test(w));
  if (nameWords.length < 2 || /\s[-–—]\s/.test(note)) return text;
  return saysSite(note) || providerNamesNoOne(note) ? name : text;
}

// `A.LEE`, `J.R.SMITH`: initials joined to the family name by their dots, one word that had gone
// as a family name "A.lee" with no given name. Only single letters before a dot count, and a name
// after them with no dot of its own: `St.John`, `FP.SMITHJ` (a code), `Ph.D.` and `L.Ac.` are left
// alone.
const JOINED_INITIALS = /(?<![\p{L}.'’-])((?:\p{L}\.)+)(?=\p{L}{2,}(?:$|[\s,]))/gu;

/** `A.LEE` → `A. LEE`: the initials a word of their own, as `A. Lee` and `Lee, A.` write them. */
function spaceInitials(text: string): string {
  return text.replace(JOINED_INITIALS, '$1 ');
}

// A firm's words: `Lee & Associates`, `Lee, Anna & Assoc.`, `Smith Jones PLLC`, `Ortiz P.C.`. The
// cell names a practice booked as the provider, no one person: read as a name it went as "Anna &
// Assoc. Lee" and "Smith Jones Pllc". Shown as written; no given or family name is read from it.
const FIRM =
  /(?:^|[\s&,])(?:assoc|assocs|associates|partners|pllc|llc|llp|inc|ltd|p\.?c|p\.?s\.?c)\.?(?=$|[\s,)])/i;

/**
 * A provider's name in parts. A comma means `Last, First Middle` unless what follows it is only
 * credentials (`Jane Doe, MD`); without one, `order` decides (default First Last).
 */
export function parseProviderName(raw: string, order: NameOrder = 'auto'): ProviderName {
  // `OKAFOR^CHIDI^A^^^MD`, an HL7 person: read as `OKAFOR, CHIDI A, MD` (caret-names.ts).
  const caret = fromCaretProvider(withoutFieldLabel(raw).trim());
  if (caret.unread) return { first: '', last: caret.text, credentials: [], unreadCarets: true };
  const taken = takeId(caret.text);
  const id = caret.id ?? taken.id;
  // `Dr. Lee - Cardiology`: the specialty beside the name is not part of it.
  const text = withoutNote(
    withoutSpecialty(spaceInitials(unbracket(taken.text)).replace(/\s+/g, ' ').trim()),
  );
  if (FIRM.test(text)) return { first: '', last: text, credentials: [], ...(id !== undefined ? { id } : {}) };
  const parts = text.split(',').map((p) => p.trim());
  const credentials: Credential[] = [];
  // Trailing comma parts made only of credentials: `Jane Doe, MD, FACP`.
  const mixedCase = !isSingleCase(text);
  while (parts.length > 1) {
    const w: Words = { words: words(parts[parts.length - 1]!), title: [], credentials: [] };
    // "Jane Doe, DO" is a credential; "Lee, Pa" is a Hmong given name: a name-like credential
    // stands alone after a comma only when a whole name (two words or more) comes before it.
    const nameBefore = words(parts.slice(0, -1).join(' ')).length >= 2;
    const creds = takeTrailing(w, { position: nameBefore ? 'alone' : 'after', mixedCase }, 0, nameBefore);
    if (w.words.length > 0) break;
    credentials.unshift(...creds);
    parts.pop();
  }
  const head: Words = { words: words(parts[0] ?? ''), title: [], credentials: [] };
  takeLeading(head, mixedCase);
  let given: Words | undefined;
  if (parts.length > 1) {
    given = { words: words(parts.slice(1).join(' ')), title: [], credentials: [] };
    // "Singh, Dr Raj": a title in front of the given name.
    takeLeading(given, mixedCase);
    credentials.unshift(...takeTrailing(given, { position: 'after', mixedCase }, 1, true));
    dropUndecidable(given, mixedCase);
  } else {
    credentials.unshift(...takeTrailing(head, { position: 'after', mixedCase }, 1));
    // `HALL DAVID DO` in a Last First column: the same place after the given name.
    if (order === 'last-first') dropUndecidable(head, mixedCase, 2);
  }
  const undecided =
    !given && order !== 'last-first' ? lastInCapitals(head, mixedCase, credentials) : undefined;
  credentials.unshift(...head.credentials, ...(given?.credentials ?? []));
  const titleWords = [...head.title, ...(given?.title ?? [])];
  const nameText = given ? `${head.words.join(' ')}, ${given.words.join(' ')}` : head.words.join(' ');
  const n = splitNameWords(nameText, order) ?? { first: '', last: '' };
  const title = titleWords.length ? caseTitle(titleWords, isSingleCase(nameText)) : undefined;
  return {
    first: n.first,
    ...(n.middle ? { middle: n.middle } : {}),
    last: n.last,
    ...(title ? { title } : {}),
    credentials: dedupe(credentials.map((c) => c.display)),
    ...(id !== undefined ? { id } : {}),
    ...(undecided ? { nameOrCredential: undecided } : {}),
  };
}

// Đỗ, written Do, is one of the commonest Vietnamese family names.
const FAMILY_NAME_TOO = /^do$/i;

/**
 * The last of three words or more in one case, when it is a credential also written as a name:
 * after a whole name, `RAJ PATEL PA` and `JOHN SMITH OD` are the credential (no family name Pa or
 * Od; it had gone as "Raj Patel Pa"), taken into `credentials`. `DAVID HALL DO` and `ANH THI DO`
 * are one shape: David Hall, DO, or a person named Do. Neither reading is sure, and dropping the
 * word would misname Anh Thi Do: the word is returned, and the row is refused (row-defaults.ts).
 */
function lastInCapitals(head: Words, mixedCase: boolean, credentials: Credential[]): string | undefined {
  const last = head.words[head.words.length - 1];
  if (mixedCase || head.words.length < 3 || last === undefined || !isNameLikeCredential(last))
    return undefined;
  if (FAMILY_NAME_TOO.test(last)) return last;
  const c = credentialOf(last, { position: 'alone', mixedCase: true });
  if (!c) return undefined;
  head.words.pop();
  credentials.unshift(c);
  return undefined;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** "DR." → "Dr.", "DR. MED." → "Dr. med." for a name in one case; otherwise as written. */
function caseTitle(words: string[], singleCase: boolean): string {
  if (!singleCase) return words.join(' ');
  return words
    .map((w, i) =>
      i === 0 || TITLE_WORD.test(w) ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase(),
    )
    .join(' ');
}

/** Letters then digits (`HYG1`), or words of capitals joined by a dot or underscore with no space
 *  (`FP.SMITHJ`, `DR_LEE`; not an initial: `A.LEE`). */
const PROVIDER_CODE = /^(?:\p{L}+\d+|\p{Lu}{2,}(?:[._]\p{Lu}{2,})+)$/u;

/**
 * A provider's name as patients read it on the portal: `First Middle Last`, keeping a doctor's
 * title written in front ("Dr Aroha Ngata"; without it "Dr. Z" would read as a bare "Z"), and the
 * credentials after a comma ("Jane Smith, MD") unless the practice chose to omit them. An id
 * embedded in the name never shows.
 */
export function providerDisplayName(
  raw: string,
  order: NameOrder = 'auto',
  credential: 'after' | 'omit' = 'after',
): string {
  const p = parseProviderName(raw, order);
  const name = [p.first, p.middle, p.last].filter(Boolean).join(' ');
  // A provider's code (Dentrix's `DDS1`, `HYG1`, MEDITECH's mnemonic `FP.SMITHJ`) is no name to
  // put in proper case ("Dds1", "Fp.smithj").
  if (!name || PROVIDER_CODE.test(name.replace(/\s+/g, '')) || PROVIDER_CODE.test(raw.trim()))
    return takeId(withoutFieldLabel(raw).trim()).text.replace(/\s+/g, ' ').trim();
  const titled = p.title ? `${p.title} ${name}` : name;
  return credential === 'after' && p.credentials.length ? `${titled}, ${p.credentials.join(', ')}` : titled;
}

/**
 * The provider's id when the export gives none: made from the name's parts, family name first,
 * without the title, credentials, specialty or notes around them, so that `Lee, Anna`, `Dr. Anna
 * Lee`, `ANNA LEE MD` and `Lee, Anna (Cardiology)` are one provider on the portal, in one file and
 * from one export to the next (`Lee, Andrew` and `Dr A Lee` stay others). An id written into the
 * name (`Dr Lee [1187]`) is the id; a cell no name is read from keeps its own (`Hyg1`).
 */
export function providerIdOf(p: ProviderName, raw: string): string {
  if (p.id !== undefined) return p.id;
  const parts = [p.last, p.first, p.middle].filter(Boolean);
  // `Hygienist 1`, a role and its number, is no name in parts: the cell makes the id.
  const named = parts.length > 0 && parts.every((x) => /\p{L}/u.test(x!));
  return deriveProviderId(named ? parts.join(' ') : raw);
}

/**
 * Who a provider name names, as the checks that compare providers across exports read it: the
 * name's parts in lower case, without the title in front or the credentials after it (`Lee, Anna
 * MD`, `Dr Anna Lee` and `Anna Lee, M.D.` are one provider); '' when no name is read. Ids sent
 * before they were made from the name's parts (`dr-anna-lee`) are known by it.
 */
export function providerNameKey(raw: string, order: NameOrder = 'auto'): string {
  const p = parseProviderName(raw, order);
  const name = [p.first, p.middle, p.last].filter(Boolean).join(' ');
  return name ? norm(name) : '';
}
