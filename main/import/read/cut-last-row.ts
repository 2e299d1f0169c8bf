// A copy that stopped in the middle of the last row: a network copy cut off, an export copied
// while its program was still writing it. The file then ends without a line end, and its last
// row may still have every cell, the last one cut: `…,Follow Up,Main St Cl` for `Main St Clinic`,
// which would move the visit to a place that does not exist (or, for a status, to a word not
// known). A file can legitimately end without a line end, so that alone proves nothing; but a
// last cell that is the beginning of a longer value the same column holds on another row
// (`Main St Cl` beside `Main St Clinic`) was almost surely cut, and the row is refused with a
// row error rather than sent. (A row cut short of its cells already is: delimited-reader.ts.)
import { displayText } from '../../model/display-text.ts';
import type { Row } from './table-row.ts';

/** Distinct values of the last column kept to compare with (a notes column is all different). */
const KEEP = 5000;

export class LastCellValues {
  private readonly seen = new Map<string, number>();
  private lastChar = '';

  constructor(private readonly width: number) {}

  /** A decoded piece of the file (the last one may be ''). */
  piece(text: string): void {
    if (text) this.lastChar = text[text.length - 1]!;
  }

  /** A complete row's cells, after it was checked. */
  note(values: readonly string[]): void {
    if (this.seen.size >= KEEP || values.length !== this.width) return;
    const v = values[this.width - 1]!.trim();
    if (v && !this.seen.has(v)) this.seen.set(v, 0);
  }

  /** The file's last row: a problem when the file ends without a line end and its last cell is
   *  the beginning of a longer value of the column on another row. */
  checkLast(row: Row, column: string): void {
    if (this.lastChar === '\n' || this.lastChar === '\r' || row.values.length !== this.width) return;
    const cell = row.values[this.width - 1]!.trim();
    if (!cell) return;
    let whole: string | undefined;
    for (const v of this.seen.keys())
      if (v.length > cell.length && v.startsWith(cell)) {
        whole = v;
        break;
      }
    if (whole === undefined) return;
    row.problem =
      `the file ends in the middle of this line, with no line end: its last cell '${displayText(cell, 40)}' ` +
      `is the beginning of '${displayText(whole, 40)}' on another row (a copy that stopped, or a file copied ` +
      `while it was still being written?)`;
    row.problemHint = 'Copy the export into the folder again (or export it again) once it is complete';
    row.problemAt = { column, value: cell };
  }
}
