// Dates in the Republic of China (Minguo) calendar, as Taiwan's clinic and hospital systems write
// every date (`116/03/05`, `116.03.05`, the NHI's seven digits `1160305`, `民國116年3月5日`): the
// Gregorian calendar with the year counted from 1912, so the day and month stand and only the year
// is changed, 1911 added (116 is 2027; ICU's roc calendar counts the same). A year of three digits
// is never a Gregorian year in a schedule, and since 2011 (Minguo 100) every appointment's is one of
// 100-199; a birth before it is written with a leading zero (`0740812`, `074/08/12`). So a file is
// read in this calendar only when a column's dates are all of years 100-199 and the file is
// Taiwan's (Traditional Chinese in its header row or values, or the practice in Taipei's zone);
// decided once per file from the sample, like the Buddhist Era (buddhist-era-dates.ts), and every
// column of Minguo dates then rewritten as Gregorian ISO dates, the typed text kept for the row's
// errors. Dates that name the era (`民國116年`, `民国116年`) prove it by themselves, in any file.
// Seven digits alone are as often a chart number as a date: read so only in a column whose header
// names a date. A year of one or two digits (`74/08/12`) is left as typed: a year-first `YY/MM/DD`
// and a day-first `DD/MM/YY` read alike, so such a column is refused, never moved on a guess.
import {
  CLOCK_AFTER,
  type CalendarColumns,
  calendarColumns,
  fileWrites,
  filledValues,
} from './calendar-columns.ts';
import { formatDate, isValidDate } from './parse-date.ts';
import { headerConcepts } from './header-meaning.ts';

/** Years between the Minguo and the Gregorian calendar. */
export const MINGUO_YEARS = 1911;
/** `116/03/05`, `116.03.05`, `116-03-05`, a time after it or not. */
const SEPARATED = /^(\d{3})([/.-])(\d{1,2})\2(\d{1,2})(?=$|\s)/;
/** `1160305`: year, month and day in seven digits, as the NHI's files and clinic systems write. */
const COMPACT = /^(\d{3})(\d{2})(\d{2})(?=$|\s)/;
/** `民國116年3月5日` (民國 / 民国, the era's name), or `116年3月5日` with a three-digit year. */
const WRITTEN = /^(?:(?:民國|民国)\s*(\d{1,3})|(\d{3}))\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/;
/** The era's name written before the year. */
const ERA_NAME = /^\s*(?:民國|民国)/;
/** Characters only Traditional Chinese writes (Simplified and Japanese write them otherwise: 医,
 *  号, 歴 / 历, 国, 状, 薬 / 药, 台, 湾, 検 / 检, 験 / 验, 与, 会, 証 / 证, 処 / 处, 総 / 总, 単 / 单,
 *  点, 体, 歳 / 岁, 齢 / 龄), as Taiwan's clinic exports write their headers (病歷號碼, 醫師, 狀態). */
const TRADITIONAL = /[醫號歷國狀藥臺灣檢驗與會證處總單點體歲齡]/u;
const TAIWAN_ZONE = 'Asia/Taipei';

/** A Minguo date read from the start of a cell: its year, month, day and what follows it. */
interface MinguoDate {
  year: number;
  month: number;
  day: number;
  rest: string;
}

function readMinguo(value: string, compact: boolean): MinguoDate | undefined {
  const text = value.trim();
  const s = SEPARATED.exec(text);
  const c = s ? null : compact ? COMPACT.exec(text) : null;
  const w = s || c ? null : WRITTEN.exec(text);
  const [all, year, month, day] = s
    ? [s[0], s[1], s[3], s[4]]
    : c
      ? [c[0], c[1], c[2], c[3]]
      : w
        ? [w[0], w[1] ?? w[2], w[3], w[4]]
        : [];
  if (all === undefined) return undefined;
  return { year: +year!, month: +month!, day: +day!, rest: text.slice(all.length) };
}

