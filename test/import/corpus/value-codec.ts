// Dates, times and names as cells of a corpus export write them, read back into their parts and
// written again another way. Only forms whose parts are certain are read (an ISO date, a numeric
// date with four-digit year in a known order, a clock time): the value variations rewrite those
// and leave every other cell as it is. The expectations say which order a numeric date is in; this
// module never decides it from the data.

export type Order = 'MDY' | 'DMY';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Hm {
  h: number;
  min: number;
}

/** How a cell writes its date, when it is one of the forms read here: ISO (`-`, or `/` as South
 *  African and Japanese lists write it); day, month and year as numbers with a separator in a known
 *  order (`/MDY`, `.DMY`, `-DMY`; `yy` when the year has two digits); an English month name
 *  (`8-Mar-27`, `09-MAR-2027`, `Mar 10, 2027`). */
export type DateForm = 'iso' | 'iso/' | `${'/' | '.' | '-'}${Order}${'' | 'yy'}` | 'd-Mon-y' | 'Mon d, y';

/** An ISO date, or one with a midnight that only fills a date-time type (`2027-03-08T00:00:00`,
 *  SQL Server's FOR XML and `SELECT` of a datetime column holding a date). */
const ISO = /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]00:00:00(?:\.0{1,7})?)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const D_MON_Y = /^(\d{1,2})-([A-Za-z]{3})-(\d{4}|\d{2})$/;
const MON_D_Y = /^([A-Za-z]{3}) (\d{1,2}), (\d{4})$/;
const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const orderOf = (form: DateForm): Order | undefined =>
  /^[/.-][MD]/.test(form) ? (form.slice(1, 4) as Order) : undefined;

/** A two-digit year in both centuries, this one first (the expectations pick). */
const years = (y: string): number[] => (y.length === 4 ? [+y] : [2000 + +y, 1900 + +y]);

/** The dates a cell can be read as, by form (a numeric date in both orders, a two-digit year in
 *  both centuries). */
export function readDate(v: string): Array<{ form: DateForm; ymd: Ymd }> {
  const iso = ISO.exec(v);
  if (iso) return [{ form: iso[2] === '-' ? 'iso' : 'iso/', ymd: { y: +iso[1]!, m: +iso[3]!, d: +iso[4]! } }];
  const named = D_MON_Y.exec(v) ?? MON_D_Y.exec(v);
  if (named) {
    const dmy = named === D_MON_Y.exec(v);
    const [d, mon, y] = dmy ? [named[1]!, named[2]!, named[3]!] : [named[2]!, named[1]!, named[3]!];
    const m = MON.indexOf(mon.toLowerCase()) + 1;
    return m ? years(y).map((yy) => ({ form: dmy ? 'd-Mon-y' : 'Mon d, y', ymd: { y: yy, m, d: +d } })) : [];
  }
  const s = NUMERIC.exec(v);
  if (!s) return [];
  const sep = s[2] as '/' | '.' | '-';
  const a = +s[1]!;
  const b = +s[3]!;
  const yy = s[4]!.length === 2 ? 'yy' : '';
  const out: Array<{ form: DateForm; ymd: Ymd }> = [];
  for (const y of years(s[4]!)) {
    if (a <= 12 && b <= 31) out.push({ form: `${sep}MDY${yy}`, ymd: { y, m: a, d: b } });
    if (b <= 12 && a <= 31) out.push({ form: `${sep}DMY${yy}`, ymd: { y, m: b, d: a } });
  }
  return out;
}

/** Seconds may carry up to seven decimals (SQL Server's `time(7)`, .NET's ticks: `07:45:00.0000000`). */
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:\s?([AaPp])\.?[Mm]?\.?)?$/;

