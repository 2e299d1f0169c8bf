// Issue 11, "amber for ever": a person marks a failed (or partly refused) file as handled, and
// amber means something new again. Through the real engine, job store and sandbox: the file's
// problem goes, the state goes back to idle (green), the journal records when, and a restart
// (the engine opened again on the same data folder) keeps it handled. Before: every file that
// ever failed raised "N files could not be sent" again at each start, and nothing cleared it.
import fs from 'node:fs';
import path from 'node:path';
import { SAMPLES, createHarness, type Harness } from './support/engine-harness.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import { retryJob } from '../../main/engine/retry-job.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';
const drop = (sample: string) => {
  const name = path.basename(sample);
  fs.copyFileSync(path.join(SAMPLES, sample), path.join(h.inbox(), `.${name}.part`));
  fs.renameSync(path.join(h.inbox(), `.${name}.part`), path.join(h.inbox(), name));
};
const engine = () => h.running!.engine;

test('a failed file marked as handled: green again, recorded, and still handled after a restart', async () => {
  h = await createHarness();
  await h.start();
  drop('bad/unbalanced_quote.csv');
  const [failed] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(failed!.state).toBe('failed');
  expect(engine().getStatus()).toMatchObject({ state: 'attention', counts: { failed: 1 } });

  const before = Date.now();
  const r = await engine().markHandled(failed!.id);
  expect(r).toEqual({ ok: true, message: 'unbalanced_quote.csv is marked as handled.' });
  const status = engine().getStatus();
  expect(status.problems).toEqual([]);
  expect(status.state).toBe('idle');
  expect(status.counts.failed).toBe(0);
  const handledAt = h.jobs()[0]!.handledAt!;
  expect(Date.parse(handledAt)).toBeGreaterThanOrEqual(before - 1000);
  expect(h.jobs()[0]!.state).toBe('failed'); // still in the history as it was

  await h.stopEngine();
  await h.start();
  const again = engine().getStatus();
  expect(again.problems).toEqual([]); // before: "1 file could not be sent and waits in a failed folder."
  expect(again.state).toBe('idle');
  expect(again.counts.failed).toBe(0);
  expect(h.jobs()[0]!.handledAt).toBe(handledAt);
});

test('a file with rows refused, marked as handled, clears its practice problem; a good file cannot be marked', async () => {
  h = await createHarness();
  await h.start();
  drop('bad/bad_dates.csv');
  const [partly] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(partly!.state).toBe('processed');
  expect(partly!.counts.errors).toBeGreaterThan(0);
  expect(
    engine()
      .getStatus()
      .problems.map((p) => p.id),
  ).toEqual(['rows:practice-1']);

  expect(await engine().markHandled(partly!.id)).toMatchObject({ ok: true });
  expect(engine().getStatus()).toMatchObject({ state: 'idle', problems: [] });

  drop('cliniko_appointments.csv');
  const jobs = await h.waitFor((js) => js.length === 2 && js.every(done));
  const good = jobs.find((j) => j.file === 'cliniko_appointments.csv')!;
  expect(good.state).toBe('processed');
  expect(await engine().markHandled(good.id)).toEqual({
    ok: false,
    message:
      'cliniko_appointments.csv needs nothing: only a file that failed, or one with rows or appointments refused, can be marked as handled.',
  });
  expect(h.jobs().find((j) => j.id === good.id)!.handledAt).toBeUndefined();
  expect(await engine().markHandled('no-such-job')).toEqual({
    ok: false,
    message: 'There is no job no-such-job in the history.',
  });
});

test('a handled file retried and failing again needs a person again', async () => {
  h = await createHarness();
  await h.start();
  drop('bad/unbalanced_quote.csv');
  const [failed] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  await engine().markHandled(failed!.id);
  expect(engine().getStatus().state).toBe('idle');

  expect(await engine().retry(failed!.id)).toMatchObject({ ok: true });
  // The same bytes fail again: the same job, no longer handled, amber again.
  await h.waitFor((jobs) => jobs.length === 1 && jobs[0]!.state === 'failed' && !jobs[0]!.handledAt);
  await vi.waitFor(
    () => expect(engine().getStatus()).toMatchObject({ state: 'attention', counts: { failed: 1 } }),
    {
      timeout: 15_000,
    },
  );
  await h.stopEngine();
  await h.start();
  expect(engine().getStatus()).toMatchObject({ state: 'attention', counts: { failed: 1 } });
});

test('a handled file retried from the command line (no journal write) and failing again needs a person again, also after a restart', async () => {
  h = await createHarness();
  await h.start();
  drop('bad/unbalanced_quote.csv');
  const [failed] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  await engine().markHandled(failed!.id);
  // What `appt-connector retry JOB` does beside a running engine: moves the file back only.
  const handledAt = h.jobs()[0]!.handledAt;
  const r = await retryJob(h.running!.journal, failed!.id, h.settings.practices[0]);
  expect(r.ok).toBe(true);
  // The watcher may see the file before it is stable; a rescan a moment later takes it.
  await vi.waitFor(
    async () => {
      await engine().rescan();
      const [j] = h.jobs();
      expect([j!.state, j!.finishedAt !== failed!.finishedAt, fs.readdirSync(h.inbox())]).toEqual([
        'failed',
        true,
        expect.anything(),
      ]);
    },
    { timeout: 30_000, interval: 500 },
  );
  expect(h.jobs()[0]!.handledAt).toBe(handledAt); // still written, but older than the new failure
  await vi.waitFor(
    () => expect(engine().getStatus()).toMatchObject({ state: 'attention', counts: { failed: 1 } }),
    {
      timeout: 15_000,
    },
  );
  await h.stopEngine();
  await h.start();
  expect(engine().getStatus()).toMatchObject({ state: 'attention', counts: { failed: 1 } });
});
