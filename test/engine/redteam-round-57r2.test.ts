// Red-team probes (round 57r2) of the hold on another practice's export (engine/job/other-practice.ts):
// once a practice has sent three appointments, a file none of whose appointment ids, patients,
// providers or locations it ever sent is held and asked about once. It is a hold on every
// practice's daily files, so these probes try a practice's ordinary life first (a locum's own
// export, a new office, provider names and ids printed another way, a new scheduling system, a
// cancellations-only file, an empty snapshot week, the question after it was answered), then
// another practice's export that shares a little with this one (a provider's family name, a
// common office name, a colliding chart number, no location column at all, its rows inside this
// practice's file). Outcomes were worked out by hand BEFORE the first run: a practice's own file
// goes with nothing asked; another practice's visits are never booked here. A probe whose name
// starts with FAULT failed so before its fix.
//
// Sends and portal lines read `Family Day HH:MM` in Chicago (week-of-exports.ts). Unless a probe
// says otherwise this practice first sends Monday's Smith (chart 1001) 08:00, Garcia (1002) 09:00
// and Nguyen (1003) 10:00 with Lee, Anna MD at Main St Clinic (three sent: enough history).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, without, type Column, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-57r2-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
type Change = Partial<Visit> & { day?: number };
const week = (c: Ctx, snapshotMode = false) => weekOf(c.onTestFinished, shared, { snapshotMode });
/** A practice named as real ones are: the harness's 'Practice 1' is itself a name any practice
 *  could have (party-keys.ts GENERIC), so two placeless files there share no office by luck. */
const named = (c: Ctx) => weekOf(c.onTestFinished, shared, { name: 'Hillcrest Family Medicine' });

/** No appointment id; the chart number as the patient's id. */
const NOID = without(OWN, 'Appt ID');
/** …and no location column (the practice name goes as the location). */
const NOLOC = without(NOID, 'Location');
/** No ids at all and no location: the patient known by name and birth date. */
const BARE = without(OWN, 'Appt ID', 'Chart #', 'Location');
const sorted = (xs: string[]) => [...xs].sort();
const OWN_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const ASKED = "may be another practice's export";
const asked = (j: JobDetails) => JSON.stringify(j.doubts ?? []).includes(ASKED);

/** Visits k of `ks` with the same change. */
const vs = (w: Week, ks: number[], o: Change = {}) => ks.map((k) => w.v(k, o));
/** This practice's first export: Monday's three visits. */
async function own(w: Week, cols: Column[] = NOID) {
  const a = await w.put('own.csv', csv(cols, vs(w, [1, 2, 3])));
  expect(a.job.state).toBe('processed');
  return a;
}
/** A file of this practice that must go with nothing asked: what it sent. */
async function goes(w: Week, name: string, text: string): Promise<string[]> {
  const b = await w.put(name, text);
  expect(asked(b.job), JSON.stringify(b.job.doubts)).toBe(false);
  expect(b.job.state).toBe('processed');
  return sorted(b.sent);
}
/** Another practice's file: held, nothing of it booked, this practice's portal as it was. */
async function heldOff(w: Week, name: string, text: string, portal = OWN_PORTAL) {
  const b = await w.put(name, text);
  expect(b.job.state).toBe('held');
  expect(b.sent).toEqual([]);
  expect(w.portal()).toEqual(portal);
  return b;
}
/** Another practice: its own patients (Brown … Kim, charts 77k), providers and office. */
const other = (w: Week, o: Change = {}) =>
  [6, 7, 8, 9].map((k) =>
    w.v(k, {
      provider: k % 2 ? 'Ortiz, Ana DO' : 'Fox, Sam MD',
      location: 'Lakeside Pediatrics',
      chart: `77${k}`,
      ...o,
    }),
  );
const NEW_45 = ['NEW Kowalski Mon 12:00', 'NEW Okafor Mon 11:00'];

// ---- a practice's ordinary life: nothing asked ----------------------------------------------------

