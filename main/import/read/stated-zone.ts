// The time zone a report states in its title lines: `Time Zone: (GMT-06:00) Central Time (US &
// Canada)`, `Timezone: America/Chicago`, `TZ: EST`, `Appointments export - all times in UTC`,
// `All times are Eastern Time`, and an XML root's attribute `timeZone="America/Chicago"` (its
// value is a title line of its own). The times under it are written in that zone, as a zone in
// the start column's header says (row-start.ts checks both against the practice's zone).
// Read only where the words say "zone": a label, a phrase about the times, an IANA name (its
// slash), or the whole line; `WEST CLINIC` or a print stamp's `10:15 GMT` are no statement.
// A print stamp's own zone (`Printed: 03/10/2027 04:12 PM CST`) is the clock of whoever printed
// it: web systems (OfficeEMR's user time-zone zip, Healthie, SimplePractice's staff zones) show
// every time on the signed-in user's clock, so a billing office in Nashville prints a Knoxville
// schedule in Central time. Read as a statement too, but never UTC or GMT: servers stamp in UTC,
// and say nothing of the clock the schedule is shown on.
import { AREA_CITY, readZone, zoneOfValue, type WrittenZone } from '../map/written-zone.ts';
import { isKnownZoneAbbreviation } from '../map/zone-abbreviation.ts';
import { isValidTimeZone } from '../map/zoned-time.ts';

export interface StatedZone {
  /** The title line, trimmed (for the question). */
  line: string;
  /** The zone as written (`Central Time`, `UTC`). */
  written: string;
  /** What it names; undefined when the label states a zone the connector cannot read. */
  zone?: WrittenZone;
  /** Written after a print stamp's time: the printing user's clock (a name of the practice's own
   *  zone in either season agrees, whatever the season of the stamp). */
  stamp?: true;
}

/** A print or run stamp with a time and a zone after it (`Printed: 03/10/2027 04:12 PM CST`,
 *  `Run on 3/10/27 16:12 CDT`, `Generated 2027-03-10 4:12 PM MST by kwright`): group 1 the zone. */
const STAMP =
  /(?<![\p{L}])(?:printed|print\s*(?:date|time)|run\s*(?:date|time|on|at)|report\s*run|generated|exported|executed)(?![\p{L}])[^\d]{0,12}\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s+([A-Za-z]{1,5})(?![\p{L}])/iu;
/** Zones a server stamps in: never the user's clock. */
const SERVER_ZONE = /^(?:UTC|GMT|UT|Z)$/i;

const LABEL = /\b(?:time[\s_-]*zone|tz|zeitzone|fuseau horaire|zona horaria)\s*[:=]\s*(.+)$/i;
// `times in UTC`, `all times are Eastern Time`, `times shown in CST`, `Times: PST`.
const PHRASE =
  /\btimes?\b\s*(?::\s*|(?:(?:are|is|shown|listed|displayed|given|expressed|reported)\s+)*(?:(?:in|as)\s+)?)(?:the\s+)?(.+)$/i;

/** A value up to another label or padding (`EST    Page 1`), without a full stop or quotes. */
function ownValue(value: string): string {
  return value
    .split(/\s{2,}|\t|\s[|;]\s|,\s*\p{L}[\p{L}\s]*:/u)[0]!
    .trim()
    .replace(/^["'“]|["'”.,;]+$/g, '');
}

/** The longest of the first words of `text` (up to four) that names a zone. */
function leadingZone(text: string): { written: string; zone: WrittenZone } | undefined {
  const words = text
    .replace(/[.,;!)\]]+(?:\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let n = Math.min(words.length, 4); n > 0; n--) {
    const written = words.slice(0, n).join(' ');
    const zone = zoneOfValue(written);
    if (zone) return { written, zone };
  }
  return undefined;
}

/** What one title line states, or undefined. */
function statedIn(line: string): StatedZone | undefined {
  const labelled = LABEL.exec(line);
  if (labelled) {
    const written = ownValue(labelled[1]!);
    if (!written) return undefined;
    const zone = zoneOfValue(written);
    return zone ? { line, written, zone } : { line, written };
  }
  const stamp = STAMP.exec(line);
  const stampZone = stamp?.[1];
  if (
    stampZone &&
    stampZone === stampZone.toUpperCase() &&
    !SERVER_ZONE.test(stampZone) &&
    isKnownZoneAbbreviation(stampZone)
  )
    return { line, written: stampZone, zone: { abbr: stampZone }, stamp: true };
  const phrase = PHRASE.exec(line);
  const lead = phrase && leadingZone(phrase[1]!);
  if (lead) return { line, ...lead };
  const whole = readZone(line, false);
  if (whole) return { line, written: line, zone: whole };
  const iana = line.split(/[\s(),;[\]]+/).find((w) => AREA_CITY.test(w) && isValidTimeZone(w));
  return iana ? { line, written: iana, zone: { iana } } : undefined;
}

/** Every zone the title lines state. */
export function statedZones(titleLines: readonly string[]): StatedZone[] {
  const out: StatedZone[] = [];
  for (const raw of titleLines) {
    const s = statedIn(raw.replace(/\s+/g, ' ').trim());
    if (s) out.push(s);
  }
  return out;
}
