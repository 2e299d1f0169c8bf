// A stable hash of everything we send about an appointment except its status, so that a file
// dropped again with the same content is recognised as "already sent" whatever the order of
// fields or rows. Fields are listed explicitly (a generic sorted-keys walk was 10x slower on a
// 100k-appointment ledger); the mapped types below make tsc fail when the model gains a field
// that is not listed here.
//
// Two rules of comparing the words a person reads on the portal (names, type, description,
// reason, location, provider, address, e-mail):
// - `fingerprint` (the rule change detection decides by) compares them for what they say: case,
//   accents, runs of spaces and spaces at either end do not count. An export switches a name
//   between capitals and mixed case from one report to the next, an ASCII-only report drops the
//   accents (`MUNOZ, JOSE` for Muñoz, José), and our own proper-casing of names in capitals
//   changes between releases (FA'AMOANA went as Fa'Amoana, now as Fa'amoana); an UPDATE for that
//   re-sends what the portal has, after an upgrade to every patient at once. A name whose letters
//   change (a typo fixed, a married name) still goes, and so does punctuation (`O'Neill` for
//   `ONeill` is a spelling corrected). A case or accent edit by the practice (Mcdonald →
//   McDonald, Jose → José) waits for the appointment's next real change or the patient's next
//   visit, which carry the file's writing: an export in capitals or in ASCII cannot tell the two
//   apart at all, so case and accents carry no reliable news. The visit's words sent are kept
//   over a rewording by the engine too (engine/job/sent-wording.ts).
// - `writtenFingerprint` compares them as written. It is the rule the release before this one
//   decided by and wrote in each ledger line's `fp`; lines still carry it so that the app put
//   back to that release sends nothing again (ledger-entry.ts).
// Ids, codes, dates and amounts are compared exactly under both rules: `ab12` and `AB12` may be
// two patients or members in the practice's system.
import { createHash } from 'node:crypto';
import type {
  Appointment,
  InsuranceInfo,
  Participant,
  Patient,
  PostalAddress,
} from '../model/appointment.ts';
import { withoutAccents } from '../import/map/accent-marks.ts';

/** How words read on the portal are compared (an absent one too). */
type Words = (s: string | undefined) => string | null;
type Fields<T> = { [K in keyof Required<T>]: (x: T, w: Words) => unknown };

const asWritten: Words = (s) => s ?? null;
const asPlain: Words = (s) => plainWords(s);

/** Words plain, for what they say: accents off (vowel signs and kana voicing marks kept, ß as ss:
 *  accent-marks.ts withoutAccents), one
 *  space between, none at the ends, in lower case. Absent and blank are the same nothing (a blank
 *  reason is shown as none). */
export function plainWords(s: string | undefined): string {
  const text = s ?? '';
  // Most words are printable ASCII: nothing to take off there.
  const bare = PRINTABLE_ASCII.test(text) ? text : withoutAccents(text);
  return bare.replace(/\s+/g, ' ').trim().toLowerCase();
}
const PRINTABLE_ASCII = /^[ -~]*$/;

const address = (p: PostalAddress | undefined, w: Words) =>
  p ? [w(p.address1), w(p.address2), w(p.city), w(p.state), p.zipCode] : null;

const INSURANCE: Fields<InsuranceInfo> = {
  status: (i, w) => w(i.status),
  groupNumber: (i) => i.groupNumber ?? null,
  memberId: (i) => i.memberId ?? null,
};

const PATIENT: Fields<Patient> = {
  patientId: (p) => p.patientId,
  firstName: (p, w) => w(p.firstName),
  lastName: (p, w) => w(p.lastName),
  dob: (p) => p.dob,
  email: (p, w) => w(p.email),
  address: (p, w) => address(p.address, w),
  insurance: (p, w) => p.insurance?.map((i) => values(INSURANCE, i, w)) ?? null,
};

const PARTICIPANT: Fields<Participant> = {
  type: (p) => p.type,
  identifier: (p) => p.identifier,
  providerName: (p, w) => w(p.providerName),
};

const APPOINTMENT: Fields<Appointment> = {
  practiceId: (a) => a.practiceId,
  appointmentId: (a) => a.appointmentId,
  status: () => null, // what is sent changes with the decision, not with the appointment
  type: (a, w) => w(a.type),
  reason: (a, w) => w(a.reason),
  description: (a, w) => w(a.description),
  start: (a) => a.start.getTime(),
  location: (a, w) => w(a.location),
  appointmentAddress: (a, w) => address(a.appointmentAddress, w),
  patient: (a, w) => values(PATIENT, a.patient, w),
  participant: (a, w) => values(PARTICIPANT, a.participant, w),
  copayment: (a) => a.copayment?.amount ?? null,
  balance: (a) => (a.balance ? [a.balance.dueBy.getTime(), a.balance.amount] : null),
};

function values<T>(fields: Fields<T>, x: T, w: Words): unknown[] {
  const out: unknown[] = [];
  for (const k in fields) out.push(fields[k](x, w));
  return out;
}

const hash = (a: Appointment, w: Words) =>
  createHash('sha1')
    .update(JSON.stringify(values(APPOINTMENT, a, w)))
    .digest('base64url');

/** The fingerprint change detection decides by: words for what they say. */
export function fingerprint(a: Appointment): string {
  return hash(a, asPlain);
}

/** The fingerprint with words as written: the previous release's rule (a ledger line's `fp`). */
export function writtenFingerprint(a: Appointment): string {
  return hash(a, asWritten);
}
