// A file filed away (processed/ or failed/) that its exporter is still writing. An exporter that
// creates its file and pauses (runs its query, pages through its report) longer than the
// stability window hands over a file that looks finished: a zero-byte placeholder, a header and
// two rows, a last line cut mid-cell. The connector reads it, sends what it holds and files it;
// a move on one volume keeps the inode, so the exporter's open handle writes the rest into the
// filed copy, where nothing reads it: those visits never reach the portal, and a file failed as
// empty says so while it holds the whole day. (A file that grows before it is filed is read again
// by run-job.ts; this is the same after it was filed.)
//
// So each job the runner finished is watched for a while: once its filed file has changed from
// the content the job read (its hash) and then stayed quiet for a stability window, the same job
// reads it again from processing/ (intake.ts reopenJob): the ledger sends only what is new, a
// failed job that now reads is no longer failed. Held and duplicate jobs are not watched.
// Only growth is read again as the same job: the bytes the job read must still be the file's
// beginning. A filed file changed any other way is not the same export: read as the same job, a
// snapshot would cancel what an edit left out and a typed-in change would go with no question.
// Written again in place in the export's own shape (job/rewritten-export.ts), it is its
// exporter's next run or an edit made in place: it becomes a job of its own (rewriteOf), which
// cancels nothing as a snapshot and is asked about before it sends. Saved over by an editor or
// re-encoded, it was the front desk's: the archive is no inbox, so that is logged and left.
// The watch is kept in the journal's terms (when the job finished, what it read), so an engine
// restarted within it watches the practice's recently finished jobs again (watchRecent).
import fs from 'node:fs/promises';
import path from 'node:path';
import type { JobDetails } from '../model/status-and-jobs.ts';
import type { EngineServices, PracticeContext } from './job/job-context.ts';
import { fileStamp } from './job/file-stamp.ts';
import { contentOf, sha256File } from './job/content-hash.ts';
import { reopenJob } from './intake.ts';
import { exportShape, sameShape, type ExportShape } from './job/rewritten-export.ts';
import { PROCESSING_DIR } from './archive/inbox-folders.ts';
import { mkdirPrivate } from '../files/private-files.ts';

/** How long after a job finished its filed file is still watched. */
export const FILED_WATCH_MS = 10 * 60_000;

interface Filed {
  id: string;
  file: string;
  /** The content the job read, and its size (undefined: not known, so growth cannot be shown). */
  hash: string;
  size: number | undefined;
  until: number;
  /** The file's stamp when last looked at, and since when it has been so (a change seen). */
  stamp?: string;
  changedAt?: number;
  /** How the file the job read looked (undefined: not known, so no rewrite can be shown). */
  shape: Promise<ExportShape | undefined>;
  /** Written again from the start once already: what it holds now is no longer this job's, so
   *  growth from here is no growth of the job's reading. */
  rewritten?: boolean;
}

/** A filed export written again from its start, copied out for intake as a job of its own. */
export interface Rewritten {
  /** The copy (in processing/, under the export's own name) for intake.ts takeIn. */
  file: string;
  rewriteOf: string;
}

/** How many of the practice's newest jobs a restart looks at for ones still watched. */
const RECENT_JOBS = 50;

/** Whether the file (now `size` bytes) is the content the job read with more written after it. */
async function grewFrom(f: Filed, size: number): Promise<boolean> {
  if (f.size === undefined || size <= f.size) return false;
  return (await sha256File(f.file, f.size).catch(() => '')) === f.hash;
}

export class FiledGrowth {
  private readonly filed = new Map<string, Filed>();

  constructor(
    private readonly svc: EngineServices,
    private readonly ctx: PracticeContext,
    private readonly quietMs: number,
  ) {}

  /** A job the runner finished: its filed file is watched until FILED_WATCH_MS after it finished. */
  note(job: JobDetails, afterRestart = false): void {
    if (job.state !== 'processed' && job.state !== 'failed') return;
    if (!job.archivedPath || !job.contentHash || job.duplicateOf) return;
    const finished = Date.parse(job.finishedAt ?? '');
    const from = Number.isFinite(finished) ? finished : this.svc.clock().getTime();
    if (from + FILED_WATCH_MS < this.svc.clock().getTime()) return;
    const file = job.archivedPath;
    const hash = job.contentHash;
    // Its shape now is the shape of what the job read; after a restart only if it still holds it.
    const shape = afterRestart
      ? contentOf(file).then(
          (c) => (c.contentHash === hash ? exportShape(file) : undefined),
          () => undefined,
        )
      : exportShape(file);
    this.filed.set(job.id, {
      id: job.id,
      file: job.archivedPath,
      hash: job.contentHash,
      size: job.contentSize,
      until: from + FILED_WATCH_MS,
      shape,
    });
  }

