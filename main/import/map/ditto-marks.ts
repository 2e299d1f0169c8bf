// A ditto mark says "as the row above" in a hand-kept list or a sheet typed like one: `"`, `''`,
// `〃`, `″`, `do.`, `ditto`, `same`, `as above`, German `dito`/`dto.`, French and Spanish `idem`.
// It names no one and no place: sent as written, the portal showed a provider called `"`. Copying
// the row above would be a guess (a sorted or filtered sheet no longer has the row it meant), so
// the row is not sent and the practice is told to write the value out.
import type { FieldName } from './profile.ts';
import type { RowCursor } from './row-cursor.ts';

// Quotes and primes alone or doubled: ASCII, typographic, the CJK ditto mark, the double prime;
// `do.` only with its dot: `Do` alone is a Vietnamese family name, a provider listed by it. One
// anchored pattern: most cells fail at their first character, with nothing copied or lowered.
const DITTO =
  /^\s*(?:["\u201c\u201d\u201e\u3003\u2033\u02ba]|['\u2018\u2019\u2032]{2}|["\u201c\u201d]{2}|ditto|do\.|dito|dto\.|idem|id\.|same|same as above|as above)\s*$/i;

export function isDittoMark(value: string): boolean {
  return value.length <= 40 && DITTO.test(value);
}

/** End the row when the field's cell holds a ditto mark: never the row above's value copied. */
export function failOnDittoMark(cursor: RowCursor, field: FieldName, cell: string): void {
  if (!isDittoMark(cell)) return;
  cursor.fail(
    field,
    `holds '${cell.trim()}', a ditto mark ("as the row above"), not a value of its own`,
    'Write the value out on every row of the export (no ditto marks), then export again',
    cell,
  );
}
