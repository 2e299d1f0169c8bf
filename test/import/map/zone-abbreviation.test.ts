// Zone abbreviations against the practice's zone at an instant. Offsets by hand: New York is -5 h
// in January and -4 h in July (DST from 2026-03-08 07:00Z); Berlin +1/+2; Sydney +11 in January
// (southern summer) and +10 in July; Adelaide +10:30/+9:30; St John's -3:30 in winter.
import { describe, expect, it } from 'vitest';
import {
  isKnownZoneAbbreviation,
  practiceSeasonName,
  zoneAbbreviationAgrees,
  zoneAbbreviationOffsets,
} from '../../../main/import/map/zone-abbreviation.ts';

const JAN = new Date('2026-01-15T15:00:00Z');
const JUL = new Date('2026-07-15T15:00:00Z');

describe('zoneAbbreviationAgrees', () => {
  it.each<[string, string, Date, boolean | undefined]>([
    ['EST', 'America/New_York', JAN, true],
    ['EST', 'America/New_York', JUL, false], // New York is on EDT in July
    ['EDT', 'America/New_York', JUL, true],
    ['EDT', 'America/New_York', JAN, false],
    ['est', 'America/New_York', JAN, true],
    ['EST', 'America/Denver', JAN, false],
    ['CST', 'America/Chicago', JAN, true],
    ['CDT', 'America/Chicago', JUL, true],
    ['CST', 'Asia/Shanghai', JAN, true], // China Standard Time
    ['MST', 'America/Denver', JAN, true],
    ['MDT', 'America/Denver', JUL, true],
    ['MST', 'America/Phoenix', JUL, true], // Arizona keeps standard time
    ['PST', 'America/Los_Angeles', JAN, true],
    ['PDT', 'America/Los_Angeles', JUL, true],
    ['PST', 'America/Los_Angeles', JUL, false],
    ['AKST', 'America/Anchorage', JAN, true],
    ['AKDT', 'America/Anchorage', JUL, true],
    ['HST', 'Pacific/Honolulu', JUL, true],
    ['AST', 'America/Halifax', JAN, true],
    ['ADT', 'America/Halifax', JUL, true],
    ['AST', 'America/Puerto_Rico', JUL, true],
    ['NST', 'America/St_Johns', JAN, true],
    ['NDT', 'America/St_Johns', JUL, true],
    ['GMT', 'Europe/London', JAN, true],
    ['UTC', 'Europe/London', JAN, true],
    ['Z', 'Europe/London', JAN, true],
    ['GMT', 'Europe/London', JUL, false],
    ['BST', 'Europe/London', JUL, true],
    ['IST', 'Europe/Dublin', JUL, true], // Irish Standard Time
    ['IST', 'Asia/Kolkata', JAN, true], // India
    ['WET', 'Europe/Lisbon', JAN, true],
    ['WEST', 'Europe/Lisbon', JUL, true],
    ['CET', 'Europe/Berlin', JAN, true],
    ['CEST', 'Europe/Berlin', JUL, true],
    ['CET', 'Europe/Berlin', JUL, false],
    ['MEZ', 'Europe/Berlin', JAN, true],
    ['MESZ', 'Europe/Berlin', JUL, true],
    ['EET', 'Europe/Athens', JAN, true],
    ['EEST', 'Europe/Athens', JUL, true],
    ['AEST', 'Australia/Sydney', JUL, true],
    ['AEDT', 'Australia/Sydney', JAN, true],
    ['AEST', 'Australia/Sydney', JAN, false],
    ['AEST', 'Australia/Brisbane', JAN, true], // Queensland has no DST
    ['ACST', 'Australia/Darwin', JAN, true],
    ['ACDT', 'Australia/Adelaide', JAN, true],
    ['AWST', 'Australia/Perth', JAN, true],
    ['NZDT', 'Pacific/Auckland', JAN, true],
    ['NZST', 'Pacific/Auckland', JUL, true],
    ['JST', 'Asia/Tokyo', JAN, true],
    ['KST', 'Asia/Seoul', JAN, true],
    ['SGT', 'Asia/Singapore', JAN, true],
    ['HKT', 'Asia/Hong_Kong', JAN, true],
    ['UTC+1', 'Europe/Berlin', JAN, true],
    ['GMT-5', 'America/New_York', JAN, true],
    ['UTC+05:30', 'Asia/Kolkata', JUL, true],
    ['UTC+2', 'Europe/Berlin', JAN, false],
    // Generic names follow the zone's clock all year
    ['ET', 'America/New_York', JAN, true],
    ['ET', 'America/New_York', JUL, true],
    ['PT', 'America/Los_Angeles', JUL, true],
    ['ET', 'America/Chicago', JAN, false],
    ['ET', 'America/Panama', JAN, false], // -5 all year: not Eastern time
    // Unknown: the caller holds
    ['XST', 'America/New_York', JAN, undefined],
    ['FOO', 'Europe/Berlin', JUL, undefined],
  ])('%s in %s at %s → %s', (abbr, zone, at, expected) => {
    expect(zoneAbbreviationAgrees(abbr, zone, at)).toBe(expected);
  });

  it('switches exactly at the daylight-saving transition', () => {
    // 2026-03-08 02:00 EST = 07:00Z: clocks jump to 03:00 EDT.
    expect(zoneAbbreviationAgrees('EST', 'America/New_York', new Date('2026-03-08T06:59:00Z'))).toBe(true);
    expect(zoneAbbreviationAgrees('EDT', 'America/New_York', new Date('2026-03-08T06:59:00Z'))).toBe(false);
    expect(zoneAbbreviationAgrees('EDT', 'America/New_York', new Date('2026-03-08T07:00:00Z'))).toBe(true);
  });
});

