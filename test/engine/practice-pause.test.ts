// A person's timed pause of one practice, with real files in temp folders, the real engine and
// the sandbox on loopback: the paused practice's exports wait in its inbox untouched while the
// other practice sends; the pause ends by itself at its time; it survives a restart; Resume takes
// the waiting files. Also each practice's status line (last export, test mode, paused until).
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness, dropExport } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import { PRACTICE_PAUSES_FILE, pauseEnd } from '../../main/engine/practice-pauses.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const processed = (file: string) => (jobs: JobDetails[]) =>
  jobs.some((j) => j.file === file && j.state === 'processed');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const line = (name: string) => h.running!.engine.getStatus().practices!.find((p) => p.name === name)!;

/** Long enough for the watcher (stability 200 ms) and a send to the sandbox on a busy machine. */
const SETTLE_MS = 2_500;

test('a paused practice leaves its export in the inbox untouched while the other one sends', async () => {
  h = await createHarness({ practices: 2 });
  const running = await h.start();
  const until = new Date(Date.now() + 60 * 60 * 1000);
  expect((await running.engine.pausePractice('Practice 1', until)).ok).toBe(true);
  const text = clinikoCsv(3);
  dropExport(h.inbox(0), 'paused.csv', text);
  dropExport(h.inbox(1), 'goes.csv', clinikoCsv(2));
  await h.waitFor(processed('goes.csv'));
  await sleep(SETTLE_MS);
  // Nothing of Practice 1's export was read, moved or recorded; only Practice 2's was sent.
  expect(fs.readFileSync(path.join(h.inbox(0), 'paused.csv'), 'utf8')).toBe(text);
  expect(h.jobs().map((j) => j.file)).toEqual(['goes.csv']);
  expect(h.sandbox.received()).toHaveLength(1);
  expect(line('Practice 1')).toMatchObject({
    pausedUntil: until.toISOString(),
    waitingInInbox: 1,
    testMode: true,
  });
  expect(line('Practice 2')).toMatchObject({
    waitingInInbox: 0,
    lastExport: { file: 'goes.csv', result: 'sent' },
  });
  expect(line('Practice 2').pausedUntil).toBeUndefined();
  // The global flag is the app-wide pause: one practice's pause is not that.
  expect(running.engine.getStatus().paused).toBe(false);

  // Send now is refused while paused (it would surprise); Resume takes the waiting export.
  expect((await running.engine.checkPracticeNow('Practice 1')).ok).toBe(false);
  expect(running.engine.endPracticePause('Practice 1')).toBe(true);
  await h.waitFor(processed('paused.csv'));
  expect(fs.existsSync(path.join(h.inbox(0), 'paused.csv'))).toBe(false);
  expect(line('Practice 1').pausedUntil).toBeUndefined();
  expect(line('Practice 1')).toMatchObject({
    waitingInInbox: 0,
    lastExport: { file: 'paused.csv', result: 'sent' },
  });
});

test('the pause ends by itself at its time and the waiting export goes', async () => {
  h = await createHarness();
  const running = await h.start();
  const until = new Date(Date.now() + 3_000);
  await running.engine.pausePractice('Practice 1', until);
  dropExport(h.inbox(), 'later.csv', clinikoCsv(2));
  await sleep(1_500);
  expect(h.jobs()).toEqual([]);
  expect(fs.existsSync(path.join(h.inbox(), 'later.csv'))).toBe(true);
  // No one presses anything: the pause's own time ends it.
  const jobs = await h.waitFor(processed('later.csv'), 20_000);
  expect(Date.parse(jobs[0]!.receivedAt)).toBeGreaterThanOrEqual(until.getTime());
  expect(line('Practice 1').pausedUntil).toBeUndefined();
  // Forgotten durably too: a restart now does not pause it again.
  await sleep(200);
  const kept = JSON.parse(fs.readFileSync(path.join(h.dataDir, PRACTICE_PAUSES_FILE), 'utf8'));
  expect(kept.pauses).toEqual([]);
});

