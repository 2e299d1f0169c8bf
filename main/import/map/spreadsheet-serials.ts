// Times as a spreadsheet stores them, written out when a cell is formatted as General (or a
// database query reads the cell's value): Excel keeps a time as the fraction of a day that has
// passed (`0.375` = 09:00, `0.395833333333333` = 09:30, fifteen significant digits; Microsoft's
// "How Excel stores dates and times"). Under a start-time header, a column of such fractions can
// be read one way only: no clock, duration or count of hours starts a visit at 00:22 (0.375 of an
// hour). Midnight (`0`) is no sure time and is never read so; nor is a fraction below 05:00 in a
// time column (startFraction): `0.0208333333333333` there is as likely a length of 30 minutes.
import { formatClock, type TimeOfDay } from './parse-time.ts';

const FRACTION = /^0?\.\d{1,17}$/;
/** Excel's fifteen digits put 09:30 at 569.99999999999952 minutes: a whole minute within this. */
const MINUTE_SLACK = 1e-6;

/** The time of day a fraction of a day (`0.375`) stands for, to the minute, or undefined. */
export function dayFraction(raw: string): TimeOfDay | undefined {
  const t = raw.trim();
  if (!FRACTION.test(t)) return undefined;
  const minutes = Number(t) * 1440;
  const whole = Math.round(minutes);
  if (whole === 0 || Math.abs(minutes - whole) > MINUTE_SLACK) return undefined;
  return { hour: Math.floor(whole / 60), minute: whole % 60, second: 0, millisecond: 0 };
}

/** A start time in a column of day fractions: 05:00 or later (a smaller one may be a length). */
export function startFraction(raw: string): TimeOfDay | undefined {
  const t = dayFraction(raw);
  return t && t.hour >= 5 ? t : undefined;
}

// A date as a spreadsheet stores it: the days since 1899-12-30 (Excel's 1900 date system, `46448`
// = 2027-03-02), a time after the point (`46448.375` = 09:00 that day). Excel for the Mac once
// counted from 1904-01-01 instead (the 1904 date system: the same number is 1,462 days, four
// years, later). An appointment's day settles which: read in the 1900 system, no earlier than a
// year ago and no later than the year after next, the 1904 reading lies beyond any booking
// (row-start.ts's far-start rule); a number outside that window could be either and is not read.
const SERIAL = /^(\d{5})(\.\d{1,17})?$/;
const DAY_MS = 86_400_000;
const DAY_ZERO_1900 = Date.UTC(1899, 11, 30);

/** A spreadsheet day number as the text of its date (and time): `46448.375` → `2027-03-02 09:00`. */
export function serialDayText(raw: string, now: Date): { text: string } | { reason: string } | undefined {
  const m = SERIAL.exec(raw.trim());
  if (!m) return undefined;
  let time: TimeOfDay | undefined;
  if (m[2] !== undefined && Number(m[2]) !== 0) {
    time = dayFraction(m[2]);
    if (!time)
      return { reason: 'not a spreadsheet date and time: the time after the point is not a whole minute' };
  }
  const ms = DAY_ZERO_1900 + Number(m[1]) * DAY_MS;
  const earliest = Math.floor(now.getTime() / DAY_MS - 365) * DAY_MS;
  const latest = Date.UTC(now.getUTCFullYear() + 3, 0, 1);
  const day = new Date(ms).toISOString().slice(0, 10);
  if (ms < earliest || ms >= latest)
    return {
      reason: `is a spreadsheet day number: ${day} in Excel's 1900 date system, four years later in its 1904 one, and a booking that far from today settles neither`,
    };
  const clock = time ? ` ${formatClock(time)}` : '';
  return { text: `${day}${clock}` };
}

/** Whether a value is a spreadsheet day number that reads as an appointment's day (see above). */
export function isAppointmentSerial(raw: string, now: Date): boolean {
  const r = serialDayText(raw, now);
  return r !== undefined && 'text' in r;
}
