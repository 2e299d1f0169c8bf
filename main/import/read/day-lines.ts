// A report grouped by day that prints the day alone on a line, with no label: `Tuesday, March 2,
// 2027`, `03/02/2027`, `Tue 02/03/2027`, `2 March 2027`, `Mardi 2 mars 2027` (Crystal's and SSRS's
// group header on the appointment date, Dentrix's and Eaglesoft's day sheets saved as text). The
// rows under it carry a time and no date. It is read as the rows' date only where it cannot be
// anything else: the line is one whole date with its year and nothing more (no time, no word such
// as `Printed`, `Run`, `Page`, `as of`: those are the print date of a title or footer), a weekday
// written beside it must be the date's (checked as each row's date is read), and the lines form
// day groups: each a new, later day than the one before, of one written form, with rows under it.
// Anything else (a date line met twice, going back, with no rows, or below the last row: a page
// footer's date) holds the file with the line shown.
import { describeOrder, looksLikeDate, parseDate, type DateOrder } from '../map/parse-date.ts';
import type { GroupLine } from './group-lines.ts';
import { dayInPeriod, type StatedPeriods } from './stated-period.ts';

/** The header a carried day column is given: the mapper reads it as the appointment's date. */
export const DAY_LABEL = 'Date';
// A year of four digits: a `03/02/27` could be a short note's date as easily as a day group's.
const FULL_YEAR = /(?:^|\D)\d{4}(?:\D|$)/;
/** A day written with a two-digit year (`FRI 11/05/27`, a character-based report's day line). */
export const SHORT_YEAR = /^(.*\d[/.-]\d{1,2})[/.-](\d{2})$/;

/** The line as a day group line, when its filled cells are one full date and nothing else, or a
 *  day and month alone that the period the title states gives a year (stated-period.ts); with
 *  `byWeekday`, where no period is stated, a two-digit year its weekday proves (centuryByWeekday:
 *  only for a group line, whose days DayGroups then checks). */
export function dayLine(
  cells: readonly string[],
  periods?: StatedPeriods,
  byWeekday = false,
): GroupLine | undefined {
  // `Tuesday, March 2, 2027` unquoted is three cells: the date as written is their join.
  const joined = cells.join(', ');
  const value = FULL_YEAR.test(joined)
    ? joined
    : periods?.size
      ? inPeriod(joined, periods)
      : byWeekday
        ? centuryByWeekday(joined)
        : undefined;
  if (!value || !looksLikeDate(value)) return undefined;
  return { label: DAY_LABEL, field: 'date', value, bare: true };
}

// A weekday's name before the day (`Fri 03/12/27`): what can prove a two-digit year's century.
const NAMED_WEEKDAY = /^\p{L}{2,}\.?,?\s/u;

/** A day line with a two-digit year after its weekday's name (`Fri 03/12/27`, an Access or
 *  character report's group header), its year written out when the weekday is right in one
 *  century only, under either order of day and month (12 March 2027 and 3 December 2027 are
 *  Fridays, in 1927 both Saturdays): the weekday, not a guess, gives the century. Which order the
 *  file writes is still for the day groups and the region to prove. */
function centuryByWeekday(value: string): string | undefined {
  const t = value.trim();
  const short = SHORT_YEAR.exec(t);
  if (!short || !NAMED_WEEKDAY.test(t)) return undefined;
  const separator = t.charAt(short[1]!.length);
  // A weekday right only in the 1900s is a slip or no day line: no schedule is of 1927.
  const [now, before] = ['20', '19'].map((century) => `${short[1]}${separator}${century}${short[2]}`);
  const right = (day: string) => (['MDY', 'DMY'] as const).some((order) => parseDate(day, { order }).ok);
  return right(now!) && !right(before!) ? now : undefined;
}

/** A day with no year, or with two digits of it, read inside the period the title states: a
 *  two-digit year only when it is that of the day the period gives (`FRI 11/05/27` under `11/05/27
 *  THRU 11/08/27`), so the title, not a guess of the century, gives the year. */
function inPeriod(value: string, periods: StatedPeriods): string | undefined {
  const short = SHORT_YEAR.exec(value.trim());
  if (!short) return dayInPeriod(value, periods);
  const day = dayInPeriod(short[1]!, periods);
  const year = day && /\d{4}/.exec(day)?.[0];
  return year?.endsWith(short[2]!) ? day : undefined;
}

/**
 * Whether a report prints each day above its own copy of the column header (`Friday, March 12,
 * 2027`, header, rows; `Monday, March 15, 2027`, header, rows: a day sheet of several days, each
 * day a section of its own), seen in the lines read for the layout: the header is printed again
 * below `headerAt`, every time the line just above it (blank lines aside) is a day alone, and no
 * two of those days, the first header's included, are written the same. Only then is the day
 * just above the first header that day's group, not a print date: a print date, or one day's
 * schedule on several pages, heads every page with the same line (a page header, read as
 * furniture), and a one-day report prints its header once.
 *
 * `section` reads the other group lines (group-lines.ts `groupLine`, passed in: that module
 * imports this one). A day under a `Date:` label counts as a day alone does (Exscribe's daily
 * schedule: `Physician: HALVERSEN, ERIK MD`, `Date: Mon 03/15/2027`, header, rows): the label
 * names the appointment's date, never `Printed` or `Run Date` (labelNamesTheDate). A provider or
 * office line between two copies starts that group's days again (`Physician: VANCE`, then
 * `Date: Mon 03/15/2027` once more), as a report grouped by provider then day prints them. A
 * print date above every copy still proves nothing: it is one day, and two different days are
 * still needed.
 */
