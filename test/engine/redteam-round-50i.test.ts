// Red-team probes (round 50i) on what goes to the portal from one export to the next: NEW, UPDATE
// and CANCEL, in snapshot mode and outside it. A wrong CANCEL takes a real appointment off a
// patient's portal, a wrong UPDATE moves it, a NEW under a fresh id shows one visit twice. Each
// probe drops two or three exports into a real engine (real importer, ledger and sandbox on
// loopback) and compares the portal the sandbox holds afterwards with the one worked out by hand
// BEFORE the probe first ran. A probe whose name starts with FAULT sent wrong before its fix.
//
// Every schedule is in Chicago, in the week of Monday 2027-03-01, before daylight saving time
// (CST, UTC-6: local + 6 h): 08:00 = 14:00Z, 09:00 = 15:00Z, 10:00 = 16:00Z, 14:00 = 20:00Z.
// Portal lines read `patient MM-DDTHH:MM(Z) state`, sorted.
import { confirmMapping, type Harness, saveSettings } from './support/engine-harness.ts';
import { drop, dropAll, engine, type Outcome, portal, sandboxDir } from './support/portal-drops.ts';
import { portalAppointments } from './support/sandbox-log.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';

/** The portal's active appointments only. */
const active = (h: Harness) => portal(h).filter((l) => l.endsWith(' active'));
/** The portal by appointment id: `id patient MM-DDTHH:MM state`. */
function portalById(h: Harness): string[] {
  return portalAppointments(sandboxDir(h), h.settings.practices[0]!.practiceId)
    .map(
      (a) =>
        `${a.appointmentId} ${a.patientId} ${new Date(a.start).toISOString().slice(5, 16)} ${a.cancelled ? 'cancelled' : 'active'}`,
    )
    .sort();
}

/** Held for review as a snapshot that may hold only part of the schedule, nothing sent. */
function expectHeldPartial(o: Outcome): void {
  expect(o.job.state, o.job.reason).toBe('held');
  expect(o.job.doubts!.map((d) => d.check)).toEqual(['partial-snapshot']);
  expect(o.sent).toEqual([]);
}

const actions = (o: Outcome) => o.sent.map((s) => s.action);
const cancels = (os: Outcome[]) => os.flatMap((o) => o.sent).filter((s) => s.action === 'CANCEL');

// ---- the exports -----------------------------------------------------------------------------

const NAMES = [
  '',
  '"Smith, John"',
  '"Garcia, Maria"',
  '"Nguyen, Thanh"',
  '"Okafor, Chidi"',
  '"Kowalski, Anna"',
  '"Brown, Lisa"',
  '"Patel, Ravi"',
  '"Johnson, Mark"',
  '"Lopez, Sofia"',
  '"Kim, Min"',
  '"Davis, Paul"',
  '"Wilson, Emma"',
];
/** Patient i: chart 100i (two digits), a birth date of their own. */
const chart = (i: number) => `10${String(i).padStart(2, '0')}`;
const dob = (i: number) => `0${(i % 9) + 1}/1${i % 10}/19${60 + i}`;

interface RowOpts {
  prov?: string;
  loc?: string;
  type?: string;
  status?: string;
  dob?: string;
}
const OWN_HEADER = 'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Location,Type,Status';
/** An own-id row: appointment `A{id}` of patient i on `date` (`03/01`) at `time` (24 h, local). */
const own = (id: number, i: number, date: string, time: string, o: RowOpts = {}) =>
  `A${id},${chart(i)},${NAMES[i]},${o.dob ?? dob(i)},${date}/2027,${time},"${o.prov ?? 'Lee, Anna MD'}",${o.loc ?? 'Main St Clinic'},${o.type ?? 'Follow Up'},${o.status ?? 'Scheduled'}`;
const DERIVED_HEADER = 'Chart #,Patient,DOB,Date,Time,Provider,Location,Type,Status';
/** The same row with no appointment id (ids made from patient, provider and day). */
const derived = (i: number, date: string, time: string, o: RowOpts = {}) =>
  `${chart(i)},${NAMES[i]},${o.dob ?? dob(i)},${date}/2027,${time},"${o.prov ?? 'Lee, Anna MD'}",${o.loc ?? 'Main St Clinic'},${o.type ?? 'Follow Up'},${o.status ?? 'Scheduled'}`;

