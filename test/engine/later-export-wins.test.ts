// An older file read after a later one (held for an unknown status word, released once a person
// answers) never changes an appointment the later export listed, whether that export sent it or
// found it unchanged, by a row of its own or by a snapshot cancellation. Real importer, real
// engine, real `mapping confirm`, real sandbox on loopback; expected values worked out by hand.
import path from 'node:path';
import {
  confirmMapping,
  createHarness,
  type Harness,
  dropExport,
  nextJob,
  saveSettings,
} from './support/engine-harness.ts';
import { portalLines, sentItems, sentLines } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sandboxDir = () => path.join(h.root, 'sandbox');
const portal = () => portalLines(sandboxDir(), h.settings.practices[0]!.practiceId);
const FILE = 'Appointments.csv';
const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;
// 2027-03-01 in Chicago (CST, UTC-6): local + 6 h.
const row = (id: number, time: string, status: string) =>
  `A-${id},P-${id},Pat,Number${id},1980-02-03,2027-03-01,${time},Dr Jane Smith,Checkup,${status}`;

async function setUp(snapshotMode: boolean): Promise<void> {
  h = await createHarness({
    over: [{ timeZone: 'America/Chicago', snapshotMode }],
    tuning: { inboxCheckMs: 300 },
  });
  saveSettings(h);
  await h.start();
}

/** Drop one day's export; wait until it is processed or held. */
function day(text: string): Promise<JobDetails> {
  return nextJob(h, () => dropExport(h.inbox(), FILE, text));
}

/** The person answers the unknown status word from the command line; the held file then goes. */
async function confirmAndRelease(held: JobDetails): Promise<JobDetails> {
  await confirmMapping(h, '--status', 'Umgebucht=booked');
  const jobs = await h.waitFor((js) => js.find((j) => j.id === held.id)?.state === 'processed');
  await sleep(400);
  return jobs.find((j) => j.id === held.id)!;
}

test('a held file released after a later export does not cancel what the later export listed unchanged', async () => {
  await setUp(false);
  const one = await day(csv(row(1, '09:00', 'Confirmed'), row(2, '09:30', 'Confirmed')));
  expect(one.state).toBe('processed');
  // Day 2: A-2 cancelled, and a status word nobody has answered yet: held, nothing sent.
  const two = await day(
    csv(row(1, '09:00', 'Confirmed'), row(2, '09:30', 'Cancelled'), row(3, '10:00', 'Umgebucht')),
  );
  expect(two.state).toBe('held');
  // Day 3: A-2 booked again (the same as day 1: unchanged, nothing sent for it), A-3 booked.
  const three = await day(
    csv(row(1, '09:00', 'Confirmed'), row(2, '09:30', 'Confirmed'), row(3, '10:00', 'Confirmed')),
  );
  expect(three.state).toBe('processed');
  expect(sentLines(sentItems(sandboxDir()).slice(2))).toEqual(['NEW A-3 P-3 2027-03-01T16:00:00.000Z']);

  const released = await confirmAndRelease(two);
  // Before the fix: CANCEL A-2 (day 2's word over day 3's). A-3 was sent by day 3 itself.
  expect(sentItems(sandboxDir())).toHaveLength(3);
  expect(portal()).toEqual([
    'P-1 2027-03-01T15:00:00.000Z active',
    'P-2 2027-03-01T15:30:00.000Z active',
    'P-3 2027-03-01T16:00:00.000Z active',
  ]);
  const reasons = released.skippedRows!.map((s) => [s.reason, s.count, s.lines]);
  expect(reasons).toContainEqual([
    'left as the later export had it (a later export listed this appointment)',
    1,
    [3],
  ]);
  expect(released.reason).toContain('left as the later export had it');
});

