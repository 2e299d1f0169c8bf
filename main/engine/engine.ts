// The connector engine: for every practice in the settings it watches the inbox, turns each
// export into a durable job, sends it in validated batches, tracks Medfusion's verdict and files
// the export away. Headless: it takes its dependencies as arguments and never imports Electron;
// the desktop app, the command line and the tests drive it through this class.
import type { PracticeSettings, Settings } from '../model/settings.ts';
import type { EngineStatus, JobDetails, JobSummary } from '../model/status-and-jobs.ts';
import type { CreateClient, EngineClient, EngineLogger } from './engine-ports.ts';
import { silentLogger } from './engine-ports.ts';
import { SEND_BACKOFF, TRACK_POLL, type BackoffPolicy, type PollPolicy } from './schedule/backoff.ts';
import { Semaphore } from './schedule/semaphore.ts';
import { StatusBoard } from './status/status-board.ts';
import { PracticeRunner } from './practice-runner.ts';
import type { EngineServices, ImportFn, JobJournal, JobProgress, Ledger } from './job/job-context.ts';
import { abortedAfter, STOP_GRACE_MS } from './job/job-context.ts';
import { retryJob, type RetryResult } from './retry-job.ts';
import { problemFor } from './status/problems.ts';
import { needsHandling, notHandleable, stillHandled } from './status/handled.ts';
import type { PracticeMemory } from './practice-memory.ts';
import { acceptanceOf, acceptCancellations, acceptedText, massCancelOf } from './job/mass-cancel.ts';
import { isDemoPractice } from './settings/data-dir.ts';
import { inboxClashNow } from './settings/inbox-rules.ts';
import { pauseStoreInProcess, type PauseStore, type PracticePause } from './practice-pauses.ts';
import { practiceLine } from './status/practice-status.ts';
import { belongsTo, practiceOfJob } from './job-practice.ts';

export interface EngineOptions {
  settings: Settings;
  journal: JobJournal;
  createClient: CreateClient;
  /** Change detection for one practice (its own folder under the data folder). */
  openLedger: (practice: PracticeSettings) => Promise<Ledger>;
  importExport: ImportFn;
  clock?: () => Date;
  logger?: EngineLogger;
  sendPolicy?: BackoffPolicy;
  pollPolicy?: PollPolicy;
  /** HTTP requests in flight over all practices (default 4). */
  maxInFlight?: number;
  /** How long a request in flight may still be answered after a stop (default STOP_GRACE_MS:
   *  the command line stops within a second). The desktop app's Quit waits longer, so a batch
   *  Medfusion is slow to answer is recorded instead of being sent again at the next start. */
  stopGraceMs?: number;
  random?: () => number;
  version?: string;
  /** Delete history and archived files older than settings.retentionDays (called daily). */
  applyRetention?: (settings: Settings) => Promise<void>;
  /** How often each inbox is checked: reconnected when it was unreachable, looked at again (and
   *  held files whose mapping was confirmed meanwhile are read again). */
  inboxCheckMs?: number;
  /** What the connector remembers per practice (settled date order, confirmed mapping); default:
   *  kept in this process only. */
  practiceMemory?: (practice: PracticeSettings) => PracticeMemory;
  /** The data folder: no inbox may be it, lie inside it or contain it. */
  dataDir?: string;
  /** Where a person's timed pauses of practices are kept (practice-pauses.ts); default: kept in
   *  this process only. */
  pauseStore?: PauseStore;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class Engine {
  private readonly board = new StatusBoard();
  /** By practice key (credentialKey, see job-practice.ts), never by name: a rename keeps them. */
  private readonly runners = new Map<string, PracticeRunner>();
  private readonly jobListeners = new Set<(job: JobDetails) => void>();
  private readonly progressListeners = new Set<(p: JobProgress) => void>();
  private controller = new AbortController();
  private paused = false;
  private settings: Settings;
  private retentionTimer?: NodeJS.Timeout;
  private started = false;
  private starting = false;
  private startup?: Promise<void>;
  private readonly http: Semaphore;
  /** Failed jobs a person marked as handled (read from the journal at start): not counted as
   *  failed, no problem raised for them. */
  private readonly handled = new Set<string>();
  /** Per practice (by key), the job whose refused rows its `rows:` problem is about. */
  private readonly rowsJob = new Map<string, string>();
  /** A person's timed pauses, by credentialKey (kept in the pause store). */
  private pauses = new Map<string, PracticePause>();
  private readonly pauseStore: PauseStore;
  /** Per practice (by key), its newest job: the status panel's "last export". */
  private readonly latest = new Map<string, JobSummary>();
  /** Per practice (by key), when the file waiting for Medfusion is tried again. */
  private readonly nextAttempt = new Map<string, { jobId: string; at: string }>();

  constructor(private readonly opts: EngineOptions) {
    this.settings = opts.settings;
    this.http = new Semaphore(opts.maxInFlight ?? 4);
    this.pauseStore = opts.pauseStore ?? pauseStoreInProcess();
  }

  private now(): Date {
    return (this.opts.clock ?? (() => new Date()))();
  }

  private get log(): EngineLogger {
    return this.opts.logger ?? silentLogger;
  }

  private services(): EngineServices {
    const log = this.opts.logger ?? silentLogger;
    return {
      journal: this.opts.journal,
      importExport: this.opts.importExport,
      clock: this.opts.clock ?? (() => new Date()),
      http: this.http,
      log,
      batchSize: this.settings.batchSize,
      sendPolicy: this.opts.sendPolicy ?? SEND_BACKOFF,
      pollPolicy: this.opts.pollPolicy ?? TRACK_POLL,
      version: this.opts.version ?? '0.0.0',
      random: this.opts.random ?? Math.random,
      signal: this.controller.signal,
      progress: (p) => this.progressListeners.forEach((l) => l(p)),
      changed: (job) => this.jobChanged(job),
    };
  }

  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.controller = new AbortController();
    this.startup = this.startRunners();
    await this.startup;
  }

