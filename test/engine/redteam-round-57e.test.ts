// Red-team probes (round 57e): what the portal shows after a month of exports on a real shared
// folder, past what 53e, 55e and 56e tried. Sequences of two to five exports go through a real
// engine (importer, sent ledger, derived ids, client) into one sandbox shared by the file's
// scenarios, each in a week of its own (week-of-exports.ts): a snapshot's range that shrinks (the
// days already over drop out), a provider leaving, a visit given to another provider at the same
// time, two chart numbers merged into one, an id or a chart number given to another patient a year
// later, statuses that go Arrived → Checked Out → Scheduled, a no-show later cancelled, a
// cancelled visit reinstated, exports run either side of midnight, the practice's time zone setting
// corrected, one file dropped in two practices' inboxes, a file renamed as it arrives, and two
// exports of one name stem in one second. What the portal ends with and what was POSTed was worked
// out by hand BEFORE the first run: the visits the practice has, each once; nothing sent for
// nothing; a hold where a person could not tell either. A probe whose name starts with FAULT showed
// a visit twice, lost one, cancelled one that is on or sent for nothing before its fix.
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with
// Lee, Anna MD at Main St Clinic, Follow Up, Scheduled; `ten` adds Okafor 11:00 … Kim 17:00.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { SANDBOX_PRACTICES } from '../../main/credentials/sandbox-credentials.ts';
import { OWN, csv, lf, table, without, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { dropExport, harnessFor, type Harness } from './support/engine-harness.ts';
import { final, write } from './support/sending-probes.ts';
import { portalAppointments } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-57e-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
type Change = Partial<Visit> & { day?: number };
const week = (c: Ctx, snapshotMode = false) => weekOf(c.onTestFinished, shared, { snapshotMode });

/** No appointment id; the chart number as the patient's id. */
const NOID = without(OWN, 'Appt ID');
const onRow =
  (row: number, change: Change) =>
  (k: number): Change =>
    k === row ? change : {};
const day3 = (w: Week, o: (k: number) => Change = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
/** Ten visits of the day (patient k at 07:00 + k h). */
const ten = (w: Week, o: (k: number) => Change = () => ({})) =>
  Array.from({ length: 10 }, (_, i) => w.v(i + 1, o(i + 1)));
/** Ten visits over the week, two a day (Mon … Fri): Smith Mon 08:00, Garcia Tue 09:00, Nguyen Wed
 *  10:00, Okafor Thu 11:00, Kowalski Fri 12:00, Brown Mon 13:00, Patel Tue 14:00, Johnson Wed
 *  15:00, Lopez Thu 16:00, Kim Fri 17:00. */
const tenOverWeek = (w: Week, o: (k: number) => Change = () => ({})) =>
  ten(w, (k) => ({ day: (k - 1) % 5, ...o(k) }));
const BASE_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
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
const WEEK_PORTAL = [
  'Brown Mon 13:00 active',
  'Garcia Tue 09:00 active',
  'Johnson Wed 15:00 active',
  'Kim Fri 17:00 active',
  'Kowalski Fri 12:00 active',
  'Lopez Thu 16:00 active',
  'Nguyen Wed 10:00 active',
  'Okafor Thu 11:00 active',
  'Patel Tue 14:00 active',
  'Smith Mon 08:00 active',
];
/** The portal's active visits at one patient and time more than once: one visit shown twice. */
const twice = (lines: string[]) => {
  const on = lines.filter((l) => l.endsWith(' active')).map((l) => l.slice(0, -' active'.length));
  return on.filter((l, i) => on.indexOf(l) !== i);
};
const active = (w: Week, family: string) =>
  w.portal().filter((l) => l.startsWith(`${family} `) && l.endsWith(' active'));
const secondsAgo = (s: number) => new Date(Math.floor(Date.now() / 1000) * 1000 - s * 1000);
const sorted = (xs: string[]) => [...xs].sort();
/** The same day a year on (another week: the portal and sends read here are this week's). */
const yearOn = (w: Week, d = 0) => w.date(d).replace(/(\d{4})$/, (y) => String(+y + 1));

/** Drop several exports at once (as a share that syncs them together) and wait for every job. */
async function putAll(w: Week, files: Array<[name: string, text: string, written?: Date]>) {
  const before = new Set(w.h.jobs().map((j) => j.id));
  for (const [name, text, written] of files) write(w.h, name, text, written);
  return settle(w.h, before, files.length);
}

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
    45_000,
  );
  return jobs.filter((j) => !before.has(j.id));
}

