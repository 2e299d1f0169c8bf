// One job from its file in processing/ to acceptance (sendJob, run in the practice's queue), and
// from acceptance to its final state (finishJob: tracking, run beside the queue so a slow
// Medfusion verdict never holds up the next file). Every step is written to the journal first,
// so any step can be resumed after a crash: states received → converted → sending → accepted →
// tracked → processed | failed. A file the connector is not sure of is held instead (held →
// received again once a person confirms the mapping); nothing of it is sent.
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { JobStoppedError, type EngineServices, type PracticeContext } from './job-context.ts';
import { planJob } from './plan-job.ts';
import { ExportFileError } from '../../import/read/export-file-error.ts';
import { sendBatches } from './send-batches.ts';
import { batchAccepted, write } from './job-record.ts';
import {
  ADVICE,
  archiveFailed,
  archiveProcessed,
  fileAwayBeforeFinish,
  placeJobFile,
} from './archive-job.ts';
import { trackJob } from './track-job.ts';
import { formatSkippedRows } from '../../model/skipped-rows.ts';
import { holdJob } from './hold-job.ts';
import { reviewKey } from './review-key.ts';
import type { JobPlan } from './plan-job.ts';
import { rememberDataDateOrder } from '../practice-memory.ts';
import { fileStamp } from './file-stamp.ts';
import { sha256File } from './content-hash.ts';

/** 'again': the file grew after it was read; the job is 'received' again and is read once more
 *  (the ledger sends only what is new) before anything else of the practice. */
export type SendJobResult = 'accepted' | 'again' | 'finished' | 'held' | 'paused' | 'stopped';

/**
 * Is the file still the one that was read? An exporter that pauses longer than the stability
 * window keeps appending on its open handle after the file was read and moved (same inode), so rows
 * it writes while a batch is out were never read. Filing it away then would lose them for good.
 */
async function grewSinceRead(
  svc: EngineServices,
  job: JobDetails,
  file: string,
  plan: JobPlan,
): Promise<JobDetails | undefined> {
  if (!plan.fileStamp || (await fileStamp(file)) === plan.fileStamp) return undefined;
  svc.log.info('file changed after it was read; reading it again', { job: job.id });
  return write(svc, job, { state: 'received', contentHash: await sha256File(file) });
}

/** A file whose day/month order its own data proved: the practice's later files use it. */
async function rememberDateOrder(svc: EngineServices, ctx: PracticeContext, plan: JobPlan): Promise<void> {
  const d = plan.dateOrder;
  if (!d || d.source !== 'data') return;
  try {
    if (await rememberDataDateOrder(ctx.memory, d, svc.clock()))
      svc.log.info('date order remembered', { practice: ctx.practice.name, order: d.order });
  } catch (err) {
    // Not remembering costs a question later, never a wrong date: the job goes on.
    svc.log.warn('date order not remembered', { practice: ctx.practice.name, error: (err as Error).message });
  }
}

