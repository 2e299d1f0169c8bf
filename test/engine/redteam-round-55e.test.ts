// Red-team probes (round 55e): what the portal shows after a week of exports. Sequences of two to
// five exports go through a real engine (importer, sent ledger, derived ids, client) into one
// sandbox shared by the file's scenarios, each in a week of its own (week-of-exports.ts). Most
// exports have NO appointment id (ids derived from patient, provider, day and slot: identity.ts),
// and the practice system changes them as systems do: a name typo fixed, a provider renamed or
// reassigned, the type changed, a visit moved within the day or to another day, one of a
// patient's two visits of a day moved, a visit left out, a week's export then a day's, Excel's
// re-save, the same export twice, another day's file arriving late. Then ids reused after a
// cancellation and renumbered after a re-install. What the portal ends with and what was POSTed was
// worked out by hand BEFORE the first run: the visits the practice has, each once; nothing sent for
// nothing; a hold where a person could not tell either. A probe whose name starts with FAULT
// showed a visit twice, lost one or sent for nothing before its fix.
//
// Portal and send lines read `Family Day HH:MM state` in Chicago. Unless a probe says otherwise a
// day is Monday's: Smith (chart 1001) 08:00, Garcia (1002) 09:00, Nguyen (1003) 10:00, all with
// Lee, Anna MD, Follow Up, Scheduled; exports outside snapshot mode.
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { OWN, csv, crlf, lf, table, without, type Visit } from './support/day-visits.ts';
import { weekOf, type Week } from './support/week-of-exports.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-55e-'));
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
/** No appointment id and no chart number: patients known by name and birth date. */
const NAMES_ONLY = without(OWN, 'Appt ID', 'Chart #');
/** Changes the visit of row `row` only (the others as `day3` writes them). */
const onRow =
  (row: number, change: Partial<Visit> & { day?: number }) =>
  (k: number): Partial<Visit> & { day?: number } =>
    k === row ? change : {};
const day3 = (w: Week, o: (k: number) => Partial<Visit> & { day?: number } = () => ({})) =>
  [1, 2, 3].map((k) => w.v(k, o(k)));
const BASE_PORTAL = ['Garcia Mon 09:00 active', 'Nguyen Mon 10:00 active', 'Smith Mon 08:00 active'];
/** The portal's active visits at one patient and time more than once: one visit shown twice. */
const twice = (lines: string[]) => {
  const on = lines.filter((l) => l.endsWith(' active')).map((l) => l.slice(0, -' active'.length));
  return on.filter((l, i) => on.indexOf(l) !== i);
};

/** Excel's re-save of a CSV: 1/4/2027, 9:00 AM, a chart number's leading zeros gone. */
const excel = (lines: string[]) =>
  lines.map((l) =>
    l
      .replace(/\b0?(\d{1,2})\/0?(\d{1,2})\/(\d{4})\b/g, '$1/$2/$3')
      .replace(/\b(\d{2}):(\d{2})\b/g, (_, hh: string, mm: string) => {
        const n = Number(hh);
        return `${n % 12 || 12}:${mm} ${n < 12 ? 'AM' : 'PM'}`;
      })
      .replace(/(^|,)0+(\d+)(?=,)/g, '$1$2'),
  );

// ---- the same day again -------------------------------------------------------------------------

