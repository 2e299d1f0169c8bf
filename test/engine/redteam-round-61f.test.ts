// Red-team probes (round 61f): several exports dropped within one second, through a real engine
// into one sandbox shared by the file (week-of-exports.ts: a week of its own each). A job id is
// the second it was taken and a six-hex tail (new-job.ts); the tail was random, so two jobs taken
// within one second sorted either way by id. The engine itself orders exports by their arrival
// time (arrival-time.ts: a millisecond stamp that never repeats for a practice), so each probe
// asks whether what was SENT follows the order the files were dropped in, and whether the ids
// (what the history, the CLI and anything that sorts jobs by id see) do too. What the portal ends
// with and what is sent was worked out by hand BEFORE the first run; a probe named FAULT failed
// before its fix:
// - ids: the tail is now the millisecond and a per-process count (new-job.ts), same shape.
// - booked, cancelled, booked again within one second: the third file, the first one's bytes, was
//   recorded as a copy of the first while that was still queued: nothing sent, Nguyen left
//   cancelled though the newest export books him (intake.ts: a copy only of the newest export).
// - two or three files dropped within one poll of the watcher's stability check were found
//   stable, and taken, in either order (the restart probe saw c.csv taken before b.csv: Smith's
//   08:30 read as newer than 08:45); those found together now go oldest first (inbox-watcher.ts).
//
// Portal and send lines read `Family Day HH:MM state` in Chicago; a day is Monday's: Smith (chart
// 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with Lee, Anna MD at Main St Clinic.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { JobStore } from '../../main/engine/job-store/job-store.ts';
import { newJob, newJobId } from '../../main/engine/job/new-job.ts';
import { OWN, csv, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { dropAll as dropped, takenInOrder, ID } from './support/dropped-together.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-61f-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
const week = (c: Ctx, over: Partial<PracticeSettings> = {}) => weekOf(c.onTestFinished, shared, over);
const SNAP = { snapshotMode: true, maxSnapshotCancelPercent: 100 };
const day3 = (w: Week, o: (k: number) => Partial<Visit> = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
const dropAll = (w: Week, files: Parameters<typeof dropped>[2]) => dropped(w, shared.dir, files);

const P0 = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const NEW3 = ['NEW Smith Mon 08:00', 'NEW Garcia Mon 09:00', 'NEW Nguyen Mon 10:00'];
const NGUYEN_CANCELLED = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 cancelled', 'Smith Mon 08:00 active'];

describe.concurrent('exports dropped within one second: sent in the order they were dropped', () => {
  it('FAULT (ids): a book then a cancel of the same visit: NEW ×3 then CANCEL Nguyen; ids sort as taken', async (c) => {
    const w = await week(c);
    const { jobs, sent } = await dropAll(w, [
      ['a.csv', csv(OWN, day3(w))],
      [
        'b.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 3 ? { status: 'Cancelled' } : {})),
        ),
      ],
    ]);
    expect(jobs.map((j) => j.state)).toEqual(['processed', 'processed']);
    expect(sent).toEqual([...NEW3, 'CANCEL Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(NGUYEN_CANCELLED);
    takenInOrder(jobs);
  });

  it('a snapshot then a narrower snapshot (Nguyen deleted): NEW ×3 then CANCEL Nguyen', async (c) => {
    const w = await week(c, SNAP);
    const { jobs, sent } = await dropAll(w, [
      ['a.csv', csv(OWN, day3(w))],
      ['b.csv', csv(OWN, day3(w).slice(0, 2))],
    ]);
    expect(sent).toEqual([...NEW3, 'CANCEL Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(NGUYEN_CANCELLED);
    takenInOrder(jobs);
  });

  it('booked, moved, cancelled (three files): Garcia ends cancelled at 11:00', async (c) => {
    const w = await week(c);
    const { jobs, sent } = await dropAll(w, [
      ['a.csv', csv(OWN, day3(w))],
      [
        'b.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 2 ? { time: '11:00' } : {})),
        ),
      ],
      [
        'c.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 2 ? { time: '11:00', status: 'Cancelled' } : {})),
        ),
      ],
    ]);
    expect(sent).toEqual([...NEW3, 'UPDATE Garcia Mon 11:00', 'CANCEL Garcia Mon 11:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 11:00 cancelled',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:00 active',
    ]);
    takenInOrder(jobs);
  });

  it('FAULT: booked, cancelled, booked again (the first bytes a third time): Nguyen ends booked', async (c) => {
    const w = await week(c);
    const first = csv(OWN, day3(w));
    const { jobs, sent } = await dropAll(w, [
      ['appts_0900.csv', first],
      [
        'appts_0901.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 3 ? { status: 'Cancelled' } : {})),
        ),
      ],
      ['appts_0902.csv', first],
    ]);
    expect(sent).toEqual([...NEW3, 'CANCEL Nguyen Mon 10:00', 'UPDATE Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(P0);
    takenInOrder(jobs);
  });

  it('a share that keeps whole seconds: both stamped the same second, names in the order written', async (c) => {
    const w = await week(c);
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 5000);
    const { jobs, sent } = await dropAll(w, [
      ['appts_0900.csv', csv(OWN, day3(w)), second],
      [
        'appts_0901.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 3 ? { status: 'Cancelled' } : {})),
        ),
        second,
      ],
    ]);
    expect(sent).toEqual([...NEW3, 'CANCEL Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(NGUYEN_CANCELLED);
    takenInOrder(jobs);
  });

  it('FAULT: three moves of Smith in one second are taken in the order written; the history after a restart lists them newest first', async (c) => {
    const w = await week(c);
    const { jobs } = await dropAll(w, [
      ['a.csv', csv(OWN, day3(w))],
      [
        'b.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 1 ? { time: '08:30' } : {})),
        ),
      ],
      [
        'c.csv',
        csv(
          OWN,
          day3(w, (k) => (k === 1 ? { time: '08:45' } : {})),
        ),
      ],
    ]);
    takenInOrder(jobs);
    await w.h.stopEngine();
    await w.h.start();
    expect(w.h.jobs().map((j) => j.file)).toEqual(['c.csv', 'b.csv', 'a.csv']);
    expect(w.h.jobs().map((j) => j.id)).toEqual(jobs.map((j) => j.id).reverse());
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:45 active',
    ]);
  });
});

describe('job ids', () => {
  it('FAULT: ids made within one second, and within one millisecond, sort as they were made', () => {
    const at = (ms: number) => new Date(Date.UTC(2027, 2, 1, 15, 0, 0, ms));
    const ids = [0, 0, 0, 1, 2, 2, 499, 998, 999, 999].map((ms) => newJobId(at(ms)));
    for (const id of ids) expect(id).toMatch(ID);
    expect(ids.every((id) => id.startsWith('20270301-150000-'))).toBe(true);
    // Made within one millisecond 4,095 times in a row at most: the count wraps at 4,096.
    const sameMs = Array.from({ length: 100 }, () => newJobId(at(7)));
    const sorted = (xs: string[]) => [...xs].sort();
    expect(new Set([...ids, ...sameMs]).size).toBe(110);
    expect(sorted(ids)).toEqual(ids);
    // The count started at a random place: it may wrap once in these 100 (a 1 in 41 chance),
    // never twice; with the wrap put last, they sort as made.
    const wrap = sameMs.findIndex((id, i) => i > 0 && id < sameMs[i - 1]!);
    const rotated = wrap < 0 ? sameMs : [...sameMs.slice(wrap), ...sameMs.slice(0, wrap)];
    expect(sorted(rotated)).toEqual(rotated);
  });

  it('an old history (random tails) still loads, and lists by arrival, not by the tail', async ({
    onTestFinished,
  }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-61f-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const practice = { name: 'Practice 1', credentialKey: 'practice-1' };
    const store = await JobStore.open(dir);
    // Taken in this order within one second, their random tails the other way round.
    const taken: Array<[id: string, ms: number]> = [
      ['20270301-150000-f3a9c1', 100],
      ['20270301-150000-7b2e04', 400],
      ['20270301-150000-0c51de', 700],
    ];
    for (const [id, ms] of taken)
      await store.create(
        newJob({
          id,
          file: `${id}.csv`,
          practice,
          at: new Date(Date.UTC(2027, 2, 1, 15, 0, 0, ms)),
          contentHash: id,
        }),
      );
    await store.close();
    const again = await JobStore.open(dir, { readOnly: true });
    expect(again.list().map((j) => j.id)).toEqual(taken.map(([id]) => id).reverse());
    expect(again.latestOfPractice('practice-1')?.id).toBe('20270301-150000-0c51de');
    await again.close();
  });
});
