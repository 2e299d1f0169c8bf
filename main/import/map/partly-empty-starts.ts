// Two columns that both read as the start's time, one filled on every row and one only on some:
// the partly empty one is not the booked start. Every appointment has a start time, so its column
// has no gaps; a time written only once the patient came (a check-in time under a bare `Time`,
// beside the booked `Start`: Greenway-style front-desk lists) is empty on every visit not yet
// arrived. Its header may read as the start better than the rival's (`Time` over `Start`), yet
// read as the start it sent the check-in time, and failed every visit not yet arrived.
// Only a rival whose header names no other moment counts (not `Booked Time`, `Booking Time`):
// a full column of when the visit was booked is no start. Per file, on recognition's candidates.
import { headerConcepts, otherMomentWords } from './header-meaning.ts';
import type { FieldName } from './profile.ts';
import type { ColumnShape } from './value-shapes.ts';

interface StartCandidate {
  field: FieldName;
  col: number;
  confidence: number;
  why: string;
}

const namesTheStart = (header: string): boolean =>
  otherMomentWords(header).length === 0 && !headerConcepts(header).has('booking');

/** Scale each start-time candidate by how much of its fullest rival's rows it fills (in place). */
export function preferFilledStarts(
  candidates: StartCandidate[],
  shapes: readonly ColumnShape[],
  headers: readonly string[],
): void {
  const times = candidates.filter((c) => c.field === 'time');
  if (times.length < 2) return;
  let most = 0;
  for (const c of times) if (namesTheStart(headers[c.col]!)) most = Math.max(most, shapes[c.col]!.nonEmpty);
  for (const c of times) {
    const filled = shapes[c.col]!.nonEmpty;
    if (filled >= most) continue;
    c.confidence *= filled / most;
    c.why += `; empty on ${most - filled} of the ${most} rows where another column gives the time`;
  }
}
