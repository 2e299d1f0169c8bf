// An export that gains an appointment-id column (Open Dental's AptNum added to a query that had
// none): its appointments went to the portal before under ids the connector derived from patient,
// provider, day and slot (identity.ts). Sent as they are, the export's own ids would be NEW beside
// the derived ones (every appointment twice on the portal), and a cancelled row under an own id
// the ledger does not know would be skipped, leaving the derived one booked. Such a file is held;
// accepted once, like a mass cancellation (mass-cancel.ts: for that file's content), the derived
// appointments of its patients on its dates are cancelled and the own ids sent, in the same job.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { PracticeContext } from './job-context.ts';
import type { PlannedAppointments } from './planned-appointments.ts';
import { practiceArgument } from './mass-cancel.ts';

/** An appointment id made from patient, provider, day and slot (identity.ts). */
export const DERIVED_ID = /^A-[0-9a-f]{16}$/;

/** What one reading found that bears on the check: `patient|startMs` keys of its rows. */
export interface OwnIdRows {
  /** Booked appointments the file sends: `patient|startMs` → id. */
  landings: Map<string, string>;
  /** Cancelled rows under an id never sent: `patient|startMs` → id. */
  unknownCancels: Map<string, string>;
  toSend: PlannedAppointments;
  presentIds: Set<string>;
  patientIds: Set<string>;
}

/** The export's own ids that meet derived ones, and the derived appointments they replace. */
export interface OwnIdsOverDerived {
  /** Pairs `own id → derived id` at the same patient and start (for the message). */
  pairs: Array<[string, string]>;
  /** Active derived-id appointments of the file's patients on its dates, not in the file: what
   *  accepting cancels (bodies with status CANCEL). */
  replaced: Appointment[];
}

const startsOf = (keys: Iterable<string>) =>
  new Set([...keys].map((k) => Number(k.slice(k.lastIndexOf('|') + 1))));

/**
 * A NEW under an own id, or a cancelled row under an unknown own id, at the start of an active
 * derived-id appointment of the same patient that the file does not list. `range`: the file's
 * whole days (snapshot-range.ts). `resumed`: the job was accepted and planned before a crash; its
 * own ids may be in the ledger by now, so the derived ones left are replaced without a pair.
 */
export async function ownIdsOverDerived(
  ctx: PracticeContext,
  r: OwnIdRows,
  range: { from: Date; to: Date } | undefined,
  resumed: boolean,
): Promise<OwnIdsOverDerived | undefined> {
  if (!range || !ctx.ledger.activeAt) return undefined;
  if (resumed) {
    if ([...r.presentIds].every((id) => DERIVED_ID.test(id))) return undefined;
    return { pairs: [], replaced: await replacedBy(ctx, r, range) };
  }
  const own = new Map<string, string>();
  for (const [k, id] of r.landings)
    if (!DERIVED_ID.test(id) && r.toSend.get(id)?.status === 'NEW') own.set(k, id);
  for (const [k, id] of r.unknownCancels) if (!DERIVED_ID.test(id)) own.set(k, id);
  if (!own.size) return undefined;
  const pairs: Array<[string, string]> = [];
  for (const other of await ctx.ledger.activeAt(startsOf(own.keys()), r.presentIds)) {
    const id = own.get(`${other.patientId}|${other.startMs}`);
    if (id !== undefined && DERIVED_ID.test(other.appointmentId)) pairs.push([id, other.appointmentId]);
  }
  if (!pairs.length) return undefined;
  return { pairs, replaced: await replacedBy(ctx, r, range) };
}

async function replacedBy(
  ctx: PracticeContext,
  r: OwnIdRows,
  range: { from: Date; to: Date },
): Promise<Appointment[]> {
  return (await ctx.ledger.cancellationsForSnapshot(range, r.presentIds)).filter(
    (c) => DERIVED_ID.test(c.appointmentId) && r.patientIds.has(c.patient.patientId),
  );
}

export function ownIdsDoubt(found: OwnIdsOverDerived, practiceName: string): Doubt {
  const n = found.replaced.length;
  const [own, derived] = found.pairs[0]!;
  return {
    // Accepted like a mass cancellation: for this file's content, at most this many.
    kind: 'mass-cancel',
    message:
      `this export gives the appointments ids of its own (${own}…), but they were sent before under ids the ` +
      `connector made from patient, provider and time (${derived}…): sent as they are, each appointment would be ` +
      `on the portal twice, and a cancelled one left booked under its old id; nothing was sent`,
    // Ids only: this text goes into the history and the log.
    samples: found.replaced.slice(0, 5).map((c) => c.appointmentId),
    count: n,
    question:
      'Did the export gain an appointment-id column? If yes, accept once to replace the old ids: the connector ' +
      `cancels the ${n} appointment${n === 1 ? '' : 's'} sent under them for these patients and dates and sends ` +
      `this file's appointments under their own ids (Review → Confirm, or \`appt-connector mapping confirm --practice ` +
      `${practiceArgument(practiceName)} --accept-cancellations\`). If not, check which column is read as the appointment id.`,
  };
}