// ---- a snapshot range that shrinks ------------------------------------------------------------------

describe.concurrent("snapshot mode: an export's range that shrinks as the week goes by", () => {
  it("the week's export, then Wednesday to Friday's unchanged (Monday and Tuesday over): nothing sent", async (c) => {
    const w = await week(c, true);
    await w.put('week.csv', csv(NOID, tenOverWeek(w)));
    const rest = tenOverWeek(w).filter((v) => v.date >= w.date(2));
    expect(rest).toHaveLength(6);
    expect((await w.put('wed-fri.csv', csv(NOID, rest))).sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("the week's export, then Wednesday to Friday's without Lopez (Thu 16:00): Lopez alone cancelled", async (c) => {
    const w = await week(c, true);
    await w.put('week.csv', csv(NOID, tenOverWeek(w)));
    const rest = tenOverWeek(w).filter((v) => v.date >= w.date(2) && !v.patient.startsWith('Lopez'));
    const b = await w.put('wed-fri.csv', csv(NOID, rest));
    expect(b.sent).toEqual(['CANCEL Lopez Thu 16:00']);
    expect(w.portal()).toEqual(
      WEEK_PORTAL.map((l) => (l.startsWith('Lopez') ? 'Lopez Thu 16:00 cancelled' : l)),
    );
  });

  it("Monday to Wednesday's export, then Thursday and Friday's (the next days only): four NEW, nothing cancelled", async (c) => {
    const w = await week(c, true);
    const early = tenOverWeek(w).filter((v) => v.date <= w.date(2));
    await w.put('mon-wed.csv', csv(NOID, early));
    const b = await w.put(
      'thu-fri.csv',
      csv(
        NOID,
        tenOverWeek(w).filter((v) => v.date > w.date(2)),
      ),
    );
    expect(sorted(b.sent)).toEqual([
      'NEW Kim Fri 17:00',
      'NEW Kowalski Fri 12:00',
      'NEW Lopez Thu 16:00',
      'NEW Okafor Thu 11:00',
    ]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("the week's export, then Wednesday's alone without Nguyen (one of its two): held, nothing cancelled", async (c) => {
    // Half of the day's visits gone from a file of that day alone: a cut-short file as likely as
    // a cancellation (the mass-cancel guard): asked.
    const w = await week(c, true);
    await w.put('week.csv', csv(NOID, tenOverWeek(w)));
    const b = await w.put('wed.csv', csv(NOID, [w.v(8, { day: 2 })]));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("with ids: the week's export, then Thursday and Friday's with Okafor moved within Thursday (11:00 → 13:00): one UPDATE", async (c) => {
    const w = await week(c, true);
    await w.put('week.csv', csv(OWN, tenOverWeek(w)));
    const late = tenOverWeek(w, onRow(4, { time: '13:00' })).filter((v) => v.date > w.date(2));
    const b = await w.put('thu-fri.csv', csv(OWN, late));
    expect(b.sent).toEqual(['UPDATE Okafor Thu 13:00']);
    expect(active(w, 'Smith')).toEqual(['Smith Mon 08:00 active']);
    expect(w.portal().filter((l) => l.endsWith('active'))).toHaveLength(10);
  });
});

// ---- a provider leaving -------------------------------------------------------------------------

describe.concurrent('a provider leaving the practice', () => {
  /** Cho sees Lopez (16:00) and Kim (17:00); Lee the other eight. The portal shows a provider
   *  given name first (`Anna Lee, MD`). */
  const cho = (k: number): Change => (k >= 9 ? { provider: 'Cho, Daniel MD' } : {});
  const providerOf = (w: Week, family: string) =>
    w
      .portal(true)
      .filter((l) => l.startsWith(`${family} `) && l.includes(' active '))
      .map((l) => l.split(' | ')[1]);

  it("with ids: Cho's two visits given to Lee at the same times: two UPDATEs, shown with Lee once each", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, ten(w, cho)));
    const b = await w.put('b.csv', csv(OWN, ten(w)));
    expect(sorted(b.sent)).toEqual(['UPDATE Kim Mon 17:00', 'UPDATE Lopez Mon 16:00']);
    expect(providerOf(w, 'Lopez')).toEqual(['Anna Lee, MD']);
    expect(providerOf(w, 'Kim')).toEqual(['Anna Lee, MD']);
    expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it("with ids: Cho's visits given to a provider hired in his place (Diaz, Elena NP): two UPDATEs, nothing asked", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, ten(w, cho)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        ten(w, (k) => (k >= 9 ? { provider: 'Diaz, Elena NP' } : {})),
      ),
    );
    expect(b.job.state).toBe('processed');
    expect(sorted(b.sent)).toEqual(['UPDATE Kim Mon 17:00', 'UPDATE Lopez Mon 16:00']);
    expect(providerOf(w, 'Kim')).toEqual(['Elena Diaz, NP']);
  });

  it("no ids: Cho's two visits given to Lee at the same times: each on once (moved, or held)", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, ten(w, cho)));
    const b = await w.put('b.csv', csv(NOID, ten(w)));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it("snapshot mode, no ids: Cho's two visits given to Lee at the same times: each on once", async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w, cho)));
    const b = await w.put('b.csv', csv(NOID, ten(w)));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else {
      expect(active(w, 'Lopez')).toEqual(['Lopez Mon 16:00 active']);
      expect(active(w, 'Kim')).toEqual(['Kim Mon 17:00 active']);
    }
  });

  it("with ids: Cho's visits cancelled when he left: two CANCELs, Lee's untouched", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, ten(w, cho)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        ten(w, (k) => (k >= 9 ? { ...cho(k), status: 'Cancelled' } : {})),
      ),
    );
    expect(sorted(b.sent)).toEqual(['CANCEL Kim Mon 17:00', 'CANCEL Lopez Mon 16:00']);
    expect(w.portal().filter((l) => l.endsWith('active'))).toHaveLength(8);
  });
});

