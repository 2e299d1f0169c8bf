// With no status column, a free column may still say that a row is not a booked appointment, on
// a few rows only: a Dentrix Enterprise "Audit - Appointments" report's `Action` = `Deleted`
// among `Created` and `Modified`, Open Dental's `Confirmed` = `Pt Cancelled`. Recognition asks
// about a free column only when half its first values are status words, so such a row would go
// as booked. Here any whole value that the status column would read as cancelled or not an
// appointment, on a row that goes as booked, holds the file (every row, checked until a person
// answers it). The note, reason and type are read by row-defaults.ts, so they are not free.
import type { Doubt } from '../../model/doubt.ts';
import { ownString } from '../own-string.ts';
import { mappedIndexes, type ColumnRefs } from '../map/resolve-columns.ts';
import { tableSkipKind } from '../map/skip-kind.ts';
import { classifyOutsideStatus } from '../map/status-vocabulary.ts';
import { outreachLapsed, type CancelTextColumn } from './cancel-text-columns.ts';
import { saysPatientDied } from '../map/visit-off-words.ts';
import type { WithdrawalColumn } from './withdrawal-columns.ts';

/** The columns read for no field (nor held as withdrawal columns). */
export function freeColumns(
  headers: readonly string[],
  refs: ColumnRefs,
  withdrawal: readonly WithdrawalColumn[],
): CancelTextColumn[] {
  const taken = mappedIndexes(refs);
  for (const c of withdrawal) taken.add(c.index);
  const out: CancelTextColumn[] = [];
  headers.forEach((header, index) => {
    if (!taken.has(index)) out.push({ header, index });
  });
  return out;
}

/** At least two letters: a lone `X` or `%` (a status symbol in OpenEMR) is a checkbox's mark in
 *  a free column (`Ins Verified` = `X`). */
const TWO_LETTERS = /\p{L}.*\p{L}/su;

/** Distinct values a free column may show before it is no longer watched: a status has a few
 *  words, while a timestamp or a free text would be classified anew on every row. */
const MAX_DISTINCT = 300;

/** Whether a whole value of one free column reads as cancelled or not an appointment, each
 *  distinct text read once. An open-slot word (`Available`, `Free`) beside a patient is not one. */
export class OffBookValues {
  private readonly seen = new Map<string, boolean>();
  /** More distinct values than a status has: the column is no longer read. */
  tooMany = false;
  /** The column's lapse words that may be the booking's (lapseMayBeBooking): none unless given. */
  constructor(private readonly bookingLapsed: (value: string) => boolean = () => false) {}

  takesOff(value: string): boolean {
    let v = this.seen.get(value);
    if (v === undefined) {
      if (this.seen.size >= MAX_DISTINCT) {
        this.tooMany = true;
        return false;
      }
      const m = TWO_LETTERS.test(value) ? classifyOutsideStatus(value) : 'unknown';
      v =
        m === 'CANCEL' ||
        (m === 'skip' && tableSkipKind(value) !== 'open-slot') ||
        leadsWithCancel(value) ||
        this.bookingLapsed(value) ||
        // A death said whole (`Paciente falleció`, `Expired (patient)`), but a bare `Expired`,
        // which is an insurance's or a link's as often: that is the lapse's reading above.
        (saysPatientDied(value) && !outreachLapsed(value));
      this.seen.set(ownString(value), v);
    }
    return v;
  }
}

/** A title led by a cancel status and a separator: Outlook and Teams put `Canceled: ` before a
 *  cancelled meeting's subject, and a front desk keeping its calendar in Airtable, Notion or a
 *  sheet marks a title `CANCELLED - Elena Garcia consult` or `[Cancelled] Consult`. With no
 *  status column it is the only word that the visit is off; its whole value is no status, so it
 *  had gone as booked. Only the part before the first separator is read, as a status would be:
 *  `Consult - cancelled last week, rebooked` (a note) is not led by one. Holding is all it does. */
const LEAD = /^\s*[[(]?\s*([^:\-–—\])]{2,40}?)\s*(?:[\])]\s*[:\-–—]?|[:\-–—])\s*\S/u;
export function leadsWithCancel(value: string): boolean {
  const m = LEAD.exec(value);
  return !!m && classifyOutsideStatus(m[1]!) === 'CANCEL';
}

export function freeColumnDoubt(column: string, w: { value: string; line: number; count: number }): Doubt {
  const rows = `${w.count} row${w.count === 1 ? '' : 's'}`;
  return {
    kind: 'column',
    check: 'off-book-column',
    field: 'status',
    column,
    message: `no status column was recognised, but this column says cancelled or not an appointment on ${rows} that would go as booked ('${w.value.slice(0, 60)}', line ${w.line})`,
    samples: [w.value.slice(0, 60)],
    question: `Is '${column}' the status (does it say whether an appointment is booked or cancelled)? Map it as the status; confirm the mapping only if these rows are booked appointments`,
  };
}
