// Holding a file for review: the trust gate's "not sure, so nothing is sent". The file stays in
// processing/, the job records what is uncertain (its doubts) and under which mapping and memory
// it was judged (heldUnder), and says in plain words how a person answers once. A held job is
// not a failure: it is released, to be read again, as soon as the mapping is confirmed.
import type { Doubt } from '../../model/doubt.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import type { EngineServices, PracticeContext } from './job-context.ts';
import type { JobPlan } from './plan-job.ts';
import { write } from './job-record.ts';
import { fileStamp, stampSize } from './file-stamp.ts';
import { reviewKey } from './review-key.ts';

/**
 * What a held job waits for, as one string: the review key (mapping and practice memory) and the
 * file's stamp. The inbox check reads a held file again when either changed: a confirmation, or
 * an exporter that went on writing to the file after it was read (a snapshot cut short by a
 * pause then goes by itself once complete). A file that never settled has no stamp ('') and is
 * read again at every check until it does.
 */
export function heldUnderOf(reviewKey: string, stamp: string): string {
  return `${reviewKey}|${stamp || 'unsettled'}`;
}

/** heldUnderOf() for the file as it is now ('' stamp never matches an unsettled hold). */
export async function heldUnderNow(reviewKey: string, file: string | undefined): Promise<string> {
  return `${reviewKey}|${(file && (await fileStamp(file))) || 'gone'}`;
}

export function heldReason(doubts: Doubt[]): string {
  const n = doubts.length;
  return `Held for review: ${n === 1 ? '1 thing' : `${n} things`} to confirm — nothing was sent.`;
}

export function heldAdvice(practiceName: string, doubts: Doubt[] = []): string {
  const name = /^[\w.-]+$/.test(practiceName) ? practiceName : `"${practiceName}"`;
  if (doubts.length > 0 && doubts.every((d) => d.kind === 'still-writing'))
    return 'Nothing to do if the scheduling software is still exporting: the file is read again at the next inbox check and sent once it stops changing.';
  if (doubts.some((d) => d.kind === 'mass-cancel'))
    return (
      // Also for an older file (older-file.ts) and own ids over derived ones (own-ids.ts).
      'Check what is uncertain below. If the file is right (the cancellations are real, it is the newest ' +
      'schedule), accept it for this file: open Settings → Review on this file and confirm, or run ' +
      `\`appt-connector mapping confirm --practice ${name} --accept-cancellations\`. If not (an export cut ` +
      'short, an old file), export again; this file waits in the processing folder and nothing from it is ' +
      'sent until it is accepted.'
    );
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
    advice: heldAdvice(ctx.practice.name, plan.doubts),
    heldUnder: heldUnderOf(heldUnder, plan.fileStamp),
    // What was read (and what a person accepts cancellations for): the file may have grown since
    // it was taken from the inbox.
    contentHash: plan.contentHash,
    contentSize: stampSize(plan.fileStamp),
  });
  svc.log.info('job held for review', {
    job: job.id,
    practice: ctx.practice.name,
    doubts: plan.doubts.map((d) => d.kind).join(','),
  });
  return held;
}

/**
 * Release held jobs of the practice for another reading: 'all' after a person confirmed its
 * mapping, 'changed' only those whose mapping, practice memory or file changed since they were
 * held. Each is journaled 'received' again and handed to `released` (for the queue), oldest first,
 * as they arrived. Returns how many were released.
 */
export async function releaseHeldJobs(
  svc: EngineServices,
  ctx: PracticeContext,
  which: 'all' | 'changed',
  on: { skip: (jobId: string) => boolean; released: (job: JobDetails) => void },
): Promise<number> {
  const held = svc.journal.held(ctx.practice.credentialKey).filter((j) => !on.skip(j.id));
  if (held.length === 0) return 0;
  const key = which === 'changed' ? await reviewKey(ctx.practice, ctx.memory, ctx.settingsSince) : '';
  let n = 0;
  for (const job of held.reverse()) {
    if (which === 'changed' && job.heldUnder === (await heldUnderNow(key, job.archivedPath))) continue;
    const released = await write(svc, job, {
      state: 'received',
      doubts: undefined,
      heldUnder: undefined,
      reason: undefined,
      advice: undefined,
    });
    svc.log.info('held job released for another reading', { job: job.id, practice: ctx.practice.name });
    on.released(released);
    n++;
  }
  return n;
}
