// Red-team probes (round 51h) against what round 51 loosened in the engine: a later file with no
// column for the type, location or provider keeps, for an id already sent, what was sent for it
// (changes/kept-details.ts), and a cancellation never sent is remembered (revived-cancels.ts).
// Each probe tries to make the connector keep something stale on the portal, put one visit there
// twice, or book a cancelled one: a visit moved in a file that dropped its provider, location or
// type column, a location closed, a type changed and then dropped, an id given to another patient,
// ids made from patient, provider and day when the later file has no provider column, a file that
// cancels and then a file with no status. Each drops its files into a real engine (real importer,
// ledger and sandbox on loopback); the portal's end state was worked out by hand BEFORE the probe
// first ran. A probe whose name starts with FAULT sent wrong before its fix.
//
// Every schedule is in Chicago, Monday 2027-03-01, before daylight saving time (CST, UTC-6: local
// + 6 h). Portal lines read `patient MM-DDTHH:MM(Z) state`, sorted.
import { type Harness } from './support/engine-harness.ts';
import { dropAll, engine, type Outcome, portal, portalFull, twice } from './support/portal-drops.ts';
import {
  NAMES,
  chart,
  type Visit,
  visit,
  DAY,
  OWN,
  without,
  csv,
  at,
  line,
  DAY_PORTAL,
  BASE,
  MODES,
} from './support/day-visits.ts';

const actions = (o: Outcome) => o.sent.map((s) => `${s.action} ${s.appointmentId}`);

/** Patient i's portal appointment by chart, with what it shows: `start state type | location | provider`. */
const shown = (h: Harness, i: number) =>
  portalFull(h)
    .filter((l) => l.split(' ')[1] === chart(i))
    .map((l) => l.split(' ').slice(2).join(' '));
const DERIVED = without(OWN, 'Appt ID');

// ---- a later file that leaves a column out, own ids ---------------------------------------------

