// Red-team probes (round 58r2) of this stop's engine changes: a held file answered after exports
// that arrived later but were written before it (stale-arrivals.ts), run stamps in the hour a clock
// repeats or skips (name-stamp.ts), and the other-practice check judged by the history sent before
// a file arrived (other-practice.ts, SentLedger.sentAny). Each sequence goes through a real engine
// into one sandbox shared by this file (week-of-exports.ts); the name-stamp probes call the reader
// itself. Every outcome was worked out by hand BEFORE the first run. FAULT: failed before its fix.
// LEFT: no clock in the files can tell; the outcome is pinned as it is and said in the name.
//
// Unless a probe says otherwise a day is Monday's, own appointment ids: Smith 08:00, Garcia 09:00,
// Nguyen 10:00 (Lee, Anna MD, Main St Clinic). S0 that day; S1 moves Garcia to 14:00; N (newer)
// also cancels Nguyen and gives Smith a status word the connector does not know (held until a
// person says it means cancelled).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, lf, table, without, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { confirmMapping, saveSettings } from './support/engine-harness.ts';
import { final, write } from './support/sending-probes.ts';
import { nameStamp, namedAfter } from '../../main/engine/job/name-stamp.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-58r2-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
type Change = Partial<Visit> & { day?: number };
const week = (c: Ctx, over: Partial<PracticeSettings> = {}) => weekOf(c.onTestFinished, shared, over);

const HOUR = 3_600_000;
/** `h` hours before now (negative: after), to the even second (a FAT file system keeps 2 s). */
const ago = (h: number) => new Date(Math.floor(Date.now() / 2000) * 2000 - Math.round(h * HOUR));
const two = (n: number) => String(n).padStart(2, '0');
/** A scheduler's name for a run at `d` on a Chicago clock: `appts_20261207_0800.csv`. */
const runName = (d: Date, prefix = 'appts_', sep = '_', ext = '.csv') => {
  const p = Object.fromEntries(
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
      .map((x) => [x.type, x.value]),
  );
  return `${prefix}${p.year}${sep === '_' ? '' : '-'}${p.month}${sep === '_' ? '' : '-'}${p.day}${sep}${p.hour}${sep === '_' ? '' : '-'}${p.minute}${ext}`;
};

