// The columns besides the status that may say an appointment is cancelled in words: a note or a
// reason (`Notes` = `cancelled per pt - will call back`, `pt cxl - sick`), a confirmation column
// (Open Dental's `Confirmed` = `Pt Cancelled`), a change log's action (`HistApptAction` =
// `Deleted`). A status of `Scheduled` would send that row as booked; a cancel word there on a row
// the status sends as booked holds the file (file-audit.ts), however few of the column's words
// are status words. Cancel words only on rows the status already cancels hold nothing.
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import type { ColumnRefs } from '../map/resolve-columns.ts';
import { confirmationRefuses } from './confirmation-refusals.ts';
import type { WithdrawalColumn } from './withdrawal-columns.ts';
import { CANCEL_CODES, classifyBuiltInStatus, classifyOutsideStatus } from '../map/status-vocabulary.ts';
import { recordWithdrawn } from '../map/visit-off-words.ts';

export interface CancelTextColumn {
  header: string;
  index: number;
  /** The appointment type: read by its whole value only (typeSaysCancelled), never by a mention. */
  wholeValue?: true;
  /** A free column that is no free text (not headed as a note, reason, description or type): its
   *  whole value is also read as a status would be (wordsSayOff). `reply` when it is headed as a
   *  confirmation or the patient's reply, whose refusals count too. `parts`: the provider or
   *  location read, whose name is never searched for a mention (a `Dr. Storn` is no `storniert`),
   *  only each part set apart by a dash or brackets as a status (`Dr. Raj Lee - CANCELLED`).
   *  `visit-status` when its header names the visit's own status (`Status Code`, `Appt Status Code`
   *  beside the `Status` read): its codes are read as a status column's, `CX` too. */
  readAs?: 'status' | 'visit-status' | 'reply' | 'parts';
  /** Headed for the patient or the account (`Patient Status`, `Acct Status`): its `Inactive` is
   *  the patient's, who may still come (deceased-columns.ts), not the visit's. */
  aboutPatient?: true;
  /** Headed for the practice's outreach to the patient (`Check-In Status`, `Reminder Status`,
   *  `Invite Status`, `Delivery`): its `Expired` is the invite's link or the reminder lapsing
   *  (outreachLapsed), not the visit's or the patient's. */
  aboutOutreach?: true;
}

/** The free columns and the reason, description and note columns, but for the withdrawal columns
 *  (held for being set at all); and the type, read by its whole value only: a type of `Cancelled`
 *  or `CANC` under a status of `PEN` had gone as a booked appointment of type 'Cancelled', while
 *  `Cancellation`, `Cancellation Appt` or `Cancellation fill-in` name a kind of visit there
 *  (booked from the cancellation list). */
export function cancelTextColumns(
  headers: readonly string[],
  refs: ColumnRefs,
  withdrawal: readonly WithdrawalColumn[],
): CancelTextColumn[] {
  // Columns read for anything else (a column may feed two fields).
  const taken = new Set(withdrawal.map((c) => c.index));
  for (const [field, r] of Object.entries(refs))
    if (r?.source === 'main' && field !== 'reason' && field !== 'description' && field !== 'note')
      taken.add(r.index);
  const read = new Set(
    (['reason', 'description', 'note'] as const).flatMap((f) =>
      refs[f]?.source === 'main' ? [refs[f]!.index] : [],
    ),
  );
  const out: CancelTextColumn[] = [];
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    const readAs = read.has(index) ? undefined : readAsOf(header);
    // A note under an outreach header (`Intake Notes`) is free text: its `Expired` says who.
    const outreach = readAs && aboutOutreach(header) ? { aboutOutreach: true as const } : {};
    if (!readAs) out.push({ header, index, ...outreach });
    else
      out.push(
        ABOUT_PATIENT.test(header)
          ? { header, index, readAs, aboutPatient: true, ...outreach }
          : { header, index, readAs, ...outreach },
      );
  });
  // The provider and the location read: a schedule that parks a cancelled or broken visit under a
  // resource of its own (`CANCELLED`, Eaglesoft's `Broken Appts` chair) or adds the word to it.
  for (const f of ['providerName', 'location'] as const) {
    const r = refs[f];
    if (
      r?.source === 'main' &&
      !withdrawal.some((c) => c.index === r.index) &&
      !out.some((c) => c.index === r.index)
    )
      out.push({ header: r.header, index: r.index, readAs: 'parts' });
  }
  const type = refs.type;
  if (
    type?.source === 'main' &&
    !withdrawal.some((c) => c.index === type.index) &&
    !out.some((c) => c.index === type.index)
  )
    out.push({ header: type.header, index: type.index, wholeValue: true });
  return out;
}

