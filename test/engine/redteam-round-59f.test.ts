// Red-team probes (round 59f), two follow-ups of 59e's identity work, through a real engine into
// one sandbox shared by the file (week-of-exports.ts). What the portal ends with and what was
// POSTed was worked out by hand BEFORE the first run.
// 1. A visit added among a patient's visits of a day with no appointment id: ids are made from
//    patient, provider, day and slot (identity.ts), so a visit added before the first takes slot
//    1, the id the first was sent under. Whichever way it is read (a visit added, or the first
//    moved and another booked in its place) the portal ends with the same visits when the file
//    lists all the patient's visits of the day: it goes, NEW for the added one alone
//    (derived-slots.ts settles such a row after the file's others). When the file leaves one of
//    them out, the added one may be that one moved: held (slot-moves.ts).
// 2. 59e's hold of a NEW whose person's booked visit the file leaves out (left-behind.ts,
//    same-person.ts), attacked both ways: false holds a front desk would resent (twins, two
//    patients sharing a given name and birth date, a mother and a daughter of one name, a
//    hyphenated name written two ways, a visit cancelled and a namesake booked) and wrong sends
//    it lets through (the merge seen on a later day, a file of another date range, a file sorted by
//    name, the visit left out after the last row's time, a name or birth date corrected and moved).
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001, 02/11/1961) 08:00, Garcia (1002, Maria, 03/12/1962) 09:00,
// Nguyen (1003) 10:00, all with Lee, Anna MD at Main St Clinic, Follow Up, Scheduled; exports
// outside snapshot mode.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, lf, table, without, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-59f-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };
const week = (c: Ctx, snapshotMode = false) => weekOf(c.onTestFinished, shared, { snapshotMode });

/** No appointment id; the chart number as the patient's id. */
const NOID = without(OWN, 'Appt ID');
/** No appointment id and no chart number: the patient known by name and birth date. */
const NAMES_ONLY = without(OWN, 'Appt ID', 'Chart #');
const sorted = (xs: string[]) => [...xs].sort();
const day3 = (w: Week) => [1, 2, 3].map((k) => w.v(k));
const BASE_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
const activeAt = (w: Week, when: string) =>
  w.portal().filter((l) => l.includes(` ${when} `) && l.endsWith(' active'));
const expectHeld = (b: { job: { state: string }; sent: string[] }) => {
  expect(b.job.state).toBe('held');
  expect(b.sent).toEqual([]);
};

// ---- 1. a visit added among a patient's visits of a day -------------------------------------------

