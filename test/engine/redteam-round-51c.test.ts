// Red-team probes (round 51c): try to make the connector send something for nothing, or show one
// visit twice, with the files a practice really drops after a first export: the same export
// re-saved by Excel (dates `3/1/2027`, `3/1/2027 8:00`, `8:00 AM`, ids without their leading zeros,
// long ids as `1.23457E+12`, columns reordered, added or renamed, LF line ends, a BOM), the same
// file dropped twice or copied, a new print stamp, a provider spelled another way, a later report
// that leaves a column out (it says less: nothing goes, nothing is blanked) or says something new
// (it goes), a visit moved and moved back, two practices' folders, a hold answered after later
// files went. Each probe drops its files into a real engine (real importer, ledger and sandbox on
// loopback); the portal's end state was worked out by hand BEFORE the probe first ran. A probe
// whose name starts with FAULT sent wrong before its fix.
//
// Every schedule is in Chicago, in the week of Monday 2027-03-01, before daylight saving time
// (CST, UTC-6: local + 6 h). Portal lines read `patient MM-DDTHH:MM(Z) state`, sorted.
import { confirmMapping, saveSettings } from './support/engine-harness.ts';
import { drop, dropAll, engine, type Outcome, portal, portalFull, twice } from './support/portal-drops.ts';
import {
  crlf,
  lf,
  chart,
  dobOf,
  visit,
  DAY,
  type Column,
  OWN,
  without,
  table,
  csv,
  line,
  DAY_PORTAL,
  BASE,
  MODES,
} from './support/day-visits.ts';

const actions = (o: Outcome) => o.sent.map((s) => `${s.action} ${s.appointmentId}`);

// ---- the same export re-saved by Excel -----------------------------------------------------------

/** 12-hour clock as Excel writes it: `8:00 AM`, `1:00 PM`. */
const ampm = (t: string) => {
  const [hh, mm] = t.split(':').map(Number) as [number, number];
  return `${((hh + 11) % 12) + 1}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'}`;
};
const noZeros = (d: string) => d.replace(/\b0(\d)\//g, '$1/');

const RESAVED: Array<[what: string, text: string | Buffer]> = [
  [
    'dates without leading zeros (3/1/2027, DOB 2/11/1961)',
    csv(
      OWN,
      DAY((k) => ({ date: '3/1/2027', dob: noZeros(dobOf(k)) })),
    ),
  ],
  [
    'date and time in one cell (3/1/2027 8:00), the Time column gone',
    csv(
      [
        ...without(OWN, 'Time').map(([h, f]): Column =>
          h === 'Date' ? ['Date', (v) => `3/1/2027 ${Number(v.time.slice(0, 2))}:00`] : [h, f],
        ),
      ],
      DAY(),
    ),
  ],
  [
    'times on the 12-hour clock (8:00 AM, 1:00 PM)',
    csv(
      OWN,
      DAY((k) => ({ time: ampm(visit(k).time) })),
    ),
  ],
  [
    'columns reordered',
    csv([OWN[2]!, OWN[9]!, OWN[4]!, OWN[5]!, OWN[0]!, OWN[1]!, OWN[3]!, OWN[8]!, OWN[7]!, OWN[6]!], DAY()),
  ],
  [
    'a Phone column added',
    csv([...OWN.slice(0, 4), ['Phone', (v) => `(312) 555-01${v.chart.slice(2)}`], ...OWN.slice(4)], DAY()),
  ],
  ['line ends CRLF → LF', lf(table(OWN, DAY()))],
  ['a UTF-8 BOM added', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BASE)])],
  [
    'every cell quoted',
    crlf(
      BASE.trimEnd()
        .split('\r\n')
        .map((l) =>
          l
            .match(/("[^"]*"|[^,]+)/g)!
            .map((c) => (c.startsWith('"') ? c : `"${c}"`))
            .join(','),
        ),
    ),
  ],
  [
    'trailing empty columns and a blank last row',
    crlf([
      ...BASE.trimEnd()
        .split('\r\n')
        .map((l) => `${l},,`),
      ',,,,,,,,,,,',
    ]),
  ],
  [
    'rows sorted by patient name',
    csv(
      OWN,
      [...DAY()].sort((a, b) => a.patient.localeCompare(b.patient)),
    ),
  ],
  ['the same file copied under another name', BASE],
];

describe.concurrent('the same export re-saved by Excel, dropped after the first: nothing goes', () => {
  for (const [mode, snapshotMode] of MODES)
    for (const [what, text] of RESAVED)
      it(`${mode}: ${what}`, async ({ onTestFinished }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const [one, two] = await dropAll(h, [
          { name: 'appts.csv', text: BASE },
          { name: 'appts_resaved.csv', text },
        ]);
        expect(one!.sent).toHaveLength(10);
        expect(actions(two!)).toEqual([]);
        expect(portal(h)).toEqual(DAY_PORTAL);
      });
});

