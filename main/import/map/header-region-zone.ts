// A tz database name written in a header (`Start Time (America/Chicago)`, `Appt Time
// America/New_York`): how the times below it are written, as `(EST)` or `(UTC)` is. Recognition
// sets its words aside (`america`, `chicago` are no other event's), and the start's zone check
// reads it (header-zone.ts): the practice's own zone agrees, another holds the file. Only a name
// Intl knows counts: `Date/Time` or `Start/End` is no zone.
import { isValidTimeZone } from './zoned-time.ts';

const REGION_NAME = /(?<![\p{L}\p{N}_/])[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+(?![\p{L}\p{N}_/])/gu;

/** The tz database names a header writes (`America/Chicago`), as written. */
export function regionZonesInHeader(header: string): string[] {
  return [...header.matchAll(REGION_NAME)].map((m) => m[0]).filter(isValidTimeZone);
}

/** The header with its tz database names taken out (`Start Time ()`). */
export function withoutRegionZones(header: string): string {
  const zones = regionZonesInHeader(header);
  return zones.length ? zones.reduce((h, z) => h.replace(z, ' '), header) : header;
}
