// The practice runner's view of the journal, the ledger and the Medfusion client. Two jobs:
//  - every durable step passes a step point (step-points.ts: the crash suite kills there);
//  - a journal change that could not be written (a full disk) is KEPT, and written first when the
//    job is tried again. Why: the change that failed may be "batch 3 was accepted"; trying the
//    job again from the journal as it stands would POST that batch a second time.
// Kept changes live in memory only: a restart before they are written loses them, which is the
// same as a kill at that moment (only the batch in flight can go twice).
import type { JobDetails } from '../../model/status-and-jobs.ts';
import type { EngineClient } from '../engine-ports.ts';
import type { JobJournal, Ledger } from './job-context.ts';
import type { ExportRead } from '../exports-read.ts';
import { stepBefore, stepDone } from './step-points.ts';

/** A step that failed, with the place a person has to look at. */
export class JobStepError extends Error {
  override readonly name = 'JobStepError';
  readonly code: string | undefined;
  constructor(
    readonly where: string,
    override readonly cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.code = (cause as NodeJS.ErrnoException)?.code;
  }
}

export class StepJournal implements JobJournal {
  /** Per job, the writes that failed, oldest first (each replays one update or batch record). */
  private readonly kept = new Map<string, Array<{ what: string; write: () => Promise<JobDetails> }>>();

  constructor(private readonly inner: JobJournal) {}

  async create(job: JobDetails): Promise<void> {
    try {
      await stepBefore('journal', `create ${job.id}`);
      await this.inner.create(job);
    } catch (err) {
      throw new JobStepError('the history file in the data folder', err);
    }
    stepDone('journal', `create ${job.id} ${job.state}`);
  }

  update(id: string, patch: Partial<JobDetails>): Promise<JobDetails> {
    return this.step(id, Object.keys(patch).join(','), () => this.inner.update(id, patch));
  }

  updateBatches(...args: Parameters<JobJournal['updateBatches']>): Promise<JobDetails> {
    const [id, batches] = args;
    return this.step(id, `batches ${batches.map((b) => b.index + 1).join(',')}`, () =>
      this.inner.updateBatches(...args),
    );
  }

  private async step(id: string, what: string, write: () => Promise<JobDetails>): Promise<JobDetails> {
    // Changes kept from a failed write go first: they are older than this one.
    await this.writeKept(id);
    let next: JobDetails;
    try {
      await stepBefore('journal', `update ${id}`);
      next = await write();
    } catch (err) {
      this.kept.set(id, [...(this.kept.get(id) ?? []), { what, write }]);
      throw new JobStepError('the history file in the data folder', err);
    }
    stepDone('journal', `update ${id} ${what}`);
    return next;
  }

  /** Write the changes kept for this job, oldest first. Throws while they still cannot be written. */
  async writeKept(id: string): Promise<void> {
    const writes = this.kept.get(id);
    while (writes?.length) {
      try {
        await stepBefore('journal', `update ${id}`);
        await writes[0]!.write();
      } catch (err) {
        throw new JobStepError('the history file in the data folder', err);
      }
      writes.shift();
      stepDone('journal', `update ${id} (kept)`);
    }
    this.kept.delete(id);
  }

  /** Jobs with changes still to write. */
  keptJobs(): string[] {
    return [...this.kept.keys()];
  }

  get(id: string): JobDetails | undefined {
    return this.inner.get(id);
  }
  unfinished(): JobDetails[] {
    return this.inner.unfinished();
  }
  findByContentHash(practiceKey: string, sha256: string): JobDetails | undefined {
    return this.inner.findByContentHash(practiceKey, sha256);
  }
  latestOfPractice(practiceKey: string): JobDetails | undefined {
    return this.inner.latestOfPractice(practiceKey);
  }
  counts(): ReturnType<JobJournal['counts']> {
    return this.inner.counts();
  }
  held(practiceKey?: string): JobDetails[] {
    return this.inner.held(practiceKey);
  }
  list(...args: Parameters<JobJournal['list']>): ReturnType<JobJournal['list']> {
    return this.inner.list(...args);
  }
}

/** The ledger with a step point after each append of what was sent. */
export function stepLedger(inner: Ledger, where: string): Ledger {
  return {
    decide: (a, unstated) => inner.decide(a, unstated),
    cancellationsForSnapshot: (range, present) => inner.cancellationsForSnapshot(range, present),
    ...(inner.activeAt ? { activeAt: inner.activeAt.bind(inner) } : {}),
    async record(sent, sentBy) {
      try {
        await stepBefore('ledger', `${sent.length} appointments`);
        await inner.record(sent, sentBy);
      } catch (err) {
        throw new JobStepError(where, err);
      }
      stepDone('ledger', `${sent.length} appointments`);
    },
    ...(inner.release
      ? {
          async release(ids: string[], sentBy: string) {
            try {
              return await inner.release!(ids, sentBy);
            } catch (err) {
              throw new JobStepError(where, err);
            }
          },
        }
      : {}),
    ...(inner.lastSent ? { lastSent: inner.lastSent.bind(inner) } : {}),
    ...(inner.patientSent ? { patientSent: inner.patientSent.bind(inner) } : {}),
    ...(inner.sentIdAt ? { sentIdAt: inner.sentIdAt.bind(inner) } : {}),
    ...(inner.sentOfPatients ? { sentOfPatients: inner.sentOfPatients.bind(inner) } : {}),
    ...(inner.sentAny ? { sentAny: inner.sentAny.bind(inner) } : {}),
    ...(inner.digitIds ? { digitIds: inner.digitIds.bind(inner) } : {}),
    ...(inner.lastListed ? { lastListed: inner.lastListed.bind(inner) } : {}),
    ...(inner.saidCancelledUnsent ? { saidCancelledUnsent: inner.saidCancelledUnsent.bind(inner) } : {}),
    ...(inner.recordListed
      ? {
          async recordListed(ids: Iterable<string>, arrivedMs: number, cancelled?: ReadonlySet<string>) {
            try {
              await inner.recordListed!(ids, arrivedMs, cancelled);
            } catch (err) {
              throw new JobStepError(where, err);
            }
          },
        }
      : {}),
    ...(inner.writtenLastBefore ? { writtenLastBefore: inner.writtenLastBefore.bind(inner) } : {}),
    ...(inner.statedLastBefore ? { statedLastBefore: inner.statedLastBefore.bind(inner) } : {}),
    ...(inner.exportArrivedAt ? { exportArrivedAt: inner.exportArrivedAt.bind(inner) } : {}),
    ...(inner.exportsArrivedBefore ? { exportsArrivedBefore: inner.exportsArrivedBefore.bind(inner) } : {}),
    ...(inner.exportsArrivedAfter ? { exportsArrivedAfter: inner.exportsArrivedAfter.bind(inner) } : {}),
    ...(inner.recordExportRead
      ? {
          async recordExportRead(e: ExportRead) {
            try {
              await inner.recordExportRead!(e);
            } catch (err) {
              throw new JobStepError(where, err);
            }
          },
        }
      : {}),
    ...(inner.close ? { close: () => inner.close!() } : {}),
  };
}

/** The client with step points before a POST and once Medfusion answered it (before the journal
 *  knows). */
export function stepClient(inner: EngineClient): EngineClient {
  return {
    async postAppointmentData(xml) {
      await stepBefore('post', 'appointmentsdata');
      const outcome = await inner.postAppointmentData(xml);
      stepDone('post', outcome.kind);
      return outcome;
    },
    getProcessingStatus: (location) => inner.getProcessingStatus(location),
  };
}
