// A patient's chart number written into the name cell by the report in brackets:
// `Hollis, Grace (100415)`, `HOLLIS, GRACE (MRN 100415)`, `Grace Hollis [100415]`. The row reader
// leaves a bracketed note out of the name (row-patient.ts, withoutNotes); the column check must
// read the cell the same way, or a column of names, each carrying its number, fits a name 0% and
// the file is held for a name every row reads. Only a note with a chart number in it is left out
// here: such a number is no part of a name, while a bracketed word (`(Bob)`, `(Mr)`) is judged by the name
// checks as before. A number outside brackets (`#100415`, `100415 - Hollis, Grace`) the row
// reader refuses as no name (name-part-doubts.ts), so the column check does not drop it either.

/** A bracketed note with a number of three digits or more in it (`(100415)`, `[MRN 100415]`):
 *  a chart number. Not `(1)`, `(2)`: a twin's mark, which tells two patients apart (48g). */
const NUMBERED_NOTE = /\s*(?:\([^()]*\d{3}[^()]*\)|\[[^[\]]*\d{3}[^[\]]*\]|\{[^{}]*\d{3}[^{}]*\})\s*/g;

/** The name in `cell` without a bracketed note holding a number; most names have no digit and
 *  are returned at once. */
export function nameWithoutNumber(cell: string): string {
  if (!/\d/.test(cell)) return cell;
  return cell.replace(NUMBERED_NOTE, ' ').replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}
