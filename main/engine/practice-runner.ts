// One practice at work: its inbox watcher, its queue of jobs (one job, and so one batch, in
// flight at a time, in arrival order), its pause state (a refused sign-in, or a person's timed
// pause, pause-timer.ts, which leaves new exports in the inbox untouched), and what a failed step
// waits for (tried again at every inbox check, with a problem meanwhile). The
// steps themselves live elsewhere, entered once each in the order a file meets them: intake.ts
// (a stable file becomes a durable job), then job/run-job.ts (plan → send → archive → track: the
// job lets the queue go once accepted and is tracked beside it). Practices never wait for each
// other: each has its own queue, and HTTP slots are shared only per request.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PracticeSettings } from '../model/settings.ts';
import type { JobDetails } from '../model/status-and-jobs.ts';
import { InboxWatcher } from './watch/inbox-watcher.ts';
import { INBOX_CHECK_MS } from './schedule/backoff.ts';
import { tightenArchiveFolders } from './archive/inbox-folders.ts';
import { resumeIntake, takeIn, type IntakeResult } from './intake.ts';
import { isCompanionTable } from '../import/join-files.ts';
import { runJob, type InQueue } from './job/run-job.ts';
import { FiledGrowth, type Rewritten } from './filed-growth.ts';
import type { EngineServices, PracticeContext } from './job/job-context.ts';
import { practiceMemoryInProcess, type PracticeMemory } from './practice-memory.ts';
import { PauseTimer } from './pause-timer.ts';
import { releaseHeldJobs } from './job/hold-job.ts';
import { StepJournal, stepClient, stepLedger } from './job/step-journal.ts';
import { StepProblems, type StalledStep } from './step-problems.ts';
import type { Problem } from '../model/status-and-jobs.ts';

export interface PracticeRunnerHooks {
  credentialsRefused(practice: PracticeSettings, message: string): void;
  unreachable(practice: PracticeSettings, message: string | undefined): void;
  inboxProblem(practice: PracticeSettings, message: string | undefined): void;
  /** Why this inbox may not be watched now (another practice's folder, the data folder…). */
  inboxClash?(practice: PracticeSettings): Promise<string | undefined>;
  /** A file in the inbox cannot be read (why), or can again (undefined). */
  fileUnreadable(practice: PracticeSettings, file: string, why: string | undefined): void;
  jobFinished(job: JobDetails): void;
  /** A file was held for review (nothing sent; it waits for a person). */
  jobHeld(job: JobDetails): void;
  /** The runner's queue or tracking changed size. */
  queueChanged(): void;
  /** A job step (or taking a file in) failed and waits for the next inbox check (a problem), or
   *  succeeded again (undefined: the problem with this id is resolved). */
  stepProblem(id: string, problem: Problem | undefined): void;
  /** A person's timed pause ended (its time came, or Resume): forget it durably. */
  pauseEnded?(practice: PracticeSettings): void;
  /** Something the practice's status line shows changed (watching, files left in the inbox). */
  statusChanged?(): void;
}

/** What a practice's runner is made of (built by engine.ts, one per practice). */
export interface PracticeRunnerOptions {
  practice: PracticeSettings;
  /** The engine-wide services; the runner wraps the journal so a failed write is kept. */
  svc: EngineServices;
  client: PracticeContext['client'];
  ledger: PracticeContext['ledger'];
  hooks: PracticeRunnerHooks;
  /** The whole engine is paused: nothing more is sent until it resumes. */
  engineIsPaused: () => boolean;
  /** How long a file must stay unchanged before it is taken in (ms). */
  stabilityMs: number;
  /** How often the inbox is looked at again and a failed step tried again (ms). */
  inboxCheckMs?: number | undefined;
  /** The practice's durable memory (date order); kept in process only when not given. */
  memory?: PracticeMemory | undefined;
  /** The built-in demo practice (data-dir.ts isDemoPractice). */
  demo?: boolean;
}

/** What a job's run came to for the queue: it let the queue go ('left'), stopped in it (InQueue),
 *  or failed a step there ('failed': the queue waits behind it until the next inbox check). */
