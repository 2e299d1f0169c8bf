// A patient's chart number written into the name cell by the report in brackets:
// `Hollis, Grace (100415)`, `HOLLIS, GRACE (MRN 100415)`, `Grace Hollis [100415]`. The row reader
// leaves a bracketed note out of the name (row-patient.ts, withoutNotes); the column check must
// read the cell the same way, or a column of names, each carrying its number, fits a name 0% and
// the file is held for a name every row reads. Only a note with a chart number in it is left out
// here: such a number is no part of a name, while a bracketed word (`(Bob)`, `(Mr)`) is judged by the name
// checks as before. A number outside brackets is a chart number too where a report sets it apart
// from the name: after a `#` at the end (`Hollis, Grace #100415`), or before or after the name
// across a spaced dash (`100415 - Hollis, Grace`, `Hollis, Grace - 100415`). Both the row reader
// (row-patient.ts) and the column check leave it out; a number written otherwise
// (`Hollis100415`, `Grace 100415 Hollis`) is still refused as no name (name-part-doubts.ts).

/** A bracketed note with a number of three digits or more in it (`(100415)`, `[MRN 100415]`):
 *  a chart number. Not `(1)`, `(2)`: a twin's mark, which tells two patients apart (48g). */
const NUMBERED_NOTE = /\s*(?:\([^()]*\d{3}[^()]*\)|\[[^[\]]*\d{3}[^[\]]*\]|\{[^{}]*\d{3}[^{}]*\})\s*/g;

/** A chart number of three digits or more set apart from the name: `#100415` at the end,
 *  `100415 - ` before the name, ` - 100415` after it (a dash or an en dash, spaced). */
const APART_NUMBER = /^\s*\d{3,}\s+[-–]\s+(?=\S)|(?<=\S)\s+(?:#\s?|[-–]\s+)\d{3,}\s*$/g;

/** The name in `cell` without a chart number set apart from it (APART_NUMBER); most names have
 *  no digit and are returned at once. The row reader reads a one-column name so. */
export function nameApartFromNumber(cell: string): string {
  if (!/\d/.test(cell)) return cell;
  return cell.replace(APART_NUMBER, '').trim();
}

/** The name in `cell` without a chart number: bracketed (NUMBERED_NOTE) or set apart from it
 *  (APART_NUMBER); most names have no digit and are returned at once. */
export function nameWithoutNumber(cell: string): string {
  if (!/\d/.test(cell)) return cell;
  return nameApartFromNumber(cell)
    .replace(NUMBERED_NOTE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim();
}