// ---- ids a spreadsheet changed -------------------------------------------------------------------

describe.concurrent('ids a spreadsheet changed: never a second visit, never a cancellation', () => {
  const zeros = csv(
    OWN,
    DAY((k) => ({ id: `0001${String(k).padStart(2, '0')}`, chart: `00${chart(k)}` })),
  );
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: appointment ids lose their leading zeros (000101 → 101)`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: zeros },
        {
          name: 'b.csv',
          text: csv(
            OWN,
            DAY((k) => ({ id: `1${String(k).padStart(2, '0')}`, chart: `00${chart(k)}` })),
          ),
        },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL.map((l) => `00${l}`));
    });

    it(`${mode}: chart numbers lose their leading zeros (001001 → 1001)`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: zeros },
        {
          name: 'b.csv',
          text: csv(
            OWN,
            DAY((k) => ({ id: `0001${String(k).padStart(2, '0')}` })),
          ),
        },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL.map((l) => `00${l}`));
    });

    it(`${mode}: long ids shown as 1.23457E+12 by Excel`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        {
          name: 'a.csv',
          text: csv(
            OWN,
            DAY((k) => ({ id: `12345678901${String(k).padStart(2, '0')}` })),
          ),
        },
        {
          name: 'b.csv',
          text: csv(
            OWN,
            DAY(() => ({ id: '1.23457E+12' })),
          ),
        },
      ]);
      expect(two!.sent).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });
  }
});

// ---- a later report that says less, or something new ---------------------------------------------

describe.concurrent('a later report says less about the visits: nothing goes, nothing is blanked', () => {
  const withReason: Column[] = [...OWN, ['Reason', (v) => v.reason]];
  const cases: Array<[what: string, first: Column[], later: Column[]]> = [
    ['FAULT: the Location column left out', OWN, without(OWN, 'Location')],
    ['FAULT: the Type column left out', OWN, without(OWN, 'Type')],
    ['FAULT: the Provider column left out', OWN, without(OWN, 'Provider')],
    ['the Reason column left out', withReason, OWN],
    ['the Status column left out', OWN, without(OWN, 'Status')],
    [
      'FAULT: Location, Type and Provider left out (a bare day sheet)',
      OWN,
      without(OWN, 'Location', 'Type', 'Provider'),
    ],
  ];
  for (const [mode, snapshotMode] of MODES)
    for (const [what, first, later] of cases)
      it(`${mode}: ${what}`, async ({ onTestFinished }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        await drop(h, { name: 'list.csv', text: csv(first, DAY()) });
        const shown = portalFull(h);
        const two = await drop(h, { name: 'sheet.csv', text: csv(later, DAY()) });
        expect(actions(two)).toEqual([]);
        // What the portal shows (type, location, provider) is as the first report had it.
        expect(portalFull(h)).toEqual(shown);
        expect(shown[0]).toBe('A1 1001 03-01T14:00 active Follow Up | Main St Clinic | Anna Lee, MD');
      });

  it('a later report that says something new (A3 at North Clinic, A5 a New Patient visit) updates those two', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      {
        name: 'b.csv',
        text: csv(
          OWN,
          DAY((k) => (k === 3 ? { location: 'North Clinic' } : k === 5 ? { type: 'New Patient' } : {})),
        ),
      },
    ]);
    expect(actions(two!).sort()).toEqual(['UPDATE A3', 'UPDATE A5']);
    expect(portalFull(h).filter((l) => /^A[35] /.test(l))).toEqual([
      'A3 1003 03-01T16:00 active Follow Up | North Clinic | Anna Lee, MD',
      'A5 1005 03-01T18:00 active New Patient | Main St Clinic | Anna Lee, MD',
    ]);
  });

  it('a first report without a location, a later one with the Location column: the site goes (something new)', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'a.csv', text: csv(without(OWN, 'Location'), DAY()) },
      {
        name: 'b.csv',
        text: csv(
          OWN,
          DAY((k) => ({ location: k <= 5 ? 'Main St Clinic' : 'North Clinic' })),
        ),
      },
    ]);
    expect(two!.sent).toHaveLength(10);
    expect(two!.sent.every((s) => s.action === 'UPDATE')).toBe(true);
    expect(portalFull(h).filter((l) => l.includes('North Clinic'))).toHaveLength(5);
  });

  it('FAULT: the location left out, then a report with it again unchanged: nothing goes either time', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, { snapshotMode: true });
    const [, two, three] = await dropAll(h, [
      { name: 'a.csv', text: BASE },
      { name: 'b.csv', text: csv(without(OWN, 'Location'), DAY()) },
      { name: 'c.csv', text: BASE },
    ]);
    expect(actions(two!)).toEqual([]);
    expect(actions(three!)).toEqual([]);
    expect(portal(h)).toEqual(DAY_PORTAL);
  });
});

// ---- the same visits, told again ------------------------------------------------------------------

const DERIVED = without(OWN, 'Appt ID');

describe.concurrent('the same visits told again: never twice, nothing for nothing', () => {
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: the same file dropped twice under its own name`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: BASE },
        { name: 'appts.csv', text: BASE },
      ]);
      expect(two!.sent).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

    it(`${mode}: only the print stamp changed (Printed 07:00 → 07:05)`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const stamp = (t: string) => ['Appointment List', `Printed: 03/01/2027 ${t}`, ''];
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: csv(OWN, DAY(), stamp('7:00 AM')) },
        { name: 'b.csv', text: csv(OWN, DAY(), stamp('7:05 AM')) },
      ]);
      expect(two!.sent).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

    it(`${mode}: the provider spelled another way (Lee, Anna MD → Dr. Anna Lee), own ids`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: BASE },
        {
          name: 'b.csv',
          text: csv(
            OWN,
            DAY(() => ({ provider: 'Dr. Anna Lee' })),
          ),
        },
      ]);
      // The same doctor: at most her name as shown changes, never a second visit or a cancellation.
      expect(two!.sent.filter((s) => s.action !== 'UPDATE')).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

    it(`${mode}: the provider spelled another way (Dr. Lee → Lee, Amy MD), no appointment id`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      await dropAll(h, [
        {
          name: 'a.csv',
          text: csv(
            DERIVED,
            DAY(() => ({ provider: 'Dr. Lee' })),
          ),
        },
        {
          name: 'b.csv',
          text: csv(
            DERIVED,
            DAY(() => ({ provider: 'Lee, Amy MD' })),
          ),
        },
      ]);
      expect(twice(h)).toEqual([]);
      // Each visit is on the portal, once (a held second file leaves the first one's).
      expect(portal(h).filter((l) => l.endsWith(' active'))).toEqual(DAY_PORTAL);
    });

    it(`${mode}: no appointment id, re-saved by Excel (3/1/2027, 8:00 AM, columns reordered)`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: csv(DERIVED, DAY()) },
        {
          name: 'b.csv',
          text: csv(
            [DERIVED[1]!, DERIVED[0]!, ...DERIVED.slice(2)],
            DAY((k) => ({ date: '3/1/2027', time: ampm(visit(k).time) })),
          ),
        },
      ]);
      expect(two!.sent).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

    it(`${mode}: no appointment id, then the same day sheet without its Location and Type`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'a.csv', text: csv(DERIVED, DAY()) },
        { name: 'b.csv', text: csv(without(DERIVED, 'Location', 'Type'), DAY()) },
      ]);
      expect(two!.sent).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

    it(`${mode}: a visit moved (A6 13:00 → 16:30) and moved back: two UPDATEs, once on the portal`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two, three] = await dropAll(h, [
        { name: 'a.csv', text: BASE },
        {
          name: 'b.csv',
          text: csv(
            OWN,
            DAY((k) => (k === 6 ? { time: '16:30' } : {})),
          ),
        },
        { name: 'c.csv', text: BASE },
      ]);
      expect(actions(two!)).toEqual(['UPDATE A6']);
      expect(actions(three!)).toEqual(['UPDATE A6']);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

    it(`${mode}: no appointment id, a visit moved within its day and moved back: never twice`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      await dropAll(h, [
        { name: 'a.csv', text: csv(DERIVED, DAY()) },
        {
          name: 'b.csv',
          text: csv(
            DERIVED,
            DAY((k) => (k === 6 ? { time: '16:30' } : {})),
          ),
        },
        { name: 'c.csv', text: csv(DERIVED, DAY()) },
      ]);
      expect(twice(h)).toEqual([]);
      expect(portal(h).filter((l) => l.endsWith(' active'))).toEqual(DAY_PORTAL);
    });

    it(`${mode}: the visit moved to the next day and back, own ids`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const week = ['Appointment List', 'Dates: 03/01/2027 - 03/02/2027', ''];
      const [, two, three] = await dropAll(h, [
        { name: 'a.csv', text: csv(OWN, DAY(), week) },
        {
          name: 'b.csv',
          text: csv(
            OWN,
            DAY((k) => (k === 2 ? { date: '03/02/2027' } : {})),
            week,
          ),
        },
        { name: 'c.csv', text: csv(OWN, DAY(), week) },
      ]);
      expect(actions(two!)).toEqual(['UPDATE A2']);
      expect(actions(three!)).toEqual(['UPDATE A2']);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });
  }

  it("two practices' folders: the same file in each goes to each practice once; a re-saved copy in the second sends nothing", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, {}, 2);
    const [one, two, three] = await dropAll(h, [
      { name: 'a.csv', text: BASE, inbox: 0 },
      { name: 'a.csv', text: BASE, inbox: 1 },
      { name: 'a_copy.csv', text: lf(table(OWN, DAY())), inbox: 1 },
    ]);
    expect(one!.sent).toHaveLength(10);
    expect(two!.sent).toHaveLength(10);
    expect(three!.sent).toEqual([]);
    expect(portal(h, 0)).toEqual(DAY_PORTAL);
    expect(portal(h, 1)).toEqual(DAY_PORTAL);
  });

  it("two practices' folders: a visit cancelled in one practice's file leaves the other's booked", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished, {}, 2);
    await dropAll(h, [
      { name: 'a.csv', text: BASE, inbox: 0 },
      { name: 'a.csv', text: BASE, inbox: 1 },
      {
        name: 'b.csv',
        text: csv(
          OWN,
          DAY((k) => (k === 4 ? { status: 'Cancelled' } : {})),
        ),
        inbox: 1,
      },
    ]);
    expect(portal(h, 0)).toEqual(DAY_PORTAL);
    expect(portal(h, 1)).toEqual(DAY_PORTAL.map((l, i) => (i === 3 ? l.replace('active', 'cancelled') : l)));
  });

  it('a held file answered after a later file went: the later file stands', async ({ onTestFinished }) => {
    const h = await engine(onTestFinished);
    saveSettings(h);
    const [one, two] = await dropAll(h, [
      // A status word the connector does not know: held, nothing sent.
      {
        name: 'mon.csv',
        text: csv(
          OWN,
          DAY((k) => (k === 4 ? { status: 'Pt Moved Slot' } : {})),
        ),
      },
      { name: 'tue.csv', text: BASE },
    ]);
    expect(one!.job.state).toBe('held');
    expect(one!.sent).toEqual([]);
    expect(two!.sent).toHaveLength(10);
    await confirmMapping(h, '--job', one!.job.id, '--status', 'Pt Moved Slot=cancelled');
    await h.waitFor((jobs) => jobs.some((j) => j.id === one!.job.id && j.state !== 'held'), 30_000);
    await new Promise((r) => setTimeout(r, 600));
    // Monday's file is older than Tuesday's, which lists A4 as booked: A4 stays booked.
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 60_000);
});

