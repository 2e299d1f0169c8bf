// The free text an appointment shows the patient besides the name (provider, type, location,
// reason, address) read in a wrong text encoding (`ClÃ­nica Norte`, `Cl�nica Norte`): the row is
// refused, naming the column and the value, never sent for the portal to show damaged. The
// patient's name has its own, wider check (row-patient.ts). Most files repair or never have such
// text (read/mojibake.ts): what is left here is damage no reading undoes, a byte lost to `�` or a
// line mixing two encodings.
import { FIELD_LABELS, type FieldName } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { looksMisdecoded } from './garbled-text.ts';

const SHOWN: readonly FieldName[] = [
  'providerName',
  'providerFirstName',
  'type',
  'description',
  'reason',
  'location',
  'address1',
  'address2',
  'city',
];

/** A check for the current row, or undefined when no such field has a column. */
export function garbledCellsCheck(cursor: RowCursor, refs: ColumnRefs): (() => void) | undefined {
  const cells = SHOWN.filter((f) => refs[f]).map((f) => ({ field: f, read: cursor.reader(f) }));
  if (cells.length === 0) return undefined;
  return () => {
    for (const { field, read } of cells) {
      const value = read();
      if (looksMisdecoded(value))
        cursor.fail(
          field,
          `the ${FIELD_LABELS[field]} looks garbled by a wrong text encoding`,
          'Export the file as UTF-8 (or all of it in one encoding), and check the text in the scheduling software',
          value,
        );
    }
  };
}
