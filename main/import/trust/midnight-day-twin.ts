// The appointment's day written as a database timestamp at midnight beside the start's date and
// time: SequelMed's FutureAppointments.csv writes `appointment_date` as `11/3/2014 00:00:00` and
// `from_time` as `11/3/2014 13:30:00` (github.com/kdtop/TMGLIB, TMGSEQL6.m), as SQL Server and
// Oracle extracts write a DATE or DATETIME column that holds a day. Two date-time columns are
// otherwise a close call the person is asked about; these two say one thing when, on every row,
// the rival is the chosen column's own day at exactly midnight and the chosen column carries a
// time of day on some row. Then the chosen column is the start, and the file is not held for the
// pair. The other way round (the midnight column chosen) is still asked; so is a pair whose days
// differ on one row (a booking date, a referral date), or whose midnight column has another time.
import type { DateOrder } from '../map/parse-date.ts';
import { parseDateTime } from '../map/parse-date-time.ts';

export interface MidnightDayColumns {
  /** The column taken as the start's date and time, row by row (the whole file). */
  chosen: readonly string[];
  /** The rival date-time column, row by row. */
  rival: readonly string[];
  dateOrder: DateOrder;
}

const sameDay = (
  a: { year: number; month: number; day: number },
  b: { year: number; month: number; day: number },
): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

/** Whether the rival is only the chosen start's day, written at midnight on every row (above). */
export function midnightDayTwin(t: MidnightDayColumns): boolean {
  const opts = { order: t.dateOrder, twoDigitYear: 'appointment' as const };
  let timed = 0;
  for (let i = 0; i < Math.max(t.chosen.length, t.rival.length); i++) {
    const c = (t.chosen[i] ?? '').trim();
    const r = (t.rival[i] ?? '').trim();
    if (!c && !r) continue;
    if (!c || !r) return false;
    const cp = parseDateTime(c, opts);
    const rp = parseDateTime(r, opts);
    if (!cp.ok || cp.kind !== 'local' || cp.dateOnly || cp.zone) return false;
    // The midnight must be written (`00:00:00`, `12:00 AM`): a date alone is another question's.
    if (!rp.ok || rp.kind !== 'local' || rp.dateOnly || rp.zone) return false;
    const t0 = rp.time;
    if (t0.hour !== 0 || t0.minute !== 0 || t0.second !== 0) return false;
    if (!sameDay(cp.date, rp.date)) return false;
    if (cp.time.hour !== 0 || cp.time.minute !== 0 || cp.time.second !== 0) timed++;
  }
  return timed > 0;
}
