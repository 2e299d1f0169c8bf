// One practice at work: its inbox watcher, its queue of jobs (one job, and so one batch, in
// flight at a time, in arrival order), its pause state, and the intake that turns a stable file
// into a durable job BEFORE anything is sent. Practices never wait for each other: each has its
// own queue, and HTTP slots are shared only per request.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PracticeSettings } from './settings-types.ts';
import type { JobDetails } from './types.ts';
import { InboxWatcher } from './watch/inbox-watcher.ts';
import { INBOX_CHECK_MS } from './schedule/backoff.ts';
import { PROCESSING_DIR, processingPath, processedDir } from './archive/inbox-folders.ts';
import { tightenArchiveFolders } from './archive/inbox-folders.ts';
import { moveNoClobber } from './archive/move-no-clobber.ts';
import { sha256File } from './job/content-hash.ts';
import { isCompanionTable, jobsWaitingFor } from './job/companion-tables.ts';
import { retryJob } from './retry-job.ts';
import { newJob, newJobId } from './job/new-job.ts';
import { finishJob, sendJob } from './job/run-job.ts';
import { batchAccepted, write } from './job/send-batches.ts';
import type { EngineServices, PracticeContext } from './job/job-context.ts';
import { practiceMemoryInProcess, type PracticeMemory } from './practice-memory.ts';
import { reviewKey } from './job/review-key.ts';

export interface PracticeRunnerHooks {
  credentialsRefused(practice: PracticeSettings, message: string): void;
  unreachable(practice: PracticeSettings, message: string | undefined): void;
  inboxProblem(practice: PracticeSettings, message: string | undefined): void;
  /** A file in the inbox cannot be read (why), or can again (undefined). */
  fileUnreadable(practice: PracticeSettings, file: string, why: string | undefined): void;
  jobFinished(job: JobDetails): void;
  /** A file was held for review (nothing sent; it waits for a person). */
  jobHeld(job: JobDetails): void;
  /** The runner's queue or tracking changed size. */
  queueChanged(): void;
}

export class PracticeRunner {
  private watcher?: InboxWatcher;
  private inboxTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly queue: string[] = [];
  /** Jobs this runner owns now (queued, sending or tracking). */
  private readonly active = new Set<string>();
  /** Inbox paths being taken in right now. */
  private readonly taking = new Set<string>();
  private readonly tracking = new Map<string, Promise<void>>();
  private pumping?: Promise<void>;
  private credentialsPaused = false;
  private intake: Promise<void> = Promise.resolve();
  /** Held jobs released for another reading that has not decided yet (their review is open). */
  private readonly rereading = new Set<string>();
  private releasing: Promise<number> = Promise.resolve(0);
  readonly ctx: PracticeContext;

  constructor(
    readonly practice: PracticeSettings,
    private readonly svc: EngineServices,
    client: PracticeContext['client'],
    ledger: PracticeContext['ledger'],
    private readonly hooks: PracticeRunnerHooks,
    private readonly engineIsPaused: () => boolean,
    private readonly stabilityMs: number,
    private readonly inboxCheckMs: number = INBOX_CHECK_MS,
    memory?: PracticeMemory,
  ) {
    this.ctx = {
      practice,
      client,
      ledger,
      memory: memory ?? practiceMemoryInProcess(),
      settingsSince: svc.clock().getTime(),
      pauseForCredentials: (message) => {
        this.credentialsPaused = true;
        hooks.credentialsRefused(practice, message);
      },
      isPaused: () => this.credentialsPaused || this.engineIsPaused(),
      reportUnreachable: (message) => hooks.unreachable(practice, message),
    };
  }

  get pending(): number {
    return this.queue.length + this.tracking.size;
  }

  /** Released held jobs whose new reading has not decided yet. */
  get reviewOpen(): number {
    return this.rereading.size;
  }

  get credentialsRefused(): boolean {
    return this.credentialsPaused;
  }

  owns(jobId: string): boolean {
    return this.active.has(jobId);
  }

  /** True while the inbox is being watched. */
  get watching(): boolean {
    return this.watcher !== undefined;
  }

  /**
   * Resume the jobs the journal says are unfinished, then watch the inbox. Returns false when the
   * inbox cannot be watched yet (the problem is raised); it is tried again every check.
   */
  async start(unfinished: JobDetails[]): Promise<boolean> {
    for (const job of unfinished) this.adopt(job);
    const ok = await this.watchInbox();
    this.scheduleInboxCheck();
    return ok;
  }

