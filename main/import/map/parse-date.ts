// Calendar dates as scheduling exports write them: `YYYY-MM-DD`, `M/D/YYYY`, `DD/MM/YYYY`,
// `DD.MM.YYYY`, `YYYYMMDD`, `15 Jan 2026`, `Jan 15, 2026`, `8-Dec-26`, month names in the
// languages month-names.ts lists (`8. Dezember 2026`, `8 de diciembre de 2026`, `15 marca 2027`), a weekday in front
// (`Tue 12/08/2026`, `Di., 08.12.2026`) that must agree with the date, and two-digit years under
// one documented rule. Pure functions: no time zone is involved until zoned-time.ts turns a wall
// clock into an instant.
import { ENGLISH_WEEKDAYS, monthFromName, weekdaysBeforeDate, weekdaysFromName } from './month-names.ts';
import { yearFirstDate } from './year-first-dates.ts';

/** Which way an all-numeric `a/b/yyyy` date is read. `YMD` is only ever inferred for `yyyy/...`. */
export type DateOrder = 'MDY' | 'DMY';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateParse = { ok: true; date: CalendarDate } | { ok: false; reason: string };

/** What a two-digit year means. Why two rules: `01/02/03` as a birth date is 2003 at most, and an
 *  appointment in 1925 is never meant. */
export type TwoDigitYearRule = 'appointment' | 'birth';

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The years a date is read in at all (a birth date in the 1800s is still read, and refused as a birth). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
/** Said of a year outside them; the row's hint then points at the year, not the order setting. */
export const YEAR_AWAY = 'centuries away';