const onRow = (changes: Record<number, Change>) => (k: number) => changes[k] ?? {};
const day3 = (w: Week, o: (k: number) => Change = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
const ten = (w: Week, o: (k: number) => Change = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => w.v(i + 1, o(i + 1)));
const S0 = (w: Week) => csv(OWN, day3(w));
const S0_LF = (w: Week) => lf(table(OWN, day3(w)));
const S1 = (w: Week, o: Record<number, Change> = {}) =>
  csv(OWN, day3(w, onRow({ 2: { time: '14:00' }, ...o })));
const N = (w: Week) =>
  csv(
    OWN,
    day3(w, onRow({ 1: { status: 'Pt Moved Slot' }, 2: { time: '14:00' }, 3: { status: 'Cancelled' } })),
  );
const ANSWER = ['--status', 'Pt Moved Slot=cancelled'];

const S0_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const S1_PORTAL = ['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
/** N's changes all went. */
const N_PORTAL = ['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 cancelled', 'Smith Mon 08:00 cancelled'];
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
const TEN_PORTAL = FAMILIES.map((f, i) => `${f} Mon ${two(8 + i)}:00 active`).sort();

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
  await w.h.waitFor((js) => js.some((j) => j.id === job.id && done(j)), 60_000);
  return w.h.jobs().find((j) => j.id === job.id)!;
}

type Drop = [name: string, text: string, written?: Date];
/** The engine stopped, `files` put into the inbox, started again: each file's state by name. */
async function backlog(w: Week, files: Drop[]): Promise<Record<string, JobDetails['state']>> {
  const before = new Set(w.h.jobs().map((j) => j.id));
  await w.h.stopEngine();
  for (const [name, text, written] of files) write(w.h, name, text, written);
  await w.h.start();
  const done = (j: JobDetails) =>
    !before.has(j.id) &&
    final(j) &&
    (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined);
  const jobs = await w.h.waitFor((js) => js.filter(done).length >= files.length, 60_000);
  return Object.fromEntries(jobs.filter((j) => !before.has(j.id)).map((j) => [j.file, j.state]));
}

// ---- a held file answered after later arrivals: clocks that lie ------------------------------------
// Answers go through the command line in this process: one at a time (run side by side, one was
// refused as 'not a held file' under load in the full run).

describe('a held file answered after exports that arrived later (stale-arrivals.ts)', () => {
  it('FAULT: the exporting PC’s clock 2 h ahead (N’s time after it arrived); S1 written after N arrived goes; N answered: S1 stands', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const n = await w.put('n.csv', N(w), ago(-2));
    expect(n.job.state).toBe('held');
    // Written after N was in the inbox: made after it, whatever N's clock says.
    const o = await w.put('s1.csv', S1(w), ago(0));
    expect(o.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 120_000);

  it('FAULT: N made 2 h ago on a PC 5 h ahead (its time 3 h after it arrived); S1 made 1 h ago, copied with its time, after N: S1 stands', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const n = await w.put('n.csv', N(w), ago(-3));
    const o = await w.put('s1.csv', S1(w), ago(1));
    expect(o.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    await answer(w, n.job, ANSWER);
    // A time after its own arrival is a clock ahead: it proves no other file older.
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 120_000);

  it('N’s clock 2 h ahead, but the names (one pattern) say N ran after S1 (copied with its time): N’s changes go', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(4)), S0(w), ago(4));
    const n = await w.put(runName(ago(1)), N(w), ago(-2));
    await w.put(runName(ago(2)), S1(w), ago(2));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(N_PORTAL);
  }, 120_000);

  it('FAT times: S1 written 2 s before N (one FAT tick): too close to tell, S1 (arrived later) stands', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const t = ago(1);
    const n = await w.put('n.csv', N(w), t);
    await w.put('s1.csv', S1(w), new Date(t.getTime() - 2000));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 120_000);

  it('FAT times: S1 with the same time as N: S1 stands', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const t = ago(1);
    const n = await w.put('n.csv', N(w), t);
    await w.put('s1.csv', S1(w), t);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 120_000);

  it('a sync tool gave N a new time, but the names (one pattern) say S1 ran after N: S1 stands', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(4)), S0(w), ago(4));
    const n = await w.put(runName(ago(2)), N(w), ago(0.2));
    expect(n.job.state).toBe('held');
    await w.put(runName(ago(1)), S1(w), ago(1));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 120_000);

  it('LEFT: a sync tool gave N a new time, S1 (made after it) copied with its time, no stamps: N’s changes go (only the times speak)', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const n = await w.put('n.csv', N(w), ago(0));
    await w.put('s1.csv', S1(w), ago(1));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(N_PORTAL);
  }, 120_000);

  it('LEFT: names of another pattern (Schedule … vs appts_…) say S1 ran later; its time says before N: N’s changes go', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(4)), S0(w), ago(4));
    const n = await w.put(runName(ago(2)), N(w), ago(0.2));
    await w.put(runName(ago(1), 'Schedule ', ' '), S1(w), ago(1));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(N_PORTAL);
  }, 120_000);

  it('a newer export with no stamp (written after N) arrives after the stamped N: it stands', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(4)), S0(w), ago(4));
    const n = await w.put(runName(ago(2)), N(w), ago(2));
    await w.put('schedule.csv', S1(w), ago(0.5));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S1_PORTAL);
  }, 120_000);

  it('an older export with no stamp (copied with its time) after the stamped N: N’s changes go', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(4)), S0(w), ago(4));
    const n = await w.put(runName(ago(1)), N(w), ago(1));
    await w.put('schedule.csv', S1(w), ago(2));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(N_PORTAL);
  }, 120_000);

  it('Explorer’s copy of the earlier run (“ - Copy”, time kept) after N: name and time agree, N’s changes go', async (c) => {
    const w = await week(c);
    await w.put(runName(ago(4)), S0(w), ago(4));
    const n = await w.put(runName(ago(1)), N(w), ago(1));
    await w.put(runName(ago(2), 'appts_', '_', ' - Copy.csv'), S1(w), ago(2));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(N_PORTAL);
  }, 120_000);

  it('S0 exported again after N (newer, nothing new) goes; N answered: S0 stands, nothing sent', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const n = await w.put('n.csv', N(w), ago(2));
    const o = await w.put('s0-again.csv', S0_LF(w), ago(0.5));
    expect(o.sent).toEqual([]);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(S0_PORTAL);
  }, 120_000);

  it('an older export of Tuesday only arrives after N: N’s changes go beside it', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(4));
    const n = await w.put('n.csv', N(w), ago(1));
    await w.put('tue.csv', csv(OWN, [w.v(4, { day: 1 })]), ago(2));
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual([...N_PORTAL, 'Okafor Tue 11:00 active'].sort());
  }, 120_000);

  it('answered late, after two newer exports and an older one held: the newest stands, N sends nothing', async (c) => {
    const w = await week(c);
    await w.put('s0.csv', S0(w), ago(5));
    const n = await w.put('n.csv', N(w), ago(4));
    await w.put('x1.csv', S1(w), ago(3));
    const x2 = await w.put('x2.csv', S1(w, { 3: { time: '16:00' } }), ago(2));
    expect(x2.sent).toEqual(['UPDATE Nguyen Mon 16:00']);
    const x3 = await w.put('x3.csv', S0_LF(w), ago(4.5));
    expect(x3.job.state).toBe('held');
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual([
      'Garcia Mon 14:00 active',
      'Nguyen Mon 16:00 active',
      'Smith Mon 08:00 active',
    ]);
  }, 120_000);

  it('snapshot mode: ten sent; N (Smith held, Okafor left out) held; an older ten moving Kim to 16:30 goes; N answered: Kim back at 17:00, Okafor cancelled', async (c) => {
    const w = await week(c, { snapshotMode: true });
    await w.put('t0.csv', csv(OWN, ten(w)), ago(4));
    const nText = csv(
      OWN,
      ten(w, onRow({ 1: { status: 'Pt Moved Slot' } })).filter((v) => !v.patient.startsWith('Okafor')),
    );
    const n = await w.put('n.csv', nText, ago(1));
    expect(n.job.state).toBe('held');
    const o = await w.put('t1.csv', csv(OWN, ten(w, onRow({ 10: { time: '16:30' } }))), ago(2));
    expect(o.sent).toEqual(['UPDATE Kim Mon 16:30']);
    await answer(w, n.job, ANSWER);
    expect(w.portal()).toEqual(
      TEN_PORTAL.map((l) =>
        l.startsWith('Smith') || l.startsWith('Okafor') ? l.replace('active', 'cancelled') : l,
      ),
    );
  }, 120_000);
});

