// Red-team probes (round 60f) of two engine outcomes left open, through a real engine into one
// sandbox shared by the file (week-of-exports.ts: a week of its own each). What the portal ends
// with, what was sent and what is asked was worked out by hand BEFORE the first run; a probe named
// FAULT sent, lost or mis-counted wrongly before its fix.
// 1. A filed export written again from its start (filed-growth.ts, job/rewritten-export.ts): an
//    exporter that keeps its file open rewrites it in place within minutes of the job's end, the
//    moved inode taking the new content into processed/. Before, that was only logged: the new
//    export never reached the portal (FAULT). Now a rewrite in the export's own shape (written in
//    place, same line ends, byte-order mark and header) is taken in as a job of its own: nothing is
//    cancelled for being left out of it, and what it would send is asked about once (the bytes
//    cannot tell it from an edit made in place in Notepad); accepted, what changed goes. A copy
//    saved over by an editor or re-encoded is a person's edit: left, as before.
//    Also: the history of a job whose filed file grew counts every appointment it sent (it did
//    already on this main, in the journal's details and its history row: pinned, not changed).
// 2. Two practices' placeless files (other-practice.ts): a file without a location column goes
//    with the practice's name as its office, so another practice's placeless file shared "an
//    office" with this one's and was booked (FAULT). A placeless file's office no longer counts
//    as shared; a location column that names the practice still does.
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with
// Lee, Anna MD at Main St Clinic, Follow Up, Scheduled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, crlf, csv, lf, table, without, type Column, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { final } from './support/sending-probes.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-60f-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
const week = (c: Ctx, over: Partial<PracticeSettings> = {}) => weekOf(c.onTestFinished, shared, over);
const SNAP = { snapshotMode: true, maxSnapshotCancelPercent: 100 };
const sorted = (xs: string[]) => [...xs].sort();
const P0 = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const mon = (w: Week) => w.portal().filter((l) => l.includes(' Mon '));
const checks = (j: JobDetails) => (j.doubts ?? []).map((d) => d.check ?? d.kind);

// ---- 1. a filed export written again from its start ------------------------------------------------

