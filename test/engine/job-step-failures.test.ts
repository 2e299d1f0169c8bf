// A job step that fails (processed/ or failed/ not usable, a share gone during archiving, the data
// folder full right after Medfusion accepted a batch, processing/ not usable at intake): a visible
// problem names the file and what to do, the step is tried again at the next inbox check, and the
// problem goes away once it works. Never "processed" with the file still in processing/, and an
// accepted batch is never POSTed again. Real folders, the real engine, the sandbox on loopback;
// folder faults are real (a file or a dangling link where the folder should be); a full disk is
// injected at the journal append (step-points.ts).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { createHarness, listFiles, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { EngineStatus, JobDetails, Problem } from '../../main/model/status-and-jobs.ts';
import { dayFolderName } from '../../main/engine/archive/inbox-folders.ts';
import { filedOn } from './support/filed-days.ts';
import { setStepHooks } from '../../main/engine/job/step-points.ts';

let h: Harness;
afterEach(async () => {
  setStepHooks(undefined);
  await h?.close();
});

/** When the test began: the day folders it may file into are those since (filed-days.ts). */
let since: Date;
beforeEach(() => {
  since = new Date();
});

async function statusUntil(test: (s: EngineStatus) => boolean, timeoutMs = 15_000): Promise<EngineStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = h.running!.engine.getStatus();
    if (test(s)) return s;
    if (Date.now() > until) throw new Error(`status never matched: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const stuck = (s: EngineStatus): Problem | undefined =>
  s.problems.find((p) => p.id.startsWith('stuck:') || p.id.startsWith('intake:'));

/** Every journal write: a job recorded as accepted or done while its file sits in processing/. */
function watchForLies(): string[] {
  const lies: string[] = [];
  h.running!.engine.onJob((job: JobDetails) => {
    const done = job.state === 'accepted' || job.state === 'tracked' || job.state === 'processed';
    if (done && job.archivedPath?.includes(`${path.sep}processing${path.sep}`))
      lies.push(`${job.state} with ${job.archivedPath}`);
  });
  return lies;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('processed/ cannot be used: the accepted file waits with a problem, and is filed once it can', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const inbox = h.inbox();
  // Where today's folder should go there is a file; tomorrow's too, as the test may cross midnight.
  const tomorrow = new Date(since.getFullYear(), since.getMonth(), since.getDate() + 1, 12);
  const blocked = [dayFolderName(since), dayFolderName(tomorrow)];
  fs.mkdirSync(path.join(inbox, 'processed'));
  for (const day of blocked) fs.writeFileSync(path.join(inbox, 'processed', day), 'in the way');
  await h.start();
  const lies = watchForLies();
  fs.writeFileSync(path.join(inbox, 'week.csv'), clinikoCsv(3));

  const down = await statusUntil((s) => stuck(s) !== undefined);
  const problem = stuck(down)!;
  expect(problem.kind).toBe('file');
  expect(problem.message).toMatch(
    /^week\.csv of Practice 1 waits: reading, sending or filing it away failed because /,
  );
  expect(problem.message).toContain(path.join(inbox, 'processed'));
  expect(problem.hint).toContain('tries again every 30 seconds');
  expect(down.state).toBe('attention');
  // Several checks go by: still waiting, sent once, not recorded as done.
  await sleep(800);
  expect(h.sandbox.received()).toHaveLength(1);
  const waiting = h.jobs()[0]!;
  expect(waiting.state).not.toBe('processed');
  expect(waiting.state).not.toBe('failed');
  expect(listFiles(inbox)).toEqual([
    ...blocked.map((d) => `processed/${d}`),
    `processing/${waiting.id}-week.csv`,
  ]);

  for (const day of blocked) fs.rmSync(path.join(inbox, 'processed', day));
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(job!.outcome).toBe('COMPLETED');
  expect(listFiles(inbox)).toEqual([`processed/${filedOn(job, since)}/week.csv`]);
  expect(h.sandbox.received()).toHaveLength(1);
  await statusUntil((s) => stuck(s) === undefined);
  expect(lies).toEqual([]);
});

test('failed/ cannot be used: the refused file waits with a problem, then lands in failed/ with its reports', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const inbox = h.inbox();
  // A link to a folder that is not there (a share mapped as failed/, disconnected).
  fs.symlinkSync(path.join(h.root, 'no-such-share', 'failed'), path.join(inbox, 'failed'));
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 10 });
  await h.start();
  fs.writeFileSync(path.join(inbox, 'week.csv'), clinikoCsv(3));

  const problem = stuck(await statusUntil((s) => stuck(s) !== undefined))!;
  expect(problem.message).toContain('week.csv of Practice 1 waits');
  expect(problem.message).toContain(`${path.join(inbox, 'failed')} cannot be reached or is not a folder`);
  await sleep(600);
  expect(h.jobs()[0]!.state).not.toBe('failed');

  fs.rmSync(path.join(inbox, 'failed'));
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'failed');
  expect(job!.reason).toMatch(/^Medfusion refused 1 of 1 batch/);
  expect(listFiles(inbox)).toEqual([
    'failed/week.csv',
    'failed/week.csv.error.json',
    'failed/week.csv.error.txt',
  ]);
  // Refused once, not again: 10 faults armed, 1 used.
  expect(h.sandbox.faults.list()[0]!.remaining).toBe(9);
  await statusUntil((s) => stuck(s) === undefined);
});

test('a share gone while the file is filed away: never recorded as processed while it sits in processing/', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const inbox = h.inbox();
  const away = `${inbox}-offline`;
  let dropped = false;
  setStepHooks({
    before(kind, detail) {
      // The share drops right before the file is linked into processed/.
      if (kind === 'link' && detail.includes(`${path.sep}processed${path.sep}`) && !dropped) {
        dropped = true;
        fs.renameSync(inbox, away);
      }
    },
  });
  await h.start();
  const lies = watchForLies();
  fs.writeFileSync(path.join(inbox, 'week.csv'), clinikoCsv(3));

  const problem = stuck(await statusUntil((s) => stuck(s) !== undefined))!;
  expect(problem.message).toContain('week.csv of Practice 1 waits');
  await sleep(600);
  expect(h.jobs()[0]!.state).not.toBe('processed');

  fs.renameSync(away, inbox);
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  const day = filedOn(job, since);
  expect(job!.archivedPath).toBe(path.join(inbox, 'processed', day, 'week.csv'));
  expect(listFiles(inbox)).toEqual([`processed/${day}/week.csv`]);
  expect(h.sandbox.received()).toHaveLength(1);
  await statusUntil((s) => stuck(s) === undefined && s.state === 'idle');
  expect(lies).toEqual([]);
});

test('the share back while the connector looks for the file in the inbox recreated empty: not "processed" with no file', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const inbox = h.inbox();
  const away = `${inbox}-offline`;
  let dropped = false;
  setStepHooks({
    before(kind, detail) {
      if (kind === 'link' && detail.includes(`${path.sep}processed${path.sep}`) && !dropped) {
        dropped = true;
        fs.renameSync(inbox, away);
      }
    },
  });
  // The share comes back in the middle of a look for the file: after the empty inbox the engine
  // made in its place was searched, before the file's own folder is checked (under load a real
  // reconnect lands there: seen as "processed" with no file path in CI).
  const readdir = fsp.readdir.bind(fsp);
  const spy = vi.spyOn(fsp, 'readdir').mockImplementation(((dir: fs.PathLike, ...rest: unknown[]) => {
    const looking = new Error().stack?.includes('locate-job-file');
    if (
      looking &&
      String(dir) === path.join(inbox, 'processed') &&
      fs.existsSync(away) &&
      fs.existsSync(inbox)
    ) {
      fs.rmSync(inbox, { recursive: true });
      fs.renameSync(away, inbox);
    }
    return (readdir as (...a: unknown[]) => unknown)(dir, ...rest);
  }) as typeof fsp.readdir);
  onTestFinished(() => spy.mockRestore());
  await h.start();
  const lies = watchForLies();
  fs.writeFileSync(path.join(inbox, 'week.csv'), clinikoCsv(3));

  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(fs.existsSync(away)).toBe(false);
  const day = filedOn(job, since);
  expect(job!.archivedPath).toBe(path.join(inbox, 'processed', day, 'week.csv'));
  expect(listFiles(inbox)).toEqual([`processed/${day}/week.csv`]);
  expect(h.sandbox.received()).toHaveLength(1);
  expect(lies).toEqual([]);
});

/** From the moment Medfusion accepted a batch, every journal append fails while `full.on`. */
function fullDiskAfterAcceptance(): { on: boolean } {
  const full = { on: false };
  setStepHooks({
    after(kind, detail) {
      if (kind === 'post' && detail === 'accepted') full.on = true;
    },
    before(kind) {
      if (kind === 'journal' && full.on)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  });
  return full;
}

test('the data folder full right after Medfusion accepted: a problem, then the batch is recorded, not sent again', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const full = fullDiskAfterAcceptance();
  await h.start();
  fs.writeFileSync(path.join(h.inbox(), 'week.csv'), clinikoCsv(3));

  const problem = stuck(await statusUntil((s) => stuck(s) !== undefined))!;
  expect(problem.message).toContain('because the disk holding the history file in the data folder is full');
  expect(problem.hint).toMatch(/^Free some space on that disk\./);
  await sleep(800); // several checks, each failing again
  expect(h.sandbox.received()).toHaveLength(1);

  full.on = false;
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(job!.counts.sent).toBe(3);
  expect(job!.batches[0]!.httpStatus).toBe(202);
  expect(h.sandbox.received()).toHaveLength(1);
  await statusUntil((s) => stuck(s) === undefined);
});

test('the data folder full, freed, then a restart before the next check: the accepted batch is not POSTed again', async () => {
  // A check every minute: only the stop writes what the full disk refused.
  h = await createHarness({ tuning: { inboxCheckMs: 60_000 } });
  const full = fullDiskAfterAcceptance();
  await h.start();
  fs.writeFileSync(path.join(h.inbox(), 'week.csv'), clinikoCsv(3));
  await statusUntil((s) => stuck(s) !== undefined);
  expect(h.sandbox.received()).toHaveLength(1);

  full.on = false;
  await h.stopEngine();
  await h.start();
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(job!.counts.sent).toBe(3);
  expect(h.sandbox.received()).toHaveLength(1);
  expect(listFiles(h.inbox())).toEqual([`processed/${filedOn(job, since)}/week.csv`]);
});

test('processing/ cannot be used: the file waits in the inbox with a problem naming it, then goes', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const inbox = h.inbox();
  fs.symlinkSync(path.join(h.root, 'no-such-share', 'processing'), path.join(inbox, 'processing'));
  await h.start();
  fs.writeFileSync(path.join(inbox, 'week.csv'), clinikoCsv(3));

  const problem = stuck(await statusUntil((s) => stuck(s) !== undefined))!;
  expect(problem.id).toBe('intake:practice-1:week.csv');
  expect(problem.message).toMatch(/^week\.csv in the inbox of Practice 1 could not be taken in: /);
  expect(problem.hint).toContain('nothing of this file was sent yet');
  expect(h.sandbox.received()).toHaveLength(0);

  fs.rmSync(path.join(inbox, 'processing'));
  const [job] = await h.waitFor((jobs) => jobs.length === 1 && jobs[0]!.state === 'processed');
  expect(job!.counts.sent).toBe(3);
  expect(listFiles(inbox)).toEqual([`processed/${filedOn(job, since)}/week.csv`]);
  await statusUntil((s) => stuck(s) === undefined);
});

test('the data folder full while the verdict is tracked: a problem, then tracking goes on to processed', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  const full = { on: false };
  setStepHooks({
    after(kind, detail) {
      // Filed into processed/ and recorded as accepted: from now on the disk is full.
      if (kind === 'journal' && detail.includes('state,archivedPath,movingTo')) full.on = true;
    },
    before(kind) {
      if (kind === 'journal' && full.on)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  });
  await h.start();
  fs.writeFileSync(path.join(h.inbox(), 'week.csv'), clinikoCsv(3));

  const problem = stuck(await statusUntil((s) => stuck(s) !== undefined))!;
  expect(problem.message).toContain("recording Medfusion's verdict failed because the disk holding");
  expect(h.jobs()[0]!.state).toBe('accepted');
  expect(listFiles(h.inbox())).toEqual([`processed/${filedOn(h.jobs()[0], since)}/week.csv`]);

  full.on = false;
  const [job] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  expect(job!.outcome).toBe('COMPLETED');
  expect(h.sandbox.received()).toHaveLength(1);
  await statusUntil((s) => stuck(s) === undefined);
});
