// Red-team probes (round 59r2) of this stop's engine changes that SEND or READ AGAIN without a
// question, through a real engine into one sandbox shared by the file (week-of-exports.ts: a week
// of its own each). What the portal ends with and what was POSTed was worked out by hand BEFORE
// the first run; a hold is never a wrong outcome. A probe named FAULT sent or lost wrongly before
// its fix.
// 1. derived slots (6d92f040): with no appointment id, a row whose own slot id was sent at
//    another start settles after the file's other rows. Attacked with a patient's two visits
//    swapped, a move and an addition at once, rows sorted by name, and the day re-listed after.
// 2. filed growth (a94a5332): a finished job's filed file that changed is read again by the same
//    job. Growth is the exporter writing on after the file was filed: the bytes the job read are
//    still the file's beginning. A file the front desk opened in processed/ and saved, or one
//    rewritten shorter, is no growth. Before the fix such a file was read again as the same job:
//    a row typed into the archived copy went to the portal (FAULT); rows left out, a status typed
//    in, a time changed or ids re-formatted sent nothing only because the same job never re-sends
//    an id its accepted batch carried, or the own-ids check held it. An engine restarted within
//    the ten minutes watched nothing, and the exporter's last rows were lost (FAULT).
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with
// Lee, Anna MD at Main St Clinic, Follow Up, Scheduled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, crlf, csv, lf, table, without, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { final } from './support/sending-probes.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import { practiceMemoryFile } from '../../main/engine/practice-folder.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-59r2-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
const week = (c: Ctx, snapshotMode = false) =>
  weekOf(c.onTestFinished, shared, snapshotMode ? { snapshotMode, maxSnapshotCancelPercent: 100 } : {});
const sorted = (xs: string[]) => [...xs].sort();
const P0 = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];

// ---- 1. derived slots: a patient's visits of a day re-read without an appointment id ---------------