/** A header naming the patient, the account or the coverage rather than the visit. */
const ABOUT_PATIENT =
  /(?:^|[^a-z])(?:pt|pat|patient|client|account|acct|chart|member|guarantor|insurance|ins|policy|coverage|eligibility|portal|user)(?:[^a-z]|$)|^(?:pt|pat|patient|client|account|acct|chart|member|guarantor)/i;

/** The concepts of a header for what the practice or its messaging platform sends the patient
 *  or asks of them before the visit: the check-in (Yosi, Phreesia, a kiosk), a reminder, an
 *  invite, the intake forms, a message and its delivery, a confirmation request. */
const OUTREACH = new Set([
  'check',
  'arrival',
  'kiosk',
  'invite',
  'intake',
  'form',
  'forms',
  'reminder',
  'reminders',
  'message',
  'sms',
  'email',
  'delivery',
  'confirmation',
  'registration',
]);
function aboutOutreach(header: string): boolean {
  for (const c of headerConcepts(header)) if (OUTREACH.has(c)) return true;
  return false;
}

/** An outreach column's whole value saying its link, invite or request lapsed unanswered
 *  (`Expired`, `Link expired`, `Timed out`): bare `Expired` in a note or a status-like column is
 *  the patient's death (visit-off-words.ts), but a check-in's or a reminder's expires when the
 *  patient never opened it, and the visit stands. `Patient expired` still says who, and a date
 *  after it (`Expired 3/20`) is a death's day: digits are kept, so it is no lapse. The item may
 *  be named for its outreach (`Confirmation request timed out`). */
const LAPSED =
  /^(?:(?:confirmation|registration|intake|check ?in|checkin) )?(?:(?:link|invite|invitation|request|check ?in|checkin|form|forms|reminder|message|text|email|session|token)s? )?(?:expired|has expired|timed out|timeout|lapsed)$/i;
