// Moving a job's source file to its resting place and saying why: processed/YYYY-MM-DD/ when
// every batch was accepted (or nothing needed sending), failed/ with <name>.error.txt and
// <name>.error.json otherwise. Names never clash (a suffix is added). Each step starts from where
// the file really is (a crash may have interrupted a move) and journals a move before making it.
// A step that cannot be done (a full disk, a folder not writable, a share gone) throws: the job
// stays unfinished with its file where it is, and the runner says so and tries again.
import path from 'node:path';
import type { RowError } from '../../model/row-error.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { failedDir, PROCESSING_DIR, processedDir } from '../archive/inbox-folders.ts';
import { placeOf } from '../archive/locate-job-file.ts';
import { writeErrorReport } from '../archive/error-report.ts';
import { archiveCompanionTables } from './companion-tables.ts';
import type { EngineServices, PracticeContext } from './job-context.ts';
import { batchAccepted, batchSettled, write } from './job-record.ts';
import { JobStepError } from './step-journal.ts';
import { located, moveJobFile } from './move-job-file.ts';

export const ADVICE = {
  rejected:
    'Medfusion refused part of this file (the reasons are listed). Correct those appointments in the scheduling ' +
    'software and export again; appointments already accepted are not sent twice.',
  unreadable:
    'Nothing from this file was sent. Fix the problem named above in the export (or the column mapping) and ' +
    'export again, or move the corrected file back into the inbox.',
  missing:
    'The file was removed from the processing folder before it could be sent. Export it again if it is still needed.',
} as const;

export type Placed =
  | { kind: 'ready'; job: JobDetails; file: string }
  /** Nothing left to read the file for: the job went on to its next state. */
  | { kind: 'done'; result: 'finished' | 'accepted' };

/**
 * Before a job's file is read: find it where it really is (a crash may have interrupted a move),
 * and take it out of the inbox into processing/ if it is still there. A file found nowhere fails
 * the job as missing, unless every batch was already answered: an export Medfusion accepted is
 * never recorded as failed because its file went away.
 */
export async function placeJobFile(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
): Promise<Placed> {
  let { job, file } = await located(svc, ctx, start);
  const inbox = ctx.practice.inbox;
  if (file && placeOf(inbox, file) === 'inbox') {
    job = await moveJobFile(svc, job, file, path.join(inbox, PROCESSING_DIR), `${job.id}-${job.file}`);
    file = job.archivedPath!;
  }
  if (file) return { kind: 'ready', job, file };
  const answered = job.batches.length > 0 && job.batches.every(batchSettled);
  if (!answered) {
    await archiveFailed(svc, ctx, job, {
      state: 'failed',
      reason: `The file ${job.file} is no longer where the connector put it (${start.archivedPath ?? start.sourcePath ?? 'unknown'}).`,
      advice: ADVICE.missing,
    });
    return { kind: 'done', result: 'finished' };
  }
  svc.log.warn('job file gone after sending', { job: job.id });
  const accepted = job.batches.some(batchAccepted);
  if (!accepted) {
    await archiveFailed(svc, ctx, job, {
      state: 'failed',
      reason: job.reason ?? `Medfusion refused every batch of ${job.file}.`,
      advice: ADVICE.rejected,
    });
    return { kind: 'done', result: 'finished' };
  }
  // Tracking finishes it: processed, or failed if some batches were refused.
  await write(svc, job, {
    state: 'accepted',
    reason: job.reason ?? `Sent; the file ${job.file} was removed from the processing folder afterwards.`,
  });
  return { kind: 'done', result: 'accepted' };
}

export async function archiveProcessed(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  patch: Partial<JobDetails>,
): Promise<JobDetails> {
  const { job, file } = await located(svc, ctx, start);
  if (file && placeOf(ctx.practice.inbox, file) !== 'processed') {
    const moved = await moveJobFile(
      svc,
      job,
      file,
      processedDir(ctx.practice.inbox, svc.clock()),
      job.file,
      patch,
    );
    if (moved.archivedPath) await archiveCompanionTables(ctx.practice.inbox, moved.archivedPath);
    return moved;
  }
  if (!file) svc.log.warn('job file gone before it was filed', { job: job.id });
  return write(svc, job, patch);
}

/** A copy of an export already handled: straight to processed/ (journaled like any move). */
export async function archiveDuplicate(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
): Promise<JobDetails> {
  const { job, file } = await located(svc, ctx, start);
  const done = { state: 'processed' as const, finishedAt: svc.clock().toISOString() };
  if (file && placeOf(ctx.practice.inbox, file) !== 'processed') {
    return moveJobFile(svc, job, file, processedDir(ctx.practice.inbox, svc.clock()), job.file, done);
  }
  return write(svc, job, done);
}

/** Right before a tracked job's final state: its file must not stay in processing/ (an older
 *  journal could say 'accepted' with the file still there). */
export async function fileAwayBeforeFinish(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  failed: boolean,
): Promise<JobDetails> {
  if (
    !start.movingTo &&
    !(start.archivedPath && placeOf(ctx.practice.inbox, start.archivedPath) === 'processing')
  )
    return start;
  const { job, file } = await located(svc, ctx, start);
  if (!file || placeOf(ctx.practice.inbox, file) !== 'processing') return job;
  const inbox = ctx.practice.inbox;
  return moveJobFile(svc, job, file, failed ? failedDir(inbox) : processedDir(inbox, svc.clock()), job.file);
}

export interface FailInfo {
  reason: string;
  advice: string;
  rowErrors?: RowError[];
  /** Final state now ('failed'), or keep going to tracking ('accepted'). */
  state: 'failed' | 'accepted';
}

export async function archiveFailed(
  svc: EngineServices,
  ctx: PracticeContext,
  start: JobDetails,
  info: FailInfo,
): Promise<JobDetails> {
  let { job, file } = await located(svc, ctx, start);
  const rowErrors = info.rowErrors ?? job.rowErrors;
  if (file && placeOf(ctx.practice.inbox, file) !== 'failed') {
    job = await moveJobFile(svc, job, file, failedDir(ctx.practice.inbox), job.file);
    file = job.archivedPath;
  }
  if (file) {
    try {
      await writeErrorReport(file, {
        jobId: job.id,
        file: job.file,
        practice: ctx.practice.name,
        at: svc.clock().toISOString(),
        reason: info.reason,
        advice: info.advice.replace('JOB', job.id),
        rowErrors,
        rejectedBatches: job.batches
          .filter((b) => b.httpStatus !== undefined && !batchAccepted(b))
          .map((b) => ({
            index: b.index,
            appointmentIds: b.appointmentIds,
            httpStatus: b.httpStatus,
            serverText: b.serverText,
          })),
        counts: job.counts,
      });
    } catch (err) {
      throw new JobStepError(path.dirname(file), err);
    }
  }
  return write(svc, job, {
    state: info.state,
    reason: info.reason,
    advice: info.advice.replace('JOB', job.id),
    rowErrors,
    ...(info.state === 'failed' ? { finishedAt: svc.clock().toISOString() } : {}),
  });
}
