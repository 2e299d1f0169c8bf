// A visit whose start and end are more than twelve hours apart on one day's clock: `10:00 PM` to
// `10:30 AM`, `1:30 AM` to `2:00 PM`, or the same clocks on a 24-hour export or in workbook time
// cells (`22:00` to `10:30`: the AM/PM slipped where it was typed, in the scheduler, whatever clock
// the export then writes). Read as written it is a visit of half a day or more (through the night,
// or from the small hours to the afternoon); read with one AM/PM slipped (the start's or the
// end's) the same clocks are a visit of under two hours, which is what a clinic books. A person
// could not say which of the two was typed wrong, and the start is one of them: a row error, never
// sent at a start that may be twelve hours off. The longest real overnight visit, a sleep study
// from 19:00 to 07:00, is twelve hours and goes (end-before-start.ts); an end of `12:00 AM` is a
// placeholder nobody filled in, not a time, and an end without AM/PM just before a morning start
// is its afternoon hour (`11:30` to `1:15`: end-before-start.ts). A forward span of more than half
// a day from the small hours (`1:00 AM` to `4:00 PM`) is no visit either, whatever the slipped
// reading's length: an infusion day (7 AM to 7 PM) starts with the working day.
import { endLostItsPm } from './end-before-start.ts';

const HOUR = 60;
const HALF_DAY = 12 * HOUR;
/** The longest visit the slipped reading is taken for: longer, the clocks are no slip of one AM/PM
 *  (an end before the start by more is a swapped pair: end-before-start.ts). */
const SLIPPED_LONGEST = 2 * HOUR;
/** Starts before this are the small hours, when no clinic begins a day-long visit. */
const SMALL_HOURS_END = 6 * HOUR;

/**
 * Why a visit from `start` to `end` (both the local clock as read; the end is on the start's day
 * or, when earlier on the clock, the next morning; `meridiem`: the end carried AM/PM) cannot go as
 * written; undefined when the span is half a day or less, or no short visit with one AM/PM slipped.
 */
export function halfDaySlipProblem(
  start: { hour: number; minute: number },
  end: { hour: number; minute: number; second: number },
  meridiem: boolean,
): string | undefined {
  if (endLostItsPm(start, end, meridiem)) return undefined;
  const s = start.hour * HOUR + start.minute;
  const e = end.hour * HOUR + end.minute;
  if (e === 0 && end.second === 0) return undefined;
  const span = e >= s ? e - s : e + 2 * HALF_DAY - s;
  if (span <= HALF_DAY) return undefined;
  const clock = (m: number): string => {
    const h = Math.floor(m / HOUR) % 24;
    return `${h % 12 || 12}:${String(m % HOUR).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
  };
  // From the small hours past half a day (`1:00 AM` to `4:00 PM`): no visit a clinic books, and
  // the afternoon visit with the start's PM lost is as long as any (3 h). Midnight is left to the
  // checks of a start with no time (a placeholder, never read as a clock here).
  if (e > s && s > 0 && s < SMALL_HOURS_END)
    return (
      `runs from ${clock(s)} to ${clock(e)}, ${Math.floor(span / HOUR)} h ${span % HOUR} min from the small hours: ` +
      `no visit lasts so long, and with its PM lost the start is ${clock(s + HALF_DAY)}, so the start's AM/PM is in doubt`
    );
  if (span - HALF_DAY > SLIPPED_LONGEST) return undefined;
  const other = (s + HALF_DAY) % (2 * HALF_DAY);
  return (
    `runs from ${clock(s)} to ${clock(e)}, ${Math.floor(span / HOUR)} h ${span % HOUR} min: with one AM/PM ` +
    `slipped it is a ${span - HALF_DAY}-minute visit (from ${clock(other)}, or to ${clock((e + HALF_DAY) % (2 * HALF_DAY))}), so the start's AM/PM is in doubt`
  );
}
