// Time-zone abbreviations written after a time (`9:00 AM EST`, `14:00 CET`, `10:00 AEST`) and
// whether one agrees with the practice's IANA zone at the appointment's instant. An abbreviation
// that disagrees (an `EST` time in a Denver practice, or `EST` written in July when New York is on
// EDT) means the export was not written in the practice's zone: the caller holds the file.
import { zoneOffsetMs } from './zoned-time.ts';

const H = 60;

/**
 * UTC offsets in minutes. Some abbreviations name more than one offset in the world (`IST` is
 * India, Ireland and Israel; `CST` is US Central and China): every reading is listed, and the
 * practice's zone picks the one it can be. They are read as what they are written to mean, so
 * `EST` in July is -5 h whatever New York's clock says.
 */
const FIXED: Record<string, readonly number[]> = {
  // North America
  EST: [-5 * H],
  EDT: [-4 * H],
  CST: [-6 * H, 8 * H],
  CDT: [-5 * H],
  MST: [-7 * H],
  MDT: [-6 * H],
  PST: [-8 * H],
  PDT: [-7 * H],
  AKST: [-9 * H],
  AKDT: [-8 * H],
  HST: [-10 * H],
  HDT: [-9 * H],
  AST: [-4 * H, 3 * H],
  ADT: [-3 * H],
  NST: [-3.5 * H],
  NDT: [-2.5 * H],
  // Europe and Africa
  UTC: [0],
  UT: [0],
  GMT: [0],
  Z: [0],
  WET: [0],
  WEST: [1 * H],
  BST: [1 * H, 6 * H],
  IST: [1 * H, 2 * H, 5.5 * H],
  CET: [1 * H],
  CEST: [2 * H],
  MEZ: [1 * H],
  MESZ: [2 * H],
  EET: [2 * H],
  EEST: [3 * H],
  MSK: [3 * H],
  SAST: [2 * H],
  // Asia and the Pacific
  JST: [9 * H],
  KST: [9 * H],
  SGT: [8 * H],
  HKT: [8 * H],
  PHT: [8 * H],
  PHST: [8 * H],
  AWST: [8 * H],
  ACST: [9.5 * H],
  ACDT: [10.5 * H],
  AEST: [10 * H],
  AEDT: [11 * H],
  NZST: [12 * H],
  NZDT: [13 * H],
  CHST: [10 * H],
};

/**
 * Generic names (`ET`, `Eastern`) mean "whatever the clock says there": standard offset in winter,
 * daylight offset in summer. They agree with a zone that keeps exactly that pair of offsets.
 */
const GENERIC: Record<string, readonly [number, number]> = {
  ET: [-5 * H, -4 * H],
  CT: [-6 * H, -5 * H],
  MT: [-7 * H, -6 * H],
  PT: [-8 * H, -7 * H],
  AKT: [-9 * H, -8 * H],
  AT: [-4 * H, -3 * H],
  NT: [-3.5 * H, -2.5 * H],
  AET: [10 * H, 11 * H],
  NZT: [12 * H, 13 * H],
};

/**
 * North American zones spelled out (`Eastern`, `Central Standard`, `Pacific Daylight`), as
 * headers and schedulers name them: the abbreviation each means, generic, standard, daylight.
 * Hawaii keeps no summer time, so plain `Hawaii` is its standard time.
 */
const SPELLED: Record<string, readonly [string, string, string]> = {
  eastern: ['ET', 'EST', 'EDT'],
  central: ['CT', 'CST', 'CDT'],
  mountain: ['MT', 'MST', 'MDT'],
  pacific: ['PT', 'PST', 'PDT'],
  alaska: ['AKT', 'AKST', 'AKDT'],
  hawaii: ['HST', 'HST', 'HDT'],
  atlantic: ['AT', 'AST', 'ADT'],
  newfoundland: ['NT', 'NST', 'NDT'],
};

/** The abbreviation of a spelled-out zone (`eastern`; `standard`/`daylight` after it), if one. */
export function spelledZoneAbbreviation(name: string, qualifier?: string): string | undefined {
  const forms = SPELLED[name.toLowerCase()];
  if (!forms) return undefined;
  const q = qualifier?.toLowerCase();
  return q === 'standard' ? forms[1] : q === 'daylight' ? forms[2] : forms[0];
}

/** The generic name of a spelled zone's standard or daylight abbreviation (`EST`, `EDT` → `ET`). */
const GENERIC_OF = new Map(
  Object.values(SPELLED).flatMap(([generic, standard, daylight]) =>
    generic === standard ? [] : [standard, daylight].map((a) => [a, generic] as const),
  ),
);

/**
 * The zone a start column's header names, as the times below it are read: `(EST)` over an
 * America/New_York export's times names the practice's clock, summer time included (people write
 * EST all year round; the times are the schedule's), so the practice's own standard or daylight
 * abbreviation is read as its generic name (`ET`). Another zone's (`(CST)` in New York, `(EST)` in
 * Chicago, `(UTC)`) is kept as written, and the file is held.
 */