describe.concurrent(
  'a practice’s own files with little in common with what it sent: sent, nothing asked',
  () => {
    it("a locum's own export (Shah, new patients) at Main St Clinic: sent", async (c) => {
      const w = await week(c);
      await own(w);
      expect(await goes(w, 'shah.csv', csv(NOID, vs(w, [4, 5], { provider: 'Shah, Priya MD' })))).toEqual(
        NEW_45,
      );
    });

    it("a new satellite office's first day (Lee at Northside, new patients): sent", async (c) => {
      const w = await week(c);
      await own(w);
      const text = csv(NOID, vs(w, [4, 5], { location: 'Northside Clinic' }));
      expect(await goes(w, 'north.csv', text)).toEqual(NEW_45);
    });

    for (const printed of [
      'Dr. Anna Lee',
      'Anna Lee, MD',
      'LEE, ANNA',
      'Lee, Anna M. MD, FACP',
      'Lee, A',
      'A. Lee MD',
      'Dr. Lee',
      'Lee Anna',
    ])
      it(`Lee printed "${printed}" in a file without a location column, new patients: sent`, async (c) => {
        // The only thing the file shares with what was sent is its provider: Lee, written another way.
        const w = await week(c);
        await own(w);
        expect(await goes(w, 'lee.csv', csv(NOLOC, vs(w, [4, 5], { provider: printed })))).toEqual(NEW_45);
      });

    for (const printed of ['MAIN ST CLINIC', 'Main St. Clinic', 'Main Street Clinic', 'main st clinic '])
      it(`the office printed "${printed}", a locum and new patients: sent`, async (c) => {
        const w = await week(c);
        await own(w);
        const text = csv(NOID, vs(w, [4, 5], { provider: 'Shah, Priya MD', location: printed }));
        expect(await goes(w, 'shah.csv', text)).toEqual(NEW_45);
      });

    it('chart numbers re-padded after an upgrade (001001, 001002), a locum, no location: not asked as another practice', async (c) => {
      // Smith and Garcia again on Tuesday under their charts written with two more zeros.
      const w = await week(c);
      await own(w);
      const again = [1, 2].map((k) => w.v(k, { day: 1, chart: `00100${k}`, provider: 'Shah, Priya MD' }));
      const b = await w.put('tue.csv', csv(NOLOC, again));
      expect(asked(b.job), JSON.stringify(b.job.doubts)).toBe(false);
    });

    it('chart numbers re-prefixed after an upgrade (P1001, P1002), a locum, no location: not asked as another practice', async (c) => {
      const w = await week(c);
      await own(w);
      const again = [1, 2].map((k) => w.v(k, { day: 1, chart: `P100${k}`, provider: 'Shah, Priya MD' }));
      const b = await w.put('tue.csv', csv(NOLOC, again));
      expect(asked(b.job), JSON.stringify(b.job.doubts)).toBe(false);
    });

    it('appointment ids re-padded (00501 for 501) on the same visits: nothing asked as another practice', async (c) => {
      const w = await week(c);
      const day = (pad: string) =>
        [1, 2, 3].map((k) => ({ ...w.v(k, { provider: 'Shah, Priya MD' }), id: `${pad}50${k}` }));
      await w.put('own.csv', csv(without(OWN, 'Chart #', 'Location'), day('')));
      const b = await w.put('again.csv', csv(without(OWN, 'Chart #', 'Location'), day('00')));
      expect(asked(b.job), JSON.stringify(b.job.doubts)).toBe(false);
      expect(b.sent).toEqual([]);
    });

    it('no ids, no location, all-new patients on a Monday (the practice always exports so): sent', async (c) => {
      const w = await week(c);
      await own(w, BARE);
      expect(await goes(w, 'mon.csv', csv(BARE, vs(w, [4, 5])))).toEqual(NEW_45);
    });

    it('a new scheduling system: every id new, the same providers and office printed its way, new patients: sent', async (c) => {
      const w = await week(c);
      await own(w, OWN);
      const moved = [4, 5].map((k) => ({
        ...w.v(k, { chart: `MRN-5500${k}`, provider: 'Anna Lee, MD', location: 'Main St Clinic' }),
        id: `ENC-9${k}`,
      }));
      expect(await goes(w, 'new-system.csv', csv(OWN, moved))).toEqual(NEW_45);
    });

    it('a file of cancellations only, of visits sent: the two cancelled, nothing asked', async (c) => {
      const w = await week(c);
      await own(w);
      const text = csv(NOID, vs(w, [1, 2], { status: 'Cancelled' }));
      expect(await goes(w, 'cancels.csv', text)).toEqual([
        'CANCEL Garcia Mon 09:00',
        'CANCEL Smith Mon 08:00',
      ]);
    });

    it("a file of cancellations only, of a locum's visits never sent: nothing sent, nothing asked", async (c) => {
      const w = await week(c);
      await own(w);
      const text = csv(NOLOC, vs(w, [4, 5], { status: 'Cancelled', provider: 'Shah, Priya MD' }));
      expect(await goes(w, 'cancels.csv', text)).toEqual([]);
    });

    it('snapshot mode: next week empty (header only): nothing sent, not asked as another practice', async (c) => {
      const w = await week(c, true);
      await own(w);
      const b = await w.put('empty.csv', csv(NOID, []));
      expect(asked(b.job)).toBe(false);
      expect(w.portal()).toEqual(OWN_PORTAL);
    });

    it('snapshot mode: the next day, the usual provider, all-new patients: sent', async (c) => {
      const w = await week(c, true);
      await own(w);
      const tue = vs(w, [1, 2, 3, 4, 5].slice(3), { day: 1 });
      const b = await goes(w, 'tue.csv', csv(NOID, [...vs(w, [1, 2, 3]), ...tue]));
      expect(b).toEqual(['NEW Kowalski Tue 12:00', 'NEW Okafor Tue 11:00']);
    });

    it('one returning patient among new ones, a locum, no location: sent', async (c) => {
      const w = await week(c);
      await own(w);
      const text = csv(NOLOC, [
        w.v(1, { day: 1, provider: 'Shah, Priya MD' }),
        ...vs(w, [4], { provider: 'Shah, Priya MD' }),
      ]);
      expect(await goes(w, 'mix.csv', text)).toEqual(['NEW Okafor Mon 11:00', 'NEW Smith Tue 08:00']);
    });

    it('only two sent so far: a file with nothing in common goes (too little history to tell)', async (c) => {
      const w = await week(c);
      await w.put('own.csv', csv(NOID, vs(w, [1, 2])));
      expect(await goes(w, 'shah.csv', csv(NOLOC, vs(w, [4, 5], { provider: 'Shah, Priya MD' })))).toEqual(
        NEW_45,
      );
    });

    it("a locum's export with no location column, held, accepted once; the locum's next file is not asked", async (c) => {
      // A person could not tell this file from another practice's (new provider, new patients,
      // nothing else): asked once. Once answered, the locum is this practice's.
      const w = await week(c);
      await own(w);
      const first = await heldOff(w, 'shah.csv', csv(NOLOC, vs(w, [4, 5], { provider: 'Shah, Priya MD' })));
      expect(asked(first.job)).toBe(true);
      const engine = w.h.running!.engine;
      expect(await engine.acceptCancellations(first.job.id)).toMatchObject({ ok: true });
      await engine.releaseHeld('Practice 1');
      await w.h.waitFor((js) => {
        const j = js.find((x) => x.id === first.job.id);
        return j?.state === 'processed' && j.outcome !== undefined;
      });
      expect(w.portal().filter((l) => l.endsWith('active'))).toHaveLength(5);
      const next = csv(NOLOC, vs(w, [6, 7], { provider: 'Shah, Priya MD' }));
      expect(await goes(w, 'shah-2.csv', next)).toEqual(['NEW Brown Mon 13:00', 'NEW Patel Mon 14:00']);
    });
  },
);

