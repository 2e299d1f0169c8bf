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
  /** The day written and the day on the practice's clock differ, and neither is a kept midnight:
   *  which is the visit's day is not sure. */
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
  const minutes = (time.hour * 60 + time.minute) % DAY_MINUTES;
  if (minutes === local.minutes || minutes === written.minutes) return { kind: 'start' };
  // Exactly midnight on the practice's clock: that day kept as its midnight, whatever the offset
  // it was written in.
  if (local.minutes === 0) return { kind: 'day', date: local.date };
  if (sameDay(local.date, written.date)) return { kind: 'day', date: local.date };
  return { kind: 'unsure', written: written.date, local: local.date };
}
