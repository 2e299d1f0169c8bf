// Issue 11: *Failed* counts the appointments Medfusion refused too, so the numbers add up. Through
// the real engine and sandbox (a deactivated patient: Medfusion stores 2 of 3, outcome PARTIAL) and
// the history as the windows read it (jobHistoryOf over the real job store): the row carries
// refusedByMedfusion 1; after the patient is reactivated and the file retried, it carries none.
// Before: the row said Sent 3, Failed 0 for a file one of whose appointments never arrived.
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

test('the history counts an appointment Medfusion refused as failed until a retry gets it stored', async () => {
  h = await createHarness();
  const running = await h.start();
  h.sandbox.faults.deactivatePatients(['5001']);
  fs.writeFileSync(path.join(h.inbox(), '.day.csv.tmp'), clinikoCsv(3));
  fs.renameSync(path.join(h.inbox(), '.day.csv.tmp'), path.join(h.inbox(), 'day.csv'));
  const [job] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(job!.outcome).toBe('PARTIAL');
  expect(job!.counts).toMatchObject({ rows: 3, sent: 3, errors: 0 });

  const history = jobHistoryOf(running.journal);
  const [row] = await history.list({});
  expect(row!.refusedByMedfusion).toBe(1);
  expect((await history.get(job!.id))!.refusedByMedfusion).toBe(1);

  h.sandbox.faults.reactivatePatients(['5001']);
  expect((await running.engine.retry(job!.id)).ok).toBe(true);
  await h.waitFor((js) => js.length === 1 && js[0]!.outcome === 'COMPLETED' && done(js[0]!));
  const [after] = await history.list({});
  expect(after!.refusedByMedfusion).toBeUndefined();
  expect(after!.counts).toMatchObject({ rows: 3, sent: 3, errors: 0 });
});
