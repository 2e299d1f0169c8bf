// The inbox watcher against real folders and real chokidar: a file is handed over only once it
// has stopped changing, temporary names and our own subfolders are never taken, and files that
// were already there at start come oldest first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InboxWatcher } from '../../main/engine/watch/inbox-watcher.ts';
import { isIgnoredName } from '../../main/engine/watch/ignored-names.ts';

const STABILITY = 250;
let dir: string;
let watcher: InboxWatcher | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inbox-'));
});
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startWatcher(
  seen: { file: string; size: number; at: number }[],
  stabilityMs = STABILITY,
): Promise<void> {
  watcher = new InboxWatcher({
    dir,
    stabilityMs,
    polling: false,
    onFile: (file) => seen.push({ file, size: fs.statSync(file).size, at: Date.now() }),
  });
  await watcher.start();
}

test('a file written slowly in chunks is handed over once, complete, after it stops changing', async () => {
  // A window 12 times the writer's pace (as 'keeps growing' below): with a 250 ms window and
  // 120 ms gaps, a test timer 130 ms late (load 30) made a gap as long as the window, and the
  // half-written file was rightly taken as stable.
  const window = 1000;
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen, window);
  const file = path.join(dir, 'export.csv');
  const fd = fs.openSync(file, 'w');
  let lastWrite = 0;
  for (let i = 0; i < 5; i++) {
    if (i) await sleep(window / 12); // gaps shorter than the window: not stable yet
    fs.writeSync(fd, `row ${i},${'x'.repeat(10_000)}\n`);
    lastWrite = Date.now();
    expect(seen).toHaveLength(0);
  }
  fs.closeSync(fd);
  const expectedSize = fs.statSync(file).size;
  // Waited for, not assumed within a time: chokidar's stability checks run late on a loaded machine.
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]!.size).toBe(expectedSize);
  expect(seen[0]!.at - lastWrite).toBeGreaterThanOrEqual(window - 20);
  await sleep(window * 2); // once: no second hand-over of the same file
  expect(seen).toHaveLength(1);
});

test('an empty file, a byte-order mark alone and a header line alone are handed over once stable: their jobs say they are empty', async () => {
  // Not waited for: an empty export must be heard of at once (`run --once` ends without it, and
  // the front desk sees nothing). An exporter that pauses between its header and its rows is
  // read again when it grows (plan-job.ts: a failed reading files the export only after three
  // quiet stability windows); a longer pause leaves the whole export in failed/, never lost.
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen);
  fs.writeFileSync(path.join(dir, 'empty.csv'), '');
  fs.writeFileSync(path.join(dir, 'bom.csv'), Buffer.from([0xef, 0xbb, 0xbf]));
  fs.writeFileSync(path.join(dir, 'header-only.csv'), 'Date,Time,Patient\r\n');
  await expect.poll(() => seen.length).toBe(3);
  expect(seen.map((s) => path.basename(s.file)).sort()).toEqual(['bom.csv', 'empty.csv', 'header-only.csv']);
});

test('a file that keeps growing waits until it stops', async () => {
  // A window 12 times the writer's pace: at load 40 a 250 ms window saw a gap in the writes as
  // long as itself (the test's own timer late), and the file was rightly taken as stable.
  const window = 1000;
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen, window);
  const file = path.join(dir, 'growing.txt');
  fs.writeFileSync(file, 'start\n');
  const stopAt = Date.now() + window * 3;
  while (Date.now() < stopAt) {
    fs.appendFileSync(file, 'more\n');
    await sleep(window / 12);
  }
  expect(seen).toHaveLength(0);
  await expect.poll(() => seen.length).toBe(1);
  expect(seen[0]!.size).toBe(fs.statSync(file).size);
});

