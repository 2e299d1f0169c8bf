// Red-team probes (round 52h) of the folder, watcher and engine rules of round 52e, both ways:
// WRONG SENDS (an older file the name rule misses, a cut last row the reader misses) and FALSE
// HOLDS or LOST FILES (a practice exporting one file per day covered, a last row that just has no
// line end, a real short last cell, an exporter that writes its header and then runs its query).
// Each drops its files into a real engine (real importer, ledger and sandbox on loopback); the
// portal's end state was worked out by hand BEFORE the probe first ran. A probe whose name starts
// with FAULT sent wrong, held for nothing or lost the file before its fix.
//
// Every schedule is in Chicago, Monday 2027-03-01, before daylight saving time (CST, UTC-6: local
// + 6 h). Portal lines read `patient MM-DDTHH:MM(Z) state`, sorted.
import fs from 'node:fs';
import path from 'node:path';
import { dropAll, engine, type Outcome, portal, portalFull } from './support/portal-drops.ts';
import { DAY, OWN, csv, crlf, table, DAY_PORTAL, BASE, MODES, type Column } from './support/day-visits.ts';

const actions = (o: Outcome) => o.sent.map((s) => `${s.action} ${s.appointmentId}`);
const cancelled4 = csv(
  OWN,
  DAY((k) => (k === 4 ? { status: 'Cancelled' } : {})),
);
/** The day's portal with A4 (patient 1004) cancelled. */
const A4_CANCELLED = DAY_PORTAL.map((l, i) => (i === 3 ? l.replace('active', 'cancelled') : l));

// ---- older files the name rule must know ---------------------------------------------------------

/** `first` (the day), `later` (A4 cancelled), then `older`, a copy of an export named for a run
 *  between them, arriving last with a new modification time: held, A4 stays cancelled. */
const olderByName: Array<[what: string, first: string, later: string, older: string]> = [
  [
    'FAULT: month-first date, one day (appts_12-01-2026 0800.csv after … 0900.csv)',
    'appts_12-01-2026 0700.csv',
    'appts_12-01-2026 0900.csv',
    'appts_12-01-2026 0800.csv',
  ],
  [
    'FAULT: month-first dates of two days (Schedule 11-30-2026 1700 after 12-01-2026 0900)',
    'Schedule 11-30-2026 0800.csv',
    'Schedule 12-01-2026 0900.csv',
    'Schedule 11-30-2026 1700.csv',
  ],
  [
    'a T between date and time (appts_20261201T0800.csv)',
    'appts_20261201T0700.csv',
    'appts_20261201T0900.csv',
    'appts_20261201T0800.csv',
  ],
  [
    'FAULT: a month name and 8am (Schedule Dec 1 2026 8am.csv after … 9am.csv)',
    'Schedule Dec 1 2026 7am.csv',
    'Schedule Dec 1 2026 9am.csv',
    'Schedule Dec 1 2026 8am.csv',
  ],
  [
    'FAULT: a 12-hour time: 09-00-AM copied in after 08-00-PM',
    'appts_2026-12-01_07-00-AM.csv',
    'appts_2026-12-01_08-00-PM.csv',
    'appts_2026-12-01_09-00-AM.csv',
  ],
  [
    "FAULT: a Mac's copy (appts_20261201_0800 copy.csv)",
    'appts_20261201_0700.csv',
    'appts_20261201_0900.csv',
    'appts_20261201_0800 copy.csv',
  ],
  [
    "FAULT: a Mac's second copy (appts_20261201_0800 copy 2.csv)",
    'appts_20261201_0700.csv',
    'appts_20261201_0900.csv',
    'appts_20261201_0800 copy 2.csv',
  ],
  [
    "FAULT: a Linux file manager's copy (appts_20261201_0800 (copy).csv)",
    'appts_20261201_0700.csv',
    'appts_20261201_0900.csv',
    'appts_20261201_0800 (copy).csv',
  ],
  [
    "older Windows' second copy (Copy (2) of appts_20261201_0800.csv)",
    'appts_20261201_0700.csv',
    'appts_20261201_0900.csv',
    'Copy (2) of appts_20261201_0800.csv',
  ],
  [
    "Explorer's third copy (appts_20261201_0800 - Copy (3).csv)",
    'appts_20261201_0700.csv',
    'appts_20261201_0900.csv',
    'appts_20261201_0800 - Copy (3).csv',
  ],
  [
    'seconds in the stamp (export-20261201-080000.csv)',
    'export-20261201-070000.csv',
    'export-20261201-090000.csv',
    'export-20261201-080000.csv',
  ],
];