export function daysOverHeaders(
  records: ReadonlyArray<{ values: readonly string[] }>,
  headerAt: number,
  section?: (values: readonly string[]) => GroupLine | undefined,
): boolean {
  const key = (values: readonly string[]) => values.map((v) => v.trim().toLowerCase()).join('\u0000');
  const header = records[headerAt] && key(records[headerAt].values);
  if (header === undefined) return false;
  const days = new Set<string>();
  let before: readonly string[] | undefined;
  for (const r of records
    .slice(0, headerAt + 1)
    .reverse()
    .slice(1)) {
    if (r.values.some((v) => v.trim() !== '')) {
      before = r.values;
      break;
    }
  }
  const dayAbove = (values: readonly string[] | undefined): string | undefined => {
    const filled = values?.map((v) => v.trim()).filter(Boolean) ?? [];
    if (filled.length > 0 && filled.length <= 3 && dayLine(filled)) return filled.join(', ').toLowerCase();
    const g = values && section?.(values);
    return g?.field === 'date' && !g.bare ? `${g.label}: ${g.value}`.toLowerCase() : undefined;
  };
  const first = dayAbove(before);
  if (!first) return false;
  days.add(first);
  const seen = new Set(days);
  before = undefined;
  for (const r of records.slice(headerAt + 1)) {
    if (r.values.every((v) => v.trim() === '')) continue;
    if (key(r.values) === header) {
      const day = dayAbove(before);
      if (!day || days.has(day)) return false;
      days.add(day);
      seen.add(day);
    } else if (section) {
      const g = section(r.values);
      if (g && g.field !== 'date') days.clear();
    }
    before = r.values;
  }
  return seen.size > 1;
}

/** How a date is written, digits and words aside: one report prints its days one way. */
function form(value: string): string {
  return value
    .replace(/\p{L}+/gu, 'a')
    .replace(/\d+/g, '9')
    .replace(/\s+/g, ' ');
}

/** A day as a number that grows with the date, under one reading of `a/b/yyyy`. */
function dayNumber(value: string, order: DateOrder): number | undefined {
  const r = parseDate(value, { order });
  return r.ok ? (r.date.year * 12 + r.date.month) * 31 + r.date.day : undefined;
}

/** The day lines of one table as they are met: what is wrong with a line, if anything. */
export class DayGroups {
  private readonly seen = new Set<string>();
  private last: { value: string; line: number; rows: number } | undefined;
  /** The last day under each reading of `a/b/yyyy` while the days still grow under it. */
  private readonly rising = new Map<DateOrder, number>([
    ['MDY', -Infinity],
    ['DMY', -Infinity],
  ]);

  /** A day line met: why it is no day group (the file is then held), or undefined. */
  met(value: string, line: number): string | undefined {
    const prev = this.last;
    this.last = { value, line, rows: 0 };
    if (prev && prev.rows === 0)
      return `the day line '${prev.value}' (line ${prev.line}) has no rows under it`;
    if (prev && form(prev.value) !== form(value))
      return `a day line written another way than '${prev.value}' (line ${prev.line})`;
    const key = value.toLowerCase();
    if (this.seen.has(key))
      return `the day line '${value}' is printed twice (a page header or footer's date?)`;
    this.seen.add(key);
    const read = parseDate(value, { order: 'MDY' });
    if (!read.ok && !parseDate(value, { order: 'DMY' }).ok) return `day line '${value}': ${read.reason}`;
    let falls = false;
    for (const [order, before] of this.rising) {
      const n = dayNumber(value, order);
      if (n !== undefined && n > before) this.rising.set(order, n);
      else {
        this.rising.delete(order);
        falls ||= n !== undefined;
      }
    }
    if (this.rising.size === 0)
      return `the day line '${value}' comes before the day above it (a print date?)`;
    // Read one way the days go forward, the other way back (`03/12/2027` then `04/01/2027`):
    // which way the file writes its dates is then for a person to say, not for the days to prove.
    if (falls)
      return `the day lines go forward only read ${describeOrder([...this.rising.keys()][0]!)} ('${value}')`;
    return undefined;
  }

  row(): void {
    if (this.last) this.last.rows++;
  }

  /** After the last row: a day line with no rows under it (a footer's date). */
  end(): { line: number; why: string } | undefined {
    const l = this.last;
    return l && l.rows === 0
      ? { line: l.line, why: `the day line '${l.value}' has no rows under it` }
      : undefined;
  }
}
