// Text struck through in an Excel workbook: a cell whose font strikes (Home > Strikethrough,
// Ctrl+5; `<font><strike/></font>` of its style, ECMA-376 Part 1 §18.8.36), or a string whose
// every run with text is struck (`<r><rPr><strike/></rPr>`, §18.4.10). A hand-kept sheet strikes
// out the appointment a patient cancelled and leaves its status as it was; read as text the row
// went as booked, the same words as the others. As on a web page (html-marks.ts), such a row is a
// row error naming the cell, never a guess at cancelled or current. `<strike val="0"/>` is none.

/** Whether a `strike` element (present or not, its `val`) strikes: ST_OnOff's 0 and false do not. */
export function strikes(val: string | undefined, present: boolean): boolean {
  return present && !/^(0|false|off)$/i.test(val ?? '');
}

/** Whether a string item's text is all in struck runs, read while its XML is scanned: `item()`
 *  at each item, `open()` at each element, `text(inRun)` at each `<t>`, `piece()` with its text. */
export class StruckRuns {
  private runStruck = false;
  private inStruck = false;
  private struckText = false;
  private plainText = false;

  item(): void {
    this.runStruck = this.inStruck = this.struckText = this.plainText = false;
  }

  open(name: string, parent: string, attr: (name: string) => string | undefined): void {
    if (name === 'r') this.runStruck = false;
    else if (name === 'strike' && parent === 'rPr') this.runStruck = strikes(attr('val'), true);
  }

  text(inRun: boolean): void {
    this.inStruck = inRun && this.runStruck;
  }

  piece(piece: string): void {
    if (!/\S/.test(piece)) return;
    if (this.inStruck) this.struckText = true;
    else this.plainText = true;
  }

  /** The item has text, and all of it is struck. */
  get struck(): boolean {
    return this.struckText && !this.plainText;
  }
}

/** The row problem of a row with a struck cell. */
export function struckProblem(value: string, column: string): { problem: string; hint: string } {
  return {
    problem: `'${value}' in column '${column}' is struck through in Excel: a struck-out appointment is usually cancelled or removed, and which one is not guessed`,
    hint: 'Delete the struck-out row, or give it a status of Cancelled and remove the strikethrough, then save the workbook again',
  };
}
