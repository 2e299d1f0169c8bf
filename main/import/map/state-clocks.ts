// The clock a site's state or province gives away when its town is not on the place list
// (us-zone-places.ts): `Columbus, GA` at a Chicago practice is in Georgia, wholly on Eastern time,
// an hour off Chicago's, whichever Columbus the town is. A state split between zones (Indiana,
// Kentucky, Tennessee, Florida, Texas, Oregon, Idaho, the Dakotas, Nebraska, Kansas, Michigan,
// Nevada, Alaska, Alabama's towns by Columbus that keep Eastern time, Arizona beside the Navajo
// Nation) says nothing sure without the town: its towns named here settle it, any other town is
// asked unless every clock of the state is the practice's. The same for Canada's provinces and
// the US territories. Zones per 49 CFR Part 71 and the tz database.
//
// A location column is read here, never a provider's (only the visit's site and the provider's own
// place reach the check: unkept-sites.ts, file-audit.ts). Still a site list may name a provider
// (`Jones, MD` as a resource) and some codes are both a state and a credential or degree written
// after a surname: MD, PA, DC, MS, ND (credentials, provider-credentials.ts), MA, MT, MN (Master of
// Arts or a medical assistant, a medical technologist, a Master of Nursing), and in Canada AB, MB.
// After a town not on the lists, such a code is only `maybeCredential`: the file's other locations
// decide (trust/location-zones.ts). A ZIP code after it, the state's name in full, or a town known
// for that state (credential-state-towns.ts: `Baltimore, MD`, `Jackson, MS`) settles it.
import { knownTownOfCredentialState } from './credential-state-towns.ts';
import { credentialOf } from './provider-credentials.ts';
import { placesNamed, stateWritten, wordsOf, type UsPlace } from './us-zone-places.ts';

const CHI = 'America/Chicago';
const NY = 'America/New_York';
const DEN = 'America/Denver';
const PHX = 'America/Phoenix';
const LA = 'America/Los_Angeles';
const BOI = 'America/Boise';
const IND = 'America/Indiana/Indianapolis';
const LOU = 'America/Kentucky/Louisville';
const DET = 'America/Detroit';
const ANC = 'America/Anchorage';
const TOR = 'America/Toronto';
const VAN = 'America/Vancouver';
const EDM = 'America/Edmonton';
const WPG = 'America/Winnipeg';
const HFX = 'America/Halifax';

/** Each state's, territory's and province's clocks; for one split between zones, its towns on
 *  each clock that settle it (with the state written: alone, many are also another state's).
 *  One place list: a town the place list (us-zone-places.ts) already gives the state is read
 *  there before this table is looked at (statedPlaces), so it is written only there; the towns
 *  here are the others. A clock whose towns are all on that list stays, as `[]`: the state keeps
 *  it, and an unknown town may be on it. */
