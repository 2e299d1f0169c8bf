// The columns that say what a row is beside the one read as its type: recognition gives a file one
// type column (Rethink's `Appointment Type`: Billable, Nonbillable, Travel), and the runner-up
// (its `Service`: `97153 Adaptive Behavior Treatment`, `Team Meeting`) is left unmapped. A row of
// no patient whose runner-up names blocked time is that block, as when the mapped type does
// (map-row.ts namesBlock): no row a report printed its patient once for.
import type { FieldCandidate } from './recognize.ts';
import { mappedIndexes, type ColumnRef, type ColumnRefs } from './resolve-columns.ts';

const KIND_FIELDS = new Set(['type', 'reason', 'description']);

/** The file's unmapped columns recognition also read as a type, reason or description. */
export function otherKindColumns(
  headers: readonly string[],
  candidates: readonly FieldCandidate[],
  refs: ColumnRefs,
): ColumnRef[] {
  const used = mappedIndexes(refs);
  const out: ColumnRef[] = [];
  for (const c of candidates) {
    if (!KIND_FIELDS.has(c.field)) continue;
    const index = headers.indexOf(c.column);
    if (index < 0 || used.has(index) || out.some((r) => r.index === index)) continue;
    out.push({ header: c.column, source: 'main', index });
  }
  return out;
}
