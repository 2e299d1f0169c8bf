// Snapshot mode and an "upcoming appointments" export: a report run at 11:15 lists the day from
// then on. The morning's visits are missing because they are over, not because they were
// cancelled: they must not be cancelled on the portal. An appointment still ahead when the file
// was written, or one after the file's first row, that is missing is cancelled as before.
// Real engine, real importer, real sandbox on loopback. Every schedule is 2027-03-01 in Chicago
// (CST, UTC-6: local + 6 h); the file's modification time says when it was written.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness, nextJob } from './support/engine-harness.ts';
import { portalLines, sentItems, sentLines } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sandboxDir = () => path.join(h.root, 'sandbox');
const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
/** Row i (0-9): E-10i at 09:00 + 30 min × i local (09:00, 09:30, … 13:30). */
const row = (i: number) =>
  `E-10${i},P-70${i},Pat,Number${i},1980-02-0${(i % 9) + 1},03/01/2027,` +
  `${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},Dr Jane Smith,Checkup,Confirmed`;
const csv = (rows: number[]) => [HEADER, ...rows.map(row)].map((l) => `${l}\r\n`).join('');

/** Write an export aside with the given modification time, then rename it into the inbox. */
function dropWrittenAt(name: string, text: string, writtenAt: string): void {
  const part = path.join(h.inbox(), `${name}.part`);
  fs.writeFileSync(part, text);
  const t = new Date(writtenAt);
  fs.utimesSync(part, t, t);
  fs.renameSync(part, path.join(h.inbox(), name));
}

async function fullDaySentAt0700(): Promise<void> {
  h = await createHarness({
    // 100 %: the mass-cancel guard never holds, so what the range itself cancels shows.
    over: [{ timeZone: 'America/Chicago', snapshotMode: true, maxSnapshotCancelPercent: 100 }],
  });
  await h.start();
  const all = Array.from({ length: 10 }, (_, i) => i);
  const job = await nextJob(h, () => dropWrittenAt('day.csv', csv(all), '2027-03-01T13:00:00Z'));
  expect(job.state, job.reason).toBe('processed');
  expect(sentItems(sandboxDir())).toHaveLength(10);
}

describe('snapshot mode and a file written during the day it lists', () => {
  it('an export of the appointments from 11:15 on cancels none of the morning, only the 12:30 it leaves out', async () => {
    await fullDaySentAt0700();
    // Written 11:15 local (17:15Z): 11:30, 12:00, 13:00, 13:30. Missing: 09:00–11:00 (over, or
    // begun, at 11:15, and before the file's first row) and 12:30 (still ahead at 11:15).
    const job = await nextJob(h, () => dropWrittenAt('day.csv', csv([5, 6, 8, 9]), '2027-03-01T17:15:00Z'));
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(10))).toEqual([
      'CANCEL E-107 P-707 2027-03-01T18:30:00.000Z',
    ]);
    expect(
      portalLines(sandboxDir(), h.settings.practices[0]!.practiceId).filter((l) => l.endsWith('cancelled')),
    ).toHaveLength(1);
  }, 60_000);

  it('a whole-day export written at 11:15 still cancels a morning visit it leaves out after its first row', async () => {
    await fullDaySentAt0700();
    // 09:00 is listed, so the file covers the morning: 10:00 (E-102), over at 11:15, is gone.
    const rows = [0, 1, 3, 4, 5, 6, 7, 8, 9];
    const job = await nextJob(h, () => dropWrittenAt('day.csv', csv(rows), '2027-03-01T17:15:00Z'));
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(10))).toEqual([
      'CANCEL E-102 P-702 2027-03-01T16:00:00.000Z',
    ]);
  }, 60_000);

  it('a file written before the day began covers it: an appointment before its first row is cancelled', async () => {
    await fullDaySentAt0700();
    // Written 08:30 local (14:30Z), before the first appointment: 09:00 is missing while still ahead.
    const job = await nextJob(h, () =>
      dropWrittenAt('day.csv', csv([1, 2, 3, 4, 5, 6, 7, 8, 9]), '2027-03-01T14:30:00Z'),
    );
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(10))).toEqual([
      'CANCEL E-100 P-700 2027-03-01T15:00:00.000Z',
    ]);
  }, 60_000);
});
