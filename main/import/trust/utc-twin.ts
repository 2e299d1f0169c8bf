// The start written twice, once on the practice's clock and once in UTC: `Start Local` beside
// `Start UTC`, `Start Time` beside `Start Time (UTC)`, `Appointment Time (Local)` beside
// `Appointment Time (UTC)` (schedulers and booking APIs write both so that each reader takes the
// one it needs). Two start columns are otherwise a close call the person is asked about; these
// two say one thing when, on every row, the UTC one is the local one read in the practice's zone.
// Then either is the start, and the file is not held for the pair. Where a row disagrees (a
// practice zone that is not the export's, a column of another event), the pair is still asked
// about: which clock is right cannot be told from the file.
import { zoneInHeader } from '../map/header-zone.ts';
import type { CalendarDate, DateOrder } from '../map/parse-date.ts';
import { parseDate } from '../map/parse-date.ts';
import { parseDateTime } from '../map/parse-date-time.ts';
import { parseTime, type TimeOfDay } from '../map/parse-time.ts';
import { wallClockToUtc } from '../map/zoned-time.ts';

/** UTC as a header names it (`Start UTC`, `(UTC)`, `StartUtc`, `Zulu`); never GMT, also what the
 *  UK calls its summer clock. */
function namesUtc(header: string): boolean {
  const z = zoneInHeader(header);
  return z === 'UTC' || z === 'Z';
}

export interface TwinColumns {
  field: 'dateTime' | 'time';
  /** The two columns' headers and their values, row by row (the whole file). */
  a: { header: string; values: readonly string[] };
  b: { header: string; values: readonly string[] };
  /** For two time columns: the appointment date of each row, as written. */
  dates?: readonly string[];
  timeZone: string;
  dateOrder: DateOrder;
}

const DAY_MINUTES = 24 * 60;

/** Whether the two columns are one start on two clocks, agreeing on every row (see above). */
export function utcTwinAgrees(t: TwinColumns): boolean {
  const [utc, local] = namesUtc(t.a.header) ? [t.a, t.b] : [t.b, t.a];
  if (!namesUtc(utc.header) || zoneInHeader(local.header) !== undefined) return false;
  const opts = { order: t.dateOrder, twoDigitYear: 'appointment' as const };
  let compared = 0;
  for (let i = 0; i < Math.max(utc.values.length, local.values.length); i++) {
    const u = (utc.values[i] ?? '').trim();
    const l = (local.values[i] ?? '').trim();
    if (!u && !l) continue;
    if (!u || !l) return false;
    if (t.field === 'dateTime') {
      const lp = parseDateTime(l, opts);
      const up = parseDateTime(u, opts);
      if (!lp.ok || lp.kind !== 'local' || lp.dateOnly || lp.zone) return false;
      if (!up.ok || (up.kind === 'instant' ? up.offset : up.dateOnly || up.zone)) return false;
      const utcInstant = up.kind === 'instant' ? up.instant : wallClockToUtc(up.date, up.time, 'UTC').instant;
      if (wallClockToUtc(lp.date, lp.time, t.timeZone).instant.getTime() !== utcInstant.getTime())
        return false;
    } else {
      const d = parseDate((t.dates?.[i] ?? '').trim(), opts);
      const lt = parseTime(l, { compact: true });
      const ut = parseTime(u, { compact: true });
      if (!d.ok || !lt.ok || !ut.ok || lt.zone || lt.offset || ut.offset) return false;
      if (ut.zone && !/^(?:UTC|Z)$/i.test(ut.zone)) return false;
      if (!sameTimeOfDay(d.date, lt.time, ut.time, t.timeZone)) return false;
    }
    compared++;
  }
  return compared > 0;
}

/** The local clock on its date, converted, shows the UTC clock (the UTC day may be the next or
 *  the day before: only the time of day is written). */
function sameTimeOfDay(date: CalendarDate, local: TimeOfDay, utc: TimeOfDay, zone: string): boolean {
  const minutes = Math.floor(wallClockToUtc(date, local, zone).instant.getTime() / 60_000);
  const want = utc.hour * 60 + utc.minute;
  return utc.second === local.second && ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES === want;
}
