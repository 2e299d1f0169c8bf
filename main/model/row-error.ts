// A problem with one row (or one whole file) of an export, phrased for the person who must fix it.

export interface RowError {
  /** Source file name (base name, not a full path: error reports travel). */
  file: string;
  /** 1-based physical line in the file; 0 when the problem concerns the whole file. */
  line: number;
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

export function formatRowError(e: RowError): string {
  const where = [e.file, e.line ? `line ${e.line}` : '', e.column ? `column '${e.column}'` : '']
    .filter(Boolean)
    .join(', ');
  const value = e.value !== undefined ? ` (value '${e.value}')` : '';
  return `${where}: ${e.message}${value}. ${e.hint}`;
}