/** Local hour h on 03/0d as the portal line's UTC (CST + 6 h). */
const at = (d: number, hour: number, min = 0) =>
  `03-0${d}T${String(hour + 6).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
const line = (i: number, d: number, hour: number, state = 'active', min = 0) =>
  `${chart(i)} ${at(d, hour, min)} ${state}`;

/** Ten appointments A1…A10 on Monday 03/01, patient i at 07:00 + i h (08:00 … 17:00). */
const DAY = (o: (i: number) => RowOpts = () => ({})) =>
  Array.from({ length: 10 }, (_, k) =>
    own(k + 1, k + 1, '03/01', `${String(7 + k + 1).padStart(2, '0')}:00`, o(k + 1)),
  );
const DAY_PORTAL = Array.from({ length: 10 }, (_, k) => line(k + 1, 1, 7 + k + 1));
const title = (...lines: string[]) => ['Appointment List', ...lines, 'Dates: 03/01/2027 - 03/01/2027', ''];

// ---- the probes --------------------------------------------------------------------------------

describe.concurrent('a report filtered to part of the schedule (snapshot mode)', () => {
  it('one office named in the title, no location column: the other office keeps its appointments', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const loc = (i: number) => ({ loc: i <= 5 ? 'Main St Clinic' : 'North Clinic' });
    const [one, two] = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(loc)] },
      {
        name: 'north_0301.csv',
        lines: [
          ...title('Location: North Clinic'),
          'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Type,Status',
          ...DAY(loc)
            .slice(5)
            .map((r) => r.replace(',North Clinic', '')),
        ],
      },
    ]);
    expect(actions(one!)).toHaveLength(10);
    expect(cancels([two!])).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('one office, with its location column: the other office keeps its appointments', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const loc = (i: number) => ({ loc: i <= 5 ? 'Main St Clinic' : 'North Clinic' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [OWN_HEADER, ...DAY(loc)] },
      { name: 'north_0301.csv', lines: [OWN_HEADER, ...DAY(loc).slice(5)] },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('FAULT: one appointment type named in the title (`Appointment Type: Follow Up`): the lab draw it leaves out stays', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const type = (i: number) => ({ type: i === 10 ? 'Lab Draw' : 'Follow Up' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(type)] },
      {
        name: 'followups_0301.csv',
        lines: [...title('Appointment Type: Follow Up'), OWN_HEADER, ...DAY(type).slice(0, 9)],
      },
    ]);
    expectHeldPartial(outs[1]!);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('FAULT: one visit type named in the title (`Visit Type: New Patient`): the others it leaves out stay', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const type = (i: number) => ({ type: i === 10 ? 'Follow Up' : 'New Patient' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(type)] },
      {
        name: 'np_0301.csv',
        lines: [...title('Visit Type: New Patient'), OWN_HEADER, ...DAY(type).slice(0, 9)],
      },
    ]);
    expectHeldPartial(outs[1]!);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('FAULT: a report of confirmed appointments only (its title): the unconfirmed one it leaves out stays', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const status = (i: number) => ({ status: i === 10 ? 'Unconfirmed' : 'Confirmed' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(status)] },
      {
        name: 'confirmed_0301.csv',
        lines: [
          'Confirmed Appointments',
          'Dates: 03/01/2027 - 03/01/2027',
          '',
          OWN_HEADER,
          ...DAY(status).slice(0, 9),
        ],
      },
    ]);
    expectHeldPartial(outs[1]!);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('FAULT: `Status: Confirmed` as the report filter line: the unconfirmed one it leaves out stays', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const status = (i: number) => ({ status: i === 10 ? 'Unconfirmed' : 'Confirmed' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(status)] },
      {
        name: 'confirmed_0301.csv',
        lines: [...title('Status: Confirmed'), OWN_HEADER, ...DAY(status).slice(0, 9)],
      },
    ]);
    expectHeldPartial(outs[1]!);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('FAULT: a file named for confirmed appointments only: the unconfirmed one it leaves out stays', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const status = (i: number) => ({ status: i === 10 ? 'Unconfirmed' : 'Confirmed' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [OWN_HEADER, ...DAY(status)] },
      { name: 'confirmed_only_0301.csv', lines: [OWN_HEADER, ...DAY(status).slice(0, 9)] },
    ]);
    expectHeldPartial(outs[1]!);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('a filter of every status (`Status: All`) or a list of every booked one (`Scheduled Appointments`, `Confirmed and Unconfirmed`) cancels what it leaves out (control)', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [...title(), OWN_HEADER, ...DAY()] },
      { name: 'day_b.csv', lines: [...title('Status: All'), OWN_HEADER, ...DAY().slice(0, 9)] },
      {
        name: 'day_c.csv',
        lines: [
          'Scheduled Appointments',
          'Dates: 03/01/2027 - 03/01/2027',
          '',
          OWN_HEADER,
          ...DAY().slice(0, 8),
        ],
      },
      {
        name: 'day_d.csv',
        lines: [
          'Confirmed and Unconfirmed Appointments',
          'Dates: 03/01/2027 - 03/01/2027',
          '',
          OWN_HEADER,
          ...DAY().slice(0, 7),
        ],
      },
    ]);
    for (const o of outs.slice(1)) {
      expect(o.job.state, o.job.reason).toBe('processed');
      expect(actions(o)).toEqual(['CANCEL']);
    }
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k >= 7 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);

  it('a report of confirmed appointments that leaves nothing out goes with no question (control)', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...DAY()] },
      // Patient 4 moved to 11:30: an UPDATE, nothing to cancel.
      {
        name: 'confirmed_0301.csv',
        lines: [
          'Confirmed Appointments',
          '',
          OWN_HEADER,
          ...DAY().map((r) => (r.startsWith('A4,') ? r.replace('11:00', '11:30') : r)),
        ],
      },
    ]);
    expect(outs[1]!.job.state, outs[1]!.job.reason).toBe('processed');
    expect(actions(outs[1]!)).toEqual(['UPDATE']);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 3 ? line(4, 1, 11, 'active', 30) : l)));
  }, 60_000);

  it('a report of confirmed appointments held for what it leaves out goes once a person accepts it', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    saveSettings(h);
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...DAY()] },
      {
        name: 'confirmed_0301.csv',
        lines: [...title('Status: Confirmed'), OWN_HEADER, ...DAY().slice(0, 9)],
      },
    ]);
    expectHeldPartial(outs[1]!);
    expect(outs[1]!.job.doubts![0]!.message).toContain(
      "its title lists only part of the schedule ('Status: Confirmed')",
    );
    await confirmMapping(h, '--accept-cancellations');
    await h.waitFor((jobs) => jobs.some((j) => j.id === outs[1]!.job.id && j.state === 'processed'));
    await new Promise((r) => setTimeout(r, 400));
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 9 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);

  it('no sign of a filter: the appointment the next full export leaves out is cancelled (control)', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [...title(), OWN_HEADER, ...DAY()] },
      { name: 'day_b.csv', lines: [...title(), OWN_HEADER, ...DAY().slice(0, 9)] },
    ]);
    expect(outs[1]!.job.state, outs[1]!.job.reason).toBe('processed');
    expect(actions(outs[1]!)).toEqual(['CANCEL']);
    expect(portal(h)).toEqual([...DAY_PORTAL.slice(0, 9), line(10, 1, 17, 'cancelled')].sort());
  }, 60_000);

  it('one provider written two ways (`Lee, Anna MD`, then `Dr. Anna Lee`): nothing cancelled, nothing moved', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...DAY()] },
      { name: 'day_b.csv', lines: [OWN_HEADER, ...DAY(() => ({ prov: 'Dr. Anna Lee' }))] },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('one provider written two ways, ids made from the rows: each visit stays on the portal once', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = (prov: string) =>
      Array.from({ length: 10 }, (_, k) =>
        derived(k + 1, '03/01', `${String(8 + k).padStart(2, '0')}:00`, { prov }),
      );
    await dropAll(h, [
      { name: 'day_a.csv', lines: [DERIVED_HEADER, ...rows('Lee, Anna MD')] },
      { name: 'day_b.csv', lines: [DERIVED_HEADER, ...rows('Dr. Anna Lee')] },
    ]);
    expect(active(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it("one provider's report (title `Provider: Lee, Anna MD`, no provider column): Dr Patel's stay", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const prov = (i: number) => ({ prov: i % 2 ? 'Lee, Anna MD' : 'Patel, Raj MD' });
    const lee = DAY(prov)
      .filter((_, k) => k % 2 === 0)
      .map((r) => r.replace(',"Lee, Anna MD"', ''));
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(prov)] },
      {
        name: 'lee_0301.csv',
        lines: [
          ...title('Provider: Lee, Anna MD'),
          'Appt ID,Chart #,Patient,DOB,Date,Time,Location,Type,Status',
          ...lee,
        ],
      },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it("one provider's rows only, with the provider column: Dr Patel's stay", async ({ onTestFinished }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const prov = (i: number) => ({ prov: i % 2 ? 'Lee, Anna MD' : 'Patel, Raj MD' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [OWN_HEADER, ...DAY(prov)] },
      { name: 'lee_0301.csv', lines: [OWN_HEADER, ...DAY(prov).filter((_, k) => k % 2 === 0)] },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('one office named in the title as `Facility:`: the other office keeps its appointments', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const loc = (i: number) => ({ loc: i <= 5 ? 'Main St Clinic' : 'North Clinic' });
    const outs = await dropAll(h, [
      { name: 'all_0301.csv', lines: [...title(), OWN_HEADER, ...DAY(loc)] },
      {
        name: 'north_0301.csv',
        lines: [
          ...title('Facility: North Clinic'),
          'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Type,Status',
          ...DAY(loc)
            .slice(5)
            .map((r) => r.replace(',North Clinic', '')),
        ],
      },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('a report of one office that adds the other office back the next day cancels nothing in between', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const loc = (i: number) => ({ loc: i <= 5 ? 'Main St Clinic' : 'North Clinic' });
    const outs = await dropAll(h, [
      { name: 'all_a.csv', lines: [OWN_HEADER, ...DAY(loc)] },
      { name: 'main_only.csv', lines: [OWN_HEADER, ...DAY(loc).slice(0, 5)] },
      { name: 'all_b.csv', lines: [OWN_HEADER, ...DAY(loc)] },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);
});

/** A week's report: patient i (1…10) on day 1 + floor((i-1)/2) at 09:00 or 14:00. */
const weekRow = (i: number, kind: 'own' | 'derived' = 'own') =>
  kind === 'own'
    ? own(i, i, `03/0${1 + Math.floor((i - 1) / 2)}`, i % 2 ? '09:00' : '14:00')
    : derived(i, `03/0${1 + Math.floor((i - 1) / 2)}`, i % 2 ? '09:00' : '14:00');
const weekLine = (i: number, state = 'active') => line(i, 1 + Math.floor((i - 1) / 2), i % 2 ? 9 : 14, state);
const WEEK = Array.from({ length: 10 }, (_, k) => k + 1);

describe.concurrent('a rolling report (`Next 7 days`) run on Monday, then on Tuesday (snapshot mode)', () => {
  // Monday's report lists 03/01-03/05 (two a day); Tuesday's lists 03/02-03/08 with two new
  // appointments on Monday 03/08 (A11, A12: 12 p. 9:00, 11 p. 14:00).
  const monday = (stated: boolean) => [
    'Appointments - Next 7 Days',
    ...(stated ? ['Dates: 03/01/2027 - 03/07/2027'] : []),
    '',
    OWN_HEADER,
    ...WEEK.map((i) => weekRow(i)),
  ];
  const tuesday = (stated: boolean, drop: number[] = []) => [
    'Appointments - Next 7 Days',
    ...(stated ? ['Dates: 03/02/2027 - 03/08/2027'] : []),
    '',
    OWN_HEADER,
    ...WEEK.filter((i) => i > 2 && !drop.includes(i)).map((i) => weekRow(i)),
    own(11, 11, '03/08', '14:00'),
    own(12, 12, '03/08', '09:00'),
  ];
  const NEXT = [`${chart(11)} 03-08T20:00 active`, `${chart(12)} 03-08T15:00 active`];

  it("Monday's appointments, behind Tuesday's report, stay; Monday 03/08 is new", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two] = await dropAll(h, [
      { name: 'next7_mon.csv', lines: monday(false) },
      { name: 'next7_tue.csv', lines: tuesday(false) },
    ]);
    expect(two!.job.state, two!.job.reason).toBe('processed');
    expect(actions(two!)).toEqual(['NEW', 'NEW']);
    expect(portal(h)).toEqual([...WEEK.map((i) => weekLine(i)), ...NEXT].sort());
  }, 60_000);

  it('the same with the dates stated in the title', async ({ onTestFinished }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two] = await dropAll(h, [
      { name: 'next7_mon.csv', lines: monday(true) },
      { name: 'next7_tue.csv', lines: tuesday(true) },
    ]);
    expect(two!.job.state, two!.job.reason).toBe('processed');
    expect(actions(two!)).toEqual(['NEW', 'NEW']);
    expect(portal(h)).toEqual([...WEEK.map((i) => weekLine(i)), ...NEXT].sort());
  }, 60_000);

  it("Wednesday's 14:00 gone from Tuesday's report is cancelled, nothing else (control)", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two] = await dropAll(h, [
      { name: 'next7_mon.csv', lines: monday(true) },
      { name: 'next7_tue.csv', lines: tuesday(true, [6]) },
    ]);
    expect(two!.job.state, two!.job.reason).toBe('processed');
    expect(actions(two!).sort()).toEqual(['CANCEL', 'NEW', 'NEW']);
    expect(portal(h)).toEqual(
      [...WEEK.map((i) => weekLine(i, i === 6 ? 'cancelled' : 'active')), ...NEXT].sort(),
    );
  }, 60_000);

  it("Tuesday's report written at 10:00 leaves out that morning's 9:00 visit: over, not cancelled", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two] = await dropAll(h, [
      { name: 'next7_mon.csv', lines: monday(false), written: '2027-03-01T13:00:00Z' },
      // 10:00 CST on Tuesday = 16:00Z; patient 3's 9:00 visit that day is over.
      { name: 'next7_tue.csv', lines: tuesday(false, [3]), written: '2027-03-02T16:00:00Z' },
    ]);
    expect(two!.job.state, two!.job.reason).toBe('processed');
    expect(cancels([two!])).toEqual([]);
    expect(portal(h)).toEqual([...WEEK.map((i) => weekLine(i)), ...NEXT].sort());
  }, 60_000);

  it("Tuesday's report written at 7:00 leaves out that day's 9:00 visit: still ahead, so cancelled", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two] = await dropAll(h, [
      { name: 'next7_mon.csv', lines: monday(false), written: '2027-03-01T13:00:00Z' },
      { name: 'next7_tue.csv', lines: tuesday(false, [3]), written: '2027-03-02T13:00:00Z' },
    ]);
    expect(two!.job.state, two!.job.reason).toBe('processed');
    expect(portal(h)).toEqual(
      [...WEEK.map((i) => weekLine(i, i === 3 ? 'cancelled' : 'active')), ...NEXT].sort(),
    );
  }, 60_000);

  it("Monday's report dropped again after Tuesday's (copied back, older): Monday 03/08 is not cancelled", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'next7_mon.csv', lines: monday(true), written: '2026-12-01T13:00:00Z' },
      { name: 'next7_tue.csv', lines: tuesday(true, [6]), written: '2026-12-02T13:00:00Z' },
      { name: 'next7_mon_copy.csv', lines: monday(true), written: '2026-12-01T13:00:00Z' },
    ]);
    // Patient 6's Wednesday visit, cancelled by Tuesday's report, is not booked again by Monday's.
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(
      [...WEEK.map((i) => weekLine(i, i === 6 ? 'cancelled' : 'active')), ...NEXT].sort(),
    );
  }, 60_000);
});

describe.concurrent('a report cut short, or with rows that cannot be read (snapshot mode)', () => {
  const stated = ['Appointment List', 'Dates: 03/01/2027 - 03/05/2027', ''];

  it('a week stated, rows stopping on Wednesday: Thursday and Friday are not cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'week_a.csv', lines: [...stated, OWN_HEADER, ...WEEK.map((i) => weekRow(i))] },
      {
        name: 'week_b.csv',
        lines: [...stated, OWN_HEADER, ...WEEK.filter((i) => i <= 6).map((i) => weekRow(i))],
      },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(WEEK.map((i) => weekLine(i)));
  }, 60_000);

  it('FAULT: a busy week stated, rows stopping on Wednesday, two quiet days after it: Thursday and Friday are not cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    // Monday to Wednesday: five visits a day (patients 1-12 and 1-3 again, ids A1-A15); Thursday
    // and Friday one each (A16, A17). The second export stops after Wednesday: 2 of 17 (12 %).
    const busy = Array.from({ length: 15 }, (_, k) =>
      own(k + 1, (k % 12) + 1, `03/0${1 + Math.floor(k / 5)}`, `${String(8 + (k % 5)).padStart(2, '0')}:00`),
    );
    const quiet = [
      own(16, 4, '03/04', '09:00', { type: 'Physical' }),
      own(17, 5, '03/05', '09:00', { type: 'Physical' }),
    ];
    const outs = await dropAll(h, [
      { name: 'week_a.csv', lines: [...stated, OWN_HEADER, ...busy, ...quiet] },
      { name: 'week_b.csv', lines: [...stated, OWN_HEADER, ...busy] },
    ]);
    expectHeldPartial(outs[1]!);
    expect(cancels(outs)).toEqual([]);
    expect(active(h)).toHaveLength(17);
  }, 60_000);

  it("a week stated, Friday's only visit deleted: cancelled with no question (control)", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    // Patients 1-8 Monday to Thursday, patient 9 alone on Friday 9:00 (A9), then deleted.
    const rows = WEEK.filter((i) => i !== 10).map((i) => weekRow(i));
    const outs = await dropAll(h, [
      { name: 'week_a.csv', lines: [...stated, OWN_HEADER, ...rows] },
      { name: 'week_b.csv', lines: [...stated, OWN_HEADER, ...rows.slice(0, 8)] },
    ]);
    expect(outs[1]!.job.state, outs[1]!.job.reason).toBe('processed');
    expect(actions(outs[1]!)).toEqual(['CANCEL']);
    expect(portal(h)).toEqual(
      WEEK.filter((i) => i !== 10).map((i) => weekLine(i, i === 9 ? 'cancelled' : 'active')),
    );
  }, 60_000);

  it('the file cut off in the middle of its last row: nothing it leaves out is cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...rows] },
      { name: 'day_b.csv', lines: [OWN_HEADER, ...rows.slice(0, 8), rows[8]!.slice(0, 18)] },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(active(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('a bad birth date on one row, then fixed: that appointment is never cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...DAY()] },
      { name: 'day_b.csv', lines: [OWN_HEADER, ...DAY((i) => (i === 3 ? { dob: '13/45/1963' } : {}))] },
      { name: 'day_c.csv', lines: [OWN_HEADER, ...DAY()] },
    ]);
    expect(outs[1]!.job.counts?.errors).toBe(1);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('a bad birth date with ids made from the rows, then fixed: nothing cancelled, nothing twice', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = (bad: boolean) =>
      Array.from({ length: 10 }, (_, k) =>
        derived(
          k + 1,
          '03/01',
          `${String(8 + k).padStart(2, '0')}:00`,
          bad && k === 2 ? { dob: '02/30/1963' } : {},
        ),
      );
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [DERIVED_HEADER, ...rows(false)] },
      { name: 'day_b.csv', lines: [DERIVED_HEADER, ...rows(true)] },
      { name: 'day_c.csv', lines: [DERIVED_HEADER, ...rows(false)] },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('a bad appointment date on one row: that appointment is not cancelled', async ({ onTestFinished }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...rows] },
      {
        name: 'day_b.csv',
        lines: [
          OWN_HEADER,
          ...rows.slice(0, 2),
          rows[2]!.replace('03/01/2027', '03/41/2027'),
          ...rows.slice(3),
        ],
      },
    ]);
    expect(cancels(outs)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('a row with no appointment id: nothing cancelled from that file; the next clean one cancels what is gone', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'day_a.csv', lines: [OWN_HEADER, ...rows] },
      // Patient 5's visit deleted; patient 3's row lost its id.
      {
        name: 'day_b.csv',
        lines: [OWN_HEADER, ...rows.slice(0, 2), rows[2]!.replace(/^A3,/, ','), rows[3]!, ...rows.slice(5)],
      },
      { name: 'day_c.csv', lines: [OWN_HEADER, ...rows.slice(0, 4), ...rows.slice(5)] },
    ]);
    expect(cancels(outs.slice(0, 2))).toEqual([]);
    expect(actions(outs[2]!)).toEqual(['CANCEL']);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 4 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);
});

describe.concurrent('two reports of one schedule dropped into one folder', () => {
  const listRows = WEEK.map((i) => weekRow(i));
  const sheetRows = WEEK.map((i) => weekRow(i, 'derived'));
  const ALL_ACTIVE = WEEK.map((i) => weekLine(i));

  it('snapshot mode: a day sheet (no ids), then the list with its ids: each visit once on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    await dropAll(h, [
      { name: 'daysheet.csv', lines: [DERIVED_HEADER, ...sheetRows] },
      { name: 'list.csv', lines: [OWN_HEADER, ...listRows] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);

  it('snapshot mode: the list, then the day sheet: each visit once on the portal, none cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    await dropAll(h, [
      { name: 'list.csv', lines: [OWN_HEADER, ...listRows] },
      { name: 'daysheet.csv', lines: [DERIVED_HEADER, ...sheetRows] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);

  it('snapshot mode, practice limit 100 %: list, day sheet, list again: each visit once on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true, maxSnapshotCancelPercent: 100 });
    await dropAll(h, [
      { name: 'list_a.csv', lines: [OWN_HEADER, ...listRows] },
      { name: 'daysheet.csv', lines: [DERIVED_HEADER, ...sheetRows] },
      { name: 'list_b.csv', lines: [OWN_HEADER, ...listRows] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);

  it('outside snapshot mode: a day sheet, then the list with its ids: each visit once on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    await dropAll(h, [
      { name: 'daysheet.csv', lines: [DERIVED_HEADER, ...sheetRows] },
      { name: 'list.csv', lines: [OWN_HEADER, ...listRows] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);

  it('two lists with ids of their own (`Appt ID`, then `Confirmation #` of other numbers): each visit once', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const other = listRows.map((r) => r.replace(/^A(\d+),/, (_, n: string) => `C-${900 + Number(n)},`));
    await dropAll(h, [
      { name: 'list.csv', lines: [OWN_HEADER, ...listRows] },
      { name: 'confirmations.csv', lines: [OWN_HEADER.replace('Appt ID', 'Confirmation #'), ...other] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);

  it('outside snapshot mode, two lists with other ids of their own: each visit once', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const other = listRows.map((r) => r.replace(/^A(\d+),/, (_, n: string) => `C-${900 + Number(n)},`));
    await dropAll(h, [
      { name: 'list.csv', lines: [OWN_HEADER, ...listRows] },
      { name: 'confirmations.csv', lines: [OWN_HEADER.replace('Appt ID', 'Confirmation #'), ...other] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);

  it("snapshot mode: the week's list, then one day's sheet without ids: that day's visits once each, none cancelled", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    await dropAll(h, [
      { name: 'list.csv', lines: [OWN_HEADER, ...listRows] },
      { name: 'daysheet_0303.csv', lines: [DERIVED_HEADER, ...sheetRows.slice(4, 6)] },
    ]);
    expect(active(h)).toEqual(ALL_ACTIVE);
  }, 60_000);
});

describe.concurrent("one patient's two visits of a day, one deleted", () => {
  // Patient 1 at 09:00 (lab draw) and 14:00 (follow-up) on 03/01 with Dr Lee; patient 2 at 11:00.
  const rows = (make: 'own' | 'derived', keep: number[]) => {
    const all =
      make === 'own'
        ? [
            own(1, 1, '03/01', '09:00', { type: 'Lab Draw' }),
            own(2, 1, '03/01', '14:00'),
            own(3, 2, '03/01', '11:00'),
            own(4, 3, '03/01', '15:00'),
          ]
        : [
            derived(1, '03/01', '09:00', { type: 'Lab Draw' }),
            derived(1, '03/01', '14:00'),
            derived(2, '03/01', '11:00'),
            derived(3, '03/01', '15:00'),
          ];
    return [make === 'own' ? OWN_HEADER : DERIVED_HEADER, ...all.filter((_, k) => keep.includes(k))];
  };
  const p = (over: Partial<PracticeSettings>) => ({ maxSnapshotCancelPercent: 100, ...over });

  it('ids of its own, snapshot: the morning one deleted is cancelled, the afternoon one stays', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, p({ snapshotMode: true }));
    await dropAll(h, [
      { name: 'a.csv', lines: rows('own', [0, 1, 2, 3]) },
      { name: 'b.csv', lines: rows('own', [1, 2, 3]) },
    ]);
    expect(portal(h)).toEqual(
      [line(1, 1, 9, 'cancelled'), line(1, 1, 14), line(2, 1, 11), line(3, 1, 15)].sort(),
    );
  }, 60_000);

  it('ids made from the rows, snapshot: the morning one deleted: the afternoon one stays at 14:00, once', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, p({ snapshotMode: true }));
    await dropAll(h, [
      { name: 'a.csv', lines: rows('derived', [0, 1, 2, 3]) },
      { name: 'b.csv', lines: rows('derived', [1, 2, 3]) },
    ]);
    expect(active(h)).toEqual([line(1, 1, 14), line(2, 1, 11), line(3, 1, 15)].sort());
  }, 60_000);

  it('ids made from the rows, snapshot: the afternoon one deleted: the morning one stays at 09:00, once', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, p({ snapshotMode: true }));
    await dropAll(h, [
      { name: 'a.csv', lines: rows('derived', [0, 1, 2, 3]) },
      { name: 'b.csv', lines: rows('derived', [0, 2, 3]) },
    ]);
    expect(active(h)).toEqual([line(1, 1, 9), line(2, 1, 11), line(3, 1, 15)].sort());
  }, 60_000);

  it('ids made from the rows, outside snapshot mode: the morning one deleted: never the afternoon one moved onto it', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, p({}));
    await dropAll(h, [
      { name: 'a.csv', lines: rows('derived', [0, 1, 2, 3]) },
      { name: 'b.csv', lines: rows('derived', [1, 2, 3]) },
    ]);
    // The 14:00 stays once; the 9:00 may stay (nothing says it went), never moved to 14:00.
    expect(active(h).filter((l) => l.includes(at(1, 14)))).toEqual([line(1, 1, 14)]);
    expect(active(h)).toContain(line(2, 1, 11));
  }, 60_000);

  it('ids made from the rows, snapshot: rows re-ordered (afternoon first): nothing sent', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, p({ snapshotMode: true }));
    const a = rows('derived', [0, 1, 2, 3]);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', lines: a },
      { name: 'b.csv', lines: [a[0]!, ...a.slice(1).reverse()] },
    ]);
    expect(two!.sent).toEqual([]);
    expect(active(h)).toEqual([line(1, 1, 9), line(1, 1, 14), line(2, 1, 11), line(3, 1, 15)].sort());
  }, 60_000);

  it('ids made from the rows, snapshot: the morning one deleted, then listed again (restored): once each', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, p({ snapshotMode: true }));
    await dropAll(h, [
      { name: 'a.csv', lines: rows('derived', [0, 1, 2, 3]) },
      { name: 'b.csv', lines: rows('derived', [1, 2, 3]) },
      { name: 'c.csv', lines: rows('derived', [0, 1, 2, 3]) },
    ]);
    expect(active(h)).toEqual([line(1, 1, 9), line(1, 1, 14), line(2, 1, 11), line(3, 1, 15)].sort());
  }, 60_000);
});