// ---- run stamps across both nights the clocks change, in other zones -------------------------------

describe('run stamps in names across daylight saving nights (name-stamp.ts)', () => {
  const FALL = Date.UTC(2026, 10, 1, 18);
  const SPRING = Date.UTC(2027, 2, 14, 18);
  /** Whether `theirs` names a run after `mine` (same night, written and arrived after both). */
  const later = (zone: string, theirs: string, mine: string, at: number) =>
    namedAfter({ file: theirs, modifiedMs: at, arrivedMs: at }, nameStamp(mine, zone, at, at), zone);
  const both = (zone: string, a: string, b: string, at: number) => [
    later(zone, a, b, at),
    later(zone, b, a, at),
  ];
  const n = (t: string, d = '20261101') => `appts_${d}_${t}.csv`;

  it.each([
    // [zone, a, b, a after b, b after a] worked out from each zone's rules (US: 1 Nov 2026, 14 Mar 2027)
    ['America/Chicago', n('0115'), n('0130'), false, false], // both in the repeated hour
    ['America/Phoenix', n('0130'), n('0115'), true, false], // no daylight saving: one 01:00
    ['America/New_York', n('0215'), n('0130'), true, false], // 07:15Z after 06:30Z at the latest
    ['America/Chicago', n('0215'), n('0130'), true, false], // 08:15Z after 07:30Z at the latest
    ['America/Anchorage', n('0130'), n('0045'), true, false], // 09:30Z at the earliest after 08:45Z
    ['America/Anchorage', n('0105'), n('0100'), false, false], // both repeated
    ['America/Chicago', n('0200'), n('0115'), true, false],
  ])('fall back, %s: %s vs %s', (zone, a, b, ab, ba) => {
    expect(both(zone, a, b, FALL)).toEqual([ab, ba]);
  });

  it.each([
    ['America/Chicago', 'Schedule Nov 1 2026 1.30am.csv', 'Schedule Nov 1 2026 1.15am.csv', false, false],
    ['America/Chicago', 'Schedule Nov 1 2026 1.30pm.csv', 'Schedule Nov 1 2026 1.30am.csv', true, false],
    ['America/Chicago', 'Schedule Nov 1 2026 1.30am.csv', 'Schedule Nov 1 2026 12.45am.csv', true, false],
    ['America/Phoenix', 'Schedule Nov 1 2026 1.30am.csv', 'Schedule Nov 1 2026 1.15am.csv', true, false],
    ['America/New_York', n('0115pm'), n('0130'), true, false], // 12-hour beside 24-hour, one pattern
  ])('fall back, 12-hour, %s: %s vs %s', (zone, a, b, ab, ba) => {
    expect(both(zone, a, b, FALL)).toEqual([ab, ba]);
  });

  it.each([
    ['America/Chicago', n('0300', '20270314'), n('0145', '20270314'), true, false], // 08:00Z vs 07:45Z
    ['America/Chicago', n('0300', '20270314'), n('0159', '20270314'), false, false], // a minute: one run
    ['America/New_York', n('0330', '20270314'), n('0130', '20270314'), true, false], // an hour apart
    ['America/Phoenix', n('0230', '20270314'), n('0145', '20270314'), true, false], // 02:30 exists there
    ['America/Chicago', n('0300', '20270314'), n('0230', '20270314'), false, false], // 02:30 never was
    ['America/Anchorage', 'Schedule Mar 14 2027 3.05am.csv', 'Schedule Mar 14 2027 1.55am.csv', true, false],
  ])('spring forward, %s: %s vs %s', (zone, a, b, ab, ba) => {
    expect(both(zone, a, b, SPRING)).toEqual([ab, ba]);
  });

  it('a time the clock skipped is no stamp (Chicago and New York), but is one in Phoenix', () => {
    const at = SPRING;
    expect(nameStamp(n('0230', '20270314'), 'America/Chicago', at, at)).toBeUndefined();
    expect(nameStamp(n('0230', '20270314'), 'America/New_York', at, at)).toBeUndefined();
    expect(nameStamp(n('0230', '20270314'), 'America/Phoenix', at, at)?.at).toBe(
      Date.UTC(2027, 2, 14, 9, 30),
    );
  });
});

