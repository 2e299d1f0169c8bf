// Which export a print stamp says was made after a file (older-file.ts): more than a minute after
// it, or after the whole day a stamp of a date alone allows; and an exports-read.json entry keeps
// the stamp. In process, no engine: expected values worked out by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExportsRead, type ExportRead } from '../../main/engine/exports-read.ts';
import { madeAfter, statedBefore } from '../../main/engine/job/older-file.ts';

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
    await list.record({ ...sent(stamp(T)), arrivedMs: 1 });
    await list.record({ file: 'b.csv', modifiedMs: T + 5, arrivedMs: 2 });
    await list.record({ file: 'c.csv', modifiedMs: T - 5, arrivedMs: 3, stated: stamp(T - 3_600_000) });
    const again = await ExportsRead.open(dir);
    expect(again.statedLastBefore(4)?.file).toBe('appts_0900.csv');
    expect(again.statedLastBefore(2)?.stated).toEqual(stamp(T));
    expect(again.statedLastBefore(1)).toBeUndefined();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
