// One placer appointment under two filler ids. An SIU message names its appointment by the filler's
// id (SCH-2) and the placer's (SCH-1); the table folds one appointment's messages by SCH-2. When
// two messages of one patient carry the same placer id (and occurrence, SCH-3) under two filler
// ids, the placer says they are one appointment and the filler says two: an S12 booking under
// `99101` then an S15 cancellation under `99102` would send the booking and cancel an
// appointment never sent, leaving the visit on the portal. Which ids are right is not guessed:
// each such message is a row error naming the other.
import { componentOf, segmentOf, type Hl7Message } from './hl7-messages.ts';
import type { SiuOutcome } from './siu-rows.ts';

/** For each message whose placer id another message of the same patient writes under another
 *  filler id: that other message's index. */
export function placerUnderTwoFillers(
  messages: readonly Hl7Message[],
  outcomes: readonly SiuOutcome[],
): Map<number, number> {
  const first = new Map<string, { filler: string; index: number }>();
  const found = new Map<number, number>();
  outcomes.forEach((o, i) => {
    if (o.kind === 'skip' && !o.states) return;
    const m = messages[i]!;
    const sch = segmentOf(m, 'SCH');
    const placer = componentOf(m, sch, 1);
    const filler = componentOf(m, sch, 2);
    if (!placer || !filler) return;
    const key = `${placer}\u0000${componentOf(m, sch, 3)}\u0000${o.who ?? ''}`;
    const seen = first.get(key);
    if (!seen) first.set(key, { filler, index: i });
    else if (seen.filler !== filler) {
      found.set(i, seen.index);
      if (!found.has(seen.index)) found.set(seen.index, i);
    }
  });
  return found;
}