describe.concurrent('the same visits exported again', () => {
  it('the same export twice (another name): nothing sent the second time', async (c) => {
    const w = await week(c);
    const a = await w.put('a.csv', csv(NOID, day3(w)));
    expect(a.sent.sort()).toEqual(['NEW Garcia Mon 09:00', 'NEW Nguyen Mon 10:00', 'NEW Smith Mon 08:00']);
    expect((await w.put('b.csv', csv(NOID, day3(w)))).sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the same visits with LF line ends and the rows in another order: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    expect((await w.put('b.csv', lf(table(NOID, day3(w).reverse())))).sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('re-saved by Excel (1/4/2027, 9:00 AM): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    expect((await w.put('b.csv', crlf(excel(table(NOID, day3(w)))))).sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it("re-saved by Excel, the chart numbers' leading zeros lost (01001 → 1001): no visit sent again beside itself", async (c) => {
    const w = await week(c);
    const zeros = (k: number) => ({ chart: `0100${k}` });
    await w.put('a.csv', csv(NOID, day3(w, zeros)));
    const b = await w.put('b.csv', crlf(excel(table(NOID, day3(w, zeros)))));
    expect(b.sent.filter((s) => s.startsWith('NEW'))).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a status word that shows nothing on the portal (Scheduled → Confirmed, Arrived): nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        day3(w, (k) => (k === 2 ? { status: 'Confirmed' } : k === 3 ? { status: 'Arrived' } : {})),
      ),
    );
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it("one patient's two visits of the day listed in the other order: nothing sent", async (c) => {
    const w = await week(c);
    const two = [w.v(1), w.v(1, { time: '13:00' }), w.v(2)];
    await w.put('a.csv', csv(NOID, two));
    expect((await w.put('b.csv', csv(NOID, [two[1]!, two[2]!, two[0]!]))).sent).toEqual([]);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Smith Mon 08:00 active',
      'Smith Mon 13:00 active',
    ]);
  });
});

// ---- a visit changed --------------------------------------------------------------------------

describe.concurrent('one visit changed between exports (no appointment id)', () => {
  it('moved within the day (09:00 → 14:00): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(2, { time: '14:00' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 14:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 14:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:00 active',
    ]);
  });

  it('moved earlier than everyone (09:00 → 07:00), then back to 09:00: one UPDATE each', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(2, { time: '07:00' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 07:00']);
    const c2 = await w.put('c.csv', lf(table(NOID, day3(w))));
    expect(c2.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the type changed (Follow Up → Physical): one UPDATE, the portal shows the new type', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(2, { type: 'Physical' }))));
    expect(b.sent).toEqual(['UPDATE Garcia Mon 09:00']);
    expect(w.portal(true).find((l) => l.startsWith('Garcia'))).toMatch(
      /^Garcia Mon 09:00 active Physical \| .*Lee/,
    );
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the type changed and the time moved in one export: one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(3, { type: 'Physical', time: '15:30' }))));
    expect(b.sent).toEqual(['UPDATE Nguyen Mon 15:30']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Nguyen Mon 15:30 active',
      'Smith Mon 08:00 active',
    ]);
  });

  it('cancelled, then booked again at the same time: CANCEL, then one UPDATE; active once', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(1, { status: 'Cancelled' }))));
    expect(b.sent).toEqual(['CANCEL Smith Mon 08:00']);
    const c2 = await w.put('c.csv', lf(table(NOID, day3(w))));
    expect(c2.sent).toEqual(['UPDATE Smith Mon 08:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('rescheduled written as two rows (09:00 Cancelled, 11:00 Scheduled): the 09:00 cancelled, the 11:00 booked', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(1), w.v(2, { status: 'Cancelled' }), w.v(2, { time: '11:00' }), w.v(3)]),
    );
    expect(b.sent.sort()).toEqual(['CANCEL Garcia Mon 09:00', 'NEW Garcia Mon 11:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 cancelled',
      'Garcia Mon 11:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:00 active',
    ]);
  });

  it('a cancelled row for a visit never sent: nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, [...day3(w), w.v(4, { status: 'Cancelled' })]));
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a new patient added mid-day: one NEW', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, [w.v(1), w.v(4, { time: '08:30' }), w.v(2), w.v(3)]));
    expect(b.sent).toEqual(['NEW Okafor Mon 08:30']);
  });
});

// ---- two visits of one patient on one day -------------------------------------------------------

