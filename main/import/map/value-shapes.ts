// What the values of one column look like (dates, times, e-mails, names, ids...), measured on
// the first rows of a file. Recognition combines this with the header's meaning: a header says
// what a column is meant to be, the values say what it really holds.
import { splitStatedAge } from './age-column.ts';
import { isTimeOnDayZero } from './day-zero.ts';
import { looksLikeDate } from './parse-date.ts';
import { parseDateTime } from './parse-date-time.ts';
import { looksLikeCompactTime, looksLikeTime, secondsAfterMidnight } from './parse-time.ts';
import { looksLikeLastFirst, looksLikePersonName } from './names.ts';
import { chartNumberColumn, nameWithoutNumber } from './name-numbers.ts';
import { classifyOutsideStatus, parseFlag } from './status-vocabulary.ts';
import { readsAsEmpty } from './no-value.ts';
import { isAppointmentSerial, startFraction } from './spreadsheet-serials.ts';

/** A name check that reads the cell as the row reader reads a name: as written, else without a
 *  bracketed chart number, or one set apart in the form of every cell of the column
 *  (name-numbers.ts). As written first: a cell's contacts, `(503) 555-0142`, are the name check's
 *  own to leave out. */
const readAsName =
  (looks: (v: string) => boolean, chartNumber: ((v: string) => string) | undefined) =>
  (v: string): boolean => {
    if (looks(v)) return true;
    const name = nameWithoutNumber(chartNumber ? chartNumber(v) : v);
    return name !== v && looks(name);
  };

export interface ColumnShape {
  nonEmpty: number;
  /** Fractions of the non-empty values with each shape (0 when the column is empty). */
  date: number;
  dateTime: number;
  time: number;
  /** HHMM values (`0930`): times only in a column whose header says so (parse with `compact`). */
  compactTime: number;
  /** Seconds after midnight (`32400`): times only when every value is one, under a time header. */
  secondsTime: number;
  /** Fractions of a day from 05:00 on (`0.375`): times only when every value is one, under a time header. */
  fractionTime: number;
  /** Spreadsheet day numbers that read as an appointment's day (`46448`, `46448.375`), and those
   *  of them with no time after the point: dates only when every value is one, under a date header. */
  serialDay: number;
  serialWhole: number;
  email: number;
  lastFirst: number;
  personName: number;
  integer: number;
  id: number;
  flag: number;
  statusWord: number;
  /** Short codes with no spaces and a digit (`DR02`, `7`): user codes rather than names. */
  code: number;
  stateCode: number;
  zip: number;
  /** Median year of the date-like values (undefined when none), two-digit years read as an
   *  appointment's (`7-Dec-26` is 2026). */
  medianYear?: number;
  /** The same with two-digit years read as a birth date's (`14-Mar-78` is 1978, not 2078): what a
   *  birth-date column is judged by. */
  medianBirthYear?: number;
  /** Median of the integer values (durations in seconds run into the hundreds). */
  medianInteger?: number;
}

/** A number printed in groups, as the NHS number is (`485 777 3456`). */
const GROUPED_DIGITS = /^\d{2,6}(?: \d{2,6}){1,3}$/;

