// Red-team probes (round 52e): a file in the inbox that is not the export the practice meant. A
// copy cut short (a network copy that stopped, an export copied while still being written: the
// last row ends mid-cell, with no line end), an empty export or a zero-byte file, an older export
// whose only sign of age is the run time in its name (a scheduler's `appts_20261201_0800.csv`
// copied in after `…_0900.csv` by a tool that gives each copy a new modification time), the
// files Excel leaves beside a workbook it saved, and an exporter that creates its file (empty, or
// its header alone) and writes the rows after a pause longer than the stability window. Each drops its files into a real engine (real
// importer, ledger and sandbox on loopback); the portal's end state was worked out by hand BEFORE
// the probe first ran. A probe whose name starts with FAULT sent wrong before its fix.
//
// Every schedule is in Chicago, Monday 2027-03-01, before daylight saving time (CST, UTC-6: local
// + 6 h). Portal lines read `patient MM-DDTHH:MM(Z) state`, sorted.
import fs from 'node:fs';
import path from 'node:path';
import { dropAll, engine, type Outcome, portal, portalFull } from './support/portal-drops.ts';
import { DAY, OWN, csv, table, DAY_PORTAL, BASE, MODES } from './support/day-visits.ts';

const actions = (o: Outcome) => o.sent.map((s) => `${s.action} ${s.appointmentId}`);
const cancels = (os: Outcome[]) => os.flatMap((o) => o.sent).filter((s) => s.action === 'CANCEL');

/** The day's CSV with its last row cut after `keep` characters, and no line end after it. */
const cutAt = (keep: number) => {
  const lines = table(OWN, DAY());
  const last = lines.pop()!;
  return `${lines.map((l) => `${l}\r\n`).join('')}${last.slice(0, keep)}`;
};
// The last row: `A10,1010,"Kim, Min",02/10/1970,03/01/2027,17:00,"Lee, Anna MD",Main St Clinic,Follow Up,Scheduled`
const LAST = table(OWN, DAY()).pop()!;

// ---- a copy cut short: the last row ends mid-cell -----------------------------------------------

describe.concurrent('a copy that stopped in the middle of the last row (no line end after it)', () => {
  const cuts: Array<[what: string, keep: number]> = [
    ['in the Location cell (Main St Cl)', LAST.indexOf('Main St Clinic') + 'Main St Cl'.length],
    ['in the Time cell (17:0)', LAST.indexOf('17:00') + 4],
    ['in the Time cell (1)', LAST.indexOf('17:00') + 1],
    ['in the Date cell (03/01/20)', LAST.indexOf('03/01/2027') + 8],
    ['after the Type cell (the status empty)', LAST.indexOf('Scheduled')],
    ['in the Status cell (Sched)', LAST.indexOf('Scheduled') + 5],
    ['inside the quoted provider ("Lee, An)', LAST.indexOf('Lee, Anna') + 7],
  ];
  for (const [mode, snapshotMode] of MODES)
    for (const [what, keep] of cuts)
      it(`${mode}: cut ${what}: A10 neither moved, changed nor cancelled`, async ({ onTestFinished }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const shown = async () => portalFull(h).filter((l) => l.startsWith('A10 '));
        const [, two] = await dropAll(h, [
          { name: 'appts.csv', text: BASE },
          { name: 'appts_copy.csv', text: cutAt(keep) },
        ]);
        expect(actions(two!)).toEqual([]);
        expect(await shown()).toEqual([
          'A10 1010 03-01T23:00 active Follow Up | Main St Clinic | Anna Lee, MD',
        ]);
        expect(portal(h)).toEqual(DAY_PORTAL);
      });
});

describe.concurrent('a copy that stopped in the last cell of the last row (no line end after it)', () => {
  // A layout whose last column is the location: the row has all its cells, the last one cut.
  const locLast = [...OWN.filter(([h]) => h !== 'Location'), OWN.find(([h]) => h === 'Location')!];
  const lines = table(locLast, DAY());
  const cut = (keep: string) =>
    `${lines
      .slice(0, -1)
      .map((l) => `${l}\r\n`)
      .join('')}${lines.at(-1)!.replace(/Main St Clinic$/, keep)}`;
  for (const [mode, snapshotMode] of MODES)
    for (const keep of ['Main St Cl', 'M'])
      it(`${mode}: the location cut to ${keep}: A10 not changed`, async ({ onTestFinished }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const [, two] = await dropAll(h, [
          { name: 'appts.csv', text: csv(locLast, DAY()) },
          { name: 'appts_copy.csv', text: cut(keep) },
        ]);
        expect(actions(two!)).toEqual([]);
        // A row error names the line, the column and the cut value, and says what to do.
        expect(two!.job.rowErrors).toMatchObject([{ line: 11, column: 'Location', value: keep }]);
        expect(two!.job.rowErrors![0]!.message).toContain('the file ends in the middle of this line');
        expect(portalFull(h).filter((l) => l.startsWith('A10 '))).toEqual([
          'A10 1010 03-01T23:00 active Follow Up | Main St Clinic | Anna Lee, MD',
        ]);
      });
});

