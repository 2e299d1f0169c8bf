// Columns besides the mapped ones that can take an appointment off the book: a soft-delete flag
// (eClinicalWorks' `deleteFlag`, NextGen's `delete_ind`, `DelFlag`, `Removed`; `Superseded`,
// `Obsolete`: the old slot a reschedule left behind), a deletion or
// archive date (Cliniko's `deleted_at`, `archived_at`), a cancellation column a preset does not
// name (Cliniko's v1 `cancellation_time`), a rescheduled flag (NextGen's `resched_ind`,
// `isRescheduled`: the row is the old slot; a move's new day, `New Date`, `Changed To`), or an "active" indicator at no (Cerner's
// `ACTIVE_IND=0`, logically deleted), a wait-list flag at yes (`Wait List` = `Y`: no booked slot),
// a flag that the record is in error or a duplicate (`Entered In Error` = `Y`, `Duplicate` = `Y`), or
// a booking request not yet accepted (`Is Request` = `Y`, `Approved` = `N`). Such systems leave the status word as it was (`PEN`,
// `Scheduled`), so the status alone would send a deleted appointment as booked. When one is set on
// an appointment row the file is held until a person maps it or confirms the mapping.
import { headerConcepts } from '../map/header-meaning.ts';
import { mappedIndexes, type ColumnRefs } from '../map/resolve-columns.ts';
import { isPlaceholderDate } from '../map/row-status.ts';
import { isNoValue } from '../map/no-value.ts';
import { foldAccents, parseFlag } from '../map/status-vocabulary.ts';

export interface WithdrawalColumn {
  header: string;
  index: number;
  /** An "active" indicator: set when it says no. */
  inverted: boolean;
  /** A wait-list flag (WAIT_LIST) or a not-a-record flag (NOT_A_RECORD): set only by a yes. */
  flagOnly?: true;
  /** A request or approval flag (REQUEST_FLAG, APPROVED): its header names no withdrawal, so a
   *  text in it (`Booking Request` = `Expired`) is still read by the text checks as before. */
  request?: true;
  /** A request's state as text (REQUEST_STATE): set by any word but an agreed one. */
  state?: true;
}

/** Header words (accents folded, lower case, letters only) of deleting, archiving or moving. A
 *  bare `Bump` is the practice's act as `Bumped` is (Click4Time's Bump feature cancels the bookings
 *  of a changed schedule; Centricity's and athenaPractice's `Bumped` status): `Bump` = `Y` may say
 *  the visit was bumped off the schedule or that the patient agrees to be moved, so a set one is
 *  asked, never sent as booked. */
const WITHDRAWN =
  /delet|remov|archiv|resched|^moved|bumped|^bump$|withdrawn|geloscht|geloescht|elimina|borrad|supprim|erased|inactiv|supersed|obsolet/;
/** The whole header (words joined) of a short delete flag: `Del`, `DelFlag`, `del_ind`. */
const DEL_FLAG = /^del(?:flag|ind|yn)?$/;
/** Header words of a move (not deleting or archiving). */
const MOVE = /resched|^moved|bumped|^bump$/;
/**
 * The header names a move's origin (`Rescheduled From`, `Moved From`, `Resched From Date`): a
 * column of the new booking, which stands, naming the slot it left, as a scheduler's `Previous
 * Appointment` field on a rebooked appointment does. `Rescheduled To` names where this one went:
 * this row is the old slot, and stays a withdrawal column.
 */
function namesOrigin(words: readonly string[]): boolean {
  const at = words.findIndex((w) => MOVE.test(w));
  return at >= 0 && words[at + 1] === 'from';
}

/** Words of a new value beside the old (`New Date`, `Nueva fecha`, `Neues Datum`). */
const NEW_WORDS = new Set([
  'new',
  'nueva',
  'nuevo',
  'neue',
  'neuer',
  'neues',
  'nouvelle',
  'nouveau',
  'nova',
  'novo',
]);
/** Words of a day or a clock time. */
const MOMENT = /^(?:date|time|start|slot|day|datetime|dt|tm|fecha|hora|datum|uhrzeit|zeit|heure|data|ora)$/;
/**
 * The header names where a moved visit went: a new day or time (`New Date`, `New Appt Time`,
 * `Nueva fecha`), or a change or rebooking to one (`Changed To`, `Rebooked For`). Filled, it says
 * this row is the slot the visit left, as `Rescheduled To` does: sent at the row's own date, the
 * visit had stood on the portal where the patient no longer comes. Not `New Patient`, a bare
 * `New` or `New Appointment` (a first visit's flag): only a new day or time.
 */
function namesDestination(words: readonly string[]): boolean {
  const at = words.findIndex((w) => NEW_WORDS.has(w));
  if (at >= 0 && words.slice(at + 1).some((w) => MOMENT.test(w))) return true;
  return words.some(
    (w, i) => /^(?:changed|rebooked)$/.test(w) && (words[i + 1] === 'to' || words[i + 1] === 'for'),
  );
}

/** Header words of deleting alone (not archiving or moving). */
const DELETED = /delet|geloscht|geloescht|elimina|borrad|supprim|verwijder/;

/**
 * Whether a yes/no column's header says the record was deleted (`Deleted`, `IsDeleted`,
 * `DelFlag`, `Gelöscht`). A soft delete leaves the status as it was (`Scheduled`), so a yes
 * beside a booked status is how every deleted row looks, not a disagreement to ask about.
 */
export function namesDeletion(header: string): boolean {
  const words = foldAccents(header)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return DEL_FLAG.test(words.join('')) || words.some((w) => DELETED.test(w));
}
/** An "active" indicator, the whole header: `Active`, `IsActive`, `ACTIVE_IND`, `Activo`, `Aktiv`. */
const ACTIVE = /^(?:is)?(?:active|activo|activa|aktiv|actif)(?:ind|flag|yn)?$/;