/** A clock time cell (`09:00`, `9:00:00`, `9:00 AM`, `2:15p`) as hours and minutes. */
export function readTime(v: string): Hm | undefined {
  const c = CLOCK.exec(v);
  if (!c) return undefined;
  let h = +c[1]!;
  const min = +c[2]!;
  if (c[4]) {
    if (h < 1 || h > 12) return undefined;
    const pm = c[4].toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  return h < 24 && min < 60 ? { h, min } : undefined;
}

/** A start written in one cell: a date form above, a space (or ISO's `T`), a clock time with no
 *  zone (a zone or `Z` changes which wall clock it is; those cells are left alone). */
export function readDateTime(v: string): Array<{ form: DateForm; ymd: Ymd; hm: Hm }> {
  const p = dateTimeParts(v);
  const hm = p && readTime(p.time);
  return p && hm ? readDate(p.date).map((d) => ({ ...d, hm })) : [];
}

/** Of a cell's readings, the first in a column's form (its numeric order known from the
 *  expectations); of a two-digit year's centuries, the one the row's expectation has (`want`). */
function inForm<T extends { form: DateForm; ymd: Ymd }>(all: T[], form: DateForm, want?: Ymd): T | undefined {
  const fits = all.filter((x) => x.form === form);
  return fits.find((x) => want && sameYmd(x.ymd, want)) ?? fits[0];
}

/** A date cell read in a column's form (see inForm). */
export const dateIn = (v: string, form: DateForm, want?: Ymd): Ymd | undefined =>
  inForm(readDate(v), form, want)?.ymd;

/** A date-time cell read in a column's form (see inForm). */
export const dateTimeIn = (v: string, form: DateForm, want?: Ymd): { ymd: Ymd; hm: Hm } | undefined =>
  inForm(readDateTime(v), form, want);

/** A date-time cell's date, what stands between, and its time. */
export function dateTimeParts(v: string): { date: string; sep: string; time: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(T)(.+)$/.exec(v) ?? /^(\S+)(\s+)(\d.*)$/.exec(v);
  return m ? { date: m[1]!, sep: m[2]!, time: m[3]! } : undefined;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const weekday = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Ways real systems write a date (see value-variations.ts for who writes each). */
export type DateStyle =
  | 'iso'
  | 'numeric'
  | 'numeric unpadded'
  | 'numeric two-digit year'
  | 'dotted'
  | 'weekday and numeric'
  | 'dd-Mon-yyyy'
  | 'Mon d, yyyy'
  | 'weekday and month name'
  | 'yyyymmdd';

export function writeDate({ y, m, d }: Ymd, style: DateStyle, order: Order): string {
  const mon = MONTHS[m - 1]!;
  switch (style) {
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'numeric':
      return order === 'MDY' ? `${pad(m)}/${pad(d)}/${y}` : `${pad(d)}/${pad(m)}/${y}`;
    case 'numeric unpadded':
      return order === 'MDY' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
    case 'numeric two-digit year':
      return order === 'MDY' ? `${pad(m)}/${pad(d)}/${pad(y % 100)}` : `${pad(d)}/${pad(m)}/${pad(y % 100)}`;
    case 'dotted':
      return `${pad(d)}.${pad(m)}.${y}`;
    case 'weekday and numeric':
      return `${WEEKDAYS[weekday(y, m, d)]!.slice(0, 3)} ${writeDate({ y, m, d }, 'numeric', order)}`;
    case 'dd-Mon-yyyy':
      return `${pad(d)}-${mon.slice(0, 3)}-${y}`;
    case 'Mon d, yyyy':
      return order === 'MDY' ? `${mon.slice(0, 3)} ${d}, ${y}` : `${d} ${mon.slice(0, 3)} ${y}`;
    case 'weekday and month name': {
      const wd = WEEKDAYS[weekday(y, m, d)]!;
      return order === 'MDY' ? `${wd}, ${mon} ${d}, ${y}` : `${wd} ${d} ${mon} ${y}`;
    }
    case 'yyyymmdd':
      return `${y}${pad(m)}${pad(d)}`;
  }
}

/** Ways real systems write a clock time. */
export type TimeStyle =
  | '24h'
  | '24h with seconds'
  | '24h with milliseconds'
  | '12h AM/PM'
  | '12h AM/PM unspaced'
  | '12h am/pm'
  | '12h a.m./p.m.'
  | '12h a/p'
  | 'HHMM'
  | 'dot'
  | 'French h';

export function writeTime({ h, min }: Hm, style: TimeStyle): string {
  const h12 = h % 12 === 0 ? 12 : h % 12;
  switch (style) {
    case '24h':
      return `${pad(h)}:${pad(min)}`;
    case '24h with seconds':
      return `${pad(h)}:${pad(min)}:00`;
    case '24h with milliseconds':
      return `${pad(h)}:${pad(min)}:00.000`;
    case '12h AM/PM':
      return `${h12}:${pad(min)} ${h < 12 ? 'AM' : 'PM'}`;
    case '12h AM/PM unspaced':
      return `${h12}:${pad(min)}${h < 12 ? 'AM' : 'PM'}`;
    case '12h am/pm':
      return `${h12}:${pad(min)} ${h < 12 ? 'am' : 'pm'}`;
    case '12h a.m./p.m.':
      return `${h12}:${pad(min)} ${h < 12 ? 'a.m.' : 'p.m.'}`;
    case '12h a/p':
      return `${h12}:${pad(min)}${h < 12 ? 'a' : 'p'}`;
    case 'HHMM':
      return `${pad(h)}${pad(min)}`;
    case 'dot':
      return `${pad(h)}.${pad(min)}`;
    case 'French h':
      return `${pad(h)}h${pad(min)}`;
  }
}

export const ymdOf = (iso: string): Ymd => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
};

export const sameYmd = (a: Ymd, b: Ymd): boolean => a.y === b.y && a.m === b.m && a.d === b.d;
