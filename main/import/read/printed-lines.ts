// Each line of a printed report read by its grid (printed-grid.ts) into the cells a delimited
// file would have had: the delimited reader then does the rest (the header, totals and other
// furniture, group lines), as for a report saved as CSV. What only a printed page has is read
// here: a new page (a form feed, or the page header printed again where a spooled file kept no
// form feed) repeats the header, which is no row; and the day a page or group header states
// (`Monday, March 15, 2027`, `Date: Monday, March 15, 2027`) is its rows' day, carried as a
// column, until the next page or day line. A page whose header states no one day gives its rows
// none (a range is no day): row errors, never another page's day, never the print date.
// A line whose text does not stand inside the columns is never split by guess: its row is an
// error naming the value and the columns it stands across.
import { DAY_LABEL, dayLine } from './day-lines.ts';
import { fillsFixedWidth, type FullColumns } from './full-columns.ts';
import { CONTINUED, labelNamesTheDate } from './group-lines.ts';
import {
  columnOf,
  printedText,
  runsOf,
  type GridColumn,
  type PrintedGrid,
  type Run,
} from './printed-grid.ts';
import type { Row } from './table-row.ts';

/** Why a line's text does not fit the columns, as its row error says it. */
export interface OffGrid {
  column: string;
  value: string;
  message: string;
}

/** A printed line's cells: by the grid, or (off the grid) its runs, with why. */
export interface PrintedLine {
  cells: string[];
  off?: OffGrid;
  /** The columns whose value fills its printed width (ruled grids: from edge to edge; labels
   *  only: up to one space before the next column), which the report may have cut (`Dr.
   *  Hollowa`); the mapper refuses such a value where a cut changes who the patient is
   *  (map/cut-cells.ts). */
  cut?: number[];
}

const HINT =
  'Check this line in the report: print it with wider columns, or export the schedule as CSV or tab-delimited text instead';

function offGrid(run: Run, at: number, columns: readonly GridColumn[]): OffGrid {
  const value = run.text;
  const touched = columns.filter((c) => run.end > c.start && run.start < c.end);
  if (at === -2 || touched.length > 1) {
    return {
      column: touched[0]!.label,
      value,
      message: `'${value}' is printed across the columns ${touched.map((c) => `'${c.label}'`).join(' and ')}: where one value ends and the next begins is not written`,
    };
  }
  const before = [...columns].reverse().find((c) => c.start < run.end) ?? columns[0]!;
  const after = columns.find((c) => c.start >= run.end);
  return {
    column: before.label,
    value,
    message: after
      ? `'${value}' is printed outside the columns (between '${before.label}' and '${after.label}', or past the edge of '${before.label}')`
      : `'${value}' is printed past the edge of the last column '${before.label}'`,
  };
}

/** Ruled grids: the line's words, each whole inside one column (a word over a column's edge or
 *  between two columns is off the grid). Values a single space apart stay apart here. The last
 *  column has no edge on its right: a value longer than its rule (`CANCELLED BY CLINIC & AUTO
 *  RE-BOOK` over 20 dashes, printf's `%-6s` that pads but never cuts) is printed whole there, and
 *  nothing stands beside it to be confused with. */
function ruledRuns(text: string, columns: readonly GridColumn[]): { runs: Run[]; off?: Run } {
  const runs: Run[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const run = { start: m.index, end: m.index + m[0].length, text: m[0] };
    const at = ruledColumnOf(run, columns);
    const c = columns[at];
    if (!c || run.start < c.start || (run.end > c.end && at < columns.length - 1))
      return { runs, off: wholeRun(text, run) };
    runs.push(run);
  }
  return { runs };
}

/**
 * A ruled line whose one value runs past its column's edge and pushes the rest of the line right by
 * as much (`BOUDREAUX-KESSLER, ANNALISE 27790    07/08/1963`: a name five places longer than its
 * 22 dashes, the account, birth date and the rest five places right), as a report that prints each
 * field at the end of the one before does. Read so only where the layout proves it: the value is
 * one run from its column's start, and exactly one place where it can end puts every word after it,
 * moved back by the overflow, whole inside the columns with the next column's value at its start.
 * Anything else stays off the grid, and so does a notice between asterisks (slotNotice).
 */