describe.concurrent('an appointment moved, rebooked or rescheduled', () => {
  const stated = (d1: string, d2: string) => ['Appointment List', `Dates: ${d1} - ${d2}`, ''];

  it('snapshot: moved from Wednesday to next Wednesday, then next week listed: once, at its new time', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true, maxSnapshotCancelPercent: 100 });
    const week = WEEK.map((i) => weekRow(i));
    await dropAll(h, [
      { name: 'w1_a.csv', lines: [...stated('03/01/2027', '03/05/2027'), OWN_HEADER, ...week] },
      // A5 (patient 5, Wed 03/03 9:00) moved to Wed 03/10 9:00: this week's report no longer lists it.
      {
        name: 'w1_b.csv',
        lines: [...stated('03/01/2027', '03/05/2027'), OWN_HEADER, ...week.filter((_, k) => k !== 4)],
      },
      {
        name: 'w2.csv',
        lines: [...stated('03/08/2027', '03/12/2027'), OWN_HEADER, own(5, 5, '03/10', '09:00')],
      },
    ]);
    expect(portalById(h).filter((l) => l.startsWith('A5 '))).toEqual([`A5 ${chart(5)} 03-10T15:00 active`]);
    expect(active(h)).toHaveLength(10);
  }, 60_000);

  it('outside snapshot mode: moved to next week under its id: one UPDATE, nothing left at the old time', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const week = WEEK.map((i) => weekRow(i));
    const [, two] = await dropAll(h, [
      { name: 'w1.csv', lines: [OWN_HEADER, ...week] },
      {
        name: 'w1_b.csv',
        lines: [OWN_HEADER, ...week.filter((_, k) => k !== 4), own(5, 5, '03/10', '09:00')],
      },
    ]);
    expect(actions(two!)).toEqual(['UPDATE']);
    expect(active(h)).toEqual(
      WEEK.map((i) => (i === 5 ? `${chart(5)} 03-10T15:00 active` : weekLine(i))).sort(),
    );
  }, 60_000);

  it('snapshot, ids made from the rows: moved to next week: never twice on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true, maxSnapshotCancelPercent: 100 });
    const week = WEEK.map((i) => weekRow(i, 'derived'));
    await dropAll(h, [
      { name: 'w1_a.csv', lines: [...stated('03/01/2027', '03/05/2027'), DERIVED_HEADER, ...week] },
      {
        name: 'w1_b.csv',
        lines: [...stated('03/01/2027', '03/05/2027'), DERIVED_HEADER, ...week.filter((_, k) => k !== 4)],
      },
      {
        name: 'w2.csv',
        lines: [...stated('03/08/2027', '03/12/2027'), DERIVED_HEADER, derived(5, '03/10', '09:00')],
      },
    ]);
    expect(active(h).filter((l) => l.startsWith(`${chart(5)} `))).toEqual([`${chart(5)} 03-10T15:00 active`]);
  }, 60_000);

  it('outside snapshot mode: deleted and booked again at the same time under a new id: once on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const rows = DAY();
    await dropAll(h, [
      { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [OWN_HEADER, ...rows.filter((_, k) => k !== 2), rows[2]!.replace(/^A3,/, 'A33,')],
      },
    ]);
    expect(active(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('snapshot: deleted and booked again at the same time under a new id: once on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = DAY();
    await dropAll(h, [
      { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [OWN_HEADER, ...rows.filter((_, k) => k !== 2), rows[2]!.replace(/^A3,/, 'A33,')],
      },
    ]);
    expect(active(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('`Rescheduled` on the old row and a new row at the new time (new id): never both on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const rows = DAY();
    await dropAll(h, [
      { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [
          OWN_HEADER,
          ...rows.slice(0, 2),
          own(3, 3, '03/01', '10:00', { status: 'Rescheduled' }),
          ...rows.slice(3),
          own(11, 3, '03/03', '10:00'),
        ],
      },
    ]);
    const three = active(h).filter((l) => l.startsWith(`${chart(3)} `));
    expect(three.length).toBe(1);
  }, 60_000);

  it('snapshot: `Rescheduled` on the old row and a new row at the new time: never both on the portal', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = DAY();
    await dropAll(h, [
      { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [
          OWN_HEADER,
          ...rows.slice(0, 2),
          own(3, 3, '03/01', '10:00', { status: 'Rescheduled' }),
          ...rows.slice(3),
          own(11, 3, '03/01', '16:30'),
        ],
      },
    ]);
    expect(active(h).filter((l) => l.startsWith(`${chart(3)} `)).length).toBe(1);
  }, 60_000);

  it('ids made from the rows: `Rescheduled` at the old time, booked at the new time of the same day: never both', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const rows = Array.from({ length: 10 }, (_, k) =>
      derived(k + 1, '03/01', `${String(8 + k).padStart(2, '0')}:00`),
    );
    await dropAll(h, [
      { name: 'a.csv', lines: [DERIVED_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [
          DERIVED_HEADER,
          ...rows.slice(0, 2),
          derived(3, '03/01', '10:00', { status: 'Rescheduled' }),
          ...rows.slice(3),
          derived(3, '03/01', '16:30'),
        ],
      },
    ]);
    expect(active(h).filter((l) => l.startsWith(`${chart(3)} `)).length).toBeLessThanOrEqual(1);
  }, 60_000);

  it('`Rescheduled` on the moved row itself at its new time (same id): never left at the old time too', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const rows = DAY();
    await dropAll(h, [
      { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [
          OWN_HEADER,
          ...rows.slice(0, 2),
          own(3, 3, '03/02', '10:00', { status: 'Rescheduled' }),
          ...rows.slice(3),
        ],
      },
    ]);
    expect(active(h).filter((l) => l.startsWith(`${chart(3)} `)).length).toBeLessThanOrEqual(1);
  }, 60_000);
});

describe.concurrent('an older export dropped after a newer one', () => {
  it("yesterday's file (older modification time) does not book again what today's cancelled", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'mon.csv', lines: [OWN_HEADER, ...rows], written: '2026-12-01T13:00:00Z' },
      {
        name: 'tue.csv',
        lines: [OWN_HEADER, ...DAY((i) => (i === 4 ? { status: 'Cancelled' } : {}))],
        written: '2026-12-02T13:00:00Z',
      },
      { name: 'mon_again.csv', lines: [OWN_HEADER, ...rows], written: '2026-12-01T13:00:00Z' },
    ]);
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 3 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);

  it("yesterday's file does not move back what today's moved", async ({ onTestFinished }) => {
    const h = await engine(onTestFinished);
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'mon.csv', lines: [OWN_HEADER, ...rows], written: '2026-12-01T13:00:00Z' },
      {
        name: 'tue.csv',
        lines: [OWN_HEADER, ...rows.slice(0, 3), own(4, 4, '03/02', '11:00'), ...rows.slice(4)],
        written: '2026-12-02T13:00:00Z',
      },
      { name: 'mon_again.csv', lines: [OWN_HEADER, ...rows], written: '2026-12-01T13:00:00Z' },
    ]);
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 3 ? line(4, 2, 11) : l)).sort());
  }, 60_000);

  it("snapshot: yesterday's file does not cancel what today's booked, nor book what today's deleted", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true, maxSnapshotCancelPercent: 100 });
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'mon.csv', lines: [OWN_HEADER, ...rows.slice(0, 9)], written: '2026-12-01T13:00:00Z' },
      // Today: A10 booked, A2 deleted.
      { name: 'tue.csv', lines: [OWN_HEADER, rows[0]!, ...rows.slice(2)], written: '2026-12-02T13:00:00Z' },
      { name: 'mon_again.csv', lines: [OWN_HEADER, ...rows.slice(0, 9)], written: '2026-12-01T13:00:00Z' },
    ]);
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 1 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);

  it("an older `Printed` stamp (same modification times): today's cancellation is not undone", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const rows = DAY();
    const outs = await dropAll(h, [
      { name: 'a.csv', lines: ['Appointment List', 'Printed: 12/05/2026 7:00 AM', '', OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [
          'Appointment List',
          'Printed: 12/06/2026 7:00 AM',
          '',
          OWN_HEADER,
          ...DAY((i) => (i === 4 ? { status: 'Cancelled' } : {})),
        ],
      },
      { name: 'c.csv', lines: ['Appointment List', 'Printed: 12/05/2026 7:00 AM', '', OWN_HEADER, ...rows] },
    ]);
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 3 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);

  it("snapshot, ids made from the rows: yesterday's file does not book again the visit today's left out", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true, maxSnapshotCancelPercent: 100 });
    const rows = Array.from({ length: 10 }, (_, k) =>
      derived(k + 1, '03/01', `${String(8 + k).padStart(2, '0')}:00`),
    );
    const outs = await dropAll(h, [
      { name: 'mon.csv', lines: [DERIVED_HEADER, ...rows], written: '2026-12-01T13:00:00Z' },
      {
        name: 'tue.csv',
        lines: [DERIVED_HEADER, ...rows.filter((_, k) => k !== 6)],
        written: '2026-12-02T13:00:00Z',
      },
      { name: 'mon_again.csv', lines: [DERIVED_HEADER, ...rows], written: '2026-12-01T13:00:00Z' },
    ]);
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 6 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);
});

