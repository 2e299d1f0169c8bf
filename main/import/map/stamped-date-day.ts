// A date column written as a timestamp with a zone (`2027-03-21T23:00:00.000Z`,
// `2027-03-22T14:22:00-07:00`) beside a time column that gives another time. The time column is
// the start's clock (a person mapped it so, or the file's own time is there): the timestamp's
// clock is a date kept at some hour (Berlin's 22 March kept as its midnight and written in UTC, as
// JavaScript's toISOString writes every local date) or the moment the row was written. Reading
// the timestamp as the start would send every visit at that hour, whatever the time column says.
// Only its day is the visit's, and only where that day is sure.
import { type CalendarDate } from './parse-date.ts';
import { offsetMinutes, type TimeOfDay } from './parse-time.ts';
import { zoneOffsetMs } from './zoned-time.ts';

export type StampedDay =
  /** The time column repeats the timestamp's clock (the practice's or as written): the timestamp
   *  is the start. */
  | { kind: 'start' }
  /** The visit's day, at the time column's time. */
  | { kind: 'day'; date: CalendarDate }
  /** The day written, the day on the practice's clock and the day in UTC are not one, and the
   *  practice's clock is not at midnight: which is the visit's day is not sure. `written` is the
   *  day that is not the practice's (as written, or in UTC). */
  | { kind: 'unsure'; written: CalendarDate; local: CalendarDate };

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** The calendar day and minute of the day of `ms` shifted by `shiftMinutes`, read on UTC's clock. */
function wall(ms: number, shiftMinutes: number): { date: CalendarDate; minutes: number } {
  const d = new Date(ms + shiftMinutes * MINUTE_MS);
  return {
    date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    minutes: d.getUTCHours() * 60 + d.getUTCMinutes(),
  };
}

const sameDay = (a: CalendarDate, b: CalendarDate): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * Which day a zoned timestamp in the date column gives a start whose time is `time` (read from
 * the time column), at a practice in `timeZone`. `offset` is the timestamp's offset as written
 * (undefined for `Z` or a zero offset).
 */
export function stampedDateDay(
  instant: Date,
  offset: string | undefined,
  time: TimeOfDay,
  timeZone: string,
): StampedDay {
  const ms = instant.getTime();
  const local = wall(ms, zoneOffsetMs(timeZone, ms) / MINUTE_MS);
  const written = wall(ms, offset === undefined ? 0 : (offsetMinutes(offset) ?? 0));
  const utc = wall(ms, 0);
  // UTC's midnight on another day than the practice's, not its midnight: a date kept as UTC's
  // midnight and printed with the local offset (JavaScript's `new Date('2027-03-22')` shown in
  // Los Angeles is `2027-03-21T17:00:00-07:00`). A time column that repeats that clock on one row
  // (a 5 PM visit) does not make it the start: the visit may be on the UTC day.
  if (utc.minutes === 0 && local.minutes !== 0 && !sameDay(local.date, utc.date))
    return { kind: 'unsure', written: utc.date, local: local.date };
  const minutes = (time.hour * 60 + time.minute) % DAY_MINUTES;
  if (minutes === local.minutes || minutes === written.minutes) return { kind: 'start' };
  // Exactly midnight on the practice's clock: that day kept as its midnight, whatever the offset
  // it was written in.
  if (local.minutes === 0) return { kind: 'day', date: local.date };
  if (!sameDay(local.date, written.date)) return { kind: 'unsure', written: written.date, local: local.date };
  // Written on the practice's clock but another day in UTC: a midnight of a zone east of the
  // practice (23:00 the day before) or of UTC at another hour: the day it names on the practice's
  // clock may be the day before the visit's.
  if (!sameDay(local.date, utc.date)) return { kind: 'unsure', written: utc.date, local: local.date };
  return { kind: 'day', date: local.date };
}
