// Calendar dates as scheduling exports write them: `YYYY-MM-DD`, `M/D/YYYY`, `DD/MM/YYYY`,
// `DD.MM.YYYY`, `15 Jan 2026`, `Jan 15, 2026`, and two-digit years under one documented rule.
// Pure functions: no time zone is involved until zoned-time.ts turns a wall clock into an instant.

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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    d.year >= 1800 &&
    d.year <= 2200 &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

export function formatDate(d: CalendarDate): string {
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

function monthFromName(token: string): number {
  const i = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

function checked(date: CalendarDate): DateParse {
  if (isValidDate(date)) return { ok: true, date };
  if (date.month < 1 || date.month > 12)
    return { ok: false, reason: `not a date: there is no month ${date.month}` };
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
const NAMED_DATE_DMY = /^(\d{1,2})[\s\-.]+([a-z]{3,9})\.?,?[\s\-.]+(\d{4})$/i;
const NAMED_DATE_MDY = /^([a-z]{3,9})\.?[\s\-.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-.]+(\d{4})$/i;

/** Parse a date-only text. Returns a reason (phrased for a person) when it is not a date. */
export function parseDate(raw: string, opts: DateParseOptions): DateParse {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'the date is empty' };
  let m = ISO_DATE.exec(text);
  if (m) return checked({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
  m = NUMERIC_DATE.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const year = expandYear(m[4]!, opts.twoDigitYear ?? 'appointment', opts.now ?? new Date());
    // `DD.MM.YYYY` is the European dotted form: never month-first.
    const order: DateOrder = m[2] === '.' ? 'DMY' : opts.order;
    const [month, day] = order === 'MDY' ? [a, b] : [b, a];
    return checked({ year, month, day });
  }
  m = NAMED_DATE_DMY.exec(text);
  if (m && monthFromName(m[2]!)) return checked({ year: +m[3]!, month: monthFromName(m[2]!), day: +m[1]! });
  m = NAMED_DATE_MDY.exec(text);
  if (m && monthFromName(m[1]!)) return checked({ year: +m[3]!, month: monthFromName(m[1]!), day: +m[2]! });
  return { ok: false, reason: 'not a date' };
}

/**
 * Evidence about day/month order from one value: 'DMY' when the first part is > 12 (it can only
 * be a day), 'MDY' when the second is, undefined when the value settles nothing.
 */
export function orderEvidence(raw: string): DateOrder | undefined {
  const m = NUMERIC_DATE.exec(raw.trim().split(/[\sT]+/)[0] ?? '');
  if (!m) return undefined;
  if (m[2] === '.') return 'DMY';
  const a = +m[1]!;
  const b = +m[3]!;
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  return undefined;
}

/** True when the text is shaped like a date (any supported form), valid or not. */
export function looksLikeDate(raw: string): boolean {
  const t = raw.trim();
  return ISO_DATE.test(t) || NUMERIC_DATE.test(t) || NAMED_DATE_DMY.test(t) || NAMED_DATE_MDY.test(t);
}
