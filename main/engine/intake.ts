// Step "intake": a stable file of a practice's inbox becomes a durable job BEFORE anything is
// sent. A companion table is not a job (it wakes the exports that waited for it); otherwise the
// file's content hash is checked against the journal (the same bytes again are filed as a
// duplicate, a failed job's file put back goes on with the same job), and the job is recorded
// (fsynced, with where its file is going) before the file moves to processing/. A job killed
// while it was being taken in is finished the same way at the next start (resumeIntake). What the
// runner does next (queue the job, report it finished, take files again) is returned, not done here.
import path from 'node:path';
import type { JobDetails } from '../model/status-and-jobs.ts';
import { processingPath, processedDir } from './archive/inbox-folders.ts';
import { freeName, moveTo } from './archive/move-no-clobber.ts';
import { contentOf } from './job/content-hash.ts';
import { jobsWaitingFor } from './job/companion-tables.ts';
import { isCompanionTable } from '../import/join-files.ts';
import { canRetry, retryJob } from './retry-job.ts';
import { arrivalTime } from './job/arrival-time.ts';
import { newJob, freshJobId } from './job/new-job.ts';
import { batchAccepted, write } from './job/job-record.ts';
import type { EngineServices, PracticeContext } from './job/job-context.ts';
import { archiveDuplicate, placeJobFile } from './job/archive-job.ts';
import { moveJobFile } from './job/move-job-file.ts';
import { JobStepError } from './job/step-journal.ts';

/** What taking a file in came to, for the runner to act on. */
export type IntakeResult =
  /** Nothing to do: the file is gone, or its content is being handled right now. */
  | { kind: 'nothing' }
  /** A job (new, or a failed one going on) whose file is in processing/: queue it. */
  | { kind: 'queued'; job: JobDetails }
  /** Finished in intake: the same content as a known job, filed in processed/ as a duplicate;
   *  or (resumeIntake) a job whose file is gone. */
  | { kind: 'finished'; job: JobDetails }
  /** (resumeIntake) Its file is gone, but Medfusion accepted what was sent of it: track it. */
  | { kind: 'accepted'; job: JobDetails }
  /** A companion table arrived: these exports that failed for want of it are back in the inbox. */
  | { kind: 'companion'; retake: string[] };

