// Excel's "XML Spreadsheet 2003" (SpreadsheetML): what a schedule saved from Excel as XML, or
// exported by a report writer's "Excel (XML)" option, looks like. Read as the sheet it is, not as
// generic XML (whose repeated record would be `Cell`, its columns `Data` and `Data@Type`): the
// rows of the one sheet with rows, the header the first row of text cells, the lines above it
// titles, and report furniture after it classified as in a delimited export.
//
// A workbook with several worksheets is read as an .xlsx is: the sheet a person named once, else
// the one sheet of dated rows, and two such sheets are a question (sheet-choice.ts). A hidden
// worksheet (`x:Visible` SheetHidden or SheetVeryHidden, as Excel hides it) is not read.
//
// Typed cells are written back as the text a person sees, never with a part the sheet does not
// hold: a DateTime cell formatted as a date gives the date alone, one formatted as a time (or on
// Excel's day zero, 1899-12-31) the time alone, and a midnight with no time format the date alone,
// so a start with no time is held as one (never sent at midnight).
import { XmlElement } from 'libxml2-wasm';
import { attrValue, childElements, firstElement } from './xml-elements.ts';
import { cleanHeaders, isBlankRecord } from './detect-layout.ts';
import { fileError } from './export-file-error.ts';
import { chooseSheet, DATE_TEXT, WORD } from './sheet-choice.ts';
import { carriedGroups, GroupColumns, groupedRow, strayDay } from './group-columns.ts';
import { groupLine } from './group-lines.ts';
import { FurnitureFilter, HeadingLines } from './report-furniture.ts';
import { Row } from './table-row.ts';
import { tableRowsOf, type TableRows } from './table-rows.ts';
import type { TableInfo, TextEncoding } from './table-types.ts';

const SPREADSHEET_NS = 'urn:schemas-microsoft-com:office:spreadsheet';
/** The header is looked for in the first rows only: titles above it are a few lines. */
const HEADER_SEARCH_ROWS = 30;
const SAVE_AS_CSV =
  'Save the sheet as CSV instead (in Excel: File › Save As › "CSV UTF-8"), or export the schedule as CSV from the practice software.';

export function isSpreadsheetMl(root: XmlElement): boolean {
  return root.name === 'Workbook' && root.namespaceUri === SPREADSHEET_NS;
}

interface SheetRow {
  line: number;
  values: string[];
  /** Every filled cell is a text cell (a header has no dates or numbers). */
  allText: boolean;
  filled: number;
  /** A cell holds a date (a date cell, or text written as one): sheet-choice.ts. */
  dated: boolean;
  /** A text cell holds a word (not a date). */
  worded: boolean;
}

/** Style id → its number format (`Short Date`, `h:mm AM/PM`), following `ss:Parent`. */
function numberFormats(root: XmlElement): Map<string, string> {
  const own = new Map<string, { format?: string; parent?: string }>();
  for (const styles of childElements(root, 'Styles')) {
    for (const s of childElements(styles, 'Style')) {
      const id = attrValue(s, 'ID');
      if (!id) continue;
      const nf = childElements(s, 'NumberFormat')[0];
      own.set(id, { format: nf ? attrValue(nf, 'Format') : undefined, parent: attrValue(s, 'Parent') });
    }
  }
  const formats = new Map<string, string>();
  for (const id of own.keys()) {
    let at: string | undefined = id;
    for (let depth = 0; at && depth < 8; depth++) {
      const s = own.get(at);
      if (s?.format) {
        formats.set(id, s.format);
        break;
      }
      at = s?.parent;
    }
  }
  return formats;
}

export type Shows = 'date' | 'time' | 'both' | 'unknown';