describe.concurrent('own ids: a later file with no column for the provider, location or type', () => {
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: A3 moved (10:00 → 15:00) in a file with no Provider column: one UPDATE, Dr Lee kept`, async ({
      onTestFinished,
    }) => {
      // The file cannot say who sees A3 now; what was sent stands (the placeholder would blank it).
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: BASE },
        {
          name: 'b.csv',
          text: csv(
            without(OWN, 'Provider'),
            DAY((k) => (k === 3 ? { time: '15:00' } : {})),
          ),
        },
      ]);
      expect(actions(two!)).toEqual(['UPDATE A3']);
      expect(shown(h, 3)).toEqual([`${at(1, 15)} active Follow Up | Main St Clinic | Anna Lee, MD`]);
    }, 60_000);
  }

  it('A5 moved (12:00 → 16:30) in a file with no Location or Type: Main St Clinic and Follow Up kept', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      {
        name: 'b.csv',
        text: csv(
          without(OWN, 'Location', 'Type'),
          DAY((k) => (k === 5 ? { time: '16:30' } : {})),
        ),
      },
    ]);
    expect(actions(two!)).toEqual(['UPDATE A5']);
    expect(shown(h, 5)).toEqual([`${at(1, 16, 30)} active Follow Up | Main St Clinic | Anna Lee, MD`]);
  }, 60_000);

  it('a type changed (A2 New Patient) and then a file without Type moves A2: the newer type kept', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two, three] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      {
        name: 'b.csv',
        text: csv(
          OWN,
          DAY((k) => (k === 2 ? { type: 'New Patient' } : {})),
        ),
      },
      {
        name: 'c.csv',
        text: csv(
          without(OWN, 'Type'),
          DAY((k) => (k === 2 ? { time: '15:30' } : {})),
        ),
      },
    ]);
    expect(actions(two!)).toEqual(['UPDATE A2']);
    expect(actions(three!)).toEqual(['UPDATE A2']);
    expect(shown(h, 2)).toEqual([`${at(1, 15, 30)} active New Patient | Main St Clinic | Anna Lee, MD`]);
  }, 60_000);

  it('a location closed (A6 North Clinic → Main St Clinic), then a file without Location: Main St stays', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two, three] = await dropAll(h, [
      {
        name: 'a.csv',
        text: csv(
          OWN,
          DAY((k) => (k === 6 ? { location: 'North Clinic' } : {})),
        ),
      },
      { name: 'b.csv', text: BASE },
      {
        name: 'c.csv',
        text: csv(
          without(OWN, 'Location'),
          DAY((k) => (k === 6 ? { time: '16:00' } : {})),
        ),
      },
    ]);
    expect(actions(two!)).toEqual(['UPDATE A6']);
    expect(actions(three!)).toEqual(['UPDATE A6']);
    expect(shown(h, 6)).toEqual([`${at(1, 16)} active Follow Up | Main St Clinic | Anna Lee, MD`]);
  }, 60_000);

  it('a file without a Location column whose title states one (Location: North Clinic): the title goes', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      { name: 'b.csv', text: csv(without(OWN, 'Location'), DAY(), ['Location: North Clinic', '']) },
    ]);
    expect(two!.sent).toHaveLength(10);
    expect(portalFull(h).filter((l) => l.includes('| North Clinic |'))).toHaveLength(10);
  }, 60_000);

  it('an id given to another patient in a file with no Provider, Location or Type: never Okafor’s details for her', async ({
    onTestFinished,
  }) => {
    // A4 was Chidi Okafor's; the file lists Ana Rivera (chart 1011) under A4 at A4's start. Whether
    // the id moved is no question the kept details may answer: nothing of Okafor's visit goes as
    // hers, and Okafor's stays on the portal unless a status says otherwise.
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      {
        name: 'b.csv',
        text: csv(
          without(OWN, 'Provider', 'Location', 'Type'),
          DAY((k) => (k === 4 ? { patient: 'Rivera, Ana', chart: '1011', dob: '02/14/1988' } : {})),
        ),
      },
    ]);
    expect(two!.sent.filter((s) => s.appointmentId === 'A4' && s.action === 'UPDATE')).toEqual([]);
    expect(shown(h, 4)).toEqual([`${at(1, 11)} active Follow Up | Main St Clinic | Anna Lee, MD`]);
  }, 60_000);
});

// ---- ids made from patient, provider and day, and a later file with no provider column ----------

describe.concurrent('no appointment id: a later file with no Provider column', () => {
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: the same day sheet without its Provider column: nothing goes, each visit once`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: csv(DERIVED, DAY()) },
        { name: 'b.csv', text: csv(without(DERIVED, 'Provider'), DAY()) },
      ]);
      expect(two!.sent).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    }, 60_000);

    it(`${mode}: without its Provider column, visit 3 moved within its day: never twice`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      await dropAll(h, [
        { name: 'a.csv', text: csv(DERIVED, DAY()) },
        {
          name: 'b.csv',
          text: csv(
            without(DERIVED, 'Provider'),
            DAY((k) => (k === 3 ? { time: '15:00' } : {})),
          ),
        },
      ]);
      expect(twice(h)).toEqual([]);
      // Patient 3 is on the portal once: at 10:00 (a held file) or at 15:00 (moved), never both.
      expect(portal(h).filter((l) => l.startsWith(`${chart(3)} `) && l.endsWith(' active'))).toHaveLength(1);
    }, 60_000);

    it(`${mode}: visit 4 cancelled in the first file (never sent), then a sheet with no Status or Provider lists it: not booked`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [one, two] = await dropAll(h, [
        {
          name: 'a.csv',
          text: csv(
            DERIVED,
            DAY((k) => (k === 4 ? { status: 'Cancelled' } : {})),
          ),
        },
        { name: 'b.csv', text: csv(without(DERIVED, 'Provider', 'Status'), DAY()) },
      ]);
      expect(one!.sent).toHaveLength(9);
      expect(two!.sent.filter((s) => s.action === 'NEW')).toEqual([]);
      expect(portal(h).filter((l) => l.startsWith(`${chart(4)} `) && l.endsWith(' active'))).toEqual([]);
    }, 60_000);

    it(`${mode}: visit 4 sent, cancelled by the next file, then a sheet with no Status or Provider lists it: stays cancelled`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two, three] = await dropAll(h, [
        { name: 'a.csv', text: csv(DERIVED, DAY()) },
        {
          name: 'b.csv',
          text: csv(
            DERIVED,
            DAY((k) => (k === 4 ? { status: 'Cancelled' } : {})),
          ),
        },
        { name: 'c.csv', text: csv(without(DERIVED, 'Provider', 'Status'), DAY()) },
      ]);
      expect(two!.sent.map((s) => s.action)).toEqual(['CANCEL']);
      expect(three!.sent.filter((s) => s.action === 'NEW' || s.action === 'UPDATE')).toEqual([]);
      expect(portal(h).filter((l) => l.startsWith(`${chart(4)} `) && l.endsWith(' active'))).toEqual([]);
    }, 60_000);
  }
});

// ---- a derived id that now belongs to another visit of the patient --------------------------------

