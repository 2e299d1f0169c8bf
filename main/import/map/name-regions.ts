// Where a person's name ends in two family names (Spanish naming: María José García López, given
// names first, then the father's and the mother's surname; Portuguese naming the other way round), so that a full name in one column
// cannot be split by rule: the practice's time zone names the region, as for the date order.
import { EAST_ASIA_ZONES } from './region-date-order.ts';

/** Singapore and Malaysia: most Chinese Singaporeans' and many Malaysians' names are written
 *  family name first in capitals on clinic lists (`TAN AH KOW`, `WONG MEI LING`: family names Tan,
 *  Wong), beside Malay and Indian names with no family name at all (`NUR AISYAH BINTE RAHMAT`).
 *  Read given name first they had gone as first name Tan, last name Kow. */
const MALAY_PENINSULA_ZONES = ['Asia/Singapore', 'Singapore', 'Asia/Kuala_Lumpur', 'Asia/Kuching'];

/** Russia, Ukraine, Belarus and Kazakhstan: lists write family name, given name, patronymic
 *  (`Иванов Иван Иванович`, the order of every form and register), which read given name first
 *  had gone as first name Иванов, last name Иванович (64d). */
const SLAVIC_FIO_ZONES = [
  'Europe/Moscow',
  'Europe/Kaliningrad',
  'Europe/Samara',
  'Europe/Volgograd',
  'Europe/Kirov',
  'Europe/Astrakhan',
  'Europe/Saratov',
  'Europe/Ulyanovsk',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Barnaul',
  'Asia/Tomsk',
  'Asia/Novokuznetsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Chita',
  'Asia/Yakutsk',
  'Asia/Khandyga',
  'Asia/Vladivostok',
  'Asia/Ust-Nera',
  'Asia/Magadan',
  'Asia/Sakhalin',
  'Asia/Srednekolymsk',
  'Asia/Kamchatka',
  'Asia/Anadyr',
  'Europe/Kyiv',
  'Europe/Kiev',
  'Europe/Simferopol',
  'Europe/Minsk',
  'Asia/Almaty',
  'Asia/Qostanay',
  'Asia/Aqtobe',
  'Asia/Aqtau',
  'Asia/Atyrau',
  'Asia/Oral',
  'Asia/Qyzylorda',
];
/** Greece and Cyprus: registers and clinic lists write the family name first, in capitals with
 *  the given name (`ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ`, Επώνυμο Όνομα): it had gone as first name
 *  Παπαδοπουλος (64d). */
const GREECE_ZONES = ['Europe/Athens', 'Asia/Nicosia', 'Europe/Nicosia', 'Asia/Famagusta'];
/** Israel: lists write `כהן דוד` (family name, given name) as often as `דוד כהן`, and Hebrew has
 *  no capitals to tell them apart: it had gone as first name כהן (64d). */
const ISRAEL_ZONES = ['Asia/Jerusalem', 'Asia/Tel_Aviv'];
/** Italy's zone, and San Marino's and the Vatican's (tzdb links to it). */
const ITALY_ZONES = ['Europe/Rome', 'Europe/San_Marino', 'Europe/Vatican'];

/** The example the family-first question gives for names of the region of `timeZone`: one the
 *  practice writes (`Rossi Mario` in Italy, `Kim Minjun` elsewhere). */
export function familyFirstExample(timeZone: string): { name: string; family: string; given: string } {
  if (ITALY_ZONES.includes(timeZone)) return { name: 'Rossi Mario', family: 'Rossi', given: 'Mario' };
  if (MALAY_PENINSULA_ZONES.includes(timeZone))
    return { name: 'Tan Wei Ming', family: 'Tan', given: 'Wei Ming' };
  if (SLAVIC_FIO_ZONES.includes(timeZone))
    return { name: 'Ivanov Ivan Ivanovich', family: 'Ivanov', given: 'Ivan Ivanovich' };
  if (GREECE_ZONES.includes(timeZone))
    return { name: 'Papadopoulos Georgios', family: 'Papadopoulos', given: 'Georgios' };
  if (ISRAEL_ZONES.includes(timeZone)) return { name: 'Cohen David', family: 'Cohen', given: 'David' };
  return { name: 'Kim Minjun', family: 'Kim', given: 'Minjun' };
}

/** Zones of Spain and Spanish-speaking America (tzdb names, with Puerto Rico). */
const TWO_SURNAME_ZONES = new Set([
  'Europe/Madrid',
  'Atlantic/Canary',
  'Africa/Ceuta',
  'America/Mexico_City',
  'America/Cancun',
  'America/Merida',
  'America/Monterrey',
  'America/Matamoros',
  'America/Chihuahua',
  'America/Ciudad_Juarez',
  'America/Ojinaga',
  'America/Mazatlan',
  'America/Bahia_Banderas',
  'America/Hermosillo',
  'America/Tijuana',
  'America/Ensenada',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Punta_Arenas',
  'Pacific/Easter',
  'America/Buenos_Aires',
  'America/Caracas',
  'America/Guayaquil',
  'Pacific/Galapagos',
  'America/La_Paz',
  'America/Asuncion',
  'America/Montevideo',
  'America/Guatemala',
  'America/El_Salvador',
  'America/Tegucigalpa',
  'America/Managua',
  'America/Costa_Rica',
  'America/Panama',
  'America/Havana',
  'America/Santo_Domingo',
  'America/Puerto_Rico',
  // Portuguese naming too: one or two given names, then the mother's and the father's family
  // names (Maria João Sousa Ferreira). A Portuguese agenda's `Maria João Sousa Ferreira` in one
  // column had gone as Maria Ferreira, `Ana Rita Gonçalves` as Ana Gonçalves.
  'Europe/Lisbon',
  'Atlantic/Madeira',
  'Atlantic/Azores',
  'America/Sao_Paulo',
  'America/Bahia',
  'America/Fortaleza',
  'America/Recife',
  'America/Maceio',
  'America/Belem',
  'America/Araguaina',
  'America/Manaus',
  'America/Cuiaba',
  'America/Campo_Grande',
  'America/Porto_Velho',
  'America/Boa_Vista',
  'America/Rio_Branco',
  'America/Santarem',
  'America/Noronha',
  'America/Eirunepe',
  'Africa/Luanda',
  'Africa/Maputo',
]);

