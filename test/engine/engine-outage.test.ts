// Issue 10 item 8: a Medfusion outage, however long, never files an export as failed. The engine
// keeps trying with a capped backoff and the job says "Waiting for Medfusion since HH:MM" until
// Medfusion answers; then the file is sent once. The outages are switched on and off over the
// sandbox's fault endpoint (HTTP), and last several times the old give-up window (4 attempts
// with waits of at most 50 + 100 + 200 ms under the harness's fast policy, well under 1 s).
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const drop = (name: string, text: string) => {
  fs.writeFileSync(path.join(h.inbox(), `.${name}.tmp`), text);
  fs.renameSync(path.join(h.inbox(), `.${name}.tmp`), path.join(h.inbox(), name));
};

/** POST /__sandbox/faults, as a test script or a person with curl would. */
async function faults(body: unknown): Promise<void> {
  const res = await fetch(`${h.sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
}

const WAITING = /^Waiting for Medfusion since \d\d:\d\d \(.+\)\. Nothing to do: the connector keeps trying/;

describe.each([
  ['503 on every POST', { route: 'appointmentsdata', status: 503, times: 'always' }],
  ['connection dropped on every POST', { route: 'appointmentsdata', drop: true, times: 'always' }],
])('send outage: %s', (_name, rule) => {
  test('the job waits, says since when, and is sent once when Medfusion is back', async () => {
    h = await createHarness();
    const running = await h.start();
    await faults({ set: [rule] });
    drop('day.csv', clinikoCsv(3));
    // Twice the old limit of 4 attempts (before the fix the file was in failed/ after the 4th).
    const [waiting] = await h.waitFor(
      (jobs) => jobs[0]?.state === 'failed' || (jobs[0]?.attempts ?? 0) >= 8,
      30_000,
    );
    expect(waiting!.state, waiting!.reason).toBe('sending');
    expect(waiting!.waitingSince).toBeDefined();
    expect(waiting!.reason).toMatch(WAITING);
    expect(listFiles(h.inbox()).filter((f) => f.startsWith('failed/'))).toEqual([]);
    const problem = running.engine.getStatus().problems.find((p) => p.kind === 'unreachable');
    expect(problem?.hint).toMatch(/Waiting for Medfusion since \d\d:\d\d/);
    expect(h.sandbox.received()).toHaveLength(0);

    await faults({ clear: true });
    const [sent] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
    expect(sent!.outcome).toBe('COMPLETED');
    expect(sent!.counts.sent).toBe(3);
    expect(sent!.waitingSince).toBeUndefined();
    expect(sent!.reason).toBeUndefined();
    expect(h.sandbox.received()).toHaveLength(1);
    expect(running.engine.getStatus().problems.filter((p) => p.kind === 'unreachable')).toEqual([]);
  });
});

test("a final answer (415) still goes to failed/ at once, with the server's words", async () => {
  h = await createHarness();
  await h.start();
  await faults({ set: [{ route: 'appointmentsdata', status: 415, times: 'always' }] });
  drop('day.csv', clinikoCsv(1));
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'failed');
  expect(job!.reason).toMatch(/refused 1 of 1 batch/);
  expect(job!.waitingSince).toBeUndefined();
  expect(listFiles(h.inbox())).toContain('failed/day.csv');
});

test('tracking: the status route down for longer than the PENDING cap waits, then reads the verdict', async () => {
  h = await createHarness({ tuning: { pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: 1_000 } } });
  await h.start();
  await faults({ set: [{ route: 'status', status: 503, times: 'always' }] });
  drop('day.csv', clinikoCsv(2));
  await h.waitFor((jobs) => jobs[0]?.waitingSince !== undefined && jobs[0].state === 'accepted');
  // Three times the cap: before the fix the job was closed as PENDING after 1 s.
  await sleep(3_000);
  const [waiting] = h.jobs() as [JobDetails];
  expect(waiting.state).toBe('accepted');
  expect(waiting.outcome).toBeUndefined();
  expect(waiting.reason).toMatch(WAITING);
  expect(waiting.reason).toMatch(/verdict/);

  await faults({ clear: true });
  const [done] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(done!.outcome).toBe('COMPLETED');
  expect(done!.waitingSince).toBeUndefined();
  expect(done!.reason).toBeUndefined();
  expect(h.sandbox.received()).toHaveLength(1);
});

test('a restart during an outage keeps "since when" and the job; it is sent once afterwards', async () => {
  // Waits of 150-300 ms, so the restarted engine's first attempt (attempts back to 1) is seen.
  h = await createHarness({ tuning: { sendPolicy: { baseMs: 300, capMs: 300 } } });
  await h.start();
  await faults({ set: [{ route: 'appointmentsdata', status: 503, times: 'always' }] });
  drop('day.csv', clinikoCsv(2));
  const [before] = await h.waitFor((jobs) => (jobs[0]?.attempts ?? 0) >= 2);
  await h.stopEngine();
  await h.start();
  const [after] = await h.waitFor((jobs) => jobs[0]?.attempts === 1);
  expect(after!.id).toBe(before!.id);
  expect(after!.waitingSince).toBe(before!.waitingSince);
  expect(after!.reason).toMatch(WAITING);
  await faults({ clear: true });
  const [sent] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(sent!.waitingSince).toBeUndefined();
  expect(h.sandbox.received()).toHaveLength(1);
});