describe.concurrent('derived slots: swaps, a move and an addition, other orders (no appointment id)', () => {
  const NOID = without(OWN, 'Appt ID');
  /** Smith at each of `times` (with `o` for that time), Garcia at 09:00, in the order given. */
  const rows = (w: Week, times: string[], o: (t: string) => Partial<Visit> = () => ({})) => [
    ...times.map((t) => w.v(1, { time: t, ...o(t) })),
    w.v(2),
  ];
  const byTime = (vs: Visit[]) => [...vs].sort((a, b) => a.time.localeCompare(b.time));
  const smith = (w: Week) => w.portal(true).filter((l) => l.startsWith('Smith '));
  /** Held with nothing sent, or else the portal is `want` for Smith. */
  const heldOr = (w: Week, b: { job: JobDetails; sent: string[] }, want: string[], before: string[]) => {
    if (b.job.state === 'held') {
      expect(b.sent).toEqual([]);
      expect(smith(w)).toEqual(before);
    } else expect(smith(w)).toEqual(want);
  };

  it('two visits swapped between two providers (08:00 Lee ↔ 13:00 Patel): the portal shows the day as listed, two Smith visits only', async (c) => {
    const w = await week(c);
    const patel = { provider: 'Patel, Ravi MD', type: 'New Patient' };
    const a = rows(w, ['08:00', '13:00'], (t) => (t === '13:00' ? patel : {}));
    await w.put('a.csv', csv(NOID, byTime(a)));
    const before = smith(w);
    expect(before).toEqual([
      'Smith Mon 08:00 active Follow Up | Anna Lee, MD',
      'Smith Mon 13:00 active New Patient | Ravi Patel, MD',
    ]);
    const b = await w.put(
      'b.csv',
      csv(NOID, byTime(rows(w, ['08:00', '13:00'], (t) => (t === '08:00' ? patel : {})))),
    );
    heldOr(
      w,
      b,
      [
        'Smith Mon 08:00 active New Patient | Ravi Patel, MD',
        'Smith Mon 13:00 active Follow Up | Anna Lee, MD',
      ],
      before,
    );
    expect(w.portal().filter((l) => l.startsWith('Garcia'))).toEqual(['Garcia Mon 09:00 active']);
  });

  it('two visit types swapped under one provider (Follow Up ↔ Physical): each time shows its listed type, no third visit', async (c) => {
    const w = await week(c);
    const phys = { type: 'Physical' };
    await w.put('a.csv', csv(NOID, byTime(rows(w, ['08:00', '13:00'], (t) => (t === '13:00' ? phys : {})))));
    const before = smith(w);
    const b = await w.put(
      'b.csv',
      csv(NOID, byTime(rows(w, ['08:00', '13:00'], (t) => (t === '08:00' ? phys : {})))),
    );
    heldOr(
      w,
      b,
      ['Smith Mon 08:00 active Physical | Anna Lee, MD', 'Smith Mon 13:00 active Follow Up | Anna Lee, MD'],
      before,
    );
  });

  it('the 13:00 moved to 15:00 and a 07:00 added at once: held, or the portal ends 07:00, 08:00, 15:00 with the 13:00 off', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, byTime(rows(w, ['08:00', '13:00']))));
    const before = smith(w);
    const b = await w.put('b.csv', csv(NOID, byTime(rows(w, ['07:00', '08:00', '15:00']))));
    if (b.job.state === 'held') {
      expect(b.sent).toEqual([]);
      expect(smith(w)).toEqual(before);
    } else {
      const on = w.portal().filter((l) => l.startsWith('Smith') && l.endsWith(' active'));
      expect(on).toEqual(['Smith Mon 07:00 active', 'Smith Mon 08:00 active', 'Smith Mon 15:00 active']);
    }
  });

  it('rows sorted by name, not time (13:00, 07:00, 08:00 for Smith): one NEW for the 07:00', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, byTime(rows(w, ['08:00', '13:00']))));
    const b = await w.put('b.csv', csv(NOID, [w.v(2), ...rows(w, ['13:00', '07:00', '08:00']).slice(0, 3)]));
    expect(b.sent).toEqual(['NEW Smith Mon 07:00']);
    expect(w.portal()).toEqual(
      sorted([
        'Garcia Mon 09:00 active',
        'Smith Mon 07:00 active',
        'Smith Mon 08:00 active',
        'Smith Mon 13:00 active',
      ]),
    );
  });

  it('snapshot mode: the 07:00 added, then the day re-listed sorted by name and again by time: nothing sent twice, nothing cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, byTime(rows(w, ['08:00', '13:00']))));
    const b = await w.put('b.csv', csv(NOID, byTime(rows(w, ['07:00', '08:00', '13:00']))));
    expect(b.sent).toEqual(['NEW Smith Mon 07:00']);
    const c2 = await w.put('c.csv', csv(NOID, [w.v(2), ...rows(w, ['13:00', '08:00', '07:00']).slice(0, 3)]));
    expect(c2.sent).toEqual([]);
    const d = await w.put('d.csv', lf(table(NOID, byTime(rows(w, ['07:00', '08:00', '13:00'])))));
    expect(d.sent).toEqual([]);
    expect(w.portal()).toEqual(
      sorted([
        'Garcia Mon 09:00 active',
        'Smith Mon 07:00 active',
        'Smith Mon 08:00 active',
        'Smith Mon 13:00 active',
      ]),
    );
  });

  it('the 07:00 added, then a 06:00 added the next export: one NEW each time, nothing moved', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, byTime(rows(w, ['08:00', '13:00']))));
    const b = await w.put('b.csv', csv(NOID, byTime(rows(w, ['07:00', '08:00', '13:00']))));
    expect(b.sent).toEqual(['NEW Smith Mon 07:00']);
    const c2 = await w.put('c.csv', csv(NOID, byTime(rows(w, ['06:00', '07:00', '08:00', '13:00']))));
    if (c2.job.state !== 'held') expect(c2.sent).toEqual(['NEW Smith Mon 06:00']);
    const on = w.portal().filter((l) => l.startsWith('Smith'));
    expect(on.every((l) => l.endsWith(' active'))).toBe(true);
    expect(on.length).toBe(c2.job.state === 'held' ? 3 : 4);
  });
});

// ---- 2. a filed file that changed after its job finished -------------------------------------------