// ---- a cancellation never sent ------------------------------------------------------------------

describe.concurrent('a visit cancelled in the first file the connector saw (never sent)', () => {
  const cancelled4 = DAY((k) => (k === 4 ? { status: 'Cancelled' } : {}));
  const noStatus = without(OWN, 'Status');
  const withoutA4 = DAY_PORTAL.filter((_, i) => i !== 3);
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: FAULT: a day sheet with no status column lists it: not booked (a row error), twice over`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [one, two, three] = await dropAll(h, [
        { name: 'list.csv', text: csv(OWN, cancelled4) },
        { name: 'sheet.csv', text: csv(noStatus, DAY()) },
        {
          name: 'sheet2.csv',
          text: csv(
            noStatus,
            DAY((k) => (k === 1 ? { time: '08:30' } : {})),
          ),
        },
      ]);
      expect(one!.sent).toHaveLength(9);
      expect(actions(two!)).toEqual([]);
      expect(two!.job.counts?.errors).toBe(1);
      expect(two!.job.rowErrors?.[0]?.appointmentId).toBe('A4');
      // The next status-less sheet (A1 moved) still does not book it.
      expect(actions(three!)).toEqual(['UPDATE A1']);
      expect(portal(h)).toEqual([line(1, 1, 8, 'active', 30), ...withoutA4.slice(1)]);
    });

    it(`${mode}: a later list with the status column books it (Scheduled): NEW`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two, three] = await dropAll(h, [
        { name: 'list.csv', text: csv(OWN, cancelled4) },
        { name: 'sheet.csv', text: csv(noStatus, DAY()) },
        { name: 'list2.csv', text: BASE },
      ]);
      expect(two!.sent).toEqual([]);
      expect(actions(three!)).toEqual(['NEW A4']);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });
  }
});
