// "Retry" for a job that needs it: a failed one, or one whose appointments Medfusion processed,
// in part or all, as ERROR (outcome PARTIAL or ERROR, e.g. a patient deactivated in the portal
// and since reactivated). Its export goes back from failed/ (our two error reports beside it are
// removed) or processed/ into the inbox, where the engine takes it in again. Because the content
// is the same, the SAME job goes on (the journal finds it by content hash): batches Medfusion
// accepted are not sent again, and of those only the appointments it refused (released from the
// ledger when their ERROR was read) go once more. Works the same from the desktop app and from
// `appt-connector retry JOB`, with or without a running engine.
import fs from 'node:fs/promises';
import type { PracticeSettings } from '../model/settings.ts';
import type { JobStore } from './job-store/index.ts';
import type { JobDetails } from '../model/status-and-jobs.ts';
import { moveNoClobber } from './archive/move-no-clobber.ts';

export type RetryResult = ({ ok: true; message?: string } | { ok: false; message: string }) & {
  /** The file's path back in the inbox. */
  file?: string;
};

/** Failed, or processed with appointments Medfusion refused (ERROR or PARTIAL). */
export function canRetry(job: Pick<JobDetails, 'state' | 'outcome'>): boolean {
  if (job.state === 'failed') return true;
  return job.state === 'processed' && (job.outcome === 'ERROR' || job.outcome === 'PARTIAL');
}

export async function retryJob(
  journal: Pick<JobStore, 'get'>,
  jobId: string,
  practice: PracticeSettings | undefined,
): Promise<RetryResult> {
  const job = journal.get(jobId);
  if (!job) return { ok: false, message: `There is no job ${jobId} in the history.` };
  if (!canRetry(job)) {
    return {
      ok: false,
      message:
        job.state === 'processed'
          ? `Job ${jobId} is processed and Medfusion stored every appointment it sent: there is nothing to retry.`
          : `Job ${jobId} is ${job.state}; only a failed job, or one Medfusion processed with errors (outcome ERROR or PARTIAL), can be retried.`,
    };
  }
  if (!practice) {
    return {
      ok: false,
      message: `Job ${jobId} belongs to practice '${job.practice}', which is no longer in the settings.`,
    };
  }
  const where = job.archivedPath;
  if (!where || !(await fs.stat(where).catch(() => undefined))) {
    return {
      ok: false,
      message: `The file of job ${jobId} is no longer at ${where ?? '(unknown)'}; put the export into the inbox again.`,
    };
  }
  const file = await moveNoClobber(where, practice.inbox, job.file);
  await fs.rm(`${where}.error.txt`, { force: true });
  await fs.rm(`${where}.error.json`, { force: true });
  return {
    ok: true,
    message: `${job.file} is back in the inbox of ${practice.name} and will be sent again.`,
    file,
  };
}