export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    d.year >= MIN_YEAR &&
    d.year <= MAX_YEAR &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Days already written, by `year * 10000 + month * 100 + day`: a schedule writes a few days (and
 *  a clinic's patients a few thousand birth dates) on every row, and the start's day goes on to
 *  several memos keyed by it (a lifetime before, a year before, the printed-once checks'). The same
 *  string each time costs a number's look-up instead of three `padStart`s and a join, and the
 *  memos after it find its hash already computed. Bounded: cleared when full. */
const writtenDays = new Map<number, string>();

export function formatDate(d: CalendarDate): string {
  const { year, month, day } = d;
  // Only whole fields of at most four, two and two digits make a key of their own; any other
  // (a fraction, a sign, a year past 9999) is written each time, as before.
  const keyed =
    (year | 0) === year &&
    (month | 0) === month &&
    (day | 0) === day &&
    year >= 0 &&
    year <= 9999 &&
    month >= 0 &&
    month <= 99 &&
    day >= 0 &&
    day <= 99;
  if (!keyed) return writeDate(d);
  const key = year * 10000 + month * 100 + day;
  let text = writtenDays.get(key);
  if (text === undefined) {
    if (writtenDays.size >= 4096) writtenDays.clear();
    writtenDays.set(key, (text = writeDate(d)));
  }
  return text;
}

function writeDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The pattern a person sees in a hint: `MM/DD/YYYY` or `DD/MM/YYYY`. */
export function describeOrder(order: DateOrder, sep = '/'): string {
  return order === 'MDY' ? `MM${sep}DD${sep}YYYY` : `DD${sep}MM${sep}YYYY`;
}

function expandYear(text: string, rule: TwoDigitYearRule, now: Date): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  // Appointments: always 20YY. Birth dates: 20YY unless that lies in the future, then 19YY.
  if (rule === 'appointment') return 2000 + n;
  return 2000 + n > now.getUTCFullYear() ? 1900 + n : 2000 + n;
}

function checked(date: CalendarDate): DateParse {
  if (isValidDate(date)) return { ok: true, date };
  if (date.month < 1 || date.month > 12)
    return { ok: false, reason: `not a date: there is no month ${date.month}` };
  // `2207` for 2027: a typing slip, never a day centuries away (nor said to be a day that is missing).
  if (date.year < MIN_YEAR || date.year > MAX_YEAR)
    return {
      ok: false,
      reason: `not a date to use: the year ${date.year} is ${YEAR_AWAY} (a typing error?)`,
    };
  return {
    ok: false,
    reason: `not a real date (day ${date.day} does not exist in ${date.year}-${String(date.month).padStart(2, '0')})`,
  };
}

export interface DateParseOptions {
  /** How to read `a/b/yyyy` when neither part is > 12. */
  order: DateOrder;
  twoDigitYear?: TwoDigitYearRule;
  now?: Date;
}

const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
/** The dotted date with a space after each dot, as Czech and Slovak write it by their standard
 *  (ČSN 01 6910: `1. 3. 2027`) and German and Polish hands often do: read as `1.3.2027`. */
const SPACED_DOTS = /^(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4}|\d{2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/** Words between the parts of a written-out date: `8 de diciembre de 2026`, `the 8th of December`,
 *  Danish and Norwegian `fredag den 15. januar 2027`. */
const FILLERS = new Set(['de', 'del', 'of', 'the', 'den']);
/** The word for "year" Ukrainian and Russian write after it (`1 березня 2027 р.`, року; `1 марта
 *  2027 г.`, года: ICU's uk and ru long dates): dropped after a four-digit year only. */
const YEAR_MARKS = new Set(['р', 'року', 'г', 'года']);
const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th|er|º|°)?$/i;
/** A weekday in front of the date: `Tue 12/08/2026`, `Tuesday, December 8, 2026`, `Di., 08.12.2026`,
 *  Portuguese `segunda-feira, 15 de março de 2027`. */
const WEEKDAY_PREFIX = /^(\p{L}+(?:-\p{L}+)?)(?:\.\s*,?|\s*,|\s)\s*(?=\S)/u;

/** The dots inside a Thai month's abbreviation (`ส.ค.`, `มี.ค.`): one word, not three tokens. */
const THAI_INNER_DOT = /(?<=\p{Script=Thai})\.(?=\p{Script=Thai})/gu;

/** A date as written, before anyone checks that it exists. */
interface DateShape {
  year: number;
  month: number;
  day: number;
}

/** `8 Dec 2026`, `December 8, 2026`, `8. Dezember 2026`, `8 de diciembre de 2026`, `2026-Dec-08`. */
function namedShape(text: string, opts: DateParseOptions): DateShape | undefined {
  const tokens = text
    .replace(THAI_INNER_DOT, '')
    .split(/[\s,\-/.]+/)
    .filter(Boolean)
    .filter((t) => !FILLERS.has(t.toLowerCase()));
  if (tokens.length === 4 && YEAR_MARKS.has(tokens[3]!.toLowerCase()) && /^\d{4}$/.test(tokens[2]!))
    tokens.pop();
  if (tokens.length !== 3) return undefined;
  const [t0, t1, t2] = tokens as [string, string, string];
  const year = (t: string): number | undefined =>
    /^\d{4}$/.test(t)
      ? +t
      : /^\d{2}$/.test(t)
        ? expandYear(t, opts.twoDigitYear ?? 'appointment', opts.now ?? new Date())
        : undefined;
  const day = (t: string): number | undefined => {
    const m = DAY_TOKEN.exec(t);
    return m ? +m[1]! : undefined;
  };
  let month = monthFromName(t1);
  if (month !== undefined && /^\d{4}$/.test(t0) && /^\d{1,2}$/.test(t2))
    return { year: +t0, month, day: +t2 };
  if (month !== undefined && day(t0) !== undefined && year(t2) !== undefined)
    return { year: year(t2)!, month, day: day(t0)! };
  month = monthFromName(t0);
  // Month first with a four-digit year only: `Dec 8 26` reads as easily as a day and a year.
  if (month !== undefined && day(t1) !== undefined && /^\d{4}$/.test(t2))
    return { year: +t2, month, day: day(t1)! };
  return undefined;
}

/** The date a text is shaped as, or undefined when it is not shaped like a date at all. */
function dateShape(text: string, opts: DateParseOptions): DateShape | undefined {
  let m = ISO_DATE.exec(text);
  if (m) return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  m = NUMERIC_DATE.exec(text) ?? NUMERIC_DATE.exec(text.replace(SPACED_DOTS, '$1.$2.$3'));
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const year = expandYear(m[4]!, opts.twoDigitYear ?? 'appointment', opts.now ?? new Date());
    // `DD.MM.YYYY` is the European dotted form: never month-first.
    const order: DateOrder = m[2] === '.' ? 'DMY' : opts.order;
    const [month, day] = order === 'MDY' ? [a, b] : [b, a];
    return { year, month, day };
  }
  m = COMPACT_DATE.exec(text);
  if (m) {
    // Eight digits are as often an id as a date: only a real date in 1900-2100 is one.
    const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    return isValidDate(d) && d.year >= 1900 && d.year <= 2100 ? d : undefined;
  }
  return namedShape(text, opts);
}

/** Splits a leading weekday name off a text: `Tue 12/08/2026` → Tuesday + `12/08/2026`. */
function weekdayPrefix(
  text: string,
): { word: string; weekdays: readonly number[]; rest: string } | undefined {
  const m = WEEKDAY_PREFIX.exec(text);
  if (!m) return undefined;
  const weekdays = weekdaysBeforeDate(m[1]!);
  if (weekdays === undefined) return undefined;
  return { word: m[1]!, weekdays, rest: text.slice(m[0].length) };
}

/** Day of the week (Sunday = 0) of a real date. */
export function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Parse a date-only text. Returns a reason (phrased for a person) when it is not a date. */
export function parseDate(raw: string, opts: DateParseOptions): DateParse {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'the date is empty' };
  const shape = dateShape(text, opts);
  if (shape) return checked({ year: shape.year, month: shape.month, day: shape.day });
  const yearFirst = yearFirstDate(text);
  if (yearFirst) return withWeekday(yearFirst, yearFirst.weekday);
  // The weekday is tried second so that `Mar 8, 2026` stays March and is not read as `mardi`.
  const wd = weekdayPrefix(text) ?? weekdaySuffix(text);
  const rest = wd && dateShape(wd.rest, opts);
  if (!wd || !rest) return { ok: false, reason: 'not a date' };
  return withWeekday(rest, { word: wd.word, days: wd.weekdays });
}

