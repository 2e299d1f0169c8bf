// Titles before a patient's name: courtesy, religious, civic, service and academic ones, in the
// languages of the practices served. None is part of the name, and none is ever sent as its
// given name (`Fr Patrick Ryan` went as first name Fr, `Dr. med. Jens Vogel` as med.).
import { patronymicMarkAt } from './patronymic-marks.ts';

// With or without a dot: the four languages' courtesy titles (and the NHS's `Master`, `Mstr`,
// `Mast` for boys; Singapore's and Malaysia's `Mdm`, Madam, for a married woman): `Frau Anna Müller`, `Mme Marie DUPONT`, `Sra. Lucía Pérez`, `Herr Dr. Karl
// Meyer`; Dutch and Scandinavian ones (`Dhr.`, `Mevr.`, `Mw.`, `Mej.`, `Fru`, `Frk`, `Ir.`,
// `Drs.`); clergy (`Fr`, `Br`, `Canon`, `Msgr`), the bench, councils (`Cllr`, `Cr`) and the
// services (`Capt. Tom Hale`), and academic ranks (`Assoc Prof`, `A/Prof`, `MMag.`, `DDr.`). A
// name left with one word after them is refused (first name missing), never sent as `Pastor
// Jones`. `Don` is also a given name, so it is no title here.
const TITLE_NAMES =
  'dr|mr|mrs|ms|miss|mx|mdm|prof|doctor|master|mstr|mast|mister|rev|revd|reverend|father|sir|dame|lady|lord|' +
  'sister|brother|herr|frau|fräulein|frl|mme|mlle|mmes|sr|sra|srta|dña|doña|fr|br|hr|pr|fru|frk|' +
  'dhr|mevr|mw|mej|ir|drs|pastor|rabbi|imam|canon|msgr|judge|cllr|cr|' +
  'capt|sgt|cpl|lt|col|cmdr|officer|assoc|asst|a/prof|mmag|ddr|' +
  // India's and Malaysia's courtesy titles, never given names: `Shri` and `Smt` / `Shrimati`
  // (Mr, Mrs), `Sushri` (Ms), `Hj` / `Hjh` (Haji, Hajjah written short), `Datuk`, `Dato`: `Shri
  // Ramesh Kumar` had gone as first name Shri (64d). `Haji` written out is a Somali given name too.
  'shri|smt|shrimati|sushri|hj|hjh|datuk|dato|' +
  // Malaysia's others: `Datin` (a Datuk's wife), `Puan` and `Encik` (Mrs, Mr), and `Dato'` as it is
  // usually written, with its apostrophe: `Puan Siti binti Ahmad` had gone as first name Puan Siti,
  // `Dato' Ahmad bin Ismail` as Dato' Ahmad (64r2). `Tan Sri` is one title of two words (Tan alone
  // is a family name). `Tuan` (Sir) is a Vietnamese given name, `Cik` a Malay one: neither here.
  "datin|puan|encik|dato'|dato’";
/** Titles of two words: `Tan Sri` (Tan alone is a family name), and `Sri` / `Seri` after a Malaysian
 *  title (`Dato' Sri`, `Datuk Seri`, `Datin Seri`): `Dato Sri Ahmad bin Ismail` had gone as first
 *  name Sri Ahmad (64r2). Alone, or after another title, Sri is a given name (`Dr. Sri Mulyani`). */
const TITLE_PHRASES = "(?:tan|dato|dato'|dato’|datuk|datin)\\s+s(?:e)?ri";
// Only with their dot: one letter (`M. Jean`, `D. Luis`: `M Jean` may be an initial), Maître,
// and the titles that are given names too without it (`Mag.`, `Ing.`, the Honourable `Hon.`:
// `Hon Wai Chan` is Hon Wai Chan; Major `Maj.`: `Maj Andersson` is the Scandinavian given name).
const DOTTED_GIVEN = 'me|mag|ing|hon|maj';
const DOTTED = `m|d|${DOTTED_GIVEN}`;
/** A degree's faculty after Dr, only after a title (`Dr. med.`, `Dr. rer. nat.`, `Dr. med.
 *  dent.`, `Dr. h.c.`): shared with provider names. */
export const DEGREE_PARTS = 'med|dent|vet|rer|nat|pol|oec|soc|phil|jur|iur|theol|habil|techn|sc|h\\.\\s?c';
// Two abbreviations joined by a hyphen (`Dipl.-Ing.`, `Dipl.-Kfm.`, `Univ.-Prof.`, `Dr.-Ing.`,
// `Priv.-Doz.`): the shape of a German title, never of a name.
const HYPHENED = '\\p{L}{2,6}\\.-\\p{L}{2,8}\\.?';

