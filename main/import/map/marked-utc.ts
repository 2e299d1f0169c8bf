// The practice's answer to the `utc-night` question (trust/file-audit.ts) that its start column
// writes the practice's own clock marked as UTC by mistake (MappingProfile.markedUtc): `10:00Z`
// from an old pandas `to_json` or a JSON serialiser given a naive time is 10:00 at the practice,
// not 5:00 AM in a New York winter. Applied to the column answered for only: the mark (a `Z`, a
// zero offset, `UTC` after the time or in that column's header) is set aside and the clock as
// written is read in the practice's zone, as a time written with no zone is, so a time the
// clock change skips or repeats is a row error there too (clock-change.ts). An offset of
// another hour (`-05:00`) is its own clock and is read as written: the answer is about UTC only.
import type { DateTimeParse } from './parse-date-time.ts';
import { offsetMinutes } from './parse-time.ts';

/** UTC itself, as a header or a cell writes it (`UTC`, `Z`, `Zulu`, `UTC+0`, `UTC+00:00`). */
export const isUtcName = (abbr: string | undefined): boolean =>
  !!abbr && /^(?:utc|z|zulu)(?:[+-]0{1,2}(?::?00)?)?$/i.test(abbr.trim());

/** A zero offset as written (`+00:00`, `-0000`, `+00`). */
export const isZeroOffset = (offset: string | undefined): boolean =>
  offset !== undefined && offsetMinutes(offset) === 0;

/** A start parsed as a UTC instant (`Z` or a zero offset) as the clock it writes: the calendar
 *  date and time of day as written, with no zone. Anything else is returned as it is. */
export function clockAsWritten(p: DateTimeParse): DateTimeParse {
  if (!p.ok) return p;
  if (p.kind === 'local') {
    if (!isUtcName(p.zone)) return p;
    const { zone: _mark, ...rest } = p;
    return rest;
  }
  if (p.offset !== undefined && !isZeroOffset(p.offset)) return p;
  const at = p.instant;
  return {
    ok: true,
    kind: 'local',
    date: { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() },
    time: {
      hour: at.getUTCHours(),
      minute: at.getUTCMinutes(),
      second: at.getUTCSeconds(),
      millisecond: at.getUTCMilliseconds(),
    },
    dateOnly: false,
  };
}

/** The UTC instant a start's mark states (a `Z` or zero offset, `UTC` after the time, or a UTC
 *  header over a time written with no zone), read as that UTC; undefined for a start marked
 *  otherwise, a date alone, or a value not read. What the answer sets aside, to be checked
 *  against the clock it keeps (trust/answered-utc.ts). */
export function markedInstant(p: DateTimeParse, utcHeader: boolean): Date | undefined {
  if (!p.ok) return undefined;
  if (p.kind === 'instant') {
    if (p.midnightOf || (p.offset !== undefined && !isZeroOffset(p.offset))) return undefined;
    return p.instant;
  }
  if (p.dateOnly || !(isUtcName(p.zone) || (utcHeader && !p.zone))) return undefined;
  const { year, month, day } = p.date;
  const { hour, minute } = p.time;
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}
