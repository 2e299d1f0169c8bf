// A row whose status says "moved" (`Rescheduled`, `Verschoben`) is read as the old slot and
// cancelled (move-words.ts). Where the system moved the appointment itself (MedicalDirector,
// Healthie), the row keeps its id, stands at the NEW time and is still booked: cancelling it
// takes a booked visit off the portal. The sign is the start: such a row under an id that was sent
// at another start, booked, is the appointment moved, or its old slot printed at the new time by
// no system we know of. Nobody can tell which from the file: the file is held and the word asked
// about once (an answer puts it in the practice's own vocabulary, which is never asked about).
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { Decision } from './job-context.ts';

export interface MovedCancel {
  appointmentId: string;
  line: number;
  word: string;
  sentStart: Date;
  start: Date;
}

/** The row as a moved appointment to ask about, when the ledger's decision says its id was last
 *  sent booked at another start. */
export function movedCancel(
  a: Appointment,
  d: Extract<Decision, { send: true }>,
  word: string,
  line: number,
): MovedCancel | undefined {
  const sentMs = d.previousStartMs;
  if (sentMs === undefined || d.previousCancelled || sentMs === a.start.getTime()) return undefined;
  return { appointmentId: a.appointmentId, line, word, sentStart: new Date(sentMs), start: a.start };
}

export function movedStatusDoubt(found: MovedCancel[]): Doubt {
  const first = found[0]!;
  const more = found.length - 1;
  const words = [...new Set(found.map((f) => f.word))];
  return {
    kind: 'status',
    field: 'status',
    message:
      `appointment id ${first.appointmentId} (line ${first.line}) says '${first.word}' at ${first.start.toISOString()}, ` +
      `but it was sent booked for ${first.sentStart.toISOString()}` +
      (more ? `; ${more} more appointment id${more === 1 ? '' : 's'} the same way` : '') +
      `: moved to this time and still booked, or its old slot cancelled? Nothing was sent`,
    samples: words.slice(0, 5),
    question: `What does ${words
      .slice(0, 3)
      .map((w) => `'${w}'`)
      .join(
        ', ',
      )} mean in this export: the appointment at its new time (booked), or the old slot (cancelled)?`,
  };
}
