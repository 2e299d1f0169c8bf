// A web page holding the schedule in an HTML table: what many web-based systems' "Export to
// Excel" writes (an `.xls` file that is HTML inside), and what Excel or a browser saves as a
// "Web Page". Read as the rows a person sees, one record per row, in page order: each table row
// (`<tr>`) its cells' shown text, and each run of text outside a table (a report's title, a
// provider's heading between two tables) one single-cell record. Handed to the delimited
// reader's layout detection as those records, a page reads as the same report saved as CSV:
// titles, header, group lines, totals and page headers are found the same way.
//
// Parsed with parse5, the WHATWG HTML parser, so a page is read as a browser reads it: cells
// and rows left unclosed, `&nbsp;` and other character references, `<tbody>` implied,
// `<script>` and `<style>` not shown. Hand-written tag matching got each of those wrong.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { blankCommandColumns, type ShownCell } from './html-command-columns.ts';
import { markOf, rowMarks, type MarkKind, type RowMark } from './html-marks.ts';
import { checkboxText } from './html-checkboxes.ts';
import { pictureText } from './html-pictures.ts';
import { classBackgrounds, classMarks, type ClassMarks } from './html-styles.ts';
import { backgroundOf, inkOf, type PageColours } from './html-backgrounds.ts';
import { colouredRows, colourName } from './row-colours.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is never shown as text on the page. */
const UNSHOWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'object', 'select']);

/** Elements that begin a new line of text on the page: text on either side of one is two lines. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'ul',
]); // prettier-ignore

/** The HTML standard's caps on `colspan` and `rowspan` (a larger value is read as the cap). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

export interface HtmlTables {
  /** One record per row of the page, in order: a table row's cells, or a line of text. */
  records: string[][];
  /** Number of table rows (`<tr>`) found; 0 means the page holds no table. */
  tableRows: number;
  /** Records after this index are the page's text after its last table of rows (a copyright line,
   *  a site's footer, a grand total): no row of the schedule, nor a heading over one. */
  lastRow: number;
  /** Records (by index) that are a note written across a schedule's columns after its first
   *  cells (`9:00 AM` then `Staff Meeting` over all the others): blocked time, no appointment. */
  across: Set<number>;
  /** Records (by index) of a schedule's rows with text struck through or hidden (html-marks.ts):
   *  the first such cell of each. */
  marked: Map<number, RowMark>;
  /** Records (by index) of a schedule's rows with a cell on a background, or written in a text
   *  colour, unlike its column's (html-backgrounds.ts, row-colours.ts): the first such cell's
   *  column, text and colour, and which it is. */
  drawn: Map<number, { column: number; value: string; colour: string; ink?: boolean }>;
  /** Records (by index) where a cell merged across the columns after a time holds a patient (a
   *  `Last, First` name or a date), not a note: a whole appointment written in one cell, with
   *  the records its `rowspan` covers below it (the same appointment, its length). */
  merged: Map<number, { text: string; below: number[] }>;
}

/** The page's rows as records of shown text. */
export function htmlRecords(html: string): HtmlTables {
  const out: HtmlTables = {
    records: [],
    tableRows: 0,
    lastRow: -1,
    across: new Set(),
    marked: new Map(),
    drawn: new Map(),
    merged: new Map(),
  };
  const text = new TextLine(out.records);
  const doc = parse(html);
  const sheets = styleSheets(doc);
  walk(doc, out, text, classMarks(sheets), {
    backgrounds: classBackgrounds(sheets),
    inks: classBackgrounds(sheets, true),
  });
  text.end();
  return out;
}

/** The texts of the page's `<style>` elements, wherever they are (a saved page keeps them in its
 *  head, a page pasted together may have them in its body). */
function styleSheets(node: Node, out: string[] = []): string[] {
  for (const child of childrenOf(node)) {
    if (!isElement(child)) continue;
    if (child.nodeName === 'style')
      out.push(
        childrenOf(child)
          .map((t) => (t.nodeName === '#text' ? (t as DefaultTreeAdapterMap['textNode']).value : ''))
          .join(''),
      );
    else styleSheets(child, out);
  }
  return out;
}