describe.concurrent('filed growth: a filed file that changed is read again only when it grew', () => {
  const day3 = (w: Week, o: (k: number) => Partial<Visit> = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
  const filedOf = (w: Week, name: string) => w.h.jobs().find((j) => j.file === name)!.archivedPath!;
  /** Beside the probe, Tuesday's file of Okafor at 11:00 whose exporter then writes Kowalski's row
   *  into its filed copy (growth): once Kowalski is on the portal, the watch has looked at every
   *  filed file changed at the same moment (one check, one quiet window). */
  const beside = async (w: Week) => {
    await w.put('tue.csv', csv(OWN, [w.v(4, { day: 1 })]));
    return () => fs.appendFileSync(filedOf(w, 'tue.csv'), crlf(table(OWN, [w.v(5, { day: 1 })]).slice(1)));
  };
  const grewBeside = (w: Week) =>
    w.h
      .waitFor(() => w.portal().includes('Kowalski Tue 12:00 active'), 12_000)
      .then(() => w.h.waitFor((js) => js.every((j) => final(j)), 12_000));
  /** Saved over by an editor: written beside and renamed over (a new file in its place). */
  const saveOver = (file: string, text: string) => {
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  };

  it('snapshot mode, the front desk deletes Nguyen’s row in processed/ and saves: nothing cancelled', async (c) => {
    const w = await week(c, true);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    expect(a.sent.length).toBe(3);
    const grow = await beside(w);
    saveOver(filedOf(w, 'day.csv'), csv(OWN, day3(w).slice(0, 2)));
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
  });

  it('snapshot mode, the filed file rewritten shorter in place (the exporter’s next, smaller run): nothing cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('day.csv', csv(OWN, day3(w)));
    const grow = await beside(w);
    fs.writeFileSync(filedOf(w, 'day.csv'), csv(OWN, [w.v(1)]));
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
  });

  it('the front desk types Cancelled into Nguyen’s row in processed/ and saves: nothing sent, Nguyen stays on', async (c) => {
    const w = await week(c);
    await w.put('day.csv', csv(OWN, day3(w)));
    const grow = await beside(w);
    saveOver(
      filedOf(w, 'day.csv'),
      csv(
        OWN,
        day3(w, (k) => (k === 3 ? { status: 'Cancelled' } : {})),
      ),
    );
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
  });

  it('the filed file rewritten in place with Garcia at 14:00 (not grown): Garcia is not moved by the archive', async (c) => {
    const w = await week(c);
    await w.put('day.csv', csv(OWN, day3(w)));
    const grow = await beside(w);
    fs.writeFileSync(
      filedOf(w, 'day.csv'),
      csv(
        OWN,
        day3(w, (k) => (k === 2 ? { time: '14:00' } : {})),
      ),
    );
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
  });

  it('control: the exporter writes two more rows in two pauses into the filed copy: both go, each once', async (c) => {
    const w = await week(c);
    const ls = table(OWN, [...day3(w), w.v(4)]);
    await w.put('day.csv', crlf(ls.slice(0, 3)));
    fs.appendFileSync(filedOf(w, 'day.csv'), crlf(ls.slice(3, 4)));
    await w.h.waitFor(() => w.portal().length === 3, 20_000);
    fs.appendFileSync(filedOf(w, 'day.csv'), crlf(ls.slice(4)));
    await w.h.waitFor(() => w.portal().length === 4, 20_000);
    await w.h.waitFor((js) => js.every((j) => final(j)), 12_000);
    expect(w.portal()).toEqual(sorted([...P0, 'Okafor Mon 11:00 active']));
  });

  it('opened in Excel and saved, the appointment ids’ leading zeros dropped (000101 → 101): no visit shown twice', async (c) => {
    const w = await week(c);
    const wk = w.v(1).id.split('-')[0]!.slice(1);
    const id = (k: number, zeros: boolean) => `${zeros ? '000' : ''}${wk}0${k}`;
    await w.put(
      'day.csv',
      csv(
        OWN,
        day3(w, (k) => ({ id: id(k, true) })),
      ),
    );
    const grow = await beside(w);
    saveOver(
      filedOf(w, 'day.csv'),
      csv(
        OWN,
        day3(w, (k) => ({ id: id(k, false) })),
      ),
    );
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
  });

  it('FAULT: the front desk adds a walk-in’s row at the end of the filed copy in Excel (saved over): not sent from the archive', async (c) => {
    const w = await week(c);
    await w.put('day.csv', csv(OWN, day3(w)));
    const grow = await beside(w);
    saveOver(filedOf(w, 'day.csv'), lf(table(OWN, [...day3(w), w.v(6)])));
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
  });

  it('opened in Excel and saved (sorted by name, dates without zeros, LF): nothing sent for Monday', async (c) => {
    const w = await week(c);
    await w.put('day.csv', csv(OWN, day3(w)));
    const n = w.h.jobs().length;
    const grow = await beside(w);
    const excel = day3(w, () => ({ date: w.date().replace(/^0/, '').replace('/0', '/') }));
    saveOver(filedOf(w, 'day.csv'), lf(table(OWN, [excel[1]!, excel[2]!, excel[0]!])));
    grow();
    await grewBeside(w);
    expect(w.portal().filter((l) => l.includes(' Mon '))).toEqual(P0);
    expect(w.h.jobs().length).toBe(n + 1);
  });

  it('control: the exporter writes the day’s last row into the filed copy: Nguyen goes, sent once', async (c) => {
    const w = await week(c, true);
    const ls = table(OWN, day3(w));
    await w.put('day.csv', crlf(ls.slice(0, 3)));
    fs.appendFileSync(filedOf(w, 'day.csv'), crlf(ls.slice(3)));
    await w.h.waitFor(() => w.portal().length === 3, 12_000);
    expect(w.portal()).toEqual(P0);
  });

  it('an earlier export grows after a later one moved Garcia: Garcia is not moved back', async (c) => {
    const w = await week(c);
    const ls = table(OWN, day3(w));
    await w.put('a.csv', crlf(ls));
    await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, (k) => (k === 2 ? { time: '14:00' } : {})),
      ),
    );
    const grow = await beside(w);
    fs.appendFileSync(filedOf(w, 'a.csv'), crlf(table(OWN, [w.v(4)]).slice(1)));
    grow();
    await grewBeside(w);
    expect(w.portal()).toContain('Garcia Mon 14:00 active');
    expect(w.portal()).not.toContain('Garcia Mon 09:00 active');
  });

  it('FAULT: the engine restarted while the exporter still writes: the row written after the restart reaches the portal once', async (c) => {
    const w = await week(c);
    const ls = table(OWN, day3(w));
    await w.put('day.csv', crlf(ls.slice(0, 3)));
    const filed = filedOf(w, 'day.csv');
    await w.h.stopEngine();
    await w.h.start();
    fs.appendFileSync(filed, crlf(ls.slice(3)));
    await w.h.waitFor(() => w.portal().length === 3, 12_000);
    await w.h.waitFor((js) => js.every((j) => final(j)), 12_000);
    expect(w.portal()).toEqual(P0);
  });
});

