// A row under a derived id (identity.ts) that was sent at another start moves that appointment: an
// UPDATE to the row's time, or a CANCEL of it. Derived ids number a patient's appointments of a
// day with one provider in file order, so the number names the right appointment only when the
// file accounts for the patient's other appointments of that day with that provider. An "upcoming
// appointments" export run at 11:15 leaves out the 9:00 lab draw (over) and lists the follow-up
// moved from 2:00 to 4:00 PM: numbered alone, the 4:00 PM row comes out under the lab draw's id and
// would move the lab draw to 4:00 PM, the 2:00 PM follow-up left booked. Nobody can tell from such
// a file which of the two moved (or whether the 2:00 was cancelled and a new visit booked), so the
// file is held (slotMoveDoubt).
// Accounted for: each other appointment of the group sent and not cancelled is in the file (at its
// start, or under another row that moves it: the file then lists as many of the day's appointments
// as were sent), or a snapshot covers both its start and the moved one's old start (it is then
// cancelled, and the file is the whole truth about both). A patient's only appointment of the day
// moved, a second one moved with the first listed, a third one added, one listed as cancelled: all
// go. An upcoming export in snapshot mode does not cover the morning it leaves out.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { PatientSent } from '../../changes/sent-ledger.ts';
import type { Ledger } from './job-context.ts';
import { DERIVED_ID } from './own-ids.ts';
import { wholeDaysRange } from './snapshot-range.ts';

/** A row that moves an appointment sent under its derived id. */
export interface SlotMove {
  appointmentId: string;
  patientId: string;
  providerId: string;
  /** The row's start and the start the id was last sent with (epoch ms). */
  startMs: number;
  sentStartMs: number;
  line: number;
  /** The zone its start was read on when its location keeps another clock than the practice's
   *  (ImportItem.clock): its day, whose appointments the derived ids number, is that clock's. */
  clock?: string;
}

/** A move the file leaves doubtful, with the appointments of its day it does not account for. */
export interface UnsureMove extends SlotMove {
  leftOut: string[];
}

/** Per reading: the rows that move an appointment sent under their derived id. Kept only for
 *  those rows (a day's export moves a few), and the ledger asked once, after the whole file. */
export class SlotMoves {
  private readonly moves: SlotMove[] = [];

  /** `a` goes (NEW, UPDATE or CANCEL) under an id last sent starting at `sentStartMs`. */
  note(a: Appointment, sentStartMs: number, line: number, clock?: string): void {
    const startMs = a.start.getTime();
    if (sentStartMs === startMs || !DERIVED_ID.test(a.appointmentId)) return;
    this.moves.push({
      appointmentId: a.appointmentId,
      patientId: a.patient.patientId,
      providerId: a.participant.identifier,
      startMs,
      sentStartMs,
      line,
      ...(clock ? { clock } : {}),
    });
  }

  /**
   * The moves whose patient has another appointment that day with that provider, derived, sent and
   * not cancelled, that `accounted` says the file does not account for (`zone`: the practice's,
   * whose calendar day the ids number).
   */
  async unaccounted(
    ledger: Pick<Ledger, 'sentOfPatients'>,
    accounted: (other: PatientSent, move: SlotMove) => boolean,
    zone: string,
  ): Promise<UnsureMove[]> {
    if (this.moves.length === 0 || !ledger.sentOfPatients) return [];
    const days = this.moves.map((m) => {
      const d = wholeDaysRange({ from: new Date(m.startMs), to: new Date(m.startMs) }, m.clock ?? zone);
      return { from: d.from.getTime(), to: d.to.getTime() };
    });
    let from = Infinity;
    let to = -Infinity;
    for (const d of days) {
      from = Math.min(from, d.from);
      to = Math.max(to, d.to);
    }
    const byPatient = new Map<string, PatientSent[]>();
    for (const s of await ledger.sentOfPatients(new Set(this.moves.map((m) => m.patientId)), { from, to })) {
      const list = byPatient.get(s.patientId);
      if (list) list.push(s);
      else byPatient.set(s.patientId, [s]);
    }
    const out: UnsureMove[] = [];
    this.moves.forEach((m, i) => {
      const day = days[i]!;
      const leftOut = (byPatient.get(m.patientId) ?? [])
        .filter(
          (s) =>
            s.providerId === m.providerId &&
            s.appointmentId !== m.appointmentId &&
            !s.cancelled &&
            s.startMs >= day.from &&
            s.startMs <= day.to &&
            DERIVED_ID.test(s.appointmentId) &&
            !accounted(s, m),
        )
        .map((s) => s.appointmentId);
      if (leftOut.length) out.push({ ...m, leftOut });
    });
    return out;
  }
}

export function slotMoveDoubt(unsure: UnsureMove[]): Doubt {
  const first = unsure[0]!;
  const at = (ms: number) => new Date(ms).toISOString();
  const more =
    unsure.length > 1
      ? ` (and ${unsure.length - 1} more such row${unsure.length > 2 ? 's' : ''}, lines ${unsure
          .slice(1, 6)
          .map((u) => u.line)
          .join(', ')})`
      : '';
  return {
    kind: 'identity',
    check: 'slot-move',
    field: 'appointmentId',
    message:
      `the appointment on line ${first.line} would move appointment id ${first.appointmentId} from ${at(first.sentStartMs)} ` +
      `to ${at(first.startMs)}, but this file leaves out appointment id ${first.leftOut.join(', ')} of the same patient ` +
      `and provider that day${more}: ids made from the order of a day’s appointments cannot tell which one moved; ` +
      'nothing was sent',
    samples: [...new Set(unsure.flatMap((u) => [u.appointmentId, ...u.leftOut]))].slice(0, 5),
    question:
      'Which appointment moved (or was one cancelled and another booked)? Export with the appointment ids, or with ' +
      'every appointment of the day, not only the upcoming ones. Confirm only if this export always lists all of a ' +
      'patient’s appointments of the day, so that a new time is always that appointment moved',
  };
}
