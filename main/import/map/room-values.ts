// A location column of rooms: `OP3`, `Chair 5`, `Exam Room 2`, `Hygiene Chair 1`, `Bay 4`, `Sala 3`.
// Some schedules write the operatory, chair or room the visit is booked in under `Location`: sent,
// the portal would tell the patient to go to `OP3`, a place inside a building it never names (and
// in a practice of several sites, not which one). The site is what the portal's location is for;
// such a column is left out, as a `Room` or `Operatory` column is, and the practice name is sent.
import { CONCEPTS } from './header-words.ts';
import { providerIsAService } from './service-resources.ts';
import { TITLE_WORDS } from './name-titles.ts';
import { parseFlag } from './status-vocabulary.ts';

/** Words of a room, chair or bay inside a site, beside the room words of header-words.ts; and of
 *  a part of a building, which names no site either (`Floor 2`, `2nd Floor`, `Level 3`, `Pod A`,
 *  `Wing B`, `Planta 2`): the patient would be sent to a floor of a building the portal never
 *  names. */
const ROOM_WORDS = new Set([
  // a lab's or an infusion suite's numbered station (`Lab Station 2`, `Draw Station 1`)
  'station',
  'bay',
  'bed',
  'cubicle',
  'booth',
  'floor',
  'level',
  'pod',
  'wing',
  'etage',
  'planta',
  'piso',
]);

/** A floor's or room's ordinal before its word (`2nd Floor`, `Ground Floor`, `First Level`). */
const ORDINAL = /^(?:\d{1,3}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top|lower|upper)$/;

function isRoomWord(w: string): boolean {
  return ROOM_WORDS.has(w) || (CONCEPTS[w]?.includes('room') ?? false);
}

/** A word that names a site: a clinic, an office, a centre (`North Clinic Room 2` names one). */
function namesASite(w: string): boolean {
  return CONCEPTS[w]?.includes('location') ?? false;
}

// Where in town a practice's site is (`North Scottsdale`, `Downtown`, `Main Campus`).
const SITE_PLACE = new Set('north south east west downtown uptown midtown central main campus'.split(' '));

/** Some word of `value` names a site or where in town it is (`Downtown`, `North Clinic`). */
export function saysSite(value: string): boolean {
  return value
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => SITE_PLACE.has(w) || namesASite(w));
}

/** The value is a room, chair or bay and its number or letter (`OP3`, `Op 9 - Broken`, `Exam Room
 *  2B`, `Chair #5`), naming no site. `Box Hill`, a suburb, has no number after its room word. */
export function namesARoom(value: string): boolean {
  const words = value
    .toLowerCase()
    .split(/(?<=\p{L})(?=\d)|[^\p{L}\d]+/u)
    .filter(Boolean);
  if (words.some(namesASite)) return false;
  return words.some(
    (w, i) =>
      isRoomWord(w) &&
      (/^(\d{1,4}[a-z]?|[a-z])$/.test(words[i + 1] ?? '') || (words.length === 2 && ORDINAL.test(words[0]!))),
  );
}

/** Every value of the column (a sample) is a room: the column is no location. */
export function roomsOnly(values: readonly string[]): boolean {
  const filled = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return filled.length > 0 && filled.every(namesARoom);
}

// A provider column of rooms, chairs or machines: a resource schedule (eClinicalWorks, Kareo,
// MacPractice, a radiology or dental book) books some visits on a room, an operatory or a scanner
// (`Ultrasound 2`, `CT1`, `MRI 1`, `X-Ray Room`, `Chair 3`, `OP2`, `Treatment Room 4`). Sent as the
// provider, the portal would tell the patient they see `CT1`. No person is named there: the
// appointment goes as Unassigned provider (what Medfusion gets when the export names none),
// while the rows of the same column that name people keep their providers.

/** Imaging machines and modalities written out: a machine, not a person, alone or numbered. */
const MACHINE_WORDS = new Set([
  'ultrasound',
  'sonography',
  'xray', // `X-Ray`, `X Ray`, `XRAY` (joined below)
  'mri',
  'mammo',
  'mammography',
  'mammogram',
  'dexa',
  'dxa',
  'fluoro',
  'fluoroscopy',
  'scanner',
  'tomography',
  // the equipment other departments book (63e): a cardiology stress lab's `Treadmill 2`, an
  // `Echo Machine`, a dermatology or eye clinic's `Laser 1`, a dental `CBCT` or `Pano`
  'machine',
  'treadmill',
  'laser',
  'cbct',
  'pano',
]);

