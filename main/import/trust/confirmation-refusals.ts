// A bare `Confirmed` column is the confirmation's (Practice-Web: Left Msg, Not Called, pwConnect
// Confirmed), not a status to ask about, while it holds no word that cancels (column-doubts.ts).
// But a confirmation call's outcome can also be the patient turning the visit down or asking to
// move it (`Declined`, `Pt declined`, `Will reschedule`, `Refused`): words the status vocabulary
// leaves unknown or undecided on purpose (status-words.ts UNDECIDED), so they never read as
// cancelling, and the visit went as booked unasked; so was a cancellation only mentioned in free
// words (`Wants to Cancel`, `pt cxl`: cancel-mention.ts). Such a value keeps the column asked.
import { saysCancelled } from '../map/cancel-mention.ts';
import { UNDECIDED } from '../map/status-words.ts';
import { normalizeStatus } from '../map/status-vocabulary.ts';

const UNDECIDED_WORDS: ReadonlySet<string> = new Set(UNDECIDED.map((w) => normalizeStatus(w)));
/** Stems of turning a visit down or moving it, in any word of the value. */
const REFUSAL_STEM = /^(declin|refus|reschedul|resched|rebook|postpon)/;

/** Whether some value of a confirmation column may say the visit will not go ahead as booked. */
export function confirmationRefuses(values: readonly string[]): boolean {
  return values.some((v) => {
    const n = normalizeStatus(v);
    return UNDECIDED_WORDS.has(n) || n.split(' ').some((w) => REFUSAL_STEM.test(w)) || saysCancelled(v);
  });
}