export function outreachLapsed(value: string): boolean {
  return LAPSED.test(value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

/** A lapse that names the outreach's own item (`Link expired`, `Reminder timed out`): never the
 *  booking's, whatever the file holds besides. */
const ITEM_LAPSED =
  /^(?:link|invite|invitation|form|forms|reminder|message|text|email|token)s? (?:expired|has expired|timed out|timeout|lapsed)$/i;

/**
 * Whether a lapse (`Expired`, `Timed out`, `Lapsed`, `Request expired`) in this column may be the
 * booking's own, with no visit status in the file to say the visit stands. A registration's,
 * intake's or confirmation's request lapses unanswered at systems that then release the slot
 * (an online request never confirmed, a pre-registration window missed), and at others the visit
 * stands: a person could not tell, so the file is asked. Only an outreach-headed column not named
 * for the patient or the account, and only a lapse that names no outreach item of its own.
 */
export function lapseMayBeBooking(header: string): (value: string) => boolean {
  if (!aboutOutreach(header) || ABOUT_PATIENT.test(header)) return () => false;
  return (value) => {
    const v = value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return LAPSED.test(v) && !ITEM_LAPSED.test(v);
  };
}

/** How a free column's whole value is read besides its mentions: not at all for free text (a
 *  note, reason, description or type by its header: `Rescheduled` alone in a note is the new
 *  slot as often as the old one). */
function readAsOf(header: string): CancelTextColumn['readAs'] {
  const c = headerConcepts(header);
  if ((['note', 'reason', 'description', 'type'] as const).some((f) => headerScore(f, c) > 0))
    return undefined;
  if (c.has('confirmation') || c.has('confirmed') || c.has('reply') || c.has('response')) return 'reply';
  // A second column headed as the visit's status (`Status Code` = `CX` beside `Status` =
  // `Scheduled`): a status column's short codes are read there, or its `CX` went as booked, the
  // code read as a culture or the cervix as in a free column (STATUS_COLUMN_ONLY).
  return headerScore('status', c) > 0 && !ABOUT_PATIENT.test(header) ? 'visit-status' : 'status';
}

/** Where a provider's or a place's name and a word added to it part: a dash with spaces, brackets,
 *  asterisks, a colon (`Dr. Raj Lee - CANCELLED`, `Op 9 (Broken)`, `*CXL* Main Office`). */
/** `Changed` is Ortho2's moved in a status column, but any edit in a change log's action (Open
 *  Dental's HistApptAction `Changed`) or a free column: read there as no move. */
const CHANGED = /(?:^|[^\p{L}])changed(?:[^\p{L}]|$)/iu;
/** A cancel word heading or closing a name with nothing setting it apart (`CANCELLED Dr. Raj
 *  Lee`, `Raj Lee CANCELED`, `Dr. Cancelled`): the words a status list writes in full, never by a
 *  stem, so `Dr. Storn` stays a name; a title does not make them one. */
const CANCEL_WORD_AT_END =
  /^(?:cancell?ed|cancel+ation|cxl|cxld|canc|storniert|abgesagt|annul[ée]e?|cancelad[oa]|anulad[oa])$/iu;
function endsOnCancelWord(part: string): boolean {
  const words = part.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 1 && (CANCEL_WORD_AT_END.test(words[0]!) || CANCEL_WORD_AT_END.test(words.at(-1)!));
}
const PART_BREAK = /\s[-–—]+\s|[()[\]*:]/u;
/** A part with a person's title or credential is the provider's name, read for nothing: the
 *  status list reads `Dr. Storn` as a doctor's cancellation (`Dr Cxl`, German `storniert`). */
const TITLED = /(?:^|[^\p{L}])(?:dr|doctor|md|do|np|pa|dds|dmd|rn|pt|lcsw|phd)(?:[^\p{L}]|$)/iu;

/** A status code column's cell that reads as cancelled: a short code for deleted or cancelled
 *  (`DEL`, `CNX`), or a letter the status list reads so (`X`). */
function visitCodeSaysOff(value: string): boolean {
  const v = value.trim();
  return CANCEL_CODES.has(v.toLowerCase()) || (/^\p{L}$/u.test(v) && classifyBuiltInStatus(v) === 'CANCEL');
}

/**
 * Whether the whole value of a free column that is no free text says the visit is off the book
 * or moved away, as the status list reads it (`Rescheduled`, `Moved`, `R/S`, `Bumped`: the list
 * cancels the old slot on them), beside a status that books the row: `Sched Status` or
 * `Outcome` = `Rescheduled` beside `Status` = `Scheduled` went as booked, a move being left out
 * of the mentions a note is read for. In a confirmation or reply column, also a refusal the
 * vocabulary leaves undecided (`Declined`, `Reschedule Requested`: confirmation-refusals.ts), as
 * a file without a status column already asks. Of the provider or location read (`parts`), also
 * a part of it set apart (`Dr. Raj Lee - CANCELLED`, `Op 9 - Broken`, `Dr. Raj Lee (CXL)`): these
 * went as booked visits with the provider `Dr. Raj Lee - CANCELLED`.
 */
export function wordsSayOff(
  value: string,
  readAs: NonNullable<CancelTextColumn['readAs']>,
  aboutPatient = false,
): boolean {
  if (readAs === 'parts')
    return value
      .split(PART_BREAK)
      .some(
        (p) =>
          endsOnCancelWord(p) ||
          (/\p{L}.*\p{L}/su.test(p) &&
            !TITLED.test(p) &&
            !CHANGED.test(p) &&
            classifyOutsideStatus(p.trim()) === 'CANCEL'),
      );
  // A column headed as the visit's status code (`Status Cd` = `DEL` or `X` beside `Status` =
  // `Scheduled`) is no free column: its lone `X` is the status list's cancelled, not a checkbox's
  // tick, and `DEL`/`DLTD` are the short codes for deleted (CANCEL_CODES). Both went as booked.
  if (readAs === 'visit-status' && visitCodeSaysOff(value)) return true;
  // Two letters at least: a lone `X` (OpenEMR's cancelled in a status cell) is a checkbox's mark
  // in a free column (`No Show` = `X`, `Kept` = `X`), as off-book-columns.ts reads it.
  if (!/\p{L}.*\p{L}/su.test(value)) return false;
  const read = readAs === 'visit-status' ? classifyBuiltInStatus : classifyOutsideStatus;
  if (read(value) === 'CANCEL' && !CHANGED.test(value)) return true;
  // A record's state the status list does not know (`Removed`, `Withdrawn`, `Struck`, `Inactive`):
  // beside a booked status the visit may be off the book, so asked.
  if (recordWithdrawn(value, aboutPatient)) return true;
  return readAs === 'reply' && confirmationRefuses([value]);
}
