// Step "track": after acceptance Medfusion processes each appointment later. Poll every accepted
// batch's Location on a growing schedule (2 s, 4 s, 8 s … capped) until every message is
// COMPLETED or ERROR, record each appointment's outcome in the job, and give up after a cap with
// PENDING (the data is at Medfusion; only its verdict is unknown). Time while the status route
// cannot be reached (network, 5xx, 429) does not count towards that cap: the job then says
// "Waiting for Medfusion since 09:12". Appointments processed as ERROR are released from the
// ledger (Medfusion did not store them), so the next export or a Retry sends them again.
// Tracking holds no send slot. Only batches whose outcomes changed are written, each alone
// (writeBatches).
import type { ProcessingStatusReport } from '../../medfusion/outcomes.ts';
import type { BatchRecord, JobDetails } from '../../model/status-and-jobs.ts';
import { pollDelay } from '../schedule/backoff.ts';
import { pause, type EngineServices, type PracticeContext } from './job-context.ts';
import { batchAccepted, write, writeBatches } from './job-record.ts';
import { latestStates, refusedIds } from './batch-outcomes.ts';
import { waitingDetail, waitingNotice } from './waiting-notice.ts';

export type Outcome = NonNullable<JobDetails['outcome']>;

function batchFinished(b: BatchRecord): boolean {
  if (!b.outcomes) return false;
  return b.appointmentIds.every((id) => {
    const s = b.outcomes?.[id]?.state;
    return s === 'COMPLETED' || s === 'ERROR';
  });
}

/** Each appointment's state from a status report; messages are matched by PracticeResourceId. */
export function outcomesFrom(
  batch: BatchRecord,
  report: ProcessingStatusReport,
): Record<string, { state: string; error?: string }> {
  const out: Record<string, { state: string; error?: string }> = {};
  const perResource = report.messages.filter((m) => m.practiceResourceId);
  // An ERROR the report does not put on one of this batch's ids (on its envelope beside messages
  // for other appointments, or under ids that are not ours): an appointment it names no result
  // for may be the one refused. Counted as refused, so it is released and sent again: a duplicate
  // of what was stored holds the same content, a refusal taken for COMPLETED is lost for good.
  const ours = new Set(batch.appointmentIds);
  const unplaced = report.messages.find(
    (m) => m.state === 'ERROR' && !(m.practiceResourceId && ours.has(m.practiceResourceId)),
  );
  for (const id of batch.appointmentIds) {
    const m = perResource.find((x) => x.practiceResourceId === id);
    if (m) {
      const error = m.error ? (m.error.description ?? m.error.text) : undefined;
      out[id] = { state: m.state ?? 'INPROGRESS', ...(error ? { error } : {}) };
    } else if (report.finished && perResource.length === 0) {
      // No per-appointment messages: the envelope's verdict applies to all.
      const env = report.messages[0];
      const error = env?.error ? (env.error.description ?? env.error.text) : undefined;
      out[id] = { state: env?.state ?? 'INPROGRESS', ...(error ? { error } : {}) };
    } else if (report.finished && unplaced) {
      const said = unplaced.error ? (unplaced.error.description ?? unplaced.error.text) : '';
      out[id] = {
        state: 'ERROR',
        error:
          'Medfusion reported an error in this batch without naming this appointment' +
          `${said ? ` (${said.slice(0, 200)})` : ''}: it is sent again with the next export or a Retry.`,
      };
    } else {
      out[id] = { state: report.finished ? 'COMPLETED' : 'INPROGRESS' };
    }
  }
  return out;
}

/** A retried job's verdict: each appointment's latest state (a refused one sent again counts once). */
export function overallOutcome(batches: BatchRecord[], gaveUp: boolean): Outcome | undefined {
  const states = [...latestStates(batches).values()];
  if (states.length === 0) return gaveUp ? 'PENDING' : undefined;
  if (gaveUp && states.some((s) => s !== 'COMPLETED' && s !== 'ERROR')) return 'PENDING';
  const errors = states.filter((s) => s === 'ERROR').length;
  if (errors === 0) return 'COMPLETED';
  return errors === states.length ? 'ERROR' : 'PARTIAL';
}

