// Words that name blocked time when they are the whole type, reason or description of a row: a
// schedule books lunch, a meeting or a day off under a dummy patient, with a status of `FIRM` or
// `Confirmed`, and only the type or reason says it is no appointment. Such a row holds the file
// (row-defaults.ts); it is never skipped on these words, so a real visit type that happens to be
// one of them costs a question, not an appointment.
//
// These are not status words (status-words.ts): as a status, `In Office` may mean the patient is
// in the office, `Closed` a visit closed, `Hold` a booking on hold. As the kind of a visit they
// name the provider's time: OpenEMR's provider categories (Vacation, Reserved, In Office, Out Of
// Office, Lunch), NextGen's and Dentrix's block appointments (Block Out, Staff Mtg, Do Not Book,
// ER Slot), and what practices type for them. A word alone (`Break`, `Hold`, `Training`) counts
// only as the whole value (or a part before ` - `), never inside a longer one (`Hold-over`,
// `CPAP Training`).
//
// The same vocabulary names the dummy patients such time is booked under (`PTO, PTO`, `ADMIN,
// TIME`, `LUNCH, DRUG REP`): placeholder-names.ts reads a name as one when every word of it is
// in these terms or its own placeholder words. One list, so a word added for the type is known
// in the name too.
import { normalizeStatus } from './status-vocabulary.ts';

/** Blocked time, each term as normalizeStatus writes it (lower case, single spaces). */
export const BLOCKED_TIME_TERMS: readonly string[] = [
  // days and hours off
  'vacation',
  'holidays',
  'closed',
  'office closed',
  'pto',
  'day off',
  'time off',
  'out',
  'away',
  'out of office',
  // the doctor's day or session away, as a front desk types it in the patient's column (`DR OUT -
  // conference` in a Sydney GP's typed week, corpus 464)
  'dr out',
  'doctor out',
  'dr away',
  'dr off',
  'sick day',
  'holiday',
  // the provider busy elsewhere
  'in office',
  'admin',
  'admin time',
  'training',
  // an in-service: the staff's own training session (a US clinic's `Staff In-Service` booked on a
  // therapist's column, Practice Perfect corpus 405), never a patient's visit
  'in-service',
  'inservice',
  'staff in-service',
  'staff inservice',
  'in-service training',
  'staff training',
  'staff meeting',
  'staff mtg',
  'team meeting',
  'mtg',
  'lunch',
  'lunch break',
  'break',
  // AlohaABA's own kind of non-billable entry beside Drive Time (support.alohaaba.com, Scheduling):
  // a therapist's break between sessions
  'break time',
  'meeting',
  'huddle', // the team's morning huddle a dental schedule books as a block
  // home health and hospice: a clinician's non-visit activities on the same schedule as the
  // visits (HCHB's travel and meetings, contractordocs.aveanna.com/home/hchb-non-visit-activity),
  // the hospice team's interdisciplinary group (IDG, IDT) meeting
  'travel',
  'travel time',
  'drive time',
  'idg meeting',
  'idt meeting',
  'morning huddle',
  // a sales visit booked into the provider's day
  'rep',
  'drug rep',
  'pharma rep',
  'sales rep',
  'pharma',
  'vendor',
  // held or blocked slots
  'reserved',
  'hold',
  'block',
  'blocked',
  'block out',
  'blockout',
  'blocked out',
  'blocked slot',
  // a surgery center's or a department's time held for one surgeon or service
  'block time',
  'blocked time',
  'do not book',
  'do not schedule',
  'dnb',
  'emergency slot',
  'emergency block',
  'er slot',
  'er block',
  'slot available',
  'not available',
  'unbooked',
  // a treatment machine's or scanner's time held for its quality checks and service: a radiation
  // oncology schedule books `Machine QA` on the linac between patients (Varian ARIA, Elekta
  // MOSAIQ: corpus 390), an imaging schedule its daily QC; never a visit's type
  'qa',
  'qc',
  'machine qa',
  'linac qa',
  'physics qa',
  'daily qa',
  'daily qc',
  'machine maintenance',
  'preventive maintenance',
  'machine down',
].map(normalizeStatus);

const BLOCK_VALUES = new Set(BLOCKED_TIME_TERMS);

/** Terms that name the staff's time only as a whole value. An equipment supplier, a home health
 *  or a respiratory schedule calls the patient's own training on a device delivered to her an
 *  in-service too (`In-Service - CPAP Setup`, `In-Service: Home Oxygen`): an in-service followed by
 *  what it is about may be that visit, and only the bare word (or the staff's: `Staff In-Service`)
 *  is the staff's session. */
const WHOLE_ONLY = new Set(['in-service', 'inservice', 'in-service training'].map(normalizeStatus));

/** Whether `text` as a whole (accents, case and punctuation aside) names blocked time; `part`:
 *  `text` is the part of a longer value before ` - ` or `:`, which a whole-only term never is. */
export function namesBlockedTime(text: string, part = false): boolean {
  const term = normalizeStatus(text);
  return BLOCK_VALUES.has(term) && !(part && WHOLE_ONLY.has(term));
}

/** Who a session is with, on the patient's side: a meeting or a training with them (`Meeting -
 *  Family`, `Training - Parent`, `Meeting with Patient`, ABA's family guidance, a case's
 *  caregiver meeting) is a visit, not the provider's blocked time, though a block word names it. */
const PATIENT_SIDE =
  /(?:^|[^\p{L}])(?:patients?|pts?|clients?|family|families|parents?|caregivers?|guardians?|session)(?:[^\p{L}]|$)/iu;

/** Whether a text that names blocked time also names the patient's side or a session with them. */
export function namesPatientSide(text: string): boolean {
  return PATIENT_SIDE.test(text);
}

/** The clinician's own hour that a behavioral-health or therapy calendar books under its name with
 *  no client: clinical supervision (a licensee's weekly supervision), a peer or case consultation,
 *  documentation time. Only on a row with no patient, and never the bare `Supervision`: ABA's
 *  supervision (97155) is a session with the client present, so a patientless `Supervision` under
 *  a client's rows may be that client printed once (asked, red team 55k), and beside a patient it
 *  is the visit's type (these are not BLOCKED_TIME_TERMS, which hold such a row). `Clinical
 *  Supervision` with no client and a booked status had been asked about as a patient printed once
 *  per group, though no client's session is named so. */
const STAFF_TIME_WITHOUT_PATIENT = new Set(
  [
    'clinical supervision',
    'peer supervision',
    'peer consultation',
    'case consultation',
    'consultation group',
    'documentation',
    'documentation time',
    'charting',
    'paperwork',
  ].map(normalizeStatus),
);

/** Whether `text` as a whole names the clinician's own time when the row has no patient. */
export function namesStaffTimeWithoutPatient(text: string): boolean {
  return STAFF_TIME_WITHOUT_PATIENT.has(normalizeStatus(text));
}