  /** Each await may take a while (an inbox on a slow share): a stop meanwhile ends the start. */
  private async startRunners(): Promise<void> {
    const signal = this.controller.signal;
    this.loadHandled();
    this.loadLatest();
    await this.loadPauses();
    this.refreshCounts();
    const last = this.opts.journal.counts().lastSuccessAt;
    if (last) this.board.success(new Date(last));
    if (this.settings.practices.length === 0) {
      this.board.raise({
        id: 'settings:no-practice',
        kind: 'settings',
        message: 'No practice is set up yet.',
        hint: 'Open Settings and add a practice (its inbox folder and Medfusion practice id).',
      });
    }
    const svc = this.services();
    const unfinished = this.opts.journal.unfinished();
    this.starting = true;
    for (const practice of this.settings.practices) {
      if (signal.aborted) break;
      const runner = await this.createRunner(practice, svc);
      if (!runner) continue;
      if (signal.aborted) {
        await runner.stop();
        break;
      }
      // Registered before it starts, so a stop meanwhile stops it too.
      this.runners.set(practice.credentialKey, runner);
      // Before the first look at the inbox: a pause that outlived a restart leaves files there.
      const pause = this.pauses.get(practice.credentialKey);
      if (pause) runner.pauseUntil(new Date(pause.until));
      await runner.start(unfinished.filter((j) => belongsTo(j, practice)));
    }
    this.starting = false;
    if (signal.aborted) return;
    this.updateFatal();
    this.refreshPractices();
    const orphans = unfinished.filter((j) => {
      const practice = practiceOfJob(this.settings.practices, j);
      return !practice || !this.runners.has(practice.credentialKey);
    });
    if (orphans.length) {
      svc.log.warn('unfinished jobs of practices no longer in the settings', { jobs: orphans.length });
    }
    this.scheduleRetention();
  }

  /** Cannot work at all: practices are set up but not one inbox can be watched (re-checked
   *  whenever an inbox is lost or comes back). */
  private updateFatal(): void {
    if (this.starting || !this.started) return;
    const watching = [...this.runners.values()].some((r) => r.watching);
    this.board.setFatal(
      this.settings.practices.length > 0 && !watching
        ? 'No inbox folder can be used: check the practices in Settings.'
        : undefined,
    );
  }

