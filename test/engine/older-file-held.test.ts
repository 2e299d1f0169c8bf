// A file written before an export that was already sent, arriving after it (the 08:00 export
// copied in with its time kept after the 09:00 one, yesterday's file put back from processed/),
// is held: sent, it would undo the later changes. Accepted once in the review, it goes. Files
// arriving in the order they were written, and a file that would send nothing, are not held.
// Real importer, real engine, real sandbox on loopback; expected values worked out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness, nextJob, saveSettings } from './support/engine-harness.ts';
import { portalLines, sentItems, sentLines } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sandboxDir = () => path.join(h.root, 'sandbox');
const portal = () => portalLines(sandboxDir(), h.settings.practices[0]!.practiceId);
const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
const csv = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;
// 2027-03-01 in Chicago (CST, UTC-6): local + 6 h.
const row = (id: number, time: string, status: string) =>
  `A-${id},P-${id},Pat,Number${id},1980-02-03,2027-03-01,${time},Dr Jane Smith,Checkup,${status}`;

const at0800 = csv(row(1, '09:00', 'Confirmed'), row(2, '09:30', 'Confirmed'));
// At 09:00: A-1 moved to 11:00, A-2 cancelled.
const at0900 = csv(row(1, '11:00', 'Confirmed'), row(2, '09:30', 'Cancelled'));

async function setUp(): Promise<void> {
  h = await createHarness({ over: [{ timeZone: 'America/Chicago' }], tuning: { inboxCheckMs: 300 } });
  saveSettings(h);
}

/** Drop a file whose modification time is `modified` (copied with its time kept); wait until it
 *  is processed or held. */
function drop(name: string, text: string, modified: Date): Promise<JobDetails> {
  return nextJob(h, () => {
    const part = path.join(h.inbox(), `${name}.part`);
    fs.writeFileSync(part, text);
    fs.utimesSync(part, modified, modified);
    fs.renameSync(part, path.join(h.inbox(), name));
  });
}

test('an older export dropped after a newer one is held, and goes once accepted', async () => {
  await setUp();
  const running = await h.start();
  const hourAgo = new Date(Date.now() - 3_600_000);
  const twoHoursAgo = new Date(Date.now() - 7_200_000);
  expect((await drop('appts_0900.csv', at0900, hourAgo)).state).toBe('processed');
  expect(sentLines(sentItems(sandboxDir()))).toEqual(['NEW A-1 P-1 2027-03-01T17:00:00.000Z']);

  const old = await drop('appts_0800.csv', at0800, twoHoursAgo);
  // Before the fix: UPDATE A-1 back to 09:00 and NEW A-2, undoing the 09:00 export.
  expect(old.state).toBe('held');
  expect(sentItems(sandboxDir())).toHaveLength(1);
  expect(old.doubts).toHaveLength(1);
  expect(old.doubts![0]!.message).toContain(
    'this file was written before appts_0900.csv (already sent): sending it would undo later changes',
  );
  expect(old.doubts![0]!.count).toBe(2);

  // A person says it is the newest schedule after all: it goes.
  // Accepting says what goes: appointments to send, not cancellations.
  expect(await running.engine.acceptCancellations(old.id)).toMatchObject({
    ok: true,
    message: expect.stringMatching(/^Accepted \d+ appointments? to send of /),
  });
  // Read again now, unless the next inbox check (every 300 ms here) already took it: on a busy
  // machine it sometimes does, and releaseHeld then finds nothing held.
  expect(await running.engine.releaseHeld('Practice 1')).toBeLessThanOrEqual(1);
  await h.waitFor((js) => js.find((j) => j.id === old.id)?.state === 'processed');
  await sleep(400);
  expect(sentLines(sentItems(sandboxDir()).slice(1))).toEqual([
    'NEW A-2 P-2 2027-03-01T15:30:00.000Z',
    'UPDATE A-1 P-1 2027-03-01T15:00:00.000Z',
  ]);
  expect(portal()).toEqual(['P-1 2027-03-01T15:00:00.000Z active', 'P-2 2027-03-01T15:30:00.000Z active']);
});

