// "Retry" for a failed job: its export goes back from failed/ into the inbox (our two error
// reports beside it are removed), where the engine takes it in again. Because the content is the
// same, the SAME job goes on (the journal finds it by content hash) and the batches Medfusion
// already accepted are not sent again. Works the same from the desktop app and from
// `appt-connector retry JOB`, with or without a running engine.
import fs from 'node:fs/promises';
import type { PracticeSettings } from './settings-types.ts';
import type { JobStore } from './job-store/index.ts';
import { moveNoClobber } from './archive/move-no-clobber.ts';

export type RetryResult = ({ ok: true; message?: string } | { ok: false; message: string }) & {
  /** The file's path back in the inbox. */
  file?: string;
};

export async function retryJob(
  journal: Pick<JobStore, 'get'>,
  jobId: string,
  practice: PracticeSettings | undefined,
): Promise<RetryResult> {
  const job = journal.get(jobId);
  if (!job) return { ok: false, message: `There is no job ${jobId} in the history.` };
  if (job.state !== 'failed') {
    return { ok: false, message: `Job ${jobId} is ${job.state}; only failed jobs can be retried.` };
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