describe('zone abbreviation table', () => {
  it.each<[string, number[] | undefined]>([
    ['EST', [-300]],
    ['NST', [-210]],
    ['ACDT', [630]],
    ['IST', [60, 120, 330]],
    ['UTC-03:30', [-210]],
    ['GMT+14', [840]],
    ['GMT+15', undefined],
    ['XST', undefined],
  ])('%s → %j', (abbr, offsets) => {
    const got = zoneAbbreviationOffsets(abbr);
    expect(got === undefined ? undefined : [...got]).toEqual(offsets);
    expect(isKnownZoneAbbreviation(abbr)).toBe(offsets !== undefined);
  });
});

describe('practiceSeasonName', () => {
  it.each([
    ['CST', 'America/Chicago', 'standard'],
    ['cdt', 'America/Chicago', 'daylight'],
    ['EST', 'America/New_York', 'standard'],
    ['PDT', 'America/Los_Angeles', 'daylight'],
    // another zone's name, a generic name, one with no season pair, the Arizona clock (MST only)
    ['EST', 'America/Chicago', undefined],
    ['CT', 'America/Chicago', undefined],
    ['CET', 'Europe/Berlin', undefined],
    ['MDT', 'America/Phoenix', undefined],
  ])('%s in %s is its %s name', (abbr, zone, season) => {
    expect(practiceSeasonName(abbr, zone)).toBe(season);
  });
});

// Another zone's season name whose offset only matches the practice's that day (62r1): `EST` is
// -5 h, Chicago's July offset, but an Eastern scheduler writes EST all year, so the times may be
// New York's EDT, an hour off. Offsets by hand: Chicago -6/-5, Denver -7/-6, Los Angeles -8/-7,
// Phoenix -7 all year, Regina -6 all year, Panama -5 all year, Shanghai +8 all year.
describe("another zone's season name matching the practice's offset by chance", () => {
  it.each<[string, string, Date, boolean]>([
    ['EST', 'America/Chicago', JUL, false],
    ['CST', 'America/Denver', JUL, false],
    ['MST', 'America/Los_Angeles', JUL, false],
    ['CDT', 'America/Chicago', JUL, true],
    ['CST', 'America/Chicago', JAN, true],
    ['MDT', 'America/Chicago', JAN, false],
    ['PDT', 'America/Phoenix', JUL, false],
    // A zone with no daylight time named by its standard time: sure.
    ['MST', 'America/Phoenix', JUL, true],
    ['MST', 'America/Phoenix', JAN, true],
    ['CST', 'America/Regina', JUL, true],
    ['EST', 'America/Panama', JUL, true],
    ['CST', 'Asia/Shanghai', JUL, true],
  ])('%s at %s (%s): %s', (abbr, zone, at, want) => {
    expect(zoneAbbreviationAgrees(abbr, zone, at)).toBe(want);
  });
});