// ---- an empty export ---------------------------------------------------------------------------

describe.concurrent('an empty export after a full one (snapshot mode): nothing cancelled', () => {
  // An empty export is taken at once and said to be empty (a failed job, nothing sent, nothing
  // cancelled): one waited for (round 52e's first fix) left `run --once` ending with it unread and
  // the front desk hearing nothing of the given bad input `empty.csv` for ten minutes.
  for (const [what, text] of [
    ['a zero-byte file', ''],
    ['the header line only', csv(OWN, [])],
  ] as const)
    it(`${what}: a failed job that says so, nothing sent, nothing cancelled`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      await dropAll(h, [{ name: 'appts.csv', text: BASE }]);
      const before = h.jobs().length;
      fs.writeFileSync(path.join(h.inbox(0), 'appts_0900.csv'), text);
      const jobs = await h.waitFor(
        (all) => all.length > before && all.some((j) => j.file === 'appts_0900.csv' && j.state === 'failed'),
      );
      expect(jobs.find((j) => j.file === 'appts_0900.csv')!.reason).toMatch(/empty|no appointment rows/);
      expect(fs.existsSync(path.join(h.inbox(0), 'failed', 'appts_0900.csv'))).toBe(true);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });

  const empties: Array<[what: string, text: string]> = [
    [
      'a title stating the day, the header, no row',
      csv(OWN, [], ['Appointment List', 'Dates: 03/01/2027 - 03/01/2027', '']),
    ],
    [
      'a title stating the day and `No appointments found`',
      csv(OWN, [], ['Appointment List', 'Dates: 03/01/2027 - 03/01/2027', '']) + 'No appointments found\r\n',
    ],
  ];
  for (const [what, text] of empties)
    it(`${what}`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      const outs = await dropAll(h, [
        { name: 'appts.csv', text: BASE },
        { name: 'appts_0900.csv', text },
      ]);
      expect(cancels(outs)).toEqual([]);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });
});

// ---- an older export known by the run time in its name ----------------------------------------

describe.concurrent(
  'an older scheduled export copied in after a newer one, both with new modification times',
  () => {
    const cancelled4 = csv(
      OWN,
      DAY((k) => (k === 4 ? { status: 'Cancelled' } : {})),
    );
    const moved6 = csv(
      OWN,
      DAY((k) => (k === 6 ? { time: '16:30' } : {})),
    );
    for (const [mode, snapshotMode] of MODES) {
      it(`${mode}: FAULT: appts_20261201_0800.csv after …_0900.csv that cancelled A4: A4 not booked again`, async ({
        onTestFinished,
      }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const [, two, three] = await dropAll(h, [
          { name: 'appts_20261201_0700.csv', text: BASE },
          { name: 'appts_20261201_0900.csv', text: cancelled4 },
          { name: 'appts_20261201_0800.csv', text: BASE },
        ]);
        expect(actions(two!)).toEqual(['CANCEL A4']);
        expect(actions(three!)).toEqual([]);
        expect(three!.job.state).toBe('held');
        // The question names both files and says what to do.
        const doubt = three!.job.doubts!.find((d) => d.check === 'older-file')!;
        expect(doubt.message).toContain(
          'this file (appts_20261201_0800.csv) is named for a run before appts_20261201_0900.csv',
        );
        expect(doubt.samples).toEqual(['A4']);
        expect(doubt.question).toMatch(/really the newest schedule/);
        expect(portal(h)).toEqual(DAY_PORTAL.map((l, i) => (i === 3 ? l.replace('active', 'cancelled') : l)));
      });

      it(`${mode}: FAULT: Schedule 2026-12-01 08-00.csv after … 09-00.csv that moved A6: A6 not moved back`, async ({
        onTestFinished,
      }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const [, two, three] = await dropAll(h, [
          { name: 'Schedule 2026-12-01 07-00.csv', text: BASE },
          { name: 'Schedule 2026-12-01 09-00.csv', text: moved6 },
          { name: 'Schedule 2026-12-01 08-00.csv', text: BASE },
        ]);
        expect(actions(two!)).toEqual(['UPDATE A6']);
        expect(actions(three!)).toEqual([]);
        expect(portal(h).filter((l) => l.startsWith('1006 '))).toEqual(['1006 03-01T22:30 active']);
      });
    }

    it('a second download of the 08:00 export (appts_20261201_0800 (1).csv) after …_0900.csv: held, A4 stays cancelled', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished);
      const [, two, three] = await dropAll(h, [
        { name: 'appts_20261201_0700.csv', text: BASE },
        { name: 'appts_20261201_0900.csv', text: cancelled4 },
        { name: 'appts_20261201_0800 (1).csv', text: BASE },
      ]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
      expect(three!.job.state).toBe('held');
      expect(three!.sent).toEqual([]);
    });

    it('a name that states a date alone (appts_20261130.csv after appts_20261201.csv): a day sheet of its day, it goes (control)', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished);
      const [, two] = await dropAll(h, [
        { name: 'appts_20261201.csv', text: BASE },
        { name: 'appts_20261130.csv', text: cancelled4 },
      ]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
    });

    it('names of two patterns (Schedule_…_0900.csv, then appts_…_0800.csv): not compared, it goes (control)', async ({
      onTestFinished,
    }) => {
      const h = await engine(onTestFinished);
      const [, two] = await dropAll(h, [
        { name: 'Schedule_20261201_0900.csv', text: BASE },
        { name: 'appts_20261201_0800.csv', text: cancelled4 },
      ]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
    });

    it('a later run time in the name goes as usual (control)', async ({ onTestFinished }) => {
      const h = await engine(onTestFinished);
      const [, two] = await dropAll(h, [
        { name: 'appts_20261201_0800.csv', text: BASE },
        { name: 'appts_20261201_0900.csv', text: cancelled4 },
      ]);
      expect(actions(two!)).toEqual(['CANCEL A4']);
    });
  },
);

