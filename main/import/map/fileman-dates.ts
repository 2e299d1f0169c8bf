// VA FileMan's internal date-time, as VistA, IHS RPMS and CHCS keep every date and as a FileMan
// print of INTERNAL(field), the Export Tool or an SQL projection of their globals writes it:
// `YYYMMDD.HHMMSS` with YYY the years since 1700 (327 is 2027), so `3270315.093` is 15 March 2027
// at 09:30. FileMan stores it as a canonic number: trailing zeros after the point are dropped
// (`.093` is 09:30, `.1` is 10:00, `.14` 14:00), and a date with no time has no point at all
// (`3270315`). Per the VA FileMan Programmer Manual, "Introduction to Date/Time Formats: %DT"
// (https://www.hardhats.org/fileman/pm/cl_dt.htm); `.24` is FileMan's midnight at the END of the
// day (https://hardhats.org/fileman/date_problem.html), and a month or day of 00 an imprecise date
// (`3270300` is March 2027): both left as typed, so the row is refused, never moved to a day.
// Seven digits alone are as often a chart number or an MRN as a date: a column is read in this
// form only when its header names a date or time (`APPOINTMENT DATE/TIME`, `DOB`) and every sampled
// value is one (fileManColumns says when the file proves it). A column headed `Number` or `MRN` is
// never read so.
import { type CalendarColumns, calendarColumns, fileWrites, filledValues } from './calendar-columns.ts';
import { formatDate, isValidDate } from './parse-date.ts';
import { headerConcepts } from './header-meaning.ts';

/** FileMan's base: the internal year is the year less 1700. */
export const FILEMAN_BASE_YEAR = 1700;
/** `3270315`, `3270315.093`, `3270315.0930`, `3270315.093015`. */
const INTERNAL = /^(\d{3})(\d{2})(\d{2})(?:\.(\d{1,6}))?$/;
/** The systems whose files write FileMan's dates; VistA only in its own mixed case (`CHULA VISTA`
 *  and `Vista Family Clinic` are places and practices). */
const FILEMAN_NAMES = /\bfile ?man\b|\bRPMS\b|\bCHCS\b/i;
const VISTA = /\bVistA\b/;

/** A FileMan date read from a cell: its day (1900-2099; undefined for an imprecise or no real
 *  day, still FileMan's shape) and the digits of its time. */
interface FileManDate {
  day?: string;
  year: number;
  time?: string;
}

function readFileMan(value: string): FileManDate | undefined {
  const m = INTERNAL.exec(value.trim());
  if (!m) return undefined;
  const yyy = +m[1]!;
  if (yyy < 200 || yyy > 399) return undefined;
  const date = { year: yyy + FILEMAN_BASE_YEAR, month: +m[2]!, day: +m[3]! };
  if (date.month > 12 || date.day > 31) return undefined;
  return {
    year: date.year,
    ...(isValidDate(date) ? { day: formatDate(date) } : {}),
    ...(m[4] === undefined ? {} : { time: m[4] }),
  };
}

/** The value as `YYYY-MM-DD[ HH:MM[:SS]]`, or undefined when it is no FileMan date of 1900-2099
 *  with a real day and, if timed, a time of 00:01-23:59:59 (FileMan's `.24`, the midnight ending
 *  the day, and a second past midnight are left as typed for the row to be refused). */
export function fileManText(value: string): string | undefined {
  const date = readFileMan(value);
  if (date?.day === undefined) return undefined;
  if (date.time === undefined) return date.day;
  const digits = date.time.padEnd(6, '0');
  const [hh, mm, ss] = [+digits.slice(0, 2), +digits.slice(2, 4), +digits.slice(4, 6)];
  if (hh > 23 || mm > 59 || ss > 59 || (hh === 0 && mm === 0)) return undefined;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.day} ${two(hh)}:${two(mm)}${ss === 0 ? '' : `:${two(ss)}`}`;
}

/** A header naming a date or a time (`APPOINTMENT DATE/TIME`, `DOB`, `Start`), never an id's. */
function namesADateOrTime(header: string): boolean {
  const c = headerConcepts(header);
  if (c.has('id') || c.has('seq')) return false;
  return c.has('date') || c.has('time') || c.has('dob') || c.has('start');
}

/** The title or header row names FileMan or a system built on it. */
export function namesFileMan(headers: readonly string[], titleLines: readonly string[]): boolean {
  return [...headers, ...titleLines].some((l) => FILEMAN_NAMES.test(l) || VISTA.test(l));
}

/** The date or time columns whose sampled values are all FileMan dates, written as ISO dates and
 *  times (calendar-columns.ts: a cell the sample did not show as such is left as typed). Read
 *  where the file proves FileMan (a value with its time, or the system named), or where the column's
 *  years are all 2000-2099: seven digits from `3000101` up under a date header are no other date
 *  (an ordinal `YYYYDDD` starts with 2, IBM's `CYYMMDD` with 0 or 1, Minguo's with 1), while
 *  `2021105` (1902 to FileMan) may be the 105th day of 2021. */
export function fileManColumns(
  headers: readonly string[],
  rows: readonly string[][],
  titleLines: readonly string[] = [],
): CalendarColumns | undefined {
  // Most files hold no seven-digit value at all: nothing more is read of them.
  if (!fileWrites([], rows, /^\s*\d{7}(?:\.\d{1,6})?\s*$/)) return undefined;
  const columns: number[] = [];
  const ours = new Set<number>();
  let timed = false;
  for (let j = 0; j < headers.length; j++) {
    const values = filledValues(rows, j);
    if (values.length === 0 || !namesADateOrTime(headers[j]!)) continue;
    const dates = values.map(readFileMan);
    if (dates.some((d) => d === undefined)) continue;
    columns.push(j);
    if (dates.some((d) => d!.time !== undefined)) timed = true;
    if (dates.every((d) => d!.year >= 2000)) ours.add(j);
  }
  const proven = timed || namesFileMan(headers, titleLines);
  const read = proven ? columns : columns.filter((j) => ours.has(j));
  if (read.length === 0) return undefined;
  return calendarColumns(headers, read, (v) => fileManText(v));
}
