// A column giving each appointment a time zone (a scheduler storing each appointment's
// `TimeZoneId`, `time_zone`, `UTC Offset`): the times are read in the practice's zone, so a row
// in another zone would go hours off. Such a file is held and asked about, never converted.
//
// A column is a zone column when its header says so (words split as header recognition splits
// them: `time_zone`, `ApptTZ`, `UTCOffset`), or, whatever its header, when every value of the
// first rows is a zone: an IANA name (`America/Chicago`), a Windows id (`Eastern Standard Time`,
// windows-zones.ts), a UTC offset (`-05:00`, `+0100`, `UTC-5`, `GMT+1`) or an abbreviation of
// three letters or more (`CST`, `UTC`). Two-letter ones (`CT`, `PT`) and spelled-out names
// (`Central`) count only under a zone header: a visit type or a clinic's name can be written so.
//
// A row's zone is the practice's when its clock is the practice's at that row's start: the
// practice's own name, an offset or abbreviation that is the practice's offset at that instant
// (-05:00 in a New York winter and -04:00 in its summer are both New York), or another name that
// keeps the same clock all year (America/Detroit for New York).
import type { Doubt } from '../../model/doubt.ts';
import { headerWords } from '../map/header-meaning.ts';
import {
  isKnownZoneAbbreviation,
  spelledZoneAbbreviation,
  zoneAbbreviationAgrees,
} from '../map/zone-abbreviation.ts';
import { windowsZoneToIana } from '../map/windows-zones.ts';
import { isValidTimeZone, zoneOffsetMs } from '../map/zoned-time.ts';
import { samplesOf } from './column-doubts.ts';

/** A zone that is someone else's, not the one the times are written in (Calendly's invitee). */
const THEIR_ZONE = /invitee|attendee|guest|customer|client|patient/i;
/** Words that name a zone before `offset` (`UTC Offset`, `tz_offset`). */
const OFFSET_OF = new Set(['utc', 'gmt', 'tz', 'zone', 'timezone']);

/** A header naming a time zone (`TimeZoneId`, `time_zone`, `Appt TZ`, `UTC Offset`, `Zeitzone`). */
export function isZoneHeader(header: string): boolean {
  const words = headerWords(header);
  return words.some((w, i) => {
    const next = words[i + 1];
    return (
      w === 'tz' ||
      w === 'timezone' ||
      w === 'zeitzone' ||
      w === 'fuseau' ||
      (w === 'time' && next === 'zone') ||
      (w === 'zona' && next === 'horaria') ||
      (i > 0 && w === 'offset' && OFFSET_OF.has(words[i - 1]!))
    );
  });
}

/** What a cell names: an IANA zone, or what zoneAbbreviationAgrees reads (`EST`, `UTC-05:00`). */
type WrittenZone = { iana: string } | { abbr: string };

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
const AREA_CITY = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

/**
 * The zone a cell names, or undefined. `underZoneHeader`: the header says zone, so the weaker
 * readings count too (`CT`, `Eastern`, `Central Standard`, an IANA name without a slash).
 */
function readZone(text: string, underZoneHeader: boolean): WrittenZone | undefined {
  const offset = offsetZone(text);
  if (offset) return offset;
  // Before the spelled-out names: `Eastern Standard Time` is New York's whole year, not EST.
  const windows = windowsZoneToIana(text);
  if (windows) return { iana: windows };
  const upper = text.toUpperCase();
  // Before IANA names: `EST` is also a legacy IANA zone (fixed -5, Panama's clock).
  if (isKnownZoneAbbreviation(text) && (underZoneHeader || (upper.length >= 3 && upper === text)))
    return { abbr: upper };
  if (AREA_CITY.test(text) && isValidTimeZone(text)) return { iana: text };
  if (!underZoneHeader) return undefined;
  const [name, qualifier] = text.toLowerCase().split(/\s+/);
  const spelled = name && spelledZoneAbbreviation(name, qualifier);
  if (spelled) return { abbr: spelled };
  return isValidTimeZone(text) ? { iana: text } : undefined;
}

/** Whether two IANA zones keep the same clock at `at` and in both halves of its year. */
function sameClock(a: string, b: string, at: Date): boolean {
  const year = at.getUTCFullYear();
  return [at.getTime(), Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].every(
    (ms) => zoneOffsetMs(a, ms) === zoneOffsetMs(b, ms),
  );
}

function isPractices(zone: WrittenZone, practice: string, at: Date): boolean {
  if ('abbr' in zone) return zoneAbbreviationAgrees(zone.abbr, practice, at) === true;
  return zone.iana.toLowerCase() === practice.toLowerCase() || sameClock(zone.iana, practice, at);
}

/**
 * A zone column whose zones are not all the practice's at their rows' starts. `starts`: the
 * sampled rows' starts in the order of `sampleValues` (undefined where a start cannot be read:
 * the row is refused anyway), asked for only when a zone column is found.
 */
export function zoneColumnDoubt(
  headers: readonly string[],
  sampleValues: (column: string) => string[],
  timeZone: string,
  starts: () => ReadonlyArray<Date | undefined>,
): Doubt | undefined {
  let rowStarts: ReadonlyArray<Date | undefined> | undefined;
  for (const h of headers) {
    if (THEIR_ZONE.test(h)) continue;
    const byHeader = isZoneHeader(h);
    const values = sampleValues(h);
    const read = new Map<string, WrittenZone | undefined>();
    let zoneColumn = byHeader;
    let filled = 0;
    for (const v of values) {
      const t = v.trim();
      if (!t) continue;
      filled++;
      if (!read.has(t)) read.set(t, readZone(t, byHeader));
      // Without a zone header, one value that is no zone makes it another column.
      if (!byHeader && !read.get(t)) break;
    }
    if (!byHeader) zoneColumn = filled > 0 && [...read.values()].every(Boolean);
    if (!zoneColumn) continue;
    rowStarts ??= starts();
    const others: string[] = [];
    for (const [i, v] of values.entries()) {
      const t = v.trim();
      const at = rowStarts[i];
      if (!t || !at || others.includes(t)) continue;
      const zone = read.get(t);
      if (!zone || !isPractices(zone, timeZone, at)) others.push(t);
    }
    if (others.length === 0) continue;
    return {
      kind: 'time-zone',
      column: h,
      message: `the column '${h}' gives each appointment a time zone, and not all are the practice's (${timeZone}): ${others
        .slice(0, 2)
        .map((z) => `'${z}'`)
        .join(', ')}`,
      samples: samplesOf(values, 5),
      question: `Are the times written in the zone of '${h}'? Then export them in the practice's time zone (${timeZone}); confirm the mapping only if they already are`,
    };
  }
  return undefined;
}
