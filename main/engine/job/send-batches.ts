// Step "send": each planned batch that is not settled yet is built (the AppointmentData writer),
// validated against our XSD and POSTed, one batch in flight per practice. The journal records the batch
// BEFORE the POST and its acceptance right after it, then the ledger learns what was sent: after
// a crash only the batch in flight can go twice. Each write carries the batch it changes alone
// (writeBatches), so a job's journal grows with its batches, not with their square.
// Outcomes per batch:
//  - accepted: recorded (DataJobId, MessageId, Location);
//  - rejected (400/404/415, or our own validation): recorded with the server's words, the other
//    batches go on;
//  - unauthorized after re-authentication: the practice pauses (credentials problem);
//  - retryable (network, 5xx, 429): tried again with exponential backoff and jitter below a cap,
//    for as long as Medfusion stays down. An outage is never a reason to file an export as failed:
//    the job says "Waiting for Medfusion since 09:12" (waitingSince, reason) until it answers.
import type { Appointment } from '../../model/appointment.ts';
import type { RowError } from '../../model/row-error.ts';
import { buildAppointmentData, defaultSender } from '../../xml/build-appointment-data.ts';
import { validateAppointmentDataSync, formatXmlProblem } from '../../xml/validate-appointment-data.ts';
import type { PostOutcome, Retryable } from '../../medfusion/outcomes.ts';
import type { BatchRecord, JobDetails } from '../../model/status-and-jobs.ts';
import { backoffDelay } from '../schedule/backoff.ts';
import { pause, type EngineServices, type PracticeContext } from './job-context.ts';
import type { JobPlan } from './plan-job.ts';
import { waitingDetail, waitingNotice } from './waiting-notice.ts';
import { batchAccepted, batchSettled, write, writeBatches } from './job-record.ts';

export type SendResult =
  | { kind: 'done'; job: JobDetails }
  | { kind: 'paused'; job: JobDetails }
  | { kind: 'stopped'; job: JobDetails };

export async function sendBatches(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  plan: JobPlan,
): Promise<SendResult> {
  let job = start;
  const batches = job.batches.map((b) => ({ ...b }));
  const total = batches.length;
  // Memory: an appointment is dropped from the plan once its batch is settled (the ledger now
  // holds it), so a 200,000-row file is never held twice. Only an id Medfusion refused as ERROR
  // can be in more than one batch (a Retry plans it again): those are kept to the end.
  const reused = idsRefusedSomewhere(batches);
  const done = (ids: readonly string[]) => {
    for (const id of ids) if (!reused.has(id)) plan.toSend.forget(id);
  };
  for (const batch of batches) {
    const ids = batch.appointmentIds;
    if (batchSettled(batch)) {
      // Accepted before a crash, but the ledger may not have heard of it yet: tell it now.
      if (batchAccepted(batch)) await recordAccepted(ctx, job, plan, batch);
      done(ids);
      continue;
    }
    if (svc.signal.aborted) return { kind: 'stopped', job };
    if (ctx.isPaused()) return { kind: 'paused', job };
    let appointments = batch.appointmentIds
      .map((id) => plan.toSend.get(id))
      .filter((a): a is Appointment => a !== undefined);
    if (appointments.length === 0) {
      batch.serverText = 'Nothing left to send: these appointments were sent earlier.';
      job = await writeBatches(svc, job, [batch]);
      done(ids);
      continue;
    }
    // Validate before sending; appointments our own schema refuses become row errors and the
    // rest of the batch still goes.
    const built = buildValid(svc, ctx, job, appointments);
    if (built.refused.length) {
      job = await writeBatches(
        svc,
        job,
        [],
        { counts: { ...job.counts, errors: job.counts.errors + built.refused.length } },
        { rowErrors: built.refused },
      );
    }
    const planned = batch.appointmentIds.length;
    appointments = built.appointments;
    batch.appointmentIds = appointments.map((a) => a.appointmentId);
    if (!built.xml) {
      batch.serverText = 'Not sent: no appointment in this batch passed validation (see row errors).';
      job = await writeBatches(svc, job, [batch]);
      done(ids);
      continue;
    }
    // A wait decided before a restart (backoff, Retry-After) still holds.
    const waitMs = job.nextAttemptAt ? Date.parse(job.nextAttemptAt) - svc.clock().getTime() : 0;
    if (waitMs > 0 && !(await pause(Math.min(waitMs, svc.sendPolicy.capMs), svc.signal))) {
      return { kind: 'stopped', job };
    }
    // The journal already holds this batch as planned: write it again before the POST only when
    // something changed (fewer appointments, the job's first batch, a retry to clear).
    if (job.state !== 'sending' || appointments.length !== planned || job.attempts || job.nextAttemptAt)
      job = await writeBatches(svc, job, [batch], {
        state: 'sending',
        attempts: 0,
        nextAttemptAt: undefined,
      });
    svc.progress({
      jobId: job.id,
      practice: ctx.practice.name,
      file: job.file,
      phase: 'sending',
      done: batch.index,
      total,
    });

    const outcome = await postWithRetry(svc, ctx, job, built.xml);
    if (outcome.kind === 'stopped') return { kind: 'stopped', job };
    if (outcome.kind === 'accepted') {
      batch.httpStatus = outcome.httpStatus;
      if (outcome.dataJobId) batch.dataJobId = outcome.dataJobId;
      if (outcome.messageId) batch.messageId = outcome.messageId;
      if (outcome.location) batch.location = outcome.location;
      job = await writeBatches(
        svc,
        job,
        [batch],
        { attempts: 0, counts: { ...job.counts, sent: job.counts.sent + appointments.length } },
        {
          dataJobIds: outcome.dataJobId ? [outcome.dataJobId] : [],
          messageIds: outcome.messageId ? [outcome.messageId] : [],
        },
      );
      await ctx.ledger.record(appointments, job.id);
      done(ids);
      svc.log.info('batch accepted', {
        job: job.id,
        practice: ctx.practice.name,
        batch: batch.index + 1,
        of: total,
        appointments: appointments.length,
        dataJobId: outcome.dataJobId,
      });
    } else if (outcome.kind === 'rejected') {
      batch.httpStatus = outcome.httpStatus;
      batch.serverText = outcome.serverText || outcome.message;
      job = await writeBatches(svc, job, [batch]);
      done(ids);
      svc.log.warn('batch rejected', {
        job: job.id,
        practice: ctx.practice.name,
        batch: batch.index + 1,
        httpStatus: outcome.httpStatus,
      });
    } else {
      ctx.pauseForCredentials(outcome.message);
      return { kind: 'paused', job };
    }
  }
  return { kind: 'done', job };
}

