// US places whose clock a location name gives away: the towns on either side of the lines where a
// state is split between two zones (Kentucky and Tennessee at the Central/Eastern line, Indiana's
// Chicago-area and Evansville-area counties, the Florida panhandle west of the Apalachicola, El
// Paso and Hudspeth counties in Texas, northern Idaho, western Nebraska, Kansas and the Dakotas,
// Michigan's Upper Peninsula on the Wisconsin line, West Wendover, the western Aleutians),
// Arizona without daylight time beside the Navajo Nation and New Mexico with it, and the large
// cities a group with offices in several states names its sites after. A group's one export of
// several offices, each on its own clock with no zone written, says where each row is only here
// (`Bowling Green - Scottsville Rd`, `DCO Gallup NM`). Zones per 49 CFR Part 71 and the tz
// database (the Navajo Nation follows America/Denver, the rest of Arizona America/Phoenix).
// Names that are as often a person, a business or a place in several zones (Jackson, Columbia,
// Phoenix, Meridian, Lexington, Jacksonville, Clarksville, Farmington, Henderson,
// Austin) are left out: they would hold files of practices far from the place for nothing.

import { ACCENT_MARKS } from './accent-marks.ts';

/** A place: its name as a location writes it (lower case, words), its state and its IANA zone. */
export interface UsPlace {
  name: string;
  state: string;
  zone: string;
}

const CHI = 'America/Chicago';
const NY = 'America/New_York';
const DEN = 'America/Denver';
const PHX = 'America/Phoenix';
const LA = 'America/Los_Angeles';
const BOI = 'America/Boise';
const IND = 'America/Indiana/Indianapolis';
const LOU = 'America/Kentucky/Louisville';
const DET = 'America/Detroit';

/** [state, zone, names]: the places of one state on one clock. */
const TABLE: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['KY', CHI, ['bowling green', 'owensboro', 'paducah', 'hopkinsville', 'madisonville']],
  ['KY', LOU, ['louisville', 'elizabethtown', 'frankfort', 'somerset', 'pikeville']],
  ['TN', CHI, ['nashville', 'memphis', 'murfreesboro', 'cookeville', 'crossville', 'tullahoma']],
  ['TN', NY, ['knoxville', 'chattanooga', 'johnson city', 'kingsport', 'oak ridge', 'morristown']],
  [
    'IN',
    CHI,
    [
      'gary',
      'hammond',
      'merrillville',
      'valparaiso',
      'crown point',
      'munster',
      'schererville',
      'la porte',
      'michigan city',
      'evansville',
      'tell city',
      'chesterton',
    ],
  ],
  [
    'IN',
    IND,
    [
      'indianapolis',
      'fort wayne',
      'south bend',
      'elkhart',
      'terre haute',
      'muncie',
      'kokomo',
      'fishers',
      'mishawaka',
      'noblesville',
    ],
  ],
  [
    'FL',
    CHI,
    [
      'pensacola',
      'panama city',
      'panama city beach',
      'fort walton beach',
      'destin',
      'crestview',
      'niceville',
      'navarre',
      'gulf breeze',
      'defuniak springs',
      'chipley',
    ],
  ],
  ['FL', NY, ['tallahassee', 'tampa', 'orlando', 'st petersburg', 'fort lauderdale', 'sarasota']],
  ['TX', DEN, ['el paso', 'horizon city']],
  [
    'TX',
    CHI,
    [
      'dallas',
      'houston',
      'san antonio',
      'fort worth',
      'lubbock',
      'amarillo',
      'odessa',
      'san angelo',
      'abilene',
    ],
  ],
  ['NM', DEN, ['albuquerque', 'santa fe', 'las cruces', 'gallup', 'rio rancho', 'shiprock', 'las vegas']],
  [
    'AZ',
    PHX,
    [
      'tucson',
      'scottsdale',
      'tempe',
      'flagstaff',
      'yuma',
      'sedona',
      'kingman',
      'sierra vista',
      'casa grande',
      'lake havasu city',
    ],
  ],
  ['AZ', DEN, ['window rock', 'chinle', 'tuba city', 'kayenta', 'ganado', 'fort defiance']],
  ['ID', LA, ["coeur d'alene", 'post falls', 'sandpoint', 'moscow', 'bonners ferry', 'lewiston', 'orofino']],
  // Lewiston is also Maine's and New York's (Eastern): a name in several states is another clock
  // only where every one of them is (location-zones.ts).
  ['ME', NY, ['lewiston']],
  ['NY', NY, ['lewiston']],
  ['ID', BOI, ['boise', 'nampa', 'idaho falls', 'pocatello', 'twin falls', 'rexburg']],
  ['WA', LA, ['spokane', 'seattle', 'tacoma']],
  ['SD', DEN, ['rapid city', 'spearfish']],
  ['SD', CHI, ['sioux falls']],
  ['ND', CHI, ['bismarck', 'fargo', 'grand forks', 'minot', 'williston']],
  ['NE', DEN, ['scottsbluff', 'ogallala']],
  ['NE', CHI, ['omaha', 'north platte', 'kearney']],
  ['KS', DEN, ['goodland']],
  ['KS', CHI, ['wichita', 'dodge city', 'hays', 'topeka']],
  ['IL', CHI, ['chicago', 'peoria', 'rockford', 'naperville']],
  ['MO', CHI, ['st louis', 'kansas city']],
  ['MN', CHI, ['minneapolis', 'st paul']],
  ['WI', CHI, ['milwaukee', 'green bay']],
  ['LA', CHI, ['new orleans', 'baton rouge', 'shreveport']],
  ['OK', CHI, ['oklahoma city', 'tulsa']],
  ['AR', CHI, ['little rock']],
  ['GA', NY, ['atlanta', 'savannah']],
  ['MI', DET, ['detroit', 'grand rapids', 'ann arbor', 'lansing', 'escanaba', 'houghton']],
  // The Upper Peninsula's counties on the Wisconsin line keep Central time.
  ['MI', CHI, ['iron mountain', 'kingsford', 'menominee']],
  ['NY', NY, ['new york', 'brooklyn']],
  ['MA', NY, ['boston']],
  ['PA', NY, ['philadelphia', 'pittsburgh']],
  ['CO', DEN, ['denver', 'colorado springs', 'fort collins', 'pueblo']],
  ['UT', DEN, ['salt lake city', 'provo', 'st george']],
  ['NV', LA, ['las vegas', 'reno']],
  // West Wendover keeps Mountain time with Wendover, Utah, across the line (the tz database files
  // it under Nevada's America/Los_Angeles).
  ['NV', DEN, ['west wendover']],
  ['CA', LA, ['los angeles', 'san diego', 'san francisco', 'sacramento', 'fresno', 'san jose']],
  ['AK', 'America/Anchorage', ['anchorage', 'fairbanks', 'juneau']],
  // The Aleutians west of 169°30′ keep Hawaii-Aleutian time.
  ['AK', 'America/Adak', ['adak', 'atka']],
  ['HI', 'Pacific/Honolulu', ['honolulu', 'hilo']],
  // Cities of one name in several states, each of 50,000 people or more: alone, a name is
  // another clock only where every one of them is (Portland at a Chicago practice is Oregon's or
  // Maine's, neither Central: asked; Springfield there may be Illinois's or Missouri's: the
  // practice's clock). With its state written, only that state's (`Springfield, MA`).
  ['OR', LA, ['portland', 'springfield']],
  ['ME', NY, ['portland']],
  ['OH', NY, ['columbus', 'springfield']],
  ['GA', NY, ['columbus']],
  ['IN', IND, ['columbus']],
  ['IL', CHI, ['springfield']],
  ['MO', CHI, ['springfield']],
  ['MA', NY, ['springfield']],
  ['KS', CHI, ['kansas city']],
];

