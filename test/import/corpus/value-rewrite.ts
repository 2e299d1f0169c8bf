// What every family of value rewrites shares: a draft (the rewritten text and, when it may be
// held, why), the rewrite of a table's rows cell by cell, and the expected appointments by line.
import type { ExpectedAppointment, ExpectedLayout } from './expected.ts';
import { fieldOf, valueOf, type DelimitedExport } from './export-records.ts';
import type { ExportText } from './export-text.ts';
import { mapFields, type Draft } from './variations.ts';

export interface ValueDraft extends Draft {
  /** Why a hold is acceptable, when it is. */
  mayHold?: string;
  /** The expectations for this variation, when a rewrite changes a value (a zero-padded id). */
  expect?: (layout: ExpectedLayout) => ExpectedLayout;
}

/** A non-empty cell's new value; undefined (or the same value) keeps the field as written. */
export type Cell = (value: string, col: number, line: number) => string | undefined;

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
export function everyCell(
  t: ExportText,
  table: DelimitedExport,
  col: number,
  ok: (v: string) => boolean,
): boolean {
  let all = true;
  rewriteCells(t, table, (v, c) => {
    if (c === col && !ok(v)) all = false;
    return undefined;
  });
  return all;
}

/** The layout's expected appointments by their line. */
export const appointmentsByLine = (layout: ExpectedLayout): Map<number, ExpectedAppointment> =>
  new Map(layout.rows.flatMap((r) => (r.expect === 'appointment' ? [[r.line, r] as const] : [])));