/** A weekday name after the date, as agenda and list printers write it in German, Dutch and the
 *  Nordic languages (`15.03.2027 Mo`, `15.03.2027 (Mo.)`, `03/15/2027 Mon`): split off the end. */
const WEEKDAY_SUFFIX = /(?:\s*,\s*|\s+)\(?(\p{L}+)\.?\)?$/u;

function weekdaySuffix(
  text: string,
): { word: string; weekdays: readonly number[]; rest: string } | undefined {
  const m = WEEKDAY_SUFFIX.exec(text);
  if (!m) return undefined;
  const weekdays = weekdaysFromName(m[1]!);
  if (weekdays === undefined) return undefined;
  return { word: m[1]!, weekdays, rest: text.slice(0, m.index) };
}

/** A date checked to exist and, when a weekday is written beside it, to fall on that weekday. */
function withWeekday(shape: DateShape, weekday?: { word: string; days: readonly number[] }): DateParse {
  const r = checked({ year: shape.year, month: shape.month, day: shape.day });
  if (!r.ok || !weekday) return r;
  const actual = weekdayOf(r.date);
  if (!weekday.days.includes(actual))
    return {
      ok: false,
      reason: `'${weekday.word}' but ${formatDate(r.date)} is a ${ENGLISH_WEEKDAYS[actual]}`,
    };
  return r;
}

/** The `a/b/yyyy` part of a value and the weekdays the name written beside it may mean, if any. */
export function numericParts(raw: string): { m: RegExpExecArray; weekdays?: readonly number[] } | undefined {
  const tokens = raw.trim().split(/[\s,]+/);
  for (const [i, token] of tokens.entries()) {
    const m = NUMERIC_DATE.exec(token);
    if (!m) continue;
    const before = i > 0 ? tokens[i - 1]!.replace(/\.$/, '') : '';
    // A weekday before the date, or after it (`15/03/2027 Mo`, `(Mo.)`).
    const after = tokens[i + 1]?.replace(/^\(|\)$/g, '').replace(/\.$/, '') ?? '';
    const weekdays =
      (before ? weekdaysFromName(before) : undefined) ?? (after ? weekdaysFromName(after) : undefined);
    return weekdays === undefined ? { m } : { m, weekdays };
  }
  return undefined;
}

/**
 * Evidence about day/month order from one value: 'DMY' when the first part is > 12 (it can only
 * be a day), 'MDY' when the second is; when both are ≤ 12, a weekday written beside the date
 * (`Tue 12/08/2026`) settles it if exactly one reading falls on that weekday. Undefined when the
 * value settles nothing.
 */
export function orderEvidence(raw: string): DateOrder | undefined {
  const found = numericParts(raw);
  if (!found) return undefined;
  const { m, weekdays } = found;
  if (m[2] === '.') return 'DMY';
  const a = +m[1]!;
  const b = +m[3]!;
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  if (weekdays === undefined || a > 12 || a === b) return undefined;
  const year = expandYear(m[4]!, 'appointment', new Date());
  const mdy = { year, month: a, day: b };
  const dmy = { year, month: b, day: a };
  // A name of two possible days (`Do`) proves an order only when one reading fits neither.
  const mdyFits = isValidDate(mdy) && weekdays.includes(weekdayOf(mdy));
  const dmyFits = isValidDate(dmy) && weekdays.includes(weekdayOf(dmy));
  if (mdyFits && !dmyFits) return 'MDY';
  if (dmyFits && !mdyFits) return 'DMY';
  return undefined;
}

/** One value proving each order, when a set of values proves both (the file must be held). */
export interface OrderConflict {
  DMY: string;
  MDY: string;
}

/**
 * Contradicting day/month order evidence over a set of values (`25/12/2026` and `12/25/2026` in
 * one column or file): the first value proving each order, or undefined when the values agree or
 * settle nothing. A file like that is neither order, so it is held rather than read either way.
 */
export function orderConflict(values: Iterable<string>): OrderConflict | undefined {
  const seen: Partial<Record<DateOrder, string>> = {};
  for (const v of values) {
    const e = orderEvidence(v);
    if (e && seen[e] === undefined) seen[e] = v.trim();
    if (seen.DMY !== undefined && seen.MDY !== undefined) return { DMY: seen.DMY, MDY: seen.MDY };
  }
  return undefined;
}

/** True when the text is shaped like a date (any supported form), valid or not. */
export function looksLikeDate(raw: string): boolean {
  const t = raw.trim();
  const opts: DateParseOptions = { order: 'MDY' };
  if (dateShape(t, opts) || yearFirstDate(t)) return true;
  const wd = weekdayPrefix(t) ?? weekdaySuffix(t);
  return wd !== undefined && dateShape(wd.rest, opts) !== undefined;
}
