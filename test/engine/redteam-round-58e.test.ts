// Red-team probes (round 58e): exports that arrive out of the order they were written. A backlog
// dropped at install, a share that syncs yesterday's file after today's, an exporter's retry that
// writes the 08:00 export after the 09:00 one, a folder copied with new modification times, files
// whose names sort the other way from their runs, a file held for a question while an older one
// arrives and goes, another practice's check when several of one practice's files come together,
// and a backlog across the night the clocks go back. Each sequence goes through a real engine into
// one sandbox shared by the file (week-of-exports.ts). What the portal ends with was worked out by
// hand BEFORE the first run: the visits the practice has, each once, never moved back or booked
// again after a later export changed them. A probe whose name starts with FAULT failed before its
// fix; LEFT marks what no clock in the files can tell (the outcome is pinned as it is).
//
// Unless a probe says otherwise a day is Monday's, with own appointment ids: Smith (chart 1001)
// 08:00, Garcia 09:00, Nguyen 10:00 (Lee, Anna MD, Main St Clinic). S0 is that day; S1 moves
// Garcia to 14:00; S2 also cancels Nguyen. `ten` adds Okafor 11:00 … Kim 17:00 (snapshot probes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, lf, table, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { confirmMapping, saveSettings, type Harness } from './support/engine-harness.ts';
import { final, write } from './support/sending-probes.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

// 47 probes, each a whole engine, run side by side in one worker: a probe of four exports one
// after another took over the default 30 s at load 35 (S1 put back from processed/).
vi.setConfig({ testTimeout: 120_000 });

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-58e-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
type Change = Partial<Visit> & { day?: number };
const week = (c: Ctx, snapshotMode = false) => weekOf(c.onTestFinished, shared, { snapshotMode });

