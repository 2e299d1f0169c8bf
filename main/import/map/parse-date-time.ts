// One field holding a date and a time, in either order and with any spacing
// (`9:00 AM   1/15/2025` from Open Dental, `2026-12-14 08:00:00`, `15.01.2026 14:30`,
// `Tuesday, December 8, 2026 at 9:00 AM`, `12/08/2026 2:00 PM - 2:50 PM EST`), or an ISO-8601
// timestamp with `Z` or an offset (Cliniko), or any date and time followed by a UTC offset
// (`3/2/2027 9:00:00 AM -05:00`, .NET's DateTimeOffset), which is an instant already and is never
// re-interpreted in the practice's zone. Database stamps (DB2's, compact digits, .NET's JSON
// date) are read by database-stamps.ts. Every date and time form of parse-date.ts and
// parse-time.ts is accepted on its side of the cell.
import { jsonDate, rewriteStamp } from './database-stamps.ts';
import {
  looksLikeDate,
  parseDate,
  type CalendarDate,
  type DateParse,
  type DateParseOptions,
} from './parse-date.ts';
import {
  MIDNIGHT,
  offsetMinutes,
  parseTime,
  startsLikeTime,
  type TimeOfDay,
  type TimeParse,
  type TimeParseOptions,
} from './parse-time.ts';

export type DateTimeParse =
  | {
      ok: true;
      kind: 'instant';
      instant: Date;
      /** The UTC offset as written (`-05:00`), when it is not Z or zero. */
      offset?: string;
      /** The calendar date as written, when the time written is exactly 00:00:00: how a program
       *  writes a date with no time (.NET's DataSet, JSON APIs), not a start at midnight. */
      midnightOf?: CalendarDate;
    }
  | {
      ok: true;
      kind: 'local';
      date: CalendarDate;
      time: TimeOfDay;
      dateOnly: boolean;
      /** End of a time range written in the cell (`2:00 PM - 2:50 PM`). */
      end?: TimeOfDay;
      /** Zone abbreviation written after the time (`EST`): check it with zoneAbbreviationAgrees. */
      zone?: string;
      /** AM or PM was written with the time. */
      meridiem?: true;
    }
  | { ok: false; reason: string };

export type DateTimeParseOptions = DateParseOptions & TimeParseOptions;

// A year-first stamp ending `UTC` is the same instant as one ending `Z`: Ruby's Time#to_s (every
// Rails app's CSV: `2027-03-11 17:00:00 UTC`) and Go's time.String (`2027-03-11 17:00:00 +0000
// UTC`) write UTC so. Only this machine shape: a `UTC` after a typed or US-style time
// (`3/11/2027 5:00 PM UTC`) stays a written zone, checked and held (row-start.ts).
const ISO_ZONED =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(Z|UTC|[+-]00:?00\s+UTC|[+-]\d{2}(?::?\d{2})?)$/i;

function zonedInstant(m: RegExpExecArray): DateTimeParse {
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  const s = m[6] ? +m[6] : 0;
  const ms = m[7] ? +m[7].padEnd(3, '0') : 0;
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return { ok: false, reason: 'not a real date and time' };
  }
  const z = m[8]!.toUpperCase();
  return atOffset(
    { year: y, month: mo, day: d },
    { hour: h, minute: mi, second: s, millisecond: ms },
    z === 'Z' || z.endsWith('UTC') ? '+00:00' : z,
  );
}

/** A date and time written with a UTC offset: the instant, the offset kept unless it is zero. */
export function atOffset(date: CalendarDate, time: TimeOfDay, offset: string): DateTimeParse {
  const offsetMin = offsetMinutes(offset);
  if (offsetMin === undefined) return { ok: false, reason: `not a time zone offset: ${offset}` };
  const { hour, minute, second, millisecond } = time;
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, millisecond);
  return {
    ok: true,
    kind: 'instant',
    instant: new Date(wall - offsetMin * 60_000),
    ...(offsetMin === 0 ? {} : { offset }),
    ...(hour === 0 && minute === 0 && second === 0 && millisecond === 0 ? { midnightOf: date } : {}),
  };
}

