// A column of date-times read as the start, beside a column headed as the start's time of day.
// Where each row's date-time has the time column's clock (`Appt Date` = `03/15/2027 9:30 AM`
// beside `Appt Time` = `9:30 AM`, or `1:00` there, its PM left out), the two say one start. Where
// they disagree the date-time's clock may be no start at all: a date kept at noon so that no time
// zone moves its day (`03/15/2027 12:00:00 PM` on every row), the moment a query ran or a batch
// loaded the row (`03/15/2027 10:22:00`), or a booking's stamp; read as the start, every visit of
// the day would go at that one time while the time column says otherwise. Which is the start is
// then asked (recognize.ts), never decided by which column scored higher.
import { timeOnDayZero } from './day-zero.ts';
import { parseDateTime, type DateTimeParse } from './parse-date-time.ts';
import { parseTime, type TimeOfDay } from './parse-time.ts';
import { zoneOffsetMs } from './zoned-time.ts';

const DAY_MINUTES = 1440;

/** Either day/month order: only the clock is compared. */
function dateTimeOf(value: string): DateTimeParse {
  const p = parseDateTime(value, { order: 'MDY' });
  return p.ok ? p : parseDateTime(value, { order: 'DMY' });
}

/** The clock of a date-time cell in minutes after midnight, in the practice's zone for an
 *  instant (unknown without it), or undefined where the cell gives no clock (a date alone). */
function dateTimeClock(value: string, timeZone: string | undefined): number | undefined {
  const p = dateTimeOf(value);
  if (!p.ok) return undefined;
  if (p.kind === 'instant') {
    if (!timeZone) return undefined;
    const ms = p.instant.getTime() + zoneOffsetMs(timeZone, p.instant.getTime());
    return Math.floor((((ms / 60_000) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES);
  }
  return p.dateOnly ? undefined : p.time.hour * 60 + p.time.minute;
}

/** The clock of a time cell as the rows read it (HHMM, a time on day zero, a date-time), with
 *  whether AM/PM was written; undefined for a cell that is no clock of the practice's. */
function timeClock(value: string): { time: TimeOfDay; meridiem: boolean } | undefined {
  const t = parseTime(value, { compact: true });
  if (t.ok) return t.offset || t.zone ? undefined : { time: t.time, meridiem: t.meridiem === true };
  const zero = timeOnDayZero(value);
  if (zero?.ok) return { time: zero.time, meridiem: zero.meridiem === true };
  const p = dateTimeOf(value);
  return p.ok && p.kind === 'local' && !p.dateOnly
    ? { time: p.time, meridiem: p.meridiem === true }
    : undefined;
}

/**
 * The first row (as `'date-time' beside 'time'`) where the date-time's clock is not the time
 * column's, or undefined when they agree on every row where both are written. A time without
 * AM/PM agrees with the same clock half a day later (`13:00` beside `1:00`).
 */
export function startTimeBesideDisagrees(
  dateTimes: readonly string[],
  times: readonly string[],
  timeZone: string | undefined,
  /** The time column's header is a bare `Time`: beside a start it may be when the patient
   *  checked in (`Start` = `9:00 AM`, `Time` = `8:52 AM`), so it counts only against a
   *  date-time whose clock is one on every row, which no day's schedule is. */
  bare = false,
): string | undefined {
  if (bare) {
    const clocks = new Set(dateTimes.map((v) => (v.trim() ? dateTimeClock(v.trim(), timeZone) : undefined)));
    clocks.delete(undefined);
    if (clocks.size !== 1 || dateTimes.filter((v) => v.trim()).length < 2) return undefined;
  }
  for (let i = 0; i < dateTimes.length; i++) {
    const v = (dateTimes[i] ?? '').trim();
    const t = (times[i] ?? '').trim();
    if (!v || !t) continue;
    const at = dateTimeClock(v, timeZone);
    const clock = timeClock(t);
    if (at === undefined || !clock) continue;
    const m = clock.time.hour * 60 + clock.time.minute;
    const halfDay = !clock.meridiem && clock.time.hour >= 1 && clock.time.hour <= 12;
    if (at === m || (halfDay && (at - m + DAY_MINUTES) % DAY_MINUTES === 720)) continue;
    return `'${v}' beside '${t}'`;
  }
  return undefined;
}
