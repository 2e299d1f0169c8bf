// A row skipped for a status that means "not an appointment" under the export's own appointment
// id (Open Dental's `UnschedList`: moved to the Unscheduled List, taken off the schedule). When
// that id is on the portal as booked, the appointment left the schedule: it is cancelled, as a
// snapshot cancels the appointment a file no longer lists (and snapshot mode did, for this very
// row). The mapper gives the id only for a word that says "taken off the schedule" (UnschedList,
// Planned, W/Call, a wait list: SkipKind 'off-schedule'): a row skipped as an open slot or blocked
// time, for an unknown word, or under a derived id carries none and cancels nothing.
import type { Appointment } from '../../model/appointment.ts';
import type { ImportItem } from '../../model/import-summary.ts';
import type { PracticeContext } from './job-context.ts';

type Skipped = Extract<ImportItem, { kind: 'skipped' }>;

/** Why the row was not sent as an appointment, and its CANCEL went instead (history). */
export function offScheduleReason(item: Skipped): string {
  return `no longer an appointment in the export (${item.reason}): sent as a cancellation`;
}

/**
 * The CANCEL to send for a skipped row (the appointment as last sent, status CANCEL), with the job
 * that last sent it; undefined when the id is not on the portal as booked, or was sent for another
 * patient (an id the export reuses is not this appointment).
 */
export async function offScheduleCancel(
  ctx: PracticeContext,
  item: Skipped,
): Promise<{ cancel: Appointment; previousJob?: string } | undefined> {
  if (!item.appointmentId || !ctx.ledger.lastSent) return undefined;
  const sent = await ctx.ledger.lastSent(item.appointmentId);
  if (!sent || sent.status === 'CANCEL') return undefined;
  if (item.patientId !== undefined && item.patientId !== sent.patient.patientId) return undefined;
  const d = await ctx.ledger.decide({ ...sent, status: 'CANCEL' });
  if (!d.send) return undefined;
  return { cancel: d.appointment, ...(d.previousJob ? { previousJob: d.previousJob } : {}) };
}