describe.concurrent('an older export copied in last, known only by the run time in its name', () => {
  for (const [what, first, later, older] of olderByName)
    it(`${what}: held, A4 stays cancelled`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished);
      const [, two, three] = await dropAll(h, [
        { name: first, text: BASE },
        { name: later, text: cancelled4 },
        { name: older, text: BASE },
      ]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
      expect(three!.sent).toEqual([]);
      expect(three!.job.state).toBe('held');
      const doubt = three!.job.doubts!.find((d) => d.check === 'older-file')!;
      expect(doubt.message).toContain(`this file (${older}) is named for a run before ${later}`);
      expect(portal(h)).toEqual(A4_CANCELLED);
    }, 60_000);

  for (const [mode, snapshotMode] of MODES)
    it(`${mode}: FAULT: a Mac's copy of the 08:00 export after 09:00 moved A6: A6 not moved back`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const moved6 = csv(
        OWN,
        DAY((k) => (k === 6 ? { time: '16:30' } : {})),
      );
      const [, two, three] = await dropAll(h, [
        { name: 'appts_20261201_0700.csv', text: BASE },
        { name: 'appts_20261201_0900.csv', text: moved6 },
        { name: 'appts_20261201_0800 copy.csv', text: BASE },
      ]);
      expect(actions(two!)).toEqual(['UPDATE A6']);
      expect(actions(three!)).toEqual([]);
      expect(portal(h).filter((l) => l.startsWith('1006 '))).toEqual(['1006 03-01T22:30 active']);
    }, 60_000);
});

// ---- files that must go: not older, or nothing in the name says so ------------------------------

/** Visits of another day (Tuesday 03/02), ids B1…B10. */
const TUESDAY = csv(
  OWN,
  DAY((k) => ({ id: `B${k}`, date: '03/02/2027' })),
);
const TUESDAY_PORTAL = DAY_PORTAL.map((l) => l.replace('03-01T', '03-02T'));

