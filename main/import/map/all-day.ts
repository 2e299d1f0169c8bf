// An all-day event: calendars and booking tools (Google Calendar dumps, Outlook's `All day event`,
// Square, Setmore) flag a day blocked or marked with `all_day` = true and write its start as the
// day's midnight, often in UTC (`2027-03-16T00:00:00.000Z`, 8 PM the day before in New York). It
// has no start time to send: the row is refused with what it is, never sent at a made-up hour.
import { memoized } from './parse-memo.ts';
import type { ColumnRef } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { parseFlag } from './status-vocabulary.ts';

/** `all_day`, `All Day`, `All Day Event`, `AllDay`, `is_all_day`, `IsAllDayEvent`. */
const ALL_DAY = /^(?:is)?allday(?:event)?$/;

/** The all-day flag column of the file, when it has one. */
export function allDayColumn(headers: readonly string[]): ColumnRef | undefined {
  const index = headers.findIndex((h) => ALL_DAY.test(h.toLowerCase().replace(/[^a-z]/g, '')));
  return index < 0 ? undefined : { header: headers[index]!, source: 'main', index };
}

/** A check of each row: an all-day event is a row error. */
export function allDayCheck(cursor: RowCursor, column: ColumnRef): () => void {
  const read = cursor.readerAt(column);
  const set = memoized((v: string) => parseFlag(v) === true);
  return () => {
    const v = read();
    if (v && set(v))
      cursor.failAt(
        column.header,
        'is an all-day event, not an appointment at a time',
        'Book the appointment at its time in the scheduling software, or leave all-day events out of the export',
        v,
      );
  };
}