describe.concurrent("the practice's time zone changed between exports", () => {
  it('snapshot, ids of its own: the same file read in the new zone moves every visit by the hour, once each', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    await drop(h, { name: 'a.csv', lines: [OWN_HEADER, ...DAY()] });
    await h.stopEngine();
    h.settings.practices[0]!.timeZone = 'America/New_York';
    await h.start();
    const two = await drop(h, { name: 'b.csv', lines: ['Appointment List', OWN_HEADER, ...DAY()] });
    // The setting was corrected: 8:00 … 17:00 EST = 13:00Z … 22:00Z, one UPDATE each, nothing cancelled.
    expect(cancels([two])).toEqual([]);
    expect(portal(h)).toEqual(
      Array.from({ length: 10 }, (_, k) => `${chart(k + 1)} 03-01T${12 + k + 1}:00 active`),
    );
  }, 60_000);

  it('snapshot, ids made from the rows: after the zone change each visit is on the portal once', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const rows = Array.from({ length: 10 }, (_, k) =>
      derived(k + 1, '03/01', `${String(8 + k).padStart(2, '0')}:00`),
    );
    await drop(h, { name: 'a.csv', lines: [DERIVED_HEADER, ...rows] });
    await h.stopEngine();
    h.settings.practices[0]!.timeZone = 'America/New_York';
    await h.start();
    await drop(h, { name: 'b.csv', lines: ['Appointment List', DERIVED_HEADER, ...rows] });
    const act = active(h);
    expect(act).toHaveLength(10);
    expect(act).toEqual(
      Array.from({ length: 10 }, (_, k) => `${chart(k + 1)} 03-01T${12 + k + 1}:00 active`),
    );
  }, 60_000);

  it('snapshot: a late visit that crosses midnight UTC stays in range after the zone change', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    // 19:30 CST = 01:30Z on 03/02; in Los Angeles (PST, UTC-8) 03:30Z.
    const rows = [...DAY().slice(0, 9), own(10, 10, '03/01', '19:30')];
    await drop(h, { name: 'a.csv', lines: [OWN_HEADER, ...rows] });
    await h.stopEngine();
    h.settings.practices[0]!.timeZone = 'America/Los_Angeles';
    await h.start();
    const two = await drop(h, { name: 'b.csv', lines: ['Appointment List', OWN_HEADER, ...rows] });
    expect(cancels([two])).toEqual([]);
    expect(active(h)).toHaveLength(10);
  }, 60_000);
});

