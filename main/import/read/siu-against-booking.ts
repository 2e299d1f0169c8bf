// What an SIU message says against the booking its event and SCH-25 give (siu-rows.ts), read only
// on a message that books: the patient dead (PID-29 date of death, PID-30 death indicator Y: a
// portal appointment would reach the family, as map/deceased-columns.ts says of a CSV's column),
// or its free text saying the visit is cancelled (NTE-3 comments, SCH-6 event reason: `Pt
// cancelled - will call to resched` beside SCH-25 Booked), read by the words a CSV's notes are
// read by (map/cancel-mention.ts). Either way the message is a row error naming the field, never
// sent as booked; a cancellation still goes.
import { saysCancelled } from '../map/cancel-mention.ts';
import { DECEASED } from '../map/deceased-columns.ts';
import { fieldValues, segmentOf, type Hl7Message } from './hl7-messages.ts';
import type { SiuProblem } from './siu-rows.ts';

/** Every repetition of a field as text, its components joined by spaces. */
const texts = (m: Hl7Message, name: string, n: number): string[] =>
  m.segments
    .filter((s) => s.name === name)
    .flatMap((s) => fieldValues(m, s, n))
    .map((rep) =>
      rep
        .map((c) => c.join(' '))
        .join(' ')
        .trim(),
    )
    .filter(Boolean);

/** Why a message that books its appointment cannot be sent so, or undefined. */
export function againstBooking(m: Hl7Message): SiuProblem | undefined {
  const pid = segmentOf(m, 'PID');
  const indicator = fieldValues(m, pid, 30)[0]?.[0]?.[0]?.trim().toUpperCase() ?? '';
  const died = fieldValues(m, pid, 29)[0]?.[0]?.[0]?.trim() ?? '';
  if (indicator === 'Y' || died)
    return {
      column: died ? 'PID-29' : 'PID-30',
      value: died || indicator,
      message: DECEASED.message,
      hint: DECEASED.hint,
    };
  for (const [field, name, n] of [
    ['NTE-3', 'NTE', 3],
    ['SCH-6', 'SCH', 6],
  ] as const) {
    const said = texts(m, name, n).find(saysCancelled);
    if (said)
      return {
        column: field,
        value: said,
        message: `the message books the appointment but its ${field} says '${said}': whether it is booked or cancelled is not guessed`,
        hint: 'Check the appointment in the scheduling system, then have the interface send it again',
      };
  }
  return undefined;
}
