// The engine's status as the tray and the command line see it: one EngineStatus, recomputed
// whenever something changes, plus the problems that need a person. A problem keeps its id until
// it is resolved, so the desktop shows one notification per problem, never one per retry.
import { EventEmitter } from 'node:events';
import type { EngineState, EngineStatus, Problem } from '../../model/status-and-jobs.ts';
import { withProblems, type PracticeLine } from './practice-status.ts';

export interface StatusCounts {
  sentToday: number;
  queued: number;
  failed: number;
  held: number;
}

export class StatusBoard {
  private readonly emitter = new EventEmitter();
  private readonly problems = new Map<string, Problem>();
  private counts: StatusCounts = { sentToday: 0, queued: 0, failed: 0, held: 0 };
  private busy = 0;
  private paused = false;
  private fatal?: string;
  private lastSuccessAt?: string;
  private last?: string;
  private practices: PracticeLine[] = [];

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  get(): EngineStatus {
    let state: EngineState = 'idle';
    if (this.fatal) state = 'error';
    else if (this.problems.size) state = 'attention';
    else if (this.busy > 0 || this.counts.queued > 0) state = 'working';
    return {
      state,
      paused: this.paused,
      counts: { ...this.counts },
      ...(this.lastSuccessAt ? { lastSuccessAt: this.lastSuccessAt } : {}),
      problems: [...this.problems.values()].map((p) => ({ ...p })),
      practices: withProblems(this.practices, [...this.problems.values()]),
    };
  }

  onChange(listener: (s: EngineStatus) => void): () => void {
    this.emitter.on('status', listener);
    return () => this.emitter.off('status', listener);
  }

  raise(problem: Problem): void {
    const old = this.problems.get(problem.id);
    if (
      old &&
      old.message === problem.message &&
      old.hint === problem.hint &&
      old.practice === problem.practice
    )
      return;
    this.problems.set(problem.id, problem);
    this.emit();
  }

  resolve(id: string): void {
    if (this.problems.delete(id)) this.emit();
  }

  /** Resolve every problem whose id starts with `prefix` (e.g. all of one practice's). */
  resolveWhere(test: (p: Problem) => boolean): void {
    let changed = false;
    for (const [id, p] of this.problems) if (test(p)) changed = this.problems.delete(id) || changed;
    if (changed) this.emit();
  }

  has(id: string): boolean {
    return this.problems.has(id);
  }

  setCounts(counts: Partial<StatusCounts>): void {
    this.counts = { ...this.counts, ...counts };
    this.emit();
  }

  /** Each practice's line (practice-status.ts), in settings order. */
  setPractices(lines: PracticeLine[]): void {
    this.practices = lines;
    this.emit();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.emit();
  }

  setFatal(message: string | undefined): void {
    this.fatal = message;
    this.emit();
  }

  success(at: Date): void {
    this.lastSuccessAt = at.toISOString();
    this.emit();
  }

  /** Mark work in progress for the duration of `fn`. */
  async working<T>(fn: () => Promise<T>): Promise<T> {
    this.busy++;
    this.emit();
    try {
      return await fn();
    } finally {
      this.busy--;
      this.emit();
    }
  }

  /** Emit only real changes: listeners (tray, notifications) redraw on every event. */
  private emit(): void {
    const status = this.get();
    const key = JSON.stringify(status);
    if (key === this.last) return;
    this.last = key;
    this.emitter.emit('status', status);
  }
}
