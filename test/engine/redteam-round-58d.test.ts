// Red-team probes (round 58d) of the other-practice hold (engine/job/other-practice.ts) when files
// land together: a file is judged by the history sent before it arrived, so exports dropped at
// once are judged alike whichever the queue sends first. Outcomes were worked out by hand BEFORE
// the first run, each in both orders of the files' names (the queue takes them by arrival):
//   a practice with nothing sent yet: every file dropped at once is a first export, sent;
//   a practice with history: its own file goes, another practice's is held, dropped together.
// Sends and portal lines read `Family Day HH:MM` in Chicago (week-of-exports.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, without, type Visit } from './support/day-visits.ts';
import { final, write } from './support/sending-probes.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-58d-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
const week = (c: Ctx) => weekOf(c.onTestFinished, shared, { name: 'Hillcrest Family Medicine' });
const NOID = without(OWN, 'Appt ID');
const vs = (w: Week, ks: number[], o: Partial<Visit> & { day?: number } = {}) => ks.map((k) => w.v(k, o));
/** Another practice: its own patients, providers and office. */
const other = (w: Week) =>
  [6, 7, 8, 9].map((k) =>
    w.v(k, {
      provider: k % 2 ? 'Ortiz, Ana DO' : 'Fox, Sam MD',
      location: 'Lakeside Pediatrics',
      chart: `77${k}`,
    }),
  );
/** Drop these files at once; wait until every one's job is final: each file's state by name. */
async function together(
  w: Week,
  files: Array<[string, string]>,
): Promise<Record<string, JobDetails['state']>> {
  const before = new Set(w.h.jobs().map((j) => j.id));
  for (const [name, text] of files) write(w.h, name, text);
  const jobs = await w.h.waitFor(
    (js) => js.filter((j) => !before.has(j.id) && final(j)).length >= files.length,
    30_000,
  );
  return Object.fromEntries(jobs.filter((j) => !before.has(j.id)).map((j) => [j.file, j.state]));
}
const OWN_THREE = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];

describe.concurrent('files dropped together are judged alike, whichever is sent first', () => {
  for (const [first, second] of [
    ['a-own.csv', 'b-lakeside.csv'],
    ['b-own.csv', 'a-lakeside.csv'],
  ])
    it(`nothing sent yet, ${first} and ${second} at once: both first exports, sent`, async (c) => {
      const w = await week(c);
      const states = await together(w, [
        [first, csv(NOID, vs(w, [1, 2, 3]))],
        [second, csv(NOID, other(w))],
      ]);
      expect(states).toEqual({ [first]: 'processed', [second]: 'processed' });
    });

  it('nothing sent yet, three files of one practice’s systems at once: all sent', async (c) => {
    const w = await week(c);
    const states = await together(w, [
      ['c-day1.csv', csv(NOID, vs(w, [1, 2]))],
      ['b-day2.csv', csv(NOID, vs(w, [3, 4], { provider: 'Shah, Priya MD', day: 1 }))],
      ['a-lakeside.csv', csv(NOID, other(w))],
    ]);
    expect(Object.values(states)).toEqual(['processed', 'processed', 'processed']);
  });

  for (const [mine, theirs] of [
    ['a-more.csv', 'b-lakeside.csv'],
    ['b-more.csv', 'a-lakeside.csv'],
  ])
    it(`history sent, then ${mine} (ours) and ${theirs} at once: ours sent, theirs held`, async (c) => {
      const w = await week(c);
      await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3])));
      const states = await together(w, [
        [mine, csv(NOID, vs(w, [4, 5]))],
        [theirs, csv(NOID, other(w))],
      ]);
      expect(states).toEqual({ [mine]: 'processed', [theirs]: 'held' });
      expect(w.portal().filter((l) => /Brown|Kim|Lakeside/.test(l))).toEqual([]);
    });

  it('history sent, then two strangers’ files at once: both held, the portal as it was', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3])));
    const theirs = other(w);
    const states = await together(w, [
      ['a-lakeside.csv', csv(NOID, theirs.slice(0, 2))],
      ['b-lakeside.csv', csv(NOID, theirs.slice(2))],
    ]);
    expect(states).toEqual({ 'a-lakeside.csv': 'held', 'b-lakeside.csv': 'held' });
    expect(w.portal()).toEqual(OWN_THREE);
  });
});
