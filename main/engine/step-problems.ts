// What a practice's failed steps wait for, and the problems that say so. A job step that failed
// (a full disk, a share gone, a journal write refused) is remembered with the part of the job it
// failed in, so the runner tries that part again at the next inbox check; an inbox file that could
// not be taken in is remembered by path. Each has a problem on the status board meanwhile, naming
// the file and what to do, and loses it the moment the step goes through or the file is gone.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PracticeSettings } from '../model/settings.ts';
import type { Problem } from '../model/status-and-jobs.ts';
import type { EngineServices } from './job/job-context.ts';
import { problemFor } from './status/problems.ts';

/** Which part of a job failed, and so how it is tried again: 'send' while it held the queue
 *  (plan → send → archive), 'track' after, 'resume' while its intake was finished at start. */
export type StalledStep = 'send' | 'track' | 'resume';

type StepProblemHook = (id: string, problem: Problem | undefined) => void;

export class StepProblems {
  /** Jobs whose last step failed, and which part. */
  private readonly stalled = new Map<string, StalledStep>();
  /** Inbox files that could not be taken in (their problem's id), by path. */
  private readonly intake = new Map<string, string>();

  constructor(
    private readonly practice: PracticeSettings,
    private readonly svc: Pick<EngineServices, 'journal' | 'log'>,
    private readonly stepProblem: StepProblemHook,
  ) {}

  /** A job step failed: say so (naming the file and what to do). */
  stall(jobId: string, step: StalledStep, err: unknown): void {
    this.stalled.set(jobId, step);
    const job = this.svc.journal.get(jobId);
    this.svc.log.error('job step failed; tried again at the next inbox check', {
      job: jobId,
      practice: this.practice.name,
      step,
      error: (err as Error).message,
    });
    if (job) this.stepProblem(problemFor.stuckId(jobId), problemFor.stuck(this.practice, job, step, err));
  }

  /** The step that had failed went through. */
  unstall(jobId: string): void {
    if (!this.stalled.delete(jobId)) return;
    this.svc.log.info('job step went through after a failure', { job: jobId, practice: this.practice.name });
    this.stepProblem(problemFor.stuckId(jobId), undefined);
  }

  stalledStep(jobId: string): StalledStep | undefined {
    return this.stalled.get(jobId);
  }

  /** The failed steps to try again, as they stand now. */
  stalledJobs(): Array<[string, StalledStep]> {
    return [...this.stalled];
  }

  /** The file is still in the inbox (an antivirus or the exporter held it while it was moved, or
   *  processing/ cannot be written): a person is told rather than left to wonder why it waits. */
  intakeFailed(file: string, err: unknown): void {
    this.svc.log.error('intake failed; tried again at the next inbox check', {
      practice: this.practice.name,
      error: (err as Error).message,
    });
    const problem = problemFor.stuckIntake(this.practice, path.basename(file), err);
    this.intake.set(file, problem.id);
    this.stepProblem(problem.id, problem);
  }

  intakeWentThrough(file: string): void {
    const id = this.intake.get(file);
    if (id === undefined) return;
    this.intake.delete(file);
    this.stepProblem(id, undefined);
  }

  /** A file that could not be taken in and is no longer in the inbox needs nobody any more. */
  async dropGoneIntakeFiles(): Promise<void> {
    for (const file of [...this.intake.keys()]) {
      const there = await fs.lstat(file).then(
        () => true,
        (err: NodeJS.ErrnoException) => err.code !== 'ENOENT',
      );
      if (!there) this.intakeWentThrough(file);
    }
  }
}
