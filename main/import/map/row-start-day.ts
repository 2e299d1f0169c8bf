// The start's day against a column headed as the appointment's own date, on every row of a file
// longer than recognition read (trust/start-day-columns.ts checks the first 500): an ODBC export
// writes a time column as a timestamp on the day of the export, and one that lists today's
// appointments first agrees with the date column until tomorrow's begin. Each differing row is
// noted in the file's audit, which holds the file; never sent on the day of the export.
import type { FileAudit } from '../trust/file-audit.ts';
import { dayOf, type StartField } from '../trust/start-day-columns.ts';
import { memoized } from './parse-memo.ts';
import type { DateOrder } from './parse-date.ts';
import type { ColumnRef } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';

/** A check of each row's start (its local day, `YYYY-MM-DD`, and its cell as written). */
export function startDayCheck(
  cursor: RowCursor,
  columns: { start: string; field: StartField; others: readonly ColumnRef[] },
  ctx: { order: DateOrder; timeZone: string; audit: FileAudit },
): (startDay: string, start: string, line: number) => void {
  const readers = columns.others.map((c) => ({ header: c.header, read: cursor.readerAt(c) }));
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ctx.timeZone, dateStyle: 'short' });
  // A schedule repeats its few dates on many rows: each is read once.
  const day = memoized((v: string) => dayOf(v, ctx.order, dayFormat) ?? null);
  return (startDay, start, line) => {
    for (const r of readers) {
      const v = r.read();
      const d = v ? day(v) : null;
      if (d && d !== startDay)
        ctx.audit.startDays.note(columns.field, columns.start, r.header, start, v!, line);
    }
  };
}