  /** After a restart: the practice's jobs that finished within the watch are watched again (the
   *  newest `RECENT_JOBS` looked at: a practice files a few exports in ten minutes). */
  watchRecent(): void {
    const since = this.svc.clock().getTime() - FILED_WATCH_MS;
    const recent = this.svc.journal.list({
      practiceKey: this.ctx.practice.credentialKey,
      limit: RECENT_JOBS,
    });
    for (const s of recent) {
      if (Date.parse(s.finishedAt ?? '') >= since) {
        const job = this.svc.journal.get(s.id);
        if (job) this.note(job, true);
      }
    }
  }

  /** Look at each watched file (one stat each; a hash only once a change has settled): the jobs
   *  whose file grew after it was filed, reopened and to be queued, and the files written again
   *  from the start, copied out to be taken in as jobs of their own. */
  async check(): Promise<{ reopened: JobDetails[]; rewritten: Rewritten[] }> {
    const reopened: JobDetails[] = [];
    const rewritten: Rewritten[] = [];
    const now = this.svc.clock().getTime();
    for (const f of [...this.filed.values()]) {
      const stamp = now > f.until ? '' : await fileStamp(f.file);
      if (!stamp) {
        this.filed.delete(f.id);
        continue;
      }
      if (stamp !== f.stamp) {
        f.stamp = stamp;
        f.changedAt = now;
        continue;
      }
      if (f.changedAt === undefined || now - f.changedAt < this.quietMs) continue;
      f.changedAt = undefined;
      const content = await contentOf(f.file).catch(() => undefined);
      if (!content || content.contentHash === f.hash) continue;
      if (f.rewritten || !(await grewFrom(f, content.contentSize))) {
        const copy = await this.rewrite(f, content);
        if (copy) rewritten.push(copy);
        continue;
      }
      this.filed.delete(f.id);
      try {
        const job = await this.reopen(f, content);
        if (job) reopened.push(job);
      } catch (err) {
        // Journaled as received before the move: the runner finishes the move (resumeIntake).
        this.svc.log.warn('filed file grew; reading it again failed', {
          job: f.id,
          error: (err as Error).message,
        });
        const job = this.svc.journal.get(f.id);
        if (job?.state === 'received') reopened.push(job);
      }
    }
    return { reopened, rewritten };
  }

  /** A filed file changed, not by growth: written again in place in the export's shape, its
   *  content copied out for a job of its own (and the file watched on from it); otherwise left. */
  private async rewrite(
    f: Filed,
    content: Pick<JobDetails, 'contentHash' | 'contentSize'>,
  ): Promise<Rewritten | undefined> {
    const [was, now] = [await f.shape, await exportShape(f.file)];
    const job = this.svc.journal.get(f.id);
    if (!was || !now || !sameShape(was, now) || !job) {
      this.filed.delete(f.id);
      this.svc.log.warn(
        'filed file changed after it was read, not by growth nor in its export’s shape; not read',
        {
          job: f.id,
          practice: this.ctx.practice.name,
        },
      );
      return undefined;
    }
    // Under processing/ (never the inbox: a copy there would be taken as a file the practice
    // dropped), a folder of its own so that the copy keeps the export's name.
    const dir = path.join(
      this.ctx.practice.inbox,
      PROCESSING_DIR,
      `.rewritten-${f.id}-${content.contentHash!.slice(0, 8)}`,
    );
    const copy = path.join(dir, job.file);
    try {
      await mkdirPrivate(dir);
      await fs.copyFile(f.file, copy);
    } catch (err) {
      this.filed.delete(f.id);
      this.svc.log.warn('filed file written again from its start; copying it out failed', {
        job: f.id,
        error: (err as Error).message,
      });
      return undefined;
    }
    this.svc.log.info('filed file written again from its start; read as an export of its own', {
      job: f.id,
      practice: this.ctx.practice.name,
    });
    // Watched on from this content, and for as long again: an exporter that writes through the
    // filed file's handle writes its next run there too (else lost once the watch ends).
    Object.assign(f, {
      hash: content.contentHash,
      size: content.contentSize,
      shape: Promise.resolve(now),
      rewritten: true,
      until: this.svc.clock().getTime() + FILED_WATCH_MS,
    });
    return { file: copy, rewriteOf: f.id };
  }

  private async reopen(
    f: Filed,
    content: Pick<JobDetails, 'contentHash' | 'contentSize'>,
  ): Promise<JobDetails | undefined> {
    const job = this.svc.journal.get(f.id);
    // Retried, marked as handled or filed elsewhere meanwhile: a person has it.
    if (!job || job.archivedPath !== f.file || job.handledAt) return undefined;
    if (job.state !== 'processed' && job.state !== 'failed') return undefined;
    this.svc.log.info('filed file grew after it was read; reading it again', {
      job: job.id,
      practice: this.ctx.practice.name,
    });
    const again = await reopenJob(this.svc, this.ctx, job, f.file, content);
    // A failed file's error reports beside it said what the reading found then.
    await fs.rm(`${f.file}.error.txt`, { force: true });
    await fs.rm(`${f.file}.error.json`, { force: true });
    return again;
  }
}