/** A wait-list flag, the whole header (words joined): `Wait List`, `Waitlist`, `On Waiting List`,
 *  `WaitListYN`, `Warteliste`, `Lista de espera`, `Liste d'attente`. `Wait List` = `Y` beside a
 *  status of `Scheduled` may be a wish for a slot, not a booking (or a booked patient wanting an
 *  earlier one): sent, it would stand on the portal as booked, so it is asked. Only its yes counts
 *  (a `Wait List Date` or `Priority` says nothing), and not a booking made from the list
 *  (`Booked From Waitlist`, `Via Wait List`): that one is booked. */
const WAIT_LIST =
  /^(?:is|on)?(?:the)?(?:wait(?:ing)?list(?:ed)?|warteliste|listadeespera|listedattente)(?:yn|flag|ind)?$/;

/** A flag that the record is no appointment at all, the whole header (words joined): entered in
 *  error (FHIR's entered-in-error as a column: `Entered In Error`, `InError`, `IsError`, `Error
 *  Flag`), a duplicate record (`Duplicate`, `Is Duplicate`, `Dup Flag`: sent, one visit would stand
 *  twice on the portal) or an invalid one (`Invalid`, `IsInvalid`). At yes beside a status of
 *  `Scheduled` it had gone as booked. Only its yes counts: an `Error` or `Error Message` of text
 *  (a reminder's failure) says nothing about the visit. */
const NOT_A_RECORD =
  /^(?:is)?(?:(?:entered|created|booked|scheduled|made)?inerror|error|dup|dupe|duplicate|duplicated|invalid)(?:appt|appointment|record)?(?:yn|flag|ind)?$/;

/** A flag that the row is a booking request the desk has not accepted yet, the whole header
 *  (words joined): `Request`, `Is Request`, `Appt Request`, `Online Request`, `Requested`, `Pending
 *  Approval`. Online booking tools keep a patient's request on the schedule, at its time, until
 *  the desk approves it (TELUS CHR's Requested appointments, help.inputhealth.com/en/articles/
 *  5296661; Juvonno's and Clinicminds' pending online bookings); the status may already read
 *  `Scheduled`. At yes it had gone as booked. Only its yes counts (`Request Date`, `Requested By`
 *  are other things). Its other side is an approval flag at no (`Approved` = `N`, APPROVED). */
const REQUEST_FLAG =
  /^(?:is)?(?:appt|appointment|booking|online|web|portal)?(?:request|requested|pendingapproval|awaitingapproval)(?:yn|flag|ind)?$/;
const APPROVED = /^(?:is)?approved(?:yn|flag|ind)?$/;
/** A request's state written as text, the whole header (words joined): `Request Status`,
 *  `Approval`, `Approval Status`, `Booking Status`, `Online Request Status`. Online booking tools
 *  keep a request at its time until the desk approves or declines it (TELUS CHR's Requested and
 *  Rejected, help.inputhealth.com/en/articles/5296661; HealthMyself's approve or decline,
 *  healthmyself.freshdesk.com 36000001270), beside a status that may already read `Scheduled`:
 *  `Pending`, `Requested` or `Declined` there is no booked visit. Sent, it had gone as booked
 *  (red team 60l). A filled cell other than a yes or a word of the visit agreed (APPROVED_STATE)
 *  is set; an empty one is a booking the desk made itself. */
const REQUEST_STATE =
  /^(?:appt|appointment|booking|online|web|portal)*(?:request|approval)(?:status|state)?$|^bookingstatus$/;
/** A request's state that says the visit was agreed: `Approved`, `Accepted`, `Confirmed`, `Booked`. */
const APPROVED_STATE = /^(?:approved?|accepted|confirmed|booked|scheduled|granted)$/;

/** The free columns (not mapped to a field) whose header says they may withdraw an appointment. */
export function withdrawalColumns(headers: readonly string[], refs: ColumnRefs): WithdrawalColumn[] {
  const used = mappedIndexes(refs);
  const out: WithdrawalColumn[] = [];
  headers.forEach((header, index) => {
    if (used.has(index)) return;
    const words = foldAccents(header)
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    const joined = words.join('');
    if (REQUEST_FLAG.test(joined) || APPROVED.test(joined)) {
      const approved = APPROVED.test(joined);
      out.push({ header, index, inverted: approved, ...(approved ? {} : { flagOnly: true }), request: true });
      return;
    }
    if (REQUEST_STATE.test(joined)) {
      out.push({ header, index, inverted: true, request: true, state: true });
      return;
    }
    const inverted = ACTIVE.test(joined);
    if (WAIT_LIST.test(joined) || NOT_A_RECORD.test(joined)) {
      out.push({ header, index, inverted: false, flagOnly: true });
      return;
    }
    if (namesOrigin(words)) return;
    if (
      inverted ||
      DEL_FLAG.test(joined) ||
      headerConcepts(header).has('cancel') ||
      words.some((w) => WITHDRAWN.test(w)) ||
      namesDestination(words)
    )
      out.push({ header, index, inverted });
  });
  return out;
}

/** Whether `value` in `column` says the appointment is withdrawn (deleted, moved, inactive…). */
export function isWithdrawn(column: WithdrawalColumn, value: string): boolean {
  const v = value.trim();
  if (!v || isNoValue(v)) return false;
  const flag = parseFlag(v);
  if (column.flagOnly) return flag === true;
  if (column.state)
    return flag === false || (flag === undefined && !APPROVED_STATE.test(foldAccents(v).toLowerCase()));
  if (column.inverted) return flag === false || /^inactiv/i.test(v);
  if (flag !== undefined) return flag;
  return !isPlaceholderDate(v);
}