// ---- another practice's export: held ---------------------------------------------------------------

describe.concurrent("another practice's export sharing a little with this one: held, nothing booked", () => {
  it('nothing in common (control): held', async (c) => {
    const w = await week(c);
    await own(w);
    await heldOff(w, 'lakeside.csv', csv(NOID, other(w)));
  });

  it('a provider of the same family name (Lee, David MD): held', async (c) => {
    const w = await week(c);
    await own(w);
    const b = await heldOff(w, 'lakeside.csv', csv(NOID, other(w, { provider: 'Lee, David MD' })));
    expect(asked(b.job)).toBe(true);
  });

  it('a provider of the same family name, another initial (Lee, D.): held', async (c) => {
    const w = await week(c);
    await own(w);
    await heldOff(w, 'lakeside.csv', csv(NOID, other(w, { provider: 'Lee, D. MD' })));
  });

  it('FAULT: a common office name (both practices call theirs Main Office): held', async (c) => {
    const w = await week(c);
    await w.put('own.csv', csv(NOID, vs(w, [1, 2, 3], { location: 'Main Office' })));
    await heldOff(w, 'lakeside.csv', csv(NOID, other(w, { location: 'Main Office' })));
  });

  it('FAULT: a chart number that collides (their Brown is 1001, our Smith): held', async (c) => {
    const w = await week(c);
    await own(w);
    const theirs = other(w).map((v, i) => (i === 0 ? { ...v, chart: '1001' } : v));
    await heldOff(w, 'lakeside.csv', csv(NOID, theirs));
  });

  // Fixed in 60f: a file without a location column gets the practice's name as its office, so two
  // placeless files shared an office. A file that states no location no longer counts that name
  // (the demo's OpenEMR export, which this held when tried, is not asked since the demo practice is
  // exempt: plan-job.ts).
  it('FAULT: both practices export without a location column (both read as the practice name): held', async (c) => {
    const w = await named(c);
    await own(w, NOLOC);
    await heldOff(w, 'lakeside.csv', csv(NOLOC, other(w)));
  });

  it('their file without a location column, ours with one: held', async (c) => {
    const w = await week(c);
    await own(w);
    await heldOff(w, 'lakeside.csv', csv(NOLOC, other(w)));
  });

  // Fixed in 60f: a file without a location column gets the practice's name as its office, so two
  // placeless files shared an office. A file that states no location no longer counts that name
  // (the demo's OpenEMR export, which this held when tried, is not asked since the demo practice is
  // exempt: plan-job.ts).
  it('FAULT: their file with no ids and no location, ours the same: held', async (c) => {
    const w = await named(c);
    await own(w, BARE);
    await heldOff(w, 'lakeside.csv', csv(BARE, other(w)));
  });

  // LEFT (a wrong send, not fixed): the check is per file, and a file sharing anything with what
  // was sent is this practice's; rows of a new provider at a new office with new patients beside
  // known ones are also how a practice's new office with a new hire first appears (57e: never
  // asked). Telling the two apart needs a per-row question the review cannot yet ask.
  it.fails(
    'two practices’ rows in one file (our three unchanged, their four): none of theirs booked',
    async (c) => {
      const w = await week(c);
      await own(w);
      const b = await w.put('both.csv', csv(NOID, [...vs(w, [1, 2, 3]), ...other(w)]));
      expect(b.sent).toEqual([]);
      expect(w.portal()).toEqual(OWN_PORTAL);
    },
  );

  it('their appointment ids collide with ours (both number visits 501…): nothing of theirs booked over ours', async (c) => {
    const w = await week(c);
    const ids = (xs: Visit[]) => xs.map((v, i) => ({ ...v, id: `50${i + 1}` }));
    await w.put('own.csv', csv(OWN, ids(vs(w, [1, 2, 3]))));
    const b = await w.put('lakeside.csv', csv(OWN, ids(other(w)).slice(0, 3)));
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(OWN_PORTAL);
  });
});