test('the pause survives a restart; the files wait through it and go on Resume', async () => {
  h = await createHarness({ practices: 2 });
  let running = await h.start();
  const until = new Date(Date.now() + 60 * 60 * 1000);
  await running.engine.pausePractice('Practice 2', until);
  dropExport(h.inbox(1), 'before-restart.csv', clinikoCsv(2));
  await sleep(SETTLE_MS);
  await h.stopEngine();

  const kept = JSON.parse(fs.readFileSync(path.join(h.dataDir, PRACTICE_PAUSES_FILE), 'utf8'));
  expect(kept).toMatchObject({
    version: 1,
    pauses: [{ credentialKey: 'practice-2', practice: 'Practice 2', until: until.toISOString() }],
  });

  // Started again (the app restarted): still paused, and the first look at the inbox leaves
  // both the old export and a new one there.
  running = await h.start();
  expect(line('Practice 2').pausedUntil).toBe(until.toISOString());
  dropExport(h.inbox(1), 'after-restart.csv', clinikoCsv(3));
  dropExport(h.inbox(0), 'other.csv', clinikoCsv(1));
  await h.waitFor(processed('other.csv'));
  await sleep(SETTLE_MS);
  expect(h.jobs().map((j) => j.file)).toEqual(['other.csv']);
  expect(
    fs
      .readdirSync(h.inbox(1))
      .filter((f) => f.endsWith('.csv'))
      .sort(),
  ).toEqual(['after-restart.csv', 'before-restart.csv']);
  expect(line('Practice 2').waitingInInbox).toBe(2);

  running.engine.resume(); // the app-wide Resume ends the practice's pause too
  await h.waitFor((jobs) => processed('before-restart.csv')(jobs) && processed('after-restart.csv')(jobs));
  expect(h.sandbox.received()).toHaveLength(3);
});

test('a pause whose time passed while the app was closed is over at the next start', async () => {
  h = await createHarness();
  const running = await h.start();
  await running.engine.pausePractice('Practice 1', new Date(Date.now() + 1_500));
  await h.stopEngine();
  dropExport(h.inbox(), 'overnight.csv', clinikoCsv(2));
  await sleep(2_000);
  await h.start();
  await h.waitFor(processed('overnight.csv'));
  expect(line('Practice 1').pausedUntil).toBeUndefined();
});

test('refuses a pause of an unknown practice or one that ends in the past', async () => {
  h = await createHarness();
  const running = await h.start();
  expect(await running.engine.pausePractice('Nobody', new Date(Date.now() + 60_000))).toMatchObject({
    ok: false,
  });
  expect(await running.engine.pausePractice('Practice 1', new Date(Date.now() - 1))).toMatchObject({
    ok: false,
  });
  expect(line('Practice 1').pausedUntil).toBeUndefined();
});

test('status lines: one per practice, test mode only on the built-in sandbox, problems counted', async () => {
  h = await createHarness({
    practices: 2,
    over: [{}, { name: 'Main Street Clinic', environment: 'http://127.0.0.1:1' }],
  });
  const running = await h.start();
  dropExport(h.inbox(0), 'monday.csv', clinikoCsv(2));
  await h.waitFor(processed('monday.csv'));
  const practices = running.engine.getStatus().practices!;
  expect(practices.map((p) => [p.name, p.credentialKey, p.testMode])).toEqual([
    ['Practice 1', 'practice-1', true],
    ['Main Street Clinic', 'practice-2', false],
  ]);
  expect(practices[0]).toMatchObject({
    watching: true,
    problems: 0,
    signInRefused: false,
    lastExport: { file: 'monday.csv', result: 'sent' },
  });
  expect(practices[1]!.lastExport).toBeUndefined();
});

test('"until tomorrow" ends at 06:00 local time the next day; "1 h" an hour from now', () => {
  const afternoon = new Date(2026, 10, 25, 15, 20);
  expect(pauseEnd('tomorrow', afternoon)).toEqual(new Date(2026, 10, 26, 6, 0));
  const lateNight = new Date(2026, 11, 31, 23, 50);
  expect(pauseEnd('tomorrow', lateNight)).toEqual(new Date(2027, 0, 1, 6, 0));
  expect(pauseEnd('hour', afternoon).getTime() - afternoon.getTime()).toBe(3_600_000);
});