describe.concurrent("a visit added among one patient's visits of a day (no appointment id)", () => {
  /** Smith at each of `times`, Garcia at 09:00, sorted by time (as a day sheet lists them). */
  const day = (w: Week, times: string[], o: (t: string) => Partial<Visit> & { day?: number } = () => ({})) =>
    [...times.map((t) => w.v(1, { time: t, ...o(t) })), w.v(2)].sort((a, b) => a.time.localeCompare(b.time));
  const SMITH_TWO = ['Garcia Mon 09:00 active', 'Smith Mon 08:00 active', 'Smith Mon 13:00 active'];

  it('07:00 added before 08:00 and 13:00, then the same export again: one NEW, then nothing', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day(w, ['08:00', '13:00'])));
    const b = await w.put('b.csv', csv(NOID, day(w, ['07:00', '08:00', '13:00'])));
    expect(b.sent).toEqual(['NEW Smith Mon 07:00']);
    const again = await w.put('c.csv', lf(table(NOID, day(w, ['07:00', '08:00', '13:00']))));
    expect(again.sent).toEqual([]);
    expect(w.portal()).toEqual(sorted([...SMITH_TWO, 'Smith Mon 07:00 active']));
  });

  it('two added before (06:00 and 07:00): two NEWs, the 08:00 and 13:00 untouched', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day(w, ['08:00', '13:00'])));
    const b = await w.put('b.csv', csv(NOID, day(w, ['06:00', '07:00', '08:00', '13:00'])));
    expect(sorted(b.sent)).toEqual(['NEW Smith Mon 06:00', 'NEW Smith Mon 07:00']);
    expect(w.portal()).toEqual(sorted([...SMITH_TWO, 'Smith Mon 06:00 active', 'Smith Mon 07:00 active']));
  });

  it('one added between (10:00): one NEW, the 13:00 keeps its id', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day(w, ['08:00', '13:00'])));
    const b = await w.put('b.csv', csv(NOID, day(w, ['08:00', '10:00', '13:00'])));
    expect(b.sent).toEqual(['NEW Smith Mon 10:00']);
    expect(w.portal()).toEqual(sorted([...SMITH_TWO, 'Smith Mon 10:00 active']));
  });

  it('the 13:00 left out and a 07:00 added: held (the 13:00 may be the one moved), nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day(w, ['08:00', '13:00'])));
    expectHeld(await w.put('b.csv', csv(NOID, day(w, ['07:00', '08:00']))));
    expect(w.portal()).toEqual(SMITH_TWO);
  });

  it('snapshot mode, 07:00 added: one NEW, nothing cancelled', async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, day(w, ['08:00', '13:00'])));
    const b = await w.put('b.csv', csv(NOID, day(w, ['07:00', '08:00', '13:00'])));
    expect(b.sent).toEqual(['NEW Smith Mon 07:00']);
    expect(w.portal()).toEqual(sorted([...SMITH_TWO, 'Smith Mon 07:00 active']));
  });

  it('snapshot mode, the 13:00 left out and a 07:00 added among ten patients: the 13:00 cancelled, the 07:00 booked', async (c) => {
    // Moved or cancelled and booked, the whole day's snapshot leaves the same two visits. Ten
    // patients: one cancel of eleven stays under the practice's mass-cancel limit (20 %), which
    // holds a day of three (found on the first run: a setup slip, not the check under test).
    const w = await week(c, true);
    const others = [3, 4, 5, 6, 7, 8, 9, 10].map((k) => w.v(k));
    await w.put('a.csv', csv(NOID, [...day(w, ['08:00', '13:00']), ...others]));
    const b = await w.put('b.csv', csv(NOID, [...day(w, ['07:00', '08:00']), ...others]));
    expect(sorted(b.sent)).toEqual(['CANCEL Smith Mon 13:00', 'NEW Smith Mon 07:00']);
    expect(w.portal().filter((l) => /^(Smith|Garcia) /.test(l))).toEqual([
      'Garcia Mon 09:00 active',
      'Smith Mon 07:00 active',
      'Smith Mon 08:00 active',
      'Smith Mon 13:00 cancelled',
    ]);
  });

  it('across two days (Monday and Tuesday each get a 07:00 before 08:00 and 13:00): two NEWs', async (c) => {
    const w = await week(c);
    const tue = (times: string[]) => times.map((t) => w.v(1, { day: 1, time: t }));
    await w.put('a.csv', csv(NOID, [...day(w, ['08:00', '13:00']), ...tue(['08:00', '13:00'])]));
    const b = await w.put(
      'b.csv',
      csv(NOID, [...day(w, ['07:00', '08:00', '13:00']), ...tue(['07:00', '08:00', '13:00'])]),
    );
    expect(sorted(b.sent)).toEqual(['NEW Smith Mon 07:00', 'NEW Smith Tue 07:00']);
    expect(w.portal().filter((l) => l.includes('Tue'))).toEqual([
      'Smith Tue 07:00 active',
      'Smith Tue 08:00 active',
      'Smith Tue 13:00 active',
    ]);
  });

  it('a cancelled visit (never sent) listed at 07:00 before 08:00 and 13:00: nothing sent, not held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day(w, ['08:00', '13:00'])));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        day(w, ['07:00', '08:00', '13:00'], (t) => (t === '07:00' ? { status: 'Cancelled' } : {})),
      ),
    );
    expect(b.job.state).toBe('processed');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(SMITH_TWO);
  });
});

// ---- 2a. false holds a front desk would resent -------------------------------------------------------