export function headerZoneAsRead(abbr: string | undefined, timeZone: string, at: Date): string | undefined {
  const generic = abbr && GENERIC_OF.get(abbr.toUpperCase());
  return generic && zoneAbbreviationAgrees(generic, timeZone, at) ? generic : abbr;
}

/**
 * Whether `abbr` is the practice's own standard or daylight name (`CST`, `CDT` for
 * America/Chicago), so one written on the other half of the year (`CST` in May) is most likely the
 * practice's clock named all year by one season: `standard` or `daylight` then, else undefined.
 */
export function practiceSeasonName(abbr: string, timeZone: string): 'standard' | 'daylight' | undefined {
  const a = abbr.trim().toUpperCase();
  const generic = GENERIC_OF.get(a);
  if (!generic || !zoneAbbreviationAgrees(generic, timeZone, new Date())) return undefined;
  return Object.values(SPELLED).some((forms) => forms[1] === a) ? 'standard' : 'daylight';
}

const NUMERIC = /^(?:UTC|GMT|UT)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

function fixedOffsets(abbr: string): readonly number[] | undefined {
  const m = NUMERIC.exec(abbr);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return Number(m[2]) <= 14 && Number(m[3] ?? 0) < 60 ? [(m[1] === '-' ? -1 : 1) * minutes] : undefined;
  }
  return FIXED[abbr.toUpperCase()];
}

/** True when the text is an abbreviation this table knows (`EST`, `cet`, `UTC+1`, `ET`). */
export function isKnownZoneAbbreviation(abbr: string): boolean {
  const a = abbr.trim();
  return fixedOffsets(a) !== undefined || GENERIC[a.toUpperCase()] !== undefined;
}

/**
 * The UTC offsets (minutes) an abbreviation can mean, or undefined when unknown. Generic names
 * give both their offsets.
 */
export function zoneAbbreviationOffsets(abbr: string): readonly number[] | undefined {
  const a = abbr.trim();
  return fixedOffsets(a) ?? GENERIC[a.toUpperCase()];
}

function offsetMinutes(timeZone: string, instant: Date): number {
  return Math.round(zoneOffsetMs(timeZone, instant.getTime()) / 60_000);
}

/**
 * Does `abbr` (as written after a time) agree with the practice's zone at `instant`? True when the
 * abbreviation's UTC offset equals the zone's offset then; false when it does not; undefined for
 * an abbreviation the table does not know (the caller holds the file and asks).
 */
export function zoneAbbreviationAgrees(abbr: string, timeZone: string, instant: Date): boolean | undefined {
  const a = abbr.trim();
  const actual = offsetMinutes(timeZone, instant);
  const fixed = fixedOffsets(a);
  if (fixed) return fixed.includes(actual) && !anotherZonesSeasonName(a, timeZone, instant);
  const generic = GENERIC[a.toUpperCase()];
  if (!generic) return undefined;
  return keepsPair(generic, timeZone, instant) && generic.includes(actual);
}

/** A generic name fits a zone whose winter and summer offsets are that pair (in either
 *  hemisphere), and then it is right at every instant. */
function keepsPair(generic: readonly [number, number], timeZone: string, instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const jan = offsetMinutes(timeZone, new Date(Date.UTC(year, 0, 15)));
  const jul = offsetMinutes(timeZone, new Date(Date.UTC(year, 6, 15)));
  return Math.min(jan, jul) === generic[0] && Math.max(jan, jul) === generic[1];
}

/**
 * A North American season name of another zone (`EST` at a Chicago practice, `CST` at Denver's,
 * `PDT` at Phoenix's) whose offset only happens to match the practice's clock that day: `EST` is
 * -5 h, Chicago's summer offset, but schedulers write their own zone's standard name all year
 * round (headerZoneAsRead), so `EST` in July is as likely New York's EDT, an hour off (62r1).
 * Which is not guessed. The one reading that is sure: a zone that keeps no daylight time named by
 * its standard time (`MST` in Phoenix, `CST` in Regina, `EST` in Panama or Atikokan).
 */
function anotherZonesSeasonName(abbr: string, timeZone: string, instant: Date): boolean {
  const generic = GENERIC_OF.get(abbr.toUpperCase());
  if (!generic) return false;
  const pair = GENERIC[generic];
  if (pair && keepsPair(pair, timeZone, instant)) return false;
  const year = instant.getUTCFullYear();
  const jan = offsetMinutes(timeZone, new Date(Date.UTC(year, 0, 15)));
  const jul = offsetMinutes(timeZone, new Date(Date.UTC(year, 6, 15)));
  const standard = Object.values(SPELLED).some(([g, s]) => g === generic && s === abbr.toUpperCase());
  return !(jan === jul && standard);
}
