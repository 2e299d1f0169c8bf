// The columns besides the status that may say an appointment is cancelled in words: a note or a
// reason (`Notes` = `cancelled per pt - will call back`, `pt cxl - sick`), a confirmation column
// (Open Dental's `Confirmed` = `Pt Cancelled`), a change log's action (`HistApptAction` =
// `Deleted`). A status of `Scheduled` would send that row as booked; a cancel word there on a row
// the status sends as booked holds the file (file-audit.ts), however few of the column's words
// are status words. Cancel words only on rows the status already cancels hold nothing.
import type { ColumnRefs } from '../map/resolve-columns.ts';
import type { WithdrawalColumn } from './withdrawal-columns.ts';
import { foldAccents, mayBeCancelled, normalizeStatus } from '../map/status-vocabulary.ts';

export interface CancelTextColumn {
  header: string;
  index: number;
  /** The appointment type: read by its whole value only (typeSaysCancelled), never by a mention. */
  wholeValue?: true;
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
  const out: CancelTextColumn[] = [];
  headers.forEach((header, index) => {
    if (!taken.has(index)) out.push({ header, index });
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
  return (
    normalizeStatus(value).length > 1 && mayBeCancelled(value) && !CANCELLATION_NOUN.test(foldAccents(value))
  );
}
