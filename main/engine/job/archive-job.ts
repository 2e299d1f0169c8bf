// Moving a job's source file to its resting place and saying why: processed/YYYY-MM-DD/ when
// every batch was accepted (or nothing needed sending), failed/ with <name>.error.txt and
// <name>.error.json otherwise. Names never clash (a suffix is added).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RowError } from '../../model/row-error.ts';
import type { JobDetails } from '../types.ts';
import { failedDir, processedDir } from '../archive/inbox-folders.ts';
import { moveNoClobber } from '../archive/move-no-clobber.ts';
import { writeErrorReport } from '../archive/error-report.ts';
import { archiveCompanionTables } from './companion-tables.ts';
import type { EngineServices, PracticeContext } from './job-context.ts';
import { batchAccepted, write } from './send-batches.ts';

export const ADVICE = {
  rejected:
    'Medfusion refused part of this file (the reasons are listed). Correct those appointments in the scheduling ' +
    'software and export again; appointments already accepted are not sent twice.',
  unreachable:
    'Medfusion could not be reached for a long while. Nothing is lost: the file is kept in the failed folder. ' +
    'Check the internet connection, then choose Retry in the history window or run `appt-connector retry JOB`.',
  unreadable:
    'Nothing from this file was sent. Fix the problem named above in the export (or the column mapping) and ' +
    'export again, or move the corrected file back into the inbox.',
  missing:
    'The file was removed from the processing folder before it could be sent. Export it again if it is still needed.',
} as const;

async function exists(p: string | undefined): Promise<boolean> {
  if (!p) return false;
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

export async function archiveProcessed(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  patch: Partial<JobDetails>,
): Promise<JobDetails> {
  let archivedPath = job.archivedPath;
  if (archivedPath && (await exists(archivedPath)) && isInProcessing(archivedPath)) {
    archivedPath = await moveNoClobber(archivedPath, processedDir(ctx.practice.inbox, svc.clock()), job.file);
    await archiveCompanionTables(ctx.practice.inbox, archivedPath);
  }
  return write(svc, job, { ...patch, ...(archivedPath ? { archivedPath } : {}) });
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
  job: JobDetails,
  info: FailInfo,
): Promise<JobDetails> {
  let archivedPath = job.archivedPath;
  const rowErrors = info.rowErrors ?? job.rowErrors;
  if (archivedPath && (await exists(archivedPath)) && isInProcessing(archivedPath)) {
    archivedPath = await moveNoClobber(archivedPath, failedDir(ctx.practice.inbox), job.file);
  }
  if (archivedPath && (await exists(archivedPath))) {
    await writeErrorReport(archivedPath, {
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
  }
  return write(svc, job, {
    state: info.state,
    reason: info.reason,
    advice: info.advice.replace('JOB', job.id),
    rowErrors,
    ...(info.state === 'failed' ? { finishedAt: svc.clock().toISOString() } : {}),
    ...(archivedPath ? { archivedPath } : {}),
  });
}

/** processing/ is the only place a job's file is moved out of. */
export function isInProcessing(p: string): boolean {
  return path.basename(path.dirname(p)) === 'processing';
}