/** What a number format shows. Quoted text and `[colour]`/`[$-409]` sections say nothing. */
export function formatShows(format: string | undefined): Shows {
  if (!format) return 'unknown';
  const named = format.toLowerCase();
  if (/^(short|medium|long) date$/.test(named)) return 'date';
  if (/^(short|medium|long) time$/.test(named)) return 'time';
  if (named === 'general date') return 'both';
  const bare = named.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const ampm = /am\/pm|a\/p/.test(bare);
  // `m` is minutes after an hour or before seconds, months otherwise; y and d are only dates.
  const rest = bare.replace(/am\/pm|a\/p/g, '').replace(/h+:?m+/g, 'h');
  const date = /[yd]/.test(rest) || /(?<!m)m+(?!m|:?s)/.test(rest);
  const time = ampm || /[hs]/.test(rest);
  if (date && time) return 'both';
  if (date) return 'date';
  if (time) return 'time';
  return 'unknown';
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?/;
const DAY_ZERO = new Set(['1899-12-31', '1899-12-30', '1900-01-00']);

/** A DateTime cell as text: `2026-12-08`, `09:00`, `2026-12-08 09:00` (seconds only when set). */
export function dateTimeText(value: string, shows: Shows): string {
  const m = DATE_TIME.exec(value.trim());
  if (!m) return value.trim();
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const time = m[6] === '00' ? `${m[4]}:${m[5]}` : `${m[4]}:${m[5]}:${m[6]}`;
  const midnight = m[4] === '00' && m[5] === '00' && m[6] === '00';
  if (shows === 'date') return date;
  if (shows === 'time' || DAY_ZERO.has(date)) return time;
  if (midnight && shows === 'unknown') return date;
  return `${date} ${time}`;
}

/** A Number cell formatted as a date or time (Excel's serial days) as DateTime text, or undefined. */
export function serialText(value: string, shows: Shows, date1904: boolean): string | undefined {
  if (shows === 'unknown') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return undefined;
  // Serial 1 is 1900-01-01, and from 61 on Excel counts a 29 February 1900 that never was; in the
  // 1904 system day 0 is 1904-01-01. Rounded to the second (0.375 is 09:00, not 08:59:59.999).
  const base = date1904 ? Date.UTC(1904, 0, 1) : n < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const iso = new Date(base + Math.round(n * 86_400) * 1000).toISOString();
  return dateTimeText(iso, n < 1 ? 'time' : shows);
}

/**
 * The sheet's rows as Excel shows them. A merged cell's value is its first cell's, and the cells
 * it covers to the right (`ss:MergeAcross`) are empty. Rows it covers below (`ss:MergeDown`, a
 * provider or a day printed once beside its rows) leave its column out, the next cell written with
 * `ss:Index`: its value belongs to each of those rows, as a web page's `rowspan` does
 * (html-tables.ts); read as an empty cell, the row below lost its day or provider.
 */
function readRows(table: XmlElement, formats: Map<string, string>, date1904: boolean): SheetRow[] {
  const rows: SheetRow[] = [];
  /** Per column, a merged cell above still covering rows: its value and the rows it has left. */
  const down: Array<{ text: string; left: number } | undefined> = [];
  for (const row of childElements(table, 'Row')) {
    const values: string[] = [];
    let allText = true;
    let filled = 0;
    let dated = false;
    let worded = false;
    // Columns a merged cell above covers, at the row's current end.
    const fillCovered = () => {
      for (let d = down[values.length]; d && d.left > 0; d = down[values.length]) {
        values.push(d.text);
        d.left--;
        if (d.text !== '') filled++;
      }
    };
    for (const cell of childElements(row, 'Cell')) {
      // `ss:Index`: the cell's column (1-based) when the cells before it were left out.
      const index = Number(attrValue(cell, 'Index') ?? 0);
      fillCovered();
      while (values.length < index - 1) {
        values.push('');
        fillCovered();
      }
      const data = childElements(cell, 'Data')[0];
      let text = data ? data.content.trim() : '';
      const type = data ? attrValue(data, 'Type') : undefined;
      const shows = formatShows(formats.get(attrValue(cell, 'StyleID') ?? ''));
      if (text !== '' && type === 'DateTime') text = dateTimeText(text, shows);
      if (text !== '' && type === 'Number') text = serialText(text, shows, date1904) ?? text;
      if (text !== '') {
        filled++;
        if (type !== 'String') allText = false;
        const date = DATE_TEXT.test(text);
        dated ||= date;
        if (!worded && !date && type === 'String') worded = WORD.test(text);
      }
      const across = Number(attrValue(cell, 'MergeAcross') ?? 0);
      const below = Number(attrValue(cell, 'MergeDown') ?? 0);
      for (let k = 0; k <= across; k++) {
        if (below > 0) down[values.length] = { text: k === 0 ? text : '', left: below };
        values.push(k === 0 ? text : '');
      }
    }
    fillCovered();
    while (values.length > 0 && values[values.length - 1] === '') values.pop();
    rows.push({ line: row.line, values, allText, filled, dated, worded });
  }
  return rows;
}

/** The visible sheets of the workbook that hold at least one filled row, with their rows. */
function filledSheets(root: XmlElement, formats: Map<string, string>, date1904: boolean) {
  const sheets: Array<{ name: string; rows: SheetRow[]; datedRows: number; listedRows: number }> = [];
  for (const ws of childElements(root, 'Worksheet')) {
    if (hiddenSheet(ws)) continue;
    const rows = childElements(ws, 'Table').flatMap((t) => readRows(t, formats, date1904));
    if (!rows.some((r) => r.filled > 0)) continue;
    const dated = rows.filter((r) => r.dated);
    const listedRows = dated.filter((r) => r.worded).length;
    sheets.push({ name: attrValue(ws, 'Name') ?? '', rows, datedRows: dated.length, listedRows });
  }
  return sheets;
}

/** `<x:WorksheetOptions><x:Visible>SheetHidden</x:Visible>`: a sheet hidden in Excel. */
function hiddenSheet(ws: XmlElement): boolean {
  const visible = firstElement(firstElement(ws, 'WorksheetOptions'), 'Visible');
  return !!visible && /^sheet(very)?hidden$/i.test(visible.content.trim());
}

/** A sheet named by a person says what the rows are (`Cancelled`); Excel's `Sheet1` says nothing. */
export function namedSheet(name: string): boolean {
  return name.trim() !== '' && !/^(sheet|tabelle|feuil|hoja|foglio|blad)\s*\d*$/i.test(name.trim());
}

export function openSpreadsheetMl(
  root: XmlElement,
  base: string,
  encoding: TextEncoding,
  named?: string,
): { info: TableInfo; rows: TableRows } {
  const workbook = childElements(root, 'ExcelWorkbook')[0];
  const date1904 = !!workbook && childElements(workbook, 'Date1904').length > 0;
  const sheets = filledSheets(root, numberFormats(root), date1904);
  if (sheets.length === 0)
    throw fileError(
      base,
      0,
      'this Excel XML workbook has no filled rows',
      'The report may have found nothing: run the export again.',
    );
  const { sheet, choice } = chooseSheet(sheets, named);
  const filled = sheet.rows.filter((r) => r.filled > 0);
  const header = filled.slice(0, HEADER_SEARCH_ROWS).find((r) => r.allText && r.filled >= 3);
  if (!header) {
    throw fileError(
      base,
      filled[0]!.line,
      `no header row in sheet '${sheet.name}' (a row of at least three column names above the appointments)`,
      SAVE_AS_CSV,
    );
  }
  const titleCells = namedSheet(sheet.name) ? [[sheet.name.trim()]] : [];
  for (const r of filled) {
    if (r === header) break;
    titleCells.push(r.values.map((v) => v.trim()).filter(Boolean));
  }
  const titled = titleCells.filter((cells) => cells.length > 0 && cells[0] !== '');
  const own = cleanHeaders(header.values);
  const width = own.length;
  const body = sheet.rows.slice(sheet.rows.indexOf(header) + 1);
  // A sheet is a printed report too: group lines above its first row give their rows a column.
  const scan = new FurnitureFilter(
    header.values,
    titled.map((cells) => cells.join(' ')),
  );
  const above: typeof body = [];
  for (const r of body) {
    if (isBlankRecord(r.values)) continue;
    if (groupLine(r.values, width)) above.push(r);
    else if (!scan.classify(r.values)) break;
  }
  // The title rows with their lines (a one-day report's day is carried from its title).
  const title = filled
    .slice(0, filled.indexOf(header))
    .map((r) => ({
      line: r.line,
      text: r.values
        .map((v) => v.trim())
        .filter(Boolean)
        .join(' '),
    }))
    .filter((t) => t.text !== '');
  const carried = carriedGroups(own, above, title);
  const headers = cleanHeaders([...own, ...carried.map((g) => g.label)]);
  const info: TableInfo = {
    file: base,
    format: 'xml',
    encoding,
    headerLine: header.line,
    headers,
    sideBySide: true,
    sheet: sheet.name,
    ...(choice ? { sheetChoice: choice } : {}),
    titleLines: titled.map((cells) => cells.join(' ')),
    titleCells: titled,
    furnitureLines: [],
    ...(carried.length ? { groupColumns: carried } : {}),
  };
  const furniture = new FurnitureFilter(header.values, info.titleLines);
  const headings = new HeadingLines(info);
  const groups = new GroupColumns(own, carried);
  const out: Row[] = [];
  const rest = sheet.rows.slice(sheet.rows.indexOf(header) + 1);
  for (const [i, r] of rest.entries()) {
    const values = r.values;
    if (isBlankRecord(values)) {
      furniture.noteBlank();
      continue;
    }
    const below = (): readonly string[] | undefined => {
      for (let j = i + 1; j < rest.length; j++) if (!isBlankRecord(rest[j]!.values)) return rest[j]!.values;
      return undefined;
    };
    const read = furniture.classify(values);
    const grouping =
      read === undefined || read === 'heading' || (read === 'repeated-title' && groups.leadsAgain(values));
    if (grouping && groups.take(values, r.line)) {
      info.furnitureLines.push(r.line);
      strayDay(groups, headings);
      continue;
    }
    if (read === 'total') {
      groups.countOf(values, r.line);
      strayDay(groups, headings);
    }
    // Asked only of a line no group took: a day group's line gives the rows under it their day.
    const kind = read ?? (furniture.headerCopyBelow(values, below) ? 'day-above-header' : undefined);
    if (kind) {
      info.furnitureLines.push(r.line);
      headings.met(kind, r.line, values);
      continue;
    }
    furniture.noteRow(values);
    // A sheet leaves trailing empty cells out; only a value past the header's last column is a
    // problem (a column with no name).
    const cells = [...values, ...Array<string>(Math.max(0, width - values.length)).fill('')];
    const row = new Row(r.line, cells, headers);
    if (values.length > width)
      row.problem = `this row has a value in column ${values.length} but the header has ${width} columns (a column with no name?)`;
    else groupedRow(row, groups.fill(cells), headings);
    headings.rowFollows();
    out.push(row);
  }
  strayDay(groups, headings, true);
  headings.end();
  if (out.length === 0) {
    throw fileError(
      base,
      header.line,
      `sheet '${sheet.name}' has a header but no rows under it`,
      'The report may have found nothing: run the export again.',
    );
  }
  return { info, rows: tableRowsOf(out) };
}
