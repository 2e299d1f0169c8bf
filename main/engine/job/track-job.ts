// Step "track": after acceptance Medfusion processes each appointment later. Poll every accepted
// batch's Location on a growing schedule (2 s, 4 s, 8 s … capped) until every message is
// COMPLETED or ERROR, record each appointment's outcome in the job, and give up after a cap with
// PENDING (the data is at Medfusion; only its verdict is unknown). Tracking holds no send slot.
import type { ProcessingStatusReport } from '../../medfusion/outcomes.ts';
import type { BatchRecord, JobDetails } from '../types.ts';
import { pollDelay } from '../schedule/backoff.ts';
import { pause, type EngineServices, type PracticeContext } from './job-context.ts';
import { batchAccepted, write } from './send-batches.ts';

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
    } else {
      out[id] = { state: report.finished ? 'COMPLETED' : 'INPROGRESS' };
    }
  }
  return out;
}

export function overallOutcome(batches: BatchRecord[], gaveUp: boolean): Outcome | undefined {
  const states = batches
    .filter(batchAccepted)
    .flatMap((b) => Object.values(b.outcomes ?? {}).map((o) => o.state));
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
  const startedAt = svc.clock().getTime();
  let poll = 0;
  let gaveUp = false;
  let statusFailed = false;
  for (;;) {
    const open = batches.filter((b) => batchAccepted(b) && b.location && !batchFinished(b));
    if (open.length === 0) break;
    if (svc.clock().getTime() - startedAt >= svc.pollPolicy.giveUpAfterMs) {
      gaveUp = true;
      break;
    }
    if (!(await pause(pollDelay(poll++, svc.pollPolicy), svc.signal))) return undefined;
    let changed = false;
    for (const b of open) {
      const res = await svc.http.run(() => ctx.client.getProcessingStatus(b.location!));
      if (res.kind !== 'status') {
        if (svc.signal.aborted) return undefined;
        svc.log.warn('processing status not read', { job: job.id, batch: b.index + 1, kind: res.kind });
        // Said, not only logged: `run --once` and the tray would otherwise wait up to
        // giveUpAfterMs without a word.
        const until = new Date(startedAt + svc.pollPolicy.giveUpAfterMs).toTimeString().slice(0, 5);
        ctx.reportUnreachable(
          `The processing result of ${job.file} (job ${job.id}) could not be read: ${res.message} ` +
            `It is asked for again until ${until}, then recorded as PENDING.`,
        );
        statusFailed = true;
        continue; // try again at the next poll; a persistent failure ends in PENDING
      }
      if (statusFailed) ctx.reportUnreachable(undefined);
      statusFailed = false;
      b.outcomes = outcomesFrom(b, res.report);
      changed = true;
    }
    if (changed) job = await write(svc, job, { batches });
    svc.progress({
      jobId: job.id,
      practice: ctx.practice.name,
      file: job.file,
      phase: 'tracking',
      done: batches.filter(batchFinished).length,
      total: batches.filter(batchAccepted).length,
    });
  }
  const outcome = overallOutcome(batches, gaveUp);
  return write(svc, job, { state: 'tracked', batches, ...(outcome ? { outcome } : {}) });
}
