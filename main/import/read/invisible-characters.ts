// Characters a person never sees in a cell, which some export tools add on purpose so that Excel
// keeps an id as text (react-csv and tableExport put a zero-width space or a \x1F before
// "0048121"). Left in, `0048121\u200B` is a different id from the `0048121` of the same
// appointment exported plainly the next day, and the portal gets it twice.

/** Zero-width characters and C0 controls other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\u2060\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
/** A vertical tab or form feed separates words (FileMaker writes a line break in a field as \x0B). */
// eslint-disable-next-line no-control-regex
const SEPARATING = /[\x0b\x0c]/g;

/**
 * `text` without invisible characters. One test over a whole decoded piece: the usual export has
 * none, and costs a single scan, never a per-cell replace.
 */
export function withoutInvisibles(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  return text.replace(SEPARATING, ' ').replace(INVISIBLE_ALL, '');
}
