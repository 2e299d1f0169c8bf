// Date-times as databases and interfaces write them when nobody formats them, each readable one
// way only: DB2's timestamp `2027-03-02-09.00.00.000000` (a dash between date and time, IBM's
// ISO timestamp format), the compact `20270302 0900`, `20270302090000` (HL7's DTM
// `YYYYMMDDHHMM[SS[.S]][+/-ZZZZ]`, its offset kept: an interface engine copies SCH-11 or AIS-4
// as it came, `20270315083000-0600`; SQL Server's `CONVERT(..., 112)` with the time beside it),
// and .NET's JSON date `/Date(1803992400000)/`, `/Date(1803992400000-0500)/` (milliseconds since
// 1970 UTC; the offset after them is the writer's zone, not part of the count). A bare count of
// seconds or milliseconds is not read here: a column of ten-digit numbers is as often an NPI or a
// phone.
import type { CalendarDate } from './parse-date.ts';
import { offsetMinutes } from './parse-time.ts';

/** DB2: `YYYY-MM-DD-HH.MM.SS[.ffffff]`. */
const DB2 = /^(\d{4}-\d{2}-\d{2})-(\d{2})\.(\d{2})\.(\d{2})(\.\d{1,12})?$/;
/** `YYYYMMDD HHMM[SS]`, or the same with no space (12 or 14 digits); HL7's fraction of a second
 *  and UTC offset may follow the seconds. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})[ T]?(\d{2})(\d{2})(?:(\d{2})(\.\d{1,4})?)?([+-]\d{4})?$/;
/** .NET's DataContractJsonSerializer and ASP.NET AJAX: `/Date(ms)/`, `/Date(ms±HHMM)/`. */
const JSON_DATE = /^\\?\/Date\((-?\d{1,15})([+-]\d{4})?\)\\?\/$/;

/**
 * The text of a DB2 or compact date-time rewritten as the reader's usual `YYYY-MM-DD HH:MM[:SS]`
 * (DB2's dotted time with colons; an HL7 offset stays after it, `-0600`), or the text unchanged.
 * The compact date must be a real one in 1900-2100 for the digits to be a date-time at all, as
 * `YYYYMMDD` alone is (parse-date.ts).
 */
export function rewriteStamp(text: string): string {
  const db2 = DB2.exec(text);
  if (db2) return `${db2[1]} ${db2[2]}:${db2[3]}:${db2[4]}${db2[5] ?? ''}`;
  const c = COMPACT.exec(text);
  if (!c) return text;
  const [y, mo, d] = [+c[1]!, +c[2]!, +c[3]!];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1900 || y > 2100 || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return text;
  return `${c[1]}-${c[2]}-${c[3]} ${c[4]}:${c[5]}${c[6] === undefined ? '' : `:${c[6]}${c[7] ?? ''}`}${c[8] ?? ''}`;
}

export interface JsonDate {
  instant: Date;
  /** The writer's offset (`-0500`), when written and not zero. */
  offset?: string;
  /** The calendar day, when the writer's clock read exactly midnight: a date with no time. */
  midnightOf?: CalendarDate;
}

/** A .NET JSON date as its instant, or undefined when the text is not one. */
export function jsonDate(text: string): JsonDate | undefined {
  const m = JSON_DATE.exec(text);
  if (!m) return undefined;
  const ms = Number(m[1]);
  const offset = m[2];
  const offsetMin = offset === undefined ? 0 : offsetMinutes(offset);
  if (offsetMin === undefined) return undefined;
  const wall = new Date(ms + offsetMin * 60_000);
  const midnight = wall.getTime() % 86_400_000 === 0;
  return {
    instant: new Date(ms),
    ...(offsetMin === 0 ? {} : { offset: offset! }),
    ...(midnight
      ? { midnightOf: { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() } }
      : {}),
  };
}