function overflowed(text: string, columns: readonly GridColumn[]): PrintedLine | undefined {
  // The first column whose edge a word crosses (a printed character on both sides of it).
  const i = columns.findIndex(
    (c, k) => k < columns.length - 1 && /\S/.test(text[c.end] ?? '') && /\S/.test(text[c.end - 1] ?? ''),
  );
  const c = columns[i];
  const next = columns[i + 1];
  if (!c || !next || !/\S/.test(text[c.start] ?? '') || /\S/.test(text[c.start - 1] ?? '')) return undefined;
  /** The gap between two columns, as the rule draws it. */
  const gap = next.start - c.end;
  let found: PrintedLine | undefined;
  // Each place past the edge where a word ends and the gap to the next value follows.
  for (const m of text.slice(c.end).matchAll(/\S(?=\s|$)/g)) {
    const end = c.end + m.index + 1;
    const value = text.slice(c.start, end);
    // Two spaces inside are two values, not one overflowing.
    if (/\s{2}/.test(value)) break;
    if (text.slice(end, end + gap).trim() !== '' || !/\S/.test(text[end + gap] ?? '')) continue;
    const moved = text.slice(0, c.start) + ' '.repeat(next.start - c.start) + text.slice(end + gap);
    const r = ruledRuns(moved, columns);
    if (r.off) continue;
    // More than one reading: where the value ends is not proven.
    if (found) return undefined;
    const cells = readPrintedLine(moved, { labelLine: 0, columns: [...columns], ruled: true }).cells;
    cells[i] = value;
    // A row's values, not a title or a total that happens to cross an edge.
    if (filledCount(cells) * 2 <= columns.length) return undefined;
    found = { cells };
  }
  return found;
}

/** A word's column in a ruled grid: columnOf's, but a word starting in the last column is its. */
function ruledColumnOf(run: Run, columns: readonly GridColumn[]): number {
  return run.start >= columns[columns.length - 1]!.start ? columns.length - 1 : columnOf(run, columns);
}

/** The value a stray word belongs to, as a person would quote it: its run of words. */
function wholeRun(text: string, word: Run): Run {
  return runsOf(text).find((r) => r.start <= word.start && r.end >= word.end) ?? word;
}

/**
 * A line off the grid as the delimited reader is to see it. Text in more than half the columns is
 * a row whose value does not fit (its error is kept): the columns' text, cut at their places,
 * only so that it is read as a row. Less is a line of its own (a title, a group line, a total),
 * its text in one cell, as a report saved as CSV writes such a line.
 */
function offGridLine(text: string, columns: readonly GridColumn[], off: OffGrid): PrintedLine {
  const runs = runsOf(text);
  const touched = columns.filter((c) => runs.some((r) => r.end > c.start && r.start < c.end));
  // Between asterisks it is a notice however wide (`* * *  E N D  O F  R E P O R T  * * *`).
  if (touched.length * 2 <= columns.length || STARRED.test(text)) return { cells: [joinedRuns(runs)], off };
  const slot = slotNotice(text, columns);
  if (slot) return { cells: slot };
  return { cells: columns.map((c) => text.slice(c.start, c.end).trim()), off };
}

const STARRED = /^\s*\*.*\*\s*$/;
/** A value of the first column, then a notice between asterisks to the line's end. */
const STARRED_AFTER = /^(\s*\S+)\s+(\*+\s.*\s\*+)\s*$/;

/**
 * A notice printed in a slot (`14:00 ** CLINIC CANCELLED 14:00-16:00 PROVIDER MEETING **`,
 * `4:30P   *** HOLD - DR NWOSU HOSPITAL ROUNDS ***`): the slot's time in its column and, between
 * asterisks across the others, what the slot is kept for, as a schedule prints blocked time. The
 * notice is no value of any one column, so it is the row's only other cell, in the second column,
 * with no patient id or birth date beside it: the mapper reads such a row as blocked time or as a
 * row it cannot send, never as an appointment.
 */
function slotNotice(text: string, columns: readonly GridColumn[]): string[] | undefined {
  const m = STARRED_AFTER.exec(text);
  if (!m || columns.length < 3) return undefined;
  const lead = { start: m[1]!.search(/\S/), end: m[1]!.length };
  if (columnOf(lead, columns) !== 0) return undefined;
  return columns.map((_, i) => (i === 0 ? m[1]!.trim() : i === 1 ? m[2]! : ''));
}

/** A line of its own as one cell: its runs kept two spaces apart, as printed apart (a provider's
 *  code and name side by side, `Provider: JLW  Jonathan L. Whitcomb, MD`, are two values). */
