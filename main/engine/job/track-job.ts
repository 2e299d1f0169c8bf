// Step "track": after acceptance Medfusion processes each appointment later. Poll every accepted
// batch's Location on a growing schedule (2 s, 4 s, 8 s … capped) until every message is
// COMPLETED or ERROR, record each appointment's outcome in the job, and give up after a cap with
// PENDING (the data is at Medfusion; only its verdict is unknown). Tracking holds no send slot.
// Only batches whose outcomes changed are written, each alone (writeBatches).
import type { ProcessingStatusReport } from '../../medfusion/outcomes.ts';
import type { BatchRecord, JobDetails } from '../types.ts';
import { pollDelay } from '../schedule/backoff.ts';
import { pause, type EngineServices, type PracticeContext } from './job-context.ts';
import { batchAccepted, write, writeBatches } from './send-batches.ts';

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
  for (;;) {
    const open = batches.filter((b) => batchAccepted(b) && b.location && !batchFinished(b));
    if (open.length === 0) break;
    if (svc.clock().getTime() - startedAt >= svc.pollPolicy.giveUpAfterMs) {
      gaveUp = true;
      break;
    }
    if (!(await pause(pollDelay(poll++, svc.pollPolicy), svc.signal))) return undefined;
    const changed: BatchRecord[] = [];
    for (const b of open) {
      const res = await svc.http.run(() => ctx.client.getProcessingStatus(b.location!));
      if (res.kind !== 'status') {
        svc.log.warn('processing status not read', { job: job.id, batch: b.index + 1, kind: res.kind });
        continue; // try again at the next poll; a persistent failure ends in PENDING
      }
      const outcomes = outcomesFrom(b, res.report);
      if (JSON.stringify(outcomes) === JSON.stringify(b.outcomes)) continue;
      b.outcomes = outcomes;
      changed.push(b);
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
  const outcome = overallOutcome(batches, gaveUp);
  // Every batch changed above is already written.
  return write(svc, job, { state: 'tracked', ...(outcome ? { outcome } : {}) });
}
