// A time zone named in a start column's header (`Date (UTC)`, `AppointmentDateTimeUTC`,
// `start_time_utc`, `Appointment Time (Eastern)`, `Start Time ET`): written after every time of the
// column, so it is checked against the practice's zone like `9:00 AM EST` (the file is held when
// it is not the practice's, never shifted). Words are split as header recognition splits them.
import { headerWordsAsWritten } from './header-meaning.ts';
import { regionZonesInHeader } from './header-region-zone.ts';
import { isKnownZoneAbbreviation, spelledZoneAbbreviation } from './zone-abbreviation.ts';

/** Two-letter generic names: a zone only in capitals (`et` is French for "and", `PT` a patient). */
const TWO_LETTER = new Set(['ET', 'CT', 'MT', 'PT']);
const QUALIFIERS = new Set(['standard', 'daylight']);

/** An abbreviation in capitals of three letters or more (`AT` in `Starts At` is no zone). */
function capitalAbbreviation(w: string): boolean {
  return w.length >= 3 && w === w.toUpperCase() && /[A-Z]/.test(w) && isKnownZoneAbbreviation(w);
}

/**
 * The zone a start column's header names, as an abbreviation zoneAbbreviationAgrees reads. In
 * brackets any known abbreviation counts; outside them UTC and GMT in any case, one in capitals
 * of three letters or more, `ET`/`CT`/`MT`/`PT` in capitals after the first word (the last word,
 * or in a header not all in capitals: `DATE ET HEURE` is French), and a spelled-out North
 * American zone that ends the header or is followed by Time, Standard or Daylight (`Central
 * Appt Time` is a clinic's name).
 */
export function zoneInHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  // A tz database name (`Start Time (America/Chicago)`): read as a cell's `AMERICA/NEW_YORK` is.
  const region = regionZonesInHeader(header)[0];
  if (region) return region;
  const bracketed = /[([]\s*([A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\s*[)\]]/
    .exec(header)?.[1]
    ?.toUpperCase();
  if (bracketed && isKnownZoneAbbreviation(bracketed)) return bracketed;
  const written = header.split(/[^A-Za-z0-9+:-]+/).find(capitalAbbreviation);
  if (written) return written;
  const words = headerWordsAsWritten(header);
  const allCapitals = header === header.toUpperCase();
  for (const [i, w] of words.entries()) {
    const lower = w.toLowerCase();
    const last = i === words.length - 1;
    if (lower === 'utc' || lower === 'gmt') return lower.toUpperCase();
    if (lower === 'zulu' || (w === 'Z' && i > 0)) return 'Z';
    if (capitalAbbreviation(w)) return w;
    if (TWO_LETTER.has(w) && i > 0 && (last || !allCapitals)) return w;
    const next = words[i + 1]?.toLowerCase();
    const spelled =
      next !== undefined && QUALIFIERS.has(next)
        ? spelledZoneAbbreviation(w, next)
        : last || next === 'time'
          ? spelledZoneAbbreviation(w)
          : undefined;
    if (spelled) return spelled;
  }
  return undefined;
}