describe.concurrent('exports that are not older than what went, whatever their names', () => {
  it('one file per day covered, the day in the name (schedule_20270302.csv, then schedule_20270301.csv): both days go', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [one, two] = await dropAll(h, [
      { name: 'schedule_20270302.csv', text: TUESDAY },
      { name: 'schedule_20270301.csv', text: BASE },
    ]);
    expect(one!.sent).toHaveLength(10);
    expect(two!.job.state).toBe('processed');
    expect(two!.sent).toHaveLength(10);
    expect(portal(h)).toEqual([...DAY_PORTAL, ...TUESDAY_PORTAL].sort());
  }, 60_000);

  it('one file per day covered with a time in the name (DaySheet_2026-12-04_0800.csv for the 4th, then …_2026-12-03_0800.csv): both days go', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'DaySheet_2026-12-04_0800.csv', text: TUESDAY },
      { name: 'DaySheet_2026-12-03_0800.csv', text: BASE },
    ]);
    expect(two!.job.state).toBe('processed');
    expect(two!.sent).toHaveLength(10);
    expect(portal(h)).toEqual([...DAY_PORTAL, ...TUESDAY_PORTAL].sort());
  }, 60_000);

  it('LEFT (a false hold): a file named for the afternoon it lists (…_1300.csv, written 07:55), then the whole day run at 08:00 cancelling A8: held as older, nothing sent', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    // Written yesterday: the names' stamps are yesterday's, 13:00 after the 07:55 file was written.
    const today = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'America/Chicago',
    });
    const d = today.replace(/-/g, '');
    const afternoon = csv(
      OWN,
      DAY().filter((_, i) => i >= 5),
    );
    const at = (hhmm: string) => new Date(`${today}T${hhmm}:00-06:00`).toISOString();
    const [one, two] = await dropAll(h, [
      { name: `appts_${d}_1300.csv`, text: afternoon, written: at('07:55') },
      {
        name: `appts_${d}_0800.csv`,
        text: csv(
          OWN,
          DAY((k) => (k === 8 ? { status: 'Cancelled' } : {})),
        ),
        written: at('08:00'),
      },
    ]);
    expect(one!.sent).toHaveLength(5);
    // Worked out by hand: A8 cancelled. Left held: a stamp later than its own file's writing may be
    // a run time written in UTC (the practice is 6 h behind), so the names alone cannot tell this
    // window from a later run; a person accepts it once (the question names both files).
    expect(two!.job.state).toBe('held');
    expect(two!.sent).toEqual([]);
    expect(two!.job.doubts!.map((d) => d.check)).toEqual(['older-file']);
    expect(portal(h).filter((l) => l.startsWith('1008 '))).toEqual(['1008 03-01T21:00 active']);
  }, 60_000);

  it('a file named for the evening from 18:00 (…_1800.csv, written 07:55), then the 08:00 run cancelling A8: the name is no run (after its own writing on the practice clock and as UTC): A8 cancelled', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const today = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', {
      timeZone: 'America/Chicago',
    });
    const d = today.replace(/-/g, '');
    const at = (hhmm: string) => new Date(`${today}T${hhmm}:00-06:00`).toISOString();
    // By hand: 18:00 CST is 00:00Z, and 18:00Z (12:00 CST) read as UTC: both over three hours after
    // 07:55 CST (13:55Z), so `_1800` names the window the file lists, not when it ran.
    const [one, two] = await dropAll(h, [
      {
        name: `appts_${d}_1800.csv`,
        text: csv(
          OWN,
          DAY().filter((_, i) => i >= 5),
        ),
        written: at('07:55'),
      },
      {
        name: `appts_${d}_0800.csv`,
        text: csv(
          OWN,
          DAY((k) => (k === 8 ? { status: 'Cancelled' } : {})),
        ),
        written: at('08:00'),
      },
    ]);
    expect(one!.sent).toHaveLength(5);
    expect(two!.job.state).toBe('processed');
    expect(actions(two!)).toContain('CANCEL A8');
  }, 60_000);

  it('a 12-hour time: 08-00-PM after 09-00-AM is the later run: A4 cancelled', async ({ onTestFinished }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'appts_2026-12-01_09-00-AM.csv', text: BASE },
      { name: 'appts_2026-12-01_08-00-PM.csv', text: cancelled4 },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
  }, 60_000);

  it('month-first names of two days (12-01-2026 0800 after 11-30-2026 1700): the later one goes', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'Schedule 11-30-2026 1700.csv', text: BASE },
      { name: 'Schedule 12-01-2026 0800.csv', text: cancelled4 },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
  }, 60_000);

  it('a day-first and a month-first reading that disagree (01-12-2026 0800 after 12-01-2026 0900): read neither way, it goes', async ({
    onTestFinished,
  }) => {
    // 12-01 then 01-12: Dec 1 then Jan 12 (later) month-first, Jan 12 then Dec 1 (earlier)
    // day-first. Nothing in the names tells: the file goes by its other clocks (newer: it goes).
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'Schedule 12-01-2026 0900.csv', text: BASE },
      { name: 'Schedule 01-12-2026 0800.csv', text: cancelled4 },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
  }, 60_000);

  it('the same file re-run by hand a minute after the scheduled run (appts_…_0801.csv after …_0800.csv): it goes', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'appts_20261201_0800.csv', text: BASE },
      { name: 'appts_20261201_0801.csv', text: cancelled4 },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
  }, 60_000);

  it('two exporters, two name patterns (Lee_…_0900.csv, Kim_…_0800.csv): not compared, the second goes', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'Lee_20261201_0900.csv', text: BASE },
      { name: 'Kim_20261201_0800.csv', text: cancelled4 },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
  }, 60_000);

  it('two exporters, one pattern, other visits each (export_…_0900.csv Monday, export_…_0800.csv Tuesday): the second goes', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'export_20261201_0900.csv', text: BASE },
      { name: 'export_20261201_0800.csv', text: TUESDAY },
    ]);
    expect(two!.job.state).toBe('processed');
    expect(two!.sent).toHaveLength(10);
  }, 60_000);

  it('a copy mark alone is no stamp: appts (1).csv after appts.csv goes', async ({ onTestFinished }) => {
    const h = await engine(onTestFinished);
    const [, two] = await dropAll(h, [
      { name: 'appts.csv', text: BASE },
      { name: 'appts (1).csv', text: cancelled4 },
    ]);
    expect(actions(two!)).toEqual(['CANCEL A4']);
  }, 60_000);
});