function joinedRuns(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('  ');
}

/** One line's cells by the grid. */
export function readPrintedLine(line: string, grid: PrintedGrid): PrintedLine {
  const text = printedText(line);
  const { columns } = grid;
  let runs: Run[];
  if (grid.ruled) {
    const r = ruledRuns(text, columns);
    if (r.off) {
      const over = STARRED.test(text) || STARRED_AFTER.test(text) ? undefined : overflowed(text, columns);
      return over ?? offGridLine(text, columns, offGrid(r.off, -1, columns));
    }
    runs = r.runs;
  } else runs = runsOf(text);
  const first = new Array<number>(columns.length).fill(-1);
  const last = new Array<number>(columns.length).fill(-1);
  for (const run of runs) {
    const at = grid.ruled ? ruledColumnOf(run, columns) : columnOf(run, columns);
    if (at < 0) return offGridLine(text, columns, offGrid(run, at, columns));
    if (first[at] === -1) first[at] = run.start;
    last[at] = run.end;
  }
  const cells = columns.map((_, i) => (first[i] === -1 ? '' : text.slice(first[i], last[i])));
  const cut: number[] = [];
  for (const [i, c] of columns.entries()) {
    if (first[i] === -1) continue;
    // With dashes: from edge to edge. With labels only, the field's width is not written; a
    // value up to one space before where the next column's values begin is as wide as a field
    // there can be printed (fields stand a space apart at least), so it may be cut as well;
    // not a right-aligned column's, whose values all end there.
    const next = columns[i + 1];
    const fills = grid.ruled
      ? first[i] === c.start && last[i] === c.end
      : next !== undefined && !c.right && last[i] === next.start - 1;
    if (fills && !fillsFixedWidth(grid.full, i, cells[i]!)) cut.push(i);
  }
  return cut.length ? { cells, cut } : { cells };
}

/** Cells as one tab-delimited line. A printed value that holds a quote or a tab is quoted, so the
 *  delimited reader reads it as printed: `"Bob" Smith`, or a lone `"` that would otherwise open a
 *  quoted cell running over the lines below. */
