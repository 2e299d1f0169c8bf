// Which export a print stamp says was made after a file (older-file.ts): more than a minute after
// it, or after the whole day a stamp of a date alone allows; and an exports-read.json entry keeps
// the stamp; a modification time on a clock ahead is weighed only against others ahead. In process,
// no engine: expected values worked out by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  EXPORTS_READ_FILE,
  ExportsRead,
  possibleStamp,
  type ExportRead,
} from '../../main/engine/exports-read.ts';
import { madeAfter, olderFileDoubt, statedBefore, writtenBefore } from '../../main/engine/job/older-file.ts';

const T = Date.UTC(2026, 11, 8, 15, 0); // 8 December 2026 09:00 in Chicago
const stamp = (from: number, to = from) => ({ from, to, text: 'Printed' });
const sent = (stated?: ReturnType<typeof stamp>): ExportRead => ({
  file: 'appts_0900.csv',
  modifiedMs: T,
  arrivedMs: T,
  ...(stated ? { stated } : {}),
});

test('an export says it was made after a file only by more than a minute, or after its whole day', () => {
  expect(statedBefore(sent(stamp(T)), stamp(T - 61_000))).toBeDefined();
  expect(statedBefore(sent(stamp(T)), stamp(T - 60_000))).toBeUndefined();
  // A later stamp, or none on either side: the modification time decides alone.
  expect(statedBefore(sent(stamp(T)), stamp(T + 3_600_000))).toBeUndefined();
  expect(statedBefore(sent(), stamp(T - 86_400_000))).toBeUndefined();
  expect(statedBefore(sent(stamp(T)), undefined)).toBeUndefined();
  // `Run Date: 12/08/26` (the whole of 8 December) is not before 09:00 that day; 7 December is.
  const dec8 = stamp(Date.UTC(2026, 11, 8, 6), Date.UTC(2026, 11, 9, 6) - 1);
  const dec7 = stamp(Date.UTC(2026, 11, 7, 6), Date.UTC(2026, 11, 8, 6) - 1);
  expect(statedBefore(sent(stamp(T)), dec8)).toBeUndefined();
  expect(statedBefore(sent(stamp(T)), dec7)).toBeDefined();
  // Either clock makes an export later; one no longer kept counts as later.
  expect(madeAfter(sent(stamp(T)), { modifiedMs: T + 600_000, stated: stamp(T - 120_000) }, 1000)).toBe(true);
  expect(madeAfter(sent(stamp(T)), { modifiedMs: T + 600_000, stated: stamp(T + 120_000) }, 1000)).toBe(
    false,
  );
  expect(madeAfter(sent(), { modifiedMs: T - 600_000 }, 1000)).toBe(true);
  expect(madeAfter(undefined, { modifiedMs: T + 600_000 }, 1000)).toBe(true);
});