// ---- 4. an answer kept before 59d: the remembered day/month order without its columns ------------

describe('a day/month order remembered before it was kept with its columns (59d)', () => {
  // Toronto writes dates both ways: nothing but the file (or memory) settles 03/04/2027.
  const lines = (ls: string[]) => ls.map((l) => `${l}\r\n`).join('');
  const A_HEAD = 'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Status';
  const layoutA = (w: string, date: string, ids: string[]) =>
    lines([
      A_HEAD,
      `${w}${ids[0]},1001,"Smith, John",11/02/1961,${date},09:00,"Lee, Anna MD",Scheduled`,
      `${w}${ids[1]},1002,"Garcia, Maria",12/03/1962,${date},10:00,"Lee, Anna MD",Scheduled`,
    ]);
  const layoutB = (w: string, date: string) =>
    lines([
      'Appointment ID,MRN,Patient Name,Birth Date,Appointment Date,Start Time,Doctor,Visit Status',
      `${w}B3,1003,"Nguyen, Thanh",05/06/1970,${date},09:00,"Lee, Anna MD",Booked`,
      `${w}B4,1004,"Okafor, Chidi",07/08/1971,${date},10:00,"Lee, Anna MD",Booked`,
    ]);

  it('FAULT: an install whose memory says day-first (kept without columns) meets another system’s 03/04/2027: held, never sent as 3 April', async (c) => {
    const w = await weekOf(c.onTestFinished, shared, { timeZone: 'America/Toronto' });
    const tag = w.v(1).id.split('-')[0]!;
    const a = await w.put('schedule.csv', layoutA(tag, '25/03/2027', ['A1', 'A2']));
    expect(a.job.state).toBe('processed');
    // The memory as an install before 59d kept it: the same order, no columns.
    const file = practiceMemoryFile(w.h.dataDir, w.h.settings.practices[0]!);
    const memory = JSON.parse(fs.readFileSync(file, 'utf8')) as { dateOrder: { headers?: string[] } };
    expect(memory.dateOrder.headers).toBeDefined();
    delete memory.dateOrder.headers;
    await w.h.stopEngine();
    fs.writeFileSync(file, JSON.stringify(memory));
    await w.h.start();
    const b = await w.put('lab-list.csv', layoutB(tag, '03/04/2027'));
    expect(b.job.state).toBe('held');
    expect(b.job.doubts!.map((d) => d.kind)).toContain('date-order');
    expect(b.sent).toEqual([]);
    // The practice's own layout proving its order again still goes, unasked.
    const again = await w.put('schedule-2.csv', layoutA(tag, '26/03/2027', ['A5', 'A6']));
    expect(again.job.state).toBe('processed');
    // ... and its proof is remembered with its columns in place of the order kept without them.
    const now = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      dateOrder: { order: string; headers?: string[] };
    };
    expect(now.dateOrder).toMatchObject({ order: 'DMY', headers: A_HEAD.split(',') });
  });
});