/** Text outside tables, gathered into lines that end at block elements and tables. */
class TextLine {
  private parts: string[] = [];
  constructor(private readonly records: string[][]) {}
  add(value: string): void {
    this.parts.push(value);
  }
  end(): void {
    const line = shown(this.parts.join(''));
    this.parts = [];
    if (line !== '') this.records.push([line]);
  }
}

function walk(
  node: Node,
  out: HtmlTables,
  text: TextLine,
  classes: ClassMarks,
  backgrounds: PageColours,
): void {
  for (const child of childrenOf(node)) {
    if (child.nodeName === '#text') {
      text.add((child as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!isElement(child) || UNSHOWN.has(child.nodeName)) continue;
    if (child.nodeName === 'table') {
      text.end();
      readTable(child, out, text, classes, backgrounds);
      continue;
    }
    const block = BLOCKS.has(child.nodeName);
    if (block) text.end();
    walk(child, out, text, classes, backgrounds);
    if (block) text.end();
  }
}

/** A cell spanning rows below its own: its text, its width, and how many rows it still covers. */
interface Span {
  text: string;
  left: number;
  mark?: MarkKind;
}

/**
 * One table's rows in order, its nested tables' rows after the row holding them. A cell spanning
 * several rows (`rowspan`) is part of each of those rows, so its text is in each: without it,
 * the cells after it in the next row would stand one column to the left, under another name.
 * A cell spanning columns (`colspan`) gives its text to the first and leaves the others empty,
 * as Excel does when it opens the page.
 */
function readTable(
  table: Element,
  out: HtmlTables,
  text: TextLine,
  classes: ClassMarks,
  backgrounds: PageColours,
): number {
  const spans: (Span | undefined)[] = [];
  const own: string[][] = [];
  const shownRows: ShownCell[][] = [];
  let inner = 0;
  let last = -1;
  const spansToEnd: { record: number; row: number; cells: string[]; from: number; down: number }[] = [];
  const recordOf: number[] = [];
  const tableMark = markOf(table, classes);
  const columns = { at: 0, hidden: new Set<number>() };
  for (const part of childrenOf(table)) {
    if (!isElement(part)) continue;
    if (part.nodeName === 'colgroup' || part.nodeName === 'col') {
      addHiddenColumns(part, columns, classes);
      continue;
    }
    if (part.nodeName === 'caption') {
      text.add(cellText(part, [], undefined, classes).text);
      text.end();
      continue;
    }
    const rows = part.nodeName === 'tr' ? [part] : isSection(part) ? childrenOf(part).filter(isRow) : [];
    const outerMark = tableMark ?? (part.nodeName === 'tr' ? undefined : markOf(part, classes));
    for (const [at, tr] of rows.entries()) {
      const nested: Element[] = [];
      const rowsLeft = rows.length - at - 1;
      const { across: lastSpan, down } = lastCellSpan(tr, rowsLeft);
      const shown = rowCells(tr, spans, nested, outerMark, classes, backgrounds, rowsLeft);
      const cells = shown.map((c) => c.text);
      own.push(cells);
      shownRows.push(shown);
      last = out.records.length;
      recordOf.push(last);
      if (lastSpan >= ACROSS_MIN && own.length > 1 && shown.length - lastSpan >= 1)
        spansToEnd.push({ record: last, row: own.length - 1, cells, from: shown.length - lastSpan, down });
      out.records.push(cells);
      out.tableRows++;
      for (const t of nested) inner = Math.max(inner, readTable(t, out, text, classes, backgrounds));
    }
  }
  // A table holding a table of as many rows or more is the page's layout (a site's banner, menu
  // and footer around the schedule, as a browser's "Save page as" keeps it): its own rows are
  // lines of text, as text outside tables is, not rows under the schedule's header. Its footer,
  // two cells after the schedule's rows, would otherwise read as a row cut short. A schedule with
  // a small table in some cells (a patient's phone numbers) stays a schedule.
  if (inner > 0 && inner >= own.length) {
    for (const r of own) r.splice(0, r.length, r.filter((c) => c !== '').join(' '));
    return own.length;
  }
  blankCommandColumns(shownRows, own);
  for (const [row, mark] of rowMarks(shownRows, columns.hidden)) out.marked.set(recordOf[row]!, mark);
  for (const ink of [false, true]) {
    const colourOf = (c: ShownCell) => (ink ? c.ink : c.colour);
    if (!shownRows.some((cells) => cells.some(colourOf))) continue;
    // A header row's colour is the header's look, not a mark of a row under it.
    const body = shownRows.flatMap((cells, r) =>
      cells.every((c) => c.header)
        ? []
        : [{ line: recordOf[r]!, colours: cells.map(colourOf), texts: cells.map((c) => c.text) }],
    );
    for (const [record, cell] of colouredRows(body))
      if (!out.drawn.has(record))
        out.drawn.set(record, {
          column: cell.column,
          value: out.records[record]![cell.column]!,
          colour: cell.colour,
          ...(ink && { ink }),
        });
  }
  out.lastRow = Math.max(out.lastRow, last);
  // Padded below: a row whose last cell reaches the table's last column, written after a time
  // (or a few first cells) that are shown. A row of data has a cell under each column name.
  let width = 0;
  for (const r of own) width = Math.max(width, r.length);
  for (const a of spansToEnd) {
    if (a.cells.length !== width || !a.cells.slice(0, a.from).some((c) => c !== '') || a.cells[a.from] === '')
      continue;
    const text = a.cells[a.from]!;
    if (!HOLDS_PATIENT.test(text)) out.across.add(a.record);
    else
      out.merged.set(a.record, {
        text,
        below: recordOf.slice(a.row + 1, a.row + a.down).filter((r) => r !== undefined),
      });
  }
  // A row with fewer cells than the table shows empty cells at its end, as in a CSV that Excel
  // saves from the same page (a last `<td>` for an empty note left out, the `<tr>` never closed).
  // But a row of two or more cells with one left out in its middle (`<td>` not written for a
  // NULL) shows the cells after the gap one column to the left, under another name: `Cancelled`
  // under Provider and no status. Where the columns it leaves empty at its end are filled on every
  // other row of the table, the gap is more likely in its middle: such a row keeps its length and
  // is read as a CSV line cut short is (a note line, or a row error). A one-cell line (a heading,
  // a note) is padded.
  const full = own.filter((r) => r.length === width);
  const emptySomewhere = (c: number) => full.some((r) => r[c] === '');
  for (const r of own) {
    const line = r.length >= 2 && r.some((c, i) => i > 0 && c !== '');
    let trailing = true;
    for (let c = r.length; c < width && line; c++) if (!emptySomewhere(c)) trailing = false;
    if (trailing) while (r.length < width) r.push('');
  }
  return own.length;
}

/** Columns a `<col>` (alone or in a `<colgroup>`) hides, as Excel's "Save as Web Page" writes a
 *  hidden column: `<col width=0 style='display:none'>`. */
function addHiddenColumns(
  el: Element,
  columns: { at: number; hidden: Set<number> },
  classes: ClassMarks,
): void {
  const inner = childrenOf(el).filter((c): c is Element => isElement(c) && c.nodeName === 'col');
  // A `<colgroup>` without `<col>`s is `span` columns itself.
  for (const col of inner.length ? inner : [el]) {
    const span = spanOf(col, 'span', MAX_COLSPAN);
    if ((markOf(col, classes) ?? markOf(el, classes)) === 'hidden')
      for (let k = 0; k < span; k++) columns.hidden.add(columns.at + k);
    columns.at += span;
  }
}

/** Columns a note across a schedule spans at least: a merged Notes cell over two is no such note. */
const ACROSS_MIN = 3;

/** A note across a schedule holds no patient; a cell that does (`Roe, Rick`, a birth date
 *  `11/23/1975`) is an appointment written whole in one merged cell, not blocked time. */
const HOLDS_PATIENT = /\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\p{Ll}|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/u;

/** The colspan and rowspan of a row's last cell (`rowsLeft`: the rows after it in its section). */
function lastCellSpan(tr: Element, rowsLeft: number): { across: number; down: number } {
  const cells = childrenOf(tr).filter(
    (c): c is Element => isElement(c) && (c.nodeName === 'td' || c.nodeName === 'th'),
  );
  const lastCell = cells[cells.length - 1];
  return lastCell
    ? { across: spanOf(lastCell, 'colspan', MAX_COLSPAN), down: rowSpan(lastCell, rowsLeft) }
    : { across: 0, down: 1 };
}

/** A row's cells; `outerMark` is how its table or section marks it (html-marks.ts). */
function rowCells(
  tr: Element,
  spans: (Span | undefined)[],
  nested: Element[],
  outerMark: MarkKind | undefined,
  classes: ClassMarks,
  backgrounds: PageColours,
  rowsLeft: number,
): ShownCell[] {
  const cells: ShownCell[] = [];
  const rowMark = outerMark ?? markOf(tr, classes);
  const rowColour = backgroundOf(tr, backgrounds.backgrounds);
  const rowInk = inkOf(tr, backgrounds.inks);
  const fillSpans = () => {
    for (let s = spans[cells.length]; s && s.left > 0; s = spans[cells.length]) {
      cells.push({ text: s.text, header: false, linksOnly: false, mark: s.mark });
      s.left--;
    }
  };
  for (const td of childrenOf(tr)) {
    if (!isElement(td) || (td.nodeName !== 'td' && td.nodeName !== 'th')) continue;
    fillSpans();
    const value = cellText(td, nested, rowMark, classes, { inks: backgrounds.inks, ink: rowInk });
    const header = td.nodeName === 'th';
    const colour = backgroundOf(td, backgrounds.backgrounds) ?? rowColour;
    const across = spanOf(td, 'colspan', MAX_COLSPAN);
    const down = rowSpan(td, rowsLeft) - 1;
    for (let k = 0; k < across; k++) {
      if (down > 0)
        spans[cells.length] = {
          text: k === 0 ? value.text : '',
          left: down,
          mark: k === 0 ? value.mark : undefined,
        };
      cells.push(
        k === 0 ? { ...value, header, ...(colour && { colour }) } : { text: '', header, linksOnly: false },
      );
    }
  }
  fillSpans();
  return cells;
}

/** A cell's shown text on one line, whether all of it is the text of links or buttons (what a
 *  person clicks, such as `Check In | Edit | Cancel`), and whether some of it is struck through or
 *  hidden (by the row, the cell or an element in it); a table inside it is read as rows of its own. */
function cellText(
  cell: Element,
  nested: Element[],
  rowMark: MarkKind | undefined,
  classes: ClassMarks,
  /** The page's class text colours and the row's own (inkOf), for the cell's `ink`. */
  inks?: { inks: PageColours['inks']; ink: string | null | undefined },
): { text: string; linksOnly: boolean; mark?: MarkKind; ink?: string } {
  const parts: string[] = [];
  const pictures: string[] = [];
  let pictureInLink = false;
  let plain = '';
  let found: MarkKind | undefined;
  // The colour of the cell's first shown text: what a person sees it written in.
  let ink: string | null | undefined;
  let inked = false;
  const inkIn = (el: Element, outer: string | null | undefined) => {
    if (!inks) return undefined;
    // Black set on the cell or inside it is black (null), whatever colour the row gave.
    const own = inkOf(el, inks.inks);
    // A link is drawn in its own colour, blue or purple as links are: how a link looks, no mark.
    if (isClickable(el)) return own && !/blue|purple/.test(colourName(own)) ? own : undefined;
    return own !== undefined ? own : outer;
  };
  const visit = (node: Node, inLink: boolean, mark: MarkKind | undefined, colour?: string | null) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName === '#text') {
        const value = (child as DefaultTreeAdapterMap['textNode']).value;
        parts.push(value);
        if (!inLink) plain += value;
        if (mark && !found && shown(value) !== '') found = mark;
        if (!inked && shown(value) !== '') {
          inked = true;
          ink = colour;
        }
      } else if (!isElement(child) || UNSHOWN.has(child.nodeName)) continue;
      else if (child.nodeName === 'table') nested.push(child);
      else if (pictureText(child) !== undefined) {
        pictures.push(pictureText(child)!);
        pictureInLink ||= inLink;
      } else if (cell.nodeName === 'td' && checkboxText(child) !== undefined) {
        // A check box in a data cell (html-checkboxes.ts), read like a picture: only when alone.
        pictures.push(checkboxText(child)!);
      } else {
        // A line break inside a cell (`Doe, Jane<br>MRN 1001`) is a space: the cell stays one value.
        if (BLOCKS.has(child.nodeName)) parts.push(' ');
        visit(child, inLink || isClickable(child), mark ?? markOf(child, classes), inkIn(child, colour));
        if (BLOCKS.has(child.nodeName)) parts.push(' ');
      }
    }
  };
  visit(cell, false, rowMark ?? markOf(cell, classes), inks && inkIn(cell, inks.ink));
  const own = shown(parts.join(''));
  // A cell of pictures or check boxes only reads as what they stand for (html-pictures.ts,
  // html-checkboxes.ts).
  if (own === '' && pictures.length > 0) {
    const text = shown(pictures.join(' '));
    const mark = rowMark ?? markOf(cell, classes);
    return { text, linksOnly: pictureInLink, ...(mark && { mark }) };
  }
  return {
    text: own,
    linksOnly: own !== '' && LINK_SEPARATORS.test(plain),
    ...(found && { mark: found }),
    ...(ink && { ink }),
  };
}

