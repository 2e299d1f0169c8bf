// Why an appointment was cancelled, written after the cancellation in the status (`Cancelled -
// Weather`, `Canceled - Transportation`, `Cancelled - Sick`): US practice-management systems let a
// site name its cancel reasons, and an export joins reason to status. The words are the reasons of
// FHIR's appointment-cancellation-reason code system (terminology.hl7.org/CodeSystem/appointment-
// cancellation-reason: Weather, Lack of Transportation, Feeling Better, Financial, Equipment
// Maintenance/Repair, No Interpreter Available, Schedule changed, Personal) and of the cancel-reason
// lists practices configure (illness, work or school conflict, family emergency, insurance: e.g.
// kb2.medsop.com/?p=3924). Only reasons: none of them undoes, questions or postpones the
// cancellation. Words that could (`error`, `pending`, `tentative`, `rebooked`, `undone`) are not
// here, so `Cancelled - Error` is still asked (status-vocabulary.ts, cancelStem).

/** Words of a cancel reason (folded, lower case). */
export const CANCEL_REASON_WORDS: ReadonlySet<string> = new Set([
  'weather',
  'snow',
  'storm',
  'ice',
  'hurricane',
  'transportation',
  'transport',
  'ride',
  'car',
  'travel',
  'sick',
  'ill',
  'illness',
  'covid',
  'flu',
  'hospitalized',
  'hospitalised',
  'feeling',
  'better',
  'financial',
  'finances',
  'cost',
  'copay',
  'insurance',
  'coverage',
  'work',
  'school',
  'conflict',
  'family',
  'personal',
  'childcare',
  'interpreter',
  'equipment',
  'maintenance',
  'repair',
  'death',
  'bereavement',
  'funeral',
  'pregnant',
  'pregnancy',
  'surgery',
  'vacation',
  // procedure days (gMed's GI practices, endoscopy and surgery centers): the bowel prep not done
  // or poor (`Cancelled - No Prep`, `Canceled - Poor Prep`), no medical clearance for surgery
  'prep',
  'preparation',
  'clearance',
  // a procedure under sedation needs an adult to drive the patient home (pain, GI, eye and
  // surgery centers cancel without one: `Cancelled - No Driver`, `Canceled - No Escort`), and a
  // specialist's visit or case its payer's prior authorization or the referral
  // (`Cancelled - No Auth`, `Cancelled - No Referral`); `Pending Auth` alone says no cancellation
  // and stays asked
  'driver',
  'escort',
  'auth',
  'authorization',
  'authorisation',
  'referral',
]);

/** Small words a reason is written with (`Cancelled - Lack of Transportation`, `due to weather`). */
export const REASON_FILLERS: ReadonlySet<string> = new Set([
  'due',
  'to',
  'of',
  'for',
  'lack',
  'no',
  'bad',
  'poor',
  'out',
  'town',
  'related',
  'issue',
  'issues',
  'and',
  'or',
]);

/** Who asked for it: `Canceled - Pt Request`, `Cancelled per patient request`. A request after a
 *  done cancellation and its who is the reason it was done, not a request still to act on. */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(['request', 'requested', 'req']);

/** A cancellation done, not to do: `Cancelled`, `Canceled`, `Cxld` (never `Cancel`, an order or
 *  a request: `Cancel - Pt Request` may be one still to act on). */
export const CANCEL_DONE = /^(cancel+ed|cancel+d|cxld|cnxld|canx?d)$/;

/** Words that say the visit is to be booked again, and that this is still to do: after a
 *  cancellation done (`Cancelled- Needs Reschedule`, Rethink Behavioral Health's status for a
 *  cancelled session not yet rebooked, beside its `Cancelled- Rescheduled` once it is:
 *  rethinkautism.atlassian.net/wiki/spaces/RBS/pages/3675488257; `Canceled - To Be Rescheduled`)
 *  they are the desk's next task, the new time not booked yet: this row's slot is gone either way.
 *  `Reschedule` alone (HighLevel: the patient asks to move it) and `Rebooked` (undone, or the
 *  new booking?) say no such thing and stay asked (status-words.ts, UNDECIDED_MOVES). */
export const REBOOK_WORDS: ReadonlySet<string> = new Set([
  'reschedule',
  'rescheduling',
  'resched',
  'rebook',
  'rebooking',
  // only after `to be` (REBOOK_PARTICIPLES): `Cancelled - Rebooked` alone stays asked
  'rescheduled',
  'rebooked',
]);
/** The past participles above, a task only as `to be rescheduled`. */
export const REBOOK_PARTICIPLES: ReadonlySet<string> = new Set(['rescheduled', 'rebooked']);
export const STILL_TO_DO: ReadonlySet<string> = new Set(['needs', 'need', 'needed', 'to', 'be']);
