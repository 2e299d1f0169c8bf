// Date-times written on a schedule's slots: a bare `Date` (Luma Health's `date`), or the visit's
// date by a billing report's name (SimplePractice's `Date of Service`), holding a clock time in
// every cell. Such a header alone is asked about (header-meaning.ts: it may be a record's stamp,
// when an entry was made or a message sent), but the values tell them apart: a stamp is the moment
// a person or a program acted, so its minutes fall anywhere and its seconds are written and
// non-zero (Luma's `lastReminderSentAt` = 19:00:12); a start is booked on the book's grid, whole
// minutes on five-minute marks (9:00, 10:30, 4:15 PM), seconds zero where written. Several
// different clock times are needed: a batch's stamps can all be one round moment (02:00:00).
// Midnight is no slot: a date written with 00:00 is a day, not a start (untimed-midnights.ts).
import { parseDateTime } from './parse-date-time.ts';

/** Fewest different slot times that prove a grid (one chance in 125 for three stamps of a person's
 *  minutes to fall on five-minute marks, with written seconds far less). */
const FEWEST_SLOTS = 3;

/** The clock time of `value` as minutes and seconds, when it is a date with a time. */
function clockOf(
  value: string,
): { midnight: boolean; of: number; minute: number; second: number } | undefined {
  const r = parseDateTime(value, { order: 'MDY' });
  const p = r.ok ? r : parseDateTime(value, { order: 'DMY' });
  if (!p.ok) return undefined;
  if (p.kind === 'instant') {
    // UTC offsets run in quarter hours, so a local five-minute mark is one in UTC too.
    const t = p.instant;
    // 00:00Z is a start in the afternoon west of Greenwich; only a day written as midnight with
    // its offset is a date without a time.
    return {
      midnight: p.midnightOf !== undefined,
      of: t.getUTCHours() * 60 + t.getUTCMinutes(),
      minute: t.getUTCMinutes(),
      second: t.getUTCSeconds() + t.getUTCMilliseconds(),
    };
  }
  if (p.dateOnly) return undefined;
  return {
    midnight: p.time.hour === 0 && p.time.minute === 0,
    of: p.time.hour * 60 + p.time.minute,
    minute: p.time.minute,
    second: p.time.second + p.time.millisecond,
  };
}

/** Whether every non-empty value is a date with a clock time on a schedule's five-minute grid,
 *  with at least FEWEST_SLOTS different times of day and none at midnight. */
export function slotClocks(values: readonly string[]): boolean {
  const times = new Set<number>();
  for (const v of values) {
    if (!v.trim()) continue;
    const c = clockOf(v);
    if (!c || c.second !== 0 || c.minute % 5 !== 0 || c.midnight) return false;
    times.add(c.of);
  }
  return times.size >= FEWEST_SLOTS;
}
