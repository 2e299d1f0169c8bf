// Dates in the Buddhist Era, as Thai systems write every date (`01/03/2570`, `12 ส.ค. 2528`): the
// Thai solar calendar is the Gregorian one with the year counted 543 higher (Thai law since
// 1941), so the day and month stand and only the year is changed: 2570 is 2027. A year of 2443 to
// 2643 (1900-2100) is never a Gregorian year in a schedule, but it is not Thai for certain either:
// Cambodia, Laos, Myanmar and Sri Lanka count the Buddhist Era one year higher (544). So a column
// is read in the Thai era only in a Thai file (Thai words in its header row or its values, or the
// practice in Thailand's zone); decided once per file from the sample, like the year a title gives
// year-less dates (yearless-dates.ts), and each cell rewritten with its Gregorian year, the typed
// text kept for the row's errors. Elsewhere the refusal names the column and its era instead.
import { parseDateTime } from './parse-date-time.ts';
import {
  type CalendarColumns,
  calendarColumns,
  fileWrites,
  filledValues as filled,
} from './calendar-columns.ts';

/** Years between the Buddhist Era and the Gregorian calendar in Thailand. */
export const THAI_ERA_YEARS = 543;
/** A four-digit number standing alone: the only one in a date cell is its year. */
const YEAR = /(?<!\d)\d{4}(?!\d)/g;
const THAI = /\p{Script=Thai}/u;
/** Scripts of the countries counting the era 544 above the Gregorian (Cambodia, Laos, Myanmar,
 *  Sri Lanka): a file in one of them is not Thai, whatever its zone says (Asia/Bangkok is also
 *  the zone Windows' 'SE Asia Standard Time' names for Phnom Penh and Vientiane). */
const OTHER_ERA_SCRIPTS = /[\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Sinhala}]/u;

/** The Gregorian year of a Buddhist Era year in 1900-2100, else undefined. */
function gregorianYear(year: number): number | undefined {
  const g = year - THAI_ERA_YEARS;
  return g >= 1900 && g <= 2100 ? g : undefined;
}

/** The value with its one Buddhist Era year made Gregorian, or undefined when it has not exactly
 *  one four-digit year of that era, or does not read as a date then. */
export function gregorianText(value: string): string | undefined {
  const years = value.match(YEAR);
  if (years?.length !== 1) return undefined;
  const g = gregorianYear(Number(years[0]));
  if (g === undefined) return undefined;
  const text = value.replace(YEAR, String(g));
  const reads = (order: 'DMY' | 'MDY'): boolean => parseDateTime(text, { order, twoDigitYear: 'birth' }).ok;
  return reads('DMY') || reads('MDY') ? text : undefined;
}

/** Columns whose every sampled value is a date with a Buddhist Era year. */
function eraColumns(rows: readonly string[][], width: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < width; j++) {
    const values = filled(rows, j);
    if (values.length > 0 && values.every((v) => gregorianText(v) !== undefined)) out.push(j);
  }
  return out;
}

/** Thai words in the header row or the sampled cells, or the practice in Thailand's zone. */
function isThaiFile(headers: readonly string[], rows: readonly string[][], timeZone: string): boolean {
  if (fileWrites(headers, rows, OTHER_ERA_SCRIPTS)) return false;
  return timeZone === 'Asia/Bangkok' || fileWrites(headers, rows, THAI);
}

/** The Buddhist Era date columns of a Thai file, written with their Gregorian years
 *  (calendar-columns.ts: a cell of another year left as typed, never moved by 543 years). */
export function buddhistEraColumns(
  headers: readonly string[],
  rows: readonly string[][],
  timeZone: string,
): CalendarColumns | undefined {
  const columns = eraColumns(rows, headers.length);
  if (columns.length === 0 || !isThaiFile(headers, rows, timeZone)) return undefined;
  return calendarColumns(headers, columns, gregorianText);
}

/** `column 'X' holds dates of the Buddhist Era …`, for the first such column of a file the era
 *  was not read in (not shown to be Thai). */
export function buddhistEraNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  const [j] = eraColumns(rows, headers.length);
  if (j === undefined) return undefined;
  const example = filled(rows, j)[0]!;
  return `column '${headers[j]}' holds dates of the Buddhist Era such as '${example}' (years ${THAI_ERA_YEARS} or 544 above the Gregorian), not Gregorian dates: they are converted only in a Thai file (Thai words in it, or the practice in Thailand's time zone)`;
}
