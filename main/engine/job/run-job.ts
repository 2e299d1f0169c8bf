// One job, top-down, from its file in processing/ to its final state: plan → send → archive →
// track (runJob). Every step is written to the journal before the next (job-record.ts) and the
// run starts at the step the journal says, so any step is resumed after a crash: states received
// → converted → sending → accepted → tracked → processed | failed. A file the connector is not
// sure of is held instead (held → received again once a person confirms the mapping); nothing of
// it is sent. A job holds its practice's queue (one job sent at a time, in arrival order) until it
// is accepted, held or finished; it then lets the queue go (`leaveQueue`) and its tracking goes
// on in the same call, beside the queue, so a slow Medfusion verdict never holds up the next file.
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { JobStoppedError, type EngineServices, type PracticeContext } from './job-context.ts';
import { planJob, type JobPlan } from './plan-job.ts';
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
import { rememberDataDateOrder } from '../practice-memory.ts';
import { fileStamp, stampModifiedMs, stampSize } from './file-stamp.ts';
import { contentOf } from './content-hash.ts';

/** Why a job no longer needs its practice's queue: accepted (tracked beside it from now on),
 *  held for review, or finished (filed in processed/ or failed/). */
type LeftQueue = 'accepted' | 'held' | 'finished';

/** Ended while the job still held the queue (it keeps its place at the head): 'again', the file
 *  grew after it was read (the job is 'received' again and is read once more, before anything
 *  else of the practice; the ledger sends only what is new); 'paused'; 'stopped'. */
export type InQueue = 'again' | 'paused' | 'stopped';

/**
 * Run one job from the step its journal state says to its end. `leaveQueue` is called once, as
 * soon as the job no longer needs the queue; a run that ends without calling it (InQueue) still
 * holds it. Returns how the job ended: held, finished, or stopped (also while tracking, when the
 * engine stops: the journal resumes it at the next start).
 */
export async function runJob(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  leaveQueue: () => void,
): Promise<'held' | 'finished' | InQueue> {
  let job = start;
  if (job.state === 'accepted' || job.state === 'tracked') {
    leaveQueue(); // sent before a restart: only its tracking is left
  } else {
    const sent = await sendJob(svc, ctx, job);
    if (sent === 'again' || sent === 'paused' || sent === 'stopped') return sent;
    leaveQueue();
    if (sent !== 'accepted') return sent;
    const accepted = svc.journal.get(job.id);
    if (!accepted) return 'finished';
    job = accepted;
  }
  return (await trackToTheEnd(svc, ctx, job)) ? 'finished' : 'stopped';
}

/** The part of a job that holds the queue: plan → send → archive. */
async function sendJob(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
): Promise<LeftQueue | InQueue> {
  // Where the file really is: a crash may have interrupted a move (see placeJobFile).
  const placed = await placeJobFile(svc, ctx, start);
  if (placed.kind === 'done') return placed.result;
  const { file } = placed;

  const planned = await plan(svc, ctx, placed.job, file);
  if (typeof planned === 'string') return planned;
  let job = planned.job;

  if (planned.plan.batches.length > 0) {
    const sent = await sendBatches(svc, ctx, job, planned.plan);
    // An outage never ends here: sendBatches waits for Medfusion for as long as it is down.
    if (sent.kind === 'paused' || sent.kind === 'stopped') return sent.kind;
    job = sent.job;
  }

  return archive(svc, ctx, job, planned.plan, file);
}

/** Step plan: read the file (plan-job.ts) and record what goes in which batch; or hold the file
 *  for review, or file it in failed/ when nothing of it can be sent. */
async function plan(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  file: string,
): Promise<{ job: JobDetails; plan: JobPlan } | 'held' | 'finished' | 'stopped'> {
  const firstReading = start.state === 'received' || start.state === 'held';
  const key = firstReading ? await reviewKey(ctx.practice, ctx.memory, ctx.settingsSince) : '';
  let plan;
  try {
    plan = await planJob(svc, ctx, start, file);
  } catch (err) {
    if (err instanceof JobStoppedError) return 'stopped';
    if (!(err instanceof ExportFileError)) throw err;
    await archiveFailed(svc, ctx, start, {
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
    await holdJob(svc, ctx, start, plan, key);
    return 'held';
  }
  const job = await write(svc, start, {
    ...(firstReading
      ? {
          state: 'converted' as const,
          doubts: undefined,
          heldUnder: undefined,
          reason: undefined,
          advice: undefined,
        }
      : {}),
    // The content this reading was of (a file that grew before it settled differs from the hash
    // and size taken at intake): filed-growth.ts compares the filed file with it, and a duplicate
    // with it. A reading held as still being written has no stamp: the intake's size stays.
    contentHash: plan.contentHash,
    ...(plan.fileStamp ? { contentSize: stampSize(plan.fileStamp) } : {}),
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
  // Before anything is sent: an older file read after this one (released, retried) then leaves
  // these appointments as this file has them. Again on a resume: nothing newer is written twice.
  await ctx.ledger.recordListed?.(plan.listedIds, Date.parse(job.receivedAt), plan.saidCancelled);
  // And a file written before this one, arriving after it, is held (older-file.ts).
  const modifiedMs = stampModifiedMs(plan.fileStamp);
  if (modifiedMs !== undefined)
    await ctx.ledger.recordExportRead?.({
      file: job.file,
      modifiedMs,
      arrivedMs: Date.parse(job.receivedAt),
      ...(plan.stated ? { stated: plan.stated } : {}),
      ...(plan.snapshot ? { snapshot: plan.snapshot } : {}),
    });
  return { job, plan };
}

/** Step archive: the file to processed/ (accepted, or nothing needed sending) or failed/ (some
 *  batch refused: the accepted rest is still tracked), unless it grew after it was read. */
async function archive(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  plan: JobPlan,
  file: string,
): Promise<'accepted' | 'finished' | 'again'> {
  if (plan.batches.length === 0) {
    if (await grewSinceRead(svc, job, file, plan)) return 'again';
    await rememberDateOrder(svc, ctx, plan);
    await archiveProcessed(svc, ctx, job, {
      state: 'processed',
      finishedAt: svc.clock().toISOString(),
      reason: nothingToSend(plan),
    });
    return 'finished';
  }
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

/** Step track: Medfusion's verdict on an accepted job (track-job.ts), then its final state.
 *  Returns false when the engine stopped first. */
async function trackToTheEnd(svc: EngineServices, ctx: PracticeContext, start: JobDetails): Promise<boolean> {
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
  return write(svc, job, { state: 'received', ...(await contentOf(file)) });
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

function nothingToSend(plan: JobPlan): string {
  const n = plan.counts.unchanged;
  // The skipped ones said too: "left as the later export had it" is why an older file sent nothing.
  const skipped = plan.counts.skipped
    ? ` Skipped: ${plan.skippedRows.map((r) => formatSkippedRows(r, false)).join('; ')}.`
    : '';
  if (n && skipped)
    return `Nothing new to send: ${n} appointment${n === 1 ? ' was' : 's were'} sent before unchanged.${skipped}`;
  if (n)
    return `Nothing new to send: all ${n} appointment${n === 1 ? ' was' : 's were'} sent before unchanged.`;
  if (plan.counts.skipped)
    return `Nothing to send: every row was skipped (${plan.skippedRows.map((r) => formatSkippedRows(r, false)).join('; ')}).`;
  return 'Nothing to send: the file holds no appointments.';
}

function firstLine(text: string | undefined): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 300)}…` : t || 'no reason given';
}