  private async createRunner(
    practice: PracticeSettings,
    svc: EngineServices,
  ): Promise<PracticeRunner | undefined> {
    let client: EngineClient;
    try {
      client = this.opts.createClient(
        practice,
        abortedAfter(svc.signal, this.opts.stopGraceMs ?? STOP_GRACE_MS),
      );
    } catch (err) {
      this.board.raise(problemFor.settings(practice, (err as Error).message));
      return undefined;
    }
    const ledger = await this.opts.openLedger(practice);
    return new PracticeRunner({
      practice,
      demo: this.opts.dataDir !== undefined && isDemoPractice(practice, this.opts.dataDir),
      svc,
      client,
      ledger,
      hooks: {
        credentialsRefused: (p, message) => {
          svc.log.warn('practice paused: credentials refused', { practice: p.name });
          this.board.raise(problemFor.credentials(p, message));
        },
        unreachable: (p, message) => {
          if (message) this.board.raise(problemFor.unreachable(p, message));
          else this.board.resolve(problemFor.unreachableId(p));
        },
        inboxProblem: (p, message) => {
          if (message) this.board.raise(problemFor.inbox(p, message));
          else this.board.resolve(problemFor.inboxId(p));
          this.updateFatal();
          this.refreshPractices();
        },
        pauseEnded: (p) => this.forgetPause(p),
        statusChanged: () => this.refreshPractices(),
        inboxClash: (p) =>
          inboxClashNow(this.settings.practices, this.settings.practices.indexOf(p), {
            ...(this.opts.dataDir ? { dataDir: this.opts.dataDir } : {}),
          }),
        fileUnreadable: (p, file, why) => {
          if (why) this.board.raise(problemFor.unreadable(p, file, why));
          else this.board.resolve(problemFor.unreadableId(p, file));
        },
        jobFinished: (job) => this.jobFinished(job),
        jobHeld: (job) => this.jobHeld(job),
        queueChanged: () => this.refreshCounts(),
        stepProblem: (id, problem) => (problem ? this.board.raise(problem) : this.board.resolve(id)),
      },
      engineIsPaused: () => this.paused,
      stabilityMs: this.settings.stabilityMs,
      inboxCheckMs: this.opts.inboxCheckMs,
      memory: this.opts.practiceMemory?.(practice),
    });
  }

