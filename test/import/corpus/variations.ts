// Meaning-preserving variations of a corpus export: the same appointments written the way another
// practice's copy of the same system (or Excel after it) would write them. Each variation keeps
// the encoding and says where every original line went, so the layout's hand-written
// expectations still judge it. Which variations apply depends on the file's form: delimited
// tables get the column, quote, delimiter, header and row variations; XML gets attribute order,
// spacing and the declaration; every form gets the line-end and BOM variations.
import { printedGrid } from '../../../main/import/read/printed-grid.ts';
import type { ExpectedLayout } from './expected.ts';
import { caseCell, isZipBytes, readExportText, writeExportText, type ExportText } from './export-text.ts';
import {
  DELIMITERS,
  fieldOf,
  headerValues,
  isQuoted,
  rawOf,
  readDelimited,
  splitFields,
  valueOf,
  type DelimitedExport,
} from './export-records.ts';

export interface Variation {
  name: string;
  bytes: Buffer;
  /** Where a 1-based line of the original file is in the variation. */
  lineOf: (line: number) => number;
}

const same = (line: number): number => line;

export type Kind = 'header' | 'row' | 'other';

/** Rewrite the fields of every record; `fn` returns undefined to keep a record as it is. */
/** A record with a cell per column that is a row, not a title or group line Excel padded with
 *  empty cells to the table's width ('Provider: X,,,,'): another writer would move or fill the
 *  cells of a row, never put a note or a second column into such a line. */
function isRowShaped(fields: string[], width: number): boolean {
  return fields.length === width && fields.filter((f) => valueOf(f).trim() !== '').length !== 1;
}

export function mapFields(
  t: ExportText,
  table: DelimitedExport,
  /** `line`: the record's first line, 1-based (where expectations put it). */
  fn: (fields: string[], kind: Kind, line: number) => string[] | undefined,
  delimiter: string = table.delimiter,
): ExportText {
  const headerRaw = rawOf(table.records[table.header]!, t.eol);
  const lines = table.records.flatMap((r, i) => {
    const raw = rawOf(r, t.eol);
    const fields = splitFields(raw, table.delimiter);
    const blank = raw.trim() === '';
    const kind: Kind =
      i === table.header || raw === headerRaw ? 'header' : isRowShaped(fields, table.width) ? 'row' : 'other';
    const out = blank ? undefined : fn(fields, kind, r.start + 1);
    return out ? out.join(delimiter).split(t.eol) : r.lines;
  });
  return { ...t, lines };
}

/** Rewrite the cell values of header records, keeping each cell's quoting. */
const mapHeader = (t: ExportText, table: DelimitedExport, fn: (v: string) => string): ExportText =>
  mapFields(t, table, (fields, kind) =>
    kind === 'header' ? fields.map((f) => fieldOf(fn(valueOf(f)), table.delimiter, isQuoted(f))) : undefined,
  );

/** Move the fields of the table's records (header and rows) to new places; others are kept. */
const permute = (t: ExportText, table: DelimitedExport, order: number[]): ExportText =>
  mapFields(t, table, (fields, kind) => (kind === 'other' ? undefined : order.map((i) => fields[i]!)));

/** Add a column at `at` with a header (the first of `headers` the file does not have already: a
 *  second column of the same name is another question) and a value per row (cycled). */
function addColumn(
  t: ExportText,
  table: DelimitedExport,
  at: number,
  headers: string[],
  values: string[],
  /** Columns of that one name side by side (a report with two `Notes`). */
  copies = 1,
): ExportText {
  const have = new Set(headerValues(t, table).map((v) => v.toLowerCase()));
  const header = headers.find((h) => !have.has(h.toLowerCase())) ?? headers[0]!;
  let n = 0;
  return mapFields(t, table, (fields, kind) => {
    if (kind === 'other') return undefined;
    // A row of empty cells (Excel's row of commas) stays empty: a note would make it a row. So
    // does a report's own line padded to the table's width (a day heading, a total, `Printed …
    // Page 1 of 1`: two cells at most of five or more); no export writes a note on it.
    // Nor a totals line (`Total,,,7,$1,190.00`), however many amounts it prints, nor one of
    // several totals each with its label (`Total Visits: 8,,,…,Total Fees,2300`). A row whose type
    // begins with the word (`Total Knee`) only goes without a note.
    const filled = fields.filter((f) => valueOf(f).trim()).length;
    const total = fields.some((f) => /^(?:grand\s+|sub-?)?totals?(?::?$|\s)/i.test(valueOf(f).trim()));
    const blank = kind !== 'header' && (filled === 0 || total || (fields.length >= 5 && filled <= 2));
    const cells = Array.from({ length: copies }, () =>
      fieldOf(kind === 'header' ? header : blank ? '' : values[n++ % values.length]!, table.delimiter),
    );
    const out = [...fields];
    out.splice(at, 0, ...cells);
    return out;
  });
}

/** A column that numbers the rows as printed (1, 2, 3, restarting at 1 per day or page): its
 *  values say where a row stands, so a writer listing the rows the other way numbers them anew. */
