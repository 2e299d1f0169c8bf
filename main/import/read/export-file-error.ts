// The one error a reader throws when a whole export file cannot be read (empty, binary, no header,
// unbalanced quote...). It carries a RowError so the engine reports it like any row problem.
import { displayText } from '../../model/display-text.ts';
import { formatRowError, type RowError } from '../../model/row-error.ts';

export class ExportFileError extends Error {
  override readonly name = 'ExportFileError';
  constructor(public readonly error: RowError) {
    super(formatRowError(error));
  }
}

/** Longest message a file error carries: the messages quote the file, and a file can be anything. */
const MAX_MESSAGE = 600;

/** Shorthand for the common case: a problem with the file (line 0) or one line of it. */
export function fileError(file: string, line: number, message: string, hint: string): ExportFileError {
  return new ExportFileError({ file, line, message: displayText(message, MAX_MESSAGE), hint });
}

/** What to do with a file in an encoding the connector does not read (UTF-32, a non-Latin code page). */
export const SAVE_AS_UTF8 =
  'Save or export it as UTF-8 text instead (in Excel: "CSV UTF-8"; in a text editor: Save as… with the encoding UTF-8), then put it in this folder again.';