function asDelimited(cells: readonly string[]): string {
  return cells.map((c) => (/["\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join('\t');
}

/** A total on a line of its own: the word first, a count last (`Grand Total:   7`). */
const TOTAL = /^(?:grand\s+|sub-?)?totals?\b.*\s\d+$/i;
const RULE = /^[\s\-=_*]+$/;
const DAY_LABEL_LINE = /^(\p{L}[\p{L}\s.'()#/_-]{0,40}?)\s*:\s*(.+)$/u;
/** A label and a colon a header line starts with, a value after it (`Clinic: ...`). */
const LEAD_LABEL = /^(\p{L}[\p{L}\s.'/#-]{0,30}?)\s*:\s*\S/u;

/** The one day a line off the grid states: a day alone (day-lines.ts) or after a date label. */
export function statedDayOf(text: string): string | undefined {
  const t = text.trim();
  const bare = dayLine([t]);
  if (bare) return bare.value;
  const m = DAY_LABEL_LINE.exec(t);
  if (!m || !labelNamesTheDate(m[1]!)) return undefined;
  return dayLine([m[2]!.trim()])?.value;
}

const filledCount = (cells: readonly string[]): number => cells.filter((c) => c.trim() !== '').length;

/** A label ending in its colon, then a count: `Appointments this day:`, `5`. */
const COUNT_LABEL = /^\p{L}[\p{L}\s.'#/-]*:$/u;

/** Whether a line's filled cells are a label and a count alone (a group's or the report's count). */
function countCut(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length === 2 && COUNT_LABEL.test(filled[0]!.trim()) && /^\d{1,5}$/.test(filled[1]!.trim());
}

/** A page header line as compared with the first page's: its page number aside. */
function pageless(text: string): string {
  return runsOf(text)
    .map((r) => r.text)
    .join(' ')
    .replace(/\b(page|pg\.?|seite|p[aá]gina)\s*:?\s*\d+(\s*(of|\/)\s*\d+)?/giu, '$1 #')
    .toLowerCase();
}

/**
 * A printed report's text as tab-delimited lines, a piece at a time, one line out per line in (so
 * line numbers stay the file's); what each off-grid or cut line was, kept until its row is read.
 */
export class PrintedLines {
  private carry = '';
  private readonly marks = new Map<number, PrintedLine>();
  private line = 0;
  /** The first page's header lines (above the labels), page numbers aside. */
  private readonly pageHeader = new Set<string>();
  /** The labels those lines start with (`clinic` of `Clinic: FAMILY MEDICINE CLINIC (BGAA)`). */
  private readonly headerLabels = new Set<string>();
  private labels = '';
  /** Between a new page's top and its column labels. */
  private inPageHeader = false;
  private day: string | undefined;
  /** The day last stated, kept over a page break (which forgets `day`). */
  private lastDay: string | undefined;
  /** The next line as joinWrapped read it, read once. */
  private ahead: { line: number; read: PrintedLine } | undefined;
  /** The line whose text was joined to the row above it (joinWrapped): no row of its own. */
  private wrapLine = 0;
  /** Whether any line states a day (then the rows carry it as a column). */
  daysSeen = false;

  constructor(
    private readonly grid: PrintedGrid,
    /** Carry each row's day as a last column (the sample stated days). */
    private readonly days = false,
    /** The sample's first reading: its rows' values, to find the full columns. */
    private readonly widths?: FullColumns,
  ) {}

  /** The next piece of the file's text as delimited text (`last`: no more pieces). */
  reprint(piece: string, last: boolean): string {
    const text = this.carry + piece;
    // A line is read once the line after it is here (the rest of a wrapped value may be on it):
    // before the last piece, the last whole line waits in the carry with what follows it.
    const lastBreak = text.lastIndexOf('\n');
    const end = last ? text.length : lastBreak <= 0 ? 0 : text.lastIndexOf('\n', lastBreak - 1) + 1;
    this.carry = text.slice(end);
    if (end === 0) return '';
    const lines = text.slice(0, end).split('\n');
    // The text up to its last line break splits into one more part than it has lines.
    const whole = last && !text.endsWith('\n') ? lines.length : lines.length - 1;
    const following = text.slice(end).split('\n', 1)[0];
    const out: string[] = [];
    for (let i = 0; i < whole; i++) out.push(this.next(lines[i]!, i + 1 < whole ? lines[i + 1] : following));
    return out.join('\n') + (whole < lines.length ? '\n' : '');
  }

  private next(raw: string, following: string | undefined): string {
    const n = ++this.line;
    if (n === this.wrapLine) return '';
    const text = printedText(raw);
    const blank = text.trim() === '';
    if (n < this.grid.labelLine) {
      // The first page's header: the report's title lines, read as a delimited report's are.
      if (blank) return '';
      const key = pageless(text);
      this.pageHeader.add(key);
      const label = LEAD_LABEL.exec(text.trim())?.[1];
      if (label) this.headerLabels.add(label.toLowerCase());
      this.noteDay(statedDayOf(text));
      return asDelimited([joinedRuns(runsOf(text))]);
    }
    const read = this.ahead?.line === n ? this.ahead.read : readPrintedLine(raw, this.grid);
    if (n === this.grid.labelLine) {
      this.labels = read.cells.join('\t');
      return this.withDay(read.cells, DAY_LABEL);
    }
    // The dashes under the labels (and any rule between the rows) are no row.
    if (blank || RULE.test(text)) return '';
    const key = read.off ? pageless(text) : '';
    // A new page: a form feed, or (a spooled file keeps none) a line of the page header again.
    if (raw.includes('\f') || (read.off && !this.inPageHeader && this.pageHeader.has(key))) {
      this.inPageHeader = true;
      this.day = undefined;
    }
    if (this.inPageHeader) {
      if (!read.off && read.cells.join('\t') === this.labels) {
        this.inPageHeader = false;
        return '';
      }
      if (read.off) {
        const day = this.dayOf(text);
        if (day || this.pageHeader.has(key)) {
          this.noteDay(day);
          return '';
        }
        // A page header line the first page printed otherwise (CHCS's `Clinic: PEDIATRICS
        // CLINIC (BDAA)  Dates: ...` on the page of the next clinic): the page's title, as the
        // first page's lines are, in one cell. Cut at the columns it had been a row of pieces
        // (`Clinic: PED`, `TRIC`), its `16 Mar 202` asked about as a status.
        return asDelimited([joinedRuns(runsOf(text))]);
      }
      // A row where the labels were not printed again: the page header ended above it.
      this.inPageHeader = false;
    }
    // A day alone is a day line wherever the grid cuts it (`TUESDAY 23 MARCH 2027` fills the time
    // and the patient columns): read as a row it was a row error, and the rows under it went on the
    // day above. No row is a date and nothing else.
    if (read.off ? read.cells.length === 1 : filledCount(read.cells) <= 3) {
      const day = this.dayOf(text);
      if (day) {
        this.noteDay(day);
        return '';
      }
    }
    // A group footer or the grand total (`Total for 3/15/2027:   4`): no row.
    if (read.off && read.cells.length === 1 && TOTAL.test(read.cells[0]!)) return '';
    // The first page's header label printed again among the rows with its value (`Clinic:
    // PEDIATRICS CLINIC (BDAA)  Dates: ...` where the next clinic begins, no page break): a line
    // of its own, as the page's was. Cut at the columns, it had been a row error, and the next
    // clinic's rows went under the first one's name. After the day lines: a restated `Date:` line is
    // the day of the rows below it, as it always was.
    const lead = read.off ? LEAD_LABEL.exec(text.trim())?.[1] : undefined;
    if (lead && this.headerLabels.has(lead.toLowerCase())) return asDelimited([joinedRuns(runsOf(text))]);
    if (!read.off && following !== undefined && !following.includes('\f'))
      this.joinWrapped(read, following, n);
    if (read.off || read.cut) this.marks.set(n, read);
    if (!read.off) this.widths?.note(read.cells);
    // A line of its own (one cell) takes no day: it is furniture, or a row error as it stands. So
    // does a count the grid cut into its label and its number (`Total appointments:`, `9`): given
    // the day, it read as a row of that day with no patient, no status, below the last row's.
    if (read.cells.length === 1) return asDelimited(read.cells);
    return this.withDay(read.cells, countCut(read.cells) ? '' : (this.day ?? ''));
  }

  /**
   * A value a word-wrapping report carried onto the next line (`RUNNINGHORSE-WHITEPLUME,` then
   * `GWENDOLYN A` alone under it): joined to the row's where the layout proves the wrap. The
   * line below has text in that one column only, from its start; the row's value there does not
   * fill the column (a value cut at the width may have been cut inside a word); and the next line's
   * first word would not have fit after it (so the printer moved it down). A note printed under a
   * name that would have fit beside it is no wrap: left as it is.
   */
  private joinWrapped(read: PrintedLine, following: string, n: number): void {
    if (!this.grid.ruled || read.cells.length === 1) return;
    const below = readPrintedLine(following, this.grid);
    this.ahead = { line: n + 1, read: below };
    const filled = below.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
    if (below.off || filled.length !== 1) return;
    const at = filled[0]!;
    const column = this.grid.columns[at]!;
    const above = read.cells[at]!;
    const rest = below.cells[at]!;
    const width = column.end - column.start;
    if (above === '' || above.length >= width || printedText(following).search(/\S/) !== column.start) return;
    if (above.length + 1 + rest.split(' ')[0]!.length <= width || this.dayOf(rest) || TOTAL.test(rest))
      return;
    read.cells[at] = `${above} ${rest}`;
    this.wrapLine = n + 1;
  }

  /** The day a line off the grid states. A day marked as continued (`Mon 03/15/27 (continued)`:
   *  a day group's header printed again over the next page) only when it is the day the rows
   *  above the page break were of; another day so marked states none, and its rows go dateless. */
  private dayOf(text: string): string | undefined {
    const t = text.trim();
    const unmarked = t.replace(CONTINUED, '');
    if (unmarked === t) return statedDayOf(t);
    const day = statedDayOf(unmarked);
    return day !== undefined && day === this.lastDay ? day : undefined;
  }

  private noteDay(day: string | undefined): void {
    if (day === undefined) return;
    this.day = day;
    this.lastDay = day;
    this.daysSeen = true;
  }

  private withDay(cells: string[], day: string): string {
    return asDelimited(this.days ? [...cells, day] : cells);
  }

  /** The row of a marked line told what its line was: off the grid (an error, never a split by
   *  guess) or with values that fill their columns. */
  mark(row: Row): void {
    // Lines passed over (furniture) are let go of as the rows go by: marks stay few.
    for (const line of this.marks.keys()) {
      if (line >= row.line) break;
      this.marks.delete(line);
    }
    const read = this.marks.get(row.line);
    if (!read) return;
    this.marks.delete(row.line);
    if (read.off) {
      row.problem = read.off.message;
      row.problemHint = HINT;
      row.problemAt = { column: read.off.column, value: read.off.value };
    } else if (read.cut) row.cut = read.cut;
  }
}
