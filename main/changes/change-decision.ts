// The change-detection rules, as one pure function of (appointment in the file, what was last sent).
import type { Appointment } from '../model/appointment.ts';
import type { SentRecord } from './ledger-entry.ts';

export type ChangeDecision =
  /** `appointment`: what to send when it is not the file's own (details kept: kept-details.ts). */
  | { send: 'NEW' | 'UPDATE' | 'CANCEL'; previous?: SentRecord; appointment?: Appointment }
  | { send: false; reason: 'unchanged' | 'already-cancelled' | 'cancel-never-sent' };

/**
 * - never sent: NEW; a CANCEL for it is not sent (Medfusion answers ERROR for an unknown id);
 * - sent and cancelled since: a CANCEL again is not sent; the id active again is an UPDATE
 *   (a re-booked appointment comes back to the portal);
 * - sent and active: a CANCEL is sent once; the same content is not sent; changed content is an UPDATE.
 */
export function decideChange(
  a: Appointment,
  previous: SentRecord | undefined,
  fp: () => string,
): ChangeDecision {
  if (a.status === 'CANCEL') {
    if (!previous) return { send: false, reason: 'cancel-never-sent' };
    if (previous.cancelled) return { send: false, reason: 'already-cancelled' };
    return { send: 'CANCEL', previous };
  }
  if (!previous) return { send: 'NEW' };
  if (previous.cancelled) return { send: 'UPDATE', previous };
  if (previous.fingerprint === fp()) return { send: false, reason: 'unchanged' };
  return { send: 'UPDATE', previous };
}