const CLOCKS: Readonly<Record<string, string | Readonly<Record<string, readonly string[]>>>> = {
  AK: {
    [ANC]: ['wasilla', 'sitka', 'ketchikan', 'kenai', 'soldotna', 'palmer', 'kodiak', 'bethel', 'nome'],
    'America/Adak': [],
  },
  // Phenix City and its neighbours by Columbus, Georgia keep Eastern time, unofficially.
  AL: {
    [CHI]: [
      'birmingham',
      'montgomery',
      'huntsville',
      'mobile',
      'tuscaloosa',
      'hoover',
      'dothan',
      'auburn',
      'decatur',
      'madison',
      'florence',
      'gadsden',
      'opelika',
      'enterprise',
    ],
    [NY]: ['phenix city', 'smiths station', 'lanett', 'valley'],
  },
  AR: CHI,
  AZ: {
    [PHX]: [
      'phoenix',
      'mesa',
      'chandler',
      'glendale',
      'gilbert',
      'peoria',
      'surprise',
      'goodyear',
      'prescott',
      'prescott valley',
      'avondale',
      'buckeye',
      'queen creek',
      'maricopa',
      'bullhead city',
      'page',
    ],
    [DEN]: [],
  },
  CA: LA,
  CO: DEN,
  CT: NY,
  DC: NY,
  DE: NY,
  FL: {
    [NY]: [
      'miami',
      'jacksonville',
      'hialeah',
      'gainesville',
      'fort myers',
      'naples',
      'clearwater',
      'lakeland',
      'ocala',
      'daytona beach',
      'melbourne',
      'boca raton',
      'west palm beach',
      'port st lucie',
      'cape coral',
      'pompano beach',
      'hollywood',
      'coral springs',
      'kissimmee',
      'palm bay',
      'lake city',
      'apalachicola',
    ],
    [CHI]: [
      'marianna',
      'bonifay',
      'milton',
      'pace',
      'graceville',
      'blountstown',
      'freeport',
      'santa rosa beach',
      'miramar beach',
      'wewahitchka',
    ],
  },
  GA: NY,
  HI: 'Pacific/Honolulu',
  IA: CHI,
  ID: {
    [BOI]: [
      'meridian',
      'caldwell',
      'eagle',
      'kuna',
      'mountain home',
      'blackfoot',
      'burley',
      'jerome',
      'hailey',
      'ketchum',
      'salmon',
    ],
    [LA]: ['grangeville', 'kellogg', 'st maries', 'rathdrum', 'hayden'],
  },
  IL: CHI,
  IN: {
    [IND]: [
      'bloomington',
      'carmel',
      'lafayette',
      'west lafayette',
      'anderson',
      'greenwood',
      'richmond',
      'new albany',
      'jeffersonville',
      'marion',
      'westfield',
      'zionsville',
      'plainfield',
      'vincennes',
      'jasper',
      'logansport',
      'warsaw',
      'goshen',
    ],
    [CHI]: [
      'hobart',
      'portage',
      'highland',
      'dyer',
      'st john',
      'cedar lake',
      'east chicago',
      'whiting',
      'lake station',
      'newburgh',
      'boonville',
      'mount vernon',
      'princeton',
      'knox',
      'rensselaer',
      'kentland',
    ],
  },
  KS: {
    [CHI]: [
      'overland park',
      'olathe',
      'lawrence',
      'shawnee',
      'manhattan',
      'lenexa',
      'salina',
      'hutchinson',
      'leavenworth',
      'garden city',
      'emporia',
      'liberal',
      'great bend',
      'pittsburg',
      'junction city',
      'colby',
    ],
    [DEN]: ['sharon springs', 'tribune', 'syracuse'],
  },
  KY: {
    [LOU]: [
      'lexington',
      'covington',
      'florence',
      'georgetown',
      'richmond',
      'ashland',
      'nicholasville',
      'winchester',
      'danville',
      'london',
      'corbin',
      'hazard',
      'shelbyville',
      'radcliff',
    ],
    [CHI]: ['murray', 'mayfield', 'glasgow', 'franklin', 'henderson'],
  },
  LA: CHI,
  MA: NY,
  MD: NY,
  ME: NY,
  MI: {
    [DET]: [
      'flint',
      'warren',
      'sterling heights',
      'dearborn',
      'livonia',
      'troy',
      'southfield',
      'kalamazoo',
      'traverse city',
      'saginaw',
      'marquette',
      'sault ste marie',
      'muskegon',
      'holland',
      'jackson',
      'battle creek',
      'royal oak',
      'novi',
      'farmington hills',
      'pontiac',
      'port huron',
      'midland',
      'bay city',
    ],
    [CHI]: ['ironwood', 'iron river', 'crystal falls', 'norway'],
  },
  MN: CHI,
  MO: CHI,
  MS: CHI,
  MT: DEN,
  NC: NY,
  ND: {
    [CHI]: ['west fargo', 'mandan', 'jamestown', 'devils lake', 'valley city', 'wahpeton'],
    [DEN]: ['dickinson', 'beach', 'bowman', 'hettinger'],
  },
  NE: {
    [CHI]: [
      'lincoln',
      'bellevue',
      'grand island',
      'fremont',
      'hastings',
      'norfolk',
      'columbus',
      'papillion',
      'la vista',
      'south sioux city',
      'beatrice',
      'lexington',
      'mccook',
    ],
    [DEN]: ['gering', 'alliance', 'sidney', 'chadron', 'kimball'],
  },
  NH: NY,
  NJ: NY,
  NM: DEN,
  // West Wendover, Jackpot and Owyhee keep Mountain time with their neighbours across the line.
  NV: {
    [LA]: [
      'henderson',
      'sparks',
      'north las vegas',
      'carson city',
      'elko',
      'fallon',
      'mesquite',
      'boulder city',
      'pahrump',
      'winnemucca',
      'ely',
    ],
    [DEN]: ['jackpot', 'owyhee'],
  },
  NY: NY,
  OH: NY,
  OK: CHI,
  OR: {
    [LA]: [
      'salem',
      'eugene',
      'gresham',
      'hillsboro',
      'beaverton',
      'bend',
      'medford',
      'corvallis',
      'albany',
      'tigard',
      'lake oswego',
      'keizer',
      'grants pass',
      'oregon city',
      'mcminnville',
      'redmond',
      'tualatin',
      'west linn',
      'woodburn',
      'newberg',
      'roseburg',
      'klamath falls',
      'pendleton',
      'hermiston',
      'the dalles',
      'coos bay',
      'astoria',
      'baker city',
    ],
    [BOI]: ['ontario', 'nyssa', 'vale'],
  },
  PA: NY,
  RI: NY,
  SC: NY,
  SD: {
    [CHI]: ['aberdeen', 'brookings', 'watertown', 'mitchell', 'yankton', 'huron', 'vermillion', 'pierre'],
    [DEN]: ['sturgis', 'belle fourche', 'lead', 'deadwood', 'hot springs', 'custer'],
  },
  TN: {
    [CHI]: [
      'clarksville',
      'jackson',
      'franklin',
      'hendersonville',
      'columbia',
      'smyrna',
      'brentwood',
      'gallatin',
      'lebanon',
      'mount juliet',
      'dyersburg',
      'union city',
      'paris',
      'martin',
      'mcminnville',
      'shelbyville',
      'lawrenceburg',
      'dickson',
    ],
    [NY]: ['cleveland', 'bristol', 'maryville', 'athens', 'greeneville', 'elizabethton', 'sevierville'],
  },
  // Van Horn (Culberson County) keeps Mountain time unofficially: not named, so asked.
  TX: {
    [CHI]: [
      'austin',
      'plano',
      'arlington',
      'corpus christi',
      'laredo',
      'irving',
      'garland',
      'frisco',
      'mckinney',
      'grand prairie',
      'brownsville',
      'killeen',
      'pasadena',
      'mcallen',
      'mesquite',
      'denton',
      'waco',
      'carrollton',
      'midland',
      'round rock',
      'tyler',
      'beaumont',
      'college station',
      'league city',
      'sugar land',
      'edinburg',
      'the woodlands',
      'conroe',
      'temple',
      'longview',
      'wichita falls',
      'galveston',
      'victoria',
      'harlingen',
      'bryan',
      'pearland',
      'richardson',
      'lewisville',
      'allen',
      'new braunfels',
      'san marcos',
      'georgetown',
      'texarkana',
      'sherman',
      'nacogdoches',
      'lufkin',
      'del rio',
      'eagle pass',
      'alpine',
      'fort stockton',
      'pecos',
    ],
    [DEN]: [
      'socorro',
      'san elizario',
      'anthony',
      'canutillo',
      'clint',
      'fabens',
      'vinton',
      'tornillo',
      'sierra blanca',
      'dell city',
      'fort hancock',
    ],
  },
  UT: DEN,
  VA: NY,
  VT: NY,
  WA: LA,
  WI: CHI,
  WV: NY,
  WY: DEN,
  PR: 'America/Puerto_Rico',
  VI: 'America/St_Thomas',
  GU: 'Pacific/Guam',
  AB: EDM,
  BC: {
    [VAN]: [
      'vancouver',
      'victoria',
      'surrey',
      'burnaby',
      'richmond',
      'kelowna',
      'kamloops',
      'nanaimo',
      'abbotsford',
      'coquitlam',
      'langley',
      'prince george',
      'chilliwack',
      'vernon',
      'penticton',
      'north vancouver',
      'west vancouver',
      'delta',
      'maple ridge',
      'new westminster',
      'port coquitlam',
      'prince rupert',
      'terrace',
      'courtenay',
      'campbell river',
      'whistler',
      'squamish',
    ],
    'America/Dawson_Creek': ['dawson creek', 'fort st john', 'chetwynd'],
    'America/Fort_Nelson': ['fort nelson'],
    'America/Creston': ['creston'],
    [EDM]: ['cranbrook', 'fernie', 'golden', 'invermere', 'kimberley', 'sparwood'],
  },
  MB: WPG,
  NB: 'America/Moncton',
  NL: {
    'America/St_Johns': [
      "st john's",
      'st johns',
      'corner brook',
      'gander',
      'mount pearl',
      'grand falls windsor',
      'conception bay south',
    ],
    'America/Goose_Bay': ['happy valley goose bay', 'labrador city', 'wabush'],
  },
  NS: HFX,
  NT: EDM,
  NU: {
    'America/Iqaluit': ['iqaluit'],
    'America/Rankin_Inlet': ['rankin inlet'],
    'America/Cambridge_Bay': ['cambridge bay'],
  },
  ON: {
    [TOR]: [
      'toronto',
      'ottawa',
      'mississauga',
      'brampton',
      'hamilton',
      'london',
      'markham',
      'vaughan',
      'kitchener',
      'windsor',
      'oakville',
      'burlington',
      'sudbury',
      'oshawa',
      'barrie',
      'st catharines',
      'guelph',
      'cambridge',
      'kingston',
      'waterloo',
      'thunder bay',
      'sault ste marie',
      'peterborough',
      'sarnia',
      'north bay',
      'timmins',
      'belleville',
      'niagara falls',
    ],
    [WPG]: ['kenora', 'dryden', 'fort frances', 'sioux lookout', 'red lake', 'rainy river'],
    'America/Atikokan': ['atikokan'],
  },
  PE: HFX,
  QC: {
    [TOR]: [
      'montreal',
      'quebec',
      'quebec city',
      'laval',
      'gatineau',
      'longueuil',
      'sherbrooke',
      'saguenay',
      'levis',
      'trois rivieres',
      'terrebonne',
      'rimouski',
      'sept iles',
    ],
    'America/Blanc-Sablon': ['blanc sablon'],
  },
  SK: {
    'America/Regina': [
      'regina',
      'saskatoon',
      'prince albert',
      'moose jaw',
      'swift current',
      'yorkton',
      'north battleford',
      'estevan',
      'weyburn',
    ],
    [EDM]: ['lloydminster'],
  },
  YT: 'America/Whitehorse',
};