test('exports-read.json keeps each export stamp; the one stated last before an arrival is found', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-read-'));
  try {
    const list = await ExportsRead.open(dir);
    await list.record({ ...sent(stamp(T)), arrivedMs: T + 1 });
    await list.record({ file: 'b.csv', modifiedMs: T + 5, arrivedMs: T + 2 });
    await list.record({ file: 'c.csv', modifiedMs: T - 5, arrivedMs: T + 3, stated: stamp(T - 3_600_000) });
    const again = await ExportsRead.open(dir);
    expect(again.statedLastBefore(T + 4)?.file).toBe('appts_0900.csv');
    expect(again.statedLastBefore(T + 2)?.stated).toEqual(stamp(T));
    expect(again.statedLastBefore(T + 1)).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a stamp more than a day after its file was written or arrived states nothing, and is never kept', async () => {
  const DAY = 86_400_000;
  // Worked out by hand: the earliest instant a stamp allows, against the earlier of the two clocks.
  expect(possibleStamp(stamp(T + DAY), T, T + 5_000)).toBe(true);
  expect(possibleStamp(stamp(T + DAY + 1), T, T + 5_000)).toBe(false);
  // A date alone (its whole day) of the day after the file was written: a zone set wrong, allowed.
  expect(possibleStamp(stamp(T + 9 * 3_600_000, T + 33 * 3_600_000 - 1), T, T)).toBe(true);
  // The report machine's clock a year ahead writes a year-ahead modification time too: the arrival
  // (the connector's clock) still tells; a file never settled has its arrival alone.
  expect(possibleStamp(stamp(T + 365 * DAY), T + 365 * DAY, T)).toBe(false);
  expect(possibleStamp(stamp(T + 2 * DAY), undefined, T)).toBe(false);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-read-'));
  try {
    const list = await ExportsRead.open(dir);
    await list.record({ ...sent(stamp(T)), arrivedMs: T });
    // Printed `12/09/2027` read from a file written on 8 December 2026: a year ahead.
    const ahead = stamp(T + 366 * DAY);
    await list.record({ file: 'ahead.csv', modifiedMs: T + 60_000, arrivedMs: T + 60_000, stated: ahead });
    expect(list.arrivedAt(T + 60_000)).toEqual({
      file: 'ahead.csv',
      modifiedMs: T + 60_000,
      arrivedMs: T + 60_000,
    });
    // The next day's export, printed then, is not made "before" it: the 08 December one is the last.
    const last = list.statedLastBefore(T + 2 * DAY);
    expect(last?.file).toBe('appts_0900.csv');
    expect(statedBefore(last, stamp(T + DAY))).toBeUndefined();
    // A list written before this rule, holding such a stamp: dropped when it is opened.
    const file = path.join(dir, EXPORTS_READ_FILE);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { exports: ExportRead[] };
    doc.exports[1]!.stated = ahead;
    fs.writeFileSync(file, JSON.stringify(doc));
    const again = await ExportsRead.open(dir);
    expect(again.arrivedAt(T + 60_000)?.stated).toBeUndefined();
    expect(again.statedLastBefore(T + 2 * DAY)?.file).toBe('appts_0900.csv');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a hold by a stamp that is after its own export was written says that stamp may be wrong', () => {
  const doubt = (later: ExportRead) =>
    olderFileDoubt({
      later,
      file: 'appts_1000.csv',
      modifiedMs: T + 3_600_000,
      stated: stamp(T + 3_600_000),
      sends: ['A-1'],
      practiceName: 'Practice 1',
    }).message;
  // appts_0900.csv written at 15:00 UTC, its stamp 5 hours later (a clock set ahead, within the day).
  expect(
    doubt({
      ...sent({ from: T + 5 * 3_600_000, to: T + 5 * 3_600_000, text: 'Printed: 12/08/2026 02:00 PM' }),
    }),
  ).toBe(
    "this file (appts_1000.csv) says it was made before appts_0900.csv (already sent): sending it would undo later changes ('Printed' against 'Printed: 12/08/2026 02:00 PM'; a report saved or printed again keeps the time it was made); but appts_0900.csv was written at 2026-12-08 15:00:00 UTC, before its own stamp: if the clock of the computer that printed it was wrong, or the practice's time zone is not the report's, this file may be the newer one; it would send 1 appointment; nothing was sent",
  );
  // Its stamp a minute after it was written (a stamp shows minutes): nothing more is said.
  expect(doubt(sent(stamp(T + 60_000)))).not.toContain('before its own stamp');
});

test('a modification time more than a day after its file arrived is weighed only against others ahead', async () => {
  const DAY = 86_400_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-read-'));
  /** The modification time a file copied in keeps (set as a copy that keeps times would). */
  const written = (name: string, ms: number): number => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, 'Appt ID\r\n');
    fs.utimesSync(file, new Date(ms), new Date(ms));
    return fs.statSync(file).mtimeMs;
  };
  try {
    const list = await ExportsRead.open(dir);
    await list.record({ file: 'appts_0900.csv', modifiedMs: written('appts_0900.csv', T), arrivedMs: T });
    // Copied in at 10:00 from a machine whose clock is a year ahead.
    const aheadMs = written('ahead.csv', T + 365 * DAY);
    await list.record({ file: 'ahead.csv', modifiedMs: aheadMs, arrivedMs: T + 3_600_000 });
    // The next day's real export: before the fix, written "before" ahead.csv and held.
    const nextDay = written('appts_next.csv', T + DAY);
    expect(writtenBefore(list.writtenLastBefore(T + DAY + 5_000, nextDay), nextDay, 1000)).toBeUndefined();
    // Yesterday's file copied in again with its time kept is still held by the 09:00 one.
    const yesterday = written('appts_yesterday.csv', T - DAY);
    expect(writtenBefore(list.writtenLastBefore(T + DAY, yesterday), yesterday, 1000)?.file).toBe(
      'appts_0900.csv',
    );
    // A share always a year ahead stays guarded among its own files: an older one of them is held.
    const aheadOlder = written('ahead_old.csv', T + 365 * DAY - 3_600_000);
    expect(writtenBefore(list.writtenLastBefore(T + DAY, aheadOlder), aheadOlder, 1000)?.file).toBe(
      'ahead.csv',
    );
    // Exactly a day ahead is still a right clock (a zone set wrong, drift): compared as before.
    expect(list.writtenLastBefore(T + DAY, T + 2 * DAY)?.file).toBe('appts_0900.csv');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