/** `isActive`: the runner owns this job now (queued, sending or tracking). */
export async function takeIn(
  svc: EngineServices,
  ctx: PracticeContext,
  file: string,
  isActive: (jobId: string) => boolean,
  /** Recorded with a new job: a filed export written again from its start (filed-growth.ts). */
  extra: Pick<JobDetails, 'rewriteOf'> = {},
): Promise<IntakeResult> {
  const practice = ctx.practice;
  // A patient table for an export that needs one stays in the inbox; it is read with that export.
  if (isCompanionTable(file)) return { kind: 'companion', retake: await companionArrived(svc, ctx, file) };
  let hash: string;
  let size: number;
  try {
    ({ contentHash: hash, contentSize: size } = await contentOf(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'nothing' };
    throw err;
  }
  const now = arrivalTime(svc.clock(), svc.journal.latestOfPractice(practice.credentialKey));
  const known = svc.journal.findByContentHash(practice.credentialKey, hash);
  if (known && isActive(known.id)) {
    // The same content is being handled right now: its file is already in processing/.
    if (known.sourcePath === file && !known.archivedPath) return { kind: 'nothing' };
    // Unless another export came in after it: booked, cancelled, booked again within a second
    // (or while the first still waits its turn) is the first file's bytes a third time, and the
    // newest word (as for a handled one below); a copy of it would leave the visit cancelled.
    if (sameAsLatest(svc, practice.credentialKey, hash))
      return recordDuplicate(svc, ctx, file, hash, known, now);
  }
  // Held for a question: a copy is not read again, unless another export came in after the held
  // one. Held, then a cancel sent, then the held file's bytes again: the copy is the newest word
  // (its own job, held for the same question and released with it); as a duplicate of the first,
  // whose answer is judged against the later cancel, the visit stayed cancelled (61r1).
  const held = known?.state === 'held';
  if (held && sameAsLatest(svc, practice.credentialKey, hash))
    return recordDuplicate(svc, ctx, file, hash, known, now);
  // Medfusion refused some of its appointments (ERROR): not done with. Retry, or the same file
  // dropped again, goes on with the same job and sends just those (the ledger released them).
  const refusedSome = known !== undefined && known.state === 'processed' && canRetry(known);
  const handled =
    known &&
    !refusedSome &&
    (known.state === 'processed' || known.state === 'accepted' || known.state === 'tracked');
  if (handled) {
    // Only the same bytes as the practice's LATEST export, whatever its name, are nothing new.
    // Booked → cancelled → booked again writes the first file's bytes a third time (under its
    // own name, or a timestamped one: appts_0800, _0900, _1000), and that one must go (the
    // ledger then sends just what changed since the second).
    if (sameAsLatest(svc, practice.credentialKey, hash))
      return recordDuplicate(svc, ctx, file, hash, known, now);
  }
  if (known && !held && !handled && !isActive(known.id)) {
    // A failed job's file put back into the inbox (Retry): the same job goes on.
    const job = await reopenJob(svc, ctx, known, file, { contentSize: size });
    svc.log.info('job retried', { job: job.id, practice: practice.name });
    return { kind: 'queued', job };
  }
  const id = freshJobId(svc.journal, now);
  const dest = processingPath(practice.inbox, id, path.basename(file));
  const job: JobDetails = {
    ...newJob({ id, file, practice, at: now, contentHash: hash }),
    contentSize: size,
    movingTo: dest,
    ...extra,
  };
  // Recorded (fsynced), with where its file is going, before the file moves and long before
  // anything is sent.
  await svc.journal.create(job);
  svc.changed(job);
  const taken = await moveIn(svc, job, file, dest);
  svc.log.info('job received', { job: job.id, practice: practice.name });
  return { kind: 'queued', job: taken };
}

/** Whether `hash` is the content of the practice's newest job (its duplicates included). */
function sameAsLatest(svc: EngineServices, practiceKey: string, hash: string): boolean {
  const latest = svc.journal.latestOfPractice(practiceKey);
  return !latest || latest.contentHash === hash;
}

/**
 * A job killed while it was being taken in (recorded, its file not yet or half moved) or while
 * its duplicate was being filed: finish the move from wherever the file really is.
 */
export async function resumeIntake(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
): Promise<IntakeResult> {
  if (job.duplicateOf) return { kind: 'finished', job: await archiveDuplicate(svc, ctx, job) };
  const placed = await placeJobFile(svc, ctx, job);
  if (placed.kind === 'ready') return { kind: 'queued', job: placed.job };
  const now = svc.journal.get(job.id);
  if (!now) return { kind: 'nothing' };
  return { kind: placed.result, job: now };
}

/**
 * A job's file goes through again as the same job, from `file` (the inbox: Retry; or where it was
 * filed, when it grew there: filed-growth.ts) into processing/, read again from the start. Batches
 * Medfusion already accepted are not sent again (only what it refused as ERROR is, and what the
 * reading finds new). Journaled before the file moves.
 */
export async function reopenJob(
  svc: EngineServices,
  ctx: PracticeContext,
  known: JobDetails,
  file: string,
  changes: Partial<JobDetails> = {},
): Promise<JobDetails> {
  const dest = processingPath(ctx.practice.inbox, known.id, known.file);
  const reopened = await write(svc, known, {
    state: 'received',
    // Refused batches are tried again; accepted ones stay settled and are not re-sent.
    batches: known.batches.map((b) =>
      batchAccepted(b) ? b : { index: b.index, appointmentIds: b.appointmentIds },
    ),
    archivedPath: undefined,
    movingTo: dest,
    sourcePath: file,
    reason: undefined,
    advice: undefined,
    finishedAt: undefined,
    outcome: undefined,
    attempts: 0,
    nextAttemptAt: undefined,
    ...changes,
  });
  return moveIn(svc, reopened, file, dest);
}

/** Move a job's file from the inbox to processing/<dest> (journaled as movingTo already). */
async function moveIn(svc: EngineServices, job: JobDetails, file: string, dest: string): Promise<JobDetails> {
  try {
    await moveTo(file, dest);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new JobStepError(path.dirname(dest), err);
    // A leftover under this job's own name: never replaced, the file takes a free variant.
    return moveJobFile(svc, job, file, path.dirname(dest), path.basename(dest));
  }
  return write(svc, job, { archivedPath: dest, movingTo: undefined });
}

/** Exports that failed for want of this table go again now that it is here: their files. */
async function companionArrived(svc: EngineServices, ctx: PracticeContext, file: string): Promise<string[]> {
  const retake: string[] = [];
  for (const job of jobsWaitingFor(file, ctx.practice, svc.journal)) {
    const r = await retryJob(svc.journal, job.id, ctx.practice);
    svc.log.info('companion table arrived; failed export sent again', { job: job.id, ok: r.ok });
    if (r.ok && r.file) retake.push(r.file);
  }
  return retake;
}

async function recordDuplicate(
  svc: EngineServices,
  ctx: PracticeContext,
  file: string,
  hash: string,
  original: JobDetails,
  now: Date,
): Promise<IntakeResult> {
  const practice = ctx.practice;
  const dir = processedDir(practice.inbox, now);
  const name = path.basename(file);
  let dest: string;
  try {
    dest = await freeName(dir, name);
  } catch (err) {
    throw new JobStepError(dir, err);
  }
  const finished = original.state === 'processed' || original.state === 'failed';
  const job: JobDetails = {
    ...newJob({ id: freshJobId(svc.journal, now), file, practice, at: now, contentHash: hash }),
    duplicateOf: original.id,
    // Journaled with the job, before the move: a crash in between cannot lose the file.
    movingTo: dest,
    reason:
      original.state === 'held'
        ? `Same content as ${original.file} (job ${original.id}), which is held for review: this copy is not read again.`
        : `Same content as ${original.file} (job ${original.id}), ${finished ? 'already handled' : 'being handled'}: nothing sent again.`,
  };
  await svc.journal.create(job);
  let done: JobDetails;
  try {
    await moveTo(file, dest);
    done = await write(svc, job, {
      state: 'processed',
      finishedAt: svc.clock().toISOString(),
      archivedPath: dest,
      movingTo: undefined,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    done = await archiveDuplicate(svc, ctx, { ...job, movingTo: undefined });
  }
  svc.log.info('duplicate file', { job: job.id, original: original.id, practice: practice.name });
  return { kind: 'finished', job: done };
}
