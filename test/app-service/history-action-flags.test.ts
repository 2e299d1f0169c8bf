// Issue 12: the engine decides which files may be retried (retry-job.ts canRetry) and marked as
// handled (status/handled.ts canMarkHandled), and the history sends the answers as flags on each
// row, so the windows do not keep copies of the rules. Through the real engine, sandbox and job
// store: a PARTIAL file (one of three appointments refused) may be retried and marked; once marked
// it may still be retried but not marked again; once a retry gets everything stored, neither.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness } from '../engine/support/engine-harness.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { jobHistoryOf } from '../../main/app-service/engine-adapters.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});
const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';

test('history rows carry canRetry and canMarkHandled as the engine decides them', async () => {
  h = await createHarness();
  const running = await h.start();
  h.sandbox.faults.deactivatePatients(['5001']);
  fs.writeFileSync(path.join(h.inbox(), '.day.csv.tmp'), clinikoCsv(3));
  fs.renameSync(path.join(h.inbox(), '.day.csv.tmp'), path.join(h.inbox(), 'day.csv'));
  const [job] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(job!.outcome).toBe('PARTIAL');

  const history = jobHistoryOf(running.journal);
  const flags = async () => {
    const [row] = await history.list({});
    const details = await history.get(job!.id);
    expect({ canRetry: details!.canRetry, canMarkHandled: details!.canMarkHandled }).toEqual({
      canRetry: row!.canRetry,
      canMarkHandled: row!.canMarkHandled,
    });
    return { canRetry: row!.canRetry, canMarkHandled: row!.canMarkHandled };
  };
  expect(await flags()).toEqual({ canRetry: true, canMarkHandled: true });

  expect((await running.engine.markHandled(job!.id)).ok).toBe(true);
  expect(await flags()).toEqual({ canRetry: true, canMarkHandled: false });

  h.sandbox.faults.reactivatePatients(['5001']);
  expect((await running.engine.retry(job!.id)).ok).toBe(true);
  await h.waitFor((js) => js.length === 1 && js[0]!.outcome === 'COMPLETED' && done(js[0]!));
  expect(await flags()).toEqual({ canRetry: false, canMarkHandled: false });
});