describe.concurrent("one patient's two visits of a day (no appointment id)", () => {
  const two = (w: Week, first = '08:00', second = '13:00') => [
    w.v(1, { time: first }),
    w.v(2),
    w.v(1, { time: second }),
  ];
  const sorted = (w: Week, first: string, second: string) =>
    csv(
      NOID,
      two(w, first, second).sort((a, b) => a.time.localeCompare(b.time)),
    );

  it('the second moved later (13:00 → 15:00): one UPDATE of it', async (c) => {
    const w = await week(c);
    await w.put('a.csv', sorted(w, '08:00', '13:00'));
    const b = await w.put('b.csv', sorted(w, '08:00', '15:00'));
    expect(b.sent).toEqual(['UPDATE Smith Mon 15:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Smith Mon 08:00 active',
      'Smith Mon 15:00 active',
    ]);
  });

  it('the first moved, still first (08:00 → 11:00): one UPDATE of it', async (c) => {
    const w = await week(c);
    await w.put('a.csv', sorted(w, '08:00', '13:00'));
    const b = await w.put('b.csv', sorted(w, '11:00', '13:00'));
    expect(b.sent).toEqual(['UPDATE Smith Mon 11:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Smith Mon 11:00 active',
      'Smith Mon 13:00 active',
    ]);
  });

  it('the first moved past the second (08:00 → 16:00): the 13:00 stays, the portal ends with 13:00 and 16:00', async (c) => {
    // The file lists both of the patient's visits that day: the 08:00 is gone and a 16:00 is new,
    // moved or cancelled and booked, the same two visits either way. Held would be safe too.
    const w = await week(c);
    await w.put('a.csv', sorted(w, '08:00', '13:00'));
    const b = await w.put('b.csv', sorted(w, '13:00', '16:00'));
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else {
      expect(b.sent.filter((s) => s.includes('13:00'))).toEqual([]);
      expect(w.portal().filter((l) => l.endsWith('active'))).toEqual([
        'Garcia Mon 09:00 active',
        'Smith Mon 13:00 active',
        'Smith Mon 16:00 active',
      ]);
    }
  });

  // Was a false hold (a slot clash) until 59f: the 07:00 row is numbered slot 1, the 08:00 row takes
  // slot 1's id sent at 08:00. The 07:00 row now settles after the file's others (derived-slots.ts).
  it('a third visit added before the first (07:00): one NEW, the others untouched', async (c) => {
    const w = await week(c);
    await w.put('a.csv', sorted(w, '08:00', '13:00'));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(1, { time: '07:00' }), w.v(1), w.v(2), w.v(1, { time: '13:00' })]),
    );
    expect(b.sent).toEqual(['NEW Smith Mon 07:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Smith Mon 07:00 active',
      'Smith Mon 08:00 active',
      'Smith Mon 13:00 active',
    ]);
  });

  it('the second cancelled: one CANCEL of it, the first stays', async (c) => {
    const w = await week(c);
    await w.put('a.csv', sorted(w, '08:00', '13:00'));
    const b = await w.put(
      'b.csv',
      csv(NOID, [w.v(1), w.v(2), w.v(1, { time: '13:00', status: 'Cancelled' })]),
    );
    expect(b.sent).toEqual(['CANCEL Smith Mon 13:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Smith Mon 08:00 active',
      'Smith Mon 13:00 cancelled',
    ]);
  });

  it('the first left out of the next export (an upcoming list), the second moved: held, nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', sorted(w, '08:00', '13:00'));
    const b = await w.put('b.csv', csv(NOID, [w.v(2), w.v(1, { time: '15:00' })]));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
  });

  it('two visits with two providers at 08:00 and 08:30, the second moved: one UPDATE of it', async (c) => {
    const w = await week(c);
    const rows = (t: string) => [w.v(1), w.v(1, { time: t, provider: 'Cho, Daniel MD' }), w.v(2)];
    await w.put('a.csv', csv(NOID, rows('08:30')));
    const b = await w.put('b.csv', csv(NOID, rows('09:30')));
    expect(b.sent).toEqual(['UPDATE Smith Mon 09:30']);
    const full = w.portal(true);
    expect(full).toHaveLength(3);
    expect(full.find((l) => l.includes('Cho'))).toMatch(/^Smith Mon 09:30 active /);
    expect(full.filter((l) => l.includes('Lee')).map((l) => l.split(' active')[0])).toEqual([
      'Garcia Mon 09:00',
      'Smith Mon 08:00',
    ]);
  });
});

// ---- the provider ------------------------------------------------------------------------------

describe.concurrent('the provider renamed or reassigned (no appointment id)', () => {
  it("the provider's name written without the credential (Lee, Anna MD → Lee, Anna): no visit sent beside itself", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        day3(w, () => ({ provider: 'Lee, Anna' })),
      ),
    );
    expect(b.sent.filter((s) => s.startsWith('NEW'))).toEqual([]);
    expect(twice(w.portal())).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('the provider written first name first (Anna Lee MD): no visit sent beside itself', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        day3(w, () => ({ provider: 'Anna Lee MD' })),
      ),
    );
    expect(b.sent.filter((s) => s.startsWith('NEW'))).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it("one visit reassigned to another provider at the same time (Lee's absent for Garcia): Garcia at 09:00 once", async (c) => {
    // Reassigned, or cancelled with Lee and booked with Cho: one visit at 09:00 either way. A NEW
    // beside Lee's (still booked) is the visit shown twice.
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put('b.csv', csv(NOID, day3(w, onRow(2, { provider: 'Cho, Daniel MD' }))));
    expect(twice(w.portal())).toEqual([]);
    if (b.job.state !== 'held')
      expect(w.portal(true).filter((l) => l.startsWith('Garcia') && l.includes('active'))).toEqual([
        'Garcia Mon 09:00 active Follow Up | Cho, Daniel MD',
      ]);
  });

  it('the whole day reassigned to another provider at the same times: held, nothing sent', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        day3(w, () => ({ provider: 'Cho, Daniel MD' })),
      ),
    );
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('one visit reassigned and moved (Garcia 09:00 Lee → 11:00 Cho): never both booked', async (c) => {
    // Lee's 09:00 is not in the file, which lists the day: moved to Cho, or cancelled and booked
    // again. A person could not tell the file is the whole day (not snapshot mode): held, or
    // the 11:00 booked with the 09:00 no longer active.
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(NOID, day3(w, onRow(2, { provider: 'Cho, Daniel MD', time: '11:00' }))),
    );
    const on = w.portal().filter((l) => l.startsWith('Garcia') && l.endsWith('active'));
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(on).toEqual(['Garcia Mon 11:00 active']);
  });
});

