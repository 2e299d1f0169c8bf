// A date printed once per day, answered: a report writer that hides repeated values ("suppress if
// duplicated" in Crystal Reports and most report writers) prints a day's date on its first row and
// leaves it empty below. Asked about as `date-gaps` (trust/file-audit.ts); once the practice
// answers "an empty date is the date of the row above" (MappingProfile.blankDate), an empty date
// cell takes the nearest date above it, and nothing else does:
// - only the date column (a date-time column's empty cell has no time to keep either);
// - never across a line the reader set apart between the rows (a page, group or provider heading,
//   a total: TableInfo.furnitureLines), where the report may start a new day without printing it;
// - never for a row with no dated row above it (the file's first row stays a row error);
// - only in the file's own order: a row at or above the last one seen starts again.
import type { TableRow } from '../read/table-types.ts';

/** Fills a row's empty date cell (column `index`) from the row above; `furniture`: the reader's
 *  lines between the rows, in file order (filled while the rows are read). */
export function blankDateFill(index: number, furniture: readonly number[]): (row: TableRow) => void {
  let carried = '';
  let lastLine = 0;
  // The furniture lines already passed: the list only grows, in line order.
  let seen = 0;
  return (row) => {
    // A new pass over the file (the rows read again from the top) starts again.
    if (row.line <= lastLine) {
      carried = '';
      seen = 0;
      lastLine = 0;
    }
    while (seen < furniture.length && furniture[seen]! < row.line) {
      if (furniture[seen]! > lastLine) carried = '';
      seen++;
    }
    lastLine = row.line;
    const cell = row.values[index];
    // A row that does not fit the header has its cells out of place: no date from it or for it.
    if (cell === undefined || row.problem) {
      carried = '';
      return;
    }
    if (cell.trim() !== '') carried = cell;
    else if (carried !== '') row.values[index] = carried;
  };
}
