// A person's name in the caret form of DICOM and HL7 v2, as a PACS or RIS worklist (and an
// interface engine's flat file) writes it in one cell: family^given^middle^prefix^suffix (DICOM
// PS3.5 6.2 "PN"; HL7 v2 XPN puts the suffix before the prefix). `HOLLOWAY^MARGARET^A` is
// Margaret A. Holloway: the first part is the family name, as surely as before a comma. Read as
// `HOLLOWAY, MARGARET A`; the prefix and suffix are dropped, as titles and generational suffixes
// are (names.ts). DICOM's `=` starts the same name in another script (ideographic, phonetic):
// the first, alphabetic, group is read.

/** Parts of a name between carets: letters, spaces, apostrophes, dots and hyphens only. */
const PART = /^[\p{L}'’.\- ]*$/u;

/** `raw` in the caret form read as `Family, Given Middle`; anything else as it is (a comma, an
 *  empty family or given part, or a part that is no name: `5^3`). */
export function fromCaretName(raw: string): string {
  if (!raw.includes('^') || raw.includes(',')) return raw;
  const group = raw.split('=')[0]!.trim();
  const parts = group.split('^').map((p) => p.trim());
  const [family = '', given = '', middle = ''] = parts;
  if (parts.length > 5 || !family || !given || !parts.every((p) => PART.test(p))) return raw;
  if (!/\p{L}/u.test(family) || !/\p{L}/u.test(given)) return raw;
  return `${family}, ${middle ? `${given} ${middle}` : given}`;
}