/** Territories and provinces as a site may write them after its town (the states are
 *  us-zone-places.ts's). */
const OTHER_CODES = new Set([
  'PR',
  'VI',
  'GU',
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
]);
const OTHER_NAMES: Readonly<Record<string, string>> = {
  'puerto rico': 'PR',
  'virgin islands': 'VI',
  'us virgin islands': 'VI',
  guam: 'GU',
  alberta: 'AB',
  'british columbia': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB',
  newfoundland: 'NL',
  'newfoundland and labrador': 'NL',
  'nova scotia': 'NS',
  'northwest territories': 'NT',
  nunavut: 'NU',
  ontario: 'ON',
  'prince edward island': 'PE',
  quebec: 'QC',
  saskatchewan: 'SK',
  yukon: 'YT',
};

/** Degrees written after a surname that are also a state's or a province's code (the header). */
const DEGREE_CODES = new Set(['MA', 'MT', 'MN', 'AB', 'MB']);

/** Whether a code is also a credential or degree written after a surname (`Jones, MD`). */
export function codeMayBeCredential(code: string): boolean {
  return DEGREE_CODES.has(code) || credentialOf(code, { position: 'alone', mixedCase: true }) !== undefined;
}

/** A place read from its state: the town as written, the state, one of the state's zones. */
export interface StatedPlace extends UsPlace {
  /** The state is split between zones and the town is not on its list: any of them. */
  unsureTown?: boolean;
  /** The code is also a credential (`, MD`) and nothing else says it is a state. */
  maybeCredential?: boolean;
}

