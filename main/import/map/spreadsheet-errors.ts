// What a spreadsheet writes in a cell whose formula failed: `#N/A` (a VLOOKUP that found no
// provider for the code), `#REF!` (the sheet it looked in was deleted), `#VALUE!`, `#NAME?`. Excel
// saves that text into CSV, and SpreadsheetML marks it `ss:Type="Error"`. Read as a name, `#N/A`
// became a provider called "#n/a" on the portal: the cell says the value is unknown, not who.
import type { FieldName } from './profile.ts';
import type { RowCursor } from './row-cursor.ts';
import { failOnDittoMark } from './ditto-marks.ts';

const ERRORS = new Set([
  '#n/a',
  '#ref!',
  '#value!',
  '#name?',
  '#div/0!',
  '#num!',
  '#null!',
  '#spill!',
  '#calc!',
  '#field!',
  '#blocked!',
  '#connect!',
  '#busy!',
  '#unknown!',
  '#getting_data',
]);

export function isSpreadsheetError(value: string): boolean {
  const v = value.trim();
  return v.startsWith('#') && ERRORS.has(v.toLowerCase());
}

/** What each field's cell should hold, and what the fixed cell does, for the row error. */
const HOLDS: Partial<Record<FieldName, [string, string]>> = {
  providerId: ['a provider', 'names the provider'],
  providerName: ['a provider', 'names the provider'],
  status: ['a status', "holds the appointment's status"],
  location: ['a location', 'names the location'],
  appointmentId: ['an appointment id', "holds the appointment's id"],
  patientId: ['a patient id', "holds the patient's id"],
};

/** End the row when the field's cell holds a spreadsheet error: a status `#N/A` is not "booked"
 *  (OpenEMR's `#` symbol before it read so), a location or an id `#N/A` is not one left empty. */
export function failOnSpreadsheetError(cursor: RowCursor, field: FieldName, cell: string): void {
  // A ditto mark (`"`, `do.`) names no value either (ditto-marks.ts).
  failOnDittoMark(cursor, field, cell);
  if (!isSpreadsheetError(cell)) return;
  const [what, fixed] = HOLDS[field] ?? ['a value', 'holds the value'];
  cursor.fail(
    field,
    `holds the spreadsheet error ${cell.trim()} (a formula that found no value), not ${what}`,
    `Fix the formula or the lookup in the sheet so that the cell ${fixed}, then export again`,
    cell,
  );
}

/** The check of the row's status, location and id cells, bound once per file (map-row.ts); the
 *  type's cell for a ditto mark (a `"` type went to the portal as the visit's type). */
export function spreadsheetErrorCheck(cursor: RowCursor): () => void {
  const fields = (['status', 'location', 'appointmentId', 'patientId'] as const).map((f) => ({
    f,
    read: cursor.reader(f),
  }));
  const type = cursor.reader('type');
  return () => {
    for (const { f, read } of fields) failOnSpreadsheetError(cursor, f, read());
    failOnDittoMark(cursor, 'type', type());
  };
}
