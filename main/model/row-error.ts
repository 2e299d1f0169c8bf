// A problem with one row (or one whole file) of an export, phrased for the person who must fix it.
import { displayText } from './display-text.ts';

export interface RowError {
  /** Source file name (base name, not a full path: error reports travel). */
  file: string;
  /** 1-based physical line in the file; 0 when the problem concerns the whole file. */
  line: number;
  /** An Excel workbook's sheet, whose row `line` is (a workbook has no lines a person can find:
   *  the place is shown as Excel shows it, `row 7 of sheet 'Appointments'`). */
  sheet?: string;
  /** Column header as written in the file, when the problem is one cell. */
  column?: string;
  /** Appointment field the column feeds (e.g. `start`, `patient.dob`). */
  field?: string;
  /** The offending value, truncated to 80 characters. */
  value?: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What to do about it. */
  hint: string;
  /** The row's appointment id when it could still be read: in snapshot mode a row with one bad
   *  field is still present, and must not be cancelled for being unreadable. */
  appointmentId?: string;
}

/** Every part that came from the export (file name, column, value) is shown cleaned and short. */
export function formatRowError(e: RowError): string {
  const where = [
    displayText(e.file, 120),
    e.line
      ? e.sheet !== undefined
        ? `row ${e.line} of sheet '${displayText(e.sheet, 80)}'`
        : `line ${e.line}`
      : '',
    e.column ? `column '${displayText(e.column, 80)}'` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const value = e.value !== undefined ? ` (value '${displayText(e.value, 80)}')` : '';
  return `${where}: ${displayText(e.message, 600)}${value}. ${e.hint}`;
}
