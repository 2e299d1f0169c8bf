// A wall-clock start on the night the practice's clocks change. Where they spring forward an hour
// of times does not exist (`2027-03-14 02:30` in New York: the clocks go from 2:00 to 3:00), and
// where they fall back an hour happens twice (`2027-11-07 01:30`: first on summer time, then an
// hour later on standard time). Without a UTC offset nothing in the row says which instant was
// meant, so the row is an error rather than shifted to 03:30 or pinned to one of the two 01:30s.
import { formatDate, type CalendarDate } from './parse-date.ts';
import type { TimeOfDay } from './parse-time.ts';
import type { ZonedResult } from './zoned-time.ts';

export interface ClockChangeProblem {
  reason: string;
  hint: string;
}

const clock = (t: TimeOfDay): string =>
  `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

/** Why a start read on the practice's clock cannot be sent as one instant, or undefined. */
export function clockChangeProblem(
  adjusted: ZonedResult['adjusted'],
  zone: string,
  date: CalendarDate,
  time: TimeOfDay,
): ClockChangeProblem | undefined {
  if (!adjusted) return undefined;
  const at = `${formatDate(date)} ${clock(time)}`;
  return adjusted === 'gap'
    ? {
        reason: `is a time that does not exist in ${zone}: the clocks skip ${at} as daylight saving time begins, so it is no instant to send`,
        hint: 'Correct the time in the scheduling software (the appointment is before or after the clock change) and export again',
      }
    : {
        reason: `happens twice in ${zone}: the clocks go back over ${at} as daylight saving time ends, and nothing in the row says whether the first or the second is meant`,
        hint: 'Export the start with its UTC offset (e.g. 2027-11-07T01:30:00-04:00 for the first), or correct the time in the scheduling software',
      };
}
