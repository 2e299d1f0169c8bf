// Red-team probes (round 60r2) of this stop's engine changes, through a real engine into one
// sandbox shared by the file (week-of-exports.ts: a week of its own each). What was sent, what the
// portal ends with and what is asked was worked out by hand BEFORE the first run; a probe named
// FAULT sent wrongly before its fix.
// 1. sent-wording.ts: a visit going as an UPDATE keeps the words sent where the file's say the
//    same. Tried: to hide a real change behind it (a credential that disagrees, another provider
//    id, a clinic's number, a sign that carries the meaning: Rh+ → Rh-, A1C > 9 → A1C < 9), a time
//    moved while the words are written another way, and the same words without their accents (an
//    ASCII-only report of the same system: Clínica San José → Clinica San Jose), which went as an
//    UPDATE of every visit for nothing (FAULT).
// 2. rewritten-export.ts: a filed export written again from its start as the next day's snapshot,
//    and an engine restarted between the rewrite and the answer.
// 3. other-practice.ts: the practice's own placeless files (the first after an install, one after
//    a file with locations) go unasked.
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with
// Lee, Anna MD at Main St Clinic, Follow Up, Scheduled.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, without, type Column, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import { final } from './support/sending-probes.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-60r2-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
type Change = Partial<Visit> & { day?: number };
const week = (c: Ctx, over: Partial<PracticeSettings> = {}) => weekOf(c.onTestFinished, shared, over);
const sorted = (xs: string[]) => [...xs].sort();
const P0 = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const day3 = (w: Week, o: (k: number) => Change = () => ({})) => [1, 2, 3].map((k) => w.v(k, o(k)));
const all = (change: Change) => () => change;
const onGarcia = (change: Change) => (k: number) => (k === 2 ? change : {});
const WITH_REASON: Column[] = [...OWN, ['Reason', (v) => v.reason]];
/** Another system's layout with a Provider ID before the name: `101` for Lee, `107` for whoever
 *  `other` names (OWN's headers read as OpenEMR's report, whose preset has no provider id). */
const withProviderId = (other: string): Column[] => [
  ['Appointment ID', (v) => v.id],
  ['Patient ID', (v) => v.chart],
  ['Patient Name', (v) => v.patient],
  ['Birth Date', (v) => v.dob],
  ['Appt Date', (v) => v.date],
  ['Start Time', (v) => v.time],
  ['Provider ID', (v) => (v.provider === other ? '107' : '101')],
  ['Provider Name', (v) => v.provider],
  ['Facility', (v) => v.location],
  ['Visit Type', (v) => v.type],
  ['Appt Status', (v) => v.status],
];
/** Garcia's visit on the portal: location | type | reason | provider. */
const garcia = (w: Week) => {
  const a = w.shown().find((x) => !x.cancelled && x.patientName.endsWith('Garcia'))!;
  return { location: a.location, type: a.type, provider: a.providerName, description: a.description };
};

/** Went with nothing sent and nothing asked. */
const nothing = (b: { job: JobDetails; sent: string[] }) =>
  expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: [] });
/** Held with nothing sent, or gone with exactly `sends`: both right (a person may be asked). */
const heldOr = (b: { job: { state: string }; sent: string[] }, sends: string[]) =>
  expect(b.job.state === 'held' ? { held: b.sent } : { went: sorted(b.sent) }).toEqual(
    b.job.state === 'held' ? { held: [] } : { went: sorted(sends) },
  );
const GARCIA_UPDATE = ['UPDATE Garcia Mon 09:00'];

// ---- 1. the words sent kept: never over a real change -----------------------------------------------

