// Times as a spreadsheet stores them, written out when a cell is formatted as General (or a
// database query reads the cell's value): Excel keeps a time as the fraction of a day that has
// passed (`0.375` = 09:00, `0.395833333333333` = 09:30, fifteen significant digits; Microsoft's
// "How Excel stores dates and times"). Under a start-time header, a column of such fractions can
// be read one way only: no clock, duration or count of hours starts a visit at 00:22 (0.375 of an
// hour). Midnight (`0`) is no sure time and is never read so.
import type { TimeOfDay } from './parse-time.ts';

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