type QueueStep = 'left' | 'failed' | InQueue;

export class PracticeRunner {
  private watcher?: InboxWatcher;
  private inboxTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly queue: string[] = [];
  /** Jobs this runner owns now (queued, sending or tracking). */
  private readonly active = new Set<string>();
  /** Inbox paths being taken in right now. */
  private readonly taking = new Set<string>();
  /** Jobs that let the queue go and whose run has not ended: being tracked (or, for a moment,
   *  reporting that they were held or finished). Each promise ends with its run. */
  private readonly tracking = new Map<string, Promise<void>>();
  private pumping?: Promise<void>;
  private credentialsPaused = false;
  private intake: Promise<void> = Promise.resolve();
  /** Held jobs released for another reading that has not decided yet (their review is open). */
  private readonly rereading = new Set<string>();
  private releasing: Promise<number> = Promise.resolve(0);
  /** Failed steps and intakes: tried again at the next inbox check, with a problem meanwhile. */
  private readonly failures: StepProblems;
  /** The job at the head of the queue failed a step: the queue waits behind it (arrival order is
   *  kept, so an older export never overtakes a newer one) until the next inbox check. */
  private queueWaits = false;
  /** A person's timed pause: exports stay in the inbox until it ends. */
  private readonly pause: PauseTimer;
  private readonly journal: StepJournal;
  private readonly svc: EngineServices;
  readonly ctx: PracticeContext;

  readonly practice: PracticeSettings;
  private readonly hooks: PracticeRunnerHooks;
  private readonly engineIsPaused: () => boolean;
  private readonly stabilityMs: number;
  private readonly inboxCheckMs: number;
  /** Files of finished jobs an exporter may still be writing (filed-growth.ts). */
  private readonly grown: FiledGrowth;

  constructor(opts: PracticeRunnerOptions) {
    const { practice, svc, client, ledger, hooks, memory } = opts;
    this.practice = practice;
    this.hooks = hooks;
    this.engineIsPaused = opts.engineIsPaused;
    this.stabilityMs = opts.stabilityMs;
    this.inboxCheckMs = opts.inboxCheckMs ?? INBOX_CHECK_MS;
    // Every durable step of a job passes a step point; a journal write that failed is kept.
    this.journal = new StepJournal(svc.journal);
    this.svc = { ...svc, journal: this.journal };
    this.failures = new StepProblems(practice, this.svc, (id, problem) => hooks.stepProblem(id, problem));
    this.pause = new PauseTimer(svc.clock, () => this.endPause());
    this.ctx = {
      practice,
      client: stepClient(client),
      ledger: stepLedger(ledger, `the change-detection memory of ${practice.name} in the data folder`),
      memory: memory ?? practiceMemoryInProcess(),
      settingsSince: svc.clock().getTime(),
      stabilityMs: opts.stabilityMs,
      demo: opts.demo === true,
      pauseForCredentials: (message) => {
        this.credentialsPaused = true;
        hooks.credentialsRefused(practice, message);
      },
      // Waiting for the next inbox check to retry a failed step counts as paused: `settled()` and
      // `run --once` do not wait for it.
      isPaused: () => this.credentialsPaused || this.engineIsPaused() || this.queueWaits || this.pause.paused,
      reportUnreachable: (message) => hooks.unreachable(practice, message),
    };
    this.grown = new FiledGrowth(this.svc, this.ctx, opts.stabilityMs);
  }

  get pending(): number {
    return this.queue.length + this.tracking.size;
  }

  /** Released held jobs whose new reading has not decided yet. */
  get reviewOpen(): number {
    return this.rereading.size;
  }

  /** True while the inbox is being watched. */
  get watching(): boolean {
    return this.watcher !== undefined;
  }

  /** Until when a person paused this practice (ISO), if they did. */
  get pausedUntil(): string | undefined {
    return this.pause.until;
  }

  /** Exports waiting in the inbox because of the pause. */
  get waitingInInbox(): number {
    return this.pause.waiting;
  }