/** Text between links that only separates them (`Edit | Cancel`, `View · Print`). */
const LINK_SEPARATORS = /^[\s\u00a0|·•/,;:\-–—[\]()]*$/;

/** A link with an address, or a button: what a person clicks on the page. */
function isClickable(el: Element): boolean {
  return el.nodeName === 'button' || (el.nodeName === 'a' && el.attrs.some((a) => a.name === 'href'));
}

/** Text as the page shows it: runs of white space (the source's line breaks and indents) are one
 *  space, a no-break space is a space, and nothing is at either end. */
function shown(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The rows a cell spans down. `rowspan="0"` spans to the end of its row group (its `<tbody>`,
 *  `<thead>` or `<tfoot>`: the HTML standard's "table processing model"), so the cell is part of
 *  each row after it there, as browsers show it; read as 1, the cells of the rows below it had moved
 *  one column to the left, under other names. */
function rowSpan(cell: Element, rowsLeft: number): number {
  const value = cell.attrs.find((a) => a.name === 'rowspan')?.value;
  if (value !== undefined && /^\s*0+\s*$/.test(value)) return Math.min(rowsLeft + 1, MAX_ROWSPAN);
  return spanOf(cell, 'rowspan', MAX_ROWSPAN);
}

function spanOf(cell: Element, name: 'colspan' | 'rowspan' | 'span', max: number): number {
  const value = cell.attrs.find((a) => a.name === name)?.value;
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

function childrenOf(node: Node): Node[] {
  if (node.nodeName === 'template') return [];
  return 'childNodes' in node ? node.childNodes : [];
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isSection(el: Element): boolean {
  return el.nodeName === 'thead' || el.nodeName === 'tbody' || el.nodeName === 'tfoot';
}

function isRow(node: Node): node is Element {
  return isElement(node) && node.nodeName === 'tr';
}