// ---- the patient's name or birth date corrected ---------------------------------------------------

describe.concurrent("the patient's name or birth date corrected", () => {
  it('a family-name typo fixed with a chart number (Smiht → Smith): one UPDATE, shown once', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w, onRow(1, { patient: 'Smiht, John' }))));
    const b = await w.put('b.csv', csv(NOID, day3(w)));
    expect(b.sent).toEqual(['UPDATE Smith Mon 08:00']);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a family-name typo fixed with no chart number (Smiht → Smith, one birth date): not shown twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w, onRow(1, { patient: 'Smiht, John' }))));
    const b = await w.put('b.csv', csv(NAMES_ONLY, day3(w)));
    const smith = w.portal().filter((l) => l.includes('Mon 08:00') && l.endsWith('active'));
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(smith).toEqual(['Smith Mon 08:00 active']);
  });

  it('a given-name typo fixed with no chart number (Mraia → Maria): not shown twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w, onRow(2, { patient: 'Garcia, Mraia' }))));
    const b = await w.put('b.csv', csv(NAMES_ONLY, day3(w)));
    expect(w.portal().filter((l) => l.includes('Mon 09:00') && l.endsWith('active'))).toHaveLength(1);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
  });

  // Fixed in 56e (held): one name with a birth date of the same year a digit typo apart, at one start with one
  // provider, the old one left out of the file (same-person.ts perhapsSamePerson); a father and his son
  // (another year) still go.
  it('a birth date corrected with no chart number (03/21/1962 → 03/12/1962): not shown twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w, onRow(2, { dob: '03/21/1962' }))));
    const b = await w.put('b.csv', csv(NAMES_ONLY, day3(w)));
    expect(w.portal().filter((l) => l.includes('Mon 09:00') && l.endsWith('active'))).toHaveLength(1);
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
  });

  // Fixed in 56e (held): left-behind.ts pairs a NEW with an appointment the file leaves out of a patient perhaps
  // the same (perhapsSamePerson: a name or birth date a typo apart) with one provider, at another start.
  it('a name typo fixed and the visit moved in one export (no chart number): not shown twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NAMES_ONLY, day3(w, onRow(3, { patient: 'Nguyen, Tranh' }))));
    const b = await w.put('b.csv', csv(NAMES_ONLY, day3(w, onRow(3, { time: '12:00' }))));
    const on = w.portal().filter((l) => l.startsWith('Nguyen') && l.endsWith('active'));
    if (b.job.state === 'held') expect(b.sent).toEqual([]);
    else expect(on).toEqual(['Nguyen Mon 12:00 active']);
  });
});

// ---- days, ranges and late files -----------------------------------------------------------------

/** A week's export: Smith Mon 08:00, Garcia Tue 09:00, Nguyen Wed 10:00, Okafor Thu 11:00. */
const weekRows = (w: Week, o: (k: number) => Partial<Visit> & { day?: number } = () => ({})) =>
  [1, 2, 3, 4].map((k) => w.v(k, { day: k - 1, ...o(k) }));
const WEEK_PORTAL = [
  'Garcia Tue 09:00 active',
  'Nguyen Wed 10:00 active',
  'Okafor Thu 11:00 active',
  'Smith Mon 08:00 active',
];

