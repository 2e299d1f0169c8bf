// Dates written year, day, month (`2027-15-03` for 15 March 2027). SQL Server set to British or
// French English reads and writes `yyyy-dd-mm` for its `datetime` type, and a report built on it
// prints the appointments so. Read as year-month-day, the way every year-first date is read,
// `2027-04-03` (4 March) would go as 3 April, and `2027-15-03` is only a row error ("no month
// 15"), so one such value proves the whole column is written the other way round, unless another
// proves it year-month-day (`2026-12-21`: then `2026-13-01` is just a bad date). The file is
// held: never sent month and day swapped. Not remembered as answered: confirming would not make
// the connector read the days the other way, so the question is for a re-export.
import type { Doubt } from '../../model/doubt.ts';
import { formatDate, isValidDate } from '../map/parse-date.ts';
import type { DateColumn } from './date-order-decision.ts';

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;

/** The date `text` can only be, read year-day-month: its middle part is no month (13 to 31) and
 *  its last is one; undefined otherwise. */
export function onlyYearDayMonth(text: string): string | undefined {
  const m = YEAR_FIRST.exec(text.trim());
  if (!m) return undefined;
  const [year, day, month] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (day <= 12) return undefined;
  const date = { year, month, day };
  return isValidDate(date) ? formatDate(date) : undefined;
}

/** Whether `text` can only be year-month-day: its last part is no month (13 to 31). */
function onlyYearMonthDay(text: string): boolean {
  const m = YEAR_FIRST.exec(text.trim());
  return !!m && Number(m[3]) <= 12 && Number(m[4]) > 12;
}

/** The hold for the start's date column `header` whose value `v` can only be year-day-month
 *  (read so as `read`), `other` one that would go with month and day swapped. */
function doubtOf(header: string, v: string, read: string, other: string | undefined): Doubt {
  return {
    kind: 'date-order',
    column: header,
    message: `'${v.trim()}' (column '${header}') has no month ${v.trim().split(/[-/.]/)[1]}: it can only be year-day-month (${read}), so the column's other dates may be too${other ? `, and '${other.trim()}' would go with month and day swapped` : ''}`,
    samples: other ? [v.trim(), other.trim()] : [v.trim()],
    question:
      'Can the export write its dates year-month-day (2027-03-15), or with the month by name? Export again so; until then this file is not sent',
  };
}

/** A year-first date whose month and day may be either way round (`2027-04-03`). */
const BOTH_WAYS = /^\d{4}[-/.](0?[1-9]|1[0-2])[-/.](0?[1-9]|1[0-2])(?!\d)/;

/**
 * Values of the start's date column read one by one, over every row of the file, not only the
 * first ones the mapping was decided on (yearDayMonthDoubt): a month's list sorted by day shows
 * its first day past the 12th (`2027-13-03`) only after the first 500 rows of a busy practice, and by then every row before it would have gone with month
 * and day swapped (file-audit.ts holds the whole file on it, as on the first rows).
 */
export class YearDayMonthStarts {
  private provenYmd = false;
  private found?: { header: string; value: string; read: string };
  private other?: string;

  note(value: string, header: string | undefined): void {
    if (this.provenYmd || header === undefined || !/^\s*\d{4}/.test(value)) return;
    if (onlyYearMonthDay(value)) {
      this.provenYmd = true;
      return;
    }
    if (this.other === undefined && BOTH_WAYS.test(value.trim())) this.other = value;
    if (this.found) return;
    const read = onlyYearDayMonth(value);
    if (read) this.found = { header, value, read };
  }

  doubt(): Doubt | undefined {
    if (this.provenYmd || !this.found) return undefined;
    return doubtOf(this.found.header, this.found.value, this.found.read, this.other);
  }
}

/** The hold for the start's date column when one of its values can only be year-day-month, and
 *  none proves the column year-month-day (`2026-12-21`: the other is then a bad value, an error
 *  for its row). */
export function yearDayMonthDoubt(start: DateColumn | undefined): Doubt | undefined {
  if (!start) return undefined;
  const starts = new YearDayMonthStarts();
  for (const v of start.values) starts.note(v, start.header);
  return starts.doubt();
}
