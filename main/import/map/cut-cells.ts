// A printed report cuts a value at its column's width (`Dr. Hollowa` for Dr. Holloway). Where the
// report draws its columns (dashes under the labels), a value that fills its column from edge to
// edge may have been cut (read/printed-lines.ts marks it). In the provider, type or reason a cut
// changes no one's appointment; in the patient's name or id it may be another person, and an
// appointment id cut short may be another booking: such a row is refused, naming the value.
import { FIELD_LABELS, type FieldName } from './profile.ts';
import type { ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';

/** Fields where a cut value is someone else's (or another booking's). */
const WHOSE: readonly FieldName[] = [
  'patientName',
  'firstName',
  'lastName',
  'lastNamePrefix',
  'lastNameSecond',
  'patientId',
  'appointmentId',
];

/** A check for the current row, or undefined when no such field has a column of the file's own. */
export function cutCellsCheck(cursor: RowCursor, refs: ColumnRefs): (() => void) | undefined {
  const cells = WHOSE.flatMap((field) => {
    const r = refs[field];
    return r?.source === 'main' ? [{ field, index: r.index }] : [];
  });
  if (cells.length === 0) return undefined;
  return () => {
    const cut = cursor.row.cut;
    if (!cut) return;
    for (const { field, index } of cells) {
      if (!cut.includes(index)) continue;
      cursor.fail(
        field,
        `the ${FIELD_LABELS[field]} fills its printed column to the edge: the report may have cut it, and a cut ${FIELD_LABELS[field]} may be someone else's`,
        'Print the report with a wider column (or export the schedule as CSV), then import it again; or enter this appointment by hand',
        cursor.row.values[index]?.trim() ?? '',
      );
    }
  };
}