test('exports in the order they were written, or an older one that changes nothing, are not held', async () => {
  await setUp();
  await h.start();
  const t = Date.now() - 7_200_000;
  expect((await drop('appts_0800.csv', at0800, new Date(t))).state).toBe('processed');
  // One minute apart as written; well apart from the clock's noise.
  expect((await drop('appts_0900.csv', at0900, new Date(t + 60_000))).state).toBe('processed');
  // Written a second before the 09:00 one: within the margin, clock noise.
  const close = csv(row(1, '11:00', 'Confirmed'), row(2, '09:30', 'Cancelled'), row(3, '12:00', 'Confirmed'));
  expect((await drop('appts_0900b.csv', close, new Date(t + 59_000))).state).toBe('processed');
  // The 08:00 one's A-1 only, as the portal has it now, written long before: nothing to send.
  const same = await drop('appts_0700.csv', csv(row(1, '11:00', 'Confirmed')), new Date(t - 60_000));
  expect(same.state).toBe('processed');
  expect(sentLines(sentItems(sandboxDir()))).toEqual([
    'CANCEL A-2 P-2 2027-03-01T15:30:00.000Z',
    'NEW A-1 P-1 2027-03-01T15:00:00.000Z',
    'NEW A-2 P-2 2027-03-01T15:30:00.000Z',
    'NEW A-3 P-3 2027-03-01T18:00:00.000Z',
    'UPDATE A-1 P-1 2027-03-01T17:00:00.000Z',
  ]);
});

test('an older file whose appointments no later-written export had is not held (per-provider reports copied in by name)', async () => {
  await setUp();
  await h.start();
  const t = Date.now() - 7_200_000;
  // Dr Shah's report written at 07:00 arrives first; Dr Ng's, written five minutes earlier, next.
  const shah = csv(row(7, '10:00', 'Confirmed').replace('Dr Jane Smith', 'Dr Ravi Shah'));
  const ng = csv(row(8, '09:00', 'Confirmed'), row(9, '09:30', 'Confirmed'));
  expect((await drop('shah_schedule.csv', shah, new Date(t))).state).toBe('processed');
  const second = await drop('ng_schedule.csv', ng, new Date(t - 300_000));
  expect(second.state, second.reason).toBe('processed');
  expect(sentLines(sentItems(sandboxDir()))).toEqual([
    'NEW A-7 P-7 2027-03-01T16:00:00.000Z',
    'NEW A-8 P-8 2027-03-01T15:00:00.000Z',
    'NEW A-9 P-9 2027-03-01T15:30:00.000Z',
  ]);
  // Still held: an older file that would change an appointment the later one listed.
  const back = await drop('ng_old.csv', csv(row(7, '08:00', 'Confirmed')), new Date(t - 600_000));
  expect(back.state).toBe('held');
  expect(back.doubts![0]!.samples).toEqual(['A-7']);
});

/** `Printed: YYYY-MM-DD HH:mm` as a Chicago clock (the practice's zone) shows `ms`. */
const printed = (ms: number) =>
  `Printed: ${new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Chicago', dateStyle: 'short', timeStyle: 'short' }).format(ms)}`;

test('a report saved again with new bytes is held when it says it was printed before the export already sent', async () => {
  await setUp();
  await h.start();
  // Two print runs of one report an hour apart: the earlier run is opened in Excel and saved into
  // the inbox again after the later run went, so its modification time is the newer one; the
  // stamp it prints still says an hour earlier.
  const report = (stamp: string, body: string) => `Appointment List\r\n${stamp}\r\n${body}`;
  const t = Date.now() - 60_000;
  // First, a report from a machine whose clock is a year ahead: its stamp cannot be when it was
  // made (a year after it was written), so it is not remembered. Before: every later export said
  // it was made before it, and the next one was held.
  const ahead = report(printed(t + 366 * 86_400_000), csv(row(5, '10:00', 'Confirmed')));
  expect((await drop('appts_ahead.csv', ahead, new Date(t - 30_000))).state).toBe('processed');
  const sent = await drop('appts_0900.csv', report(printed(t), at0900), new Date(t));
  expect(sent.state).toBe('processed');
  const resaved = await drop('appts_0800.csv', report(printed(t - 3_600_000), at0800), new Date(t + 30_000));
  // Before: written after appts_0900.csv by its time, it went, moving A-1 back to 09:00 and
  // booking the cancelled A-2 again.
  expect(resaved.state).toBe('held');
  expect(resaved.doubts).toHaveLength(1);
  expect(resaved.doubts![0]!).toMatchObject({
    check: 'older-file',
    count: 2,
    message: `this file (appts_0800.csv) says it was made before appts_0900.csv (already sent): sending it would undo later changes ('${printed(t - 3_600_000)}' against '${printed(t)}'; a report saved or printed again keeps the time it was made); it would send 2 appointments; nothing was sent`,
  });
  expect(sentLines(sentItems(sandboxDir()))).toEqual([
    'NEW A-1 P-1 2027-03-01T17:00:00.000Z',
    'NEW A-5 P-5 2027-03-01T16:00:00.000Z',
  ]);
});