describe.concurrent('the words sent kept on an UPDATE: a real change still goes', () => {
  it('Lee, Anna MD → Lee, Anna NP on Garcia (her namesake, credentials disagree): one UPDATE, NP shown', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onGarcia({ provider: 'Lee, Anna NP' }))));
    expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: GARCIA_UPDATE });
    expect(garcia(w).provider).toMatch(/\bNP\b/);
  });

  it('a Provider ID column: Garcia given to 107 “Lee, Anna” (another Anna Lee, her own id): one UPDATE', async (c) => {
    const w = await week(c);
    const cols = withProviderId('Lee, Anna');
    await w.put('a.csv', csv(cols, day3(w)));
    heldOr(await w.put('b.csv', csv(cols, day3(w, onGarcia({ provider: 'Lee, Anna' })))), GARCIA_UPDATE);
  });

  it('control: the same id 101 printed “Lee, Anna” (her credential left out): nothing sent', async (c) => {
    const w = await week(c);
    const cols = withProviderId('nobody');
    await w.put('a.csv', csv(cols, day3(w)));
    nothing(await w.put('b.csv', csv(cols, day3(w, all({ provider: 'Lee, Anna' })))));
    expect(garcia(w).provider).toMatch(/\bMD\b/);
  });

  it('Dr. Ravi Patel → Ravi Patel, PhD (a title and a degree that agree): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ provider: 'Dr. Ravi Patel' }))));
    heldOr(await w.put('b.csv', csv(OWN, day3(w, all({ provider: 'Patel, Ravi, PhD' })))), []);
    expect(w.portal()).toEqual(P0);
  });

  it('Main St. Clinic → Main St Clinic 2 on Garcia (another clinic): one UPDATE, Clinic 2 shown', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ location: 'Main St. Clinic' }))));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, (k) => ({ location: k === 2 ? 'Main St Clinic 2' : 'Main St. Clinic' })),
      ),
    );
    expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: GARCIA_UPDATE });
    expect(garcia(w).location).toBe('Main St Clinic 2');
  });

  it('Main-St Clinic → Mainst Clinic on Garcia (the words differ): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ location: 'Main-St Clinic' }))));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, (k) => ({ location: k === 2 ? 'Mainst Clinic' : 'Main-St Clinic' })),
      ),
    );
    heldOr(b, GARCIA_UPDATE);
  });

  it('Follow-up → Follow up (nothing), then Follow-up (Tele) on Garcia: one UPDATE, the portal says Tele', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ type: 'Follow-up' }))));
    nothing(await w.put('b.csv', csv(OWN, day3(w, all({ type: 'Follow up' })))));
    const d = await w.put(
      'c.csv',
      csv(
        OWN,
        day3(w, (k) => ({ type: k === 2 ? 'Follow-up (Tele)' : 'Follow up' })),
      ),
    );
    expect({ state: d.job.state, sent: d.sent }).toEqual({ state: 'processed', sent: GARCIA_UPDATE });
    expect(garcia(w).type).toBe('Follow-up (Tele)');
  });

  it('FAULT: Garcia moved 09:00 → 09:15 while every type reads FOLLOW UP: one UPDATE at 09:15 with the words sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, (k) => ({ type: 'FOLLOW UP', ...(k === 2 ? { time: '09:15' } : {}) })),
      ),
    );
    expect({ state: b.job.state, sent: b.sent }).toEqual({
      state: 'processed',
      sent: ['UPDATE Garcia Mon 09:15'],
    });
    expect(garcia(w).type).toBe('Follow Up');
  });

  it('FAULT: Clínica Médica Ríos, then an ASCII-only report of it (Clinica Medica Rios): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ location: 'Clínica Médica Ríos' }))));
    nothing(await w.put('b.csv', csv(OWN, day3(w, all({ location: 'Clinica Medica Rios' })))));
    expect(garcia(w).location).toBe('Clínica Médica Ríos');
  });

  it('FAULT: the provider Muñoz, José MD, then Munoz, Jose MD (no accents): nothing sent (or asked)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ provider: 'Muñoz, José MD' }))));
    heldOr(await w.put('b.csv', csv(OWN, day3(w, all({ provider: 'Munoz, Jose MD' })))), []);
    expect(garcia(w).provider).toContain('Muñoz');
  });

  it('control: Post-op check, then POST OP CHECK beside Garcia’s Post-op check + labs (a sign and a word added): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ type: 'Post-op check' }))));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w, (k) => ({ type: k === 2 ? 'Post-op check + labs' : 'POST OP CHECK' })),
      ),
    );
    expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: GARCIA_UPDATE });
    expect(garcia(w).type).toBe('Post-op check + labs');
  });

  it('FAULT: the reason Rh+ prenatal visit → Rh- prenatal visit on Garcia (a sign that is the meaning): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(WITH_REASON, day3(w, all({ reason: 'Rh+ prenatal visit' }))));
    const b = await w.put(
      'b.csv',
      csv(
        WITH_REASON,
        day3(w, (k) => ({ reason: k === 2 ? 'Rh- prenatal visit' : 'Rh+ prenatal visit' })),
      ),
    );
    expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: GARCIA_UPDATE });
  });

  it('FAULT: the reason A1C > 9 recheck → A1C < 9 recheck on Garcia: one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(WITH_REASON, day3(w, all({ reason: 'A1C > 9 recheck' }))));
    const b = await w.put(
      'b.csv',
      csv(
        WITH_REASON,
        day3(w, (k) => ({ reason: k === 2 ? 'A1C < 9 recheck' : 'A1C > 9 recheck' })),
      ),
    );
    expect({ state: b.job.state, sent: b.sent }).toEqual({ state: 'processed', sent: GARCIA_UPDATE });
  });

  it('control: COVID-19 Follow-up → Covid 19 follow up (hyphens between words): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w, all({ type: 'COVID-19 Follow-up' }))));
    nothing(await w.put('b.csv', csv(OWN, day3(w, all({ type: 'Covid 19 follow up' })))));
  });
});