function countsRows(rows: string[][]): boolean {
  const w = rows[0]?.length ?? 0;
  for (let c = 0; c < w; c++) {
    const n = rows.map((r) => valueOf(r[c] ?? '').trim());
    if (n.every((v, i) => /^\d+$/.test(v) && (v === '1' || (i > 0 && Number(v) === Number(n[i - 1]) + 1))))
      return true;
  }
  return false;
}

/** Rows of the table in reverse order, when they stand in one run (no group or page lines among
 *  them, whose place says which rows they belong to) and no column numbers them. A line among them
 *  the layout says is no row (`notRows`) stays where it is and the rows between such lines are
 *  reversed: a subtotal printed in the rows' own columns, a Tableau crosstab's
 *  `Dr. Whitcomb,Total,…,140,4`, totals the rows above it, so its place says which rows it
 *  belongs to as a group line's does. */
function reverseRows(
  t: ExportText,
  table: DelimitedExport,
  notRows: ReadonlySet<number>,
): { text: ExportText; lineOf: (l: number) => number } | undefined {
  const rows: number[] = [];
  table.records.forEach((r, i) => {
    if (i > table.header && isRowShaped(splitFields(rawOf(r, t.eol), table.delimiter), table.width))
      rows.push(i);
  });
  if (rows.length < 2 || rows[rows.length - 1]! - rows[0]! !== rows.length - 1) return undefined;

  if (countsRows(rows.map((i) => splitFields(rawOf(table.records[i]!, t.eol), table.delimiter))))
    return undefined;
  const records = [...table.records];
  const fixed = (i: number): boolean => notRows.has(table.records[i]!.start + 1);
  let reversedAny = false;
  for (let k = 0; k < rows.length;) {
    if (fixed(rows[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end < rows.length && !fixed(rows[end]!)) end++;
    const segment = rows.slice(k, end);
    if (segment.length >= 2) reversedAny = true;
    records.splice(segment[0]!, segment.length, ...segment.map((i) => table.records[i]!).reverse());
    k = end;
  }
  if (!reversedAny) return undefined;
  const moved = new Map<number, number>();
  let line = 0;
  for (const r of records) {
    r.lines.forEach((_, k) => moved.set(r.start + k + 1, line + k + 1));
    line += r.lines.length;
  }
  return { text: { ...t, lines: records.flatMap((r) => r.lines) }, lineOf: (l) => moved.get(l) ?? l };
}

const NOTES = ['Bring insurance card', 'Prefers mornings, call ahead', '', 'Needs an interpreter'];
const COPAYS = ['$25.00', '$0.00', '', '$40.00'];

/** A variation before it is written back to bytes. */
export interface Draft {
  name: string;
  text: ExportText;
  lineOf?: (line: number) => number;
}

function delimitedDrafts(t: ExportText, table: DelimitedExport, notRows: ReadonlySet<number>): Draft[] {
  const d = table.delimiter;
  const w = table.width;
  const drafts: Draft[] = [
    { name: 'columns reversed', text: permute(t, table, [...Array(w).keys()].reverse()) },
    {
      name: 'columns rotated',
      text: permute(
        t,
        table,
        [...Array(w).keys()].map((i) => (i + 1) % w),
      ),
    },
    {
      name: 'every field quoted',
      text: mapFields(t, table, (fields) => fields.map((f) => fieldOf(valueOf(f), d, true))),
    },
    { name: 'headers upper case', text: mapHeader(t, table, (v) => caseCell(t, v, true)) },
    { name: 'headers lower case', text: mapHeader(t, table, (v) => caseCell(t, v, false)) },
    {
      name: 'headers spaced',
      text: mapFields(t, table, (fields, kind) =>
        kind === 'header' ? fields.map((f) => (isQuoted(f) ? `" ${valueOf(f)} "` : ` ${f} `)) : undefined,
      ),
    },
    { name: 'trailing delimiter', text: mapFields(t, table, (fields) => [...fields, '']) },
    { name: 'notes column', text: addColumn(t, table, w, ['Notes', 'Comments'], NOTES) },
    // A query joining two tables writes their shared key twice (`SELECT a.*, p.*`), same values.
    { name: 'first column twice', text: permute(t, table, [...Array(w).keys(), 0]) },
    { name: 'notes column twice', text: addColumn(t, table, w, ['Notes', 'Comments'], NOTES, 2) },
    {
      name: 'copay column',
      text: addColumn(t, table, Math.floor(w / 2), ['Copay', 'Co-pay Amount'], COPAYS),
    },
  ];
  const allFields = table.records.flatMap((r) => splitFields(rawOf(r, t.eol), d));
  if (allFields.some((f) => isQuoted(f) && fieldOf(valueOf(f), d) !== f))
    drafts.push({
      name: 'needless quotes dropped',
      text: mapFields(t, table, (fields) => fields.map((f) => fieldOf(valueOf(f), d))),
    });
  // Another delimiter only where no cell holds it (then the cells read the same either way).
  const others = d === ',' ? [';', '\t'] : [','];
  for (const nd of others.filter((x) => (DELIMITERS as readonly string[]).includes(x))) {
    if (allFields.some((f) => valueOf(f).includes(nd))) continue;
    drafts.push({
      name: `delimiter ${nd === '\t' ? 'tab' : nd}`,
      text: mapFields(t, table, (fields) => fields, nd),
    });
  }
  const reversed = reverseRows(t, table, notRows);
  if (reversed) drafts.push({ name: 'rows reversed', text: reversed.text, lineOf: reversed.lineOf });
  return drafts;
}

/** Reverse the attributes of every start tag with two or more, and space them out. */
function xmlDrafts(t: ExportText): Draft[] {
  const TAG = /<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))+)(\s*\/?)>/g;
  const ATTR = /[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*')/g;
  const tags = (fn: (attrs: string[]) => string[]): ExportText => ({
    ...t,
    lines: t.lines.map((l) =>
      l.replace(
        TAG,
        (_m, name: string, attrs: string, end: string) =>
          `<${name} ${fn(attrs.match(ATTR) ?? []).join(' ')}${end}>`,
      ),
    ),
  });
  const decl = /^<\?xml[^>]*\?>\s*/;
  const first = t.lines[0] ?? '';
  return [
    { name: 'attributes reversed', text: tags((a) => [...a].reverse()) },
    { name: 'attributes spaced', text: tags((a) => a.map((x) => x.replace(/\s*=\s*/, ' = '))) },
    {
      name: 'indent changed',
      text: { ...t, lines: t.lines.map((l) => l.replace(/^\s*/, (s) => (s ? '\t' : ''))) },
    },
    {
      name: decl.test(first) ? 'declaration dropped' : 'declaration added',
      text: {
        ...t,
        lines: [
          decl.test(first) ? first.replace(decl, '') : `<?xml version="1.0" encoding="UTF-8"?>${first}`,
          ...t.lines.slice(1),
        ],
      },
    },
  ];
}

