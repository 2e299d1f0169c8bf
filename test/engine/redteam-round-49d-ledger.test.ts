// Red-team probes (round 49d) on identity from one export to the next, through the sent ledger:
// with ids made from patient, provider and day, a detail of the patient or provider written
// another way in the next export makes another id, and the appointment would show twice on the
// portal (the old one left booked beside the new). Real engine, real importer, real sandbox on
// loopback. The right outcome of each was worked out by hand before the probe first ran: the
// portal keeps one active appointment per visit (the file held, or the old one moved or
// cancelled). A probe whose name starts with FAULT was a wrong send before its fix.
// Every schedule is 2027-03-02 in Chicago (CST, UTC-6: local + 6 h): 9:00 AM = 15:00Z,
// 2:00 PM = 20:00Z.
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
/** The portal's active appointments at `start`. */
const activeAt = (start: string) => portal().filter((l) => l.includes(` ${start} active`));
const NINE = '2027-03-02T15:00:00.000Z';
const TWO = '2027-03-02T20:00:00.000Z';

async function setUp(): Promise<void> {
  h = await createHarness({
    over: [{ timeZone: 'America/Chicago' }],
    tuning: { inboxCheckMs: 300 },
  });
  saveSettings(h);
  await h.start();
}

let n = 0;
/** Drop an export (CRLF lines) written at `writtenAt`, wait for its job, and return it with what
 *  the sandbox received meanwhile. */
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

const EVENING = '2027-03-02T00:00:00Z';
const MORNING = '2027-03-02T13:00:00Z';
const HEADER = 'Date,Time,Patient,DOB,Provider,Type';
const other = '03/02/2027,2:00 PM,"Nguyen, Thanh",07/04/1988,"Lee, Anna MD",Physical';

describe('derived ids from one export to the next', () => {
  it('a provider column added to an export that had none: never a second appointment at its start', async () => {
    await setUp();
    const one = await drop(
      [
        'Date,Time,Patient,DOB,Type',
        '03/02/2027,9:00 AM,"Garcia, Maria",11/30/1975,New Patient',
        '03/02/2027,2:00 PM,"Nguyen, Thanh",07/04/1988,Physical',
      ],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia, Maria",11/30/1975,"Lee, Anna MD",New Patient', other],
      MORNING,
    );
    // Held, or the visit moved to the provider: one active appointment at 9:00 either way.
    expect(activeAt(NINE)).toHaveLength(1);
    expect(activeAt(TWO)).toHaveLength(1);
  });

  it('FAULT: a hyphen added to a family name (Garcia Lopez → Garcia-Lopez): never a second appointment at its start', async () => {
    await setUp();
    const one = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia Lopez, Maria",11/30/1975,"Lee, Anna MD",New Patient', other],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    const two = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia-Lopez, Maria",11/30/1975,"Lee, Anna MD",New Patient', other],
      MORNING,
    );
    // Before the fix: NEW under the id made from `Garcia-Lopez`, the `Garcia Lopez` one left booked.
    expect(two.job.state, two.job.reason).toBe('held');
    expect(two.job.doubts!.map((d) => d.check)).toEqual(['same-person-twice']);
    expect(two.sent).toEqual([]);
    expect(activeAt(NINE)).toHaveLength(1);
  });

  it("FAULT: an apostrophe added (OBrien → O'Brien): never a second appointment at its start", async () => {
    await setUp();
    const one = await drop(
      [HEADER, '03/02/2027,9:00 AM,"OBrien, Sean",11/30/1975,"Lee, Anna MD",New Patient', other],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    const two = await drop(
      [HEADER, `03/02/2027,9:00 AM,"O'Brien, Sean",11/30/1975,"Lee, Anna MD",New Patient`, other],
      MORNING,
    );
    expect(two.job.state, two.job.reason).toBe('held');
    expect(two.job.doubts!.map((d) => d.check)).toEqual(['same-person-twice']);
    expect(activeAt(NINE)).toHaveLength(1);
  });

  it('FAULT: accents dropped by the next export (Muñoz → Munoz): never a second appointment at its start', async () => {
    await setUp();
    const one = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Muñoz, José",11/30/1975,"Lee, Anna MD",New Patient', other],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    const two = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Munoz, Jose",11/30/1975,"Lee, Anna MD",New Patient', other],
      MORNING,
    );
    expect(two.job.state, two.job.reason).toBe('held');
    expect(activeAt(NINE)).toHaveLength(1);
  });

  it('two people of one family name spelled alike but other given names stay two (control)', async () => {
    await setUp();
    const one = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia Lopez, Maria",11/30/1975,"Lee, Anna MD",New Patient', other],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    // Her son booked at her time with the same doctor, her visit listed too: nothing to ask.
    const two = await drop(
      [
        HEADER,
        '03/02/2027,9:00 AM,"Garcia Lopez, Maria",11/30/1975,"Lee, Anna MD",New Patient',
        '03/02/2027,9:00 AM,"Garcia-Lopez, Mateo",05/14/2012,"Lee, Anna MD",Physical',
        other,
      ],
      MORNING,
    );
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => s.action)).toEqual(['NEW']);
    expect(activeAt(NINE)).toHaveLength(2);
  });

  it('a middle initial added (Garcia, Maria → Garcia, Maria T): never a second appointment at its start', async () => {
    await setUp();
    const one = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia, Maria",11/30/1975,"Lee, Anna MD",New Patient', other],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia, Maria T",11/30/1975,"Lee, Anna MD",New Patient', other],
      MORNING,
    );
    expect(activeAt(NINE)).toHaveLength(1);
  });

  it('the provider written another way (Lee, Anna MD → Dr. Anna Lee): never a second appointment at its start', async () => {
    await setUp();
    const one = await drop(
      [HEADER, '03/02/2027,9:00 AM,"Garcia, Maria",11/30/1975,"Lee, Anna MD",New Patient', other],
      EVENING,
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    await drop(
      [
        HEADER,
        '03/02/2027,9:00 AM,"Garcia, Maria",11/30/1975,Dr. Anna Lee,New Patient',
        '03/02/2027,2:00 PM,"Nguyen, Thanh",07/04/1988,Dr. Anna Lee,Physical',
      ],
      MORNING,
    );
    expect(activeAt(NINE)).toHaveLength(1);
    expect(activeAt(TWO)).toHaveLength(1);
  });

  it('rows sorted another way in the next export: each visit stays once, at its own time', async () => {
    await setUp();
    const smith = (time: string, type: string) =>
      `03/02/2027,${time},"Smith, John",04/12/1961,"Lee, Anna MD",${type}`;
    const one = await drop([HEADER, smith('9:00 AM', 'Lab Draw'), smith('2:00 PM', 'Follow Up')], EVENING);
    expect(one.job.state, one.job.reason).toBe('processed');
    const two = await drop([HEADER, smith('2:00 PM', 'Follow Up'), smith('9:00 AM', 'Lab Draw')], MORNING);
    expect(activeAt(NINE)).toHaveLength(1);
    expect(activeAt(TWO)).toHaveLength(1);
    expect(portal().filter((l) => l.endsWith('active'))).toHaveLength(2);
    // Nothing changed: at most the two ids swap starts (two UPDATEs), never a NEW or a CANCEL.
    expect(two.sent.filter((s) => s.action !== 'UPDATE')).toEqual([]);
  });
});