  private async watchInbox(): Promise<boolean> {
    try {
      await fs.mkdir(this.practice.inbox, { recursive: true });
      // In the background: a large processed/ must not delay the watcher (best effort, never throws).
      void tightenArchiveFolders(this.practice.inbox);
    } catch (err) {
      this.hooks.inboxProblem(
        this.practice,
        `The inbox folder ${this.practice.inbox} cannot be used: ${(err as Error).message}`,
      );
      return false;
    }
    const watcher = new InboxWatcher({
      dir: this.practice.inbox,
      stabilityMs: this.stabilityMs,
      polling: this.practice.polling,
      onFile: (file) => this.take(file),
      onUnreadable: (file, why) => this.hooks.fileUnreadable(this.practice, file, why),
      onError: (err) =>
        this.svc.log.warn('inbox watcher', { practice: this.practice.name, error: err.message }),
    });
    await watcher.start();
    if (this.stopped) {
      await watcher.close();
      return false;
    }
    this.watcher = watcher;
    this.hooks.inboxProblem(this.practice, undefined);
    return true;
  }

  private scheduleInboxCheck(): void {
    if (this.stopped) return;
    this.inboxTimer = setTimeout(() => {
      void this.checkInbox()
        .catch((err: unknown) =>
          this.svc.log.warn('inbox check', { practice: this.practice.name, error: (err as Error).message }),
        )
        .finally(() => this.scheduleInboxCheck());
    }, this.inboxCheckMs);
    this.inboxTimer.unref?.();
  }

  /**
   * Why: the app starts with the computer, often before a network share is connected, and a share
   * can drop during the day; OS events over a share can also be missed. So every check: an inbox
   * that could not be watched is tried again; a watched one that is gone is reported and watched
   * anew when it is back (its initial scan takes what arrived meanwhile); and the folder is looked
   * at once more, so an export whose event was missed is still taken (never twice: the watcher
   * remembers what it handed over).
   */
  private async checkInbox(): Promise<void> {
    if (this.stopped) return;
    // A mapping confirmed elsewhere (the command line) since a file was held: read it again.
    await this.releaseHeld('changed');
    if (!this.watcher) {
      if (await this.watchInbox()) this.svc.log.info('inbox back', { practice: this.practice.name });
      return;
    }
    try {
      const st = await fs.stat(this.practice.inbox);
      if (!st.isDirectory()) throw new Error('it is not a folder');
    } catch (err) {
      const lost = this.watcher;
      this.watcher = undefined;
      await lost.close();
      this.svc.log.warn('inbox lost', { practice: this.practice.name });
      this.hooks.inboxProblem(
        this.practice,
        `The inbox folder ${this.practice.inbox} cannot be reached: ${(err as Error).message}`,
      );
      return;
    }
    await this.watcher.sweep();
  }

  async rescan(): Promise<void> {
    await this.watcher?.rescan();
  }

  /**
   * Read held files again: 'all' after a person confirmed this practice's mapping (the desktop
   * app), 'changed' only those whose mapping or practice memory changed since they were held
   * (every inbox check). Jobs already queued (e.g. re-read at start) are left alone. Returns
   * how many were released.
   */
  releaseHeld(which: 'all' | 'changed'): Promise<number> {
    const run = this.releasing.then(() => this.releaseNow(which));
    this.releasing = run.catch(() => 0);
    return run;
  }

  private async releaseNow(which: 'all' | 'changed'): Promise<number> {
    if (this.stopped || this.svc.signal.aborted) return 0;
    const held = this.svc.journal.held(this.practice.name).filter((j) => !this.active.has(j.id));
    if (held.length === 0) return 0;
    const key =
      which === 'changed' ? await reviewKey(this.ctx.practice, this.ctx.memory, this.ctx.settingsSince) : '';
    let n = 0;
    // Oldest first, as they arrived.
    for (const job of held.reverse()) {
      if (which === 'changed' && job.heldUnder === key) continue;
      const released = await write(this.svc, job, {
        state: 'received',
        doubts: undefined,
        heldUnder: undefined,
        reason: undefined,
        advice: undefined,
      });
      this.rereading.add(job.id);
      this.svc.log.info('held job released for another reading', {
        job: job.id,
        practice: this.practice.name,
      });
      this.enqueue(released);
      n++;
    }
    return n;
  }

  /** Credentials fixed (or the user pressed Resume): try again. */
  resume(): void {
    this.credentialsPaused = false;
    this.kick();
  }

