// A day's date printed once, not yet answered: the file is held to ask about it (`date-gaps`,
// trust/file-audit.ts), and until the practice answers, the rows below each date are row errors.
// The file's other checks (names typed both ways, a twelve-hour clock, two visits at one time…)
// then saw only the dated rows: the practice answered "an empty date is the row above's", the file
// was read again, and was held a second time on a question the first reading could have asked
// (a Sydney front desk's typed week, corpus 464: `Emily Tran` without a comma under an empty date).
// So while the question is open, each such row is read with the date of the row above for the
// file's checks only, exactly as the answer would read it (blank-dates.ts), and still comes out as
// the same row error: nothing is sent from it, and every question is asked at once.
import type { TableRow } from '../read/table-types.ts';
import { blankDateFill } from './blank-dates.ts';

/** The date cell of rows carried for the checks: `carry(row)` fills an empty date from the row
 *  above (true when it did), `restore(row)` puts the empty cell back once the row is mapped. */
export interface DateCarryForChecks {
  carry(row: TableRow): boolean;
  restore(row: TableRow): void;
}

/** `index`: the date column; `furniture`: the reader's lines between the rows (never carried
 *  across, as the answer does not). */
export function dateCarryForChecks(index: number, furniture: readonly number[]): DateCarryForChecks {
  const fill = blankDateFill(index, furniture);
  let written = '';
  return {
    carry(row) {
      written = row.values[index] ?? '';
      const empty = !row.problem && row.values[index] !== undefined && written.trim() === '';
      fill(row);
      return empty && row.values[index]!.trim() !== '';
    },
    restore(row) {
      row.values[index] = written;
    },
  };
}
