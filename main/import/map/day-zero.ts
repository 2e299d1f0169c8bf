// A time of day kept in a date-time field: the date part is the calendar's day zero. Access and
// OLE Automation (VB, .NET's FromOADate, ODBC drivers) store a time-only value on 1899-12-30
// (Microsoft KB Q125849), so Access's "Export XML" writes `1899-12-30T09:00:00` and a .NET or ODBC
// CSV `12/30/1899 9:00:00 AM`; Apache POI reads Excel's day zero as 1899-12-31, and Excel itself
// shows it as `1/0/1900 9:00`. SQL Server's `time` cast to `datetime` lands on its own day zero,
// 1900-01-01 (`1900-01-01 09:30:00.000`, `1/1/1900 9:30:00`). No appointment is booked in 1899 or
// on New Year's Day 1900: such a value is a time. At midnight it is no sure time (a birth or
// cancellation date written as 1899-12-30 or 1900-01-01 is a database's "none"), so those are left
// to the date readers and their placeholder checks.
import { parseTime, type TimeParse } from './parse-time.ts';

/** Day zero as written: ISO, month first, day first; `/`, `-` or `.` between the parts (1/0/1900
 *  and 0/1/1900 are Excel's; 1/1/1900 reads the same either order). */
const DAY_ZERO =
  /^(?:1899([-/.])12\1(?:30|31)|1900([-/.])0?1\2(?:0?[01])|12([-/.])3[01]\3(?:1899)|3[01]([-/.])12\4(?:1899)|0?1([-/.])0?[01]\5(?:1900)|0?0([-/.])0?1\6(?:1900))$/;
/** The date part, then `T` or spaces, then the rest (the time). */
const DATE_THEN_TIME = /^(\S+?)(?:T|\s+)(\d.*)$/;

/** The time of a date-time written on day zero, or undefined when the date is another day. */
export function timeOnDayZero(raw: string): TimeParse | undefined {
  const m = DATE_THEN_TIME.exec(raw.trim());
  if (!m || !DAY_ZERO.test(m[1]!)) return undefined;
  return parseTime(m[2]!);
}

/** A time of day (not midnight) written on day zero: what a time-only column holds. */
export function isTimeOnDayZero(raw: string): boolean {
  const t = timeOnDayZero(raw);
  return !!t?.ok && t.time.hour + t.time.minute + t.time.second > 0;
}
