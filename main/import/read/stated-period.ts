// The year of a day typed without one (`Tues 3/2`, `Thurs 3/4`, `March 3rd`) on a line of its own
// over the rows of that day, in a list typed by hand. The year is never guessed: it is taken only
// from what the file's own title states, a range (`Schedule 3/1/2027 - 3/7/2027`, stated-range.ts)
// or one week (`Week of March 1, 2027`, `Week beginning 01/03/2027`, `Week ending ...`), and only
// for a day that falls inside it, so across New Year the range decides (`1/2` under a week of
// 28 December 2027 is 2 January 2028). A title that does not state such a period, or a day outside
// it, leaves the day line unread, and the file is refused as before.
import { monthFromName, weekdaysFromName } from '../map/month-names.ts';
import { daysInMonth, formatDate, type CalendarDate, type DateOrder } from '../map/parse-date.ts';
import { compare, datesIn, statedRange } from './stated-range.ts';

export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

/** The period the title states under each reading of `a/b/yyyy` (the same one for a date written
 *  with a month name): a title is read in the file's order, which is not known yet. */
export type StatedPeriods = ReadonlyMap<DateOrder, Period>;

const ORDERS: readonly DateOrder[] = ['MDY', 'DMY'];
/** Words before a date's first digit that make it the first or the last day of the week the list
 *  covers (a weekday's and a month's name may come between: `Week of Monday, March 1, 2027`). */
const NAMES = String.raw`\s*:?\s*(?:\p{L}+\.?,?\s*){0,2}$`;
const WEEK_FROM = new RegExp(
  String.raw`(?:\bweek\s+(?:of|beginning|commencing|starting)|\bw\/c)${NAMES}`,
  'iu',
);
const WEEK_TO = new RegExp(String.raw`(?:\bweek\s+ending|\bw\/e)${NAMES}`, 'iu');

function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `Week of <date>` in one title line: the seven days it starts (or ends, `week ending`). */
function weekIn(line: string, order: DateOrder): Period | undefined {
  const dates = datesIn(line, order);
  if (!dates) return undefined;
  const weeks: Period[] = [];
  for (const [i, d] of dates.entries()) {
    const before = line.slice(i > 0 ? dates[i - 1]!.end : 0, d.end).replace(/\d[\s\S]*$/, '');
    if (WEEK_FROM.test(before)) weeks.push({ from: d.date, to: addDays(d.date, 6) });
    else if (WEEK_TO.test(before)) weeks.push({ from: addDays(d.date, -6), to: d.date });
  }
  // Two weeks in one line (`week of March 1 and week of March 8`) state no one week.
  return weeks.length === 1 ? weeks[0] : undefined;
}

/** The period the title lines state, per reading; empty when they state none, or two. */
export function statedPeriods(titleLines: readonly string[]): StatedPeriods {
  const out = new Map<DateOrder, Period>();
  for (const order of ORDERS) {
    const range = statedRange([...titleLines], { order });
    const weeks = titleLines.map((t) => weekIn(t, order)).filter((w) => w !== undefined);
    const all = [...(range ? [range] : []), ...weeks];
    const first = all[0];
    // Two lines stating different periods state none.
    if (first && all.every((p) => compare(p.from, first.from) === 0 && compare(p.to, first.to) === 0))
      out.set(order, { from: first.from, to: first.to });
  }
  return out;
}

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;

/** A day and month with no year, maybe after a weekday: the weekday as written, and the
 *  month and day under each order (one only for `2.3` and for a month's name). */
function dayAndMonth(
  value: string,
): { weekday?: string; readings: Map<DateOrder, { month: number; day: number }> } | undefined {
  const words = value.replace(/,/g, ' ').trim().split(/\s+/);
  const weekday =
    words.length > 1 && weekdaysFromName(words[0]!.replace(/\.$/, '')) ? words.shift() : undefined;
  const readings = new Map<DateOrder, { month: number; day: number }>();
  const n = words.length === 1 ? NUMERIC.exec(words[0]!) : null;
  if (n) {
    const [a, b] = [Number(n[1]), Number(n[3])];
    // A dotted date is day-first wherever it is written.
    if (n[2] !== '.') readings.set('MDY', { month: a, day: b });
    readings.set('DMY', { month: b, day: a });
  } else if (words.length === 2) {
    const month = (w: string): number | undefined => monthFromName(w.replace(/\.$/, ''));
    const [a, b] = words as [string, string];
    const m = month(a) ?? month(b);
    const d = DAY.exec(month(a) ? b : a);
    if (m === undefined || !d) return undefined;
    for (const o of ORDERS) readings.set(o, { month: m, day: Number(d[1]) });
  } else return undefined;
  return { ...(weekday ? { weekday } : {}), readings };
}

/**
 * A year-less day line as a date with its year, when the stated period settles it; else
 * undefined (the day line stays unread). Each reading of the day is placed in the period of the
 * same reading. Every reading inside its period and in one year: the year is added to the day as
 * written (`Tues 3/2/2027`), read then in the file's order like its other dates. One day only
 * inside the period (`3/2` in the week of March 1 is 2 March, never 3 February): that day, written
 * in full (`Tues 2027-03-02`), and only when a weekday beside it confirms it; otherwise which
 * reading the file means is for its order to say, and the period cannot say it.
 */
export function dayInPeriod(value: string, periods: StatedPeriods): string | undefined {
  if (periods.size === 0) return undefined;
  const day = dayAndMonth(value);
  if (!day) return undefined;
  const inside: CalendarDate[] = [];
  let outside = false;
  for (const [order, { month, day: d }] of day.readings) {
    if (month < 1 || month > 12 || d < 1 || d > daysInMonth(2000, month)) continue;
    const p = periods.get(order);
    if (!p) {
      outside = true;
      continue;
    }
    const found: CalendarDate[] = [];
    for (let year = p.from.year; year <= p.to.year; year++) {
      const date = { year, month, day: d };
      if (d <= daysInMonth(year, month) && compare(date, p.from) >= 0 && compare(date, p.to) <= 0)
        found.push(date);
    }
    if (found.length === 1) inside.push(found[0]!);
    else if (found.length === 0) outside = true;
    else return undefined; // a period over a year long: the day is in it twice
  }
  const first = inside[0];
  if (!first) return undefined;
  const lead = day.weekday ? `${day.weekday} ` : '';
  if (inside.every((d) => compare(d, first) === 0) && (!outside || day.weekday))
    return `${lead}${formatDate(first)}`;
  if (!outside && inside.every((d) => d.year === first.year)) {
    // Two readings means `a/b`: the year goes after it with the same separator.
    const written = value.trim();
    const sep = NUMERIC.exec(written.split(/\s+/).pop()!)?.[2];
    return sep ? `${written}${sep}${first.year}` : undefined;
  }
  return undefined;
}
