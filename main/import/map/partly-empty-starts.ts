// Two columns that both read as the start's time (or date), one filled on every row and one only
// on some: the partly empty one is not the booked start. Every appointment has a start, so a start
// column has no gaps; a time written only once the patient came (a check-in or arrival time under
// a bare `Time`, beside the booked `Start`: Greenway-style front-desk lists) has one on every visit
// not yet arrived. Its header may read as the start better than the rival's (`Time` over `Start`),
// yet read as the start it sent the check-in time, and failed every visit not yet arrived.
// Per file, on recognition's candidates: nothing per row.
import type { FieldName } from './profile.ts';
import type { ColumnShape } from './value-shapes.ts';

const START_FIELDS: ReadonlySet<FieldName> = new Set(['dateTime', 'date', 'time']);

interface StartCandidate {
  field: FieldName;
  col: number;
  confidence: number;
  why: string;
}

/** Scale each start candidate by how much of its fullest rival's rows it fills (in place). */
export function preferFilledStarts(candidates: StartCandidate[], shapes: readonly ColumnShape[]): void {
  const fullest = new Map<FieldName, number>();
  for (const c of candidates)
    if (START_FIELDS.has(c.field))
      fullest.set(c.field, Math.max(fullest.get(c.field) ?? 0, shapes[c.col]!.nonEmpty));
  for (const c of candidates) {
    const most = fullest.get(c.field);
    const filled = shapes[c.col]!.nonEmpty;
    if (most === undefined || filled >= most) continue;
    c.confidence *= filled / most;
    c.why += `; empty on ${most - filled} of the ${most} rows where another column gives it`;
  }
}