// ---- a visit given to another provider at the same time -------------------------------------------

describe.concurrent('a visit given to another provider at the same time', () => {
  it('with ids: Garcia 09:00 Lee → Cho: one UPDATE, shown with Cho', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { provider: 'Cho, Daniel MD' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal(true).find((l) => l.startsWith('Garcia'))).toMatch(/\| Daniel Cho, MD$/);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('snapshot mode, with ids: Garcia 09:00 Lee → Cho among ten: one UPDATE, nothing cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(OWN, ten(w)));
    const b = await w.put('b.csv', csv(OWN, ten(w, onRow(2, { provider: 'Cho, Daniel MD' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it('snapshot mode, no ids: Garcia 09:00 Lee → Cho among ten: Garcia on once at 09:00', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w)));
    const b = await w.put('b.csv', csv(NOID, ten(w, onRow(2, { provider: 'Cho, Daniel MD' }))));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(active(w, 'Garcia')).toEqual(['Garcia Mon 09:00 active']);
    expect(w.portal().filter((l) => l.endsWith('active') && !l.startsWith('Garcia'))).toHaveLength(9);
  });

  it('with ids: Garcia given to Cho at the North office at the same time: one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(OWN, day3(w, onRow(2, { provider: 'Cho, Daniel MD', location: 'North Clinic' }))),
    );
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });
});

// ---- two chart numbers merged into one ------------------------------------------------------------

describe.concurrent("patients merged (a person's two chart numbers become one)", () => {
  it("with ids: Garcia's visit now under her other chart (1002 → 1012), same name and birth date: held, nothing sent", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { chart: '1012' }))));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it("with ids: a duplicate chart's visit (Garcia 1012, Tuesday 14:00) sent on its own, then merged into 1002: held, nothing sent", async (c) => {
    // One file listing both charts is held at once (one person, two chart numbers): the duplicate
    // chart's visit comes in a file of its own, as a front desk books it under the record it found.
    const w = await week(c);
    const second = (chart: string) => w.v(2, { id: 'A12', day: 1, time: '14:00', chart });
    await w.put('a.csv', csv(OWN, day3(w)));
    const a2 = await w.put('a2.csv', csv(OWN, [second('1012')]));
    const b = await w.put('b.csv', csv(OWN, [...day3(w), second('1002')]));
    expect(twice(w.portal())).toEqual([]);
    expect(a2.sent).toEqual(['NEW Garcia Tue 14:00']);
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(active(w, 'Garcia')).toEqual(['Garcia Mon 09:00 active', 'Garcia Tue 14:00 active']);
  });

  it('no ids: Garcia under her other chart at the same time (1002 → 1012): never on twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(2, { chart: '1012' }))));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    expect(active(w, 'Garcia')).toEqual(['Garcia Mon 09:00 active']);
  });

  it('snapshot mode, no ids: Garcia under her other chart among ten: Garcia 09:00 on once', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w)));
    const b = await w.put('b.csv', csv(NOID, ten(w, onRow(2, { chart: '1012' }))));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    expect(active(w, 'Garcia')).toEqual(['Garcia Mon 09:00 active']);
    expect(w.portal().filter((l) => l.endsWith('active'))).toHaveLength(10);
  });
});

