// The practice's answer to the twelve-hour question (trust/start-clock.ts): which hours its start
// column writes without AM/PM are after noon (MappingProfile.afterNoon, `1` to `6`: 1:00 to 6:59
// are 1 PM to 6:59 PM, 7:00 to 11:59 are the morning's). An afternoon clinic's `1:00`, an evening
// clinic's `5:30`, a sleep lab's `8:30` go after noon only so. Applied to the column answered for
// and to a start without AM/PM only: `2:00 PM`, `13:00` and `12:30` are read as written, and an
// hour before the range (`4:30` where 5 to 7 were answered) is not covered: the file is asked again.
import { normalizeHeader } from './resolve-columns.ts';
import type { TimeOfDay } from './parse-time.ts';
import type { MappingProfile } from './profile.ts';

/** How the answer reads one start: moved after noon, kept before noon, or not covered. */
export type AfterNoonReading = 'after-noon' | 'before-noon' | 'not-covered';

export interface AfterNoonAnswer {
  from: number;
  to: number;
  /** The first hour read before noon (MappingProfile.afterNoon.morning). */
  morning?: number;
  reading: AfterNoonReading;
}

/** The answer's reading of a start written without AM/PM, per file (the column decided once);
 *  undefined where the answer is not for this start column or says nothing of `time`. */
export type AfterNoonReader = (time: TimeOfDay) => AfterNoonAnswer | undefined;

export function afterNoonReader(
  answer: MappingProfile['afterNoon'],
  startHeader: string | undefined,
): AfterNoonReader | undefined {
  if (!answer || startHeader === undefined) return undefined;
  if (normalizeHeader(answer.column) !== normalizeHeader(startHeader)) return undefined;
  const { from, to } = answer;
  const morning = answer.morning ?? to + 1;
  // One object per reading, made once per file: the per-row path allocates nothing.
  const as = (reading: AfterNoonReading): AfterNoonAnswer => ({ from, to, morning, reading });
  const after = as('after-noon');
  const before = as('before-noon');
  const notCovered = as('not-covered');
  return (time) => {
    const h = time.hour;
    // 0:xx, 12:xx and 13:00 on are the same on either clock (12:30 is noon's).
    if (h < 1 || h > 11) return undefined;
    return h < from ? notCovered : h <= to ? after : h < morning ? notCovered : before;
  };
}

/** Where the morning begins for an answer `to` given on a file whose starts without AM/PM were at
 *  the hours `shown` (Doubt.plainHours): after `to` when the file showed a later hour before 7 that
 *  the person left out of the range (a lab's `5:45` kept before noon, 1 to 4 after noon), else at
 *  7, the question's own morning. The review fills the range in from the file's own hours, so 1 to
 *  3 answered on a file of `1:30` and `3:15` says nothing of a later `4:30` or `6:30` (an evening
 *  clinic's or an early draw's): read before noon, they went at night or at dawn. */
export function answeredMorning(
  to: number,
  shown: { from: number; to: number; night?: number } | undefined,
): number {
  if (shown?.night !== undefined && shown.night > to) return to + 1;
  return Math.max(to + 1, 7);
}

/** Whether `from`–`to` is an answer's range: hours 1 to 11 (12:xx and 13:00 on read the same on
 *  either clock), the first not after the last (6 to 1 says nothing). One rule for the review's
 *  argument guard, the command line and the profile check. */
export function isAfterNoonRange(from: unknown, to: unknown): boolean {
  const hour = (h: unknown): h is number => Number.isInteger(h) && (h as number) >= 1 && (h as number) <= 11;
  return hour(from) && hour(to) && from <= to;
}

/** `time` twelve hours later (1:30 → 13:30). */
export const afterNoon = (time: TimeOfDay): TimeOfDay => ({ ...time, hour: time.hour + 12 });

/** The answer in words: `1:00 to 6:59 after noon`. */
export const afterNoonWords = (a: { from: number; to: number }): string =>
  `${a.from}:00 to ${a.to}:59 after noon`;