// ---- 3. the practice's own placeless files go unasked -----------------------------------------------

describe.concurrent('the practice’s own placeless files: sent, never asked as another practice’s', () => {
  const NAME = 'Hillcrest Family Medicine';
  const NOLOC = without(OWN, 'Appt ID', 'Location');
  const ASKED = "may be another practice's export";
  const goes = async (w: Week, name: string, text: string) => {
    const b = await w.put(name, text);
    expect(JSON.stringify(b.job.doubts ?? [])).not.toContain(ASKED);
    expect(b.job.state).toBe('processed');
    return sorted(b.sent);
  };

  it('the first export after an install, placeless: its three visits booked', async (c) => {
    const w = await week(c, { name: NAME });
    expect(await goes(w, 'first.csv', csv(NOLOC, day3(w)))).toEqual(
      sorted(['NEW Smith Mon 08:00', 'NEW Garcia Mon 09:00', 'NEW Nguyen Mon 10:00']),
    );
  });

  it('a file with locations, then a placeless report of the same patients on Tuesday with a new provider: booked', async (c) => {
    const w = await week(c, { name: NAME });
    await w.put('a.csv', csv(without(OWN, 'Appt ID'), day3(w)));
    const tue = [1, 2].map((k) => w.v(k, { day: 1, provider: 'Shah, Priya MD' }));
    expect(await goes(w, 'b.csv', csv(NOLOC, tue))).toEqual(['NEW Garcia Tue 09:00', 'NEW Smith Tue 08:00']);
  });
});

// ---- 2. a filed export written again as the next day's snapshot ----------------------------------

describe.concurrent('a filed export written again from its start as another day', () => {
  const SNAP = { snapshotMode: true, maxSnapshotCancelPercent: 100 };
  const filedOf = (w: Week, name: string) =>
    w.h.jobs().find((j) => j.file === name && !j.rewriteOf)!.archivedPath!;
  const rewriteJob = async (w: Week, of: JobDetails) => {
    const done = (j: JobDetails) =>
      final(j) && (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined);
    const js = await w.h.waitFor((x) => x.some((j) => j.rewriteOf === of.id && done(j)));
    return js.find((j) => j.rewriteOf === of.id)!;
  };
  const accept = async (w: Week, held: JobDetails) => {
    const engine = w.h.running!.engine;
    expect(await engine.acceptCancellations(held.id)).toMatchObject({ ok: true });
    await engine.releaseHeld(w.h.settings.practices[0]!.name);
    await w.h.waitFor((js) => {
      const j = js.find((x) => x.id === held.id);
      return j?.state === 'processed' && (j.batches.length === 0 || j.outcome !== undefined);
    });
  };
  const tuesday = (w: Week) => [4, 5].map((k) => w.v(k, { day: 1 }));

  it('snapshot mode: Monday rewritten in place as Tuesday’s export: held; accepted, Tuesday booked, Monday kept', async (c) => {
    const w = await week(c, SNAP);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    fs.writeFileSync(filedOf(w, 'day.csv'), csv(OWN, tuesday(w)));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    expect(w.portal()).toEqual(P0);
    await accept(w, r);
    expect(w.portal()).toEqual(sorted([...P0, 'Okafor Tue 11:00 active', 'Kowalski Tue 12:00 active']));
  });

  it('the engine restarted between the rewrite’s hold and its answer: accepted once, Garcia moved once', async (c) => {
    const w = await week(c);
    const a = await w.put('day.csv', csv(OWN, day3(w)));
    fs.writeFileSync(filedOf(w, 'day.csv'), csv(OWN, day3(w, onGarcia({ time: '14:00' }))));
    const r = await rewriteJob(w, a.job);
    expect(r.state).toBe('held');
    await w.h.stopEngine();
    await w.h.start();
    await accept(w, r);
    expect(w.portal()).toEqual(
      sorted(['Smith Mon 08:00 active', 'Garcia Mon 14:00 active', 'Nguyen Mon 10:00 active']),
    );
    expect(w.h.jobs().filter((j) => j.rewriteOf === a.job.id)).toHaveLength(1);
  });
});
