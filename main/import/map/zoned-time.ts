// Wall-clock time in the practice's IANA zone → UTC instant, with Intl only (no time-zone
// library): the zone's offset at an instant is read back from Intl.DateTimeFormat.
//
// Daylight-saving rules, chosen to match what calendar programs do:
// - GAP (the clock jumps, e.g. 2026-03-08 02:30 in America/New_York never happens): the time is
//   shifted forward by the length of the gap (02:30 → 03:30 EDT), i.e. read with the offset in
//   force just BEFORE the jump.
// - OVERLAP (the clock falls back, e.g. 2026-11-01 01:30 in New York happens twice): the EARLIER
//   occurrence is taken (01:30 EDT = 05:30Z), like most calendars do.
import type { CalendarDate } from './parse-date.ts';
import type { TimeOfDay } from './parse-time.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, number>();
const BUCKET_MS = 15 * 60_000; // zone transitions happen on quarter-hour boundaries
const DAY_MS = 86_400_000;

/** True when Intl knows this IANA zone name. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset of `zone` from UTC at instant `utcMs`, in milliseconds (New York in winter: -5 h). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const bucket = Math.floor(utcMs / BUCKET_MS);
  const key = `${zone}|${bucket}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  const at = bucket * BUCKET_MS;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(at))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const asUtc = Date.UTC(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offset = asUtc - at;
  if (offsetCache.size > 50_000) offsetCache.clear(); // bounded: a 1,000,000-row file spans few days
  offsetCache.set(key, offset);
  return offset;
}

export interface ZonedResult {
  instant: Date;
  /** 'gap': the wall clock did not exist and was shifted forward; 'overlap': it existed twice
   *  and the earlier occurrence was taken. */
  adjusted?: 'gap' | 'overlap';
}

const HOUR_MS = 3_600_000;
/** zone → local hour (wall clock read as UTC, / 1 h) → the offset of every time in that hour,
 *  for hours with no transition near them only. */
const plainHours = new Map<string, Map<number, number>>();

/**
 * The offset that holds for every wall-clock time of local hour `hour` in `zone`, or undefined
 * when a transition is near. A file's rows fall into few hours (a 200,000-row file: ~300), so
 * this replaces four offset look-ups per row with one Map hit. Sound under the assumption the
 * exact path below already makes (at most one transition within two days): when the offsets a
 * day before the hour's start and a day after its end agree, no transition lies in between, so
 * for every time in the hour the exact path's `before` and `after` are that offset and its answer
 * is `local - offset` with no adjustment. Any other hour goes through the exact path.
 */
function plainHourOffset(zone: string, hour: number): number | undefined {
  let hours = plainHours.get(zone);
  if (!hours) plainHours.set(zone, (hours = new Map()));
  const hit = hours.get(hour);
  if (hit !== undefined) return hit;
  const start = hour * HOUR_MS;
  const before = zoneOffsetMs(zone, start - DAY_MS);
  if (zoneOffsetMs(zone, start + HOUR_MS + DAY_MS) !== before) return undefined;
  if (hours.size > 50_000) hours.clear(); // bounded, like offsetCache
  hours.set(hour, before);
  return before;
}

/** Convert a wall-clock date and time in `zone` to the UTC instant it denotes (rules above). */
export function wallClockToUtc(date: CalendarDate, time: TimeOfDay, zone: string): ZonedResult {
  const local = Date.UTC(
    date.year,
    date.month - 1,
    date.day,
    time.hour,
    time.minute,
    time.second,
    time.millisecond,
  );
  const plain = plainHourOffset(zone, Math.floor(local / HOUR_MS));
  if (plain !== undefined) return { instant: new Date(local - plain) };
  // The offsets in force a day before and a day after bracket any transition near this time.
  const before = zoneOffsetMs(zone, local - DAY_MS);
  const after = zoneOffsetMs(zone, local + DAY_MS);
  // Without allocating (this runs once per row): check each bracketing offset.
  const u1 = local - before;
  const ok1 = zoneOffsetMs(zone, u1) === before;
  const u2 = local - after;
  const ok2 = after !== before && zoneOffsetMs(zone, u2) === after;
  if (!ok1 && !ok2) {
    // Gap: read with the pre-transition offset, which lands after the jump by exactly the gap.
    return { instant: new Date(u1), adjusted: 'gap' };
  }
  if (ok1 && ok2) return { instant: new Date(Math.min(u1, u2)), adjusted: 'overlap' };
  return { instant: new Date(ok1 ? u1 : u2) };
}