// ---- an id or a chart number given to another patient a year later ----------------------------

describe.concurrent("the practice system's numbers given to another patient a year later", () => {
  /** Kim's visit a year on, under Okafor's appointment id or chart number. */
  const kimLater = (w: Week, o: Change) => w.v(10, { date: yearOn(w), ...o });

  it("with ids: Okafor's appointment id (last year's visit) now Kim's visit a year on: Kim's not sent under it, Okafor's stays", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, [w.v(4)]));
    const b = await w.put('b.csv', csv(OWN, [kimLater(w, { id: 'A4' })]));
    expect(b.job.counts.sent).toBe(0);
    expect(w.portal()).toEqual(['Okafor Mon 11:00 active']);
  });

  it("no ids: Okafor's chart number (1004) given to another patient a year on (Ito, Ken): not sent on Okafor's record", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, [w.v(4)]));
    const ito = w.v(4, { date: yearOn(w), patient: 'Ito, Ken', dob: '11/02/1990' });
    const b = await w.put('b.csv', csv(NOID, [ito, w.v(5, { date: yearOn(w) })]));
    expect(b.job.counts.sent).toBeLessThanOrEqual(1);
    if (b.job.state !== 'held') expect(b.job.counts.errors).toBe(1);
    expect(w.portal()).toEqual(['Okafor Mon 11:00 active']);
  });

  it("with ids: a new appointment id, Okafor's chart number given to Ito a year on: not sent on Okafor's record", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, [w.v(4)]));
    const ito = w.v(4, { id: 'A40', date: yearOn(w), patient: 'Ito, Ken', dob: '11/02/1990' });
    const b = await w.put('b.csv', csv(OWN, [ito]));
    expect(b.job.counts.sent).toBe(0);
    expect(w.portal()).toEqual(['Okafor Mon 11:00 active']);
  });
});

// ---- statuses through the day -------------------------------------------------------------------

describe.concurrent('a status going Arrived → Checked Out → back to Scheduled', () => {
  const flow = (w: Week, cols: typeof OWN, status: string, time = '10:00') =>
    csv(cols, day3(w, onRow(3, { status, time })));

  it('with ids: Arrived, Checked Out, then Scheduled again after an edit (10:00 → 10:30): only the move is sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', flow(w, OWN, 'Scheduled'));
    expect((await w.put('b.csv', flow(w, OWN, 'Arrived'))).sent).toEqual([]);
    expect((await w.put('c.csv', flow(w, OWN, 'Checked Out'))).sent).toEqual([]);
    expect((await w.put('d.csv', flow(w, OWN, 'Scheduled', '10:30'))).sent).toEqual([
      'UPDATE Nguyen Mon 10:30',
    ]);
    expect(active(w, 'Nguyen')).toEqual(['Nguyen Mon 10:30 active']);
  });

  it('no ids: Arrived, Checked Out, then Scheduled again after an edit (10:00 → 10:30): only the move is sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', flow(w, NOID, 'Scheduled'));
    expect((await w.put('b.csv', flow(w, NOID, 'Arrived'))).sent).toEqual([]);
    expect((await w.put('c.csv', flow(w, NOID, 'Checked Out'))).sent).toEqual([]);
    expect((await w.put('d.csv', flow(w, NOID, 'Scheduled', '10:30'))).sent).toEqual([
      'UPDATE Nguyen Mon 10:30',
    ]);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Nguyen Mon 10:30 active',
      'Smith Mon 08:00 active',
    ]);
  });

  it('with ids: Checked Out, then back to Scheduled with nothing else changed: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', flow(w, OWN, 'Checked Out'));
    expect((await w.put('b.csv', flow(w, OWN, 'Scheduled'))).sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('snapshot mode, no ids: the whole day Arrived, then Checked Out, then Scheduled: nothing sent after the first', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w)));
    for (const [name, status] of [
      ['b.csv', 'Arrived'],
      ['c.csv', 'Checked Out'],
      ['d.csv', 'Scheduled'],
    ] as const)
      expect(
        (
          await w.put(
            name,
            csv(
              NOID,
              ten(w, () => ({ status })),
            ),
          )
        ).sent,
      ).toEqual([]);
    expect(w.portal()).toEqual(TEN_PORTAL);
  });
});

