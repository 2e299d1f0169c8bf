// A column giving each appointment a time zone (a scheduler storing each appointment's
// `TimeZoneId`, `time_zone`, `UTC Offset`): the times are read in the practice's zone, so a row
// in another zone would go hours off. Such a file is held and asked about, never converted.
//
// A column is a zone column when its header says so (words split as header recognition splits
// them: `time_zone`, `ApptTZ`, `UTCOffset`), or, whatever its header, when every value of the
// first rows is a zone (map/written-zone.ts). A row's zone must be the practice's at that row's
// start.
//
// North American zones as schedulers name them for a site (`ET`, `CT`, `Eastern`, `Central
// Time`, `Pacific Daylight Time`) are zones too, whatever the header: but `CT`, `PT` and `MT` are
// also a scan, physical therapy and massage therapy, so a column of only those is a zone column
// only under a header that says zone (`Zone`, `Site Zone`, `Time Zone`); and a plain `Central`
// is a region's name under `Region` or `Area`. A cell left empty is not read: a file whose other
// rows name another zone is held all the same.
import type { Doubt } from '../../model/doubt.ts';
import { headerWords } from '../map/header-meaning.ts';
import { clockOwner } from '../map/whose-clock.ts';
import { parseDateTime } from '../map/parse-date-time.ts';
import type { DateOrder } from '../map/parse-date.ts';
import { readZone, writtenZoneAgrees, type WrittenZone } from '../map/written-zone.ts';
import { spelledZoneAbbreviation } from '../map/zone-abbreviation.ts';
import { samplesOf } from './column-doubts.ts';

/** A zone that is someone else's, not the one the times are written in (Calendly's invitee). */
const THEIR_ZONE = /invitee|attendee|guest|customer|client|patient/i;
/** A zone of the person who holds the visit (Healthie's provider, a telehealth group's clinician
 *  in another state): where every start writes its own offset, that is where the clinician sits,
 *  not the clock of the times. Without offsets it may well be their clock, and is asked. */
const HOLDER_ZONE =
  /provider|clinician|practitioner|therapist|physician|doctor|staff|user|resource|host|organi[sz]er/i;
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

/** `ET`, `CT`, `MT`, `PT`, `AKT`, `HT` in capitals; `Eastern` … `Hawaii`, with `Time`,
 *  `Standard Time` or `Daylight Time` after it (`Eastern Standard Time` is Windows' id). */
const NORTH_AMERICAN =
  /^(?:(ET|CT|MT|PT|AKT|HT)|(eastern|central|mountain|pacific|alaska|hawaii)(?:\s+(standard|daylight))?(\s+time)?)$/i;
/** Generic names that are also a visit type or modality (a CT scan, physical therapy). */
const ALSO_A_VISIT = new Set(['CT', 'PT', 'MT', 'HT']);
/** A header naming a place (`Region`, `Location`, `Office`, `Sector`, `Practice`, `Health
 *  Centre`), where `Central` or `Pacific` is the place's name; not when it says time too (`Clinic
 *  Time`). */
const PLACE_HEADER =
  /region|area|district|division|territory|market|location|site|office|clinic|branch|facility|campus|dep(?:artmen)?t|sector|county|practice|cent(?:er|re)|hospital/i;

/** A North American zone as a site's zone is named, or undefined; `visit`: it may be a visit type. */
function northAmericanZone(
  text: string,
  placeHeader: boolean,
): { zone: WrittenZone; visit: boolean } | undefined {
  const m = NORTH_AMERICAN.exec(text);
  if (!m) return undefined;
  if (m[1]) {
    if (m[1] !== m[1].toUpperCase()) return undefined;
    return { zone: { abbr: m[1] === 'HT' ? 'HST' : m[1] }, visit: ALSO_A_VISIT.has(m[1]) };
  }
  // `Central` alone under `Region` is the place; `Central Time` is a zone under any header.
  if (placeHeader && !m[4]) return undefined;
  return { zone: { abbr: spelledZoneAbbreviation(m[2]!, m[3])! }, visit: false };
}

/** Whether every filled start cell is an instant written with its own offset or `Z`
 *  (`2027-03-12 08:00:00 -0600`, `2027-03-12T14:00:00Z`); false for none filled. */
export function startsWriteInstants(values: readonly string[], order: DateOrder): boolean {
  let seen = 0;
  for (const v of values) {
    if (!v.trim()) continue;
    const p = parseDateTime(v, { order, twoDigitYear: 'appointment' });
    if (!p.ok || p.kind !== 'instant' || p.midnightOf) return false;
    seen++;
  }
  return seen > 0;
}

/** Whether a header says zone without being a zone header (`Zone`, `Site Zone`, `Zone Name`). */
function saysZone(header: string): boolean {
  return headerWords(header).includes('zone');
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
  /** Every sampled start is an instant written with its own offset or `Z` (`2027-03-12
   *  08:00:00 -0600`): the instant is written, and its offset is checked against the practice's
   *  zone where it is read (row-start.ts). */
  ownInstants = false,
): Doubt | undefined {
  let rowStarts: ReadonlyArray<Date | undefined> | undefined;
  for (const h of headers) {
    if (THEIR_ZONE.test(h)) continue;
    // A wrong send this could cause: a file whose times are each on the clinician's clock, listed
    // beside the clinician's zone, would go on the practice's clock. The offset in every start cell
    // rules it out: a program that writes `-0600` after a time has converted it to that offset, so
    // the instant is the one written, whatever zone the clinician keeps (and an offset that is not
    // the practice's at that date is held where the start is read).
    if (ownInstants && HOLDER_ZONE.test(h) && !THEIR_ZONE.test(h)) continue;
    const byHeader = isZoneHeader(h);
    const named = byHeader || saysZone(h);
    const placeHeader = PLACE_HEADER.test(h) && !/time/i.test(h);
    const values = sampleValues(h);
    const read = new Map<string, WrittenZone | undefined>();
    let filled = 0;
    // Whether some value is a zone and nothing else (not only `CT` and `PT`, which may be visits).
    let surelyZone = named;
    for (const v of values) {
      const t = v.trim();
      if (!t) continue;
      filled++;
      if (!read.has(t)) {
        const na = northAmericanZone(t, placeHeader);
        read.set(t, readZone(t, named) ?? na?.zone);
        if (!na?.visit) surelyZone = true;
      }
      // Without a zone header, one value that is no zone makes it another column.
      if (!byHeader && !read.get(t)) break;
    }
    const zoneColumn = byHeader || (filled > 0 && surelyZone && [...read.values()].every(Boolean));
    if (!zoneColumn) continue;
    // A start whose header names the practice's side's zone (`Start (Clinic TZ)`: whose-clock.ts)
    // says which clock its times are on, the practice's; with no zone among its values it gives no
    // row another zone.
    if (clockOwner(h) === 'holder' && ![...read.values()].some(Boolean)) continue;
    rowStarts ??= starts();
    const others: string[] = [];
    for (const [i, v] of values.entries()) {
      const t = v.trim();
      const at = rowStarts[i];
      if (!t || !at || others.includes(t)) continue;
      const zone = read.get(t);
      if (!zone || writtenZoneAgrees(zone, timeZone, at) !== true) others.push(t);
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