async function recordAccepted(
  ctx: PracticeContext,
  job: JobDetails,
  plan: JobPlan,
  batch: BatchRecord,
): Promise<void> {
  // An appointment Medfusion refused (ERROR) was released from the ledger and is sent again in a
  // later batch of this job: it is not "sent" by this one.
  const pending = batch.appointmentIds
    .filter((id) => batch.outcomes?.[id]?.state !== 'ERROR')
    .map((id) => plan.toSend.get(id))
    .filter((a): a is Appointment => a !== undefined);
  if (pending.length) await ctx.ledger.record(pending, job.id);
}

/** Ids some batch's outcome names as ERROR: a Retry sends them again in a later batch. */
function idsRefusedSomewhere(batches: readonly BatchRecord[]): Set<string> {
  const out = new Set<string>();
  for (const b of batches)
    for (const [id, o] of Object.entries(b.outcomes ?? {})) if (o.state === 'ERROR') out.add(id);
  return out;
}

function buildValid(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  input: Appointment[],
): { xml?: string; appointments: Appointment[]; refused: RowError[] } {
  let appointments = input;
  const refused: RowError[] = [];
  // At most a few rounds: each round removes the appointments the validator named.
  for (let round = 0; round < 3 && appointments.length; round++) {
    const sender = defaultSender(svc.clock(), svc.version);
    const xml = buildAppointmentData(
      appointments,
      sender,
      ctx.practice.timeZone ? { timeZone: ctx.practice.timeZone } : {},
    );
    const v = validateAppointmentDataSync(xml, { fileName: job.file });
    if (v.ok) return { xml, appointments, refused };
    const bad = new Set(v.problems.map((p) => p.appointmentId).filter((id): id is string => !!id));
    for (const p of v.problems) {
      refused.push({
        file: job.file,
        line: 0,
        field: p.element,
        message: formatXmlProblem(p),
        hint: p.hint,
        ...(p.appointmentId ? { value: p.appointmentId } : {}),
      });
    }
    if (bad.size === 0) return { appointments: [], refused };
    appointments = appointments.filter((a) => !bad.has(a.appointmentId));
  }
  return { appointments: [], refused };
}

type PostResult = Exclude<PostOutcome, Retryable> | { kind: 'stopped' };

/** POST until Medfusion answers for good (accepted, refused, unauthorized) or the engine stops. */
async function postWithRetry(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  xml: string,
): Promise<PostResult> {
  const policy = svc.sendPolicy;
  let job = start;
  for (let attempt = 1; ; attempt++) {
    // One HTTP slot per request, released before any backoff wait: a practice waiting to retry
    // never holds up the others.
    const outcome = await svc.http.run(() => ctx.client.postAppointmentData(xml));
    // Ended by the engine's stop (not by Medfusion): the batch stays unsettled for the next start.
    if (outcome.kind === 'retryable' && svc.signal.aborted) return { kind: 'stopped' };
    if (outcome.kind !== 'retryable') {
      ctx.reportUnreachable(undefined);
      if (job.waitingSince) await write(svc, job, { waitingSince: undefined, reason: undefined });
      return outcome;
    }
    // No attempt limit: an outage of any length ends with the file sent, once Medfusion is back.
    const since = job.waitingSince ?? svc.clock().toISOString();
    const notice = waitingNotice(since, outcome.message);
    if (attempt >= 2) ctx.reportUnreachable(waitingDetail(since, outcome.message));
    const delay = backoffDelay(attempt, policy, svc.random, outcome.retryAfterMs);
    svc.log.warn('send failed, will retry', {
      job: job.id,
      practice: ctx.practice.name,
      attempt,
      delayMs: delay,
      httpStatus: outcome.httpStatus,
    });
    job = await write(svc, job, {
      attempts: attempt,
      nextAttemptAt: new Date(svc.clock().getTime() + delay).toISOString(),
      waitingSince: since,
      reason: notice,
    });
    if (!(await pause(delay, svc.signal))) return { kind: 'stopped' };
    if (ctx.isPaused()) return { kind: 'stopped' };
  }
}
