// Status words that say what happened at the visit itself: the patient came, was checked in or
// out, was seen, or did not come. A confirmation (a reminder's answer: Confirmed, Left Message,
// Cancelled) never has them, so a column named for the confirmation that holds them is the
// appointment's own status: Kareo / Tebra PM keeps the appointment's status in its
// `Confirmation Status` field (Scheduled, Confirmed, Check-in, Seen, Check-out, No-Show,
// Cancelled, Rescheduled: helpme.tebra.com, "What items sync between Kareo EHR and Kareo
// Practice Management calendars?"). Compared in the status vocabulary's folded form.
import { normalizeStatus } from './status-vocabulary.ts';

const VISIT_FLOW = new Set(
  [
    'arrived',
    'check in',
    'checked in',
    'check out',
    'checked out',
    'seen',
    'roomed',
    'in room',
    'no show',
    'noshow',
    'did not attend',
    'dna',
    'missed',
  ].map(normalizeStatus),
);

/** Whether `value` says what happened at the visit (`Check-in`, `Seen`, `No-Show`). */
export function isVisitFlowWord(value: string): boolean {
  return VISIT_FLOW.has(normalizeStatus(value));
}
