// A person's name in the caret form of DICOM and HL7 v2, as a PACS or RIS worklist (and an
// interface engine's flat file) writes it in one cell: family^given^middle^prefix^suffix (DICOM
// PS3.5 6.2 "PN"; HL7 v2 XPN puts the suffix before the prefix). `HOLLOWAY^MARGARET^A` is
// Margaret A. Holloway: the first part is the family name, as surely as before a comma. Read as
// `HOLLOWAY, MARGARET A`; the prefix and suffix are dropped, as titles and generational suffixes
// are (names.ts). DICOM's `=` starts the same name in another script (ideographic, phonetic):
// the first, alphabetic, group is read.

/** Parts of a name between carets: letters, spaces, apostrophes, dots and hyphens only. */
const PART = /^[\p{L}'’.\- ]*$/u;

// HL7 v2 XPN goes on after the prefix: the degree (`MD`) and the name type code of table 0200
// (L legal, D display, A alias, M maiden…): `HALVORSEN^INGRID^M^^^^L`. Read only with one of the
// parts after the given name left empty, as an XPN leaves those it has no value for; every part
// filled (`A^B^C^D^E^F`), past those, or another word there, the carets may be a list and the value
// is left as it is.
const XPN_DEGREE = /^(?:[\p{L}.-]{2,8})?$/u;
const NAME_TYPES = /^(?:A|B|BAD|C|D|I|K|L|M|N|NB|P|R|S|T|U)?$/;
const xpnTail = (parts: readonly string[]): boolean =>
  parts.length <= 7 &&
  XPN_DEGREE.test(parts[5] ?? '') &&
  NAME_TYPES.test(parts[6] ?? '') &&
  parts.slice(2).some((p) => p === '');

/** `raw` in the caret form read as `Family, Given Middle`; anything else as it is (a comma, an
 *  empty family or given part, or a part that is no name: `5^3`). */
export function fromCaretName(raw: string): string {
  if (!raw.includes('^') || raw.includes(',')) return raw;
  const group = raw.split('=')[0]!.trim();
  const parts = group.split('^').map((p) => p.trim());
  const [family = '', given = '', middle = ''] = parts;
  const tail = parts.length <= 5 || xpnTail(parts);
  if (!tail || !family || !given || !parts.slice(0, 5).every((p) => PART.test(p))) return raw;
  if (!/\p{L}/u.test(family) || !/\p{L}/u.test(given)) return raw;
  return `${family}, ${middle ? `${given} ${middle}` : given}`;
}

/** A provider's cell read through its carets: the name as the SIU reader writes an XCN
 *  (`Family, Given Middle, Degree`: siu-rows.ts), the id XCN-1 gave; `unread` when the cell has
 *  carets but no name can be read from them. */
export interface CaretProvider {
  text: string;
  id?: string;
  unread?: true;
}

// A provider id of XCN-1: an NPI, a staff number, a code (`1487652093`, `D1024`, `OKAF01`).
const XCN_ID = /^(?=[^\s]*\d)[\p{L}\d._-]+$/u;
const DEGREE = /^[\p{L}.-]+$/u;

/**
 * A provider written as an HL7 v2 person, as an interface engine copies AIP-3 or PV1-7 into a
 * cell of its own (a Mirth channel's XML, a CSV of the feed): XCN `id^family^given^middle^suffix^
 * prefix^degree^…` (`1487652093^OKAFOR^CHIDI^A^^^MD`), or XCN without its id, as XPN writes a name,
 * `family^given^middle^suffix^prefix^degree` (`OKAFOR^CHIDI^A^^^MD`). Read whole it had gone to
 * the portal as the provider `Okafor^chidi^a^^^md`. The first part tells the two apart: a name
 * (letters only) is the family name, a value with a digit the id; an id of letters only shows by a
 * degree in the seventh part, and is not read. Subcomponents after `&` (FN's
 * surname prefix, an assigning authority's OID) are left out; the suffix and the prefix (`DR`)
 * are dropped as the SIU reader drops them. A cell with carets whose family or given name is
 * empty or no name (`^CHIDI^A`: an empty id or an empty family name?), or with repetitions (`~`:
 * two people), is `unread`: the row is refused, never sent with a guessed name.
 */
export function fromCaretProvider(raw: string): CaretProvider {
  if (!raw.includes('^')) return { text: raw };
  if (raw.includes('~')) return { text: raw, unread: true };
  const parts = raw.split('^').map((p) => p.split('&')[0]!.trim());
  const first = parts[0] ?? '';
  // A seventh part after a name is XPN's name type (`L`); any other word there is XCN's degree,
  // and the first part a letters-only id (`JSMITH^SMITH^JOHN^^^^MD`): no reading is sure.
  const named = /\p{L}/u.test(first) && PART.test(first) && NAME_TYPES.test(parts[6] ?? '');
  const at = named ? 0 : XCN_ID.test(first) ? 1 : -1;
  const part = (i: number): string => parts[at + i] ?? '';
  const [family, given, middle, degree] = [part(0), part(1), part(2), part(5)];
  const isName = (p: string): boolean => /\p{L}/u.test(p) && PART.test(p);
  if (at < 0 || !isName(family) || !isName(given) || !PART.test(middle) || (degree && !DEGREE.test(degree)))
    return { text: raw, unread: true };
  const text = `${family}, ${middle ? `${given} ${middle}` : given}${degree ? `, ${degree}` : ''}`;
  return at === 1 ? { text, id: first } : { text };
}
