// How a person tells whether a provider, an office or a patient in one export is one they have
// seen in another (other-practice.ts): exports print the same provider as `Lee, Anna MD`, `Dr. Anna
// Lee`, `Lee, A`, `Dr. Lee` or `Lee, Anna M. MD, FACP`, the same office as `Main St Clinic` or
// `MAIN ST. CLINIC`, and give the same patient another chart number after an upgrade (`001001`,
// `P1001`). What says nothing about whose file it is: an office called `Main Office`, a chart number
// alone (two practices both number from 1001).
import type { Appointment, Patient } from '../../model/appointment.ts';
import { norm } from '../../import/map/identity.ts';
import { parseProviderName } from '../../import/map/provider-name.ts';

const words = (s: string): string[] =>
  norm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A provider's name words without title and credentials (`Lee, Anna M. MD` → anna, m, lee). */
export function providerWords(raw: string): string[] {
  const p = parseProviderName(raw);
  return words([p.first, p.middle, p.last].filter(Boolean).join(' '));
}

const fits = (x: string, y: string) =>
  x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/** One person as two exports print them: a family name of two letters or more in both, and no
 *  other word of the shorter name that the longer one contradicts (`Lee, A` is `Anna Lee`; `Lee,
 *  David` is not; `Dr. Lee` is any Lee), in either order (`Lee Anna`). */
export function sameProvider(a: readonly string[], b: readonly string[]): boolean {
  for (const w of a) {
    if (w.length < 2 || !b.includes(w)) continue;
    const ra = a.filter((x, i) => i !== a.indexOf(w));
    const rb = b.filter((x, i) => i !== b.indexOf(w));
    const [short, long] = ra.length <= rb.length ? [ra, rb] : [rb, ra];
    if (short.every((x) => long.some((y) => fits(x, y)))) return true;
  }
  return false;
}

const ABBREVIATED: Readonly<Record<string, string>> = {
  street: 'st',
  saint: 'st',
  avenue: 'ave',
  road: 'rd',
  drive: 'dr',
  boulevard: 'blvd',
  center: 'ctr',
  centre: 'ctr',
  suite: 'ste',
  mount: 'mt',
};
// Words any practice's office may be called by: an office named only so (`Main Office`, `Clinic
// 2`, `Telehealth`, the importer's own 'Main office' default) is no sign of whose it is.
const GENERIC = new Set(
  (
    'main office offices clinic clinics practice location site ste room rm ctr medical health care ' +
    'family primary the of and building bldg floor dept department telehealth virtual video phone ' +
    'telephone online remote default general hospital'
  ).split(' '),
);

/** An office as a person compares it (case, punctuation and Street/St aside); '' when the name
 *  is one any practice could have. */
export function placeKey(location: string): string {
  const w = words(location).map((x) => ABBREVIATED[x] ?? x);
  return w.every((x) => GENERIC.has(x) || /^\d+$/.test(x)) ? '' : w.join(' ');
}

/** A patient as a person knows them across chart numbers: family name and birth date. */
export const personKey = (p: Patient): string => (p.dob ? `${norm(p.lastName)}\u001f${p.dob}` : '');

/** The same person under one patient id: the family name or the birth date agrees (a chart number
 *  of another practice's patient agrees in neither; patient-id-reuse.ts). */
export const samePerson = (p: Patient, a: Appointment): boolean =>
  norm(p.lastName) === norm(a.patient.lastName) || (p.dob !== '' && p.dob === a.patient.dob);