  /**
   * A person paused this practice until `until` (or paused it again: the new time counts). What
   * is being sent stops at the next batch; new exports are left in the inbox, untouched, and
   * taken when the pause ends: by itself at its time, or on Resume. Set before start() (a pause
   * that survived a restart), the first look at the inbox already leaves the files there.
   */
  pauseUntil(until: Date): void {
    this.pause.start(until);
    this.hooks.statusChanged?.();
  }

  /**
   * End the person's pause (Resume, or its time came). The files left in the inbox are looked at
   * again and taken, oldest first, as if they had just arrived. Returns false when not paused.
   */
  endPause(): boolean {
    if (!this.pause.end()) return false;
    this.svc.log.info('practice pause ended', { practice: this.practice.name });
    this.hooks.pauseEnded?.(this.practice);
    this.hooks.statusChanged?.();
    if (!this.stopped) {
      void this.watcher?.rescan();
      this.kick();
    }
    return true;
  }

  /** *Send now*: look at the inbox now (and try a failed step again) instead of at the next check.
   *  Returns false while a person's pause holds the practice. */
  async checkNow(): Promise<boolean> {
    if (this.pause.paused || this.stopped) return false;
    await this.checkInbox();
    await this.watcher?.rescan();
    return true;
  }

  /**
   * Resume the jobs the journal says are unfinished, then watch the inbox. Returns false when the
   * inbox cannot be watched yet (the problem is raised); it is tried again every check.
   */
  async start(unfinished: JobDetails[]): Promise<boolean> {
    for (const job of unfinished) this.adopt(job);
    // Files filed shortly before a restart may still be written on (filed-growth.ts).
    this.grown.watchRecent();
    const ok = await this.watchInbox();
    this.scheduleInboxCheck();
    return ok;
  }

  private async watchInbox(): Promise<boolean> {
    // Checked before the folder is made, and again at every attempt: a link or a share may have
    // appeared since the settings were saved (inbox-rules.ts).
    const clash = await this.hooks.inboxClash?.(this.practice);
    if (clash) {
      this.hooks.inboxProblem(
        this.practice,
        `The inbox folder ${this.practice.inbox} is not used: ${clash}.`,
      );
      return false;
    }
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
    // A timer does not run while the computer sleeps: a pause whose time passed meanwhile ends at
    // the first check after waking, not an hour of waking time later.
    if (this.pause.isDue()) this.endPause();
    try {
      await this.lookAtInbox();
    } finally {
      // A failed step is tried again at every check (after the inbox, which it may need).
      await this.retryStalled();
      // A filed file its exporter went on writing: the same job reads it again.
      const grown = await this.grown.check();
      for (const job of grown.reopened) this.adopt(job);
      for (const r of grown.rewritten) this.takeRewritten(r);
      await this.failures.dropGoneIntakeFiles();
      if (await this.pause.dropGone()) this.hooks.statusChanged?.();
    }
  }

  private async lookAtInbox(): Promise<void> {
    // A mapping confirmed elsewhere (the command line) since a file was held: read it again.
    await this.releaseHeld('changed');
    if (!this.watcher) {
      if (await this.watchInbox()) {
        this.svc.log.info('inbox back', { practice: this.practice.name });
        this.hooks.statusChanged?.();
      }
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
      this.hooks.statusChanged?.();
      return;
    }
    await this.watcher.sweep();
  }

  async rescan(): Promise<void> {
    await this.watcher?.rescan();
  }

  /** The watcher's first look at the inbox is over (InboxWatcher.firstLook); at once when the
   *  inbox is not watched. */
  async firstLook(): Promise<void> {
    await this.watcher?.firstLook();
  }