describe.concurrent('the nights the clocks change, through the engine (times kept)', () => {
  const S2 = (w: Week) => csv(OWN, day3(w, onRow({ 2: { time: '14:00' }, 3: { status: 'Cancelled' } })));
  for (const [zone, first, second, firstAt, secondAt, state] of [
    // New York: 01:30 EDT (05:30Z) then 01:15 EST (06:15Z): the later run goes
    [
      'America/New_York',
      '0130',
      '0115',
      Date.UTC(2026, 10, 1, 5, 30),
      Date.UTC(2026, 10, 1, 6, 15),
      'processed',
    ],
    // Anchorage: 01:30 AKDT (09:30Z) then 01:15 AKST (10:15Z): the later run goes
    [
      'America/Anchorage',
      '0130',
      '0115',
      Date.UTC(2026, 10, 1, 9, 30),
      Date.UTC(2026, 10, 1, 10, 15),
      'processed',
    ],
    // Phoenix: 01:30 then 01:15 MST (15 min before): the earlier run, held
    ['America/Phoenix', '0130', '0115', Date.UTC(2026, 10, 1, 8, 30), Date.UTC(2026, 10, 1, 8, 15), 'held'],
  ] as const)
    it(`${zone}: ${first} then ${second} the night clocks go back: the second is ${state}`, async (c) => {
      const w = await week(c, { timeZone: zone });
      await w.put(`appts_20261101_${first}.csv`, S1(w), new Date(firstAt));
      const b = await w.put(`appts_20261101_${second}.csv`, S2(w), new Date(secondAt));
      expect(b.job.state).toBe(state);
    });

  it('Chicago spring: 01:45 CST, then 03:00 CDT (15 min later): goes; the 01:45 copied in again with a new time: held by its name', async (c) => {
    const w = await week(c);
    // 8 March 2026 (a night already past: a stamp more than a day ahead is no run).
    await w.put('appts_20260308_0145.csv', S1(w), new Date(Date.UTC(2026, 2, 8, 7, 45)));
    const b = await w.put('appts_20260308_0300.csv', S2(w), new Date(Date.UTC(2026, 2, 8, 8)));
    expect(b.job.state).toBe('processed');
    const again = await w.put(
      'appts_20260308_0145 (1).csv',
      lf(table(OWN, day3(w, onRow({ 2: { time: '14:00' } })))),
    );
    expect(again.job.state).toBe('held');
  });
});

// ---- the other-practice check: which history a file is judged by -----------------------------------

