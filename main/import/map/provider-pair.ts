// A provider cell that names two people: co-treatment in physical, occupational and speech
// therapy (`Ortiz, Sam PT / Nair, Priya PTA`), a resident and an attending, two dentists on one
// visit (`Lee, Anna; Patel, Raj`, `Dr. Lee, Dr. Patel`, `Sam Ortiz & Priya Nair`). The portal
// shows one provider per appointment; read as one name, such a cell went out as a made-up person
// (`Sam PT Nair Priya Ortiz, PTA`). The row is refused instead, never sent misnamed: which of the
// two is the patient's provider is not in the cell. A place or team written with `&` or `/`
// (`Smith & Jones Dental`, `PT/OT`, `Physical Therapy & Sports Medicine`) is not two people.
import { credentialOf } from './provider-credentials.ts';
import { parseProviderName } from './provider-name.ts';
import { providerNamesNoOne, saysSite } from './room-values.ts';

// Where one name ends and the next begins. `y` and `e` join Spanish and Portuguese family names
// (`Ortega y Gasset`), so they do not count; a comma counts only before a title (`, Dr. Patel`).
// A dash between spaces counts too: `Sam Ortiz - Priya Nair` (a name and a clinic, WebPT's `Sam
// Ortiz - Downtown`, is no second person: provider-name.ts leaves the clinic out).
const SEPARATOR =
  /\s*(?:[;|&+]|\/|\s[-–—]\s|\s(?:and|und|et|with|w\/)\s|,(?=\s*(?:dr|doctor|prof)\b\.?))\s*/i;

// Words of a team, a place or a service, never of a person's name.
const NOT_A_PERSON = new Set(
  (
    'therapy therapies medicine clinic clinics dental dentistry health care office room centre center ' +
    'hygiene chair department dept services service group associates practice surgery lab labs ' +
    'imaging rehab rehabilitation sports physical family pediatrics paediatrics orthopedics ' +
    'orthodontics wellness team unit ward nursing nurses staff pharmacy radiology physio ' +
    'physiotherapy occupational speech speech-language counseling counselling behavioral'
  ).split(' '),
);

// Words of a room, a chair or a piece of equipment booked beside the person (a `Resource` column).
const PLACE = new Set(
  'room rooms chair op operatory suite bay bed table studio lab unit station booth equipment resource pool gym'.split(
    ' ',
  ),
);

/** A room, chair or station rather than a person (`Treatment Room 2`, `OP 3`, `Hygiene Chair 1`). */
export function namesAPlace(value: string): boolean {
  return value
    .toLowerCase()
    .split(/[\s,.\-#]+/)
    .some((w) => PLACE.has(w));
}

/** Whether a provider cell names two people rather than one. */
export function namesTwoProviders(raw: string): boolean {
  // Most cells hold none of the separators: one test, no split.
  if (!SEPARATOR.test(raw)) return false;
  const sides = raw
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sides.length < 2) return false;
  return sides.every(isPerson) || sides.every(isFamilyName);
}

/** One capitalised word, of no credential, team, place or service: `Lee / Patel`, `Lee & Patel`,
 *  a co-treatment written by the family names alone (shown as is, it went as a person "Lee Patel"). */
function isFamilyName(side: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(side) || NOT_A_PERSON.has(side.toLowerCase())) return false;
  return !credentialOf(side, { position: 'alone', mixedCase: true }) && !providerNamesNoOne(side);
}

/** A person's name, not a credential (`OTR/L`), a team or a place: a title and a family name
 *  (`Dr. Lee`), or a given and a family name with no word of a place in them. */
function isPerson(side: string): boolean {
  if (credentialOf(side, { position: 'alone', mixedCase: true })) return false;
  const words = side.toLowerCase().split(/[\s,.]+/);
  // A site's words: `North Scottsdale`, `Downtown`, `Main Campus` after a therapist's name.
  if (words.some((w) => NOT_A_PERSON.has(w)) || saysSite(side)) return false;
  const p = parseProviderName(side);
  if (!/\p{L}/u.test(p.last)) return false;
  return !!p.title || (p.first !== '' && /\p{L}/u.test(p.first));
}
