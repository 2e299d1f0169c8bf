// A column giving each appointment a time zone (a scheduler storing each appointment's
// `TimeZoneId`, `time_zone`, `UTC Offset`): the times are read in the practice's zone, so a row
// in another zone would go hours off. Such a file is held and asked about, never converted.
//
// A column is a zone column when its header says so (words split as header recognition splits
// them: `time_zone`, `ApptTZ`, `UTCOffset`), or, whatever its header, when every value of the
// first rows is a zone (map/written-zone.ts). A row's zone must be the practice's at that row's
// start.
import type { Doubt } from '../../model/doubt.ts';
import { headerWords } from '../map/header-meaning.ts';
import { readZone, writtenZoneAgrees, type WrittenZone } from '../map/written-zone.ts';
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