  /** Stop watching and let the step in flight finish its write. Safe to call twice. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.controller.abort();
    if (this.retentionTimer) clearTimeout(this.retentionTimer);
    // A start in progress ends at its next step (it checks the signal); then every runner it
    // registered is stopped below.
    await this.startup?.catch(() => undefined);
    await Promise.all([...this.runners.values()].map((r) => r.stop()));
    this.runners.clear();
  }

  /** A forced exit is coming (a second Ctrl+C): close every practice's ledger now, after its
   *  write in flight, which releases its lock. The steps in flight are abandoned; the journal
   *  resumes them at the next start. */
  async closeLedgersNow(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.ctx.ledger.close?.().catch(() => undefined)));
  }

  getStatus(): EngineStatus {
    return this.board.get();
  }

  onStatus(listener: (s: EngineStatus) => void): () => void {
    return this.board.onChange(listener);
  }

  /** Every journal write of a job (state changes, batch results). */
  onJob(listener: (job: JobDetails) => void): () => void {
    this.jobListeners.add(listener);
    return () => this.jobListeners.delete(listener);
  }

  onJobChanged(listener: (jobId: string) => void): () => void {
    return this.onJob((job) => listener(job.id));
  }

  /** Reading and sending progress, for a progress line on large files. */
  onProgress(listener: (p: JobProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  async rescan(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.rescan()));
  }

  pause(): void {
    this.paused = true;
    this.board.setPaused(true);
  }

  /** Resume sending: the pause, every practice's timed pause, and practices paused for their
   *  credentials (tried again). */
  resume(): void {
    this.paused = false;
    this.board.setPaused(false);
    this.board.resolveWhere((p) => p.kind === 'credentials');
    for (const r of this.runners.values()) {
      r.endPause();
      r.resume();
    }
    // Practices without a runner (their settings cannot be used) keep no pause either.
    if (this.pauses.size > 0) {
      this.pauses.clear();
      this.savePauses();
    }
    this.refreshPractices();
  }

  /**
   * A person paused one practice until `until` (*Pause for 1 h*, *Pause until tomorrow*). Kept in
   * the pause store, so it survives a restart and ends by itself at its time. Its new exports
   * wait in the inbox untouched; what is being sent stops at the next batch. Other practices
   * go on as before.
   */
  async pausePractice(name: string, until: Date): Promise<{ ok: boolean; message: string }> {
    const practice = this.settings.practices.find((p) => p.name === name);
    if (!practice) return { ok: false, message: `There is no practice named ${name}.` };
    if (!(until.getTime() > this.now().getTime()))
      return { ok: false, message: `A pause must end later than now (asked: ${until.toISOString()}).` };
    this.pauses.set(practice.credentialKey, {
      credentialKey: practice.credentialKey,
      practice: practice.name,
      until: until.toISOString(),
      since: this.now().toISOString(),
    });
    const kept = await this.savePauses();
    this.runners.get(practice.credentialKey)?.pauseUntil(until);
    this.log.info('practice paused', { practice: name, until: until.toISOString() });
    this.refreshPractices();
    return {
      ok: true,
      message: kept
        ? `${name} is paused; its exports wait in the inbox and go once the pause ends.`
        : `${name} is paused, but the pause could not be saved: it ends if the connector restarts. See the log.`,
    };
  }

  /** End one practice's timed pause now (*Resume*); its waiting exports are taken. */
  endPracticePause(name: string): boolean {
    const practice = this.settings.practices.find((p) => p.name === name);
    if (!practice) return false;
    const runner = this.runners.get(practice.credentialKey);
    if (runner?.endPause()) return true; // the runner's hook forgets it in the store
    if (!this.pauses.has(practice.credentialKey)) return false;
    this.forgetPause(practice);
    return true;
  }

  /** *Send now* for one practice: look in its inbox now and try a failed step again. */
  async checkPracticeNow(name: string): Promise<{ ok: boolean; message: string }> {
    const runner = this.runnerNamed(name);
    if (!runner) return { ok: false, message: `${name} is not running: check it in Settings.` };
    if (runner.pausedUntil)
      return { ok: false, message: `${name} is paused: choose Resume first, then Send now.` };
    await runner.checkNow();
    return { ok: true, message: `Looked in the inbox of ${name}; new exports are on their way.` };
  }

  private forgetPause(practice: PracticeSettings): void {
    if (this.pauses.delete(practice.credentialKey)) this.savePauses();
    this.refreshPractices();
  }

  /** Write the pauses; false (logged) when the store could not be written. */
  private savePauses(): Promise<boolean> {
    return this.pauseStore.write([...this.pauses.values()]).then(
      () => true,
      (err: unknown) => {
        this.log.error('practice pauses not saved', { error: (err as Error).message });
        return false;
      },
    );
  }

  /** The pauses still running for practices in the settings; ended ones are dropped. */
  private async loadPauses(): Promise<void> {
    let stored: PracticePause[] = [];
    try {
      stored = await this.pauseStore.read();
    } catch (err) {
      this.log.warn('practice pauses not read; no practice is paused', { error: (err as Error).message });
    }
    const keys = new Set(this.settings.practices.map((p) => p.credentialKey));
    const now = this.now().getTime();
    const live = stored.filter((p) => keys.has(p.credentialKey) && Date.parse(p.until) > now);
    this.pauses = new Map(live.map((p) => [p.credentialKey, p]));
    if (live.length !== stored.length) await this.savePauses();
  }

  /** Try one practice again after its credentials were entered anew. */
  resumePractice(name: string): void {
    const r = this.runnerNamed(name);
    if (!r) return;
    const key = r.practice.credentialKey;
    this.board.resolveWhere((p) => p.kind === 'credentials' && p.practiceKey === key);
    r.resume();
  }

  /** The runner of the practice of this name (callers name practices as people see them). */
  private runnerNamed(name: string): PracticeRunner | undefined {
    const practice = this.settings.practices.find((p) => p.name === name);
    return practice && this.runners.get(practice.credentialKey);
  }

  async retry(jobId: string): Promise<RetryResult> {
    const job = this.opts.journal.get(jobId);
    const practice = job && practiceOfJob(this.settings.practices, job);
    const result = await retryJob(this.opts.journal, jobId, practice);
    if (result.ok && result.file && practice) {
      // Sent again: if it fails again, a person has to look again.
      if (job.handledAt) await this.opts.journal.update(jobId, { handledAt: undefined });
      this.handled.delete(jobId);
      this.board.resolve(problemFor.failedId(jobId));
      this.runners.get(practice.credentialKey)?.take(result.file);
    }
    return result;
  }

  /**
   * A person dealt with a failed or partly refused file: it stays in the history as it was, with
   * `handledAt` in the journal (so a restart keeps it), and no longer keeps the state amber.
   */
  async markHandled(jobId: string): Promise<{ ok: boolean; message: string }> {
    const job = this.opts.journal.get(jobId);
    if (!job) return { ok: false, message: `There is no job ${jobId} in the history.` };
    if (!needsHandling(job)) return { ok: false, message: notHandleable(job) };
    const at = (this.opts.clock ?? (() => new Date()))().toISOString();
    const updated = await this.opts.journal.update(jobId, { handledAt: at });
    this.jobChanged(updated); // the history window redraws the row
    if (job.state === 'failed') this.handled.add(jobId);
    this.board.resolve(problemFor.failedId(jobId));
    const practice = practiceOfJob(this.settings.practices, job);
    if (practice && this.rowsJob.get(practice.credentialKey) === jobId) {
      this.rowsJob.delete(practice.credentialKey);
      this.board.resolve(problemFor.rowsId(practice));
    }
    (this.opts.logger ?? silentLogger).info('job marked as handled', { job: jobId, practice: job.practice });
    this.refreshCounts();
    return { ok: true, message: `${job.file} is marked as handled.` };
  }

  /** The failed jobs already marked as handled (failed jobs are few: retention prunes them). */
  private loadHandled(): void {
    this.handled.clear();
    for (const s of this.opts.journal.list({ failedOnly: true, limit: 10_000 })) {
      const job = this.opts.journal.get(s.id);
      if (job && stillHandled(job)) this.handled.add(s.id);
    }
  }

  /**
   * A person confirmed (or corrected) this practice's mapping: read its held files again with it.
   * Files still uncertain are simply held again (same problem, no second notification). Returns
   * how many files were released. A confirmation made from the command line needs no call: the
   * running engine notices it at its next inbox check.
   */
  async releaseHeld(practiceName: string): Promise<number> {
    const r = this.runnerNamed(practiceName);
    return r ? r.releaseHeld('all') : 0;
  }

  /**
   * A person accepted the cancellations of a snapshot held because it would cancel an unusually
   * large share of its range (the desktop review). Recorded in the practice memory against the
   * file's content hash, like an answer from `mapping confirm --accept-cancellations`; the file
   * goes when it is read again (releaseHeld, or the next inbox check).
   */
  async acceptCancellations(jobId: string): Promise<{ ok: boolean; message: string }> {
    const job = this.opts.journal.get(jobId);
    const doubt = job?.state === 'held' ? massCancelOf(job) : undefined;
    const practice = job && practiceOfJob(this.settings.practices, job);
    const runner = practice && this.runners.get(practice.credentialKey);
    if (!job?.contentHash || !doubt || !runner)
      return { ok: false, message: `${job?.file ?? jobId} is not held for its cancellations.` };
    await acceptCancellations(
      runner.ctx.memory,
      acceptanceOf(doubt, job.contentHash, 'the desktop review', (this.opts.clock ?? (() => new Date()))()),
    );
    (this.opts.logger ?? silentLogger).info('snapshot cancellations accepted', {
      job: job.id,
      practice: job.practice,
      cancels: doubt.count ?? 0,
    });
    return { ok: true, message: `${acceptedText(doubt, job.file)}.` };
  }

  async applySettings(settings: Settings): Promise<void> {
    const wasStarted = this.started;
    await this.stop();
    this.settings = settings;
    // A review stays open across a restart (its files are read again at start and, if still
    // uncertain, held again): keeping its problem means no second notification.
    this.board.resolveWhere((p) => p.kind !== 'review');
    if (wasStarted) await this.start();
  }

  /** Resolves once every watched inbox's first look is over: each file present at the start and
   *  stable has been handed over (`run --once` then waits for whenIdle). */
  async whenFirstLooked(): Promise<void> {
    await this.startup;
    await Promise.all([...this.runners.values()].map((r) => r.firstLook()));
  }

  /** Every watched inbox looked at once more: files not handed over yet are (run --once's last look). */
  async sweepInboxes(): Promise<void> {
    await Promise.all([...this.runners.values()].map((r) => r.sweep()));
  }

  /** Resolves when every inbox file seen so far is sent and tracked (or waits on a pause). */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (!this.started) return;
      await Promise.all([...this.runners.values()].map((r) => r.settled()));
      if ([...this.runners.values()].every((r) => r.pending === 0 || r.ctx.isPaused())) return;
    }
  }

  private jobChanged(job: JobDetails): void {
    // Taken in again (a retry, from here or the command line): no longer a handled failure.
    if (job.state !== 'failed') this.handled.delete(job.id);
    this.noteLatest(job);
    for (const l of this.jobListeners) {
      try {
        l(job);
      } catch {
        // A listener's failure must not stop the engine.
      }
    }
  }

  /** The status panel's "last export" and "next try" of the job's practice. */
  private noteLatest(job: JobDetails): void {
    const key = practiceOfJob(this.settings.practices, job)?.credentialKey;
    if (key === undefined) return; // a practice no longer in the settings has no line
    const known = this.latest.get(key);
    if (!known || known.id === job.id || job.receivedAt >= known.receivedAt)
      this.latest.set(key, summaryOf(job));
    const waiting = this.nextAttempt.get(key);
    const terminal = job.state === 'processed' || job.state === 'failed';
    if (job.nextAttemptAt && !terminal) this.nextAttempt.set(key, { jobId: job.id, at: job.nextAttemptAt });
    else if (waiting?.jobId === job.id) this.nextAttempt.delete(key);
    this.refreshPractices();
  }

  /** Each practice's newest job, from the newest end of the history (bounded: a practice silent
   *  for the last 20,000 files shows no last export rather than delaying the start). */
  private loadLatest(): void {
    this.latest.clear();
    this.nextAttempt.clear();
    const wanted = new Set(this.settings.practices.map((p) => p.credentialKey));
    let before: string | undefined;
    for (let page = 0; page < 100 && wanted.size > 0; page++) {
      const rows = this.opts.journal.list({ limit: 200, ...(before ? { before } : {}) });
      for (const row of rows) {
        const key = practiceOfJob(this.settings.practices, row)?.credentialKey;
        if (key === undefined || !wanted.delete(key)) continue;
        // The list rows do not carry `handledAt`: the few latest failures are read in full.
        const full = row.state === 'failed' || row.outcome ? this.opts.journal.get(row.id) : undefined;
        this.latest.set(key, full ? summaryOf(full) : row);
      }
      if (rows.length < 200) break;
      before = rows[rows.length - 1]!.id;
    }
  }

  /** Every practice's status line (practice-status.ts), in settings order. */
  private refreshPractices(): void {
    const now = this.now().getTime();
    this.board.setPractices(
      this.settings.practices.map((practice) => {
        const runner = this.runners.get(practice.credentialKey);
        const pause = this.pauses.get(practice.credentialKey);
        // Not the periodic inbox check: a watched inbox takes an export within seconds, and an
        // unreachable one's retry every 30 s is no news worth a redraw (its problem says so).
        const nextCheckAt = this.nextAttempt.get(practice.credentialKey)?.at;
        const latest = this.latest.get(practice.credentialKey);
        return practiceLine({
          practice,
          ...(latest ? { latest } : {}),
          watching: runner?.watching ?? false,
          ...(nextCheckAt ? { nextCheckAt } : {}),
          ...(pause && Date.parse(pause.until) > now ? { pausedUntil: pause.until } : {}),
          waitingInInbox: runner?.waitingInInbox ?? 0,
          inProgress: runner?.pending ?? 0,
        });
      }),
    );
  }

  private jobHeld(_job: JobDetails): void {
    // Not a failure: counted as held, and the practice's one review problem says how many.
    this.refreshCounts();
  }

  /** One review problem per practice with held files, kept (same id) while its files are being
   *  read again, so the desktop notifies once per practice, not once per file or per reading. */
  private refreshReview(): void {
    const keys = new Set(this.settings.practices.map((p) => p.credentialKey));
    this.board.resolveWhere((p) => p.kind === 'review' && !keys.has(p.practiceKey ?? ''));
    for (const practice of this.settings.practices) {
      const runner = this.runners.get(practice.credentialKey);
      const held = this.opts.journal.held(practice.credentialKey).length;
      if (held > 0) this.board.raise(problemFor.review(practice, held));
      else if (!runner || runner.reviewOpen === 0) this.board.resolve(problemFor.reviewId(practice));
    }
  }

  private jobFinished(job: JobDetails): void {
    const practice = practiceOfJob(this.settings.practices, job);
    if (job.state === 'failed') {
      this.handled.delete(job.id);
      this.board.raise(problemFor.failed(job, practice));
    } else this.board.resolve(problemFor.failedId(job.id)); // sent again after all (a retry)
    if (job.state === 'processed' && job.counts.sent > 0) {
      this.board.success(new Date(job.finishedAt ?? Date.now()));
    }
    if (practice) {
      if (job.counts.errors > 0 && job.state !== 'failed') {
        this.rowsJob.set(practice.credentialKey, job.id);
        this.board.raise(problemFor.rows(practice, job));
      } else if (job.state === 'processed') {
        this.rowsJob.delete(practice.credentialKey);
        this.board.resolve(problemFor.rowsId(practice));
      }
    }
    this.refreshCounts();
  }

  private refreshCounts(): void {
    const c = this.opts.journal.counts();
    let queued = 0;
    for (const r of this.runners.values()) queued += r.pending;
    // Failed files a person marked as handled need nobody: not counted, no summary problem.
    const failed = Math.max(0, c.failed - this.handled.size);
    this.board.setCounts({
      sentToday: c.sentToday,
      failed,
      queued: Math.max(queued, c.queued),
      held: c.held ?? 0,
    });
    this.refreshPractices();
    this.refreshReview();
    // Files that failed before this session (or whose own problem was dismissed by a restart)
    // still need a person: one summary problem until they are retried or pruned.
    const ownProblems = this.board.get().problems.filter((p) => p.id.startsWith('failed:')).length;
    const earlier = failed - ownProblems;
    if (earlier > 0) this.board.raise(problemFor.earlierFailures(earlier));
    else this.board.resolve(problemFor.earlierFailuresId);
  }

  private scheduleRetention(): void {
    const apply = this.opts.applyRetention;
    if (!apply || !(this.settings.retentionDays > 0)) return;
    const run = () => {
      apply(this.settings)
        .then(() => {
          // Pruned failures are no longer counted as failed, nor as handled.
          this.loadHandled();
          this.refreshCounts();
        })
        .catch((err: unknown) =>
          (this.opts.logger ?? silentLogger).warn('retention failed', { error: (err as Error).message }),
        );
      this.retentionTimer = setTimeout(run, DAY_MS);
      this.retentionTimer.unref();
    };
    run();
  }
}

/** The list-row fields of a job (the panel's "last export"), without its rows and batches. */
function summaryOf(job: JobDetails): JobSummary {
  return {
    id: job.id,
    file: job.file,
    practice: job.practice,
    receivedAt: job.receivedAt,
    state: job.state,
    counts: job.counts,
    dataJobIds: [],
    messageIds: [],
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
    ...(job.outcome ? { outcome: job.outcome } : {}),
    ...(job.handledAt ? { handledAt: job.handledAt } : {}),
  };
}
