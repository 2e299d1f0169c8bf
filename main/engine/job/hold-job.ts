// Holding a file for review: the trust gate's "not sure, so nothing is sent". The file stays in
// processing/, the job records what is uncertain (its doubts) and under which mapping and memory
// it was judged (heldUnder), and says in plain words how a person answers once. A held job is
// not a failure: it is read again as soon as the mapping is confirmed.
import type { Doubt } from '../../model/doubt.ts';
import type { JobDetails } from '../types.ts';
import type { EngineServices, PracticeContext } from './job-context.ts';
import type { JobPlan } from './plan-job.ts';
import { write } from './send-batches.ts';

export function heldReason(doubts: Doubt[]): string {
  const n = doubts.length;
  return `Held for review: ${n === 1 ? '1 thing' : `${n} things`} to confirm — nothing was sent.`;
}

export function heldAdvice(practiceName: string): string {
  const name = /^[\w.-]+$/.test(practiceName) ? practiceName : `"${practiceName}"`;
  return (
    'Check what is uncertain below and answer once: open Settings → Review on this file, or run ' +
    `\`appt-connector mapping show --practice ${name}\` and then ` +
    `\`appt-connector mapping confirm --practice ${name}\` (with --set, --status or --date-order ` +
    'to correct it). The file waits in the processing folder and is sent once the mapping is confirmed; ' +
    'the answer is remembered for the next exports.'
  );
}

export async function holdJob(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  plan: JobPlan,
  /** reviewKey() taken BEFORE the file was read: a confirmation made while it was being read
   *  then still counts as a change, and the file is read again. */
  heldUnder: string,
): Promise<JobDetails> {
  const held = await write(svc, job, {
    state: 'held',
    doubts: plan.doubts,
    counts: plan.counts,
    rowErrors: plan.rowErrors,
    skippedRows: plan.skippedRows,
    patientIds: plan.patientIds,
    // Nothing is planned for sending: a later reading plans afresh with the confirmed mapping.
    batches: [],
    reason: heldReason(plan.doubts),
    advice: heldAdvice(ctx.practice.name),
    heldUnder,
  });
  svc.log.info('job held for review', {
    job: job.id,
    practice: ctx.practice.name,
    doubts: plan.doubts.map((d) => d.kind).join(','),
  });
  return held;
}
