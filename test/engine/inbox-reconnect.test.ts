// An inbox on a network share that is not there yet when the computer starts, or that drops
// during the day: the connector says so, keeps checking, and goes on by itself once it is back,
// taking what arrived meanwhile. Real folders, the real engine and the sandbox on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { EngineStatus, JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const finished = (n: number) => (jobs: JobDetails[]) =>
  jobs.filter((j) => j.state === 'processed' || j.state === 'failed').length >= n;

async function statusUntil(test: (s: EngineStatus) => boolean, timeoutMs = 10_000): Promise<EngineStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = h.running!.engine.getStatus();
    if (test(s)) return s;
    if (Date.now() > until) throw new Error(`status never matched: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const inboxProblem = (s: EngineStatus) => s.problems.find((p) => p.id === 'inbox:practice-1');

test('an inbox that cannot be reached at start is tried again and used once it can', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 150 } });
  // The "share" is not connected: where its folder should be there is a plain file.
  const share = path.join(h.root, 'share');
  fs.writeFileSync(share, 'not a folder');
  h.settings.practices[0]!.inbox = path.join(share, 'exports');
  await h.start();

  const down = await statusUntil((s) => inboxProblem(s) !== undefined);
  expect(down.state).toBe('error'); // its only practice cannot work at all
  expect(inboxProblem(down)!.message).toContain(
    `The inbox folder ${path.join(share, 'exports')} cannot be used`,
  );
  expect(inboxProblem(down)!.hint).toContain('tries again every 30 seconds');
  // Checked again every 150 ms here, but the same problem is no news: no status event, no redraw.
  let events = 0;
  const off = h.running!.engine.onStatus(() => events++);
  await new Promise((r) => setTimeout(r, 700));
  off();
  expect(events).toBe(0);

  // The share connects, with an export already waiting in it.
  fs.rmSync(share);
  fs.mkdirSync(path.join(share, 'exports'), { recursive: true });
  fs.writeFileSync(path.join(share, 'exports', 'monday.csv'), clinikoCsv(3));
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(job!.counts.sent).toBe(3);
  const up = await statusUntil((s) => inboxProblem(s) === undefined && s.state === 'idle');
  expect(up.problems).toEqual([]);
});

test('an inbox that disappears while watched is reported, then watched again with what arrived meanwhile', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 150 } });
  await h.start();
  const inbox = h.inbox();
  fs.writeFileSync(path.join(inbox, 'first.csv'), clinikoCsv(2));
  await h.waitFor(finished(1));

  // The share drops: the folder is gone (moved away with its archive).
  const away = `${inbox}-offline`;
  fs.renameSync(inbox, away);
  const down = await statusUntil((s) => inboxProblem(s) !== undefined);
  expect(inboxProblem(down)!.message).toContain(`The inbox folder ${inbox} cannot be reached`);

  // While it was away, the scheduling program wrote the next export into it; then it comes back.
  fs.writeFileSync(path.join(away, 'second.csv'), clinikoCsv(4));
  fs.renameSync(away, inbox);
  const jobs = await h.waitFor(finished(2));
  const second = jobs.find((j) => j.file === 'second.csv')!;
  expect(second.state).toBe('processed');
  expect(second.counts).toMatchObject({ sent: 2, unchanged: 2 });
  await statusUntil((s) => inboxProblem(s) === undefined);
  // Every export filed once: the first one's archive came back with the folder, untouched.
  const files = listFiles(inbox).filter((f) => f.startsWith('processed/'));
  expect(files.map((f) => path.basename(f)).sort()).toEqual(['first.csv', 'second.csv']);
  expect(h.sandbox.received()).toHaveLength(2);
});

test('an export that could not be moved out of the inbox is taken again at the next check', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 150 } });
  await h.start();
  const inbox = h.inbox();
  // Something holds the way into processing/ (here: a file where the folder goes).
  fs.writeFileSync(path.join(inbox, 'processing'), 'in the way');
  fs.writeFileSync(path.join(inbox, 'tuesday.csv'), clinikoCsv(2));
  await new Promise((r) => setTimeout(r, 800));
  expect(fs.existsSync(path.join(inbox, 'tuesday.csv'))).toBe(true); // not lost, not taken yet

  fs.rmSync(path.join(inbox, 'processing'));
  const jobs = await h.waitFor((js) => js.some((j) => j.file === 'tuesday.csv' && j.state === 'processed'));
  expect(jobs.filter((j) => j.file === 'tuesday.csv')).toHaveLength(1);
  expect(h.sandbox.received()).toHaveLength(1);
  expect(listFiles(inbox).filter((f) => f.endsWith('tuesday.csv'))).toEqual([
    expect.stringMatching(/^processed\/\d{4}-\d{2}-\d{2}\/tuesday\.csv$/),
  ]);
});
