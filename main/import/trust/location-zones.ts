// One export of a group's offices in two zones, each row on its own office's clock and no zone
// written anywhere (Ensora shows times in each location's zone; a Kentucky group's Louisville and
// Bowling Green offices): read on the practice's clock, the other office's visits go an hour off.
// What says so is a location that names a place on another clock (map/us-zone-places.ts), or a
// title that says the times are each location's own (`Times are shown in each location's local
// time`) over more than one location. Such a file is held, naming the locations; confirming says
// those locations' times are the practice's clock (a system that prints every site on the
// practice's clock), and a later file's other location is asked again.
// Only a row whose start is on another clock than the practice's at that instant counts: Gallup
// (New Mexico) and Phoenix agree all winter, so a winter file goes, and its spring one is asked.
// A start header that names its clock by its tz database name (`Start Time (America/Chicago)`,
// as a program writes the zone it converted every time to) says which clock the times are on
// wherever the site is: the question is answered, and the header's zone is checked against the
// practice's as any zone written with the times (map/header-zone.ts). Only such a name counts:
// `(Local)`, `(Site Time)` say nothing of which clock, and an abbreviation (`(CT)`, `(PT)`) may
// be a word of the practice's (a physical therapist's `PT`).
import type { Doubt } from '../../model/doubt.ts';
import { displayText } from '../../model/display-text.ts';
import { ownString } from '../own-string.ts';
import { namesPerson, statedPlaces, type StatedPlace } from '../map/state-clocks.ts';
import { placesNamed, zoneChoices } from '../map/us-zone-places.ts';
import { regionZonesInHeader } from '../map/header-region-zone.ts';
import { zoneOffsetMs } from '../map/zoned-time.ts';

/** A title line saying each location's times are its own clock. */
const OWN_CLOCKS =
  /\b(?:local\s+(?:time|clock)s?\s+(?:of|at|for)\s+(?:each|every|the)\s+(?:location|clinic|office|site|facility|department|practice)|(?:each|every)\s+(?:location|clinic|office|site|facility|department)(?:'s|’s)?\s+(?:own\s+)?(?:local\s+)?(?:time|clock|time\s*zone)|(?:location|clinic|office|site|facility|department)(?:'s|’s)?\s+(?:local\s+)?time\s*zones?|local\s+to\s+(?:each|every|the)\s+(?:location|clinic|office|site|facility|department))/i;

/** The title line that says each location keeps its own clock, if one does. */
export function ownClocksLine(titleLines: readonly string[]): string | undefined {
  return titleLines.find((l) => OWN_CLOCKS.test(l));
}

/** A start column's header that says each time is its site's own clock (`Appt Time (Site Time)`,
 *  `Start (Location Local Time)`, `Time (Clinic TZ)`): what OWN_CLOCKS says in a title, said over
 *  the column. Over two sites the place list cannot place (`North Campus`, `Lakeside`) it had
 *  gone on the practice's clock (62c); it is asked over two sites or more, as under the title (a
 *  person answers each once), and over one site it is no question. Not beside a zone column
 *  (import-export.ts), which says each row's clock itself. `(Local)` alone, `(Practice Time)`, `(Server Time)` name no site's clock. */