describe.concurrent('a no-show later marked cancelled', () => {
  const nguyen = (w: Week, cols: typeof OWN, status: string) => csv(cols, day3(w, onRow(3, { status })));

  it('with ids: Scheduled, No Show, then Cancelled: nothing, nothing, one CANCEL', async (c) => {
    const w = await week(c);
    await w.put('a.csv', nguyen(w, OWN, 'Scheduled'));
    expect((await w.put('b.csv', nguyen(w, OWN, 'No Show'))).sent).toEqual([]);
    expect((await w.put('c.csv', nguyen(w, OWN, 'Cancelled'))).sent).toEqual(['CANCEL Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(
      BASE_PORTAL.map((l) => (l.startsWith('Nguyen') ? 'Nguyen Mon 10:00 cancelled' : l)),
    );
  });

  it('no ids: Scheduled, No Show, then Cancelled: one CANCEL', async (c) => {
    const w = await week(c);
    await w.put('a.csv', nguyen(w, NOID, 'Scheduled'));
    expect((await w.put('b.csv', nguyen(w, NOID, 'No Show'))).sent).toEqual([]);
    expect((await w.put('c.csv', nguyen(w, NOID, 'Cancelled'))).sent).toEqual(['CANCEL Nguyen Mon 10:00']);
  });

  it('with ids: No Show, then the row gone from the next export (not snapshot mode): nothing sent, the visit stays', async (c) => {
    const w = await week(c);
    await w.put('a.csv', nguyen(w, OWN, 'No Show'));
    expect((await w.put('b.csv', csv(OWN, day3(w).slice(0, 2)))).sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('snapshot mode, with ids: Okafor No Show among ten, then Cancelled: one CANCEL, nothing else', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(OWN, ten(w)));
    expect((await w.put('b.csv', csv(OWN, ten(w, onRow(4, { status: 'No Show' }))))).sent).toEqual([]);
    const c2 = await w.put('c.csv', csv(OWN, ten(w, onRow(4, { status: 'Cancelled' }))));
    expect(c2.sent).toEqual(['CANCEL Okafor Mon 11:00']);
  });
});

describe.concurrent('a cancelled visit reinstated', () => {
  it('with ids: Nguyen cancelled, then Scheduled again at the same time: CANCEL, then one UPDATE; on once', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    expect((await w.put('b.csv', csv(OWN, day3(w, onRow(3, { status: 'Cancelled' }))))).sent).toEqual([
      'CANCEL Nguyen Mon 10:00',
    ]);
    expect((await w.put('c.csv', lf(table(OWN, day3(w))))).sent).toEqual(['UPDATE Nguyen Mon 10:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('with ids: Nguyen cancelled, then reinstated at 15:00: one UPDATE, shown at 15:00 alone', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    await w.put('b.csv', csv(OWN, day3(w, onRow(3, { status: 'Cancelled' }))));
    const c2 = await w.put('c.csv', csv(OWN, day3(w, onRow(3, { time: '15:00' }))));
    expect(c2.sent).toEqual(['UPDATE Nguyen Mon 15:00']);
    expect(w.portal().filter((l) => l.startsWith('Nguyen'))).toEqual(['Nguyen Mon 15:00 active']);
  });

  it('snapshot mode, with ids: Okafor left out (cancelled), then listed again: CANCEL, then one UPDATE', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(OWN, ten(w)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        ten(w).filter((v) => !v.patient.startsWith('Okafor')),
      ),
    );
    expect(b.sent).toEqual(['CANCEL Okafor Mon 11:00']);
    expect((await w.put('c.csv', csv(OWN, ten(w)))).sent).toEqual(['UPDATE Okafor Mon 11:00']);
    expect(w.portal()).toEqual(TEN_PORTAL);
  });

  it('snapshot mode, no ids: Okafor Cancelled, then Scheduled again: CANCEL, then one UPDATE; on once', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, ten(w)));
    expect((await w.put('b.csv', csv(NOID, ten(w, onRow(4, { status: 'Cancelled' }))))).sent).toEqual([
      'CANCEL Okafor Mon 11:00',
    ]);
    expect((await w.put('c.csv', lf(table(NOID, ten(w))))).sent).toEqual(['UPDATE Okafor Mon 11:00']);
    expect(w.portal()).toEqual(TEN_PORTAL);
  });
});