describe.concurrent("a week's export, days' exports, and files that arrive late", () => {
  it("a visit left out of the next day's export (not snapshot mode): nothing sent, still booked", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        day3(w).filter((v) => !v.patient.startsWith('Nguyen')),
      ),
    );
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('a visit left out of the next export of the day in snapshot mode (1 of 10): one CANCEL', async (c) => {
    // One of three would be a mass cancellation (over the 20 % limit) and held; one of ten is not.
    const w = await week(c, true);
    const ten = Array.from({ length: 10 }, (_, i) => w.v(i + 1));
    await w.put('a.csv', csv(NOID, ten));
    const b = await w.put(
      'b.csv',
      csv(
        NOID,
        ten.filter((v) => !v.patient.startsWith('Nguyen')),
      ),
    );
    expect(b.sent).toEqual(['CANCEL Nguyen Mon 10:00']);
    expect(w.portal().filter((l) => l.startsWith('Nguyen'))).toEqual(['Nguyen Mon 10:00 cancelled']);
  });

  it("the week's export, then Tuesday's alone, unchanged: nothing sent", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, weekRows(w)));
    expect((await w.put('b.csv', csv(NOID, [weekRows(w)[1]!]))).sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("snapshot mode: the week's export, then Tuesday's alone: the other days are not cancelled", async (c) => {
    const w = await week(c, true);
    await w.put('a.csv', csv(NOID, weekRows(w)));
    expect((await w.put('b.csv', csv(NOID, [weekRows(w)[1]!]))).sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("the week's export, then Wednesday's with Nguyen moved to 14:00: one UPDATE", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, weekRows(w)));
    const b = await w.put('b.csv', csv(NOID, [w.v(3, { day: 2, time: '14:00' })]));
    expect(b.sent).toEqual(['UPDATE Nguyen Wed 14:00']);
  });

  it("Monday's export, then the week's (Monday unchanged): NEW for the other days alone", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(NOID, [weekRows(w)[0]!]));
    const b = await w.put('b.csv', csv(NOID, weekRows(w)));
    expect(b.sent.sort()).toEqual(['NEW Garcia Tue 09:00', 'NEW Nguyen Wed 10:00', 'NEW Okafor Thu 11:00']);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("FAULT: the week's export lists Garcia on Wednesday instead of Tuesday: never both booked", async (c) => {
    // The file covers Tuesday (and lists nothing else for Garcia): moved, or cancelled and booked
    // again. Not snapshot mode: the file need not be the whole week, so a person could not be
    // sure the Tuesday visit is off. Held; never the Wednesday visit beside a Tuesday one still on.
    const w = await week(c);
    await w.put('a.csv', csv(NOID, weekRows(w)));
    const b = await w.put('b.csv', csv(NOID, weekRows(w, onRow(2, { day: 2 }))));
    expect(b.job.state).toBe('held');
    expect(JSON.stringify(b.job.doubts)).toContain('within the dates this file lists');
    expect(b.sent).toEqual([]);
    expect(w.portal()).toEqual(WEEK_PORTAL);
  });

  it("snapshot mode: the week's export (ten visits) lists Garcia on Wednesday instead of Tuesday: Tuesday cancelled, Wednesday booked", async (c) => {
    const w = await week(c, true);
    const ten = (moved: boolean) =>
      Array.from({ length: 10 }, (_, i) => w.v(i + 1, { day: i === 1 && moved ? 2 : i % 5 }));
    await w.put('a.csv', csv(NOID, ten(false)));
    const b = await w.put('b.csv', csv(NOID, ten(true)));
    expect(b.sent.sort()).toEqual(['CANCEL Garcia Tue 09:00', 'NEW Garcia Wed 09:00']);
    expect(w.portal().filter((l) => l.startsWith('Garcia'))).toEqual([
      'Garcia Tue 09:00 cancelled',
      'Garcia Wed 09:00 active',
    ]);
  });

  it("Tuesday's file, then Wednesday's listing Garcia (a second visit, Tuesday's not covered): booked, Tuesday's stays", async (c) => {
    // Wednesday's file says nothing of Tuesday: a patient's next visit of a series is booked.
    const w = await week(c);
    await w.put('tue.csv', csv(NOID, [w.v(2, { day: 1 }), w.v(5, { day: 1 })]));
    const b = await w.put('wed.csv', csv(NOID, [w.v(2, { day: 2 }), w.v(6, { day: 2 })]));
    expect(b.sent.sort()).toEqual(['NEW Brown Wed 13:00', 'NEW Garcia Wed 09:00']);
    expect(w.portal()).toEqual([
      'Brown Wed 13:00 active',
      'Garcia Tue 09:00 active',
      'Garcia Wed 09:00 active',
      'Kowalski Tue 12:00 active',
    ]);
  });

  it("another day's file arriving late (Monday's, written before Tuesday's, dropped after it): Monday's visits go", async (c) => {
    const w = await week(c);
    const now = Date.now();
    await w.put('appts_tue.csv', csv(NOID, [w.v(2, { day: 1 })]), new Date(now - 60_000));
    const b = await w.put('appts_mon.csv', csv(NOID, [w.v(1), w.v(3)]), new Date(now - 3_600_000));
    // Nothing it lists was sent, nothing it would undo: no reason to ask.
    expect(b.sent.sort()).toEqual(['NEW Nguyen Mon 10:00', 'NEW Smith Mon 08:00']);
  });

  it('an older export of the same day arriving after a newer one moved Garcia: Garcia is not moved back', async (c) => {
    const w = await week(c);
    const now = Date.now();
    const older = csv(NOID, day3(w));
    await w.put('a.csv', older, new Date(now - 3_600_000));
    await w.put('b.csv', csv(NOID, day3(w, onRow(2, { time: '14:00' }))), new Date(now - 60_000));
    const c2 = await w.put('a copy.csv', `${older}\r\n`, new Date(now - 1_800_000));
    expect(c2.sent).toEqual([]);
    expect(w.portal()).toContain('Garcia Mon 14:00 active');
  });
});