const SITE_CLOCK_HEADER =
  /\b(?:site|location|facility|clinic|office|department|branch|campus)(?:'s|’s)?\s*(?:local\s*)?(?:time\s*zone|timezone|time|clock|tz)\b/i;

/** The start column's header, if it says each time is its site's own clock (SITE_CLOCK_HEADER). */
export function siteClockHeader(timeHeaders: ReadonlyArray<string | undefined>): string | undefined {
  return timeHeaders.find((h) => h !== undefined && SITE_CLOCK_HEADER.test(h));
}

/** What says each location keeps its own clock, and where the file says it (the doubt quotes it). */
export interface OwnClocks {
  text: string;
  where: 'the title line' | 'the start column';
}

/** The one tz database name the headers of the columns holding the start's time name
 *  (`Start Time (America/Chicago)`), if they name one and only one. */
export function startHeaderClock(timeHeaders: ReadonlyArray<string | undefined>): string | undefined {
  const zones = new Set(timeHeaders.flatMap((h) => (h ? regionZonesInHeader(h) : [])));
  return zones.size === 1 ? [...zones][0] : undefined;
}

const MAX_LOCATIONS = 12;

export class LocationZones {
  /** Each location seen, with the places it names (memoized: a schedule repeats its sites). */
  private readonly seen = new Map<string, StatedPlace[][]>();
  /** A location a person confirmed was on a row: with one other, the file still has two. */
  private answeredSeen = false;
  /** Locations on another clock at one of their rows' starts, with the place and its zone. */
  private readonly other = new Map<
    string,
    { place: StatedPlace; hours: number; zones: string[]; states: string[] }
  >();
  /** Whether some location reads as a person (`Kim, NP`, `Dr. Lee`): then a `Jones, MD` among
   *  them is a provider's credential, not Maryland. */
  private personSeen = false;

  constructor(
    private readonly timeZone: string,
    /** A title line or start header saying each location's times are its own clock. */
    private readonly ownClocks?: OwnClocks,
    /** Locations a person confirmed are on the practice's clock (answered-checks.ts). */
    private readonly answered: ReadonlySet<string> = new Set(),
    /** The zone a person answered a location keeps (map/location-clock.ts): its rows are read on
     *  it, so it is answered too. */
    private readonly zoned?: (location: string) => string | undefined,
    /** The tz database name the start's time header names (startHeaderClock): every time is on
     *  it, whatever the site; a title saying each site keeps its own clock contradicts it, and
     *  is still asked about. */
    private readonly headerClock?: string,
  ) {}

  /** A row's location (as it goes) at its start. */
  note(location: string, at: Date): void {
    const key = location.trim();
    if (!key) return;
    if (this.headerClock && !this.ownClocks) return;
    if (this.answered.has(key) || this.zoned?.(key)) {
      this.answeredSeen = true;
      return;
    }
    let places = this.seen.get(key);
    if (!places) {
      // The places on the list, and the one its state or province says (`Columbus, GA`).
      const stated = statedPlaces(key);
      places = stated.length ? [...placesNamed(key), stated] : placesNamed(key);
      if (!this.personSeen && namesPerson(key)) this.personSeen = true;
      // A file of very many sites is still checked on every row; only the first are kept.
      if (this.seen.size < 200) this.seen.set(ownString(key), places);
    }
    if (this.other.has(key) || places.length === 0) return;
    const ms = at.getTime();
    const own = zoneOffsetMs(this.timeZone, ms);
    for (const candidates of places) {
      // A name in two states (`Las Vegas`) is another clock only if it is in every one of them; a
      // town of a split state not on its list (`Lafayette, IN`) if it is in any: the state says
      // nothing sure of it.
      const offsets = candidates.map((p) => zoneOffsetMs(p.zone, ms));
      const unsure = candidates[0]!.unsureTown === true;
      if (unsure ? offsets.every((o) => o === own) : offsets.some((o) => o === own)) continue;
      const at = offsets.findIndex((o) => o !== own);
      const hours = Math.abs(offsets[at]! - own) / 3_600_000;
      this.other.set(ownString(key), {
        place: candidates[at]!,
        hours,
        zones: [...new Set(candidates.map((p) => p.zone))],
        states: candidates.map((p) => p.state),
      });
      return;
    }
  }

  doubt(): Doubt | undefined {
    const tz = this.timeZone;
    const question = `Which clock are each of these locations' times written on: the practice's (${tz}), or the location's own? Answer each location (its zone is remembered for it: a location whose name changes, or a new one on another clock, is asked again), or export each location on its own; confirm the mapping as it is only if they are ${tz} times`;
    // A `Jones, MD` among locations that name people is a provider's credential, not a state.
    const other = [...this.other].filter(([, o]) => !(o.place.maybeCredential && this.personSeen));
    if (other.length) {
      const named = other.slice(0, MAX_LOCATIONS);
      const [first, { place, hours }] = named[0]!;
      // Under a title saying each location keeps its own clock, every location is asked: the
      // others' clock is answered too (the practice's, or one of their own), not only the places
      // the list knows.
      const rest = this.ownClocks
        ? [...this.seen.keys()]
            .filter((l) => !named.some(([n]) => n === l))
            .slice(0, MAX_LOCATIONS - named.length)
        : [];
      const off = hours === 1 ? 'an hour' : `${hours} hours`;
      return {
        kind: 'time-zone',
        check: 'location-zone',
        subjects: [...named.map(([l]) => l), ...rest],
        message: `the location '${displayText(first, 60)}' is in ${titleCase(place.name)}, ${statesOf(named[0]![1])}, ${
          place.unsureTown
            ? `a place on more than one clock (${zonesOfFirst(named)}) whose town's is not known, and not all are the practice's (${tz})`
            : `whose clock (${place.zone}) is not the practice's (${tz})`
        } on its visits' days${
          named.length > 1
            ? ` (also ${named
                .slice(1)
                .map(([l]) => `'${displayText(l, 40)}'`)
                .join(', ')})`
            : ''
        }: if the export writes each location's own local time, those visits would go ${off} off`,
        samples: [...named.map(([l]) => l), ...rest].map((l) => displayText(l, 60)),
        zoneChoices: zoneChoices(named.flatMap(([, o]) => o.zones)),
        question,
      };
    }
    const locations = [...this.seen.keys()];
    if (this.ownClocks && locations.length + (this.answeredSeen ? 1 : 0) > 1)
      return {
        kind: 'time-zone',
        check: 'location-zone',
        subjects: locations.slice(0, MAX_LOCATIONS),
        message: `${this.ownClocks.where} '${displayText(this.ownClocks.text, 80)}' says the times are each location's own clock, and the file lists ${locations.length} locations (${locations
          .slice(0, 4)
          .map((l) => `'${displayText(l, 40)}'`)
          .join(', ')}): a location in another time zone than the practice's (${tz}) would go hours off`,
        samples: locations.slice(0, MAX_LOCATIONS).map((l) => displayText(l, 60)),
        zoneChoices: zoneChoices(
          locations.flatMap((l) => (this.seen.get(l) ?? []).flatMap((c) => c.map((p) => p.zone))),
        ),
        question,
      };
    return undefined;
  }
}

/** The state of a place, or the states a name alone may be in (`OR or ME` for Portland). */
function statesOf(o: { place: StatedPlace; states: string[] }): string {
  return [...new Set(o.states)].join(' or ');
}

/** The zones the first location named may keep. */
function zonesOfFirst(named: ReadonlyArray<readonly [string, { zones: string[] }]>): string {
  return named[0]![1].zones.join(', ');
}

/** `coeur d'alene` as `Coeur d'Alene`, `el paso` as `El Paso`. */
function titleCase(name: string): string {
  return name
    .split(' ')
    .map((w) =>
      w.includes("'")
        ? w.replace(/'(\p{L})/u, (_, c: string) => `'${c.toUpperCase()}`)
        : w[0]!.toUpperCase() + w.slice(1),
    )
    .join(' ');
}
