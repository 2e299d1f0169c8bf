// Identity across exports: an appointment id already sent for one patient must never be updated or
// cancelled for another. When a file would do that, the column taken for the appointment id is
// most likely a row counter or an id the scheduling system reuses; the file is held and the
// reason names both patients by id (never by name: this text goes into the history and the log).
import type { Doubt } from '../../model/doubt.ts';

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
