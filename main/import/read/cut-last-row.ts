// A copy that stopped in the middle of the last row: a network copy cut off, an export copied
// while its program was still writing it. The file then ends without a line end, and its last
// row may still have every cell, the last one cut: `…,Follow Up,Main St Cl` for `Main St Clinic`,
// which would move the visit to a place that does not exist (or, for a status, to a word not
// known). A file can legitimately end without a line end, so that alone proves nothing; but a
// last cell that is the beginning of a longer value the same column holds on another row
// (`Main St Cl` beside `Main St Clinic`) was almost surely cut, and the row is refused with a
// row error rather than sent. (A row cut short of its cells already is: delimited-reader.ts.)
// So is a last cell written with digits whose shape (digits and letters as such) begins the shape
// of the column's values and is none of them: `17:3` beside `16:30`, `03/02/20` beside
// `03/01/2027` (the only visit of its day, or at its minute, has no longer twin to begin), and an
// empty last cell after the file's last delimiter in a column every other row fills. A value
// another complete row has in full (`Main St` on another row beside `Main St Clinic`) is a value
// of the column, not a cut one: it goes. And a last cell that ends in the middle of a character
// (the file's last bytes begin a UTF-8 letter or half a UTF-16 one, read as U+FFFD) was cut,
// whatever the column holds elsewhere.
import { displayText } from '../../model/display-text.ts';
import { CUT_CHARACTER } from './decode.ts';
import type { Row } from './table-row.ts';

/** Distinct values of the last column kept to compare with (a notes column is all different). */
const KEEP = 5000;

/** A value's shape: each digit 9, each letter a, the rest as written (`17:30` → `99:99`). */
const shapeOf = (v: string) => v.replace(/\p{N}/gu, '9').replace(/\p{L}/gu, 'a');

export class LastCellValues {
  private readonly seen = new Map<string, number>();
  private readonly shapes = new Set<string>();
  /** Complete rows whose last cell was empty. */
  private empty = 0;
  private lastChar = '';

  constructor(private readonly width: number) {}

  /** A decoded piece of the file (the last one may be ''). */
  piece(text: string): void {
    if (text) this.lastChar = text[text.length - 1]!;
  }

  /** A complete row's cells, after it was checked. */
  note(values: readonly string[]): void {
    if (values.length !== this.width) return;
    const v = values[this.width - 1]!.trim();
    if (!v) this.empty++;
    if (this.seen.size >= KEEP) return;
    if (v && !this.seen.has(v)) {
      this.seen.set(v, 0);
      this.shapes.add(shapeOf(v));
    }
  }

  /** The file's last row: a problem when the file ends without a line end and its last cell is
   *  the beginning of a longer value of the column on another row. */
  checkLast(row: Row, column: string): void {
    if (this.lastChar === '\n' || this.lastChar === '\r' || row.values.length !== this.width) return;
    const cell = row.values[this.width - 1]!.trim();
    const cut = (what: string) => {
      row.problem =
        `the file ends in the middle of this line, with no line end: ${what} (a copy that stopped, or a file ` +
        `copied while it was still being written?)`;
      row.problemHint = 'Copy the export into the folder again (or export it again) once it is complete';
      row.problemAt = { column, value: cell };
    };
    if (!cell) {
      // Ends on its delimiter: the last cell not begun, where every other row has one.
      const one = this.seen.keys().next();
      if (this.empty === 0 && !one.done)
        cut(
          `its last cell is empty, and every other row has a value there (such as '${displayText(one.value, 40)}')`,
        );
      return;
    }
    if (cell.endsWith(CUT_CHARACTER)) {
      cut('it ends in the middle of a character');
      return;
    }
    if (this.seen.has(cell)) return;
    let whole: string | undefined;
    for (const v of this.seen.keys())
      if (v.length > cell.length && v.startsWith(cell)) {
        whole = v;
        break;
      }
    if (whole === undefined && /\p{N}/u.test(cell)) {
      const shape = shapeOf(cell);
      if (!this.shapes.has(shape))
        for (const v of this.seen.keys())
          if (v.length > cell.length && shapeOf(v).startsWith(shape)) {
            whole = v;
            break;
          }
    }
    if (whole === undefined) return;
    cut(
      `its last cell '${displayText(cell, 40)}' is the beginning of ${whole.startsWith(cell) ? '' : 'a value written like '}'${displayText(whole, 40)}' on another row`,
    );
  }
}