/** Modality codes that are also people's initials (`CT` Carol Tan, `MR`, `US`) or given names
 *  (`Echo`): a machine only with its number or a room word (`CT1`, `CT 2`, `US Room 3`). */
const MACHINE_CODES = new Set(['ct', 'mr', 'us', 'xr', 'nm', 'pet', 'echo', 'ekg', 'ecg', 'eeg', 'emg']);

const NUMBER_OR_LETTER = /^(\d{1,4}[a-z]?|[a-z])$/;

/** The value names a machine or the room named for it (`MRI 1`, `CT1`, `X-Ray Room`, `Ultrasound
 *  2`, `US Room 3`), with no other word: `Ultrasound Tech Smith` is not one. */
function namesAMachine(value: string): boolean {
  const words = value
    .toLowerCase()
    .replace(/\bx[\s-]?rays?\b/g, 'xray')
    .split(/(?<=\p{L})(?=\d)|[^\p{L}\d]+/u)
    .filter(Boolean);
  const spelled = words.some((w) => MACHINE_WORDS.has(w));
  const code = words.some((w) => MACHINE_CODES.has(w));
  const numbered = words.some((w) => NUMBER_OR_LETTER.test(w) || isRoomWord(w));
  return (
    (spelled || (code && numbered)) &&
    words.every(
      (w) => MACHINE_WORDS.has(w) || MACHINE_CODES.has(w) || isRoomWord(w) || NUMBER_OR_LETTER.test(w),
    )
  );
}

/** A provider cell that names a site and no person: its last word is a site's (`Main Street
 *  Clinic`, `North Office`, `Westside Medical Center`), as multi-site schedules write the calendar
 *  of a clinic rather than a clinician; sent as the provider, the portal would tell the patient
 *  they see `North Office`. Not after a dash (`Sam Ortiz - Main Clinic` is a therapist's calendar
 *  per clinic: provider-name.ts keeps the name) nor after a title (`Dr Lee Clinic`). */
function namesASiteAlone(value: string): boolean {
  if (/\s[-–—]\s/.test(value)) return false;
  const words = value
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const last = words.at(-1)!;
  if (words.length < 2 || !namesASite(last) || words.some((w) => TITLE_WORDS.has(w))) return false;
  return !FAMILY_NAME_SITES.has(last) || words.slice(0, -1).some((w) => SITE_PLACE.has(w) || namesASite(w));
}

/** Site words that are also family names (Branch is a common US surname: `Sarah Branch` is a
 *  person): a site only beside another word of a site or of where in town it is (`North Branch`,
 *  `Main Branch`, `Clinic Branch`). */
const FAMILY_NAME_SITES = new Set(['branch']);

/** A provider cell that names a room, chair, machine or site and no person. A comma reads as a
 *  person's `Last, First` (`Bay, A` is A. Bay, not bay A). */
export function providerIsAPlace(value: string): boolean {
  const v = value.trim();
  if (!v || v.includes(',')) return false;
  return namesARoom(v) || namesAMachine(v) || namesASiteAlone(v);
}

/** A provider cell that names no one: a room, chair or machine, or a service or an unnamed role
 *  (`Lab`, `Nurse Visit`, `Nurse`: service-resources.ts). */
export function providerNamesNoOne(value: string): boolean {
  return providerIsAPlace(value) || providerIsAService(value);
}

/** Every value of a provider column (a sample) is a room, chair, machine or service: no provider
 *  there. */
export function placesOnly(values: readonly string[]): boolean {
  const filled = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return filled.length > 0 && filled.every(providerNamesNoOne);
}

/** Every filled value of a provider column (a sample) is a yes/no flag written with letters (`Y`,
 *  `N`, `Yes`, `True`: status-vocabulary.ts parseFlag): no one is named there. Numbers are left
 *  out: `1` on every row is a one-provider practice's id as often as a flag. */
export function flagsOnly(values: readonly string[]): boolean {
  const filled = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return filled.length > 0 && filled.every((v) => /\p{L}/u.test(v) && parseFlag(v) !== undefined);
}