const TITLE = `(?:${TITLE_PHRASES}|${TITLE_NAMES})\\.?|(?:${DOTTED})\\.|${HYPHENED}`;
const TITLES = new RegExp(`^(?:${TITLE})\\s+`, 'iu');
const TITLES_AFTER_TITLE = new RegExp(`^(?:${TITLE}|(?:${DEGREE_PARTS})\\.)\\s+`, 'iu');

/** The title words written without a dot, for the quick path of plain names. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(TITLE_NAMES.split('|'));

/** `text` without the titles in front of it; they can stack (`Herr Dr. Karl Meyer`, `Prof. Dr.
 *  med. Hans Weber`), and a title with nothing after it is kept. */
export function withoutTitles(text: string): string {
  text = withoutPilgrimTitle(text);
  if (familyNameInCapitals(text)) return text;
  for (
    let untitled = text.replace(TITLES, '');
    untitled && untitled !== text;
    untitled = text.replace(TITLES_AFTER_TITLE, '')
  )
    text = untitled;
  return withoutPilgrimTitle(text);
}

// Titles that are family names too (Italian Dato, Pastor; English Canon, Lord, Judge, Master):
// written in capitals before one given name that is not (`DATO Marco`), as French, Italian and UK
// lists mark the family name, the word is the family name; taken off, the name was refused for its
// missing first name (64r2). A title is written so only in a name all in capitals (`MR JOHN SMITH`),
// and with more than one word after it (`MRS Mary Smith`).
const FAMILY_NAMES_TOO = new Set(['dato', 'pastor', 'canon', 'lord', 'judge', 'master']);

function familyNameInCapitals(text: string): boolean {
  const w = text.trim().split(/\s+/);
  return (
    w.length === 2 &&
    FAMILY_NAMES_TOO.has(w[0]!.toLowerCase()) &&
    w[0] === w[0]!.toUpperCase() &&
    w[1] !== w[1]!.toUpperCase()
  );
}

// `Haji` / `Hajah` (and `Hajji`, `Hajjah`), the title of a Malay or Indonesian man or woman who has
// made the pilgrimage, before a name with a father's-name mark: `Haji Ahmad bin Ismail` had gone as
// first name Haji (64d). Written out it is a Somali given name too (`Haji Mohamed Abdi`), which has
// no such mark: only before one is it taken off. (`Hj`, `Hjh` are titles everywhere: TITLE_NAMES.)
const PILGRIM = /^(?:haji|hajji|hajah|hajjah)\s+/iu;

function withoutPilgrimTitle(text: string): string {
  const rest = text.replace(PILGRIM, '');
  return rest !== text && patronymicMarkAt(rest.split(/\s+/)) > 0 ? rest : text;
}

const GIVEN_TITLE = new RegExp(
  `^(?:(?:${TITLE_NAMES}|${DOTTED_GIVEN}|${DEGREE_PARTS})\\.|${HYPHENED})$`,
  'iu',
);
// Titles that are given names as well (Pastor Maldonado, Judge Reinhold, the Indonesian Imam):
// taken off in front of a name, but by themselves (`Maldonado, Pastor`) the given name.
const GIVEN_NAMES_TOO = new Set(['pastor', 'judge', 'imam']);

/**
 * Whether a given name, as split, is a title: one the split could not take off because it was
 * not in front (`MÜLLER Dr. Eva` where capitals mark the family name, `Jens Vogel, Dr. med.`), and
 * such a name is refused, never sent with first name Dr. One letter with a dot is an initial, not
 * Monsieur. Asked of every one-column name: a Set look-up, a regex only with a dot.
 */
export function titleAsGivenName(first: string): boolean {
  if (first.length < 2 || first.length > 16) return false;
  const w = first.toLowerCase();
  return (TITLE_WORDS.has(w) && !GIVEN_NAMES_TOO.has(w)) || (w.includes('.') && GIVEN_TITLE.test(w));
}

/** A whole value that is one title (`Mrs`, `Master`, `Ms.`, `Frau`, `Mme`, `M.`). */
function isTitleAlone(value: string): boolean {
  const w = value.trim().toLowerCase();
  if (!w || w.length > 16) return false;
  return TITLE_WORDS.has(w.replace(/\.$/, '')) || (w.includes('.') && GIVEN_TITLE.test(w));
}

/**
 * Whether a column holds the patient's courtesy title and nothing else (`Title` = `Mrs`,
 * `Master`, `Mr`, as UK systems write it beside `Forename` / `Surname`): nine filled values in ten
 * or more are a title alone. Such a column says who the patient is, never what the visit is.
 */
export function titlesOnly(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (filled.length === 0) return false;
  return filled.filter(isTitleAlone).length >= 0.9 * filled.length;
}
