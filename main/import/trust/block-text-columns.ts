// Blocked time (`In Office`, `Lunch`, `Vacation`) is checked on the type, reason and description
// read (row-defaults.ts, offBookWatch). A file may have two columns headed as the kind of visit
// (OpenEMR's `Category` beside a `Type`, a `Service` beside a `Type`): only one is read as the
// type, and which one is decided by column order. A block word in the one not read then held
// nothing, so swapping two columns decided between a hold and a blocked slot sent as a booked
// appointment. Here the columns read for no field whose header names a type, reason or
// description are checked the same way on every row that goes as booked.
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import type { ColumnRefs } from '../map/resolve-columns.ts';
import { takesOffBook } from '../map/row-defaults.ts';
import { ownString } from '../own-string.ts';
import type { CancelTextColumn } from './cancel-text-columns.ts';
import { freeColumns } from './off-book-columns.ts';
import type { WithdrawalColumn } from './withdrawal-columns.ts';

/** The free columns headed as a type, reason or description (`Service`, `Category`, `Reason`). */
export function blockTextColumns(
  headers: readonly string[],
  refs: ColumnRefs,
  withdrawal: readonly WithdrawalColumn[],
): CancelTextColumn[] {
  return freeColumns(headers, refs, withdrawal).filter(({ header }) => {
    const c = headerConcepts(header);
    return (['type', 'reason', 'description'] as const).some((f) => headerScore(f, c) > 0);
  });
}

/** Whether a value of such a column takes its row off the book, as the mapped type would
 *  (takesOffBook), each distinct text read once. `blocksOnly` beside a status column. */
export class BlockTexts {
  private readonly seen = new Map<string, boolean>();
  constructor(private readonly blocksOnly: boolean) {}

  takesOff(value: string): boolean {
    let v = this.seen.get(value);
    if (v === undefined) {
      v = takesOffBook(value, this.blocksOnly);
      if (this.seen.size < 10_000) this.seen.set(ownString(value), v);
    }
    return v;
  }
}