// ---- with appointment ids ------------------------------------------------------------------------

describe.concurrent('appointment ids reused or renumbered', () => {
  const idOf = (w: Week, v: Visit, n: string) => ({ ...v, id: `${v.id.split('-')[0]}-${n}` });

  it("an id reused for the same patient's new visit after its cancellation: the visit booked at the new time", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    await w.put('b.csv', csv(OWN, day3(w, onRow(1, { status: 'Cancelled' }))));
    const c2 = await w.put('c.csv', csv(OWN, day3(w, onRow(1, { day: 3, time: '11:00' }))));
    expect(c2.sent).toEqual(['UPDATE Smith Thu 11:00']);
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Thu 11:00 active',
    ]);
  });

  it("FAULT: an id reused for another patient's visit after the first was cancelled: held, the cancelled visit not turned into another patient's", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    await w.put('b.csv', csv(OWN, day3(w, onRow(1, { status: 'Cancelled' }))));
    const reused = { ...w.v(4, { day: 2 }), id: w.v(1).id };
    const c2 = await w.put('c.csv', csv(OWN, [w.v(2), w.v(3), reused]));
    expect(c2.sent).toEqual([]);
    expect(c2.job.state).toBe('held');
    expect(w.portal()).toEqual([
      'Garcia Mon 09:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:00 cancelled',
    ]);
  });

  it('FAULT: ids renumbered after a re-install (A1–A3 → 5001–5003), the same visits: held, nothing booked twice', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w).map((v, i) => idOf(w, v, `500${i + 1}`)),
      ),
    );
    expect(b.sent).toEqual([]);
    expect(b.job.state).toBe('held');
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it("FAULT: ids renumbered onto each other (Smith's A1 now Garcia's, …): held, no visit turned into another", async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put(
      'b.csv',
      csv(
        OWN,
        day3(w).map((v, i) => idOf(w, v, `A${((i + 1) % 3) + 1}`)),
      ),
    );
    expect(b.sent).toEqual([]);
    expect(b.job.state).toBe('held');
    expect(w.portal()).toEqual(BASE_PORTAL);
  });

  it('an id moved to another day (same patient, same id): one UPDATE', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    const b = await w.put('b.csv', csv(OWN, day3(w, onRow(2, { day: 1 }))));
    expect(b.sent).toEqual(['UPDATE Garcia Tue 09:00']);
    expect(w.portal()).toEqual([
      'Garcia Tue 09:00 active',
      'Nguyen Mon 10:00 active',
      'Smith Mon 08:00 active',
    ]);
  });

  it('the same id-bearing export twice, then Excel-restyled: nothing sent after the first', async (c) => {
    const w = await week(c);
    await w.put('a.csv', csv(OWN, day3(w)));
    expect((await w.put('b.csv', csv(OWN, day3(w)))).sent).toEqual([]);
    expect((await w.put('c.csv', crlf(excel(table(OWN, day3(w)))))).sent).toEqual([]);
    expect(w.portal()).toEqual(BASE_PORTAL);
  });
});