  /** Wait for the intake, the queue and tracking to drain (or to stop on pause). */
  async settled(): Promise<void> {
    for (;;) {
      await this.intake;
      await this.pumping;
      await Promise.all(this.tracking.values());
      if (!this.pumping && this.tracking.size === 0 && (this.queue.length === 0 || this.ctx.isPaused()))
        return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.inboxTimer) clearTimeout(this.inboxTimer);
    await this.watcher?.close();
    // Let the step in flight finish its write; waits and polls end at once (signal aborted).
    await this.intake.catch(() => undefined);
    await this.pumping?.catch(() => undefined);
    await Promise.all([...this.tracking.values()].map((p) => p.catch(() => undefined)));
    await this.ctx.ledger.close?.();
  }

  /** Take a stable file: serialised, so two copies of one export never race each other. */
  take(file: string): void {
    this.intake = this.intake
      .then(() => this.takeOne(file))
      .catch((err: unknown) => {
        // The file is still in the inbox (e.g. an antivirus or the exporter held it while it was
        // moved): let the next inbox check take it again rather than leave it there unnoticed.
        this.watcher?.forget(file);
        this.svc.log.error('intake failed; tried again at the next inbox check', {
          practice: this.practice.name,
          error: (err as Error).message,
        });
      });
  }

