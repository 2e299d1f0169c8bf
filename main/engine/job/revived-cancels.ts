// A cancelled appointment listed by an export that cannot say "cancelled". A report edited so its
// status column is gone (or another report of the same schedule without one) still lists the
// appointments a row of an earlier export said were cancelled: change detection alone would send
// each as an UPDATE and book it again on the portal. A file without a status, cancellation date or
// cancelled-flag column (ImportSummary.canCancel) does not overrule a row that said cancelled: such
// a row is refused with a plain message, and the rest of the file goes. An appointment cancelled
// because a snapshot no longer listed it is another matter: listed again, it is back (absence
// cancelled it, presence revives it), as before.
// The same holds for an appointment the newest export that listed it said was cancelled when the
// connector had never sent it (the first file it saw): nothing to cancel on the portal, but such
// a file does not book it either.
import type { RowError } from '../../model/row-error.ts';
import type { EngineServices, PracticeContext } from './job-context.ts';

/** A row whose send would book again an appointment the ledger has as cancelled. */
export interface Revival {
  appointmentId: string;
  line: number;
  /** The job that sent the CANCEL, when the ledger knows it. */
  cancelledBy?: string;
}

/**
 * The revivals a file that cannot say "cancelled" must not send: those whose CANCEL went with an
 * export that listed the appointment (a row said cancelled). Unknown (the cancelling job no longer
 * in the history, a ledger line from before jobs were named) counts as said by a row: a missing
 * appointment is put right by the next export with a status, a wrong one is not.
 */
export async function refusedRevivals(
  svc: EngineServices,
  ctx: PracticeContext,
  revivals: Revival[],
  file: string,
): Promise<RowError[]> {
  const out: RowError[] = [];
  for (const r of revivals) {
    const job = r.cancelledBy === undefined ? undefined : svc.journal.get(r.cancelledBy);
    const cancelArrived = Date.parse(job?.receivedAt ?? '');
    const listed = await ctx.ledger.lastListed?.(r.appointmentId);
    const saidByRow = !Number.isFinite(cancelArrived) || (listed !== undefined && listed >= cancelArrived);
    if (!saidByRow) continue;
    out.push({
      file,
      line: r.line,
      field: 'status',
      value: r.appointmentId,
      appointmentId: r.appointmentId,
      message:
        `appointment ${r.appointmentId} was sent as cancelled` +
        (job ? ` (an earlier export, ${job.file}, said so)` : '') +
        ', and this file has no status or cancellation column, so listing it does not say it is booked again; it was not sent and stays cancelled on the portal',
      hint: 'If it was booked again, export with the status column: the connector then sends it.',
    });
  }
  return out;
}

/** Rows of a file that cannot say "cancelled" that would book, NEW, an appointment the newest
 *  export listing it said was cancelled (never sent, so not on the portal): refused the same way. */
export function refusedUnsentRevivals(revivals: Revival[], file: string): RowError[] {
  return revivals.map((r) => ({
    file,
    line: r.line,
    field: 'status',
    value: r.appointmentId,
    appointmentId: r.appointmentId,
    message: `appointment ${r.appointmentId} was listed as cancelled by the last export that listed it (so it was never sent), and this file has no status or cancellation column, so listing it does not say it is booked; it was not sent`,
    hint: 'If it was booked again, export with the status column: the connector then sends it.',
  }));
}
