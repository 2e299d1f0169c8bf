// Dates in the Persian solar Hijri calendar (`1405/12/10`), as Iranian and Afghan systems write
// every date. Unlike the Islamic calendar's months (hijri-dates.ts), which begin when the new moon
// is sighted, this calendar's are fixed: six of 31 days, five of 30, and Esfand of 29 or 30, the
// year starting at the March equinox (Nowruz). Its leap years follow the 33-year rule Borkowski
// fitted to the astronomical calendar (jalaali; ICU's persian calendar gives the same days for
// 1178-1633 SH), so a date converts exactly. The years 13xx and 14xx are also the Islamic
// calendar's (lunar 1448 is 2027): a column is read in the solar calendar only in a Persian file
// (Persian letters in its header row, the practice in Iran's or Afghanistan's zone) and without
// the Islamic `هـ` after a date; decided once per file from the sample, each cell rewritten as a
// Gregorian ISO date and its typed text kept for the row's errors. A Persian file may still write
// lunar years: Afghanistan's government has dated its letters in the Islamic calendar since March
// 2022 (https://8am.af/the-history-of-government-correspondence-and-correspondence-changed-from-solar-to-lunar/),
// and lunar 1447 (2025) read as solar is 2068. A date decades ahead is no schedule's, so such a
// year in any date column means the file's years are lunar, and none of its columns is converted.
import { CLOCK_AFTER, type CalendarColumns, calendarColumns, filledValues } from './calendar-columns.ts';

/** Year-first solar Hijri date of 1300-1499, a time after it or not. */
const SOLAR_DATE = /^(1[34]\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?=$|\s)/;
/** Letters Persian writes and Arabic does not (pe, che, zhe, gaf, and its own yeh and kaf). */
const PERSIAN_LETTERS = /[پچژگیک]/;
const PERSIAN_ZONES = new Set(['Asia/Tehran', 'Asia/Kabul']);
/** Years ahead of today no appointment is booked (lunar years now read as solar are 40 ahead). */
const YEARS_AHEAD = 20;

const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

/** The Gregorian day (UTC ms) of 1 Farvardin of solar Hijri year `jy` (jalaali's jalCal). */
function nowruz(jy: number): number {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i]!;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += Math.trunc(jump / 33) * 8 + Math.trunc((jump % 33) / 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += Math.trunc(n / 33) * 8 + Math.trunc(((n % 33) + 3) / 4);
  if (jump % 33 === 4 && jump - n === 4) leapJ += 1;
  const leapG = Math.trunc(gy / 4) - Math.trunc(((Math.trunc(gy / 100) + 1) * 3) / 4) - 150;
  return Date.UTC(gy, 2, 20 + leapJ - leapG);
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a solar Hijri date, or undefined when there is no such day. */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): string | undefined {
  if (jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return undefined;
  const dayOfYear = (jm <= 7 ? (jm - 1) * 31 : 6 * 31 + (jm - 7) * 30) + jd - 1;
  const start = nowruz(jy);
  // Esfand 30 exists only in a leap year: the day must come before the next Nowruz.
  if (start + dayOfYear * DAY_MS >= nowruz(jy + 1)) return undefined;
  return new Date(start + dayOfYear * DAY_MS).toISOString().slice(0, 10);
}

/** The value with its solar Hijri date written as a Gregorian ISO date (a time after it kept). */
export function gregorianOfSolar(value: string): string | undefined {
  const m = SOLAR_DATE.exec(value.trim());
  if (!m) return undefined;
  // Only a clock may follow the date: `هـ` (the Islamic era) or any other word is not this calendar.
  const rest = value.trim().slice(m[0].length);
  if (!CLOCK_AFTER.test(rest)) return undefined;
  const iso = solarHijriToGregorian(+m[1]!, +m[3]!, +m[4]!);
  return iso === undefined ? undefined : iso + rest;
}

/** The solar Hijri date columns of a Persian file, written as Gregorian dates
 *  (calendar-columns.ts). */
export function solarHijriColumns(
  headers: readonly string[],
  rows: readonly string[][],
  timeZone: string,
  thisYear = new Date().getUTCFullYear(),
): CalendarColumns | undefined {
  if (!PERSIAN_ZONES.has(timeZone) || !headers.some((h) => PERSIAN_LETTERS.test(h))) return undefined;
  const columns: number[] = [];
  for (let j = 0; j < headers.length; j++) {
    const values = filledValues(rows, j);
    const dates = values.map(gregorianOfSolar);
    if (values.length === 0 || dates.some((d) => d === undefined)) continue;
    if (dates.some((d) => Number(d!.slice(0, 4)) > thisYear + YEARS_AHEAD)) return undefined;
    columns.push(j);
  }
  return calendarColumns(headers, columns, gregorianOfSolar);
}