/** Returns the job with outcomes recorded and state 'tracked', or undefined when the engine stopped. */
export async function trackJob(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
): Promise<JobDetails | undefined> {
  let job = start;
  const batches = job.batches.map((b) => ({ ...b }));
  let deadline = svc.clock().getTime() + svc.pollPolicy.giveUpAfterMs;
  let poll = 0;
  let gaveUp = false;
  let statusFailed = false;
  for (;;) {
    const open = batches.filter((b) => batchAccepted(b) && b.location && !batchFinished(b));
    if (open.length === 0) break;
    if (svc.clock().getTime() >= deadline) {
      gaveUp = true;
      break;
    }
    const cycleStart = svc.clock().getTime();
    if (!(await pause(pollDelay(poll++, svc.pollPolicy), svc.signal))) return undefined;
    const changed: BatchRecord[] = [];
    let down: string | undefined;
    let answered = false;
    for (const b of open) {
      const res = await svc.http.run(() => ctx.client.getProcessingStatus(b.location!));
      if (res.kind !== 'status') {
        if (svc.signal.aborted) return undefined;
        svc.log.warn('processing status not read', { job: job.id, batch: b.index + 1, kind: res.kind });
        if (res.kind === 'retryable') down = res.message;
        else {
          // Said, not only logged: `run --once` and the tray would otherwise wait up to
          // giveUpAfterMs without a word.
          const until = new Date(deadline).toTimeString().slice(0, 5);
          ctx.reportUnreachable(
            `The processing result of ${job.file} (job ${job.id}) could not be read: ${res.message} ` +
              `It is asked for again until ${until}, then recorded as PENDING.`,
          );
          statusFailed = true;
        }
        continue; // try again at the next poll; a persistent refusal ends in PENDING
      }
      if (statusFailed) ctx.reportUnreachable(undefined);
      statusFailed = false;
      answered = true;
      const outcomes = outcomesFrom(b, res.report);
      if (JSON.stringify(outcomes) === JSON.stringify(b.outcomes)) continue;
      b.outcomes = outcomes;
      changed.push(b);
    }
    if (down !== undefined && !answered) {
      // Medfusion is down: waiting for it is not waiting for its verdict, so the cap moves on by
      // the whole cycle (the wait and the failed reads, up to a timeout each).
      deadline += svc.clock().getTime() - cycleStart;
      const since = job.waitingSince ?? svc.clock().toISOString();
      const notice = waitingNotice(since, down, 'track');
      ctx.reportUnreachable(
        `The processing result of ${job.file} (job ${job.id}) could not be read. ${waitingDetail(since, down)}`,
      );
      if (job.waitingSince === undefined)
        job = await write(svc, job, { waitingSince: since, reason: notice });
    } else if (answered && job.waitingSince !== undefined) {
      ctx.reportUnreachable(undefined);
      job = await write(svc, job, { waitingSince: undefined, reason: undefined });
    }
    if (changed.length) job = await writeBatches(svc, job, changed);
    svc.progress({
      jobId: job.id,
      practice: ctx.practice.name,
      file: job.file,
      phase: 'tracking',
      done: batches.filter(batchFinished).length,
      total: batches.filter(batchAccepted).length,
    });
  }
  await releaseRefused(svc, ctx, job, batches);
  const outcome = overallOutcome(batches, gaveUp);
  // Every batch changed above is already written.
  return write(svc, job, { state: 'tracked', ...(outcome ? { outcome } : {}) });
}

/**
 * Medfusion did not store what it processed as ERROR: the ledger must not say it was sent, or an
 * unchanged re-export sends nothing and a later change goes out as UPDATE for an unknown id.
 * Before the journal's 'tracked' write, so a crash in between releases them again (idempotent).
 */
async function releaseRefused(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  batches: BatchRecord[],
): Promise<void> {
  const refused = [...refusedIds(batches)];
  if (refused.length === 0 || !ctx.ledger.release) return;
  const released = await ctx.ledger.release(refused, job.id);
  if (released.length) {
    svc.log.info('appointments processed as ERROR released for sending again', {
      job: job.id,
      practice: ctx.practice.name,
      appointments: released.length,
    });
  }
}