/** What follows a site's state in an address: a ZIP or a Canadian postal code, the country. */
const COUNTRY = /[\s,]+(?:u\.?s\.?a?\.?|united states(?: of america)?|canada)\s*$/i;
const POSTAL = /[\s,]+(?:\d{5}(?:-\d{4})?|[A-Za-z]\d[A-Za-z][\s-]?\d[A-Za-z]\d)\s*$/;

/** The state, territory or province a text written alone names, as its code (`GA`, `Ontario`). */
export function regionCode(text: string): string | undefined {
  return codeOf(text);
}

function codeOf(text: string): string | undefined {
  const us = stateWritten(text, false);
  if (us) return us;
  const t = text.trim();
  if (/^[A-Z]{2}$|^[A-Z]\.[A-Z]\.$/.test(t) && OTHER_CODES.has(t.replace(/\./g, '')))
    return t.replace(/\./g, '');
  return OTHER_NAMES[wordsOf(t).join(' ')];
}

/**
 * The places a site names by its state or province after its town (`Columbus, GA`, `Portland,
 * Oregon`, `12 Elm St, Lafayette, IN 47901`, `Toronto, ON`), when the place list does not already
 * know the town for that state: one candidate per zone the town may keep. Empty for none: no
 * state, or a town that is no town (digits, a room: `Suite 200, OR`).
 */