/** `YYYY-MM-DD` of a Minguo date (year 1-199), or undefined when there is no such day. */
export function minguoToGregorian(year: number, month: number, day: number): string | undefined {
  if (year < 1 || year > 199) return undefined;
  const date = { year: year + MINGUO_YEARS, month, day };
  return isValidDate(date) ? formatDate(date) : undefined;
}

/** The value with its Minguo date written as a Gregorian ISO date (a time after it kept), or
 *  undefined when it holds none. `compact`: seven digits alone may be read as a date. */
export function gregorianOfMinguo(value: string, compact = false): string | undefined {
  const date = readMinguo(value, compact);
  if (!date || !CLOCK_AFTER.test(date.rest)) return undefined;
  const iso = minguoToGregorian(date.year, date.month, date.day);
  return iso === undefined ? undefined : iso + date.rest;
}

/** Traditional Chinese in the header row or the sampled cells, or the practice in Taipei's zone. */
function isTaiwanFile(headers: readonly string[], rows: readonly string[][], timeZone: string): boolean {
  return timeZone === TAIWAN_ZONE || fileWrites(headers, rows, TRADITIONAL);
}

/** A header naming a date (`預約日期`, `出生日期`, `Date`, `DOB`): its seven digits may be one. */
function namesADate(header: string): boolean {
  const concepts = headerConcepts(header);
  return concepts.has('date') || concepts.has('dob');
}

/** The columns whose sampled values are all Minguo dates, whether one of them is all of years
 *  100-199 (the proof the file is written in this calendar), and whether one names the era in every
 *  cell (`民國116年3月1日`: the proof in any file). */
function minguoCandidates(
  headers: readonly string[],
  rows: readonly string[][],
): { columns: number[]; compact: Set<number>; proven: boolean; named: boolean } {
  const columns: number[] = [];
  const compact = new Set<number>();
  let proven = false;
  let named = false;
  for (let j = 0; j < headers.length; j++) {
    const values = filledValues(rows, j);
    if (values.length === 0) continue;
    // The header is read only for seven digits (headerConcepts is the dearer test).
    const allowCompact = /^\d{7}(?!\d)/.test(values[0]!) && namesADate(headers[j]!);
    const dates = values.map((v) => readMinguo(v, allowCompact));
    if (dates.some((d) => !d || !CLOCK_AFTER.test(d.rest) || !minguoToGregorian(d.year, d.month, d.day)))
      continue;
    columns.push(j);
    if (allowCompact) compact.add(j);
    if (dates.every((d) => d!.year >= 100)) proven = true;
    if (values.every((v) => ERA_NAME.test(v))) named = true;
  }
  return { columns, compact, proven, named };
}

/** The Minguo date columns of a Taiwanese file, written as Gregorian dates (calendar-columns.ts: a
 *  cell the sample did not show as such is left as typed). */
export function minguoColumns(
  headers: readonly string[],
  rows: readonly string[][],
  timeZone: string,
): CalendarColumns | undefined {
  // Most files are neither Taiwan's nor name the era: nothing more is read of them.
  const taiwan = isTaiwanFile(headers, rows, timeZone);
  if (!taiwan && !fileWrites([], rows, ERA_NAME)) return undefined;
  const { columns, compact, proven, named } = minguoCandidates(headers, rows);
  if (!named && !(proven && taiwan)) return undefined;
  return calendarColumns(headers, columns, (v, j) => gregorianOfMinguo(v, compact.has(j)));
}

/** `column 'X' holds dates of the Minguo calendar …`, for the first column of years 100-199 in a
 *  file not shown to be Taiwan's. */
export function minguoNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  const { columns, compact } = minguoCandidates(headers, rows);
  const j = columns.find((c) =>
    filledValues(rows, c).every((v) => (readMinguo(v, compact.has(c))?.year ?? 0) >= 100),
  );
  if (j === undefined) return undefined;
  const example = filledValues(rows, j)[0]!;
  return `column '${headers[j]}' holds dates of the Minguo (Republic of China) calendar such as '${example}' (the year 1911 below the Gregorian), not Gregorian dates: they are converted only in a Taiwanese file (Traditional Chinese in it, or the practice in Taipei's time zone)`;
}