  /** Look at the inbox once more for files not handed over yet (never hands a file twice). */
  async sweep(): Promise<void> {
    await this.watcher?.sweep();
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
    return releaseHeldJobs(this.svc, this.ctx, which, {
      skip: (id) => this.active.has(id),
      released: (job) => {
        this.rereading.add(job.id);
        this.enqueue(job);
      },
    });
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
      // Stopped: the queue keeps its jobs for the next start, and nothing runs that could empty
      // it. Without this the loop awaited only settled promises: a core spun and the stop hung.
      if (this.stopped || this.svc.signal.aborted) return;
      if (!this.pumping && this.tracking.size === 0 && (this.queue.length === 0 || this.ctx.isPaused()))
        return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.inboxTimer) clearTimeout(this.inboxTimer);
    this.pause.stop();
    await this.watcher?.close();
    // Let the step in flight finish its write; waits and polls end at once (signal aborted).
    await this.intake.catch(() => undefined);
    await this.pumping?.catch(() => undefined);
    await Promise.all([...this.tracking.values()].map((p) => p.catch(() => undefined)));
    // Journal changes kept from a failed write: one last try (a full disk may have been freed),
    // so a restart does not repeat a step that already happened.
    for (const id of this.journal.keptJobs()) {
      await this.journal
        .writeKept(id)
        .catch((err: unknown) =>
          this.svc.log.error('journal change lost at stop', { job: id, error: (err as Error).message }),
        );
    }
    await this.ctx.ledger.close?.();
  }

  /** Take a stable file: serialised, so two copies of one export never race each other. */
  take(file: string): void {
    if (this.pause.paused) {
      // Paused by a person: the export stays in the inbox as it is (nothing read, moved or
      // journaled). The watcher forgets it, so the end of the pause (a rescan) takes it.
      this.watcher?.forget(file);
      if (!isCompanionTable(file) && this.pause.leave(file)) this.hooks.statusChanged?.();
      return;
    }
    this.intake = this.intake
      .then(() => this.takeOne(file))
      .then(() => this.failures.intakeWentThrough(file))
      .catch((err: unknown) => {
        // Still in the inbox: the next inbox check takes it again.
        this.watcher?.forget(file);
        this.failures.intakeFailed(file, err);
      });
  }

  /** A filed export written again from its start (filed-growth.ts): its copy taken in as a job
   *  of its own, on the intake chain like any file. Failing, it is logged and left, as it was. */
  private takeRewritten(r: Rewritten): void {
    const dir = path.dirname(r.file);
    this.intake = this.intake
      .then(async () => {
        if (this.svc.signal.aborted) return;
        const taken = await takeIn(this.svc, this.ctx, r.file, (id) => this.active.has(id), {
          rewriteOf: r.rewriteOf,
        });
        this.afterIntake(taken);
      })
      .catch((err: unknown) =>
        this.svc.log.warn('filed file written again; taking it in failed', {
          job: r.rewriteOf,
          error: (err as Error).message,
        }),
      )
      .finally(() => fs.rm(dir, { recursive: true, force: true }).catch(() => {}));
  }

  /** A job step failed: it stays this runner's until the step goes through. */
  private stall(jobId: string, step: StalledStep, err: unknown): void {
    this.active.add(jobId);
    this.failures.stall(jobId, step, err);
  }

  private unstall(jobId: string): void {
    this.failures.unstall(jobId);
  }

  /** At every inbox check: first write what a failed journal write kept, then the step again. */
  private async retryStalled(): Promise<void> {
    if (this.stopped || this.svc.signal.aborted) return;
    for (const [id, step] of this.failures.stalledJobs()) {
      try {
        await this.journal.writeKept(id);
      } catch (err) {
        this.stall(id, step, err);
        continue;
      }
      const job = this.svc.journal.get(id);
      if (!job) {
        this.unstall(id);
        continue;
      }
      if (step === 'send') this.queueWaits = false;
      else if (step === 'track') void this.run(job);
      else this.resumeIntake(job);
    }
    this.kick();
  }

  /** Intake (intake.ts), then what it came to. */
  private async takeOne(file: string): Promise<void> {
    if (this.svc.signal.aborted || this.taking.has(file)) return;
    this.taking.add(file);
    let taken;
    try {
      taken = await takeIn(this.svc, this.ctx, file, (id) => this.active.has(id));
    } finally {
      this.taking.delete(file);
    }
    this.afterIntake(taken);
  }

  /** A job queued, a job finished (a duplicate), a job to track, or the exports a companion table
   *  was waited for taken again. */
  private afterIntake(taken: IntakeResult): void {
    if (taken.kind === 'queued') this.enqueue(taken.job);
    else if (taken.kind === 'finished') this.hooks.jobFinished(taken.job);
    else if (taken.kind === 'accepted') void this.run(taken.job);
    else if (taken.kind === 'companion') for (const f of taken.retake) this.take(f);
  }

  /** A job found unfinished in the journal at start. */
  private adopt(job: JobDetails): void {
    if (job.state === 'accepted' || job.state === 'tracked') {
      void this.run(job); // lets the queue go at once: only its tracking is left
      return;
    }
    if (job.duplicateOf || (job.state === 'received' && !job.archivedPath)) {
      this.resumeIntake(job);
      return;
    }
    this.enqueue(job);
  }

  /** Killed while taking a file in (intake.ts resumeIntake). On the intake chain, so the
   *  watcher's first look at the inbox cannot take the same file meanwhile. */
  private resumeIntake(job: JobDetails): void {
    this.active.add(job.id);
    this.intake = this.intake
      .then(async () => {
        const taken = await resumeIntake(this.svc, this.ctx, job);
        this.unstall(job.id);
        if (taken.kind !== 'queued' && taken.kind !== 'accepted') this.active.delete(job.id);
        this.afterIntake(taken);
      })
      .catch((err: unknown) => this.stall(job.id, 'resume', err));
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
      // A job queued while the loop was ending (between its last look at the queue and here)
      // found `pumping` still set and did not start it: without this it waited for the next
      // inbox check, 30 s later.
      if (this.queue.length > 0 && !this.stopped && !this.ctx.isPaused()) this.kick();
    });
  }

  /** One job at a time, in arrival order: the next starts once the head lets the queue go. */
  private async pump(): Promise<void> {
    while (this.queue.length && !this.ctx.isPaused() && !this.svc.signal.aborted) {
      const id = this.queue[0]!;
      const job = this.svc.journal.get(id);
      if (!job) {
        this.queue.shift();
        this.active.delete(id);
        continue;
      }
      const step = await this.run(job);
      if (step === 'again') continue; // the same job, read again before the next file
      if (step !== 'left') return; // paused, stopped, or failed: the job keeps its place
    }
  }

  /**
   * Run one job (job/run-job.ts) from the step its journal state says. Resolves once the job lets
   * the queue go ('left': its tracking goes on, kept in `tracking` until its run ends) or ends in
   * it. A job run from outside the queue (accepted before a restart, a failed tracking tried
   * again) lets it go at once.
   */
  private run(job: JobDetails): Promise<QueueStep> {
    const id = job.id;
    this.active.add(id);
    return new Promise<QueueStep>((queueStep) => {
      let left = false;
      let ended = () => {};
      const leaveQueue = () => {
        left = true;
        if (this.queue[0] === id) this.queue.shift();
        this.rereading.delete(id);
        // The queue part went through; a failed tracking stays a problem until tracking does.
        if (this.failures.stalledStep(id) === 'send') this.unstall(id);
        // Kept until the run ends (settled() and stop() wait for it), also when held or finished:
        // the engine hears of those right after.
        this.tracking.set(id, new Promise<void>((r) => (ended = r)));
        this.hooks.queueChanged();
        queueStep('left');
      };
      runJob(this.svc, this.ctx, job, leaveQueue)
        .then(
          (end) => {
            if (!left) {
              this.unstall(id);
              queueStep(end as InQueue);
              return;
            }
            if (end === 'stopped') return;
            this.unstall(id);
            const now = this.svc.journal.get(id);
            if (now && end === 'held') this.hooks.jobHeld(now);
            else if (now) {
              this.grown.note(now);
              this.hooks.jobFinished(now);
            }
          },
          (err: unknown) => {
            if (left) return this.stall(id, 'track', err);
            // A full disk, a folder not writable, a share gone: the job keeps its place at the
            // head of the queue and is tried again at the next inbox check; a person is told.
            this.rereading.delete(id);
            this.queueWaits = true;
            this.stall(id, 'send', err);
            queueStep('failed');
          },
        )
        .finally(() => {
          if (!left) return;
          if (!this.failures.stalledStep(id)) this.active.delete(id);
          if (this.tracking.delete(id)) this.hooks.queueChanged();
          ended();
        });
    });
  }
}
