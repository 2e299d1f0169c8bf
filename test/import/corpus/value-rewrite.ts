// What every family of value rewrites shares: a draft (the rewritten text and, when it may be
// held, why), a table of cells the drafts rewrite (a delimited file's fields here; an XML or web
// page's element text, attribute values and `<td>` text in value-markup.ts), and the expected
// appointments by line.
import type { ExpectedAppointment, ExpectedLayout } from './expected.ts';
import { fieldOf, rawOf, splitFields, valueOf, type DelimitedExport } from './export-records.ts';
import type { ExportText } from './export-text.ts';
import { mapFields, type Draft } from './variations.ts';

export interface ValueDraft extends Draft {
  /** Why a hold is acceptable, when it is. */
  mayHold?: string;
  /** The expectations for this variation, when a rewrite changes a value (a zero-padded id). */
  expect?: (layout: ExpectedLayout) => ExpectedLayout;
}

/** A non-empty cell's new value; undefined (or the same value) keeps the cell as written.
 *  `line`: the line of the expectation the cell's row belongs to (0 when none). */
export type Cell = (value: string, col: number, line: number) => string | undefined;

/** An export's cells by row and column, however the file writes them. */
export interface ValueTable {
  /** The expected appointments' rows, each with its cells (trimmed; '' where it has none). */
  rows: Array<{ e: ExpectedAppointment; cells: string[] }>;
  /** Columns per row. */
  width: number;
  /** Only ASCII can be written: a delimited file kept as bytes, whose code page is not known. */
  asciiOnly: boolean;
  /** The file with cells rewritten; undefined when nothing changed or a value cannot be written. */
  rewrite: (cell: Cell) => ExportText | undefined;
}

/** The appointment rows' fields, keyed by their expectation (none when a row is not full width). */
function appointmentRows(
  t: ExportText,
  table: DelimitedExport,
  layout: ExpectedLayout,
): Array<{ e: ExpectedAppointment; cells: string[] }> {
  const byLine = new Map(table.records.map((r) => [r.start + 1, r]));
  const out: Array<{ e: ExpectedAppointment; cells: string[] }> = [];
  for (const e of layout.rows) {
    if (e.expect !== 'appointment') continue;
    const r = byLine.get(e.line);
    const fields = r && splitFields(rawOf(r, t.eol), table.delimiter);
    if (!fields || fields.length !== table.width) return [];
    out.push({ e, cells: fields.map((f) => valueOf(f).trim()) });
  }
  return out;
}

/** A delimited table's fields as cells. */
export function delimitedTable(t: ExportText, table: DelimitedExport, layout: ExpectedLayout): ValueTable {
  return {
    rows: appointmentRows(t, table, layout),
    width: table.width,
    asciiOnly: t.form === 'bytes',
    rewrite: (cell) => rewriteCells(t, table, cell),
  };
}

/** A variation's text, rewriting cells of table rows only; undefined when nothing changed, or
 *  when a new value cannot be written in the file's code page: a file kept as bytes (Windows-1252,
 *  Shift_JIS...) takes ASCII only, as its code page is not known here (`下午`, U+202F). */
export function rewriteCells(t: ExportText, table: DelimitedExport, cell: Cell): ExportText | undefined {
  let changed = false;
  let unwritable = false;
  const text = mapFields(t, table, (fields, kind, line) => {
    if (kind !== 'row') return undefined;
    return fields.map((f, col) => {
      const v = valueOf(f).trim();
      const out = v ? cell(v, col, line) : undefined;
      if (out === undefined || out === v) return f;
      changed = true;
      if (t.form === 'bytes' && /[^\x20-\x7e]/.test(out)) unwritable = true;
      return fieldOf(out, table.delimiter, f.trim().startsWith('"'));
    });
  });
  return changed && !unwritable ? text : undefined;
}

/** Whether every non-empty cell of a column's rows passes `ok`. */
export function everyCell(table: ValueTable, col: number, ok: (v: string) => boolean): boolean {
  let all = true;
  table.rewrite((v, c) => {
    if (c === col && !ok(v)) all = false;
    return undefined;
  });
  return all;
}

/** The layout's expected appointments by their line. */
export const appointmentsByLine = (layout: ExpectedLayout): Map<number, ExpectedAppointment> =>
  new Map(layout.rows.flatMap((r) => (r.expect === 'appointment' ? [[r.line, r] as const] : [])));