describe.concurrent('no appointment id: a patient’s two visits of a day, the earlier one left out', () => {
  // Patient 3: a 10:00 lab draw and a 14:00 follow-up with Dr Lee (slots 1 and 2 of the day).
  const two3 = (o: (k: number) => Partial<Visit> = () => ({})) => [
    ...DAY((k) => (k === 3 ? { type: 'Lab Draw', ...o(k) } : o(k))),
    visit(3, { time: '14:00' }),
  ];
  const withLab = [...DAY_PORTAL, line(3, 1, 14)].sort();

  it('the follow-up unchanged in a file without Type that no longer lists the lab draw: nothing goes', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: csv(DERIVED, two3()) },
      {
        name: 'b.csv',
        text: csv(
          without(DERIVED, 'Type'),
          DAY().filter((v) => v.patient !== NAMES[3]),
        ),
      },
      {
        name: 'c.csv',
        text: csv(without(DERIVED, 'Type'), [
          ...DAY().filter((v) => v.patient !== NAMES[3]),
          visit(3, { time: '14:00' }),
        ]),
      },
    ]);
    expect(two!.sent).toEqual([]);
    expect(portal(h)).toEqual(withLab);
    expect(shown(h, 3)).toEqual([
      `${at(1, 10)} active Lab Draw | Main St Clinic | Anna Lee, MD`,
      `${at(1, 14)} active Follow Up | Main St Clinic | Anna Lee, MD`,
    ]);
  }, 60_000);

  it('the follow-up moved to 15:00 in a file without Type that leaves out the lab draw: never a Lab Draw at 15:00', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    await dropAll(h, [
      { name: 'a.csv', text: csv(DERIVED, two3()) },
      {
        name: 'b.csv',
        text: csv(without(DERIVED, 'Type'), [
          ...DAY().filter((v) => v.patient !== NAMES[3]),
          visit(3, { time: '15:00' }),
        ]),
      },
    ]);
    expect(shown(h, 3).filter((l) => l.startsWith(at(1, 15)) && l.includes('Lab Draw'))).toEqual([]);
    expect(twice(h)).toEqual([]);
  }, 60_000);
});

// ---- a file that cancels, then a file with no status ----------------------------------------------

describe.concurrent('own ids: a cancellation, then files with no status column', () => {
  const noStatus = without(OWN, 'Status');
  const cancelled4 = DAY((k) => (k === 4 ? { status: 'Cancelled' } : {}));
  it('snapshot: A4 cancelled (sent), then a sheet with no Status and no Type lists A4: a row error, stays cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two, three] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      { name: 'b.csv', text: csv(OWN, cancelled4) },
      { name: 'c.csv', text: csv(without(noStatus, 'Type'), DAY()) },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
    expect(actions(three!)).toEqual([]);
    expect(three!.job.rowErrors?.map((e) => e.appointmentId)).toEqual(['A4']);
    expect(shown(h, 4)[0]).toMatch(/ cancelled /);
  }, 60_000);

  it('A4 cancelled in the first file (never sent), a list that leaves A4 out, then a sheet with no Status lists it: not booked', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two, three] = await dropAll(h, [
      { name: 'a.csv', text: csv(OWN, cancelled4) },
      {
        name: 'b.csv',
        text: csv(
          OWN,
          DAY().filter((v) => v.id !== 'A4'),
        ),
      },
      { name: 'c.csv', text: csv(noStatus, DAY()) },
    ]);
    expect(two!.sent).toEqual([]);
    expect(actions(three!)).toEqual([]);
    expect(three!.job.rowErrors?.map((e) => e.appointmentId)).toEqual(['A4']);
    expect(shown(h, 4)).toEqual([]);
  }, 60_000);

  it('A4 cancelled in the first file (never sent), then a sheet with no Status lists A4 at another time: not booked', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: csv(OWN, cancelled4) },
      {
        name: 'b.csv',
        text: csv(
          noStatus,
          DAY((k) => (k === 4 ? { time: '16:00' } : {})),
        ),
      },
    ]);
    expect(actions(two!)).toEqual([]);
    expect(shown(h, 4)).toEqual([]);
  }, 60_000);

  it('A4 cancelled in the first file, booked again by a list with Status (NEW), then a sheet with no Status: nothing more', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two, three] = await dropAll(h, [
      { name: 'a.csv', text: csv(OWN, cancelled4) },
      { name: 'b.csv', text: BASE },
      { name: 'c.csv', text: csv(noStatus, DAY()) },
    ]);
    expect(actions(two!)).toEqual(['NEW A4']);
    expect(actions(three!)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);
});