describe.concurrent(
  'a stated range, a report written during its days, names and birth dates (snapshot mode)',
  () => {
    // Twelve visits on Monday 03/01 (patients 1-12, 08:00 … 13:30 every half hour: A1-A12).
    const twelve = Array.from({ length: 12 }, (_, k) =>
      own(k + 1, k + 1, '03/01', `${String(8 + Math.floor(k / 2)).padStart(2, '0')}:${k % 2 ? '30' : '00'}`),
    );
    const twelveLine = (k: number, state = 'active') =>
      line(k + 1, 1, 8 + Math.floor(k / 2), state, k % 2 ? 30 : 0);
    const stated = ['Appointment List', 'Dates: 03/01/2027 - 03/01/2027', ''];

    it("FAULT: a day's report stating its date, written at 8:45 and listing from 9:00: the morning's visits are over, not cancelled", async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const outs = await dropAll(h, [
        { name: 'day_0700.csv', lines: [...stated, OWN_HEADER, ...twelve], written: '2027-03-01T13:00:00Z' },
        // 8:45 CST = 14:45Z: the rows from 9:00 on (A3-A12); A1-A2 (8:00, 8:30) had begun: left out.
        {
          name: 'day_0845.csv',
          lines: [...stated, OWN_HEADER, ...twelve.slice(2)],
          written: '2027-03-01T14:45:00Z',
        },
      ]);
      expect(cancels(outs)).toEqual([]);
      expect(portal(h)).toEqual(twelve.map((_, k) => twelveLine(k)).sort());
    }, 60_000);

    it("a day's report stating its date, written at 11:15, that leaves out a visit after its first row: cancelled (control)", async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const outs = await dropAll(h, [
        { name: 'day_0700.csv', lines: [...stated, OWN_HEADER, ...twelve], written: '2027-03-01T13:00:00Z' },
        // A10 (12:30) deleted; the file lists every other visit of the day.
        {
          name: 'day_1115.csv',
          lines: [...stated, OWN_HEADER, ...twelve.filter((_, k) => k !== 9)],
          written: '2027-03-01T17:15:00Z',
        },
      ]);
      expect(outs[1]!.job.state, outs[1]!.job.reason).toBe('processed');
      expect(actions(outs[1]!)).toEqual(['CANCEL']);
      expect(portal(h)).toEqual(twelve.map((_, k) => twelveLine(k, k === 9 ? 'cancelled' : 'active')).sort());
    }, 60_000);

    it("a day's report stating its date, written the evening before, that leaves out the first visit: cancelled (control)", async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const outs = await dropAll(h, [
        { name: 'day_a.csv', lines: [...stated, OWN_HEADER, ...twelve], written: '2027-02-28T23:00:00Z' },
        {
          name: 'day_b.csv',
          lines: [...stated, OWN_HEADER, ...twelve.slice(1)],
          written: '2027-03-01T00:00:00Z',
        },
      ]);
      expect(actions(outs[1]!)).toEqual(['CANCEL']);
      expect(portal(h)).toEqual(twelve.map((_, k) => twelveLine(k, k === 0 ? 'cancelled' : 'active')).sort());
    }, 60_000);

    it("two weeks stated, then this week alone: next week's visits stay", async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const next = [own(11, 11, '03/08', '09:00'), own(12, 12, '03/09', '14:00')];
      const outs = await dropAll(h, [
        {
          name: 'two_weeks.csv',
          lines: [
            'Appointment List',
            'Dates: 03/01/2027 - 03/12/2027',
            '',
            OWN_HEADER,
            ...WEEK.map((i) => weekRow(i)),
            ...next,
          ],
        },
        {
          name: 'this_week.csv',
          lines: [
            'Appointment List',
            'Dates: 03/01/2027 - 03/05/2027',
            '',
            OWN_HEADER,
            ...WEEK.map((i) => weekRow(i)),
          ],
        },
      ]);
      expect(outs[1]!.sent).toEqual([]);
      expect(portal(h)).toEqual(
        [
          ...WEEK.map((i) => weekLine(i)),
          `${chart(11)} 03-08T15:00 active`,
          `${chart(12)} 03-09T20:00 active`,
        ].sort(),
      );
    }, 60_000);

    it('no chart number, a birth date corrected: the visit is on the portal once', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true, maxSnapshotCancelPercent: 100 });
      const header = 'Patient,DOB,Date,Time,Provider,Type,Status';
      const rows = (fix: boolean) =>
        Array.from(
          { length: 10 },
          (_, k) =>
            `${NAMES[k + 1]},${k === 2 && fix ? '04/12/1961' : dob(k + 1)},03/01/2027,${String(8 + k).padStart(2, '0')}:00,"Lee, Anna MD",Follow Up,Scheduled`,
        );
      await dropAll(h, [
        { name: 'a.csv', lines: [header, ...rows(false)] },
        { name: 'b.csv', lines: [header, ...rows(true)] },
      ]);
      const act = active(h);
      expect(act).toHaveLength(10);
      // One active visit at each hour 08:00 … 17:00 (14:00Z … 23:00Z).
      expect(act.map((l) => l.split(' ')[1]).sort()).toEqual(DAY_PORTAL.map((l) => l.split(' ')[1]).sort());
    }, 60_000);

    it('no chart number, an unreadable birth date: nothing cancelled from that file; the next clean one cancels what is gone', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const header = 'Patient,DOB,Date,Time,Provider,Type,Status';
      const rows = Array.from(
        { length: 10 },
        (_, k) =>
          `${NAMES[k + 1]},${dob(k + 1)},03/01/2027,${String(8 + k).padStart(2, '0')}:00,"Lee, Anna MD",Follow Up,Scheduled`,
      );
      const outs = await dropAll(h, [
        { name: 'a.csv', lines: [header, ...rows] },
        // Patient 5's visit (12:00) deleted; patient 3's birth date unreadable.
        {
          name: 'b.csv',
          lines: [
            header,
            ...rows.slice(0, 2),
            rows[2]!.replace(dob(3), '31/31/1963'),
            rows[3]!,
            ...rows.slice(5),
          ],
        },
        { name: 'c.csv', lines: [header, ...rows.slice(0, 4), ...rows.slice(5)] },
      ]);
      expect(cancels(outs.slice(0, 2))).toEqual([]);
      expect(actions(outs[2]!)).toEqual(['CANCEL']);
      const act = active(h).map((l) => l.split(' ')[1]);
      expect(act).toHaveLength(9);
      expect(act).not.toContain(at(1, 12));
    }, 60_000);
  },
);