/** Words joining a date and a time: `December 8, 2026 at 9:00 AM`, `08.12.2026 um 14:30`. */
const JOINER = /^(?:at|@|um|à|a las|a la|le|on|-)\s+/i;

const MAX_WORDS = 16;

/** Keeps the more telling of two reasons: "day 30 does not exist" over a bare "not a date". */
function specific(kept: string | undefined, next: string): string {
  const generic = (r: string): boolean => r === 'not a date' || r.startsWith('not a time (');
  return kept === undefined || (generic(kept) && !generic(next)) ? next : kept;
}

function joined(part: string): string {
  return part.replace(JOINER, '').replace(/,$/, '');
}

function local(date: CalendarDate, t: Extract<TimeParse, { ok: true }>): DateTimeParse {
  if (t.offset) return atOffset(date, t.time, t.offset);
  return {
    ok: true,
    kind: 'local',
    date,
    time: t.time,
    dateOnly: false,
    ...(t.end ? { end: t.end } : {}),
    ...(t.zone ? { zone: t.zone } : {}),
    ...(t.meridiem ? { meridiem: t.meridiem } : {}),
  };
}

/** Parse a combined date-time text. A date alone is accepted as midnight (`dateOnly: true`). */
export function parseDateTime(raw: string, opts: DateTimeParseOptions): DateTimeParse {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, reason: 'the date and time are empty' };
  const json = jsonDate(text);
  if (json) return { ok: true, kind: 'instant', ...json };
  // An HL7 stamp with its offset (`20270315083000-0600`) is an instant as an ISO one is.
  const stamp = rewriteStamp(text);
  const zoned = ISO_ZONED.exec(stamp);
  if (zoned) return zonedInstant(zoned);
  // `2026-12-14T08:00:00` (no zone): split the T like a space. VA FileMan (VistA, IHS RPMS,
  // CHCS) writes its date and time with an `@` and no spaces (`MAR 15,2027@08:00`): the `@`
  // is a joiner as in `MAR 15, 2027 @ 08:00`, never part of a date or a time.
  const spaced = stamp.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ').replace(/(\d)@(\d)/, '$1 @ $2');
  const whole = parseDate(spaced, opts);
  if (whole.ok) return { ok: true, kind: 'local', date: whole.date, time: MIDNIGHT, dateOnly: true };
  // Try every cut between words, date first and time first. The reason kept is the one for the
  // side that failed while the other side read well: that is what the person has to correct.
  // Every date and every time has a digit; and no real cell runs to more words than
  // `martes, 8 de diciembre de 2026 a las 2:00 p.m. - 2:50 p.m. EST`. Free text stops here.
  const tokens = spaced.split(' ');
  if (!/\d/.test(spaced) || tokens.length > MAX_WORDS) return { ok: false, reason: whole.reason };
  let reason: string | undefined;
  let dateFailed: string | undefined;
  let shapedDate: string | undefined;
  const timeFirst = startsLikeTime(spaced);
  const note = (d: DateParse, dateText: string, t: TimeParse): void => {
    if (d.ok && !t.ok) reason = specific(reason, t.reason);
    if (!d.ok && t.ok) dateFailed = specific(dateFailed, d.reason);
    if (!d.ok && looksLikeDate(dateText)) shapedDate ??= d.reason;
  };
  for (let k = 1; k < tokens.length; k++) {
    const left = joined(tokens.slice(0, k).join(' '));
    const right = joined(tokens.slice(k).join(' '));
    // A time starts with a digit: only cuts that leave one there are tried.
    if (startsLikeTime(right)) {
      const d1 = parseDate(left, opts);
      const t1 = parseTime(right, opts);
      if (d1.ok && t1.ok) return local(d1.date, t1);
      note(d1, left, t1);
    }
    if (timeFirst) {
      const t2 = parseTime(left, opts);
      const d2 = parseDate(right, opts);
      if (d2.ok && t2.ok) return local(d2.date, t2);
      note(d2, right, t2);
    }
  }
  if (parseTime(spaced, opts).ok) return { ok: false, reason: 'there is no date in it' };
  const dateReason = shapedDate === undefined ? dateFailed : specific(dateFailed, shapedDate);
  return { ok: false, reason: reason ?? dateReason ?? whole.reason };
}
