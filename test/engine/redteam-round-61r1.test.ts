// Red-team probes (round 61r1) of this stop's engine changes (61f): the watcher hands files found
// stable together oldest modification time first (inbox-watcher.ts); a copy of an active job is a
// duplicate only when it is the practice's newest export (intake.ts); job ids are the millisecond
// and a per-process count (new-job.ts). Through a real engine into one sandbox shared by the file
// (week-of-exports.ts: a week of its own each). What the portal ends with, what is sent and what
// is held was worked out by hand BEFORE the first run; a probe named FAULT failed before its fix:
// - names that sort against the order written (`export-9` / `export-10`, `Schedule` / `Schedule
//   (1)`) stamped the same second (a share that keeps whole seconds, FAT's two): the tie went by
//   the names' characters, `export-10` before `export-9`, and the older export was sent last.
//   Ties now go by the name without its extension, numbers as numbers (inbox-watcher.ts).
// - a file held for a question (X), then a cancel sent (Y), then X's bytes again: the copy was
//   filed as a duplicate of the held X; answered, X was judged against the later Y (rightly: the
//   control probe) and the newest word, X again, was lost: Nguyen never booked. A copy of a held
//   file is now its own job when another export came in after the held one (intake.ts).
// Held, never wrong: a file whose modification time and print stamp disagree is held by the
// older-file check whichever order the watcher takes the two in (older-file.ts); the watcher reads
// no content. Job ids: one writer per data folder (jobs.lock: job-store.test.ts, retry-lock.test.ts
// run a second process against it), and nothing that decides what is sent compares ids (the
// journal, exports-read and listed ids order by arrival: arrival-time.ts).
//
// Portal and send lines read `Family Day HH:MM state` in Chicago; a day is Monday's: Smith (chart
// 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with Lee, Anna MD at Main St Clinic.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, lf, table, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { dropAll, sentSince, takenInOrder } from './support/dropped-together.ts';
import { sentItems } from './support/sandbox-log.ts';
import { confirmMapping, saveSettings } from './support/engine-harness.ts';
import { start, put as putDay, acts, BASE, CANCELLED } from './support/sending-probes.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-61r1-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
const week = (c: Ctx, over: Partial<PracticeSettings> = {}) => weekOf(c.onTestFinished, shared, over);
const day3 = (w: Week, o: (k: number) => Partial<Visit> = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
const drop = (w: Week, files: Parameters<typeof dropAll>[2], timeoutMs?: number) =>
  dropAll(w, shared.dir, files, timeoutMs);
/** A second of the past, as a share keeping whole seconds stamps every file written in it. */
const wholeSecond = () => new Date(Math.floor(Date.now() / 1000) * 1000 - 5000);
/** `Printed: YYYY-MM-DD HH:mm` as a Chicago clock (the practice's zone) shows `ms`. */
const printed = (ms: number) =>
  `Printed: ${new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Chicago', dateStyle: 'short', timeStyle: 'short' }).format(ms)}`;

const P0 = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const NEW3 = ['NEW Smith Mon 08:00', 'NEW Garcia Mon 09:00', 'NEW Nguyen Mon 10:00'];
const NGUYEN_CANCELLED = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 cancelled', 'Smith Mon 08:00 active'];
const cancelNguyen = (k: number): Partial<Visit> => (k === 3 ? { status: 'Cancelled' } : {});

describe.concurrent('the watcher: files found stable together, by their modification time', () => {
  it('FAULT: export-9 then export-10 stamped the same second: 9 books, 10 cancels Nguyen; taken 9 first', async (c) => {
    const w = await week(c);
    const second = wholeSecond();
    const { jobs, sent } = await drop(w, [
      ['export-9.csv', csv(OWN, day3(w)), second],
      ['export-10.csv', csv(OWN, day3(w, cancelNguyen)), second],
    ]);
    expect(jobs.map((j) => j.state)).toEqual(['processed', 'processed']);
    expect(sent).toEqual([...NEW3, 'CANCEL Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(NGUYEN_CANCELLED);
    takenInOrder(jobs);
  });

  it("FAULT: a browser's second download (Schedule (1).csv) the same second as the first: Garcia ends at 11:00", async (c) => {
    const w = await week(c);
    const second = wholeSecond();
    const { jobs, sent } = await drop(w, [
      ['Schedule.csv', csv(OWN, day3(w)), second],
      [
        'Schedule (1).csv',
        csv(
          OWN,
          day3(w, (k) => (k === 2 ? { time: '11:00' } : {})),
        ),
        second,
      ],
    ]);
    expect(sent).toEqual([...NEW3, 'UPDATE Garcia Mon 11:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 11:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:00 active',
    ]);
    takenInOrder(jobs);
  });

  it('written later by its time, printed an hour earlier by its stamp (one drop): the first goes, the second is held', async (c) => {
    const w = await week(c);
    const t = Date.now();
    const { jobs, sent } = await drop(w, [
      ['a.csv', csv(OWN, day3(w), ['Appointment List', printed(t - 3_600_000)]), new Date(t - 10_000)],
      [
        'b.csv',
        csv(OWN, day3(w, cancelNguyen), ['Appointment List', printed(t - 7_200_000)]),
        new Date(t - 5_000),
      ],
    ]);
    expect(jobs.map((j) => j.state)).toEqual(['processed', 'held']);
    expect(jobs[1]!.doubts?.map((d) => d.check)).toEqual(['older-file']);
    expect(sent).toEqual(NEW3);
    expect(w.portal()).toEqual(P0);
  });

  it('a burst of 30 exports copied with their times kept (a minute apart), newest written first: Smith ends at 08:29, never moved back', async (c) => {
    const w = await week(c);
    const t = Date.now() - 40 * 60_000;
    const at = (k: number) => `08:${String(k).padStart(2, '0')}`;
    const files = Array.from({ length: 30 }, (_, k) => 29 - k).map(
      (k) =>
        [
          `sched-${k}.csv`,
          csv(
            OWN,
            day3(w, (i) => (i === 1 ? { time: at(k) } : {})),
          ),
          new Date(t + k * 60_000),
        ] as [string, string, Date],
    );
    const { jobs, sent } = await drop(w, files, 180_000);
    // Sent or held (an older one taken after a newer one is held: older-file.ts), never failed.
    expect(jobs.every((j) => j.state === 'processed' || j.state === 'held')).toBe(true);
    expect(jobs.find((j) => j.file === 'sched-29.csv')!.state).toBe('processed');
    const smith = sent.filter((s) => s.includes('Smith')).map((s) => s.slice(-5));
    expect([...smith].sort()).toEqual(smith);
    expect(new Set(smith).size).toBe(smith.length);
    expect(smith.at(-1)).toBe('08:29');
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:29 active',
    ]);
  }, 240_000);
});

describe.concurrent('copies of an export (intake.ts)', () => {
  it('the same bytes three times around another export (X, Y, X, X within a second): Nguyen booked, cancelled, booked; the last X sends nothing', async (c) => {
    const w = await week(c);
    const x = csv(OWN, day3(w));
    const { jobs, sent } = await drop(w, [
      ['appts_1.csv', x],
      ['appts_2.csv', csv(OWN, day3(w, cancelNguyen))],
      ['appts_3.csv', x],
      ['appts_4.csv', x],
    ]);
    expect(sent).toEqual([...NEW3, 'CANCEL Nguyen Mon 10:00', 'UPDATE Nguyen Mon 10:00']);
    // Filed as a copy of a job of the same bytes (the first or the third: either says so truly).
    expect([jobs[0]!.id, jobs[2]!.id]).toContain(jobs[3]!.duplicateOf);
    expect(jobs.slice(0, 3).map((j) => j.duplicateOf)).toEqual([undefined, undefined, undefined]);
    expect(w.portal()).toEqual(P0);
  });

  it('a copy differing only in line ends and a byte-order mark: nothing sent; after a cancel it books again; the first bytes again send nothing', async (c) => {
    const w = await week(c);
    const x = csv(OWN, day3(w));
    const bom = (s: string) => `\uFEFF${s}`;
    expect((await w.put('a.csv', x)).sent).toEqual(NEW3);
    const same = await w.put('b.csv', bom(lf(table(OWN, day3(w)))));
    expect(same.job.state).toBe('processed');
    expect(same.sent).toEqual([]);
    expect((await w.put('c.csv', csv(OWN, day3(w, cancelNguyen)))).sent).toEqual(['CANCEL Nguyen Mon 10:00']);
    expect((await w.put('d.csv', bom(x))).sent).toEqual(['UPDATE Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(P0);
    // The first file's bytes: the same visits as the newest export (d.csv), so nothing goes.
    expect((await w.put('e.csv', x)).sent).toEqual([]);
    expect(w.portal()).toEqual(P0);
  }, 120_000);

  /** Smith and Garcia booked, Nguyen `Pend` (a word the engine does not know: held, asked). */
  const pend = (w: Week) =>
    csv(
      OWN,
      day3(w, (k) => (k === 3 ? { status: 'Pend' } : {})),
    );

  it('held for its word (X), then a cancel of Nguyen (Y) sent, then X again: answered booked, Nguyen is booked once', async (c) => {
    const w = await week(c);
    saveSettings(w.h);
    const n = sentItems(shared.dir).length;
    expect((await w.put('x1.csv', pend(w))).job.state).toBe('held');
    const y = await w.put('y.csv', csv(OWN, day3(w, cancelNguyen)));
    expect(y.job.state).toBe('processed');
    expect(y.sent).toEqual(['NEW Smith Mon 08:00', 'NEW Garcia Mon 09:00']);
    // The newest word: Nguyen pending again (booked, once the word is answered).
    await w.put('x2.csv', pend(w));
    await confirmMapping(w.h, '--status', 'Pend=booked');
    await w.h.waitFor((js) => js.every((j) => j.state === 'processed' || j.state === 'failed'), 60_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(sentSince(w, shared.dir, n)).toEqual([
      'NEW Smith Mon 08:00',
      'NEW Garcia Mon 09:00',
      'NEW Nguyen Mon 10:00',
    ]);
    expect(w.portal()).toEqual(P0);
  }, 120_000);

  it('held for its word (X), then a cancel of Nguyen (Y) sent, no copy: answered booked, Nguyen stays unbooked', async (c) => {
    const w = await week(c);
    saveSettings(w.h);
    const n = sentItems(shared.dir).length;
    expect((await w.put('x1.csv', pend(w))).job.state).toBe('held');
    expect((await w.put('y.csv', csv(OWN, day3(w, cancelNguyen)))).job.state).toBe('processed');
    await confirmMapping(w.h, '--status', 'Pend=booked');
    await w.h.waitFor((js) => js.every((j) => j.state !== 'held' && j.state !== 'received'), 60_000);
    await new Promise((r) => setTimeout(r, 600));
    expect(sentSince(w, shared.dir, n)).toEqual(['NEW Smith Mon 08:00', 'NEW Garcia Mon 09:00']);
    expect(w.portal()).toEqual(['Garcia Mon 09:00 active', 'Smith Mon 08:00 active']);
  }, 120_000);
});

describe('job ids', () => {
  it("the engine's clock back an hour (a fall-back on a local clock): the later export's id still sorts after, it lists first, its cancel goes", async ({
    onTestFinished,
  }) => {
    let offset = 0;
    const h = await start(onTestFinished, { clock: () => new Date(Date.now() + offset) });
    const a = await putDay(h, 'a.csv', BASE);
    offset = -60 * 60_000;
    const b = await putDay(h, 'b.csv', CANCELLED);
    expect(acts(b.sent)).toEqual(['CANCEL A3']);
    expect(b.job.id > a.job.id).toBe(true);
    expect(Date.parse(b.job.receivedAt)).toBeGreaterThan(Date.parse(a.job.receivedAt));
    expect(h.jobs().map((j) => j.file)).toEqual(['b.csv', 'a.csv']);
  });
});
