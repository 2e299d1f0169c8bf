// How the engine copes when Medfusion misbehaves or a practice is misconfigured: server errors
// then recovery, a refused batch, an expired token, broken credentials for one of two practices,
// the same export dropped twice, and rows that cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, SAMPLES, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';
const finished = (n: number) => (jobs: JobDetails[]) => jobs.filter(done).length >= n;
const drop = (dir: string, name: string, text: string) => {
  fs.writeFileSync(path.join(dir, `.${name}.tmp`), text);
  fs.renameSync(path.join(dir, `.${name}.tmp`), path.join(dir, name));
};

test('500s then recovery: the batch is retried with backoff and accepted once', async () => {
  h = await createHarness();
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 500, times: 2 });
  await h.start();
  drop(h.inbox(), 'a.csv', clinikoCsv(3));
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(job!.counts.sent).toBe(3);
  expect(h.sandbox.received()).toHaveLength(1);
  expect(listFiles(h.inbox())[0]).toMatch(/^processed\//);
});

test('a final refusal parks the job in failed/ with the reason; retry sends it', async () => {
  h = await createHarness();
  // A 503, however long, only makes the job wait (engine-outage.test.ts); a 404 is final.
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 404, times: 'always' });
  const running = await h.start();
  drop(h.inbox(), 'a.csv', clinikoCsv(2));
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('failed');
  expect(job!.reason).toMatch(/404/);
  expect(listFiles(h.inbox())).toEqual(['failed/a.csv', 'failed/a.csv.error.json', 'failed/a.csv.error.txt']);
  expect(running.engine.getStatus().state).toBe('attention');
  h.sandbox.faults.clear();
  const r = await running.engine.retry(job!.id);
  expect(r.ok).toBe(true);
  const [again] = await h.waitFor((jobs) => jobs.length === 1 && jobs[0]!.state === 'processed');
  expect(again!.id).toBe(job!.id); // the same job went on
  expect(listFiles(h.inbox())[0]).toMatch(/^processed\/.*\/a\.csv$/);
  expect(running.engine.getStatus().problems.filter((p) => p.kind === 'file')).toEqual([]);
});

test("a 400 sends the file to failed/ with the server's words while other batches and files go on", async () => {
  h = await createHarness();
  h.settings.batchSize = 2;
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  await h.start();
  drop(h.inbox(), 'bad.csv', clinikoCsv(4)); // 2 batches: the first is refused
  await h.waitFor(finished(1));
  drop(h.inbox(), 'good.csv', clinikoCsv(2, { firstId: 70_000 }));
  const jobs = await h.waitFor(finished(2));
  const bad = jobs.find((j) => j.file === 'bad.csv')!;
  const good = jobs.find((j) => j.file === 'good.csv')!;
  expect(bad.state).toBe('failed');
  expect(bad.batches.map((b) => b.httpStatus)).toEqual([400, 202]);
  expect(bad.outcome).toBe('COMPLETED'); // the accepted batch was tracked
  expect(bad.reason).toMatch(/refused 1 of 2 batches/);
  expect(good.state).toBe('processed');
  const report = fs.readFileSync(path.join(h.inbox(), 'failed', 'bad.csv.error.txt'), 'utf8');
  expect(report).toMatch(/HTTP 400/);
  expect(report).toMatch(/What to do:/);
  const json = JSON.parse(fs.readFileSync(path.join(h.inbox(), 'failed', 'bad.csv.error.json'), 'utf8'));
  expect(json.rejectedBatches[0].appointmentIds).toEqual(['90000', '90001']);
});

test('an expired token is renewed without the user noticing', async () => {
  h = await createHarness();
  await h.start();
  drop(h.inbox(), 'a.csv', clinikoCsv(1));
  await h.waitFor(finished(1));
  h.sandbox.faults.expireTokens();
  drop(h.inbox(), 'b.csv', clinikoCsv(1, { firstId: 70_000 }));
  const jobs = await h.waitFor(finished(2));
  expect(jobs.every((j) => j.state === 'processed')).toBe(true);
  expect(h.sandbox.received()).toHaveLength(2);
});