/** The US zones a person picks a location's clock from, west to east (the review's choices). */
const US_ZONES = [
  'Pacific/Honolulu',
  'America/Anchorage',
  LA,
  PHX,
  DEN,
  BOI,
  CHI,
  IND,
  LOU,
  DET,
  NY,
  'America/Puerto_Rico',
];

/** The zones to offer for a location's clock: those of the places named first, then the US ones. */
export function zoneChoices(named: readonly string[]): string[] {
  return [...new Set([...named, ...US_ZONES])];
}

/** State names as a location may spell them after the place (`Gallup, New Mexico`), and the
 *  codes (`NM`, `N.M.` read as `n m`). */
const STATE_NAMES: Readonly<Record<string, string>> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
};
const STATE_CODES = new Set([...Object.values(STATE_NAMES), 'DC']);
/** The Associated Press's abbreviations (`Evansville, Ind.`, `Knoxville, Tenn.`), written in
 *  newspapers' style and by many a front desk after a city; the two-letter ones (`Ky.`, `Pa.`) are
 *  the codes. Without them a site list of `Evansville, Ind.` read as people and was left out. */
const AP_STATES: Readonly<Record<string, string>> = {
  ala: 'AL',
  ariz: 'AZ',
  ark: 'AR',
  calif: 'CA',
  colo: 'CO',
  conn: 'CT',
  del: 'DE',
  fla: 'FL',
  ill: 'IL',
  ind: 'IN',
  kan: 'KS',
  kans: 'KS',
  mass: 'MA',
  mich: 'MI',
  minn: 'MN',
  miss: 'MS',
  mont: 'MT',
  neb: 'NE',
  nebr: 'NE',
  nev: 'NV',
  okla: 'OK',
  ore: 'OR',
  oreg: 'OR',
  tenn: 'TN',
  tex: 'TX',
  wash: 'WA',
  wis: 'WI',
  wisc: 'WI',
  wyo: 'WY',
};

/** Words after a place name that make it a street or a building's name, not the place
 *  (`Chicago Ave`, `Boise St`, `Memphis Pike`). */