const HOUR = 3_600_000;
/** `h` hours before now, to the second (as a file system keeps it). */
const ago = (h: number) => new Date(Math.floor(Date.now() / 1000) * 1000 - Math.round(h * HOUR));
/** The local parts of `d` in Chicago (the practice's zone). */
const chicago = (d: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Chicago',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
/** A scheduler's name for a run at `d` (Chicago): `appts_20261207_0800.csv`. */
const runName = (d: Date, prefix = 'appts') => {
  const p = chicago(d);
  return `${prefix}_${p.year}${p.month}${p.day}_${p.hour}${p.minute}.csv`;
};
/** `Printed: 2026-12-07 08:00` as a Chicago clock shows `d`. */
const printed = (d: Date) => {
  const p = chicago(d);
  return `Printed: ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
};

const onRow = (changes: Record<number, Change>) => (k: number) => changes[k] ?? {};
const day3 = (w: Week, o: (k: number) => Change = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
const ten = (w: Week, o: (k: number) => Change = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => w.v(i + 1, o(i + 1)));
const S0 = (w: Week, title: string[] = []) => csv(OWN, day3(w), title);
const S1 = (w: Week, title: string[] = []) => csv(OWN, day3(w, onRow({ 2: { time: '14:00' } })), title);
const S2 = (w: Week, title: string[] = []) =>
  csv(OWN, day3(w, onRow({ 2: { time: '14:00' }, 3: { status: 'Cancelled' } })), title);
/** The same visits as S0 with LF line ends (new bytes, nothing changed). */
const S0_LF = (w: Week) => lf(table(OWN, day3(w)));
const S1_LF = (w: Week) => lf(table(OWN, day3(w, onRow({ 2: { time: '14:00' } }))));

/** The portal after S0, S1, S2 in order, and after S2 alone (its cancel never sent). */
const S2_PORTAL = ['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 cancelled', 'Smith Mon 08:00 active'];
const S2_ACTIVE = ['Garcia Mon 14:00 active', 'Smith Mon 08:00 active'];
const S1_PORTAL = ['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const S0_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const FAMILIES = [
  'Smith',
  'Garcia',
  'Nguyen',
  'Okafor',
  'Kowalski',
  'Brown',
  'Patel',
  'Johnson',
  'Lopez',
  'Kim',
];
const TEN_PORTAL = FAMILIES.map((f, i) => `${f} Mon ${String(8 + i).padStart(2, '0')}:00 active`).sort();

const activeOf = (w: Week) => w.portal().filter((l) => l.endsWith(' active'));
const heldOf = (jobs: JobDetails[]) =>
  jobs
    .filter((j) => j.state === 'held')
    .map((j) => j.file)
    .sort();

/** Wait until `n` jobs the journal did not have before are final (and their verdicts read). */
async function settle(h: Harness, before: Set<string>, n: number): Promise<JobDetails[]> {
  const jobs = await h.waitFor(
    (js) =>
      js.filter(
        (j) =>
          !before.has(j.id) &&
          final(j) &&
          (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined),
      ).length >= n,
    60_000,
  );
  return jobs.filter((j) => !before.has(j.id));
}

type Drop = [name: string, text: string, written?: Date];

/** Drop several exports at once (a share that syncs them together) and wait for every job. */
async function putAll(w: Week, files: Drop[]): Promise<JobDetails[]> {
  const before = new Set(w.h.jobs().map((j) => j.id));
  for (const [name, text, written] of files) write(w.h, name, text, written);
  return settle(w.h, before, files.length);
}

/** The engine stopped, `files` put into the inbox, the engine started again (its first look hands
 *  over what it finds, oldest modification time first); every job. */
async function backlog(w: Week, files: Drop[]): Promise<JobDetails[]> {
  const before = new Set(w.h.jobs().map((j) => j.id));
  await w.h.stopEngine();
  for (const [name, text, written] of files) write(w.h, name, text, written);
  await w.h.start();
  return settle(w.h, before, files.length);
}

/** Answer a held job through the command line, as a person would; wait until it went, or was
 *  held again for another question (`check`). */
async function answer(w: Week, job: JobDetails, args: string[], check?: string): Promise<JobDetails> {
  saveSettings(w.h);
  await confirmMapping(w.h, '--job', job.id, ...args);
  const done = (j: JobDetails) =>
    (j.state === 'held' && !!check && !!j.doubts?.some((d) => d.check === check)) ||
    (j.state !== 'held' &&
      final(j) &&
      (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined));
  await w.h.waitFor((js) => js.some((j) => j.id === job.id && done(j)), 45_000);
  return w.h.jobs().find((j) => j.id === job.id)!;
}

// ---- an older export arriving after a newer one (times kept) ----------------------------------------

describe.concurrent('an older export arriving after a newer one, its modification time kept', () => {
  it('S2, then S0 (yesterday’s file synced late): S0 held, nothing sent by it', async (c) => {
    const w = await week(c);
    await w.put('s2.csv', S2(w), ago(1));
    const b = await w.put('s0.csv', S0(w), ago(3));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('S2, S1, then S0: both older ones held; Nguyen (cancelled in S2, never sent) never booked', async (c) => {
    const w = await week(c);
    await w.put('s2.csv', S2(w), ago(1));
    const b = await w.put('s1.csv', S1(w), ago(2));
    const a = await w.put('s0.csv', S0(w), ago(3));
    expect([b.job.state, a.job.state]).toEqual(['held', 'held']);
    expect([...b.sent, ...a.sent]).toEqual([]);
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('S0, S2, then S1 (the 09:00 export retried after 10:00, time kept): S1 held, Nguyen stays cancelled', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    const two = await w.put('s2.csv', S2(w), ago(1));
    expect(two.sent.sort()).toEqual(['CANCEL Nguyen Mon 10:00', 'UPDATE Garcia Mon 14:00']);
    const one = await w.put('s1.csv', S1(w), ago(2));
    expect(one.job.state).toBe('held');
    expect(one.sent).toEqual([]);
    expect(w.portal()).toEqual(S2_PORTAL);
  });

  it('S0, S1, S2, then S1 put back from processed/ (its time kept): held, nothing moves back', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    await w.put('s1.csv', S1(w), ago(2));
    await w.put('s2.csv', S2(w), ago(1));
    const back = await w.put('s1 (1).csv', S1_LF(w), ago(2));
    expect(back.job.state).toBe('held');
    expect(back.sent).toEqual([]);
    expect(w.portal()).toEqual(S2_PORTAL);
  });

  it('S0, S2, then an older export of Tuesday only (no visit a later export had): it goes', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    await w.put('s2.csv', S2(w), ago(1));
    const tue = [4, 5].map((k) => w.v(k, { day: 1 }));
    const b = await w.put('tue.csv', csv(OWN, tue), ago(2));
    expect(b.job.state).toBe('processed');
    expect(b.sent.sort()).toEqual(['NEW Kowalski Tue 12:00', 'NEW Okafor Tue 11:00']);
    expect(w.portal()).toEqual([...S2_PORTAL, 'Kowalski Tue 12:00 active', 'Okafor Tue 11:00 active'].sort());
  });

  it('snapshot mode: ten, then a later ten without Okafor, then the first again (time kept): held, Okafor stays cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('t0.csv', csv(OWN, ten(w)), ago(3));
    const t1 = await w.put(
      't1.csv',
      csv(
        OWN,
        ten(w).filter((v) => !v.patient.startsWith('Okafor')),
      ),
      ago(1),
    );
    expect(t1.sent).toEqual(['CANCEL Okafor Mon 11:00']);
    const late = await w.put('t0 copy.csv', lf(table(OWN, ten(w))), ago(3));
    expect(late.job.state).toBe('held');
    expect(late.sent).toEqual([]);
    expect(w.portal()).toEqual(
      TEN_PORTAL.map((l) => (l.startsWith('Okafor') ? 'Okafor Mon 11:00 cancelled' : l)),
    );
  });

  it('snapshot mode: ten, then a later eleven (Adams 07:00 booked), then the first ten late: Adams not cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('t0.csv', csv(OWN, ten(w)), ago(3));
    const adams = w.v(1, {
      id: 'N1',
      patient: 'Adams, Ruth',
      chart: '1099',
      dob: '02/02/1950',
      time: '07:00',
    });
    const t1 = await w.put('t1.csv', csv(OWN, [adams, ...ten(w)]), ago(1));
    expect(t1.sent).toEqual(['NEW Adams Mon 07:00']);
    const late = await w.put('t0 late.csv', lf(table(OWN, ten(w))), ago(2));
    expect(late.sent).toEqual([]);
    expect(w.portal()).toEqual([...TEN_PORTAL, 'Adams Mon 07:00 active'].sort());
  });

  it('an older file whose name carries a later date than its time (appts_<now>.csv written 3 h ago), after S2: held by its time', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(1)), S2(w), ago(1));
    // The name says it ran now; its modification time says three hours ago: the clocks disagree.
    const b = await w.put(runName(ago(0)), S0(w), ago(3));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('a newer modification time but a name that says an earlier run (an exporter’s retry): held by its name', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(1)), S2(w), ago(1));
    const b = await w.put(runName(ago(2)), S1(w), ago(0));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('the 08:00 report written again by a retry after the 09:00 one (its print stamp kept): held', async (c) => {
    const w = await week(c);
    await w.put('daysheet.csv', S2(w, ['Appointment List', printed(ago(1))]), ago(1));
    const b = await w.put('daysheet-retry.csv', S0(w, ['Appointment List', printed(ago(2))]), ago(0));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('LEFT: the 08:00 export written again after the 09:00 one, no clock in name or content: it goes (nothing can tell)', async (c) => {
    const w = await week(c);
    await w.put('today.csv', S2(w), ago(1));
    const b = await w.put('today-retry.csv', S1(w), ago(0));
    // Nguyen cancelled (never sent) then listed booked by a later-written file: booked.
    expect(b.job.state).toBe('processed');
    expect(w.portal()).toEqual(S1_PORTAL);
  });

  it('a print stamp that says later than S2 in an older-looking copy (re-saved report): goes', async (c) => {
    const w = await week(c);
    await w.put('a.csv', S0(w, ['Appointment List', printed(ago(3))]), ago(3));
    // Written (copied) before a.csv’s time? No: written 2 h ago, stamped 2 h ago: newer.
    const b = await w.put('b.csv', S2(w, ['Appointment List', printed(ago(2))]), ago(2));
    expect(b.job.state).toBe('processed');
    expect(w.portal()).toEqual(S2_PORTAL);
  });
});

// ---- a backlog dropped at once while the engine runs -----------------------------------------------

describe.concurrent('a backlog dropped at once, the engine running', () => {
  it('S0, S1, S2 copied with their times, oldest first: the portal ends with S2', async (c) => {
    const w = await week(c);
    const jobs = await putAll(w, [
      ['s0.csv', S0(w), ago(3)],
      ['s1.csv', S1(w), ago(2)],
      ['s2.csv', S2(w), ago(1)],
    ]);
    expect(jobs.filter((j) => j.state === 'failed')).toEqual([]);
    expect(activeOf(w)).toEqual(S2_ACTIVE);
  });

  it('S2, S1, S0 copied with their times, newest first: the portal ends with S2, the older ones held', async (c) => {
    const w = await week(c);
    const jobs = await putAll(w, [
      ['s2.csv', S2(w), ago(1)],
      ['s1.csv', S1(w), ago(2)],
      ['s0.csv', S0(w), ago(3)],
    ]);
    expect(jobs.filter((j) => j.state === 'failed')).toEqual([]);
    expect(activeOf(w)).toEqual(S2_ACTIVE);
  });

  it('S1, S2, S0 copied with their times: the portal ends with S2, Nguyen never on', async (c) => {
    const w = await week(c);
    await putAll(w, [
      ['s1.csv', S1(w), ago(2)],
      ['s2.csv', S2(w), ago(1)],
      ['s0.csv', S0(w), ago(3)],
    ]);
    expect(activeOf(w)).toEqual(S2_ACTIVE);
  });

  it('five days, one file each, copied in any order with their times: all go, nothing held', async (c) => {
    const w = await week(c);
    const files: Drop[] = [3, 0, 4, 1, 2].map((d) => [
      `day${d}.csv`,
      csv(OWN, [w.v(d + 1, { day: d, id: `D${d}` })]),
      ago(5 - d),
    ]);
    const jobs = await putAll(w, files);
    expect(heldOf(jobs)).toEqual([]);
    expect(w.portal()).toEqual([
      'Garcia Tue 09:00 active',
      'Kowalski Fri 12:00 active',
      'Nguyen Wed 10:00 active',
      'Okafor Thu 11:00 active',
      'Smith Mon 08:00 active',
    ]);
  });

  it('snapshot mode: ten, without Okafor, without Okafor and Kim at 16:30, dropped newest first: the newest stands', async (c) => {
    const w = await week(c, true);
    const noOkafor = (o: (k: number) => Change = () => ({})) =>
      ten(w, o).filter((v) => !v.patient.startsWith('Okafor'));
    await putAll(w, [
      ['t2.csv', csv(OWN, noOkafor(onRow({ 10: { time: '16:30' } }))), ago(1)],
      ['t1.csv', csv(OWN, noOkafor()), ago(2)],
      ['t0.csv', csv(OWN, ten(w)), ago(3)],
    ]);
    expect(activeOf(w)).toEqual(
      TEN_PORTAL.filter((l) => !l.startsWith('Okafor') && !l.startsWith('Kim'))
        .concat('Kim Mon 16:30 active')
        .sort(),
    );
  });

  it('a folder copied with new times, run stamps in the names, copied newest first: the newest by name stands', async (c) => {
    const w = await week(c);
    await putAll(w, [
      [runName(ago(1)), S2(w)],
      [runName(ago(2)), S1(w)],
      [runName(ago(3)), S0(w)],
    ]);
    expect(activeOf(w)).toEqual(S2_ACTIVE);
  });

  it('a folder copied with new times, run stamps in the names, oldest first: all go in order', async (c) => {
    const w = await week(c);
    const a = await w.put(runName(ago(3)), S0(w));
    const b = await w.put(runName(ago(2)), S1(w));
    const d = await w.put(runName(ago(1)), S2(w));
    expect([a.job.state, b.job.state, d.job.state]).toEqual(['processed', 'processed', 'processed']);
    expect(w.portal()).toEqual(S2_PORTAL);
  });
});

// ---- a backlog found when the engine starts ----------------------------------------------------------

describe.concurrent('a backlog in the inbox when the engine starts (oldest modification time first)', () => {
  it('S2, S0, S1 put in that order with their times: handed over S0, S1, S2: all go, nothing held', async (c) => {
    const w = await week(c);
    const jobs = await backlog(w, [
      ['s2.csv', S2(w), ago(1)],
      ['s0.csv', S0(w), ago(3)],
      ['s1.csv', S1(w), ago(2)],
    ]);
    expect(heldOf(jobs)).toEqual([]);
    expect(w.portal()).toEqual(S2_PORTAL);
  });

  it('snapshot mode: three days of full exports put newest first: handed over oldest first, the newest stands', async (c) => {
    const w = await week(c, true);
    const noOkafor = ten(w).filter((v) => !v.patient.startsWith('Okafor'));
    const jobs = await backlog(w, [
      ['wed.csv', csv(OWN, noOkafor), ago(24)],
      ['tue.csv', csv(OWN, ten(w)), ago(48)],
      ['mon.csv', csv(OWN, ten(w, onRow({ 10: { time: '16:30' } }))), ago(72)],
    ]);
    expect(heldOf(jobs)).toEqual([]);
    expect(w.portal()).toEqual(
      TEN_PORTAL.map((l) => (l.startsWith('Okafor') ? 'Okafor Mon 11:00 cancelled' : l)),
    );
  });

  it('a folder copied with new times in reverse (newest written first), run stamps in the names: the older ones held', async (c) => {
    const w = await week(c);
    const t = Date.now();
    // Named once: named again after the backlog (a minute or more at load 20+), the names could
    // carry the next minute and match no file.
    const [s2, s1, s0] = [runName(ago(1)), runName(ago(2)), runName(ago(3))];
    const jobs = await backlog(w, [
      [s2, S2(w), new Date(t - 3000)],
      [s1, S1(w), new Date(t - 2000)],
      [s0, S0(w), new Date(t - 1000)],
    ]);
    expect(heldOf(jobs)).toEqual([s0, s1].sort());
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('equal modification times (a zip’s 2 s), 12-hour run stamps that sort the other way: the newest by name stands', async (c) => {
    const w = await week(c);
    const same = ago(0.05);
    const name12 = (d: Date) => {
      const p = chicago(d);
      const h = Number(p.hour);
      const hh = String(((h + 11) % 12) + 1).padStart(2, '0');
      return `appts ${p.month}-${p.day}-${p.year} ${hh}-${p.minute}-${h < 12 ? 'AM' : 'PM'}.csv`;
    };
    await backlog(w, [
      [name12(ago(1)), S2(w), same],
      [name12(ago(2)), S1(w), same],
      [name12(ago(3)), S0(w), same],
    ]);
    expect(activeOf(w)).toEqual(S2_ACTIVE);
  });

  it('the same files, equal times, names with a date alone (day sheets of one day): the last by name goes last', async (c) => {
    const w = await week(c);
    const same = ago(0.05);
    const jobs = await backlog(w, [
      ['sheet-a.csv', S0(w), same],
      ['sheet-b.csv', S1(w), same],
    ]);
    expect(heldOf(jobs)).toEqual([]);
    expect(w.portal()).toEqual(S1_PORTAL);
  });

  it('LEFT: rolling lists named with a date alone, copied with new times in name order (01-04-2027 before 12-28-2026): the December list goes last', async (c) => {
    const w = await week(c);
    const t = Date.now();
    // A date alone may be the day a sheet lists (52e's control): it states no run, so the
    // December list, copied after the January one, moves Garcia back (nothing in the files tells).
    await backlog(w, [
      ['upcoming 01-04-2027.csv', S1(w), new Date(t - 2000)],
      ['upcoming 12-28-2026.csv', S0(w), new Date(t - 1000)],
    ]);
    expect(w.portal()).toEqual(S0_PORTAL);
  });

  it('a backlog of per-provider reports written a minute apart: all go, nothing held', async (c) => {
    const w = await week(c);
    const lee = day3(w);
    const cho = [4, 5, 6].map((k) => w.v(k, { provider: 'Cho, Daniel MD' }));
    const jobs = await backlog(w, [
      ['cho.csv', csv(OWN, cho), ago(1)],
      ['lee.csv', csv(OWN, lee), ago(1.02)],
    ]);
    expect(heldOf(jobs)).toEqual([]);
    expect(w.portal()).toHaveLength(6);
  });
});

// ---- a held newer file, an older one going meanwhile ------------------------------------------------

describe('a file held for a question while an older one arrives and goes, then answered', () => {
  /** S2 with Smith under a status word the connector does not know: held until a person says. */
  const N = (w: Week, o: Record<number, Change> = {}) =>
    csv(
      OWN,
      day3(
        w,
        onRow({ 1: { status: 'Pt Moved Slot' }, 2: { time: '14:00' }, 3: { status: 'Cancelled' }, ...o }),
      ),
    );
  const ANSWER = ['--status', 'Pt Moved Slot=cancelled'];

  it('FAULT: S0 sent; N (newer) held; S1 (written between) goes; N answered: Smith and Nguyen cancelled', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    const n = await w.put('n.csv', N(w), ago(1));
    expect(n.job.state).toBe('held');
    const o = await w.put('s1.csv', S1(w), ago(2));
    expect(o.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual([
      'Garcia Mon 14:00 active',
      'Nguyen Mon 10:00 cancelled',
      'Smith Mon 08:00 cancelled',
    ]);
  }, 90_000);

  it('FAULT: S0 sent; N held; S0 exported again before N (nothing new) goes; N answered: all its changes go', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    const n = await w.put('n.csv', N(w), ago(1));
    const o = await w.put('s0-again.csv', S0_LF(w), ago(2));
    expect(o.sent).toEqual([]);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual([
      'Garcia Mon 14:00 active',
      'Nguyen Mon 10:00 cancelled',
      'Smith Mon 08:00 cancelled',
    ]);
  }, 90_000);

  it('FAULT: snapshot mode: ten sent; N (Smith held, Okafor left out, Kim 16:30) held; ten again written before it goes; N answered', async (c) => {
    const w = await week(c, true);
    await w.put('t0.csv', csv(OWN, ten(w)), ago(3));
    const nText = csv(
      OWN,
      ten(w, onRow({ 1: { status: 'Pt Moved Slot' }, 10: { time: '16:30' } })).filter(
        (v) => !v.patient.startsWith('Okafor'),
      ),
    );
    const n = await w.put('n.csv', nText, ago(1));
    expect(n.job.state).toBe('held');
    const o = await w.put('t0-again.csv', lf(table(OWN, ten(w))), ago(2));
    expect(o.sent).toEqual([]);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(
      TEN_PORTAL.filter((l) => !/^(Smith|Okafor|Kim) /.test(l))
        .concat(['Smith Mon 08:00 cancelled', 'Okafor Mon 11:00 cancelled', 'Kim Mon 16:30 active'])
        .sort(),
    );
  }, 90_000);

  it('the older one by name: S0 sent; N (a later run in its name) held; the earlier run copied in with a new time goes; N answered', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(3)), S0(w), ago(3));
    const n = await w.put(runName(ago(1)), N(w), ago(1));
    const o = await w.put(runName(ago(2)), S1(w), ago(0));
    expect(o.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    await answer(w, n.job, ANSWER);
    // Its name says S1 ran before N; its new modification time says after: the clocks disagree,
    // so S1's listing stands (as before this round) or the answer is asked again; never half.
    const p = w.portal();
    expect([
      S1_PORTAL,
      ['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 cancelled', 'Smith Mon 08:00 cancelled'],
    ]).toContainEqual(p);
  }, 90_000);

  it('FAULT: the older one by name and time: S0 sent; N (a later run) held; the earlier run copied in with its time kept goes; N answered: its changes go', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(3)), S0(w), ago(3));
    const n = await w.put(runName(ago(1)), N(w), ago(1));
    const o = await w.put(runName(ago(2)), S1(w), ago(2));
    expect(o.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual([
      'Garcia Mon 14:00 active',
      'Nguyen Mon 10:00 cancelled',
      'Smith Mon 08:00 cancelled',
    ]);
  }, 90_000);

  it('FAULT: snapshot mode: ten sent; N (Smith held) held; an older full export leaving Kim out goes (Kim cancelled); N answered: Kim booked again', async (c) => {
    const w = await week(c, true);
    await w.put('t0.csv', csv(OWN, ten(w)), ago(3));
    const n = await w.put('n.csv', csv(OWN, ten(w, onRow({ 1: { status: 'Pt Moved Slot' } }))), ago(1));
    const o = await w.put(
      't1.csv',
      csv(
        OWN,
        ten(w).filter((v) => !v.patient.startsWith('Kim')),
      ),
      ago(2),
    );
    expect(o.sent).toEqual(['CANCEL Kim Mon 17:00']);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(
      TEN_PORTAL.map((l) => (l.startsWith('Smith') ? 'Smith Mon 08:00 cancelled' : l)),
    );
  }, 90_000);

  it('LEFT: N held; an older S1 goes, then a newer export of Tuesday only; N answered: N’s changes left as S1 had them (a later-made export arrived after N)', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    const n = await w.put('n.csv', N(w), ago(1));
    await w.put('s1.csv', S1(w), ago(2));
    await w.put('tue.csv', csv(OWN, [w.v(4, { day: 1 })]), ago(0.5));
    await answer(w, n.job, ANSWER);
    // Listed ids keep only the newest listing of each appointment: whether tue.csv listed Smith
    // is not kept, so N has no last word over S1 here (as before this round).
    expect(w.portal()).toEqual([...S1_PORTAL, 'Okafor Tue 11:00 active'].sort());
  }, 90_000);

  it('control: N held; S1 written AFTER N arrives and goes; N answered: S1 stands, nothing sent', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    const n = await w.put('n.csv', N(w), ago(1));
    await w.put('s1.csv', S1(w), ago(0.5));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 90_000);

  it('control: N held; an older S1 then a newer S1 go; N answered: the newer stands, nothing sent', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(3));
    const n = await w.put('n.csv', N(w), ago(1));
    await w.put('s1-old.csv', S1(w), ago(2));
    await w.put('s1-new.csv', S1_LF(w), ago(0.5));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 90_000);

  it('a print stamp: N held is last week’s report re-saved (new time, old stamp); a newer export goes; N answered: the newer stands', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w, ['Appointment List', printed(ago(3))]), ago(3));
    const n = await w.put(
      'n.csv',
      csv(OWN, day3(w, onRow({ 1: { status: 'Pt Moved Slot' } })), ['Appointment List', printed(ago(2.5))]),
      ago(0.2),
    );
    expect(n.job.state).toBe('held');
    // Written before N's modification time, but stamped after N's print stamp: S1 is the newer.
    const o = await w.put('s1.csv', S1(w, ['Appointment List', printed(ago(1))]), ago(1));
    expect(o.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    const j = await answer(w, n.job, ANSWER, 'older-file');
    // S1's print stamp says it was made after N's: N is asked about again, nothing sent by it.
    expect(j.state).toBe('held');
    expect(j.doubts?.map((d) => d.check)).toEqual(['older-file']);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 90_000);
});

// ---- another practice's check when several files come together -------------------------------------

describe.concurrent('the other-practice check when several of one practice’s files come together', () => {
  const cho = { provider: 'Cho, Daniel MD', location: 'North Clinic' };
  const L = (w: Week) => csv(OWN, day3(w));
  const C = (w: Week) =>
    csv(
      OWN,
      [4, 5, 6].map((k) => w.v(k, { day: 1, ...cho })),
    );
  const M = (w: Week) => csv(OWN, [w.v(1, { day: 2, id: 'B1' }), w.v(4, { day: 2, id: 'B4', ...cho })]);
  const ALL = [
    ...S0_PORTAL,
    'Okafor Tue 11:00 active',
    'Kowalski Tue 12:00 active',
    'Brown Tue 13:00 active',
    'Smith Wed 08:00 active',
    'Okafor Wed 11:00 active',
  ].sort();

  it('Lee’s day, Cho’s day, then both: Cho’s first day held as a stranger, the rest go', async (c) => {
    const w = await week(c);
    await w.put('lee.csv', L(w));
    const b = await w.put('cho.csv', C(w));
    const m = await w.put('both.csv', M(w));
    expect([b.job.state, m.job.state]).toEqual(['held', 'processed']);
    expect(w.portal()).toEqual(ALL.filter((l) => !/Tue/.test(l)));
  });

  it('Cho’s day, Lee’s day, then both: Lee’s day held, the rest go (the order picks which)', async (c) => {
    const w = await week(c);
    await w.put('cho.csv', C(w));
    const b = await w.put('lee.csv', L(w));
    const m = await w.put('both.csv', M(w));
    expect([b.job.state, m.job.state]).toEqual(['held', 'processed']);
    expect(w.portal()).toEqual(ALL.filter((l) => !/Mon/.test(l)));
  });

  it('both first, then Lee’s and Cho’s days: nothing held', async (c) => {
    const w = await week(c);
    await w.put('both.csv', M(w));
    const b = await w.put('lee.csv', L(w));
    const d = await w.put('cho.csv', C(w));
    expect([b.job.state, d.job.state]).toEqual(['processed', 'processed']);
    expect(w.portal()).toEqual(ALL);
  });

  it('Lee’s day, both, then Cho’s day: nothing held (Okafor known by then)', async (c) => {
    const w = await week(c);
    await w.put('lee.csv', L(w));
    await w.put('both.csv', M(w));
    const d = await w.put('cho.csv', C(w));
    expect(d.job.state).toBe('processed');
    expect(w.portal()).toEqual(ALL);
  });

  it('the three dropped at once: whatever the order, nothing booked twice, a held one sent nothing', async (c) => {
    const w = await week(c);
    const jobs = await putAll(w, [
      ['cho.csv', C(w)],
      ['lee.csv', L(w)],
      ['both.csv', M(w)],
    ]);
    for (const j of jobs) if (j.state === 'held') expect(j.batches).toEqual([]);
    const p = w.portal();
    expect(new Set(p).size).toBe(p.length);
    expect(p.every((l) => ALL.includes(l))).toBe(true);
  });

  it('another practice’s export between two of ours (after three sent): held in every position after the first', async (c) => {
    const w = await week(c);
    const theirs = csv(
      OWN,
      [7, 8, 9].map((k) =>
        w.v(k, {
          day: 3,
          id: `X${k}`,
          chart: `77${k}`,
          provider: 'Ortiz, Paul DO',
          location: 'Lakeside Family Care',
        }),
      ),
    );
    await w.put('ours-mon.csv', L(w));
    const x = await w.put('theirs.csv', theirs);
    const y = await w.put('ours-again.csv', S1(w));
    expect([x.job.state, y.job.state]).toEqual(['held', 'processed']);
    expect(w.portal()).toEqual(S1_PORTAL);
  });
});

// ---- a backlog across the night the clocks go back ---------------------------------------------------

describe.concurrent('a backlog across the night the clocks go back (1 November 2026, Chicago)', () => {
  // 01:00–02:00 happens twice: 01:30 CDT is 06:30 UTC, 01:15 CST is 07:15 UTC (the later run).
  const CDT_0130 = new Date(Date.UTC(2026, 10, 1, 6, 30));
  const CST_0115 = new Date(Date.UTC(2026, 10, 1, 7, 15));
  const CDT_0050 = new Date(Date.UTC(2026, 10, 1, 5, 50));
  const CST_0300 = new Date(Date.UTC(2026, 10, 1, 9, 0));

  it('the later run (01:15 CST) copied in first, then the earlier (01:30 CDT), times kept: the earlier held', async (c) => {
    const w = await week(c);
    await w.put('appts_20261101_0115.csv', S2(w), CST_0115);
    const b = await w.put('appts_20261101_0130.csv', S1(w), CDT_0130);
    expect(b.job.state).toBe('held');
    expect(w.portal()).toEqual(S2_ACTIVE);
  });

  it('FAULT: the earlier run (01:30 CDT), then the later (01:15 CST), times kept: the later goes (its name’s hour happened twice)', async (c) => {
    const w = await week(c);
    await w.put('appts_20261101_0130.csv', S1(w), CDT_0130);
    const b = await w.put('appts_20261101_0115.csv', S2(w), CST_0115);
    expect(b.job.state).toBe('processed');
    expect(w.portal()).toEqual(
      S1_PORTAL.map((l) => (l.startsWith('Nguyen') ? 'Nguyen Mon 10:00 cancelled' : l)),
    );
  });

  it('00:50, 01:30 CDT, 01:15 CST, 03:00 in order, times kept: all go, the 03:00 run stands', async (c) => {
    const w = await week(c);
    await w.put('appts_20261101_0050.csv', S0(w), CDT_0050);
    await w.put('appts_20261101_0130.csv', S1(w), CDT_0130);
    await w.put('appts_20261101_0115.csv', S1_LF(w), CST_0115);
    const d = await w.put('appts_20261101_0300.csv', S2(w), CST_0300);
    expect(d.job.state).toBe('processed');
    expect(w.portal()).toEqual(S2_PORTAL);
  });

  it('the night’s four runs in the inbox at start (times kept): handed over by time, the 03:00 run stands', async (c) => {
    const w = await week(c);
    const jobs = await backlog(w, [
      ['appts_20261101_0300.csv', S2(w), CST_0300],
      ['appts_20261101_0115.csv', S1_LF(w), CST_0115],
      ['appts_20261101_0130.csv', S1(w), CDT_0130],
      ['appts_20261101_0050.csv', S0(w), CDT_0050],
    ]);
    expect(heldOf(jobs)).toEqual([]);
    expect(w.portal()).toEqual(S2_PORTAL);
  });

  it('the 00:50 run copied in last with a new time, after 03:00: held by its name', async (c) => {
    const w = await week(c);
    await w.put('appts_20261101_0300.csv', S2(w), CST_0300);
    const b = await w.put('appts_20261101_0050.csv', S0(w));
    expect(b.job.state).toBe('held');
    expect(w.portal()).toEqual(S2_ACTIVE);
  });
});
