// Identity across exports: an appointment id already sent for one patient must never be updated or
// cancelled for another. When a file would do that, the column taken for the appointment id is
// most likely a row counter or an id the scheduling system reuses; the file is held and the
// reason names both patients by id (never by name: this text goes into the history and the log).
// Unless the patient is the same person under the new id (same name and birth date: patients
// merged, Open Dental's Merge Patients keeping the survivor's PatNum, a chart number re-keyed):
// the appointment really moves to another patient record on the portal, so it is still asked,
// but answerable, once for that file, as a mass cancellation is (mass-cancel.ts). No mapping can
// answer it, and held unanswerably it held every later export listing the appointment.
import type { Doubt } from '../../model/doubt.ts';
import { practiceArgument } from './mass-cancel.ts';

export interface IdentityMove {
  appointmentId: string;
  line: number;
  /** Patient id the appointment was last sent for. */
  sentFor: string;
  /** Patient id this file gives it. */
  nowFor: string;
}

export function identityDoubt(moves: IdentityMove[]): Doubt {
  const first = moves[0]!;
  const more = moves.length - 1;
  return {
    kind: 'identity',
    field: 'appointmentId',
    message:
      `appointment id ${first.appointmentId} was sent for patient id ${first.sentFor}, and this file ` +
      `(line ${first.line}) gives it to patient id ${first.nowFor}` +
      (more ? `; ${more} more appointment id${more === 1 ? '' : 's'} the same way` : '') +
      '; nothing was sent, so no appointment moved to another patient',
    samples: moves.slice(0, 5).map((m) => `${m.appointmentId}: patient ${m.sentFor} → ${m.nowFor}`),
    question:
      'Is the column read as the appointment id really one? If it numbers rows or is reused for other ' +
      'appointments, map the right column (or none: ids are then derived from patient, provider and day).',
  };
}

/** The same person under a new patient id: sent as read only once a person accepts it. */
export function patientMergeDoubt(merges: IdentityMove[], practiceName: string): Doubt {
  const first = merges[0]!;
  const n = merges.length;
  const more = n - 1;
  return {
    // Accepted like a mass cancellation: for this file's content, at most this many.
    kind: 'mass-cancel',
    check: 'patient-id-change',
    field: 'patientId',
    message:
      `appointment id ${first.appointmentId} was sent for patient id ${first.sentFor}, and this file ` +
      `(line ${first.line}) gives it to patient id ${first.nowFor}, of the same name and birth date (patients ` +
      'merged?)' +
      (more ? `; ${more} more appointment id${more === 1 ? '' : 's'} the same way` : '') +
      '; sent, the appointment moves to that patient record on the portal; nothing was sent',
    samples: merges.slice(0, 5).map((m) => `${m.appointmentId}: patient ${m.sentFor} → ${m.nowFor}`),
    count: n,
    countsSends: true,
    question:
      'Were the two patient records merged in the scheduling software (or the chart number changed)? If so, ' +
      'accept once for this file: the appointment goes to the new patient id (Review → Confirm, or ' +
      `\`appt-connector mapping confirm --practice ${practiceArgument(practiceName)} --accept-cancellations\`). ` +
      'If not, check the column read as the appointment id.',
  };
}
