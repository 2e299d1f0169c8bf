// What an export leaves out never replaces what the portal was sent. One report of a system
// carries the patient's e-mail and address, another (a day sheet, a report run for the week)
// does not: read alone, the second gives every patient the placeholder e-mail and no address, and
// each appointment would go as an UPDATE that wipes them from the portal (Medfusion takes an
// UPDATE as the whole appointment). So an appointment about to be sent keeps, from what was last
// sent for its id (or, for a NEW one, for its patient), the e-mail when its own is the
// placeholder, and the patient's postal address, insurance and the appointment's address when it
// has none. A detail the file does give, changed, still goes.
// The same holds for the descriptive fields a whole file has no column for (`unstated`, from the
// importer: import/map/unstated-fields.ts): the appointment sent under the same id keeps its
// type, description, reason, location and provider rather than take the placeholder (the practice
// name, `APPOINTMENT`, no reason). Only the same id's: another visit of the patient says nothing
// about this one's place or provider.
import { NO_EMAIL, type Appointment } from '../model/appointment.ts';
import type { UnstatedField } from '../model/import-summary.ts';

/** Whether the appointment lacks a detail that an earlier send may have carried. */
export function hasGaps(a: Appointment, unstated?: readonly UnstatedField[]): boolean {
  const p = a.patient;
  return p.email === NO_EMAIL || !p.address || !p.insurance || !a.appointmentAddress || !!unstated?.length;
}

/** `a` with the fields its file does not state taken from `sent`, the same appointment id's last
 *  send (the same object when nothing is taken). */
export function withUnstatedKept(
  a: Appointment,
  sent: Appointment | undefined,
  unstated: readonly UnstatedField[] | undefined,
): Appointment {
  if (!sent || !unstated?.length || sent.appointmentId !== a.appointmentId) return a;
  const not = new Set(unstated);
  const type = not.has('type') ? sent.type : a.type;
  // A description that was only the type (no column gave one) follows the type.
  const description = not.has('description')
    ? sent.description !== sent.type
      ? sent.description
      : type
    : a.description;
  const reason = not.has('reason') ? sent.reason : a.reason;
  const location = not.has('location') ? sent.location : a.location;
  const participant = not.has('provider') ? sent.participant : a.participant;
  return withVisitWords(a, { type, description, reason, location, participant });
}

/** The words an appointment shows of its visit, each kept from an earlier send or the file's own. */
export type VisitWords = Pick<Appointment, 'type' | 'description' | 'reason' | 'location' | 'participant'>;

/** `a` with `words` (the same object when they are `a`'s own). */
export function withVisitWords(a: Appointment, words: VisitWords): Appointment {
  const { type, description, reason, location, participant } = words;
  if (
    type === a.type &&
    description === a.description &&
    reason === a.reason &&
    location === a.location &&
    participant === a.participant
  )
    return a;
  const out: Appointment = { ...a, type, description, location, participant };
  if (reason) out.reason = reason;
  else delete out.reason;
  return out;
}

/** `a` with the details it lacks taken from `sent` (the same object when there are none to take). */
export function withSentDetails(a: Appointment, sent: Appointment | undefined): Appointment {
  if (!sent) return a;
  const p = a.patient;
  const s = sent.patient;
  // Another patient's details never: the id may have moved (a check of the engine holds that).
  const same = s.patientId === p.patientId;
  const email = same && p.email === NO_EMAIL ? s.email : p.email;
  const address = p.address ?? (same ? s.address : undefined);
  const insurance = p.insurance ?? (same ? s.insurance : undefined);
  const place =
    a.appointmentAddress ?? (sent.appointmentId === a.appointmentId ? sent.appointmentAddress : undefined);
  if (
    email === p.email &&
    address === p.address &&
    insurance === p.insurance &&
    place === a.appointmentAddress
  )
    return a;
  return {
    ...a,
    ...(place ? { appointmentAddress: place } : {}),
    patient: { ...p, email, ...(address ? { address } : {}), ...(insurance ? { insurance } : {}) },
  };
}
