// A day-of-week column beside the appointment's date (`Day` | `Appt Date`, as therapy and
// front-desk schedules print it): the front desk reads the two together, so a row whose weekday is
// not its date's (`Thu` beside 03/10/2027, a Wednesday) has one of them wrong, and the file does not
// say which. The row is refused, naming both, never sent on either day. Which column is the day is
// decided once per file (trust/weekday-evidence.ts weekdayColumns); here each row is compared.
import { ENGLISH_WEEKDAYS, weekdaysFromName } from './month-names.ts';
import { memoized } from './parse-memo.ts';
import type { ColumnRef } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';

/** Weekday 0-6 (Sunday = 0) of a calendar day written `YYYY-MM-DD`. */
const weekdayOfDay = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay();

/** A check of each row's local start day (`YYYY-MM-DD`) against the weekday column; `start` is
 *  the start as written, named when the file has no date column of its own. An empty or
 *  unreadable weekday cell says nothing. */
export function weekdayCheck(cursor: RowCursor, column: ColumnRef): (day: string, start: string) => void {
  const read = cursor.readerAt(column);
  const dateCell = cursor.reader('date');
  // A schedule repeats its few days on many rows: each is worked out once.
  const weekdayOf = memoized(weekdayOfDay);
  return (day, start) => {
    const v = read();
    const days = v ? weekdaysFromName(v.replace(/\.$/, '')) : undefined;
    if (!days) return;
    const actual = weekdayOf(day);
    if (days.includes(actual)) return;
    const date = dateCell() || start;
    cursor.failAt(
      column.header,
      `says '${v}' but the date ${date} is a ${ENGLISH_WEEKDAYS[actual]}: the date or the day is wrong`,
      'Correct the date or the day in the scheduling software and export again',
      v,
      // the weekday checks the date: the row error names the date as its field
      cursor.maps('date') ? 'date' : 'dateTime',
    );
  };
}
