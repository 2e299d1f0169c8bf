// Practice and engine modes: snapshot mode (absent appointments are cancelled), polling mode
// (network shares), pause/resume, and a stop that does not wait out a retry backoff.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness, dropExport } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';
const finished = (n: number) => (jobs: JobDetails[]) => jobs.filter(done).length >= n;

test('snapshot mode: appointments missing from a full-schedule export are cancelled, once', async () => {
  // 2 of 5 cancelled (40 %): allowed here (the mass-cancel guard has its own tests, snapshot-guard).
  h = await createHarness({ over: [{ snapshotMode: true, maxSnapshotCancelPercent: 50 }] });
  await h.start();
  dropExport(h.inbox(), 'day.csv', clinikoCsv(5));
  await h.waitFor(finished(1));
  // The next full export of the same day lacks 90001 and 90003.
  const text = clinikoCsv(5)
    .split('\n')
    .filter((l) => !l.startsWith('90001,') && !l.startsWith('90003,'))
    .join('\n');
  dropExport(h.inbox(), 'day.csv', text);
  const jobs = await h.waitFor(finished(2));
  const second = jobs.find((j) => j.counts.sent > 0 && j.counts.unchanged === 3)!;
  expect(second.counts.sent).toBe(2);
  expect(h.sandbox.received().at(-1)!.appointmentIds.sort()).toEqual(['90001', '90003']);
  // Dropped again unchanged but with a different name: nothing more to cancel.
  dropExport(h.inbox(), 'day-again.csv', `${text}\n`);
  const third = (await h.waitFor(finished(3))).find((j) => j.file === 'day-again.csv')!;
  expect(third.counts.sent).toBe(0);
  expect(h.sandbox.received()).toHaveLength(2);
});

test('polling mode (network shares) takes files too', async () => {
  h = await createHarness({ over: [{ polling: true }] });
  await h.start();
  dropExport(h.inbox(), 'share.csv', clinikoCsv(2));
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
});

test('pause holds sending (nothing lost); resume sends', async () => {
  h = await createHarness();
  const running = await h.start();
  running.engine.pause();
  expect(running.engine.getStatus().paused).toBe(true);
  dropExport(h.inbox(), 'later.csv', clinikoCsv(2));
  // The job is journaled before its file moves to processing/ (intake.ts): wait for the move, which
  // a loaded machine made later than half a second after the job appeared.
  await h.waitFor(
    (jobs) => jobs.length === 1 && listFiles(h.inbox()).some((f) => f.startsWith('processing/')),
  );
  await new Promise((r) => setTimeout(r, 500));
  expect(h.sandbox.received()).toHaveLength(0);
  expect(listFiles(h.inbox())).toEqual([expect.stringMatching(/^processing\/.*-later\.csv$/)]);
  running.engine.resume();
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(h.sandbox.received()).toHaveLength(1);
});

test('stop during a retry wait returns at once; after a restart the wait still holds, then it sends', async () => {
  // Backoff of 4-8 s: the stop must not wait for it, the restarted engine must.
  h = await createHarness({ tuning: { sendPolicy: { baseMs: 8_000, capMs: 8_000 } } });
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 503, times: 1 });
  await h.start();
  dropExport(h.inbox(), 'a.csv', clinikoCsv(2));
  const [waiting] = await h.waitFor((jobs) => jobs.some((j) => (j.attempts ?? 0) >= 1 && !!j.nextAttemptAt));
  const t0 = Date.now();
  await h.stopEngine();
  // Returned before the retry was due: it did not wait it out. The bound on the stop itself is
  // 3 s, under the shortest backoff: 1 s measured the machine's load as much as the engine.
  expect(Date.now() - t0).toBeLessThan(3_000);
  expect(Date.now()).toBeLessThan(Date.parse(waiting!.nextAttemptAt!));
  await h.start();
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(job!.attempts).toBe(0);
  expect(h.sandbox.received()).toHaveLength(1);
  expect(Date.parse(h.sandbox.received()[0]!.receivedAt)).toBeGreaterThanOrEqual(
    Date.parse(waiting!.nextAttemptAt!) - 50,
  );
});

test('no usable inbox at all: state error, with the reason as a problem', async () => {
  h = await createHarness();
  const blocker = path.join(h.root, 'not-a-folder');
  fs.writeFileSync(blocker, 'x');
  h.settings.practices[0]!.inbox = path.join(blocker, 'inbox');
  const running = await h.start();
  const status = running.engine.getStatus();
  expect(status.state).toBe('error');
  expect(status.problems[0]!.message).toMatch(/cannot be used/);
});

test('retention: nothing is deleted while retentionDays is 0; with a period, old archives go at start', async () => {
  h = await createHarness();
  const old = path.join(h.inbox(), 'processed', '2020-01-01');
  fs.mkdirSync(old, { recursive: true });
  fs.writeFileSync(path.join(old, 'old.csv'), 'x');
  await h.start();
  await new Promise((r) => setTimeout(r, 200));
  expect(fs.existsSync(path.join(old, 'old.csv'))).toBe(true);
  await h.stopEngine();
  h.settings.retentionDays = 30;
  await h.start();
  const until = Date.now() + 5000;
  while (fs.existsSync(old) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  expect(fs.existsSync(old)).toBe(false);
});
