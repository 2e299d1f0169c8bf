// A web page's command column: the links a person clicks on each row of a schedule grid (`Check
// In | Edit | Cancel`, `View`), which a browser's "Save page as" keeps with the data. ASP.NET's
// GridView writes its CommandField and ButtonField columns so, under a header cell left empty
// (`<th>&nbsp;</th>`). The words are what the row lets a person do, not what happened to the
// appointment: read as a column, `Cancel` on every booked row would look like a cancellation.
import type { MarkKind } from './html-marks.ts';

/** One cell of a table row as the page shows it. */
export interface ShownCell {
  text: string;
  /** A `<th>` cell. */
  header: boolean;
  /** Every word of the cell is a link's or a button's (separators such as `|` aside). */
  linksOnly: boolean;
  /** Some of its text is struck through or hidden (html-marks.ts). */
  mark?: MarkKind;
  /** Its background colour, the row's if it has none of its own (html-backgrounds.ts). */
  colour?: string;
  /** The colour its first shown text is written in, a link's left out (html-backgrounds.ts inkOf). */
  ink?: string;
}

/**
 * Empty each column of one table whose header row (the first row, of `<th>` cells with at least
 * one name) leaves it unnamed and whose other cells are only links or buttons, at least one of
 * them not empty. A named column keeps its links (a patient's name linked to the chart), and so
 * does a table without a header row of `<th>` cells: only the page's own header says the column
 * holds no data. Decided once per table, not per row read by the mapper.
 */
export function blankCommandColumns(rows: ShownCell[][], records: string[][]): void {
  const head = rows[0];
  if (!head || rows.length < 2 || !head.every((c) => c.header) || !head.some((c) => c.text !== '')) return;
  for (let col = 0; col < head.length; col++) {
    if (head[col]!.text !== '') continue;
    let links = 0;
    let commands = true;
    for (let r = 1; r < rows.length && commands; r++) {
      const cell = rows[r]![col];
      if (!cell || cell.text === '') continue;
      if (cell.linksOnly) links++;
      else commands = false;
    }
    if (!commands || links === 0) continue;
    for (let r = 1; r < records.length; r++) if (col < records[r]!.length) records[r]![col] = '';
  }
}
