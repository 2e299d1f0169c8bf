// A time zone written as a value (a zone column's cell, a report title's `Time Zone:` line): an
// IANA name (`America/Chicago`), a Windows id (`Eastern Standard Time`, windows-zones.ts), a UTC
// offset (`-05:00`, `+0100`, `UTC-5`, `GMT+1`) or an abbreviation (`CST`, `UTC`), and whether it
// is the practice's zone at an appointment's instant. Two-letter ones (`CT`, `PT`) and spelled-out
// names (`Central`) are read only where the text is known to name a zone: a visit type or a
// clinic's name can be written so.
//
// A zone is the practice's when its clock is the practice's at that instant: the practice's own
// name, an offset or abbreviation that is the practice's offset then (-05:00 in a New York winter
// and -04:00 in its summer are both New York), or another name that keeps the same clock all year
// (America/Detroit for New York).
import { windowsZoneToIana } from './windows-zones.ts';
import {
  isKnownZoneAbbreviation,
  spelledZoneAbbreviation,
  zoneAbbreviationAgrees,
} from './zone-abbreviation.ts';
import { isValidTimeZone, zoneOffsetMs } from './zoned-time.ts';

/** What a value names: an IANA zone, or what zoneAbbreviationAgrees reads (`EST`, `UTC-05:00`).
 *  `stated`: the abbreviation written after the zone (`AMERICA/NEW_YORK EDT`), which must be that
 *  zone's at the instant. */
export type WrittenZone = { iana: string; stated?: string } | { abbr: string };

/** `-05:00`, `+0530`, `UTC-5`, `GMT+01:00`, `UTC -05:00`: a bare sign needs hours and minutes. */
const OFFSET = /^(UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

function offsetZone(text: string): WrittenZone | undefined {
  const m = OFFSET.exec(text);
  if (!m || (!m[1] && (m[3]!.length !== 2 || m[4] === undefined))) return undefined;
  const minutes = m[4] ?? '00';
  if (Number(m[3]) > 14 || Number(minutes) % 15 !== 0) return undefined;
  return { abbr: `UTC${m[2]}${m[3]!.padStart(2, '0')}:${minutes}` };
}

/** `America/Chicago`, `America/Argentina/Buenos_Aires`, `Etc/GMT+5` (not a date: Intl is slow to refuse). */
export const AREA_CITY = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

/**
 * The zone a value names, or undefined. `namedZone`: the text is known to name a zone (its
 * header or label says so), so the weaker readings count too (`CT`, `Eastern`, `Central
 * Standard`, an IANA name without a slash).
 */
export function readZone(text: string, namedZone: boolean): WrittenZone | undefined {
  const offset = offsetZone(text);
  if (offset) return offset;
  // Before the spelled-out names: `Eastern Standard Time` is New York's whole year, not EST.
  const windows = windowsZoneToIana(text);
  if (windows) return { iana: windows };
  const upper = text.toUpperCase();
  // Before IANA names: `EST` is also a legacy IANA zone (fixed -5, Panama's clock).
  if (isKnownZoneAbbreviation(text) && (namedZone || (upper.length >= 3 && upper === text)))
    return { abbr: upper };
  if (AREA_CITY.test(text) && isValidTimeZone(text)) return { iana: text };
  if (!namedZone) return undefined;
  const [name, qualifier] = text.toLowerCase().split(/\s+/);
  const spelled = name && spelledZoneAbbreviation(name, qualifier);
  if (spelled) return { abbr: spelled };
  return isValidTimeZone(text) ? { iana: text } : undefined;
}

/** Windows' display name around its zone (`(UTC-06:00) Central Time (US & Canada)`). */
const DISPLAY_OFFSET = /^\((?:UTC|GMT)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?\)\s*/i;
const DISPLAY_REGION = /\s*\((?:US\s*(?:&|and)\s*Canada|US|Canada)\)\s*$/i;
const UNIVERSAL = /^(?:coordinated universal time|universal time|greenwich mean time)$/i;

/** The zone a value known to name one names, reading Windows' display name too; undefined when none. */
export function zoneOfValue(value: string): WrittenZone | undefined {
  const v = value.replace(DISPLAY_OFFSET, '').replace(DISPLAY_REGION, '').trim();
  if (UNIVERSAL.test(v)) return { abbr: 'UTC' };
  return readZone(v, true) ?? readZone(v.replace(/\s+(?:time|zone)$/i, ''), true);
}

/** Oracle's `TZR TZD` (`AMERICA/NEW_YORK EDT`, `US/Eastern EST`): the region and the abbreviation
 *  of its clock at that instant. Oracle's format models: "TZD ... must correspond with the region
 *  specified in TZR" (https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Format-Models.html). */
const REGION_AND_ABBREVIATION = /^([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)\s+([A-Za-z]{2,5})$/;

/**
 * A zone written after a time in more than one word or in a form no abbreviation has: Oracle's
 * `TZR` region (`09.30.00.000000 AM AMERICA/NEW_YORK`, in capitals), Windows' display name
 * (`09:30 (GMT-05:00) Eastern Time (US & Canada)`, whose offset is the zone's standard one all
 * year), a Windows id or a spelled-out name that says it is a time (`Eastern Time`, `Central
 * Standard Time`). A lone word (`Jamaica`, `Central`) may be a place or a room: not read.
 */
export function zoneAfterTime(text: string): WrittenZone | undefined {
  const t = text.trim();
  if (AREA_CITY.test(t)) return isValidTimeZone(t) ? { iana: t } : undefined;
  const both = REGION_AND_ABBREVIATION.exec(t);
  if (both && isValidTimeZone(both[1]!) && isKnownZoneAbbreviation(both[2]!))
    return { iana: both[1]!, stated: both[2]!.toUpperCase() };
  if (!DISPLAY_OFFSET.test(t) && !/\s(?:time|standard|daylight)(?:\s*\([^)]*\))?$/i.test(t)) return undefined;
  return zoneOfValue(t);
}

/** Whether two IANA zones keep the same clock at `at` and in both halves of its year. */
function sameClock(a: string, b: string, at: Date): boolean {
  const year = at.getUTCFullYear();
  return [at.getTime(), Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].every(
    (ms) => zoneOffsetMs(a, ms) === zoneOffsetMs(b, ms),
  );
}

/** Whether a written zone is the practice's at `at`; undefined for an abbreviation not known. A
 *  region whose abbreviation is not its clock's at `at` (`AMERICA/NEW_YORK EST` in July) says two
 *  clocks: not the practice's, whichever it is. */
export function writtenZoneAgrees(zone: WrittenZone, practice: string, at: Date): boolean | undefined {
  if ('abbr' in zone) return zoneAbbreviationAgrees(zone.abbr, practice, at);
  if (zone.stated && zoneAbbreviationAgrees(zone.stated, zone.iana, at) !== true) return false;
  return zone.iana.toLowerCase() === practice.toLowerCase() || sameClock(zone.iana, practice, at);
}