test('temporary names, dotfiles and subfolders are ignored', async () => {
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen);
  fs.mkdirSync(path.join(dir, 'processed', '2026-01-01'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'processed', '2026-01-01', 'old.csv'), 'a');
  fs.writeFileSync(path.join(dir, 'a.csv.tmp'), 'a');
  fs.writeFileSync(path.join(dir, 'b.part'), 'a');
  fs.writeFileSync(path.join(dir, '~$lock.csv'), 'a');
  fs.writeFileSync(path.join(dir, '.hidden.csv'), 'a');
  fs.writeFileSync(path.join(dir, 'real.csv'), 'a');
  // The ignored files were written first: had any been taken, it would be by the time real.csv is
  // (and two more windows).
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  await sleep(STABILITY * 2);
  expect(seen.map((s) => path.basename(s.file))).toEqual(['real.csv']);
});

test('files already in the inbox at start are handed over oldest first', async () => {
  const names = ['c.csv', 'a.csv', 'b.csv'];
  names.forEach((n, i) => {
    const f = path.join(dir, n);
    fs.writeFileSync(f, n);
    const t = new Date(Date.now() - (10 - i) * 60_000); // c oldest, then a, then b
    fs.utimesSync(f, t, t);
  });
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen);
  await watcher!.firstLook();
  expect(seen.map((s) => path.basename(s.file))).toEqual(['c.csv', 'a.csv', 'b.csv']);
});

// The engine's inbox check (a sweep every few seconds) can come while the first look is still
// statting a large backlog (a loaded machine, a network share). Both looks found the files before
// either marked them waiting, and took them side by side: 58e's backlog S2, S1, S0 (newest
// written first, run stamps in their names) went S1 before S2 at load 30, and S1 booked again
// what S2 had cancelled. Looks at the inbox take turns: every file still comes oldest first.
test('files present at start come oldest first and once, with inbox checks during the first look', async () => {
  const names = Array.from({ length: 24 }, (_, i) => `run_${String(i).padStart(2, '0')}.csv`);
  names.forEach((n, i) => {
    const f = path.join(dir, n);
    fs.writeFileSync(f, n);
    const t = new Date(Date.now() - (100 - ((i * 7) % 24)) * 60_000); // a shuffled age each
    fs.utimesSync(f, t, t);
  });
  const oldestFirst = [...names].sort(
    (a, b) => ((names.indexOf(a) * 7) % 24) - ((names.indexOf(b) * 7) % 24),
  );
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen);
  await Promise.all([watcher!.sweep(), watcher!.sweep(), watcher!.firstLook(), watcher!.sweep()]);
  await watcher!.sweep();
  expect(seen.map((s) => path.basename(s.file))).toEqual(oldestFirst);
});

test('firstLook resolves once the files present at start are handed over, not before (run --once waits for it)', async () => {
  for (const n of ['a.csv', 'b.csv']) fs.writeFileSync(path.join(dir, n), n);
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen);
  const started = Date.now();
  expect(seen).toHaveLength(0);
  await watcher!.firstLook();
  expect(seen.map((s) => path.basename(s.file)).sort()).toEqual(['a.csv', 'b.csv']);
  // One stability window: the second look that proves a file is no longer being written.
  expect(Date.now() - started).toBeGreaterThanOrEqual(STABILITY - 20);
});

test('rescan hands over a file again (Send now) but never twice at once', async () => {
  const seen: { file: string; size: number; at: number }[] = [];
  await startWatcher(seen);
  fs.writeFileSync(path.join(dir, 'x.csv'), 'x');
  await expect.poll(() => seen.length).toBe(1);
  await watcher!.rescan();
  expect(seen).toHaveLength(2);
});

test('isIgnoredName', () => {
  expect(isIgnoredName('export.csv')).toBe(false);
  expect(isIgnoredName('Export.TMP')).toBe(true);
  expect(isIgnoredName('x.csv.error.txt')).toBe(true);
  expect(isIgnoredName('~$book.xlsx')).toBe(true);
  // Excel's save file (eight hex digits, no extension); a date-named file, or one with an extension, is read.
  expect(isIgnoredName('Cedd4100')).toBe(true);
  expect(isIgnoredName('/share/inbox/A1B2C3D4')).toBe(true);
  expect(isIgnoredName('20270301')).toBe(false);
  expect(isIgnoredName('Cedd4100.csv')).toBe(false);
  expect(isIgnoredName('Cedd41000')).toBe(false);
  expect(isIgnoredName('appts_01')).toBe(false);
});
