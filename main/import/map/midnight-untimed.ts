// The practice's answer to the `midnight` question (trust/file-audit.ts) that midnight in its start
// column means "no time was saved" (MappingProfile.midnightUntimed): a report that prints a walk-in
// or a visit booked without a time as `12:00 AM` (or `00:00`). Such a row is a row error, never an
// appointment at midnight; the file's other rows go. Applied to the column answered for only, and
// only where the file itself shows a day's schedule (trust/untimed-midnights.ts): a later file with
// starts at night (a sleep lab's 23:00 and 01:00) or whose only time is midnight is asked again.
import type { TimeOfDay } from './parse-time.ts';

/** Exactly midnight (00:00:00), the time a program writes for a visit saved without one. */
export const isMidnight = (t: TimeOfDay): boolean => t.hour === 0 && t.minute === 0 && t.second === 0;

/** A start at night: 20:00 to 04:59, other than midnight itself. A file with one such start keeps
 *  people at night (a sleep lab, an overnight unit, a 24-hour clinic), where a start at midnight
 *  may well be real: "midnight means no time" is not taken for it. The window is wide on purpose:
 *  asking again (a false hold) costs a question; a real midnight visit left out costs a patient. */
export const isNightStart = (t: TimeOfDay): boolean => !isMidnight(t) && (t.hour >= 20 || t.hour < 5);
