// Why a date column went unread when its dates have no year: a list typed by hand writes the day
// and month only (`3/2`, `Tues 3/2`, `March 3rd`, `2 Mar`), the year being the one on the wall
// calendar. Which year is never guessed (a list kept in December books into January): it is the
// year of the period the file's title states, by the rule that places a year-less day line
// (read/stated-period.ts), and otherwise the refusal says what the column holds instead of only
// that no date was found.
import { monthFromName, weekdaysFromName } from './month-names.ts';
import { readsAsEmpty } from './no-value.ts';
import { dayInPeriod, statedPeriods } from '../read/stated-period.ts';
import { namesDay } from '../trust/weekday-evidence.ts';
import type { TableRow } from '../read/table-types.ts';

const DATE_HEADER = /date|\bday\b|when/i;
const NUMERIC = /^\d{1,2}[/.-]\d{1,2}$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/i;

/** `3/2`, `March 3rd`, `2 Mar`, each maybe after a weekday (`Tues 3/2`): a day and month alone.
 *  Excel's `d-mmm` cell (`15-Mar`) is one too; not `Mar-15`, which its `mmm-yy` writes for March
 *  2015. */
export function isDayAndMonth(value: string): boolean {
  const words = value
    .replace(/,/g, ' ')
    .trim()
    .replace(/^(\d{1,2})-(\p{L}{3,}\.?)$/u, '$1 $2')
    .split(/\s+/);
  if (words.length > 1 && weekdaysFromName(words[0]!.replace(/\.$/, ''))) words.shift();
  if (words.length === 1) return NUMERIC.test(words[0]!);
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  const month = (w: string): boolean => monthFromName(w.replace(/\.$/, '')) !== undefined;
  return (month(a) && DAY.test(b)) || (DAY.test(a) && month(b));
}

/** `column 'X' holds dates without a year such as '…'`, for the first date column of them; or
 *  the day lines over the rows (`Tues 3/2` alone on a line) that went unread for want of a year. */
export function yearlessDatesNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  for (const r of rows) {
    const filled = r.map((v) => v.trim()).filter(Boolean);
    if (filled.length === 1 && isDayAndMonth(filled[0]!))
      return `lines such as '${filled[0]}' give the rows' day without a year, and no title line states a week or range it falls in ('Week of March 1, 2027', 'Schedule 3/1/2027 - 3/7/2027'): the year is not guessed`;
  }
  for (const [j, header] of headers.entries()) {
    if (!DATE_HEADER.test(header)) continue;
    const values = rows.map((r) => (r[j] ?? '').trim()).filter((v) => v && !readsAsEmpty(v));
    if (values.length > 0 && values.every(isDayAndMonth))
      return `column '${header}' holds dates without a year such as '${values[0]}': the year is not guessed, so they are not read as dates`;
  }
  return undefined;
}

/** A date column written without years that the period the title states places (every sampled
 *  date inside it): `fill` writes a row's date with its year, decided once per file, and keeps
 *  the date as typed for the row's errors (TableRow.typed). */
export interface YearlessColumn {
  header: string;
  fill(row: Pick<TableRow, 'values' | 'typed'>): void;
}

/**
 * The year-less date column the title's stated period places, if there is one: each date is
 * placed as a day line is (dayInPeriod), with the weekday of the row written beside it (in the
 * cell, `Tues 3/2`, or in a column headed as the day) so that the date read must fall on it. A
 * date the period does not place is left as written (a row error, never a guessed year); a
 * sampled one leaves the whole column unread, as before.
 */
export function yearlessColumn(
  headers: readonly string[],
  titleLines: readonly string[],
  rows: readonly string[][],
): YearlessColumn | undefined {
  const periods = statedPeriods(titleLines);
  if (periods.size === 0) return undefined;
  const dayColumn = headers.findIndex(
    (h, j) =>
      namesDay(h) &&
      rows.some((r) => (r[j] ?? '').trim() !== '') &&
      rows.every(
        (r) => (r[j] ?? '').trim() === '' || weekdaysFromName(r[j]!.trim().replace(/\.$/, '')) !== undefined,
      ),
  );
  for (const [j, header] of headers.entries()) {
    if (!DATE_HEADER.test(header) || j === dayColumn) continue;
    const place = (r: readonly string[]): string | undefined => {
      const value = (r[j] ?? '').trim();
      // A weekday already in the cell (`Tues 3/2`) is the one the date must fall on.
      const own = weekdaysFromName((value.split(/\s+/)[0] ?? '').replace(/[.,]$/, '')) !== undefined;
      const weekday = dayColumn >= 0 && !own ? (r[dayColumn] ?? '').trim() : '';
      return dayInPeriod(weekday ? `${weekday} ${value}` : value, periods);
    };
    const values = rows.filter((r) => (r[j] ?? '').trim() !== '' && !readsAsEmpty(r[j]!.trim()));
    if (values.length === 0 || !values.every((r) => isDayAndMonth(r[j]!) && place(r) !== undefined)) continue;
    return {
      header,
      fill(row) {
        const r = row.values;
        const value = (r[j] ?? '').trim();
        if (value === '' || !isDayAndMonth(value)) return;
        const placed = place(r);
        if (placed === undefined) return;
        (row.typed ??= new Map()).set(j, r[j]!);
        r[j] = placed;
      },
    };
  }
  return undefined;
}
