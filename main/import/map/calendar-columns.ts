// Date columns written in another calendar (buddhist-era-dates.ts, solar-hijri-dates.ts,
// minguo-dates.ts), decided once per file from the sample: each row's cells are rewritten as
// Gregorian text before mapping, and the text as typed is kept for the row's errors
// (TableRow.typed), so an error quotes the date the practice wrote, not the converted one.
import { readsAsEmpty } from './no-value.ts';
import type { TableRow } from '../read/table-types.ts';

export interface CalendarColumns {
  headers: readonly string[];
  fill(row: Pick<TableRow, 'values' | 'typed'>): void;
}

/** What may follow a converted date in its cell: nothing, or a clock time. */
export const CLOCK_AFTER = /^(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Whether the header row or a sampled cell writes `script` (Thai words, Traditional Chinese
 *  characters, an era's name): what shows the file is of the calendar's country. */
export function fileWrites(headers: readonly string[], rows: readonly string[][], script: RegExp): boolean {
  return headers.some((h) => script.test(h)) || rows.some((r) => r.some((v) => script.test(v)));
}

/** The sampled values of column `j` that are not empty. */
export function filledValues(rows: readonly string[][], j: number): string[] {
  return rows.map((r) => (r[j] ?? '').trim()).filter((v) => v && !readsAsEmpty(v));
}

/** `columns` of `headers` rewritten by `toGregorian` (given the cell and its column's index). A cell
 *  it does not read (one the sample did not show, a typing slip) is left as typed: the row is
 *  refused for its date, never moved on a guess. */
export function calendarColumns(
  headers: readonly string[],
  columns: readonly number[],
  toGregorian: (value: string, column: number) => string | undefined,
): CalendarColumns | undefined {
  if (columns.length === 0) return undefined;
  return {
    headers: columns.map((j) => headers[j]!),
    fill(row) {
      for (const j of columns) {
        const value = row.values[j];
        const text = value === undefined ? undefined : toGregorian(value, j);
        if (text === undefined) continue;
        (row.typed ??= new Map()).set(j, value!);
        row.values[j] = text;
      }
    },
  };
}