// ---- either side of midnight ---------------------------------------------------------------------

describe.concurrent('exports run at 23:59 and at 00:01', () => {
  it("snapshot mode: Monday's export at 23:59, then Tuesday's (three visits) at 00:01: three NEW, Monday untouched", async (c) => {
    const w = await week(c, true);
    await w.put('today_0104_2359.csv', csv(NOID, ten(w)), secondsAgo(120));
    const tue = [1, 2, 3].map((k) => w.v(k, { day: 1, time: `${12 + k}:00` }));
    const b = await w.put('today_0105_0001.csv', csv(NOID, tue), secondsAgo(0));
    expect(sorted(b.sent)).toEqual(['NEW Garcia Tue 14:00', 'NEW Nguyen Tue 15:00', 'NEW Smith Tue 13:00']);
    expect(w.portal().filter((l) => l.includes(' Mon ') && l.endsWith('active'))).toHaveLength(10);
  });

  it('snapshot mode: the upcoming list at 23:59 (Mon–Fri), then at 00:01 (Tue–Fri, Monday over): nothing sent', async (c) => {
    const w = await week(c, true);
    await w.put('upcoming_2359.csv', csv(NOID, tenOverWeek(w)), secondsAgo(120));
    const rest = tenOverWeek(w).filter((v) => v.date > w.date(0));
    expect((await w.put('upcoming_0001.csv', csv(NOID, rest), secondsAgo(0))).sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it('no ids: the upcoming list at 23:59, then at 00:01 without Monday: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('upcoming_2359.csv', csv(NOID, tenOverWeek(w)), secondsAgo(120));
    const rest = tenOverWeek(w).filter((v) => v.date > w.date(0));
    expect((await w.put('upcoming_0001.csv', csv(NOID, rest), secondsAgo(0))).sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("snapshot mode: the day's export written at 23:59 and again at 00:01, dated names, same visits: nothing sent the second time", async (c) => {
    const w = await week(c, true);
    await w.put('appts_20270104_2359.csv', csv(NOID, ten(w)), secondsAgo(120));
    const b = await w.put('appts_20270105_0001.csv', lf(table(NOID, ten(w))), secondsAgo(0));
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(TEN_PORTAL);
  });
});

// ---- the practice's time zone setting corrected -------------------------------------------------

describe.concurrent("the practice's time zone setting corrected (Chicago → Denver) between exports", () => {
  /** The same export read after the setting changed: 08:00 Denver is 09:00 in Chicago. */
  async function rezoned(w: Week) {
    await w.h.stopEngine();
    w.h.settings.practices[0]!.timeZone = 'America/Denver';
    await w.h.start();
  }
  const LATER = ['Garcia Mon 10:00 active', 'Nguyen Mon 11:00 active', 'Smith Mon 09:00 active'];

  it('with ids: the same export again: each visit moved by the hour once (or held), never twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    await rezoned(w);
    const b = await w.put('b.csv', lf(table(OWN, day3(w))));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(w.portal()).toEqual(LATER);
  });

  it('no ids: the same export again: each visit on once (moved by the hour, or held)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    await rezoned(w);
    const b = await w.put('b.csv', lf(table(NOID, day3(w))));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(w.portal().filter((l) => l.endsWith('active'))).toEqual(LATER);
  });
});

// ---- one file in two practices' inboxes, another practice's export ------------------------------

describe.concurrent("another practice's export in this practice's folder", () => {
  /** Another practice: its own patients (Brown … Kim), providers and office. */
  const other = (w: Week) =>
    [6, 7, 8, 9].map((k) =>
      w.v(k, {
        provider: k % 2 ? 'Ortiz, Ana DO' : 'Fox, Sam MD',
        location: 'Lakeside Pediatrics',
        chart: `77${k}`,
      }),
    );

  it("FAULT: not snapshot mode: another practice's export after this practice's own: held, nothing booked", async (c) => {
    // 56e's known gap: outside snapshot mode lakeside.csv's four visits were booked as NEW. The
    // file names no patient, provider or office this practice ever sent.
    const w = await week(c);
    await w.put('own.csv', csv(NOID, day3(w)));
    const b = await w.put('lakeside.csv', csv(NOID, other(w)));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it("a new office's first export (its own providers and patients): held, accepted once in the review, then it goes; its next export is not asked about", async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, day3(w)));
    const first = await w.put('lakeside.csv', csv(NOID, other(w)));
    expect(first.job.state).toBe('held');
    expect(JSON.stringify(first.job.doubts)).toContain("may be another practice's export");
    const engine = w.h.running!.engine;
    expect(await engine.acceptCancellations(first.job.id)).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Accepted 4 appointments to send of /),
    });
    expect(await engine.releaseHeld('Practice 1')).toBeLessThanOrEqual(1);
    await w.h.waitFor((js) => {
      const j = js.find((x) => x.id === first.job.id);
      return j?.state === 'processed' && j.outcome !== undefined;
    });
    expect(w.portal().filter((l) => l.endsWith('active'))).toHaveLength(7);
    const next = await w.put(
      'lakeside-2.csv',
      csv(
        NOID,
        other(w)
          .map((v) => ({ ...v, time: '16:30' }))
          .slice(0, 1),
      ),
    );
    expect(next.job.state).toBe('processed');
    expect(next.sent).toEqual(['UPDATE Brown Mon 16:30']);
  });

  it('a new patient with a new provider (the practice hired Cho) beside the usual day: sent, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, day3(w)));
    const b = await w.put('next.csv', csv(NOID, [...day3(w), w.v(4, { provider: 'Cho, Daniel MD' })]));
    expect(b.job.state).toBe('processed');
    expect(b.sent).toEqual(['NEW Okafor Mon 11:00']);
  });

  it("the new provider's own export (Cho's new patients, at Main St): sent, nothing asked", async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, day3(w)));
    const cho = [4, 5].map((k) => w.v(k, { provider: 'Cho, Daniel MD' }));
    const b = await w.put('cho.csv', csv(NOID, cho));
    expect(b.job.state).toBe('processed');
    expect(sorted(b.sent)).toEqual(['NEW Kowalski Mon 12:00', 'NEW Okafor Mon 11:00']);
  });

  it("FAULT: the same file dropped in two practices' inboxes: this practice's goes (nothing new), the other practice's is held", async (c) => {
    const w = await week(c);
    const two = await harnessFor(c.onTestFinished, {
      shared,
      practices: 2,
      over: [{ timeZone: 'America/Chicago' }, { timeZone: 'America/Chicago' }],
      tuning: { inboxCheckMs: 300, pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: 10_000 } },
    });
    await two.start();
    const lakeside = () =>
      portalAppointments(shared.dir, SANDBOX_PRACTICES[1]!.practiceId).filter((a) =>
        a.start.startsWith(w.date(0).replace(/(\d\d)\/(\d\d)\/(\d{4})/, '$3-$1')),
      );
    const putTwo = async (name: string, text: string) => {
      const before = new Set(two.jobs().map((j) => j.id));
      dropExport(two.inbox(1), name, text);
      return (await settle(two, before, 1))[0]!;
    };
    await w.put('own.csv', csv(NOID, day3(w)));
    await putTwo('lakeside.csv', csv(NOID, other(w)));
    const onLakeside = lakeside().length;
    expect(onLakeside).toBe(4);
    const text = csv(NOID, day3(w));
    expect((await w.put('day.csv', text)).sent).toEqual([]);
    const theirs = await putTwo('day.csv', text);
    expect(theirs.state).toBe('held');
    expect(lakeside()).toHaveLength(onLakeside);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });
});

