// The records of a delimited export as a writer made them: quoted fields kept raw (quotes and all),
// a quoted cell that spans lines kept in one record, and which delimiter, header and row width the
// file uses. Variations rewrite these records; this module only reads and joins them.
import type { ExportText } from './export-text.ts';

export const DELIMITERS = [',', ';', '\t', '|', '^'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface ExportRecord {
  /** 0-based index of its first physical line. */
  start: number;
  /** Its physical lines (more than one when a quoted cell holds a line end). */
  lines: string[];
}

export interface DelimitedExport {
  delimiter: Delimiter;
  records: ExportRecord[];
  /** Fields in the header and in every row of the table. */
  width: number;
  /** Index into records of the header. */
  header: number;
}

const quotes = (s: string): number => s.split('"').length - 1;

/** Group physical lines into records: a record goes on while its quotes are unbalanced. */
export function recordsOf(t: ExportText): ExportRecord[] {
  const out: ExportRecord[] = [];
  let open: ExportRecord | undefined;
  let count = 0;
  t.lines.forEach((line, i) => {
    if (open) open.lines.push(line);
    else out.push((open = { start: i, lines: [line] }));
    count += quotes(line);
    if (count % 2 === 0) {
      open = undefined;
      count = 0;
    }
  });
  return out;
}

export const rawOf = (r: ExportRecord, eol: string): string => r.lines.join(eol);

/** Split a record into raw fields (quotes kept), honouring quoted delimiters. */
export function splitFields(raw: string, d: string): string[] {
  const out: string[] = [];
  let inQuote = false;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') inQuote = !inQuote;
    else if (c === d && !inQuote) {
      out.push(raw.slice(from, i));
      from = i + 1;
    }
  }
  out.push(raw.slice(from));
  return out;
}

/** The values of the header's cells, trimmed. */
export const headerValues = (t: ExportText, table: DelimitedExport): string[] =>
  splitFields(rawOf(table.records[table.header]!, t.eol), table.delimiter).map((f) => valueOf(f).trim());

/** A raw field's value: its quotes taken off and doubled quotes undone. */
export function valueOf(field: string): string {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : field;
}

export const isQuoted = (field: string): boolean => valueOf(field) !== field;

/** A value written as a field: quoted when it must be (or when asked to). */
export function fieldOf(value: string, d: string, quote = false): string {
  const must = value.includes(d) || /["\r\n]/.test(value) || value !== value.trim();
  return quote || must ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The first record of the table's width with most of its fields filled: Excel pads a title line
 *  above the header with delimiters to the sheet's width (`Harbour Street Physiotherapy` and eight
 *  tabs), which is no header. */
function headerAt(
  t: ExportText,
  records: ExportRecord[],
  widthOf: number[],
  width: number,
  d: string,
): number {
  const filled = (i: number): number =>
    splitFields(rawOf(records[i]!, t.eol), d).filter((f) => valueOf(f).trim() !== '').length;
  const at = widthOf.findIndex((w, i) => w === width && filled(i) * 2 > width);
  return at === -1 ? widthOf.indexOf(width) : at;
}

/** The delimiter whose most common record width (3 or more fields) most records share. */
export function readDelimited(t: ExportText): DelimitedExport | undefined {
  const records = recordsOf(t);
  let best: DelimitedExport | undefined;
  let bestSupport = 0;
  for (const d of DELIMITERS) {
    const widths = new Map<number, number>();
    const widthOf = records.map((r) =>
      r.lines.join('').trim() ? splitFields(rawOf(r, t.eol), d).length : 0,
    );
    for (const w of widthOf) if (w >= 3) widths.set(w, (widths.get(w) ?? 0) + 1);
    for (const [width, support] of widths) {
      if (support > bestSupport || (support === bestSupport && best && width > best.width)) {
        bestSupport = support;
        best = { delimiter: d, records, width, header: headerAt(t, records, widthOf, width, d) };
      }
    }
  }
  return bestSupport >= 2 ? best : undefined;
}