describe.concurrent("a person's visit left out and another booked: false holds", () => {
  const EMMA = { patient: 'Smith, Emma', time: '11:00' } as const;

  it('names only: twins Emma and Ella (one birth date), Emma’s 11:00 gone, Ella booked 14:00: held (two letters apart, a person answers)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, [w.v(2), w.v(3), w.v(1, EMMA)]));
    const b = await w.put(
      'b.csv',
      csv(NAMES_ONLY, [w.v(2), w.v(3), w.v(1, { patient: 'Smith, Ella', time: '14:00' })]),
    );
    expectHeld(b);
  });

  it('charts: twins Emma (1001) and Ella (1021), Emma’s 11:00 gone, Ella booked 14:00: Ella goes, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, [w.v(2), w.v(3), w.v(1, EMMA)]));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(2), w.v(3), w.v(1, { patient: 'Smith, Ella', chart: '1021', time: '14:00' })]),
    );
    expect(b.sent).toEqual(['NEW Smith Mon 14:00']);
    expect(w.portal().filter((l) => l.startsWith('Smith'))).toEqual([
      'Smith Mon 11:00 active',
      'Smith Mon 14:00 active',
    ]);
  });

  it('names only: Garcia, Maria gone, Lopez, Maria (her birth date) booked 14:00 with Lee: held (a married name and a move look the same)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    expectHeld(
      await w.put(
        'b.csv',
        csv(NAMES_ONLY, [w.v(1), w.v(3), w.v(2, { patient: 'Lopez, Maria', time: '14:00' })]),
      ),
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('charts: Garcia, Maria (1002) gone, Lopez, Maria (1077, her birth date) booked 14:00: two patients, Lopez goes', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(1), w.v(3), w.v(2, { patient: 'Lopez, Maria', chart: '1077', time: '14:00' })]),
    );
    expect(b.sent).toEqual(['NEW Lopez Mon 14:00']);
  });

  it('names only: Lopez, Maria (Garcia’s birth date) booked 14:00 with Garcia still listed: goes, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(NAMES_ONLY, [...day3(w), w.v(2, { patient: 'Lopez, Maria', time: '14:00' })]),
    );
    expect(b.sent).toEqual(['NEW Lopez Mon 14:00']);
  });

  const DAUGHTER = { chart: '1042', dob: '03/12/1992', time: '14:00' } as const;

  it('charts: the mother’s 09:00 gone, her daughter of the same name (1042, 1992) booked 14:00: goes, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, [w.v(1), w.v(3), w.v(2, DAUGHTER)]));
    expect(b.sent).toEqual(['NEW Garcia Mon 14:00']);
    expect(w.portal().filter((l) => l.startsWith('Garcia'))).toEqual([
      'Garcia Mon 09:00 active',
      'Garcia Mon 14:00 active',
    ]);
  });

  it('names only: the mother’s 09:00 gone, her daughter of the same name (born 1992) booked 14:00: goes, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    const b = await w.put('b.csv', csv(NAMES_ONLY, [w.v(1), w.v(3), w.v(2, DAUGHTER)]));
    expect(b.sent).toEqual(['NEW Garcia Mon 14:00']);
  });

  const HYPHEN = { patient: 'Garcia-Lopez, Maria' } as const;

  it('names only: Garcia-Lopez now written Garcia Lopez, same time: on once at 09:00 (held, or nothing sent)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, [w.v(1), w.v(2, HYPHEN), w.v(3)]));
    const b = await w.put(
      'b.csv',
      csv(NAMES_ONLY, [w.v(1), w.v(2, { patient: 'Garcia Lopez, Maria' }), w.v(3)]),
    );
    // Held (a new patient id beside the old at one start), or read as the same patient: nothing sent.
    expect(b.sent).toEqual([]);
    expect(activeAt(w, 'Mon 09:00')).toHaveLength(1);
  });

  it('names only: Garcia-Lopez written Garcia Lopez and moved 09:00 → 14:00: held, on once', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, [w.v(1), w.v(2, HYPHEN), w.v(3)]));
    expectHeld(
      await w.put(
        'b.csv',
        csv(NAMES_ONLY, [w.v(1), w.v(2, { patient: 'Garcia Lopez, Maria', time: '14:00' }), w.v(3)]),
      ),
    );
    expect(activeAt(w, 'Mon 14:00')).toEqual([]);
  });

  it('charts: Garcia-Lopez written Garcia Lopez and moved 09:00 → 14:00: one UPDATE (her chart keeps her)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, [w.v(1), w.v(2, HYPHEN), w.v(3)]));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(1), w.v(2, { patient: 'Garcia Lopez, Maria', time: '14:00' }), w.v(3)]),
    );
    expect(b.sent).toHaveLength(1);
    expect(b.sent[0]).toMatch(/^UPDATE .* Mon 14:00$/);
    expect(activeAt(w, 'Mon 09:00')).toEqual([]);
  });

  it('ids: Garcia’s 09:00 listed as cancelled and a namesake chart (1012, her birth date) booked 14:00: held by the importer’s chart question, nothing sent', async (c) => {
    // Expected CANCEL and NEW by hand; the first run held it: one name and birth date under two
    // chart numbers in one file makes the importer ask whether 'Chart #' is the patient's own id
    // (patient-id-per-visit), before left-behind.ts is reached. A duplicate chart: a fair question.
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(OWN, [
        w.v(1),
        w.v(2, { status: 'Cancelled' }),
        w.v(3),
        w.v(2, { id: 'A22', chart: '1012', time: '14:00' }),
      ]),
    );
    expectHeld(b);
    expect(b.job.doubts?.map((d) => d.check)).toEqual(['patient-id-per-visit']);
  });

  it('names only: Garcia’s 09:00 listed as cancelled and she (one name and birth date) booked again at 14:00: CANCEL and NEW, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(NAMES_ONLY, [w.v(1), w.v(2, { status: 'Cancelled' }), w.v(3), w.v(2, { time: '14:00' })]),
    );
    expect(sorted(b.sent)).toEqual(['CANCEL Garcia Mon 09:00', 'NEW Garcia Mon 14:00']);
    expect(w.portal().filter((l) => l.startsWith('Garcia'))).toEqual([
      'Garcia Mon 09:00 cancelled',
      'Garcia Mon 14:00 active',
    ]);
  });

  it('ids: Garcia’s 09:00 deleted, a namesake of another chart and birth date (1042, 1992) booked 14:00: goes, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, [w.v(1), w.v(3), w.v(2, { id: 'A22', ...DAUGHTER })]));
    expect(b.sent).toEqual(['NEW Garcia Mon 14:00']);
  });

  it('ids: Garcia’s 09:00 with Cho gone from a file of Lee’s rows, Garcia (1012) booked with Lee 14:00: goes (Cho’s day not covered)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, [w.v(1), w.v(2, { provider: 'Cho, Daniel MD' }), w.v(3)]));
    const b = await w.put(
      'b.csv',
      csv(OWN, [w.v(1), w.v(3), w.v(2, { id: 'A22', chart: '1012', time: '14:00' })]),
    );
    expect(b.sent).toEqual(['NEW Garcia Mon 14:00']);
  });

  it('ids: an upcoming list from 10:00 (Garcia’s 09:00 over), Garcia (1012) booked 14:00: goes, nothing asked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, [w.v(3), w.v(2, { id: 'A22', chart: '1012', time: '14:00' })]));
    expect(b.sent).toEqual(['NEW Garcia Mon 14:00']);
  });

  it('ids: Garcia’s Monday visit deleted and a Wednesday one booked (file Monday–Wednesday): held (moved, or a second visit?)', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, [...day3(w), w.v(4, { day: 2 })]));
    expectHeld(
      await w.put(
        'b.csv',
        csv(OWN, [w.v(1), w.v(3), w.v(2, { id: 'A22', day: 2, time: '14:00' }), w.v(4, { day: 2 })]),
      ),
    );
  });
});