// ---- the last row: cut, or complete with no line end -----------------------------------------------

/** `cols` with the column `last` moved to the end. */
const lastCol = (last: string): Column[] => [
  ...OWN.filter(([h]) => h !== last),
  OWN.find(([h]) => h === last)!,
];
/** The day in `cols`, its last line replaced by `lastLine(line)` and no line end after it. */
const ending = (cols: Column[], visits: ReturnType<typeof DAY>, lastLine: (l: string) => string) => {
  const lines = table(cols, visits);
  return crlf(lines.slice(0, -1)) + lastLine(lines.at(-1)!);
};
const a10 = (h: Parameters<typeof portalFull>[0]) => portalFull(h).filter((l) => l.startsWith('A10 '));

describe.concurrent('the last row of a copy: cut, or whole with no line end', () => {
  for (const [mode, snapshotMode] of MODES) {
    it(`${mode}: a whole day with no line end after its last row: nothing changes (all sent before)`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [one, two] = await dropAll(h, [
        { name: 'appts.csv', text: BASE.replace(/\r\n$/, '') },
        { name: 'appts_2.csv', text: cancelled4.replace(/\r\n$/, '') },
      ]);
      expect(one!.sent).toHaveLength(10);
      expect(one!.job.rowErrors ?? []).toEqual([]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
    }, 60_000);

    it(`${mode}: FAULT: a real short last location (Main St, also on another row) beside Main St Clinic: A10 goes to Main St`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const cols = lastCol('Location');
      const day = DAY((k) => (k === 3 || k === 10 ? { location: 'Main St' } : {}));
      const [one] = await dropAll(h, [{ name: 'appts.csv', text: ending(cols, day, (l) => l) }]);
      expect(one!.job.rowErrors ?? []).toEqual([]);
      expect(a10(h)).toEqual(['A10 1010 03-01T23:00 active Follow Up | Main St | Anna Lee, MD']);
    }, 60_000);

    it(`${mode}: FAULT: the last cell, the location, cut to empty after its comma: A10 keeps Main St Clinic`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const cols = lastCol('Location');
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: csv(cols, DAY()) },
        { name: 'appts_copy.csv', text: ending(cols, DAY(), (l) => l.replace(/Main St Clinic$/, '')) },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(a10(h)).toEqual(['A10 1010 03-01T23:00 active Follow Up | Main St Clinic | Anna Lee, MD']);
    }, 60_000);

    it(`${mode}: the last cell, a time (17:30 cut to 17:3): A10 not moved`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const cols = lastCol('Time');
      const day = DAY((k) => (k === 10 ? { time: '17:30' } : {}));
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: csv(cols, day) },
        { name: 'appts_copy.csv', text: ending(cols, day, (l) => l.replace(/17:30$/, '17:3')) },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(portal(h).filter((l) => l.startsWith('1010 '))).toEqual(['1010 03-01T23:30 active']);
    }, 60_000);

    it(`${mode}: the last cell, a 12-hour time (5:30 PM cut to 5:30 P): A10 not moved`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const cols = lastCol('Time');
      const twelve = (k: number) => {
        const hr = 7 + k;
        return { time: `${hr > 12 ? hr - 12 : hr}:${k === 10 ? '30' : '00'} ${hr >= 12 ? 'PM' : 'AM'}` };
      };
      const day = DAY(twelve);
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: csv(cols, day) },
        { name: 'appts_copy.csv', text: ending(cols, day, (l) => l.replace(/5:30 PM$/, '5:30 P')) },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(portal(h).filter((l) => l.startsWith('1010 '))).toEqual(['1010 03-01T23:30 active']);
    }, 60_000);

    it(`${mode}: FAULT: the last cell, the only visit of its day (03/02/2027 cut to 03/02/20): A10 not moved`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const cols = lastCol('Date');
      const day = DAY((k) => (k === 10 ? { date: '03/02/2027' } : {}));
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: csv(cols, day) },
        { name: 'appts_copy.csv', text: ending(cols, day, (l) => l.replace(/03\/02\/2027$/, '03/02/20')) },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(portal(h).filter((l) => l.startsWith('1010 '))).toEqual(['1010 03-02T23:00 active']);
    }, 60_000);

    it(`${mode}: every cell quoted, the last cut after its opening quote ("Main St Cl): A10 not changed`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const cols = lastCol('Location');
      const quoted = (lines: string[]) =>
        lines.map((l) =>
          l
            .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
            .map((c) => (c.startsWith('"') ? c : `"${c}"`))
            .join(','),
        );
      const lines = quoted(table(cols, DAY()));
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: crlf(lines) },
        {
          name: 'appts_copy.csv',
          text: crlf(lines.slice(0, -1)) + lines.at(-1)!.replace(/"Main St Clinic"$/, '"Main St Cl'),
        },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(a10(h)).toEqual(['A10 1010 03-01T23:00 active Follow Up | Main St Clinic | Anna Lee, MD']);
    }, 60_000);

    it(`${mode}: cut in a middle cell of a CRLF file (the provider, "Lee, An): A10 not changed`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const lines = table(OWN, DAY());
      const last = lines.at(-1)!;
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: BASE },
        {
          name: 'appts_copy.csv',
          text: crlf(lines.slice(0, -1)) + last.slice(0, last.indexOf('Lee, An') + 7),
        },
      ]);
      expect(actions(two!)).toEqual([]);
      expect(a10(h)).toEqual(['A10 1010 03-01T23:00 active Follow Up | Main St Clinic | Anna Lee, MD']);
    }, 60_000);

    it(`${mode}: a copy cut between the CR and the LF of its last line: all of it is there, nothing changes`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const [, two] = await dropAll(h, [
        { name: 'appts.csv', text: BASE },
        { name: 'appts_copy.csv', text: cancelled4.replace(/\n$/, '') },
      ]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
      expect(two!.job.rowErrors ?? []).toEqual([]);
    }, 60_000);
  }
});

