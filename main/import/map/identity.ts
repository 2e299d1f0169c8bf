// Appointment and patient identity when the export has no id column.
//
// Rules (also in the README):
// - AppointmentId: the export's own id when a column holds one. Otherwise
//   `A-` + 16 hex of SHA-256 over (practice id, patient key, provider key, local day, and the
//   slot number when it is above 1). The slot is the order of the patient's distinct start times
//   that day with that provider in the file (1, 2…): two same-day appointments of one patient
//   never share an id, and moving an appointment within the same day (same patient and provider)
//   keeps its id, so it goes as one UPDATE, not a CANCEL plus a NEW. Moving it to another day or
//   another provider makes a new id: it is sent as NEW, and the old one is cancelled only in
//   snapshot mode (an appointment missing from a full-schedule export is cancelled).
// - PatientId: the export's own id when present. Otherwise `P-` + 12 hex of SHA-256 over the
//   normalised last name, first name and date of birth: stable across exports, but it does not
//   match a Medfusion patient created with the practice's real chart number, so map a real id
//   column whenever the export has one.
import { hash } from 'node:crypto';
import { isNilGuid } from './guid-ids.ts';

// crypto.hash (one-shot) rather than createHash: no Hash object per row, 2.6x faster per id.
// The parts are joined by U+001F; callers write the joined text out (no array per id).
function digest(joined: string, length: number): string {
  return hash('sha256', joined, 'hex').slice(0, length);
}

/** An id written as zeros (`0`, `000`): a database's "none" (a query's `ISNULL(AptNum, 0)`, OpenEMR's
 *  `pc_pid` 0 on blocked time), never an id of its own. */
export function isZeroId(id: string): boolean {
  // The nil GUID too (`00000000-0000-0000-0000-000000000000`): an empty uniqueidentifier. Sent as
  // an id, every row carrying it would be one appointment on the portal.
  return /^0+$/.test(id) || isNilGuid(id);
}

/** A name or key as the ids compare it: trimmed, lower case, NFC, single spaces. */
export function norm(s: string): string {
  const t = s.trim();
  // Plain ASCII with single spaces (most names and keys): NFC and the collapsing of white space
  // change nothing, so only the lower-casing is left. Same result, without two string passes.
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0x80 || (c <= 0x20 && (c !== 0x20 || t.charCodeAt(i + 1) === 0x20)))
      return t.toLowerCase().normalize('NFC').replace(/\s+/g, ' ');
  }
  return t.toLowerCase();
}

export function derivePatientId(lastName: string, firstName: string, dob: string): string {
  return `P-${digest(`${norm(lastName)}\u001f${norm(firstName)}\u001f${dob}`, 12)}`;
}

export function deriveAppointmentId(p: {
  practiceId: string;
  patientKey: string;
  providerKey: string;
  /** The appointment's local calendar day, `YYYY-MM-DD`. */
  day: string;
  /** 1 for the patient's first distinct start that day with that provider in the file, 2… */
  slot: number;
}): string {
  const group = appointmentGroup(p.practiceId, norm(p.patientKey), norm(p.providerKey), p.day);
  return appointmentIdIn(group, p.slot);
}

/** One patient's appointments with one provider on one day: what a derived appointment id
 *  hashes besides the slot, and that text's SHA-256 (64 hex). The row mapper numbers slots by
 *  the same hash (day-slots.ts), so the slots' groups are exactly the ids' groups. */
export interface AppointmentGroup {
  text: string;
  sha256: string;
}

/** The group of the patient and provider keys as the ids compare them (`norm` of each, which the
 *  caller makes: the row mapper remembers a provider's, since a file names a few providers on
 *  every row). */
export function appointmentGroup(
  practiceId: string,
  normPatientKey: string,
  normProviderKey: string,
  day: string,
): AppointmentGroup {
  const text = `${practiceId}\u001f${normPatientKey}\u001f${normProviderKey}\u001f${day}`;
  return { text, sha256: hash('sha256', text, 'hex') };
}

/** The derived id of the `slot`-th distinct start in `group`. */
export function appointmentIdIn(group: AppointmentGroup, slot: number): string {
  // Slot 1 adds nothing, so the commonest case (one appointment a day) does not depend on order,
  // and its id is the group's own hash.
  return `A-${slot > 1 ? digest(`${group.text}\u001f${slot}`, 16) : group.sha256.slice(0, 16)}`;
}

/** Latin letters with no accent to take off, as ASCII (Weiß → weiss, Ørsted → orsted). */
const LATIN_FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', þ: 'th' };

/** A provider id from a display name when the export has names only (`Hargreaves,Elena M` →
 *  `hargreaves-elena-m`). Stable and readable; the practice maps it in Medfusion once. */
export function deriveProviderId(name: string): string {
  const folded = norm(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœłđþ]/g, (c) => LATIN_FOLD[c]!);
  // Letters outside a-z (佐藤 花子, Іваненко, Søren) are kept: dropped, every such provider became
  // the same id ('provider'), and one portal participant.
  const other = /[^\P{L}a-z]/u.test(folded);
  return (
    folded
      .replace(other ? /[^\p{L}\p{N}]+/gu : /[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 64) || 'provider'
  );
}