describe.concurrent('a filed export written again from its start: its own job, asked before it sends', () => {
  const day3 = (w: Week, o: (k: number) => Partial<Visit> = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
  const filedOf = (w: Week, name: string) =>
    w.h.jobs().find((j) => j.file === name && !j.rewriteOf)!.archivedPath!;
  /** Written again from the start through the same inode (truncated and written: an exporter's
   *  open handle, or Notepad). */
  const inPlace = (file: string, text: string) => fs.writeFileSync(file, text);
  /** Saved over by an editor: written beside and renamed over (a new file in its place). */
  const saveOver = (file: string, text: string) => {
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  };
  const rewrites = (w: Week, of: JobDetails) => w.h.jobs().filter((j) => j.rewriteOf === of.id);
  /** The `n`th job taken from `of`'s rewritten file, once final (and its verdict read if it sent). */
  const rewriteJob = async (w: Week, of: JobDetails, n = 1) => {
    const done = (j: JobDetails) =>
      final(j) && (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined);
    const js = await w.h.waitFor((all) => {
      const r = all.filter((j) => j.rewriteOf === of.id);
      return r.length >= n && r.every(done);
    });
    // By the time each was taken: ids sort by the second only (new-job.ts), two rewrites within
    // one second by their random tail.
    return js
      .filter((j) => j.rewriteOf === of.id)
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))[n - 1]!;
  };
  /** A person accepts the held job once; it is read again and sent. */
  const accept = async (w: Week, held: JobDetails) => {
    const engine = w.h.running!.engine;
    expect(await engine.acceptCancellations(held.id)).toMatchObject({ ok: true });
    await engine.releaseHeld(w.h.settings.practices[0]!.name);
    return (await w.h.waitFor((js) => {
      const j = js.find((x) => x.id === held.id);
      return j?.state === 'processed' && (j.batches.length === 0 || j.outcome !== undefined);
    }))!.find((x) => x.id === held.id)!;
  };
  /** Beside the probe, Tuesday's file whose exporter then writes Kowalski's row into its filed copy
   *  (growth): once Kowalski is on the portal, the watch has looked at every filed file changed at
   *  the same moment, and any job taken from them is final. */
  const beside = async (w: Week) => {
    await w.put('tue.csv', csv(OWN, [w.v(4, { day: 1 })]));
    return () => fs.appendFileSync(filedOf(w, 'tue.csv'), crlf(table(OWN, [w.v(5, { day: 1 })]).slice(1)));
  };
  const grewBeside = (w: Week) =>
    w.h
      .waitFor(() => w.portal().includes('Kowalski Tue 12:00 active'), 12_000)
      .then(() => w.h.waitFor((js) => js.every((j) => final(j)), 12_000));
  /** `change` made to day.csv's filed copy with Tuesday's growth beside it: no job of its own. */
  const leftAlone = async (w: Week, a: JobDetails, change: (file: string) => void) => {
    const grow = await beside(w);
    change(filedOf(w, 'day.csv'));
    grow();
    await grewBeside(w);
    expect(rewrites(w, a)).toEqual([]);
    expect(mon(w)).toEqual(P0);
  };
  /** The history's row of the file (the journal's summary, as the history window lists it). */
  const historyOf = (w: Week, name: string) =>
    w.h
      .running!.journal.list({ limit: 1000 })
      .find((j) => j.file === name && !w.h.running!.journal.get(j.id)!.rewriteOf)!;
  const garcia14 = (w: Week) => day3(w, (k) => (k === 2 ? { time: '14:00' } : {}));

  it('FAULT: rewritten in place with Garcia at 14:00: a job of its own, held with one question, nothing sent', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(filedOf(w, 'day.csv'), csv(OWN, garcia14(w)));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(r.file).toBe('day.csv');
    expect(checks(r)).toEqual(['filed-rewrite']);
    expect(r.doubts![0]).toMatchObject({ count: 1, samples: [w.v(2).id] });
    expect(mon(w)).toEqual(P0);
    // The first job keeps what it read and sent.
    expect(w.h.jobs().find((j) => j.id === a.job.id)).toMatchObject({
      state: 'processed',
      counts: { sent: 3 },
    });
  });

  it('FAULT: …accepted once: Garcia moved to 14:00, the job counting 3 rows, 1 sent, 2 unchanged', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(filedOf(w, 'day.csv'), csv(OWN, garcia14(w)));
    const done = await accept(w, await rewriteJob(w, a.job));
    expect(mon(w)).toEqual(
      sorted(['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active']),
    );
    expect(done.counts).toMatchObject({ rows: 3, sent: 1, unchanged: 2 });
  });

  it('FAULT: rewritten in place with Okafor first (a new run, not growth): held; accepted, Okafor booked once', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(filedOf(w, 'day.csv'), csv(OWN, [w.v(4), ...day3(w)]));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(r.doubts![0]).toMatchObject({ count: 1, samples: [w.v(4).id] });
    expect(mon(w)).toEqual(P0);
    await accept(w, r);
    expect(mon(w)).toEqual(sorted([...P0, 'Okafor Mon 11:00 active']));
  });

  it('snapshot mode, rewritten in place shorter (Smith only): nothing to send, nothing cancelled, nothing asked', async (c) => {
    const w = await week(c, SNAP);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(filedOf(w, 'day.csv'), csv(OWN, [w.v(1)]));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('processed');
    expect(r.batches).toEqual([]);
    expect(mon(w)).toEqual(P0);
  });

  it('snapshot mode, rewritten in place with Garcia at 14:00 and Nguyen left out: accepted, Garcia moves, Nguyen is not cancelled', async (c) => {
    const w = await week(c, SNAP);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(filedOf(w, 'day.csv'), csv(OWN, garcia14(w).slice(0, 2)));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(r.doubts![0]).toMatchObject({ count: 1 });
    await accept(w, r);
    expect(mon(w)).toEqual(
      sorted(['Garcia Mon 14:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active']),
    );
  });

  it('rewritten in place with Nguyen Cancelled (Notepad, or the exporter): held, Nguyen stays on until a person accepts', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(
      filedOf(w, 'day.csv'),
      csv(
        OWN,
        day3(w, (k) => (k === 3 ? { status: 'Cancelled' } : {})),
      ),
    );
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(r.doubts![0]).toMatchObject({ count: 1, samples: [w.v(3).id] });
    expect(mon(w)).toEqual(P0);
  });

  it('…accepted: Nguyen cancelled on the portal, nothing else changed', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(
      filedOf(w, 'day.csv'),
      csv(
        OWN,
        day3(w, (k) => (k === 3 ? { status: 'Cancelled' } : {})),
      ),
    );
    await accept(w, await rewriteJob(w, a.job));
    expect(mon(w)).toEqual(
      sorted(['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 cancelled', 'Smith Mon 08:00 active']),
    );
  });

  it('rewritten in place with the same visits in another order: its own job, nothing to send, nothing asked', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    inPlace(filedOf(w, 'day.csv'), csv(OWN, day3(w).reverse()));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('processed');
    expect(r.doubts ?? []).toEqual([]);
    expect(r.batches).toEqual([]);
    expect(mon(w)).toEqual(P0);
  });

  it('the same bytes written again in place: no job', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    await leftAlone(w, a.job, (f) => inPlace(f, csv(OWN, day3(w))));
  });

  it('saved over by an editor with Garcia at 14:00 (a new file in its place): left, no job', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    await leftAlone(w, a.job, (f) => saveOver(f, csv(OWN, garcia14(w))));
  });

  it('saved over by an editor with a walk-in typed in first: left, no job', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    await leftAlone(w, a.job, (f) => saveOver(f, csv(OWN, [w.v(6), ...day3(w)])));
  });

  it('rewritten in place with LF line ends (re-encoded) and Garcia at 14:00: left, no job', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    await leftAlone(w, a.job, (f) => inPlace(f, lf(table(OWN, garcia14(w)))));
  });

  it('rewritten in place with a byte-order mark (Excel’s CSV UTF-8) and Garcia at 14:00: left, no job', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    await leftAlone(w, a.job, (f) => inPlace(f, `\ufeff${csv(OWN, garcia14(w))}`));
  });

  it('rewritten in place with every header cell quoted (another program saved it) and Garcia at 14:00: left', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const ls = table(OWN, garcia14(w));
    const head = OWN.map(([h]) => `"${h}"`).join(',');
    await leftAlone(w, a.job, (f) => inPlace(f, crlf([head, ...ls.slice(1)])));
  });

  it('rewritten in place under another header (Provider → Doctor) with Garcia at 14:00: left', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const cols: Column[] = OWN.map(([h, f]) => [h === 'Provider' ? 'Doctor' : h, f]);
    await leftAlone(w, a.job, (f) => inPlace(f, csv(cols, garcia14(w))));
  });

  it('written again twice (Garcia 14:00, then 15:00): two jobs, both held; the second accepted moves Garcia to 15:00', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const file = filedOf(w, 'day.csv');
    inPlace(file, csv(OWN, garcia14(w)));
    const r1 = await rewriteJob(w, a.job);
    inPlace(
      file,
      csv(
        OWN,
        day3(w, (k) => (k === 2 ? { time: '15:00' } : {})),
      ),
    );
    const r2 = await rewriteJob(w, a.job, 2);
    expect([r1.state, r2.state]).toEqual(['held', 'held']);
    expect(mon(w)).toEqual(P0);
    await accept(w, r2);
    expect(mon(w)).toContain('Garcia Mon 15:00 active');
    expect(mon(w)).not.toContain('Garcia Mon 14:00 active');
  });

  it('a rewrite caught mid-way, then its last row written on: each reading its own held job, the first job never read again', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const file = filedOf(w, 'day.csv');
    const ls = table(OWN, garcia14(w));
    inPlace(file, crlf(ls.slice(0, 3)));
    const r1 = await rewriteJob(w, a.job);
    fs.appendFileSync(file, crlf(ls.slice(3)));
    const r2 = await rewriteJob(w, a.job, 2);
    expect([r1.state, r2.state]).toEqual(['held', 'held']);
    expect(mon(w)).toEqual(P0);
    expect(w.h.jobs().find((j) => j.id === a.job.id)).toMatchObject({
      state: 'processed',
      counts: { rows: 3, sent: 3 },
    });
  });

  it('engine restarted within the watch, then rewritten in place with Garcia at 14:00: held as its own job', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const file = filedOf(w, 'day.csv');
    await w.h.stopEngine();
    await w.h.start();
    inPlace(file, csv(OWN, garcia14(w)));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(mon(w)).toEqual(P0);
  });

  it('rewritten while the engine was stopped (what the job read is not known to be its shape): left', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const file = filedOf(w, 'day.csv');
    await w.h.stopEngine();
    inPlace(file, csv(OWN, garcia14(w)));
    await w.h.start();
    const grow = await beside(w);
    grow();
    await grewBeside(w);
    expect(rewrites(w, a.job)).toEqual([]);
    expect(mon(w)).toEqual(P0);
  });

  it('a rewrite accepted, then written again with Garcia back at 09:00: asked again (an answer is for one content)', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    const file = filedOf(w, 'day.csv');
    inPlace(file, csv(OWN, garcia14(w)));
    await accept(w, await rewriteJob(w, a.job));
    inPlace(file, csv(OWN, day3(w)));
    const r2 = await rewriteJob(w, a.job, 2);
    expect(r2.state).toBe('held');
    expect(mon(w)).toContain('Garcia Mon 14:00 active');
  });

  it('a report with a print-stamp title rewritten with a later stamp and Okafor added: held as its own job', async (c) => {
    const w = await week(c);
    const title = (t: string) => ['Appointment List', `Printed ${w.date()} ${t}`];
    const a = await w.put('day.csv', csv(OWN, day3(w), title('07:00')));
    expect(a.job.state).toBe('processed');
    inPlace(filedOf(w, 'day.csv'), csv(OWN, [...day3(w), w.v(4)], title('07:05')));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(checks(r)).toEqual(['filed-rewrite']);
    expect(mon(w)).toEqual(P0);
  });

  it('the history of a job whose filed file grew counts all it sent (3 rows, 3 sent)', async (c) => {
    const w = await week(c);
    const ls = table(OWN, day3(w));
    await w.put('day.csv', crlf(ls.slice(0, 3)));
    fs.appendFileSync(filedOf(w, 'day.csv'), crlf(ls.slice(3)));
    await w.h.waitFor(() => mon(w).length === 3, 12_000);
    const j = await w.h.waitFor(
      (js) => js.every((x) => final(x) && (x.batches.length < 2 || x.outcome)),
      12_000,
    );
    expect(j.find((x) => x.file === 'day.csv')!.counts).toMatchObject({ rows: 3, sent: 3, unchanged: 0 });
    expect(historyOf(w, 'day.csv').counts).toMatchObject({ rows: 3, sent: 3, unchanged: 0 });
  });

  it('…grown in two pauses (4 rows, 4 sent)', async (c) => {
    const w = await week(c);
    const ls = table(OWN, [...day3(w), w.v(4)]);
    await w.put('day.csv', crlf(ls.slice(0, 3)));
    fs.appendFileSync(filedOf(w, 'day.csv'), crlf(ls.slice(3, 4)));
    await w.h.waitFor(() => mon(w).length === 3, 20_000);
    // The third visit reached the portal while its reading may still be in processing/: appended
    // by path before the file is filed again, the fourth went into a new file of its own (the CI
    // at load 20: 'day.csv' processed, 3 sent). An exporter's handle follows the file instead.
    await w.h.waitFor((js) => js.every(final) && fs.existsSync(filedOf(w, 'day.csv')), 20_000);
    fs.appendFileSync(filedOf(w, 'day.csv'), crlf(ls.slice(4)));
    await w.h.waitFor(() => mon(w).length === 4, 20_000);
    const j = await w.h.waitFor((js) => js.every((x) => final(x)), 12_000);
    await w.h.waitFor(() => w.h.jobs().find((x) => x.file === 'day.csv')!.outcome !== undefined, 12_000);
    expect(w.h.jobs().find((x) => x.file === 'day.csv')!.counts).toMatchObject({
      rows: 4,
      sent: 4,
      unchanged: 0,
    });
    expect(historyOf(w, 'day.csv').counts).toMatchObject({ rows: 4, sent: 4, unchanged: 0 });
    expect(j.length).toBe(1);
  });

  it('control: the exporter writes the day again into the inbox under the same name (Garcia 14:00): sent unasked', async (c) => {
    const w = await week(c);
    await w.put('day.csv', csv(OWN, day3(w)));
    const b = await w.put('day.csv', csv(OWN, garcia14(w)));
    expect(b.job.state).toBe('processed');
    expect(b.job.rewriteOf).toBeUndefined();
    expect(b.sent).toEqual(['UPDATE Garcia Mon 14:00']);
  });

  it('control, snapshot mode: the day again into the inbox without Nguyen: Nguyen cancelled as usual', async (c) => {
    const w = await week(c, SNAP);
    await w.put('day.csv', csv(OWN, day3(w)));
    const b = await w.put('day.csv', csv(OWN, day3(w).slice(0, 2)));
    expect(b.sent).toEqual(['CANCEL Nguyen Mon 10:00']);
  });
});