test('the same file dropped twice is recognised; a changed time gives exactly one UPDATE', async () => {
  h = await createHarness();
  await h.start();
  const text = clinikoCsv(5);
  drop(h.inbox(), 'day.csv', text);
  await h.waitFor(finished(1));
  drop(h.inbox(), 'day.csv', text);
  const jobs = await h.waitFor(finished(2));
  const dup = jobs.find((j) => j.reason?.includes('Same content'))!;
  expect(dup.state).toBe('processed');
  expect(h.sandbox.received()).toHaveLength(1);
  // Re-exported with one appointment moved: only that one goes, as UPDATE.
  drop(h.inbox(), 'day.csv', clinikoCsv(5, { shiftMinutesFor: [90_003] }));
  const after = await h.waitFor(finished(3));
  const third = after.find((j) => j.id !== dup.id && j.counts.sent === 1)!;
  expect(third.counts.unchanged).toBe(4);
  const last = h.sandbox.received().at(-1)!;
  expect(last.appointmentIds).toEqual(['90003']);
  expect(listFiles(path.join(h.inbox(), 'processed')).filter((f) => f.endsWith('.csv'))).toHaveLength(3);
  expect(listFiles(path.join(h.inbox(), 'processed')).some((f) => f.endsWith('day (3).csv'))).toBe(true);
});

test('two practices, one with broken credentials: it pauses with a credentials problem, the other flows', async () => {
  h = await createHarness({ practices: 2 });
  await h.credentials.set('practice-2/password', 'not-the-password');
  const running = await h.start();
  drop(h.inbox(1), 'two.csv', clinikoCsv(2, { firstId: 60_000 }));
  await new Promise((r) => setTimeout(r, 100));
  drop(h.inbox(0), 'one.csv', clinikoCsv(2));
  await h.waitFor((jobs) => jobs.some((j) => j.file === 'one.csv' && j.state === 'processed'));
  const status = running.engine.getStatus();
  expect(status.state).toBe('attention');
  const problem = status.problems.find((p) => p.kind === 'credentials')!;
  expect(problem.practice).toBe('Practice 2');
  expect(problem.hint).toMatch(/Settings → Credentials/);
  const two = h.jobs().find((j) => j.file === 'two.csv')!;
  expect(two.state).not.toBe('processed');
  expect(two.state).not.toBe('failed'); // paused, not lost
  // The user enters the right password and resumes.
  await h.credentials.delete('practice-2/password');
  running.engine.resumePractice('Practice 2');
  await h.waitFor((jobs) => jobs.some((j) => j.file === 'two.csv' && j.state === 'processed'));
  expect(running.engine.getStatus().problems.filter((p) => p.kind === 'credentials')).toEqual([]);
});

test('rows that cannot be read never sink the file: good rows are sent, errors are in the job', async () => {
  h = await createHarness();
  const running = await h.start();
  fs.copyFileSync(path.join(SAMPLES, 'bad', 'bad_dates.csv'), path.join(h.inbox(), 'bad_dates.csv'));
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(job!.counts.errors).toBeGreaterThan(0);
  expect(job!.counts.sent).toBeGreaterThan(0);
  expect(job!.rowErrors[0]!.line).toBeGreaterThan(0);
  expect(running.engine.getStatus().problems.some((p) => p.kind === 'rejected')).toBe(true);
});

test('a file that cannot be read at all lands in failed/ with a readable report', async () => {
  h = await createHarness();
  await h.start();
  fs.copyFileSync(path.join(SAMPLES, 'bad', 'random_bytes.csv'), path.join(h.inbox(), 'random_bytes.csv'));
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('failed');
  const txt = fs.readFileSync(path.join(h.inbox(), 'failed', 'random_bytes.csv.error.txt'), 'utf8');
  expect(txt).toMatch(/What happened: The file could not be read/);
  expect(h.sandbox.received()).toHaveLength(0);
  // After a restart the failed file still needs a person: one summary problem.
  await h.stopEngine();
  const again = await h.start();
  const status = again.engine.getStatus();
  expect(status.state).toBe('attention');
  expect(status.counts.failed).toBe(1);
  expect(status.problems.map((p) => p.id)).toEqual(['failed-files']);
});
