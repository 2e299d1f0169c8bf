// Saving a job record: every step of a job writes its record to the journal (fsynced) and tells
// the engine (svc.changed) before the next step runs, so any step can be resumed after a crash.
// Also what a batch record says about Medfusion's answer (settled, accepted), which every step
// from intake to tracking reads.
import type { BatchRecord, JobDetails } from '../../model/status-and-jobs.ts';
import type { EngineServices } from './job-context.ts';

/** A batch is settled once Medfusion answered it for good (accepted or refused). */
export function batchSettled(b: BatchRecord): boolean {
  return b.httpStatus !== undefined || b.serverText !== undefined;
}

export function batchAccepted(b: BatchRecord): boolean {
  return b.httpStatus !== undefined && b.httpStatus >= 200 && b.httpStatus < 300;
}

/** Record a change to a job (journaled, then announced). The job returned is read-only. */
export async function write(
  svc: EngineServices,
  job: JobDetails,
  patch: Partial<JobDetails>,
): Promise<JobDetails> {
  const next = await svc.journal.update(job.id, patch);
  svc.changed(next);
  return next;
}

/** Record changed batches alone (plus a few job fields, and ids or row errors appended): the
 *  journal gets these batches, not the whole list again. The job returned is read-only. */
export async function writeBatches(
  svc: EngineServices,
  job: JobDetails,
  batches: BatchRecord[],
  set: Partial<JobDetails> = {},
  append: Pick<Partial<JobDetails>, 'dataJobIds' | 'messageIds' | 'rowErrors'> = {},
): Promise<JobDetails> {
  const next = await svc.journal.updateBatches(job.id, batches, set, append);
  svc.changed(next);
  return next;
}
