// What an export leaves out never replaces what the portal was sent. One report of a system
// carries the patient's e-mail and address, another (a day sheet, a report run for the week)
// does not: read alone, the second gives every patient the placeholder e-mail and no address, and
// each appointment would go as an UPDATE that wipes them from the portal (Medfusion takes an
// UPDATE as the whole appointment). So an appointment about to be sent keeps, from what was last
// sent for its id (or, for a NEW one, for its patient), the e-mail when its own is the
// placeholder, and the patient's postal address, insurance and the appointment's address when it
// has none. A detail the file does give, changed, still goes.
import { NO_EMAIL, type Appointment } from '../model/appointment.ts';

/** Whether the appointment lacks a detail that an earlier send may have carried. */
export function hasGaps(a: Appointment): boolean {
  const p = a.patient;
  return p.email === NO_EMAIL || !p.address || !p.insurance || !a.appointmentAddress;
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