export function statedPlaces(location: string): StatedPlace[] {
  let text = location.trim().replace(COUNTRY, '');
  const postal = POSTAL.test(text);
  text = text.replace(POSTAL, '');
  let comma = text.lastIndexOf(',');
  let code = comma >= 0 ? codeOf(text.slice(comma + 1)) : undefined;
  // `Columbus GA 31901`: a code in capitals before a postal code is the state, comma or not.
  if (!code && postal) {
    const m = /\s([A-Z]{2})$/.exec(text);
    if (m && codeOf(m[1]!)) {
      code = codeOf(m[1]!);
      comma = text.length - 3;
    }
  }
  if (!code) return [];
  const before = text.slice(0, comma);
  const town = wordsOf(before.slice(before.lastIndexOf(',') + 1));
  if (town.length < 1 || town.length > 4 || town.some((w) => /\d/.test(w))) return [];
  const name = town.join(' ');
  // The place list knows the town of that state (`Springfield, MA`): it is read there.
  if (placesNamed(`${name}, ${code}`).some((c) => c.some((p) => p.state === code))) return [];
  const clocks = CLOCKS[code];
  if (!clocks) return [];
  const spelled = !/^[A-Z]{2}$|^[A-Z]\.[A-Z]\.$/.test(text.slice(comma + 1).trim());
  const clocksTowns = typeof clocks === 'string' ? [] : Object.values(clocks).flat();
  // A town known for the state (`Baltimore, MD`, `Bismarck, ND`) is that place, not a surname.
  const knownTown = clocksTowns.includes(name) || knownTownOfCredentialState(code, name);
  const maybeCredential = !postal && !spelled && !knownTown && codeMayBeCredential(code);
  const one = (zone: string, unsureTown = false): StatedPlace => ({
    name,
    state: code,
    zone,
    ...(unsureTown ? { unsureTown } : {}),
    ...(maybeCredential ? { maybeCredential } : {}),
  });
  if (typeof clocks === 'string') return [one(clocks)];
  const known = Object.entries(clocks).find(([, towns]) => towns.includes(name));
  if (known) return [one(known[0])];
  return Object.keys(clocks).map((zone) => one(zone, true));
}

/** A location that names a person: a credential written after a name that is no state's or
 *  province's code (`Kim, NP`, `Lee, DO`, `Anna Ross LCSW`), or a doctor's title (`Dr. Lee`). */
export function namesPerson(location: string): boolean {
  if (/^\s*(?:dr|doctor)\b\.?/i.test(location)) return true;
  return location
    .split(/[\s,]+/)
    .slice(1)
    .some(
      (w) =>
        /\p{Lu}/u.test(w) &&
        credentialOf(w, { position: 'after', mixedCase: true }) !== undefined &&
        regionCode(w) === undefined,
    );
}
