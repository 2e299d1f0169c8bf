// A group's export of offices in two time zones, each row on its own office's clock and no zone
// written (trust/location-zones.ts holds it): the practice answers, per location, which clock its
// times are on (`Bowling Green - Scottsville Rd` keeps America/Chicago time), and that location's
// rows are read on that zone from then on (map-row.ts). A location is known by its words as
// written, case, spaces and punctuation apart: `BOWLING GREEN - SCOTTSVILLE RD.` is the answered
// one, `Bowling Green` or `Bowling Green - Campbell Ln` is another text and is asked again (a
// shorter or longer name may be another site; asking once more costs one question, a guess an
// hour on every visit).
import type { Doubt } from '../../model/doubt.ts';
import { locationWords } from './location-words.ts';
import type { LocationZone, MappingProfile } from './profile.ts';
import { isValidTimeZone } from './zoned-time.ts';

/** The zone the practice answered for a location (as the row writes it), if any. */
export function locationClock(
  answers: readonly LocationZone[] | undefined,
): ((location: string) => string | undefined) | undefined {
  if (!answers?.length) return undefined;
  const byWords = new Map(answers.map((a) => [locationWords(a.location), a.zone]));
  const seen = new Map<string, string | undefined>();
  return (location) => {
    if (seen.has(location)) return seen.get(location);
    const zone = byWords.get(locationWords(location));
    // A file names a handful of sites on thousands of rows; a file of very many keeps the first.
    if (seen.size < 200) seen.set(location, zone);
    return zone;
  };
}

/**
 * The review's answer that locations keep other clocks (ReviewAnswers.locationZones, `mapping
 * confirm --location-zone`): kept in the mapping (MappingProfile.locationZones), and those
 * locations taken out of the file's `location-zone` question, so confirming does not also keep
 * them as on the practice's clock. Refused for a location the file does not ask about (only a
 * location the file showed on another clock is answered), for a zone Intl does not know, for two
 * zones given to one location (however its words are spelt), and for
 * a file whose title or print line states a zone (`Printed: … CST`): such a report may write every
 * row on the clock of the user who printed it, and a location answered from it would read the
 * practice's own later exports an hour off.
 */
export function answerLocationZones(
  profile: MappingProfile,
  given: readonly LocationZone[] | undefined,
  doubts: readonly Doubt[],
): { profile: MappingProfile; doubts: Doubt[] } | { refused: string } {
  if (!given?.length) return { profile, doubts: [...doubts] };
  const asked = doubts.filter((d) => d.check === 'location-zone').flatMap((d) => d.subjects ?? []);
  const stated = doubts.find((d) => d.check === 'title-zone');
  if (stated)
    return {
      refused: `Not saved: this file's title states a time zone ('${stated.subjects?.[0] ?? ''}'): a report printed on another clock may write every location's times on the clock of the user who printed it, not each location's own. Have the export made with the practice's time zone, then answer each location's clock`,
    };
  const answered = new Map<string, LocationZone>();
  for (const g of given) {
    const words = locationWords(g.location);
    if (!asked.some((s) => locationWords(s) === words))
      return {
        refused: `Not saved: this file does not ask which clock the location '${g.location}' keeps (${asked.length ? `it asks about ${asked.map((s) => `'${s}'`).join(', ')}` : 'it asks about no location'}). Answer only the locations the question names`,
      };
    if (!isValidTimeZone(g.zone))
      return {
        refused: `Not saved: '${g.zone}' (for the location '${g.location}') is not a time zone; pick one such as America/Chicago`,
      };
    // One location (its words, however spelt on the file's rows) keeps one clock: of two zones
    // for it, kept as given the last would silently win for both spellings.
    const before = answered.get(words);
    if (before && before.zone !== g.zone)
      return {
        refused: `Not saved: the location '${g.location}' is answered twice, with two zones (${before.zone} for '${before.location}', ${g.zone} for '${g.location}'): one location keeps one clock. Answer it once`,
      };
    if (!before) answered.set(words, g);
  }
  const isAnswered = (l: string): boolean => answered.has(locationWords(l));
  const kept = (profile.locationZones ?? []).filter((k) => !isAnswered(k.location));
  const keys = profile.confirmed?.answered?.filter(
    (k) => !(k.startsWith('location-zone#') && isAnswered(k.slice('location-zone#'.length))),
  );
  const left: Doubt[] = [];
  for (const d of doubts) {
    if (d.check !== 'location-zone') {
      left.push(d);
      continue;
    }
    const subjects = (d.subjects ?? []).filter((s) => !isAnswered(s));
    if (subjects.length) left.push({ ...d, subjects });
  }
  return {
    profile: {
      ...profile,
      locationZones: [
        ...kept,
        ...[...answered.values()].map((g) => ({ location: g.location.trim(), zone: g.zone })),
      ],
      ...(profile.confirmed && keys ? { confirmed: { ...profile.confirmed, answered: keys } } : {}),
    },
    doubts: left,
  };
}