  private async takeOne(file: string): Promise<void> {
    if (this.svc.signal.aborted || this.taking.has(file)) return;
    // A patient table for an export that needs one stays in the inbox; it is read with that export.
    if (isCompanionTable(file)) return this.companionArrived(file);
    this.taking.add(file);
    try {
      let hash: string;
      try {
        hash = await sha256File(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw err;
      }
      const now = this.svc.clock();
      const known = this.svc.journal.findByContentHash(this.practice.name, hash);
      if (known && this.active.has(known.id)) {
        // The same content is being handled right now: its file is already in processing/.
        if (known.sourcePath === file && !known.archivedPath) return;
        await this.recordDuplicate(file, hash, known, now);
        return;
      }
      if (known?.state === 'held') {
        await this.recordDuplicate(file, hash, known, now);
        return;
      }
      const handled =
        known && (known.state === 'processed' || known.state === 'accepted' || known.state === 'tracked');
      if (handled) {
        // Only the same bytes as the LATEST export of this name are nothing new. Booked →
        // cancelled → booked again writes the first file's bytes a third time, and that one must
        // go (the ledger then sends just what changed since the second).
        const latest = this.svc.journal.latestByFile(this.practice.name, path.basename(file));
        if (!latest || latest.contentHash === hash) {
          await this.recordDuplicate(file, hash, known, now);
          return;
        }
      }
      if (known && !handled) {
        // A failed job's file put back into the inbox (Retry): the same job goes on, and batches
        // Medfusion already accepted are not sent again.
        const moved = await moveNoClobber(file, this.processingDir(), `${known.id}-${known.file}`);
        const job = await write(this.svc, known, {
          state: 'received',
          // Refused batches are tried again; accepted ones stay settled and are not re-sent.
          batches: known.batches.map((b) =>
            batchAccepted(b) ? b : { index: b.index, appointmentIds: b.appointmentIds },
          ),
          archivedPath: moved,
          sourcePath: file,
          reason: undefined,
          advice: undefined,
          finishedAt: undefined,
          attempts: 0,
          nextAttemptAt: undefined,
        });
        this.svc.log.info('job retried', { job: job.id, practice: this.practice.name });
        this.enqueue(job);
        return;
      }
      const job = newJob({
        id: newJobId(now),
        file,
        practice: this.practice.name,
        at: now,
        contentHash: hash,
      });
      // Recorded (fsynced) before the file moves and long before anything is sent.
      await this.svc.journal.create(job);
      this.svc.changed(job);
      const moved = await moveNoClobber(file, this.processingDir(), `${job.id}-${job.file}`);
      const taken = await write(this.svc, job, { archivedPath: moved });
      this.svc.log.info('job received', { job: job.id, practice: this.practice.name });
      this.enqueue(taken);
    } finally {
      this.taking.delete(file);
    }
  }

  /** Exports that failed for want of this table go again now that it is here. */
  private async companionArrived(file: string): Promise<void> {
    for (const job of jobsWaitingFor(file, this.practice.name, this.svc.journal)) {
      const r = await retryJob(this.svc.journal, job.id, this.practice);
      this.svc.log.info('companion table arrived; failed export sent again', { job: job.id, ok: r.ok });
      if (r.ok && r.file) this.take(r.file);
    }
  }

  private processingDir(): string {
    return path.join(this.practice.inbox, PROCESSING_DIR);
  }

  private async recordDuplicate(file: string, hash: string, original: JobDetails, now: Date): Promise<void> {
    const job = newJob({ id: newJobId(now), file, practice: this.practice.name, at: now, contentHash: hash });
    await this.svc.journal.create(job);
    const moved = await moveNoClobber(file, processedDir(this.practice.inbox, now), job.file);
    const done = await write(this.svc, job, {
      state: 'processed',
      finishedAt: this.svc.clock().toISOString(),
      archivedPath: moved,
      reason:
        original.state === 'held'
          ? `Same content as ${original.file} (job ${original.id}), which is held for review: this copy is not read again.`
          : `Same content as ${original.file} (job ${original.id}), already handled: nothing sent again.`,
    });
    this.svc.log.info('duplicate file', { job: job.id, original: original.id, practice: this.practice.name });
    this.hooks.jobFinished(done);
  }

  /** A job found unfinished in the journal at start. */
  private adopt(job: JobDetails): void {
    if (job.state === 'accepted' || job.state === 'tracked') {
      this.active.add(job.id);
      this.startTracking(job);
      return;
    }
    if (job.state === 'received' && !job.archivedPath) {
      // Killed between recording the job and moving its file: finish the move, then queue it.
      this.active.add(job.id);
      this.intake = this.intake
        .then(() => this.moveLateFile(job))
        .catch((err: unknown) => {
          this.svc.log.error('resume failed', { job: job.id, error: (err as Error).message });
        });
      return;
    }
    this.enqueue(job);
  }

  private async moveLateFile(job: JobDetails): Promise<void> {
    const src = job.sourcePath;
    const target = processingPath(this.practice.inbox, job.id, job.file);
    let now = job;
    if (await fs.stat(target).catch(() => undefined)) {
      now = await write(this.svc, job, { archivedPath: target });
    } else if (src && (await sha256File(src).catch(() => undefined)) === job.contentHash) {
      const moved = await moveNoClobber(src, path.dirname(target), path.basename(target));
      now = await write(this.svc, job, { archivedPath: moved });
    }
    // With no file found anywhere, sendJob records it as failed with the reason.
    this.enqueue(now);
  }

  private enqueue(job: JobDetails): void {
    this.active.add(job.id);
    if (!this.queue.includes(job.id)) this.queue.push(job.id);
    this.hooks.queueChanged();
    this.kick();
  }

  private kick(): void {
    if (this.pumping || this.svc.signal.aborted) return;
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      this.hooks.queueChanged();
    });
  }

  private async pump(): Promise<void> {
    while (this.queue.length && !this.ctx.isPaused() && !this.svc.signal.aborted) {
      const id = this.queue[0]!;
      const job = this.svc.journal.get(id);
      if (!job) {
        this.queue.shift();
        this.active.delete(id);
        continue;
      }
      let result;
      try {
        result = await sendJob(this.svc, this.ctx, job);
      } catch (err) {
        this.rereading.delete(id);
        // A bug or a full disk: the job stays unfinished in the journal and is tried at the next start.
        this.svc.log.error('job step failed', {
          job: id,
          practice: this.practice.name,
          error: (err as Error).message,
        });
        this.queue.shift();
        this.active.delete(id);
        continue;
      }
      if (result === 'paused' || result === 'stopped') return;
      this.queue.shift();
      this.rereading.delete(id);
      this.hooks.queueChanged();
      const now = this.svc.journal.get(id);
      if (result === 'held') {
        this.active.delete(id);
        if (now) this.hooks.jobHeld(now);
      } else if (result === 'accepted' && now) this.startTracking(now);
      else {
        this.active.delete(id);
        if (now) this.hooks.jobFinished(now);
      }
    }
  }

  private startTracking(job: JobDetails): void {
    const p = finishJob(this.svc, this.ctx, job)
      .then((finished) => {
        if (!finished) return;
        const now = this.svc.journal.get(job.id);
        if (now) this.hooks.jobFinished(now);
      })
      .catch((err: unknown) => {
        this.svc.log.error('tracking failed', { job: job.id, error: (err as Error).message });
      })
      .finally(() => {
        this.tracking.delete(job.id);
        this.active.delete(job.id);
        this.hooks.queueChanged();
      });
    this.tracking.set(job.id, p);
    this.hooks.queueChanged();
  }
}
