// Issue 10 item 6 through the real engine and sandbox: settings handed to the engine without
// validation (or folders that changed after it) must still never let one practice take another's
// files or the data folder's own. Real folders and links in a temp dir.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const problem = (name: string) =>
  h.running!.engine.getStatus().problems.find((p) => p.id.startsWith('inbox:') && p.practice === name)
    ?.message;

/** Wait until the engine reports an inbox problem for this practice matching `re`. */
async function waitProblem(name: string, re: RegExp): Promise<string> {
  const until = Date.now() + 10_000;
  for (;;) {
    const m = problem(name);
    if (m && re.test(m)) return m;
    if (Date.now() > until) throw new Error(`no problem for ${name} matching ${re}: ${m}`);
    await sleep(50);
  }
}

test("practice B's inbox inside practice A's failed/: B never sends A's files, and both say which rule", async () => {
  h = await createHarness({ practices: 2 });
  const failed = path.join(h.inbox(0), 'failed');
  fs.mkdirSync(failed, { recursive: true });
  h.settings.practices[1]!.inbox = failed;
  // An export of A's that failed earlier waits there.
  fs.writeFileSync(path.join(failed, 'monday.csv'), clinikoCsv(3));
  await h.start();
  expect(await waitProblem('Practice 2', /lies inside the inbox of practices\[0\] \(Practice 1,/)).toMatch(
    /^The inbox folder .*failed is not used: /,
  );
  expect(await waitProblem('Practice 1', /contains the inbox of practices\[1\] \(Practice 2,/)).toBeTruthy();
  await sleep(1000);
  expect(h.sandbox.received()).toEqual([]);
  expect(fs.existsSync(path.join(failed, 'monday.csv'))).toBe(true);
});

test('two practices on one folder through a link: neither takes a file (no random split), both say so', async () => {
  h = await createHarness({ practices: 2 });
  fs.rmSync(h.inbox(1), { recursive: true });
  fs.symlinkSync(h.inbox(0), h.inbox(1), 'dir');
  for (let i = 0; i < 4; i++)
    fs.writeFileSync(path.join(h.inbox(0), `day-${i}.csv`), clinikoCsv(2, { firstId: 90_000 + i * 10 }));
  await h.start();
  await waitProblem('Practice 1', /is already the inbox of practices\[1\]/);
  await waitProblem(
    'Practice 2',
    /is already the inbox of practices\[0\] .*\(the same folder by another path, such as a link\)/,
  );
  await sleep(1000);
  expect(h.sandbox.received()).toEqual([]);
  expect(fs.readdirSync(h.inbox(0)).sort()).toEqual(['day-0.csv', 'day-1.csv', 'day-2.csv', 'day-3.csv']);
});

test('an inbox equal to the data folder: settings.json is not taken as an export', async () => {
  h = await createHarness();
  fs.mkdirSync(h.dataDir, { recursive: true });
  const settingsFile = path.join(h.dataDir, 'settings.json');
  const text = JSON.stringify(h.settings);
  fs.writeFileSync(settingsFile, text);
  h.settings.practices[0]!.inbox = h.dataDir;
  await h.start();
  await waitProblem('Practice 1', /is the connector’s data folder/);
  await sleep(1000);
  expect(fs.readFileSync(settingsFile, 'utf8')).toBe(text);
  expect(h.jobs()).toEqual([]);
});

test('a folder that appears later as a link into another inbox is refused when the engine tries it again', async () => {
  h = await createHarness({ practices: 2, tuning: { inboxCheckMs: 200 } });
  // B's inbox lies under a path that is a plain file at start: it cannot be used (yet).
  const blocked = path.join(h.root, 'share');
  fs.writeFileSync(blocked, 'not a folder');
  h.settings.practices[1]!.inbox = path.join(blocked, 'inbox');
  await h.start();
  await waitProblem('Practice 2', /cannot be used/);
  // The "share" appears: a link to practice A's inbox. B's inbox would now be inside A's.
  fs.mkdirSync(path.join(h.inbox(0), 'inbox'));
  fs.writeFileSync(path.join(h.inbox(0), 'inbox', 'tuesday.csv'), clinikoCsv(2));
  fs.rmSync(blocked);
  fs.symlinkSync(h.inbox(0), blocked, 'dir');
  await waitProblem('Practice 2', /lies inside the inbox of practices\[0\] \(Practice 1,/);
  await sleep(800);
  expect(h.sandbox.received()).toEqual([]);
  expect(fs.existsSync(path.join(h.inbox(0), 'inbox', 'tuesday.csv'))).toBe(true);
  // Practice A itself goes on (it was watching already; a new file of its own is sent).
  fs.writeFileSync(path.join(h.inbox(0), 'wednesday.csv'), clinikoCsv(2, { firstId: 93_000 }));
  await h.waitFor((jobs) => jobs.some((j) => j.file === 'wednesday.csv' && j.state === 'processed'));
});
