// Where a job's file really is. A move is journaled before it happens (movingTo), so after a crash
// the file is at its old place or its new one, possibly at both (linked, not yet unlinked): this
// finishes such a move. Without a journaled move (an older journal, or a person moved the file)
// it looks where the file may have gone: processing/, processed/<day>/, failed/, the inbox.
// Content (SHA-256) decides what is ours wherever another file could sit under the same name.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { sha256File } from '../job/content-hash.ts';
import { JobStepError } from '../job/step-journal.ts';
import { stepBefore, stepDone } from '../job/step-points.ts';
import { dayFolderName, FAILED_DIR, PROCESSED_DIR, PROCESSING_DIR, processingPath } from './inbox-folders.ts';
import { candidateName } from './move-no-clobber.ts';

export type Place = 'inbox' | 'processing' | 'processed' | 'failed' | 'elsewhere';

/** Which of the connector's folders of this inbox a path is in. */
export function placeOf(inbox: string, p: string): Place {
  const rel = path.relative(inbox, p);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return 'elsewhere';
  const parts = rel.split(path.sep);
  if (parts.length === 1) return 'inbox';
  if (parts[0] === PROCESSING_DIR) return 'processing';
  if (parts[0] === PROCESSED_DIR) return 'processed';
  if (parts[0] === FAILED_DIR) return 'failed';
  return 'elsewhere';
}

/** The file's stat, or undefined when nothing is there. Any other error (a share gone, no
 *  permission) is not "missing": it throws, and the step is tried again later. */
async function statOf(p: string | undefined): Promise<fs.Stats | undefined> {
  if (!p) return undefined;
  try {
    return await fsp.lstat(p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new JobStepError(path.dirname(p), err);
  }
}

async function holdsContent(p: string, hash: string | undefined): Promise<boolean> {
  if (!hash) return true;
  try {
    return (await sha256File(p)) === hash;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw new JobStepError(path.dirname(p), err);
  }
}

/**
 * The path of the job's file now, or undefined when it is nowhere (a person removed it). A move
 * a crash interrupted is finished on the way (the old link removed). Throws JobStepError when the
 * inbox itself cannot be reached: a share that is gone has not lost the file.
 */
export async function locateJobFile(job: JobDetails, inbox: string): Promise<string | undefined> {
  const folder = await inboxFolder(inbox);
  const from = job.archivedPath ?? job.sourcePath;
  if (job.movingTo) {
    const [src, dest] = await Promise.all([statOf(from), statOf(job.movingTo)]);
    if (src && dest && src.ino === dest.ino && src.dev === dest.dev) {
      // Linked, not yet unlinked: finish the move.
      await stepBefore('unlink', from!);
      await fsp.unlink(from!).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw new JobStepError(path.dirname(from!), err);
      });
      stepDone('unlink', from!);
      return job.movingTo;
    }
    // Only this job ever uses processing/<jobId>-<name>: a file there is ours. In the inbox the
    // exporter may have written a new file under the same name since: its content tells.
    if (src && placeOf(inbox, from!) !== 'inbox') return from;
    if (dest && (await holdsContent(job.movingTo, job.contentHash))) return job.movingTo;
    if (src && (await holdsContent(from!, job.contentHash))) return from;
  } else if (job.archivedPath && (await statOf(job.archivedPath))) {
    return job.archivedPath;
  }
  const found = await searchJobFile(job, inbox);
  if (found) return found;
  // The folder the file was last in is gone too: that is a share not (yet) there, or an inbox
  // recreated empty in its place, not a file someone removed. Try again later.
  const home = path.dirname(from ?? processingPath(inbox, job.id, job.file));
  if (!(await statOf(home)))
    throw new JobStepError(home, Object.assign(new Error(`${home} is not there`), { code: 'ENOENT' }));
  // A share back while we looked: the search ran in the empty folder made in its place, the check
  // above in the share. Nothing was learnt about the file; try again.
  const now = await inboxFolder(inbox);
  if (now.ino !== folder.ino || now.dev !== folder.dev)
    throw new JobStepError(
      inbox,
      Object.assign(new Error(`${inbox} was replaced while the file was looked for`), { code: 'EAGAIN' }),
    );
  return undefined;
}

/** The inbox folder's stat; JobStepError when it cannot be reached or is not a folder. */
async function inboxFolder(inbox: string): Promise<fs.Stats> {
  try {
    const st = await fsp.stat(inbox);
    if (!st.isDirectory()) throw new Error(`${inbox} is not a folder`);
    return st;
  } catch (err) {
    throw new JobStepError(inbox, err);
  }
}

/** Where an unjournaled move may have put the file, newest place first. */
async function searchJobFile(job: JobDetails, inbox: string): Promise<string | undefined> {
  const own = processingPath(inbox, job.id, job.file);
  if (await statOf(own)) return own;
  const candidates: string[] = [];
  const processed = path.join(inbox, PROCESSED_DIR);
  const since = dayFolderName(new Date(job.receivedAt));
  let days: string[] = [];
  try {
    days = (await fsp.readdir(processed)).filter((d) => d >= since).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new JobStepError(processed, err);
  }
  for (const dir of [...days.map((d) => path.join(processed, d)), path.join(inbox, FAILED_DIR)]) {
    for (let n = 1; n < 10_000; n++) {
      const p = path.join(dir, candidateName(job.file, n));
      if (!(await statOf(p))) break;
      candidates.push(p);
    }
  }
  if (job.sourcePath) candidates.push(job.sourcePath);
  for (const p of candidates) if (await holdsContent(p, job.contentHash)) return p;
  return undefined;
}