// ---- 2. two practices' placeless files -------------------------------------------------------------

describe.concurrent('placeless files: the practice’s name as an office is no shared place', () => {
  const NAME = 'Hillcrest Family Medicine';
  const named = (c: Ctx, over: Partial<PracticeSettings> = {}) => week(c, { name: NAME, ...over });
  const NOID = without(OWN, 'Appt ID');
  const NOLOC = without(NOID, 'Location');
  const BARE = without(OWN, 'Appt ID', 'Chart #', 'Location');
  const ASKED = "may be another practice's export";
  const asked = (j: JobDetails) => JSON.stringify(j.doubts ?? []).includes(ASKED);
  const vs = (w: Week, ks: number[], o: Partial<Visit> & { day?: number } = {}) => ks.map((k) => w.v(k, o));
  const own = async (w: Week, cols: Column[] = NOLOC, o: Partial<Visit> = {}) => {
    const a = await w.put('own.csv', csv(cols, vs(w, [1, 2, 3], o)));
    expect(a.job.state).toBe('processed');
  };
  /** Another practice: its own patients (Brown … Kim, charts 77k) and providers. */
  const other = (w: Week, o: Partial<Visit> = {}) =>
    [6, 7, 8, 9].map((k) =>
      w.v(k, {
        provider: k % 2 ? 'Ortiz, Ana DO' : 'Fox, Sam MD',
        location: 'Lakeside Pediatrics',
        chart: `77${k}`,
        ...o,
      }),
    );
  /** Held and asked as another practice's (`why`: held for another reason first). */
  const heldOff = async (w: Week, text: string, why = ASKED) => {
    const b = await w.put('lakeside.csv', text);
    expect(b.job.state).toBe('held');
    expect(JSON.stringify(b.job.doubts)).toContain(why);
    expect(b.sent).toEqual([]);
    expect(mon(w)).toEqual(P0);
  };
  const goes = async (w: Week, text: string) => {
    const b = await w.put('next.csv', text);
    expect(asked(b.job), JSON.stringify(b.job.doubts)).toBe(false);
    expect(b.job.state).toBe('processed');
    return sorted(b.sent);
  };
  const NEW_45 = ['NEW Kowalski Mon 12:00', 'NEW Okafor Mon 11:00'];
  const SHAH = { provider: 'Shah, Priya MD' };

  it('FAULT: both placeless, their provider of our provider’s family name (Lee, David MD): held', async (c) => {
    const w = await named(c);
    await own(w);
    await heldOff(w, csv(NOLOC, other(w, { provider: 'Lee, David MD' })));
  });

  it('FAULT: both with no ids and no location, their provider Lee, D.: held', async (c) => {
    const w = await named(c);
    await own(w, BARE);
    await heldOff(w, csv(BARE, other(w, { provider: 'Lee, D. MD' })));
  });

  it('FAULT: both placeless, their Brown under chart 1001 (our Smith’s): held', async (c) => {
    const w = await named(c);
    await own(w);
    await heldOff(
      w,
      csv(
        NOLOC,
        other(w).map((v, i) => (i === 0 ? { ...v, chart: '1001' } : v)),
      ),
    );
  });

  it('snapshot mode, both placeless: held (its snapshot leaves out Lee), nothing of ours cancelled', async (c) => {
    // Held before the fix too: a snapshot without a row of Lee's is asked about first (partial-snapshot).
    const w = await named(c, SNAP);
    await own(w);
    await heldOff(w, csv(NOLOC, other(w)), 'partial-snapshot');
  });

  it('FAULT: both placeless, theirs in another column order (another system): held', async (c) => {
    const w = await named(c);
    await own(w);
    const cols = [...NOLOC].reverse();
    await heldOff(w, csv(cols, other(w)));
  });

  it('FAULT: ours with no ids at all, theirs with chart numbers, both placeless: held', async (c) => {
    const w = await named(c);
    await own(w, BARE);
    await heldOff(w, csv(NOLOC, other(w)));
  });

  it('FAULT: both placeless, their rows with appointment ids never sent here: held', async (c) => {
    const w = await named(c);
    await own(w, without(OWN, 'Location'));
    const theirs = other(w).map((v, i) => ({ ...v, id: `LK-${i}` }));
    await heldOff(w, csv(without(OWN, 'Location'), theirs));
  });

  it('both placeless under a generic practice name (Practice 1): held (as before)', async (c) => {
    const w = await week(c);
    await own(w);
    await heldOff(w, csv(NOLOC, other(w)));
  });

  it('both placeless, theirs only cancellations of visits never sent: nothing sent, nothing asked', async (c) => {
    const w = await named(c);
    await own(w);
    expect(await goes(w, csv(NOLOC, other(w, { status: 'Cancelled' })))).toEqual([]);
  });

  it('placeless, a locum beside a returning patient (Smith on Tuesday): sent', async (c) => {
    const w = await named(c);
    await own(w);
    const text = csv(NOLOC, [w.v(1, { day: 1, ...SHAH }), ...vs(w, [4], SHAH)]);
    expect(await goes(w, text)).toEqual(['NEW Okafor Mon 11:00', 'NEW Smith Tue 08:00']);
  });

  it('placeless, Lee with new patients: sent', async (c) => {
    const w = await named(c);
    await own(w);
    expect(await goes(w, csv(NOLOC, vs(w, [4, 5])))).toEqual(NEW_45);
  });

  for (const printed of ['Dr. Anna Lee', 'Lee, A', 'LEE, ANNA'])
    it(`placeless, Lee printed "${printed}" with new patients: sent`, async (c) => {
      const w = await named(c);
      await own(w);
      expect(await goes(w, csv(NOLOC, vs(w, [4, 5], { provider: printed })))).toEqual(NEW_45);
    });

  it('ours placeless; a file whose location column names the practice, a locum, new patients: sent', async (c) => {
    const w = await named(c);
    await own(w);
    expect(await goes(w, csv(NOID, vs(w, [4, 5], { ...SHAH, location: NAME })))).toEqual(NEW_45);
  });

  it('placeless, a returning patient under a re-padded chart (001001) with a locum: not asked as another practice', async (c) => {
    const w = await named(c);
    await own(w);
    const text = csv(NOLOC, [w.v(1, { day: 1, chart: '001001', ...SHAH })]);
    // Asked, but about the zeros (lost-zeros.ts), not as another practice's file.
    const b = await w.put('next.csv', text);
    expect(asked(b.job)).toBe(false);
  });

  it('placeless, cancellations of visits sent: both cancelled, nothing asked', async (c) => {
    const w = await named(c);
    await own(w);
    const text = csv(NOLOC, vs(w, [1, 2], { status: 'Cancelled' }));
    expect(await goes(w, text)).toEqual(['CANCEL Garcia Mon 09:00', 'CANCEL Smith Mon 08:00']);
  });

  it('placeless with appointment ids, a visit sent listed again beside a locum’s new patients: sent', async (c) => {
    const w = await named(c);
    const cols = without(OWN, 'Location');
    await own(w, cols);
    const text = csv(cols, [w.v(1), ...vs(w, [4, 5], SHAH)]);
    expect(await goes(w, text)).toEqual(NEW_45);
  });

  it('snapshot mode, placeless: the next day, the usual provider, new patients: sent', async (c) => {
    const w = await named(c, SNAP);
    await own(w);
    const text = csv(NOLOC, [...vs(w, [1, 2, 3]), ...vs(w, [4, 5], { day: 1 })]);
    expect(await goes(w, text)).toEqual(['NEW Kowalski Tue 12:00', 'NEW Okafor Tue 11:00']);
  });

  it('placeless, only two sent so far: a file with nothing in common goes (too little history)', async (c) => {
    const w = await named(c);
    await w.put('own.csv', csv(NOLOC, vs(w, [1, 2])));
    expect(await goes(w, csv(NOLOC, vs(w, [4, 5], SHAH)))).toEqual(NEW_45);
  });

  it('FAULT: both placeless, theirs held and accepted once by a person: their four booked', async (c) => {
    const w = await named(c);
    await own(w);
    const b = await w.put('lakeside.csv', csv(NOLOC, other(w)));
    expect(asked(b.job)).toBe(true);
    const engine = w.h.running!.engine;
    expect(await engine.acceptCancellations(b.job.id)).toMatchObject({ ok: true });
    await engine.releaseHeld(NAME);
    await w.h.waitFor((js) => {
      const j = js.find((x) => x.id === b.job.id);
      return j?.state === 'processed' && j.outcome !== undefined;
    });
    expect(mon(w).filter((l) => l.endsWith('active'))).toHaveLength(7);
  });
});