// ---- the watcher: names, and exporters that write slowly ----------------------------------------

describe.concurrent('names the watcher must read, and files written slowly', () => {
  const read = ['20270301', 'cafe1234.csv', 'DEADBEEF.csv', 'appts.lock.csv', 'Copy of appts.csv'];
  for (const name of read)
    it(`${name}: an export, read and sent`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished);
      const [one] = await dropAll(h, [{ name, text: BASE }]);
      expect(one!.job.state).toBe('processed');
      expect(portal(h)).toEqual(DAY_PORTAL);
    }, 60_000);

  // LEFT (round 52h's fix taken back at the merge): a header line or a byte-order mark alone
  // through three stability windows of quiet is an empty export, taken at once and said to be so
  // (the given bad inputs `empty.csv`, header only: a person must hear of them, and `run --once`
  // must not end with them unread). What the exporter writes next goes into failed/ with it:
  // nothing sent, the whole day kept there (`retry` sends it).
  for (const [mode, snapshotMode, lead] of [
    ...MODES.map(([m, s]) => [`${m}: the header line`, s, 'header'] as const),
    ['a byte-order mark', false, 'bom'] as const,
  ])
    it(`${mode} alone for 2.5 s (stability 0.2 s), then the rows through the same handle: LEFT: a failed job, the whole file kept in failed/, nothing sent`, async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished, { snapshotMode });
      const fd = fs.openSync(path.join(h.inbox(0), 'appts.csv'), 'w');
      const [header, ...rows] = BASE.split('\r\n');
      const first = lead === 'header' ? Buffer.from(`${header}\r\n`) : Buffer.from([0xef, 0xbb, 0xbf]);
      const rest = lead === 'header' ? rows.join('\r\n') : BASE;
      fs.writeSync(fd, first);
      await new Promise((r) => setTimeout(r, 2500));
      fs.writeSync(fd, rest);
      fs.closeSync(fd);
      await h.waitFor((jobs) => jobs.some((j) => j.state === 'failed'), 30_000);
      const kept = fs.readFileSync(path.join(h.inbox(0), 'failed', 'appts.csv'));
      expect(kept.equals(Buffer.concat([first, Buffer.from(rest)]))).toBe(true);
      expect(portal(h)).toEqual([]);
    }, 60_000);
});