function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function measureColumn(values: string[], now: Date = new Date()): ColumnShape {
  // `NULL` where a query found none is an empty cell, not a value that misfits the column; a birth
  // date with the age after it (`03/04/1970 (56 y)`) is a date: the age is read beside it.
  const vals = values.map((v) => splitStatedAge(v.trim()).date).filter((v) => v && !readsAsEmpty(v));
  const n = vals.length;
  // Each distinct value is read once and counted as often as it occurs: a sample's dates, times,
  // providers and statuses repeat (500 rows: a few dozen values), and every reading below is of
  // the value alone (and `now`), so the fractions, counts and medians are the same.
  const counts = new Map<string, number>();
  for (const v of vals) counts.set(v, (counts.get(v) ?? 0) + 1);
  const count = (pred: (v: string) => boolean): number => {
    let k = 0;
    for (const [v, c] of counts) if (pred(v)) k += c;
    return k;
  };
  const frac = (pred: (v: string) => boolean): number => (n ? count(pred) / n : 0);
  const years: number[] = [];
  const birthYears: number[] = [];
  const ints: number[] = [];
  let dateOnly = 0;
  let dateTime = 0;
  let dayZeroTimes = 0;
  const push = (xs: number[], x: number, c: number): void => {
    for (let i = 0; i < c; i++) xs.push(x);
  };
  for (const [v, c] of counts) {
    // `1899-12-30T09:00:00`: a time of day, not a date-time of 1899 (day-zero.ts).
    if (isTimeOnDayZero(v)) {
      dayZeroTimes += c;
      continue;
    }
    const r = parseDateTime(v, { order: 'MDY' });
    const p = r.ok ? r : parseDateTime(v, { order: 'DMY' });
    if (!p.ok) {
      // An impossible date (2026-02-30) is still date-shaped: the column is a date column and
      // the row gets its own error later, rather than the whole column going unrecognised.
      const tokens = v.split(/[\sT]+/);
      const year = /\b(1[89]\d\d|2[01]\d\d)\b/.exec(v);
      if (year) push(years, Number(year[1]), c);
      if (year) push(birthYears, Number(year[1]), c);
      if (dateShaped(v)) dateOnly += c;
      else if (tokens.some((t) => dateShaped(t)) && tokens.some((t) => looksLikeTime(t))) dateTime += c;
      continue;
    }
    if (p.kind === 'instant') {
      dateTime += c;
      // A midnight with an offset (`1992-06-01T00:00:00-05:00`, a .NET DataSet's birth date) is a
      // day as written, like a local midnight: a birth-date column can be made of them.
      if (p.midnightOf) dateOnly += c;
      const year = p.midnightOf?.year ?? p.instant.getUTCFullYear();
      push(years, year, c);
      push(birthYears, year, c);
      continue;
    }
    push(years, p.date.year, c);
    push(birthYears, birthYear(v, p.date.year, now), c);
    const midnight = p.time.hour === 0 && p.time.minute === 0 && p.time.second === 0;
    if (p.dateOnly || midnight) dateOnly += c;
    if (!p.dateOnly) dateTime += c;
  }
  for (const [v, c] of counts) if (/^\d+$/.test(v)) push(ints, Number(v), c);
  const chartNumber = chartNumberColumn(vals);
  return {
    nonEmpty: n,
    date: n ? dateOnly / n : 0,
    dateTime: n ? dateTime / n : 0,
    time: n ? (count(looksLikeTime) + dayZeroTimes) / n : 0,
    compactTime: frac(looksLikeCompactTime),
    secondsTime: frac((v) => secondsAfterMidnight(v) !== undefined),
    fractionTime: frac((v) => startFraction(v) !== undefined),
    serialDay: frac((v) => isAppointmentSerial(v, now)),
    serialWhole: frac((v) => /^\d+$/.test(v) && isAppointmentSerial(v, now)),
    email: frac((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)),
    lastFirst: frac(readAsName(looksLikeLastFirst, chartNumber)),
    personName: frac(readAsName(looksLikePersonName, chartNumber)),
    integer: frac((v) => /^\d+$/.test(v)),
    id: frac((v) => /^[A-Za-z0-9][A-Za-z0-9\-_./]{0,63}$/.test(v) || GROUPED_DIGITS.test(v)),
    flag: frac((v) => parseFlag(v) !== undefined),
    // read as outside the status column: a column is a status by its values only without `CNA`,
    // `FTA` (a discipline or credential elsewhere); a status header is read as one regardless
    statusWord: frac((v) => classifyOutsideStatus(v) !== 'unknown'),
    code: frac((v) => /^[A-Za-z0-9_.-]{1,12}$/.test(v) && /\d/.test(v)),
    stateCode: frac((v) => /^[A-Z]{2}$/.test(v)),
    zip: frac((v) => /^\d{5}(-\d{4})?$/.test(v) || /^[A-Z0-9]{3,4} ?[A-Z0-9]{3}$/i.test(v)),
    medianYear: median(years),
    medianBirthYear: median(birthYears),
    medianInteger: median(ints),
  };
}

/** The year of a date read as a birth date: only a year after this one can differ (a two-digit
 *  year is 20YY for an appointment, 19YY for a birth date when 20YY is still to come), so only
 *  that is read again. */
function birthYear(v: string, year: number, now: Date): number {
  if (year <= now.getUTCFullYear()) return year;
  const again = parseDateTime(v, { order: 'MDY', twoDigitYear: 'birth', now });
  const r = again.ok ? again : parseDateTime(v, { order: 'DMY', twoDigitYear: 'birth', now });
  return r.ok && r.kind === 'local' ? r.date.year : year;
}

/** Shaped like a date (any supported form), whether or not the date exists. */
function dateShaped(v: string): boolean {
  return looksLikeDate(v);
}