// ---- the files Office writes beside an export it saves ------------------------------------------

describe.concurrent('the files Excel and LibreOffice write beside an export a person saves', () => {
  // Excel saves into a randomly named file with no extension (Microsoft KB 814068: `Cedd4100`),
  // deletes the original and renames the new file to it; when it cannot delete the original, both
  // stay. LibreOffice keeps `.~lock.appts.csv#` while the file is open, Excel `~$appts.xlsx`.
  const OFFICE = ['Cedd4100', 'A1B2C3D4', '.~lock.appts.csv#', '~$appts.xlsx'];
  for (const name of OFFICE)
    it(`${name}: never read, never moved (the save would fail), nothing sent`, async ({ onTestFinished }) => {
      const h = await engine(onTestFinished, { snapshotMode: true });
      await dropAll(h, [{ name: 'appts.csv', text: BASE }]);
      const before = h.jobs().length;
      const file = path.join(h.inbox(0), name);
      fs.writeFileSync(
        file,
        csv(
          OWN,
          DAY((k) => (k === 4 ? { status: 'Cancelled' } : {})),
        ),
      );
      // Three inbox checks and three stability windows.
      await new Promise((r) => setTimeout(r, 3000));
      expect(h.jobs()).toHaveLength(before);
      expect(fs.existsSync(file)).toBe(true);
      expect(portal(h)).toEqual(DAY_PORTAL);
    });
});

// ---- an exporter that creates its file empty, pauses, then writes ---------------------------------

describe.concurrent(
  'an exporter that creates the file, pauses longer than the stability window, then writes',
  () => {
    for (const [mode, snapshotMode] of MODES)
      it(`${mode}: FAULT: the header line alone for 0.5 s (stability 0.2 s), then the rows through the same handle: sent whole, never lost`, async ({
        onTestFinished,
      }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const fd = fs.openSync(path.join(h.inbox(0), 'appts.csv'), 'w');
        const [header, ...rows] = BASE.split('\r\n');
        fs.writeSync(fd, `${header}\r\n`);
        // Longer than the stability window, shorter than it and three windows of quiet after a reading.
        await new Promise((r) => setTimeout(r, 500));
        fs.writeSync(fd, rows.join('\r\n'));
        fs.closeSync(fd);
        await h.waitFor((jobs) => jobs.some((j) => j.state === 'processed'));
        await new Promise((r) => setTimeout(r, 1000));
        expect(portal(h)).toEqual(DAY_PORTAL);
      });
    // Was LEFT (52e: a failed job, the whole day kept in failed/ until a person retried it): a file
    // empty for longer than three stability windows is an empty export (above), taken and filed in
    // failed/; what the exporter writes next goes into that file through its handle. Since 59g the
    // filed file is watched (engine/filed-growth.ts): once it has grown and settled, the same job
    // reads it again and sends the day. On Windows an exporter holding its file open keeps it from
    // being moved, and is waited for.
    for (const [mode, snapshotMode] of MODES)
      it(`${mode}: the file empty for 1.5 s (stability 0.2 s), then the whole day through the same handle: the same job reads it again, the whole day sent once`, async ({
        onTestFinished,
      }) => {
        const h = await engine(onTestFinished, { snapshotMode });
        const fd = fs.openSync(path.join(h.inbox(0), 'appts.csv'), 'w');
        await new Promise((r) => setTimeout(r, 1500));
        fs.writeSync(fd, BASE);
        fs.closeSync(fd);
        const [job] = await h.waitFor(
          (jobs) => jobs[0]?.state === 'processed' && portal(h).length === DAY_PORTAL.length,
        );
        expect(h.jobs()).toHaveLength(1);
        expect(job!.counts.sent).toBe(10);
        expect(fs.readFileSync(job!.archivedPath!, 'utf8')).toBe(BASE);
        expect(portal(h)).toEqual(DAY_PORTAL);
      });
  },
);
