// A row's end on its own day before its start. Real exports write that for a few reasons, and only
// some leave the start sure:
// - a placeholder end at midnight (`00:00`, `12:00 AM`: an end nobody filled in): the start goes;
// - an end on a 12-hour clock that lost its PM (`12:30` to `1:00`, `11:30` to `1:15`: a visit that
//   crosses noon, as hand-typed ends are written): the start, before or at noon, goes;
// - an overnight visit (a sleep study `21:00` to `06:00`, `8:00 PM` to `6:00 AM`): the start, in
//   the afternoon or evening as written, goes;
// - anything else (`10:30` to `10:00`: a swapped pair, a start moved without its end; `10:00` to
//   `1:00 AM`: a visit through the night only if the start lost its PM) leaves the start in doubt:
//   a row error, never sent as written.
import { formatClock, type TimeOfDay } from './parse-time.ts';

const HOUR = 60;
/** The longest visit a lost PM on the end is read as (a morning list's visit across noon). */
const LOST_PM_LONGEST = 6 * HOUR;
/** The longest visit read as overnight (a sleep study, 19:00 to 07:00, is twelve hours). */
const OVERNIGHT_LONGEST = 14 * HOUR;

const minutesOf = (t: Pick<TimeOfDay, 'hour' | 'minute'>): number => t.hour * HOUR + t.minute;

/**
 * Why a row whose end (`end`, as read, `meridiem` if AM/PM was written) falls before its start
 * (`start`, the local clock as read) on the same day cannot go as written; undefined when the
 * end is after the start or one of the causes above leaves the start sure.
 */
export function endBeforeStartProblem(
  start: Pick<TimeOfDay, 'hour' | 'minute'>,
  end: TimeOfDay,
  meridiem: boolean,
): string | undefined {
  const s = minutesOf(start);
  const e = minutesOf(end);
  if (e >= s || (e === 0 && end.second === 0)) return undefined;
  if (endLostItsPm(start, end, meridiem)) return undefined;
  const halfDayLater = e + 12 * HOUR - s;
  // An evening start (as written: 24-hour or PM) whose end is the next morning.
  if (s >= 12 * HOUR && e + 24 * HOUR - s <= OVERNIGHT_LONGEST) return undefined;
  const from = formatClock(start);
  const to = formatClock(end);
  // A morning start whose end, written with AM, fits it only as an evening one (`10:00` to
  // `1:00 AM`): its AM/PM is in doubt.
  return meridiem && s < 12 * HOUR && halfDayLater > 0 && halfDayLater <= OVERNIGHT_LONGEST
    ? `ends at ${to}, before its start ${from}: the visit fits only if it starts at ${formatClock({ hour: start.hour + 12, minute: start.minute })} and ends the next morning, so the start's AM/PM is in doubt`
    : swappedProblem(from, to);
}

/** `1:00` after `12:30`: an end before its start that is the end's afternoon hour written without
 *  its PM (a morning list's visit across noon). */
export function endLostItsPm(
  start: Pick<TimeOfDay, 'hour' | 'minute'>,
  end: Pick<TimeOfDay, 'hour' | 'minute'>,
  meridiem: boolean,
): boolean {
  const s = minutesOf(start);
  const halfDayLater = minutesOf(end) + 12 * HOUR - s;
  return (
    !meridiem &&
    minutesOf(end) < s &&
    end.hour >= 1 &&
    s < 13 * HOUR &&
    halfDayLater > 0 &&
    halfDayLater <= LOST_PM_LONGEST
  );
}

/** An end (`to`, as the clock shows it) before its start (`from`) that no cause above explains. */
export const swappedProblem = (from: string, to: string): string =>
  `ends at ${to}, before its start ${from}: the start and end may be swapped, or one of them is wrong`;