const STREET =
  /^(?:ave|avenue|st|street|rd|road|blvd|boulevard|dr|drive|pkwy|parkway|hwy|highway|ln|lane|way|pike|ct|court|cir|circle|pl|place|plaza|ter|terrace|trl|trail|sq|square|row|loop|expy|expressway)\b/;

const BY_FIRST_WORD = new Map<string, UsPlace[]>();
for (const [state, zone, names] of TABLE)
  for (const name of names) {
    const first = name.split(' ')[0]!;
    const list = BY_FIRST_WORD.get(first) ?? [];
    list.push({ name, state, zone });
    BY_FIRST_WORD.set(first, list);
  }

/** A location's words in lower case and without accents (`Clínica San José` names the place
 *  `Clinica San Jose` does: a mark is no other town), apostrophes kept (`coeur d'alene`), `St.`
 *  as `st`. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(ACCENT_MARKS, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** The state written right after a place (`KY`, `N.M.` read as `n m`, `New Mexico`) and how many
 *  words it takes, if any. */
function stateAfter(words: readonly string[], at: number): { state: string; words: number } | undefined {
  const one = words[at];
  if (!one) return undefined;
  const next = words[at + 1];
  const two = next ? `${one} ${next}` : undefined;
  if (two && STATE_NAMES[two]) return { state: STATE_NAMES[two], words: 2 };
  if (STATE_NAMES[one]) return { state: STATE_NAMES[one], words: 1 };
  if (AP_STATES[one]) return { state: AP_STATES[one], words: 1 };
  if (one.length === 2 && STATE_CODES.has(one.toUpperCase())) return { state: one.toUpperCase(), words: 1 };
  if (next && one.length === 1 && next.length === 1 && STATE_CODES.has(`${one}${next}`.toUpperCase()))
    return { state: `${one}${next}`.toUpperCase(), words: 2 };
  return undefined;
}

/** The state a text written alone names (a code in capitals, `IN`, `N.M.`: `In` or `Al` may be a
 *  given name; in any case when `anyCase`; AP's `Ind.`; a state's name, `Indiana`, `New Mexico`),
 *  as its code; undefined for none. */
export function stateWritten(text: string, anyCase: boolean): string | undefined {
  const t = anyCase ? text.trim().toUpperCase() : text.trim();
  if (/^[A-Z]{2}$|^[A-Z]\.[A-Z]\.$/.test(t)) {
    const code = t.replace(/\./g, '');
    return STATE_CODES.has(code) ? code : undefined;
  }
  // AP's with its full stop (`Ind.`, `Ky.`): without it `Ind`, `Del`, `Ill` may be words or names.
  if (/^[A-Z][a-z]{1,4}\.$/.test(t) || (anyCase && /^[A-Z]{2,5}\.$/.test(t))) {
    const w = t.slice(0, -1).toLowerCase();
    return AP_STATES[w] ?? (STATE_CODES.has(w.toUpperCase()) ? w.toUpperCase() : undefined);
  }
  return STATE_NAMES[wordsOf(t).join(' ')];
}

/** A state written alone after the last comma (stateWritten). */
function stateAlone(text: string, anyCase: boolean): boolean {
  return stateWritten(text, anyCase) !== undefined;
}

/**
 * A place and its state, the way a site is named (`Evansville, IN`, `Coeur d'Alene, Idaho`):
 * written like `Last, First`, it is no person. One to four words of a name, a comma, a state.
 * `anyCase` takes the code in any case (`Evansville, in`): under a location's header, where a
 * site's clock is checked, not where the cell decides whether a column is of people.
 */
export function placeAndState(value: string, anyCase = false): boolean {
  const comma = value.lastIndexOf(',');
  if (comma < 0) return false;
  const place = wordsOf(value.slice(0, comma));
  return place.length >= 1 && place.length <= 4 && stateAlone(value.slice(comma + 1), anyCase);
}

/**
 * The places a location's name names: each a list of the places of that name it can be (one,
 * unless the name is in two states and no state follows it). A place followed by a street word
 * is a street; a place followed by a state is only that state's.
 */
export function placesNamed(location: string): UsPlace[][] {
  const words = wordsOf(location);
  const out: UsPlace[][] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = BY_FIRST_WORD.get(words[i]!);
    if (!candidates) continue;
    // The longest name that starts here (`panama city beach` before `panama city`).
    let best: { length: number; places: UsPlace[] } | undefined;
    for (const p of candidates) {
      const n = p.name.split(' ');
      if (words.slice(i, i + n.length).join(' ') !== p.name) continue;
      if (!best || n.length > best.length) best = { length: n.length, places: [p] };
      else if (n.length === best.length) best.places.push(p);
    }
    if (!best) continue;
    const after = i + best.length;
    if (words[after] && STREET.test(words[after]!)) continue;
    const state = stateAfter(words, after);
    const places = state ? best.places.filter((p) => p.state === state.state) : best.places;
    if (places.length) out.push(places);
    // The state after a place is part of it (`Gallup, New York` names no New York city).
    i = after + (state?.words ?? 0) - 1;
  }
  return out;
}