describe('the other-practice check and the history sent before a file arrived', () => {
  const NOID = without(OWN, 'Appt ID');
  const vs = (w: Week, ks: number[], o: Change = {}) => ks.map((k) => w.v(k, o));
  /** Another practice: its own patients (Brown, Patel, Johnson, Lopez), providers and office. */
  const other = (w: Week, o: Record<number, Change> = {}) =>
    [6, 7, 8, 9].map((k) =>
      w.v(k, {
        provider: k % 2 ? 'Ortiz, Ana DO' : 'Fox, Sam MD',
        location: 'Lakeside Pediatrics',
        chart: `77${k}`,
        ...o[k],
      }),
    );
  const STATUS = { 6: { status: 'Pt Moved Slot' } };
  const strangers = (w: Week) => w.portal().filter((l) => /^(Brown|Patel|Johnson|Lopez) /.test(l));

  it('FAULT: three sent; a stranger’s file held for a status word; our three moved (sent again, same ids); answered: held as another practice’s', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(OWN, vs(w, [1, 2, 3])));
    const x = await w.put('lakeside.csv', csv(NOID, other(w, STATUS)));
    expect(x.job.state).toBe('held');
    // Sent again after the stranger arrived: the history before it is no smaller for that.
    const moved = await w.put('own2.csv', csv(OWN, vs(w, [1, 2, 3], { time: '15:00' })));
    expect(moved.sent.sort()).toEqual([
      'UPDATE Garcia Mon 15:00',
      'UPDATE Nguyen Mon 15:00',
      'UPDATE Smith Mon 15:00',
    ]);
    const j = await answer(w, x.job, ANSWER, 'other-practice');
    expect(j.state).toBe('held');
    expect(j.doubts?.map((d) => d.check)).toEqual(['other-practice']);
    expect(strangers(w)).toEqual([]);
  }, 120_000);

  it('three sent; a stranger’s file held for a status word; answered with nothing else sent: held as another practice’s', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3])));
    const x = await w.put('lakeside.csv', csv(NOID, other(w, STATUS)));
    const j = await answer(w, x.job, ANSWER, 'other-practice');
    expect(j.doubts?.map((d) => d.check)).toEqual(['other-practice']);
    expect(strangers(w)).toEqual([]);
  }, 120_000);

  it('nothing sent; a stranger’s file held for a status word; our three go; answered: a first export, it goes', async (c) => {
    const w = await week(c);
    const x = await w.put('lakeside.csv', csv(NOID, other(w, STATUS)));
    expect(x.job.state).toBe('held');
    await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3])));
    const j = await answer(w, x.job, ANSWER, 'other-practice');
    expect(j.state).toBe('processed');
  }, 120_000);

  it('three sent; a new provider’s first day held for a status word; a file of both providers goes; answered: goes (known by then)', async (c) => {
    const w = await week(c);
    const cho = { provider: 'Cho, Daniel MD', location: 'North Clinic', day: 1 };
    await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3])));
    const x = await w.put('cho.csv', csv(NOID, [w.v(4, { ...cho, status: 'Pt Moved Slot' }), w.v(5, cho)]));
    expect(x.job.state).toBe('held');
    const both = await w.put('both.csv', csv(NOID, [w.v(1, { day: 2 }), w.v(5, { ...cho, day: 2 })]));
    expect(both.job.state).toBe('processed');
    const j = await answer(w, x.job, ANSWER, 'other-practice');
    expect(j.state).toBe('processed');
  }, 120_000);

  it('restart: three sent, then ours and a stranger’s found in the inbox at start: ours goes, theirs held', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3])));
    const states = await backlog(w, [
      ['b-own.csv', csv(NOID, vs(w, [4, 5]))],
      ['a-lakeside.csv', csv(NOID, other(w))],
    ]);
    expect(states).toEqual({ 'b-own.csv': 'processed', 'a-lakeside.csv': 'held' });
    expect(strangers(w)).toEqual([]);
  }, 120_000);

  it('restart: nothing sent, ours and a stranger’s found at start: both first exports, both go', async (c) => {
    const w = await week(c);
    const states = await backlog(w, [
      ['a-own.csv', csv(NOID, vs(w, [1, 2, 3]))],
      ['b-lakeside.csv', csv(NOID, other(w))],
    ]);
    expect(states).toEqual({ 'a-own.csv': 'processed', 'b-lakeside.csv': 'processed' });
  }, 120_000);

  it('two of ours sent (too little to tell), then ours and a stranger’s at once: both go', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, vs(w, [1, 2])));
    const before = new Set(w.h.jobs().map((j) => j.id));
    write(w.h, 'b-own.csv', csv(NOID, vs(w, [3, 4])));
    write(w.h, 'a-lakeside.csv', csv(NOID, other(w)));
    const jobs = await w.h.waitFor(
      (js) => js.filter((j) => !before.has(j.id) && final(j)).length >= 2,
      60_000,
    );
    expect(jobs.filter((j) => !before.has(j.id)).map((j) => j.state)).toEqual(['processed', 'processed']);
  }, 120_000);
});