export async function sendJob(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
): Promise<SendJobResult> {
  // Where the file really is: a crash may have interrupted a move (see placeJobFile).
  const placed = await placeJobFile(svc, ctx, start);
  if (placed.kind === 'done') return placed.result;
  let job = placed.job;
  const file = placed.file;

  const firstReading = job.state === 'received' || job.state === 'held';
  const key = firstReading ? await reviewKey(ctx.practice, ctx.memory, ctx.settingsSince) : '';
  let plan;
  try {
    plan = await planJob(svc, ctx, job, file);
  } catch (err) {
    if (err instanceof JobStoppedError) return 'stopped';
    if (!(err instanceof ExportFileError)) throw err;
    await archiveFailed(svc, ctx, job, {
      state: 'failed',
      reason: `The file could not be read: ${err.error.message}`,
      advice: `${err.error.hint} ${ADVICE.unreadable}`,
      rowErrors: [err.error],
    });
    return 'finished';
  }
  // Never send a guess. Only on a first reading: a job resumed after a crash was already judged
  // sure and may be half sent.
  if (firstReading && plan.doubts.length > 0) {
    await holdJob(svc, ctx, job, plan, key);
    return 'held';
  }
  job = await write(svc, job, {
    ...(firstReading
      ? {
          state: 'converted' as const,
          doubts: undefined,
          heldUnder: undefined,
          reason: undefined,
          advice: undefined,
        }
      : {}),
    counts: plan.counts,
    rowErrors: plan.rowErrors,
    skippedRows: plan.skippedRows,
    batches: plan.batches,
    patientIds: plan.patientIds,
  });
  svc.log.info('job converted', {
    job: job.id,
    practice: ctx.practice.name,
    rows: plan.counts.rows,
    toSend: plan.toSend.size,
    unchanged: plan.counts.unchanged,
    skipped: plan.counts.skipped,
    errors: plan.counts.errors,
    batches: plan.batches.length,
  });

  if (plan.batches.length === 0 && plan.counts.unchanged === 0 && plan.counts.errors > 0) {
    const e = plan.counts.errors;
    await archiveFailed(svc, ctx, job, {
      state: 'failed',
      reason: `Nothing was sent: ${e === 1 ? 'the only appointment row has' : `all ${e} appointment rows have`} an error.`,
      advice: `Each row error below says what to change. ${ADVICE.unreadable}`,
    });
    return 'finished';
  }
  if (plan.batches.length === 0) {
    if (await grewSinceRead(svc, job, file, plan)) return 'again';
    await rememberDateOrder(svc, ctx, plan);
    const n = plan.counts.unchanged;
    await archiveProcessed(svc, ctx, job, {
      state: 'processed',
      finishedAt: svc.clock().toISOString(),
      reason: n
        ? `Nothing new to send: all ${n} appointment${n === 1 ? ' was' : 's were'} sent before unchanged.`
        : plan.counts.skipped
          ? `Nothing to send: every row was skipped (${plan.skippedRows.map((r) => formatSkippedRows(r, false)).join('; ')}).`
          : 'Nothing to send: the file holds no appointments.',
    });
    return 'finished';
  }

  const sent = await sendBatches(svc, ctx, job, plan);
  job = sent.job;
  // An outage never ends here: sendBatches waits for Medfusion for as long as it is down.
  if (sent.kind === 'paused' || sent.kind === 'stopped') return sent.kind;
  const rejected = job.batches.filter((b) => b.httpStatus !== undefined && !batchAccepted(b));
  const accepted = job.batches.filter(batchAccepted);
  if (rejected.length) {
    const n = rejected.reduce((s, b) => s + b.appointmentIds.length, 0);
    await archiveFailed(svc, ctx, job, {
      state: accepted.length ? 'accepted' : 'failed',
      reason:
        `Medfusion refused ${rejected.length} of ${job.batches.length} batch${job.batches.length === 1 ? '' : 'es'} ` +
        `(${n} appointment${n === 1 ? '' : 's'}): ${firstLine(rejected[0]!.serverText)}`,
      advice: ADVICE.rejected,
    });
    return accepted.length ? 'accepted' : 'finished';
  }
  if (await grewSinceRead(svc, job, file, plan)) return 'again';
  await archiveProcessed(svc, ctx, job, { state: 'accepted' });
  await rememberDateOrder(svc, ctx, plan);
  return 'accepted';
}

/** Track an accepted job to its final state. Returns false when the engine stopped first. */
export async function finishJob(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
): Promise<boolean> {
  let job = start;
  if (job.state === 'accepted') {
    const tracked = await trackJob(svc, ctx, job);
    if (!tracked) return false;
    job = tracked;
  }
  const failed = job.batches.some((b) => b.httpStatus !== undefined && !batchAccepted(b));
  // Never "processed" with its file still in processing/.
  job = await fileAwayBeforeFinish(svc, ctx, job, failed);
  await write(svc, job, { state: failed ? 'failed' : 'processed', finishedAt: svc.clock().toISOString() });
  return true;
}

function firstLine(text: string | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t || 'no reason given';
}
