// From a job id the window sends to the file on disk that the job holds for review. The window
// only ever names a job: the path comes from the job store, and is used only when the job is
// really held, its practice still exists, and the file lies inside that practice's inbox folder
// (where the engine keeps held files). Anything else is refused in plain words.
import fs from 'node:fs';
import path from 'node:path';
import { processingPath } from '../engine/archive/inbox-folders.ts';
import { practiceOfJob } from '../engine/job-practice.ts';
import type { PracticeSettings } from '../model/settings.ts';
import type { JobDetails } from '../model/status-and-jobs.ts';
import type { JobHistory } from './service-deps.ts';

export type HeldFile =
  { ok: true; job: JobDetails; practice: PracticeSettings; file: string } | { ok: false; message: string };

function inside(folder: string, file: string): boolean {
  const rel = path.relative(path.resolve(folder), path.resolve(file));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function resolveHeldFile(
  jobs: Pick<JobHistory, 'get'>,
  practices: readonly PracticeSettings[],
  jobId: string,
): Promise<HeldFile> {
  const job = await jobs.get(jobId);
  if (!job) return { ok: false, message: `There is no file ${jobId} in the history.` };
  if (job.state !== 'held') {
    return {
      ok: false,
      message: `${path.basename(job.file)} is not waiting for review (it is ${job.state}); there is nothing to confirm.`,
    };
  }
  const practice = practiceOfJob(practices, job);
  if (!practice) {
    return {
      ok: false,
      message: `${path.basename(job.file)} belongs to ${job.practice}, which is no longer in the settings.`,
    };
  }
  // Where the engine says the file is now; a held file that was never moved waits in processing/.
  const candidates = [job.archivedPath, processingPath(practice.inbox, job.id, path.basename(job.file))];
  const file = candidates.find((c): c is string => !!c && inside(practice.inbox, c) && isFile(c));
  if (!file) {
    return {
      ok: false,
      message: `${path.basename(job.file)} is no longer in ${practice.name}'s inbox folder. Put the export in the folder again.`,
    };
  }
  return { ok: true, job, practice, file };
}