describe.concurrent(
  'a snapshot that cancels nothing, with a visit under a new id or moved (snapshot mode)',
  () => {
    const rows = DAY();
    /** A3 (patient 3, 10:00) deleted and booked again at 10:00 under A33. */
    const rebooked = [...rows.slice(0, 2), rows[2]!.replace(/^A3,/, 'A33,'), ...rows.slice(3)];

    it('rebooked under a new id in a file with a row whose id cannot be read: never twice at its start', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      await dropAll(h, [
        { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
        // Patient 7's row lost its id: the file cancels nothing.
        {
          name: 'b.csv',
          lines: [OWN_HEADER, ...rebooked.map((r) => (r.startsWith('A7,') ? r.replace(/^A7,/, ',') : r))],
        },
      ]);
      expect(active(h).filter((l) => l.includes(at(1, 10)))).toEqual([line(3, 1, 10)]);
    }, 60_000);

    it('FAULT: rebooked under a new id in a report that ends before its last page: never twice at its start', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const outs = await dropAll(h, [
        { name: 'a.csv', lines: ['Appointment List', 'Page 1 of 1', '', OWN_HEADER, ...rows] },
        { name: 'b.csv', lines: ['Appointment List', 'Page 1 of 2', '', OWN_HEADER, ...rebooked] },
      ]);
      expect(outs[1]!.job.state, outs[1]!.job.reason).toBe('held');
      expect(outs[1]!.sent).toEqual([]);
      expect(active(h).filter((l) => l.includes(at(1, 10)))).toEqual([line(3, 1, 10)]);
    }, 60_000);

    it("FAULT: a patient's afternoon visit moved onto the morning one's start in a report cut short: never twice at it", async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      // Patient 1: A1 at 8:00 and A11 at 16:30. The cut-short report lists A11 at 8:00 and not A1.
      const a = [...rows, own(11, 1, '03/01', '16:30')];
      const outs = await dropAll(h, [
        { name: 'a.csv', lines: ['Appointment List', 'Page 1 of 1', '', OWN_HEADER, ...a] },
        {
          name: 'b.csv',
          lines: [
            'Appointment List',
            'Page 1 of 2',
            '',
            OWN_HEADER,
            own(11, 1, '03/01', '08:00'),
            ...rows.slice(1),
          ],
        },
      ]);
      expect(outs[1]!.job.state, outs[1]!.job.reason).toBe('held');
      expect(outs[1]!.sent).toEqual([]);
      expect(active(h).filter((l) => l.includes(at(1, 8)))).toHaveLength(1);
    }, 60_000);

    it('a held mass cancellation accepted after a later full export: what the later one listed stays', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      saveSettings(h);
      const outs = await dropAll(h, [
        { name: 'a.csv', lines: [OWN_HEADER, ...rows] },
        // Only A1-A5: held (5 of 10 would go).
        { name: 'b.csv', lines: [OWN_HEADER, ...rows.slice(0, 5)] },
        // The full schedule again, A10 really deleted.
        { name: 'c.csv', lines: [OWN_HEADER, ...rows.slice(0, 9)] },
      ]);
      expect(outs[1]!.job.state).toBe('held');
      expect(actions(outs[2]!)).toEqual(['CANCEL']);
      await confirmMapping(h, '--accept-cancellations');
      await h.waitFor((jobs) => jobs.some((j) => j.id === outs[1]!.job.id && j.state === 'processed'));
      await new Promise((r) => setTimeout(r, 400));
      expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 9 ? l.replace('active', 'cancelled') : l)));
    }, 60_000);
  },
);