// ---- 2b. wrong sends it might let through ------------------------------------------------------------

describe.concurrent('charts merged or a name corrected, and the visit moved: wrong sends', () => {
  /** Monday's three, Okafor Tue 08:00 and Garcia Tue 09:00 (A12). */
  const monTue = (w: Week) => [...day3(w), w.v(4, { day: 1, time: '08:00' }), w.v(2, { id: 'A12', day: 1 })];

  it('ids: the merge seen on a later day (Tuesday’s file: Garcia under 1012 with A22 at 14:00, A12 left out): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, monTue(w)));
    expectHeld(
      await w.put(
        'b.csv',
        csv(OWN, [
          w.v(4, { day: 1, time: '08:00' }),
          w.v(2, { id: 'A22', chart: '1012', day: 1, time: '14:00' }),
        ]),
      ),
    );
    expect(w.portal().filter((l) => l.includes('Tue'))).toEqual([
      'Garcia Tue 09:00 active',
      'Okafor Tue 08:00 active',
    ]);
  });

  it('no ids: the merge seen on a later day (Tuesday’s file: Garcia under 1012 at 14:00): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, monTue(w)));
    expectHeld(
      await w.put(
        'b.csv',
        csv(NOID, [w.v(4, { day: 1, time: '08:00' }), w.v(2, { chart: '1012', day: 1, time: '14:00' })]),
      ),
    );
  });

  it('snapshot mode, no ids: a file of Tuesday alone, Garcia under 1012 at Tue 14:00: Monday untouched, Tuesday booked', async (c) => {
    // Monday is not covered: the file says nothing of Garcia's Monday visit.
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(4, { day: 1 }), w.v(2, { chart: '1012', day: 1, time: '14:00' })]),
    );
    expect(sorted(b.sent)).toEqual(['NEW Garcia Tue 14:00', 'NEW Okafor Tue 11:00']);
    expect(w.portal().filter((l) => l.includes('Mon'))).toEqual(BASE_PORTAL);
  });

  it('names only: a married name and moved to Tuesday (Garcia → Garcia-Reyes, file Monday–Tuesday): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, [...day3(w), w.v(4, { day: 1 })]));
    expectHeld(
      await w.put(
        'b.csv',
        csv(NAMES_ONLY, [
          w.v(1),
          w.v(3),
          w.v(2, { patient: 'Garcia-Reyes, Maria', day: 1, time: '14:00' }),
          w.v(4, { day: 1 }),
        ]),
      ),
    );
  });

  it('ids: merged and moved (1012, A22 14:00) while her old chart books another visit (A32 Tue 10:00): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    expectHeld(
      await w.put(
        'b.csv',
        csv(OWN, [
          w.v(1),
          w.v(3),
          w.v(2, { id: 'A22', chart: '1012', time: '14:00' }),
          w.v(2, { id: 'A32', day: 1, time: '10:00' }),
        ]),
      ),
    );
  });

  it('ids: merged and moved, the file sorted by name (its first row Garcia 14:00, not the earliest): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    expectHeld(
      await w.put('b.csv', csv(OWN, [w.v(2, { id: 'A22', chart: '1012', time: '14:00' }), w.v(3), w.v(1)])),
    );
  });

  it('ids: merged and moved earlier, the visit left out at 16:00, after the file’s last row (11:00): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, [w.v(1), w.v(3), w.v(2, { time: '16:00' })]));
    expectHeld(
      await w.put('b.csv', csv(OWN, [w.v(1), w.v(3), w.v(2, { id: 'A22', chart: '1012', time: '11:00' })])),
    );
  });

  it('names only: a given-name typo corrected and moved (Maira → Maria, 09:00 → 14:00): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, [w.v(1), w.v(2, { patient: 'Garcia, Maira' }), w.v(3)]));
    expectHeld(await w.put('b.csv', csv(NAMES_ONLY, [w.v(1), w.v(2, { time: '14:00' }), w.v(3)])));
  });

  it('names only: a birth date corrected and moved (03/21/1962 → 03/12/1962, 09:00 → 14:00): held', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, [w.v(1), w.v(2, { dob: '03/21/1962' }), w.v(3)]));
    expectHeld(await w.put('b.csv', csv(NAMES_ONLY, [w.v(1), w.v(2, { time: '14:00' }), w.v(3)])));
  });
});
