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
}

/** The page's rows as records of shown text. */
export function htmlRecords(html: string): HtmlTables {
  const out: HtmlTables = { records: [], tableRows: 0 };
  const text = new TextLine(out.records);
  walk(parse(html), out, text);
  text.end();
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

function walk(node: Node, out: HtmlTables, text: TextLine): void {
  for (const child of childrenOf(node)) {
    if (child.nodeName === '#text') {
      text.add((child as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!isElement(child) || UNSHOWN.has(child.nodeName)) continue;
    if (child.nodeName === 'table') {
      text.end();
      readTable(child, out, text);
      continue;
    }
    const block = BLOCKS.has(child.nodeName);
    if (block) text.end();
    walk(child, out, text);
    if (block) text.end();
  }
}

/** A cell spanning rows below its own: its text, its width, and how many rows it still covers. */
interface Span {
  text: string;
  left: number;
}

/**
 * One table's rows in order, its nested tables' rows after the row holding them. A cell spanning
 * several rows (`rowspan`) is part of each of those rows, so its text is in each: without it,
 * the cells after it in the next row would stand one column to the left, under another name.
 * A cell spanning columns (`colspan`) gives its text to the first and leaves the others empty,
 * as Excel does when it opens the page.
 */
function readTable(table: Element, out: HtmlTables, text: TextLine): void {
  const spans: (Span | undefined)[] = [];
  const own: string[][] = [];
  for (const part of childrenOf(table)) {
    if (!isElement(part)) continue;
    if (part.nodeName === 'caption') {
      text.add(cellText(part, []));
      text.end();
      continue;
    }
    const rows = part.nodeName === 'tr' ? [part] : isSection(part) ? childrenOf(part).filter(isRow) : [];
    for (const tr of rows) {
      const nested: Element[] = [];
      const cells = rowCells(tr, spans, nested);
      own.push(cells);
      out.records.push(cells);
      out.tableRows++;
      for (const t of nested) readTable(t, out, text);
    }
  }
  // A row with fewer cells than the table shows empty cells at its end: every row is as wide as
  // the table, as in a CSV that Excel saves from the same page.
  let width = 0;
  for (const r of own) width = Math.max(width, r.length);
  for (const r of own) while (r.length < width) r.push('');
}

function rowCells(tr: Element, spans: (Span | undefined)[], nested: Element[]): string[] {
  const cells: string[] = [];
  const fillSpans = () => {
    for (let s = spans[cells.length]; s && s.left > 0; s = spans[cells.length]) {
      cells.push(s.text);
      s.left--;
    }
  };
  for (const td of childrenOf(tr)) {
    if (!isElement(td) || (td.nodeName !== 'td' && td.nodeName !== 'th')) continue;
    fillSpans();
    const value = cellText(td, nested);
    const across = spanOf(td, 'colspan', MAX_COLSPAN);
    const down = spanOf(td, 'rowspan', MAX_ROWSPAN) - 1;
    for (let k = 0; k < across; k++) {
      if (down > 0) spans[cells.length] = { text: k === 0 ? value : '', left: down };
      cells.push(k === 0 ? value : '');
    }
  }
  fillSpans();
  return cells;
}

/** A cell's shown text on one line; a table inside it is read as rows of its own. */
function cellText(cell: Element, nested: Element[]): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    for (const child of childrenOf(node)) {
      if (child.nodeName === '#text') parts.push((child as DefaultTreeAdapterMap['textNode']).value);
      else if (!isElement(child) || UNSHOWN.has(child.nodeName)) continue;
      else if (child.nodeName === 'table') nested.push(child);
      else {
        // A line break inside a cell (`Doe, Jane<br>MRN 1001`) is a space: the cell stays one value.
        if (BLOCKS.has(child.nodeName)) parts.push(' ');
        visit(child);
        if (BLOCKS.has(child.nodeName)) parts.push(' ');
      }
    }
  };
  visit(cell);
  return shown(parts.join(''));
}

/** Text as the page shows it: runs of white space (the source's line breaks and indents) are one
 *  space, a no-break space is a space, and nothing is at either end. */
function shown(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function spanOf(cell: Element, name: 'colspan' | 'rowspan', max: number): number {
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