test('snapshot mode: a held file released after a later export does not cancel what that export booked', async () => {
  await setUp(true);
  const booked = [
    row(1, '09:00', 'Confirmed'),
    row(2, '09:30', 'Confirmed'),
    row(3, '10:00', 'Confirmed'),
    row(4, '10:30', 'Confirmed'),
    row(5, '11:00', 'Confirmed'),
    row(6, '11:30', 'Confirmed'),
  ];
  expect((await day(csv(...booked))).state).toBe('processed');
  const two = await day(csv(...booked, row(7, '16:00', 'Umgebucht')));
  expect(two.state).toBe('held');
  // Day 3: A-7 confirmed, A-8 booked at 16:30 (sent NEW by day 3).
  const three = await day(csv(...booked, row(7, '16:00', 'Confirmed'), row(8, '16:30', 'Confirmed')));
  expect(three.state).toBe('processed');
  expect(sentLines(sentItems(sandboxDir()).slice(6))).toEqual([
    'NEW A-7 P-7 2027-03-01T22:00:00.000Z',
    'NEW A-8 P-8 2027-03-01T22:30:00.000Z',
  ]);

  const released = await confirmAndRelease(two);
  // Day 2 does not list A-8 (1 of 8 on the portal: under the mass-cancel limit). Before the fix
  // it was sent as CANCEL A-8, though the newest export has it booked.
  expect(sentItems(sandboxDir())).toHaveLength(8);
  expect(portal()).toContain('P-8 2027-03-01T22:30:00.000Z active');
  expect(released.skippedRows!.map((s) => [s.reason, s.count, s.lines])).toContainEqual([
    'not in this file, but left as the later export had it (a later export listed it): not cancelled',
    1,
    [],
  ]);
});

/** A row of another provider (Dr Bob Jones), else as row(). */
const rowOf = (id: number, time: string, status: string, provider: string) =>
  row(id, time, status).replace('Dr Jane Smith', provider);

/** Snapshot mode: day 1 books A-1..A-3 and goes; day 2 adds `fourth` and is held (A-3's status
 *  word `Umgebucht`, which nobody has answered). */
async function bookedThenHeld(fourth: string): Promise<{ booked: string[]; two: JobDetails }> {
  await setUp(true);
  const booked = [row(1, '09:00', 'Confirmed'), row(2, '09:30', 'Confirmed'), row(3, '10:00', 'Confirmed')];
  expect((await day(csv(...booked))).state).toBe('processed');
  const two = await day(
    csv(row(1, '09:00', 'Confirmed'), row(2, '09:30', 'Confirmed'), row(3, '10:00', 'Umgebucht'), fourth),
  );
  expect(two.state).toBe('held');
  return { booked, two };
}

test('snapshot mode: a held file released after a later full schedule of its day does not book what that schedule left out', async () => {
  // Day 2 books A-4 at 16:00 and is held (a status word nobody has answered: A-3's).
  const { booked, two } = await bookedThenHeld(row(4, '16:00', 'Confirmed'));
  // Day 3, the whole schedule of 2027-03-01 again: A-4 deleted since (just absent, never sent:
  // nothing to cancel, nothing sent).
  expect((await day(csv(...booked))).state).toBe('processed');
  expect(sentItems(sandboxDir())).toHaveLength(3);

  const released = await confirmAndRelease(two);
  // Before the fix: NEW A-4 P-4 2027-03-01T22:00:00.000Z, booked for good though the newest
  // schedule of its day does not have it.
  expect(sentItems(sandboxDir())).toHaveLength(3);
  expect(portal()).toEqual([
    'P-1 2027-03-01T15:00:00.000Z active',
    'P-2 2027-03-01T15:30:00.000Z active',
    'P-3 2027-03-01T16:00:00.000Z active',
  ]);
  expect(released.skippedRows!.map((s) => [s.reason, s.count, s.lines])).toContainEqual([
    'left as the later export had it (a later full-schedule export of its day did not list it): not booked',
    1,
    [5],
  ]);
});

test('snapshot mode: a later schedule of one provider does not stop a held file booking another provider’s appointment', async () => {
  // Day 2 books A-4 with Dr Bob Jones, and is held for A-3's status word.
  const { booked, two } = await bookedThenHeld(rowOf(4, '16:00', 'Confirmed', 'Dr Bob Jones'));
  // Day 3: Dr Jane Smith's schedule only (a report run for her): it says nothing of Dr Jones.
  expect((await day(csv(...booked))).state).toBe('processed');

  await confirmAndRelease(two);
  expect(sentLines(sentItems(sandboxDir()).slice(3))).toEqual(['NEW A-4 P-4 2027-03-01T22:00:00.000Z']);
});