/** Whether names in the region of `timeZone` end in two family names. */
export function writesTwoSurnames(timeZone: string): boolean {
  return TWO_SURNAME_ZONES.has(timeZone) || timeZone.startsWith('America/Argentina/');
}

/** South Asia (India, Pakistan, Bangladesh, Sri Lanka, Nepal, Bhutan, the Maldives): a name of three
 *  words may be one given name of two (`Mohammed Irfan Shaikh`, `Sai Krishna Reddy`), a given name,
 *  the father's name and the family name (`Rahul Suresh Patil`, the Marathi order) or a given name
 *  with a second family or caste name, and the father's name may stand last with no family name at
 *  all (`Lakshmi Narayanan`). Read word by word the middle word went as a middle name and was
 *  left out, so the portal got Mohammed Shaikh. */
const SOUTH_ASIA_ZONES = new Set([
  'Asia/Kolkata',
  'Asia/Calcutta',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Dacca',
  'Asia/Colombo',
  'Asia/Kathmandu',
  'Asia/Katmandu',
  'Asia/Thimphu',
  'Asia/Thimbu',
  'Indian/Maldives',
]);

/** Iceland: a name is given names, then a patronymic (Jón Þór Ólafsson, Sigríður Björk
 *  Hallgrímsdóttir), and two given names are as common as one, each a name the person goes by;
 *  a word between may also be a middle name (millinafn) the law tells apart from the given names.
 *  Read word by word the second given name went as a middle name and was left out, so the portal
 *  got Jón Ólafsson. */
const ICELAND_ZONES = new Set(['Atlantic/Reykjavik']);

/** Whether, in the region of `timeZone`, the words between a one-column name's first and last may
 *  be given names as well as middle names. */
export function writesGivenNamesBetween(timeZone: string): boolean {
  return SOUTH_ASIA_ZONES.has(timeZone) || ICELAND_ZONES.has(timeZone);
}

/** A name of that region whose word between is a given name, and what it shows, for the question. */
export function givenNamesBetweenExample(timeZone: string): string {
  return ICELAND_ZONES.has(timeZone)
    ? 'two given names before the patronymic (like Jón Þór Ólafsson) or a middle name between'
    : "two given names (like Mohammed Irfan Shaikh) or the father's name between (like Rahul Suresh Patil)";
}

/** Zones of regions that write the family name first (Kim Minjun, Nguyễn Văn An, Nagy Péter), or
 *  as often first as last in a list: Italy, whose offices and registers write `ROSSI MARIO` for
 *  Mario Rossi (the "cognome nome" order of Italian bureaucratic lists, beside the given-name-first
 *  order of speech: Wikipedia, "Italian name"), so that `ROSSI MARIO` or `Rossi Mario` in one column
 *  cannot be split by rule there either. */
const FAMILY_FIRST_ZONES = new Set([
  ...EAST_ASIA_ZONES,
  'Asia/Hong_Kong',
  'Asia/Macau',
  'Asia/Ho_Chi_Minh',
  'Asia/Saigon',
  'Europe/Budapest',
  ...ITALY_ZONES,
  ...MALAY_PENINSULA_ZONES,
  ...SLAVIC_FIO_ZONES,
  ...GREECE_ZONES,
  ...ISRAEL_ZONES,
]);

/** Whether names in the region of `timeZone` are written family name first (in Italy: as often
 *  first as last). */
export function writesFamilyFirst(timeZone: string): boolean {
  return FAMILY_FIRST_ZONES.has(timeZone);
}

/** Chinese, Japanese and Korean script: such a name is written family name first, anywhere
 *  (田中 太郎 is Tanaka Taro: family name Tanaka). */
export const FAMILY_FIRST_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Zones of regions that write the family name in capitals beside given names that are not
 *  (`DUPONT Marie`, `Marie DUPONT`: France, Belgium, Switzerland, Luxembourg, Monaco; the NHS's
 *  `HUGHES Gareth`). Quebec is left out: its zone is Toronto's, which writes no such thing. */
const FAMILY_IN_CAPITALS_ZONES = new Set([
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/Luxembourg',
  'Europe/Monaco',
  'Europe/London',
  'Europe/Belfast',
]);

/** Whether a word in capitals in a name is read as the family name in the region of `timeZone`:
 *  where that is the convention, and where the family name comes first (`NGUYEN Van An`, whose
 *  capitals are what tells the family name there). */
export function writesFamilyInCapitals(timeZone: string): boolean {
  return FAMILY_IN_CAPITALS_ZONES.has(timeZone) || writesFamilyFirst(timeZone);
}
