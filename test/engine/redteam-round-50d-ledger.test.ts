// Red-team probes (round 50d) on derived ids when one patient's two visits of a day come in the
// other order in the next export. Ids made from patient, provider and day number the patient's
// starts in file order, so the importer alone gives the 2:00 PM visit the id the 9:00 AM one was
// sent under; the engine gives each row the id already sent at its start (derived-slots.ts)
// before the slot counts. Real engine, real importer, real sandbox on loopback. Right outcomes by
// hand before the first run: the portal keeps one appointment per visit, at its own start, with
// its own status, and no id sent before changes. Every schedule is 2027-03-02 in Chicago (CST,
// UTC-6): 9:00 AM = 15:00Z, 10:00 AM = 16:00Z, 2:00 PM = 20:00Z.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness, nextJob, saveSettings } from './support/engine-harness.ts';
import { portalLines, sentItems, type SentItem } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sandboxDir = () => path.join(h.root, 'sandbox');
const portal = () => portalLines(sandboxDir(), h.settings.practices[0]!.practiceId);

async function setUp(): Promise<void> {
  h = await createHarness({ over: [{ timeZone: 'America/Chicago' }], tuning: { inboxCheckMs: 300 } });
  saveSettings(h);
  await h.start();
}

let n = 0;
async function drop(lines: string[], writtenAt: string): Promise<{ job: JobDetails; sent: SentItem[] }> {
  const before = sentItems(sandboxDir()).length;
  const name = `sched_${++n}.csv`;
  const job = await nextJob(h, () => {
    const part = path.join(h.inbox(), `${name}.part`);
    fs.writeFileSync(part, lines.map((l) => `${l}\r\n`).join(''));
    fs.utimesSync(part, new Date(writtenAt), new Date(writtenAt));
    fs.renameSync(part, path.join(h.inbox(), name));
  });
  return { job, sent: sentItems(sandboxDir()).slice(before) };
}

const HEADER = 'Date,Time,Patient,DOB,Provider,Status';
const NINE = '03/02/2027,9:00 AM,"Garcia, Maria",11/30/1975,"Lee, Anna MD"';
const TWO = '03/02/2027,2:00 PM,"Garcia, Maria",11/30/1975,"Lee, Anna MD"';
const OTHER = '03/02/2027,10:00 AM,"Nguyen, Thanh",07/04/1988,"Lee, Anna MD",Scheduled';

describe("one patient's two visits of a day in the other order next time", () => {
  it('rows reversed, nothing changed: no id changes, nothing moves, one appointment per visit', async () => {
    await setUp();
    const one = await drop([HEADER, `${NINE},Scheduled`, `${TWO},Scheduled`, OTHER], '2027-03-01T23:00:00Z');
    expect(one.job.state, one.job.reason).toBe('processed');
    const ids = new Map(one.sent.map((s) => [s.start, s.appointmentId]));
    const two = await drop([HEADER, `${TWO},Scheduled`, OTHER, `${NINE},Scheduled`], '2027-03-02T01:00:00Z');
    expect(['processed', 'held']).toContain(two.job.state);
    // Whatever went, went under the id its start was sent with.
    for (const s of two.sent) expect(s.appointmentId, s.start).toBe(ids.get(s.start));
    expect(portal().filter((l) => l.endsWith(' active'))).toHaveLength(3);
  });
  it('rows reversed and the afternoon visit cancelled: the 2:00 PM one is cancelled, the 9:00 AM one stays', async () => {
    await setUp();
    const one = await drop([HEADER, `${NINE},Scheduled`, `${TWO},Scheduled`, OTHER], '2027-03-01T23:00:00Z');
    expect(one.job.state, one.job.reason).toBe('processed');
    const ids = new Map(one.sent.map((s) => [s.start, s.appointmentId]));
    const two = await drop([HEADER, `${TWO},Cancelled`, OTHER, `${NINE},Scheduled`], '2027-03-02T01:00:00Z');
    expect(['processed', 'held']).toContain(two.job.state);
    for (const s of two.sent) expect(s.appointmentId, s.start).toBe(ids.get(s.start));
    if (two.job.state === 'processed') {
      const garcia = portal().filter((l) =>
        l.startsWith(one.sent.find((s) => s.start.startsWith('2027-03-02T15'))!.patientId),
      );
      expect(garcia).toEqual(
        ['2027-03-02T15:00:00.000Z active', '2027-03-02T20:00:00.000Z cancelled'].map(
          (x) => `${garcia[0]!.split(' ')[0]} ${x}`,
        ),
      );
    }
  });
});