// ---- files renamed, two files of one stem ---------------------------------------------------------

describe.concurrent('a file renamed as it arrives, two exports of one name stem in one second', () => {
  it('renamed in the inbox before it settled (a.csv → a-renamed.csv): each visit once', async (c) => {
    const w = await week(c);
    const before = new Set(w.h.jobs().map((j) => j.id));
    write(w.h, 'a.csv', csv(NOID, day3(w)));
    fs.renameSync(path.join(w.h.inbox(), 'a.csv'), path.join(w.h.inbox(), 'a-renamed.csv'));
    await settle(w.h, before, 1);
    await w.put('b.csv', csv(NOID, day3(w)));
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('written as appts.tmp, then renamed appts.csv by the exporter: each visit once', async (c) => {
    const w = await week(c);
    const before = new Set(w.h.jobs().map((j) => j.id));
    const tmp = path.join(w.h.inbox(), 'appts.tmp');
    fs.writeFileSync(tmp, csv(NOID, day3(w)));
    await new Promise((r) => setTimeout(r, 250));
    fs.renameSync(tmp, path.join(w.h.inbox(), 'appts.csv'));
    await settle(w.h, before, 1);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('appts.csv and appts.txt in one second, the .txt with Garcia moved to 14:00: Garcia on once', async (c) => {
    const w = await week(c);
    await w.put('first.csv', csv(NOID, day3(w)), secondsAgo(600));
    const at = secondsAgo(5);
    await putAll(w, [
      ['appts.csv', csv(NOID, day3(w)), at],
      ['appts.txt', csv(NOID, day3(w, onRow(2, { time: '14:00' }))), at],
    ]);
    expect(twice(w.portal())).toEqual([]);
    expect(active(w, 'Garcia')).toHaveLength(1);
    expect(w.portal().filter((l) => l.endsWith('active'))).toHaveLength(3);
  });

  it('appts.csv and appts (1).csv in one second, the same visits: each visit once, nothing sent twice', async (c) => {
    const w = await week(c);
    const at = secondsAgo(5);
    const text = csv(NOID, day3(w));
    await putAll(w, [
      ['appts.csv', text, at],
      ['appts (1).csv', lf(table(NOID, day3(w))), at],
    ]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('appts.csv written twice in one second (Garcia moved to 14:00 by the second): Garcia on once', async (c) => {
    const w = await week(c);
    const before = new Set(w.h.jobs().map((j) => j.id));
    const file = path.join(w.h.inbox(), 'appts.csv');
    fs.writeFileSync(file, csv(NOID, day3(w)));
    fs.writeFileSync(file, csv(NOID, day3(w, onRow(2, { time: '14:00' }))));
    await settle(w.h, before, 1);
    expect(twice(w.portal())).toEqual([]);
    expect(active(w, 'Garcia')).toEqual(['Garcia Mon 14:00 active']);
  });

  it('snapshot mode: today_1.csv (ten) and today_2.csv (Okafor left out) in one second: no other visit touched, Okafor never twice', async (c) => {
    const w = await week(c, true);
    await w.put('first.csv', csv(NOID, ten(w)), secondsAgo(600));
    const at = secondsAgo(5);
    await putAll(w, [
      ['today_1.csv', lf(table(NOID, ten(w))), at],
      [
        'today_2.csv',
        csv(
          NOID,
          ten(w).filter((v) => !v.patient.startsWith('Okafor')),
        ),
        at,
      ],
    ]);
    expect(twice(w.portal())).toEqual([]);
    expect(w.portal().filter((l) => !l.startsWith('Okafor'))).toEqual(
      TEN_PORTAL.filter((l) => !l.startsWith('Okafor')),
    );
  });
});
