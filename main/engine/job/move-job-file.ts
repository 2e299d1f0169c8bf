// Moving a job's file with the move journaled first, and finding it again: the two halves of
// "a crash between a move and its journal write never loses track of an export".
import path from 'node:path';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { freeName, moveTo } from '../archive/move-no-clobber.ts';
import { locateJobFile, placeOf } from '../archive/locate-job-file.ts';
import type { EngineServices, PracticeContext } from './job-context.ts';
import { write } from './job-record.ts';
import { JobStepError } from './step-journal.ts';

/**
 * Move the job's file into `destDir` under `name` (a free variant on a clash). The destination is
 * journaled BEFORE the file moves and the new place right after, with `patch`: a crash at any
 * point leaves the file at a place the journal names (locateJobFile finishes the move).
 */
export async function moveJobFile(
  svc: EngineServices,
  start: JobDetails,
  src: string,
  destDir: string,
  name: string,
  patch: Partial<JobDetails> = {},
): Promise<JobDetails> {
  let job = start;
  for (let n = 1; ; n++) {
    let dest: string;
    try {
      dest = await freeName(destDir, name, n);
    } catch (err) {
      throw new JobStepError(destDir, err);
    }
    job = await write(svc, job, { movingTo: dest });
    try {
      await moveTo(src, dest);
    } catch (err) {
      // Taken between the look and the move (never replaced): the next free name.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && n < 10_000) continue;
      throw new JobStepError(
        (err as NodeJS.ErrnoException).code === 'ENOENT' ? path.dirname(src) : destDir,
        err,
      );
    }
    return write(svc, job, { ...patch, archivedPath: dest, movingTo: undefined });
  }
}

/** The job with its file's real place recorded (undefined: found nowhere). */
export async function located(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
): Promise<{ job: JobDetails; file: string | undefined }> {
  const file = await locateJobFile(job, ctx.practice.inbox);
  if (file === job.archivedPath && !job.movingTo) return { job, file };
  if (file && file !== job.archivedPath)
    svc.log.info('job file found after a restart', { job: job.id, place: placeOf(ctx.practice.inbox, file) });
  return { job: await write(svc, job, { archivedPath: file, movingTo: undefined }), file };
}