/** Every variation of one layout's export that applies to its form. */
export function variationsOf(layout: ExpectedLayout, original: Buffer): Variation[] {
  // An Excel workbook is a zip: its bytes are no text to rewrite (its line ends, BOM, title).
  if (isZipBytes(original)) return [];
  const t = readExportText(original);
  const otherEol = t.eol === '\r\n' ? '\n' : '\r\n';
  const eolName = otherEol === '\n' ? 'LF' : 'CRLF';
  const drafts: Draft[] = [{ name: `line ends ${eolName}`, text: { ...t, eol: otherEol } }];
  if (t.form === 'utf8' || t.form === 'utf8-bom')
    drafts.push({
      name: `line ends ${eolName}, ${t.form === 'utf8' ? 'with' : 'without'} BOM`,
      text: { ...t, eol: otherEol, form: t.form === 'utf8' ? 'utf8-bom' : 'utf8' },
    });
  if (t.mixedEol) drafts.length = 0;
  const first = t.lines.find((l) => l.trim()) ?? '';
  const xml = /^\s*</.test(first);
  // An HL7 v2 feed's fields are placed by the standard, not by a header: moving them, or adding a
  // title or a footer line, is no other copy of the same feed. Its line ends and BOM vary.
  if (/^\s*(MSH|FHS|BHS)[|^~\\&!#]/.test(first)) return drafts.map(asVariation);
  // A printed report's columns are places on its lines, not cells: its lines are not rewritten as
  // a delimited table's are (reordered columns, quotes, another delimiter).
  const printed = !xml && printedGrid(t.lines.join('\n')) !== undefined;
  const table = xml || printed ? undefined : readDelimited(t);
  if (xml) drafts.push(...xmlDrafts(t));
  else if (table && !t.mixedEol) {
    const notRows = new Set(layout.rows.filter((r) => r.expect === 'not-a-row').map((r) => r.line));
    drafts.push(...delimitedDrafts(t, table, notRows));
  }
  if (!xml && !t.mixedEol) {
    const rows = table ? table.records.filter((r, i) => i > table.header).length : t.lines.length;
    drafts.push(
      {
        name: 'footer appended',
        text: { ...t, lines: [...trimEnd(t.lines), '', `Total: ${rows} appointments`] },
      },
      {
        name: 'title prepended',
        text: { ...t, lines: ['Appointment List', ...t.lines] },
        lineOf: (l) => l + 1,
      },
    );
  }
  return drafts.map(asVariation);
}

export const asVariation = (dr: Draft): Variation => ({
  name: dr.name,
  bytes: writeExportText(dr.text),
  lineOf: dr.lineOf ?? same,
});

/** Lines without the blank ones at the end (a footer follows the last written line). */
function trimEnd(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1]!.trim() === '') n--;
  return lines.slice(0, n);
}

/** The layout's expectations with every line moved where the variation put it. */
export function movedLayout(layout: ExpectedLayout, v: Variation): ExpectedLayout {
  return {
    ...layout,
    rows: layout.rows.map((r) =>
      r.expect !== 'appointment' && r.sameAs !== undefined
        ? { ...r, line: v.lineOf(r.line), sameAs: v.lineOf(r.sameAs) }
        : { ...r, line: v.lineOf(r.line) },
    ),
  };
}
