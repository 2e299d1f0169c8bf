// A wall-clock start on the night the practice's clocks change. Where they spring forward an hour
// of times does not exist (`2027-03-14 02:30` in New York: the clocks go from 2:00 to 3:00), and
// where they fall back an hour happens twice (`2027-11-07 01:30`: first on summer time, then an
// hour later on standard time). Without a UTC offset nothing in the row says which instant was
// meant, so the row is an error rather than shifted to 03:30 or pinned to one of the two 01:30s.
// A zone of one offset written after the time says which (`01:30 EST` is the second, and so is
// Oracle's `01:30 AMERICA/NEW_YORK EST`).
import { formatDate, type CalendarDate } from './parse-date.ts';
import { formatClock, type TimeOfDay } from './parse-time.ts';
import { zoneAbbreviationOffsets } from './zone-abbreviation.ts';
import { zoneAfterTime } from './written-zone.ts';
import { wallClockToUtc, zoneOffsetMs, type ZonedResult } from './zoned-time.ts';

export interface ClockChangeProblem {
  reason: string;
  hint: string;
}

/** `-04:00` for an offset of -4 h in milliseconds. */
function offsetText(ms: number): string {
  const m = Math.abs(ms) / 60_000;
  return `${ms < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Why a start read on the practice's clock cannot be sent as one instant, or undefined. */
export function clockChangeProblem(
  read: ZonedResult,
  zone: string,
  date: CalendarDate,
  time: TimeOfDay,
): ClockChangeProblem | undefined {
  if (!read.adjusted) return undefined;
  const at = `${formatDate(date)} ${formatClock(time)}`;
  // The first of the two is the instant read; the second is on the offset three hours later.
  const first = read.instant.getTime();
  const offsets = [first, first + 3 * 3_600_000].map((ms) => offsetText(zoneOffsetMs(zone, ms)));
  const stamp = `${formatDate(date)}T${formatClock(time)}:00`;
  return read.adjusted === 'gap'
    ? {
        reason: `is a time that does not exist in ${zone}: the clocks skip ${at} as daylight saving time begins, so it is no instant to send`,
        hint: 'Correct the time in the scheduling software (the appointment is before or after the clock change) and export again',
      }
    : {
        reason: `happens twice in ${zone}: the clocks go back over ${at} as daylight saving time ends, and nothing in the row says whether the first or the second is meant`,
        hint: `Export the start with its UTC offset (${stamp}${offsets[0]} for the first, ${stamp}${offsets[1]} for the second), or correct the time in the scheduling software`,
      };
}

/** The one instant of a repeated wall-clock time that `written` (`EDT`, `UTC-05:00`) names, when
 *  it names one offset the zone keeps at that instant; undefined otherwise. An abbreviation with
 *  readings elsewhere in the world (`CST` is US Central and China, `BST` British summer time and
 *  Bangladesh, `IST`, `AST`) names the one of them the zone keeps at one of the two instants: only
 *  US Central keeps -06:00 on a Chicago night, so `01:30 CST` there is the second. */
export function overlapByWrittenZone(
  date: CalendarDate,
  time: TimeOfDay,
  written: string | undefined,
  zone: string,
): Date | undefined {
  const region = written ? zoneAfterTime(written) : undefined;
  const abbr = region && 'stated' in region ? region.stated : written;
  const offsets = abbr ? zoneAbbreviationOffsets(abbr) : undefined;
  if (!offsets) return undefined;
  // The wall clock read on UTC's, which has no clock change, is its own number.
  const wall = wallClockToUtc(date, time, 'UTC').instant.getTime();
  const kept = offsets
    .map((offset) => wall - offset * 60_000)
    .filter((instant, i) => zoneOffsetMs(zone, instant) === offsets[i]! * 60_000);
  // A generic name (`CT`: both of the zone's offsets) fits both instants and names neither.
  return kept.length === 1 ? new Date(kept[0]!) : undefined;
}
