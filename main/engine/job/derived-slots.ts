// Ids made from patient, provider, day and slot (identity.ts) number a patient's appointments of
// a day with one provider in file order. An export that leaves out an earlier one of them (an
// "upcoming appointments" report run at 11:15 no longer lists the 9:00 lab draw) shifts the
// number: the 2:00 PM follow-up comes out under the lab draw's id, and its CANCEL would cancel the
// lab draw (and leave the follow-up booked), its UPDATE move the lab draw onto it. So before its
// slot counts, a row takes the id already sent for the same patient, provider and start: the
// portal's own appointment there. Numbering decides only for starts never sent.
// An appointment sent with no provider (the unassigned placeholder) and now listed with one, same
// patient and start, is that appointment: its provider is known now (a report's title states it,
// the cell was filled in). It goes as an UPDATE under its id, not as a second one beside it.
// Two rows must never end up under one id: a row whose own slot id another row took (the 4:00 PM
// row numbered 2 where the 2:00 PM row took the old slot-2 id) would be read as that appointment
// moved, and one of the two lost; such rows are held instead (slotClashDoubt). A row whose id was
// sent at another start moves that appointment: slot-moves.ts holds it when the file leaves out
// another of the patient's appointments that day, which the slot may have meant.
// A row whose own slot id was sent at another start waits for the file's other rows (settleLater):
// a visit added before a patient's first (07:00 before 08:00 and 13:00) is numbered slot 1, the
// 08:00's id, which the 08:00 row claims through the ledger further down the file. Settled after
// the file's other rows, the 07:00 takes its slot id only when no row took it (then it moved that
// appointment); when one did, it is a visit of its own (or that one moved and another booked in its
// place: the same visits on the portal either way) and gets an id of its own, made from its slot
// id and start, which the next export's row at that start claims again. It goes only when the
// file lists the patient's other appointments of the day (slot-moves.ts, as for a move): an
// upcoming list that leaves out the 08:00 may mean it moved to the new start.
import { hash } from 'node:crypto';
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { PracticeContext } from './job-context.ts';
import { DERIVED_ID } from './own-ids.ts';
import { UNASSIGNED_PROVIDER } from '../../import/map/row-defaults.ts';
import { providerNameKey } from '../../import/map/provider-name.ts';

/** One provider under another id: sent before ids were made from the name's parts (`Dr. Anna
 *  Lee` went as `dr-anna-lee`, now `lee-anna`). */
function sameName(sent: Appointment | undefined, a: Appointment): boolean {
  const key = sent ? providerNameKey(sent.participant.providerName) : '';
  return key !== '' && key === providerNameKey(a.participant.providerName);
}

/** `settle`'s answer for a row to settle after the file's others (settleLater). */
export const LATER = Symbol('settle later');

/** Per reading: which derived id went to which start, to catch two starts under one id. */
export class DerivedSlots {
  private readonly startOf = new Map<string, number>();
  /** Lines where two starts of a patient came under one id. */
  readonly clashes: Array<{ appointmentId: string; line: number }> = [];

  constructor(private readonly ctx: PracticeContext) {}

  /** The appointment under the id the portal has for it (`a` itself when that is its own id), or
   *  undefined when its id is another start's in this file (counted in `clashes`), LATER when its
   *  own id was sent at another start. */
  async settle(a: Appointment, line: number): Promise<Appointment | undefined | typeof LATER> {
    if (!DERIVED_ID.test(a.appointmentId)) return a;
    const startMs = a.start.getTime();
    let out = a;
    const sentId = await this.ctx.ledger.sentIdAt?.(a.patient.patientId, startMs);
    if (sentId !== undefined && sentId !== a.appointmentId && DERIVED_ID.test(sentId)) {
      // The same provider too: another provider's appointment at that start is another one.
      const sent = await this.ctx.ledger.lastSent?.(sentId);
      const was = sent?.participant.identifier;
      if (was === a.participant.identifier || was === UNASSIGNED_PROVIDER || sameName(sent, a))
        out = { ...a, appointmentId: sentId };
    }
    // Its own id sent at another start: a row further down may be at that start (settleLater).
    if (out === a) {
      const own = await this.ctx.ledger.lastSent?.(a.appointmentId);
      if (own && own.start.getTime() !== startMs) return LATER;
    }
    return this.claim(out, startMs, line);
  }

  /** A row `settle` put off, after the file's other rows: under its slot id when no row took it
   *  at another start (the appointment moved), else under an id of its own. */
  settleLater(a: Appointment, line: number): Appointment | undefined {
    const startMs = a.start.getTime();
    const taken = this.startOf.get(a.appointmentId);
    if (taken === undefined || taken === startMs) return this.claim(a, startMs, line);
    const own = `A-${hash('sha256', `${a.appointmentId}\u001f${startMs}`, 'hex').slice(0, 16)}`;
    return this.claim({ ...a, appointmentId: own }, startMs, line);
  }

  /** The start of this file that took `appointmentId`, if any. */
  startOfId(appointmentId: string): number | undefined {
    return this.startOf.get(appointmentId);
  }

  private claim(a: Appointment, startMs: number, line: number): Appointment | undefined {
    const before = this.startOf.get(a.appointmentId);
    if (before === undefined) this.startOf.set(a.appointmentId, startMs);
    else if (before !== startMs) {
      this.clashes.push({ appointmentId: a.appointmentId, line });
      return undefined;
    }
    return a;
  }
}

export function slotClashDoubt(clashes: Array<{ appointmentId: string; line: number }>): Doubt {
  const first = clashes[0]!;
  return {
    kind: 'identity',
    field: 'appointmentId',
    message:
      `the appointment on line ${first.line} would go under id ${first.appointmentId}, which another row of this ` +
      'file has at another time (ids made from the order of a day’s appointments shift when one is left out): ' +
      'one of the two would be lost; nothing was sent',
    samples: clashes.slice(0, 5).map((c) => c.appointmentId),
    question:
      'Is this a new appointment, or was one moved? Export with the appointment ids (or the whole day), so each keeps its own',
  };
}
