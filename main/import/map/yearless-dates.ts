// Why a date column went unread when its dates have no year: a list typed by hand writes the day
// and month only (`3/2`, `Tues 3/2`, `March 3rd`, `2 Mar`), the year being the one on the wall
// calendar. Which year is never guessed (a list kept in December books into January): it is the
// year of the period the file's title states, by the rule that places a year-less day line
// (read/stated-period.ts), or, with no such title, of the span the column's own full dates cover
// (`Tue 3/23` typed between the dates Excel kept, 2027-03-22 and 2027-03-24), and otherwise the
// refusal says what the column holds instead of only that no date was found.
import { monthFromName, weekdaysFromName } from './month-names.ts';
import { readsAsEmpty } from './no-value.ts';
import { dayInPeriod, statedPeriods, type Period, type StatedPeriods } from '../read/stated-period.ts';
import { compare } from '../read/stated-range.ts';
import { parseDate, type DateOrder } from './parse-date.ts';
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
  /** Where the year came from: the period the title states, or the column's own full dates. */
  from: 'title' | 'column';
  fill(row: Pick<TableRow, 'values' | 'typed'>): void;
}

const FOUR_DIGIT_YEAR = /(?:^|\D)\d{4}(?:\D|$)/;

/**
 * The span a date column's own full dates cover (from the earliest to the latest), per reading
 * of `a/b/yyyy`: the dates a spreadsheet kept as dates (ISO text from an .xlsx serial) or typed
 * with a four-digit year. None when a value with a year does not read as a date in that order.
 */
function columnPeriods(values: readonly string[]): StatedPeriods {
  const out = new Map<DateOrder, Period>();
  const full = values.filter((v) => !isDayAndMonth(v) && FOUR_DIGIT_YEAR.test(v));
  if (full.length === 0) return out;
  for (const order of ['MDY', 'DMY'] as const) {
    let period: Period | undefined;
    for (const v of full) {
      const d = parseDate(v, { order });
      if (!d.ok) {
        period = undefined;
        break;
      }
      const day = { year: d.date.year, month: d.date.month, day: d.date.day };
      period = period
        ? {
            from: compare(day, period.from) < 0 ? day : period.from,
            to: compare(day, period.to) > 0 ? day : period.to,
          }
        : { from: day, to: day };
    }
    if (period) out.set(order, period);
  }
  return out;
}

/**
 * The year-less date column the title's stated period places, if there is one: each date is
 * placed as a day line is (dayInPeriod), with the weekday of the row written beside it (in the
 * cell, `Tues 3/2`, or in a column headed as the day) so that the date read must fall on it. A
 * date the period does not place is left as written (a row error, never a guessed year); a
 * sampled one leaves the whole column unread, as before.
 *
 * With no stated period, a column that mixes full dates with year-less ones, each year-less one
 * with its weekday (`Tue 3/23` beside 2027-03-22 and 2027-03-24: two people kept the sheet, one
 * typed the year, Excel kept the other's words as text), places them in the span its own full
 * dates cover, on the weekday written: 23 March falls in it in 2027 only, and a Tuesday then.
 */
export function yearlessColumn(
  headers: readonly string[],
  titleLines: readonly string[],
  rows: readonly string[][],
): YearlessColumn | undefined {
  const stated = statedPeriods(titleLines);
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
    const values = rows.filter((r) => (r[j] ?? '').trim() !== '' && !readsAsEmpty(r[j]!.trim()));
    const fromColumn = stated.size === 0;
    const periods = fromColumn ? columnPeriods(values.map((r) => r[j]!.trim())) : stated;
    if (periods.size === 0) continue;
    /** The weekday the row writes for its date: in the cell (`Tues 3/2`) or in the day column. */
    const weekdayOf = (r: readonly string[]): string => {
      const value = (r[j] ?? '').trim();
      const own = (value.split(/\s+/)[0] ?? '').replace(/[.,]$/, '');
      if (weekdaysFromName(own) !== undefined) return own;
      return dayColumn >= 0 ? (r[dayColumn] ?? '').trim() : '';
    };
    const place = (r: readonly string[]): string | undefined => {
      const value = (r[j] ?? '').trim();
      // A weekday already in the cell (`Tues 3/2`) is the one the date must fall on.
      const own = weekdaysFromName((value.split(/\s+/)[0] ?? '').replace(/[.,]$/, '')) !== undefined;
      const weekday = dayColumn >= 0 && !own ? (r[dayColumn] ?? '').trim() : '';
      return dayInPeriod(weekday ? `${weekday} ${value}` : value, periods);
    };
    const yearless = values.filter((r) => isDayAndMonth(r[j]!));
    const fits = fromColumn
      ? // The column's own dates give the span; every year-less one in it, on the weekday it writes.
        yearless.length > 0 && yearless.every((r) => weekdayOf(r) !== '' && place(r) !== undefined)
      : values.length > 0 && yearless.length === values.length && values.every((r) => place(r) !== undefined);
    if (!fits) continue;
    return {
      header,
      from: fromColumn ? 'column' : 'title',
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
