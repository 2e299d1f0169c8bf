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
import { saysCancelled } from '../map/cancel-mention.ts';
import {
  classifyOutsideStatus,
  foldAccents,
  mayBeCancelled,
  normalizeStatus,
} from '../map/status-vocabulary.ts';

export interface CancelTextColumn {
  header: string;
  index: number;
  /** The appointment type: read by its whole value only (typeSaysCancelled), never by a mention. */
  wholeValue?: true;
  /** A free column that is no free text (not headed as a note, reason, description or type): its
   *  whole value is also read as a status would be (wordsSayOff). `reply` when it is headed as a
   *  confirmation or the patient's reply, whose refusals count too. */
  readAs?: 'status' | 'reply';
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
    out.push(readAs ? { header, index, readAs } : { header, index });
  });
  const type = refs.type;
  if (
    type?.source === 'main' &&
    !withdrawal.some((c) => c.index === type.index) &&
    !out.some((c) => c.index === type.index)
  )
    out.push({ header: type.header, index: type.index, wholeValue: true });
  return out;
}

/** The cancellation nouns: a type naming one is a visit booked from the cancellation list. */
const CANCELLATION_NOUN = /cancell?ation|cancelacion|annulation|absage/;

/** A type whose whole value is a word that cancels (`Cancelled`, `CANC`, `Broken`, `Void`), not
 *  a cancellation noun (`Cancellation`: a kind of visit). Read as any column besides the status
 *  is: a code that is a status only there (`CNA`: a certified nursing assistant's visit in a
 *  home-health file, beside `RN` and `HHA`) or one character alone (`X`, OpenEMR's cancelled, is
 *  also a type code) says nothing. */
export function typeSaysCancelled(value: string): boolean {
  if (CANCELLATION_NOUN.test(foldAccents(value))) return false;
  // A cancel word of its own inside a longer type (`CANCELLED OV`, `Cancelled Procedure`,
  // `CANC-FU`, `Late Cancel Fee`) says so as surely as the whole value: a desk that renames the
  // visit rather than its status. Read as a note is (cancel-mention.ts): not `cx` alone, a
  // culture or the cervix, nor a broken tooth; these went as booked visits of that type.
  return (normalizeStatus(value).length > 1 && mayBeCancelled(value)) || saysCancelled(value);
}

/** How a free column's whole value is read besides its mentions: not at all for free text (a
 *  note, reason, description or type by its header: `Rescheduled` alone in a note is the new
 *  slot as often as the old one). */
function readAsOf(header: string): CancelTextColumn['readAs'] {
  const c = headerConcepts(header);
  if ((['note', 'reason', 'description', 'type'] as const).some((f) => headerScore(f, c) > 0))
    return undefined;
  return c.has('confirmation') || c.has('confirmed') || c.has('reply') || c.has('response')
    ? 'reply'
    : 'status';
}

/**
 * Whether the whole value of a free column that is no free text says the visit is off the book
 * or moved away, as the status list reads it (`Rescheduled`, `Moved`, `R/S`, `Bumped`: the list
 * cancels the old slot on them), beside a status that books the row: `Sched Status` or
 * `Outcome` = `Rescheduled` beside `Status` = `Scheduled` went as booked, a move being left out
 * of the mentions a note is read for. In a confirmation or reply column, also a refusal the
 * vocabulary leaves undecided (`Declined`, `Reschedule Requested`: confirmation-refusals.ts), as
 * a file without a status column already asks.
 */
export function wordsSayOff(value: string, readAs: NonNullable<CancelTextColumn['readAs']>): boolean {
  if (classifyOutsideStatus(value) === 'CANCEL') return true;
  return readAs === 'reply' && confirmationRefuses([value]);
}
