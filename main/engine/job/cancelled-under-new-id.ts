// A cancelled row under an id the portal never had, at the start of an active appointment of the
// same person that the file does not list. Some systems write the status into the id (`A88120`
// booked, `C88120` cancelled), a report may renumber its rows on each run, an appointment may be
// re-keyed on a system move: the cancel then names the portal's appointment under another id. Read
// as written it cancels nothing (the ledger never sent `C88120`) and the visit stays booked on the
// portal while the export says cancelled. Outside snapshot mode nothing the file leaves out is
// cancelled, so the file is held; accepted once for its content (as a mass cancellation,
// mass-cancel.ts), the old appointments are cancelled with it, in one job. Ids of the other kind
// (derived against the export's own) are own-ids.ts's; a NEW landing on one is same-person.ts's.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { PracticeContext } from './job-context.ts';
import { practiceArgument } from './mass-cancel.ts';
import { personOf } from './own-ids.ts';

export interface UnknownCancelRows {
  /** Cancelled rows under an id never sent: `patient|startMs` → id (plan-job.ts). */
  unknownCancels: ReadonlyMap<string, string>;
  /** Their patients by name and birth date (personOf): id → person. */
  unknownCancelPersons: ReadonlyMap<string, string>;
  presentIds: ReadonlySet<string>;
  /** What the file sends: an appointment it cancels itself (an accepted replacement of ids of
   *  the other kind, own-ids.ts) is no longer left booked. */
  toSend: { has(id: string): boolean };
}

export interface CancelledUnderNewId {
  /** `file's cancelled id → portal's active id`, at one start and of one person. */
  pairs: Array<[string, string]>;
  /** The portal's appointments of those pairs: what accepting cancels (status CANCEL). */
  replaced: Appointment[];
}

/** The portal's active appointments (not listed in the file) that a cancelled row of the file
 *  names under an id never sent: the same patient id, or the same name and birth date. */
export async function cancelledUnderNewId(
  ctx: PracticeContext,
  r: UnknownCancelRows,
): Promise<CancelledUnderNewId | undefined> {
  if (!r.unknownCancels.size || !ctx.ledger.activeAt || !ctx.ledger.lastSent) return undefined;
  const byStart = new Map<number, Array<{ patientId: string; id: string }>>();
  for (const [k, id] of r.unknownCancels) {
    const at = k.lastIndexOf('|');
    const start = Number(k.slice(at + 1));
    byStart.set(start, [...(byStart.get(start) ?? []), { patientId: k.slice(0, at), id }]);
  }
  const pairs: Array<[string, string]> = [];
  const replaced = new Map<string, Appointment>();
  for (const other of await ctx.ledger.activeAt(new Set(byStart.keys()), r.presentIds)) {
    if (r.toSend.has(other.appointmentId)) continue;
    const here = byStart.get(other.startMs) ?? [];
    let cancel = here.find((c) => c.patientId === other.patientId);
    const sent = await ctx.ledger.lastSent(other.appointmentId);
    if (!sent || sent.status === 'CANCEL') continue;
    if (!cancel) {
      const person = personOf(sent.patient);
      cancel = here.find((c) => r.unknownCancelPersons.get(c.id) === person);
    }
    if (!cancel) continue;
    pairs.push([cancel.id, other.appointmentId]);
    replaced.set(other.appointmentId, { ...sent, status: 'CANCEL' });
  }
  // One cancelled row names one appointment: where it lands on two of the person's at its start
  // (a lab draw and a consult at 11:00), which one it is the file does not say, and accepting had
  // cancelled both (63r2). Such a row is left as written, as before this check.
  const uses = new Map<string, number>();
  for (const [fileId] of pairs) uses.set(fileId, (uses.get(fileId) ?? 0) + 1);
  const sure = pairs.filter(([fileId]) => uses.get(fileId) === 1);
  for (const [fileId, portalId] of pairs) if (uses.get(fileId)! > 1) replaced.delete(portalId);
  pairs.splice(0, pairs.length, ...sure);
  if (!pairs.length) return undefined;
  return { pairs, replaced: [...replaced.values()].sort((a, b) => a.start.getTime() - b.start.getTime()) };
}

export function cancelledUnderNewIdDoubt(found: CancelledUnderNewId, practiceName: string): Doubt {
  const [fileId, portalId] = found.pairs[0]!;
  const more = found.pairs.length - 1;
  const n = found.replaced.length;
  return {
    kind: 'mass-cancel',
    // Accepted as a booking landing on the same person's is (same-person.ts): for this file's
    // content, at most this many cancelled.
    check: 'same-person-twice',
    // Ids only: this text goes into the history and the log.
    message:
      `appointment id ${fileId} is cancelled in this file, but the portal never had it: at its start the same ` +
      `patient has appointment id ${portalId} on the portal, which this file does not list` +
      (more ? `; ${more} more appointment${more === 1 ? '' : 's'} the same way` : '') +
      `: read as written, ${portalId} would stay booked; nothing was sent`,
    samples: found.replaced.slice(0, 5).map((c) => c.appointmentId),
    count: n,
    question:
      `Is ${fileId} appointment ${portalId} under another id (an id that changes with the status, a report ` +
      `that numbers its rows anew, another scheduling system)? If so, accept once for this file: the connector ` +
      `cancels the ${n} appointment${n === 1 ? '' : 's'} on the portal and sends this file's ` +
      `(Review → Confirm, or \`appt-connector mapping confirm --practice ${practiceArgument(practiceName)} ` +
      '--accept-cancellations`). If both are real appointments, export a file that lists both: it goes by itself.',
  };
}
