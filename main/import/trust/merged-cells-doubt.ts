// The hold for a web page that writes whole appointments in one cell merged across its columns
// (a day-sheet grid: the time, then `Nguyen, Bao 4/9/2015 Well Child` over the other columns).
// Whose appointment it is and of what type is not read apart from one cell, so those rows are
// row errors; the person says whether the others may go without them.
import type { Doubt } from '../../model/doubt.ts';
import { displayText } from '../../model/display-text.ts';

export function mergedCellsDoubt(merged: ReadonlyArray<{ line: number; text: string }>): Doubt {
  const one = merged.length === 1;
  return {
    kind: 'merged-cells',
    check: 'merged-appointment',
    message: `the page writes ${one ? 'a row' : `${merged.length} rows`} whole in one cell merged across the columns after the time (line ${merged[0]!.line}), as a day-sheet grid writes each visit: whose appointment it is and of what type is not read apart from one cell, so ${one ? 'that row is' : 'those rows are'} not sent`,
    samples: merged.slice(0, 5).map((m) => displayText(m.text, 60)),
    question:
      'Export the schedule as a list with a cell per column (or as CSV) so these appointments are sent too; confirm the mapping only to send the other rows without them',
  };
}