describe.concurrent('more of the same schedule from other files', () => {
  const rows = DAY();
  const cancelled4 = DAY((i) => (i === 4 ? { status: 'Cancelled' } : {}));

  it("yesterday's file with a cancellation, dropped after today's that booked it again: it stays booked", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const outs = await dropAll(h, [
      { name: 'mon.csv', lines: [OWN_HEADER, ...cancelled4], written: '2026-12-01T13:00:00Z' },
      { name: 'tue.csv', lines: [OWN_HEADER, ...rows], written: '2026-12-02T13:00:00Z' },
      {
        name: 'mon_copy.csv',
        lines: ['Appointment List', OWN_HEADER, ...cancelled4],
        written: '2026-12-01T13:00:00Z',
      },
    ]);
    // Monday's cancelled A4 was never sent (nothing to cancel on the portal): Tuesday's books it, NEW.
    expect(actions(outs[1]!)).toEqual(['NEW']);
    expect(outs[2]!.sent).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('snapshot: a list cancels a visit, then a day sheet of the same ids with no status column lists it: it stays cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const header = 'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Location,Type';
    const noStatus = rows.map((r) => r.replace(/,Scheduled$/, ''));
    const outs = await dropAll(h, [
      { name: 'list_a.csv', lines: [OWN_HEADER, ...rows] },
      { name: 'list_b.csv', lines: [OWN_HEADER, ...cancelled4] },
      { name: 'sheet.csv', lines: [header, ...noStatus] },
    ]);
    expect(actions(outs[1]!)).toEqual(['CANCEL']);
    // The sheet goes (its other rows as they are); A4's row is refused, never booked again.
    expect(outs[2]!.sent.filter((x) => x.appointmentId === 'A4')).toEqual([]);
    expect(outs[2]!.job.counts?.errors).toBe(1);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 3 ? l.replace('active', 'cancelled') : l)));
  }, 60_000);

  it('snapshot cut short (`Page 1 of 2`): the list with ids, then a day sheet without: never twice at one start', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const sheet = Array.from({ length: 10 }, (_, k) =>
      derived(k + 1, '03/01', `${String(8 + k).padStart(2, '0')}:00`),
    );
    await dropAll(h, [
      { name: 'list.csv', lines: ['Appointment List', 'Page 1 of 1', '', OWN_HEADER, ...rows] },
      { name: 'sheet.csv', lines: ['Day Sheet', 'Page 1 of 2', '', DERIVED_HEADER, ...sheet.slice(0, 6)] },
    ]);
    expect(active(h)).toEqual(DAY_PORTAL);
  }, 60_000);

  it('snapshot: a visit moved to the next day, both days in one stated range: one UPDATE, nothing cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const stated = ['Appointment List', 'Dates: 03/01/2027 - 03/02/2027', ''];
    const [, two] = await dropAll(h, [
      { name: 'a.csv', lines: [...stated, OWN_HEADER, ...rows] },
      {
        name: 'b.csv',
        lines: [...stated, OWN_HEADER, ...rows.filter((_, k) => k !== 5), own(6, 6, '03/02', '13:00')],
      },
    ]);
    expect(actions(two!)).toEqual(['UPDATE']);
    expect(portal(h)).toEqual(DAY_PORTAL.map((l, k) => (k === 5 ? line(6, 2, 13) : l)).sort());
  }, 60_000);
});
