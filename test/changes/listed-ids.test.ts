// The newest export that listed each appointment id, against a real file in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LISTED_IDS_FILE, ListedIds } from '../../main/changes/index.ts';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'listed-test-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('keeps the newest arrival per id across a reopen; an older export listed afterwards changes nothing', async () => {
  const a = await ListedIds.open(dir);
  await a.record(['1', '2'], 1000);
  await a.record(['2', '3'], 3000);
  // An older file read last (a held file released): the later export's time stays.
  await a.record(['2', '4'], 2000);
  expect(['1', '2', '3', '4', '5'].map((id) => a.lastListed(id))).toEqual([
    1000,
    3000,
    3000,
    2000,
    undefined,
  ]);
  await a.close();
  const b = await ListedIds.open(dir);
  expect(['1', '2', '3', '4'].map((id) => b.lastListed(id))).toEqual([1000, 3000, 3000, 2000]);
  await b.close();
});

test('a line torn by a crash is cut off, and the next export appends on a clean line', async () => {
  const file = path.join(dir, LISTED_IDS_FILE);
  fs.writeFileSync(file, '{"v":1,"at":1000,"ids":["1"]}\n{"v":1,"at":2000,"ids":["1","2"');
  const a = await ListedIds.open(dir);
  expect([a.lastListed('1'), a.lastListed('2')]).toEqual([1000, undefined]);
  await a.record(['2'], 3000);
  await a.close();
  expect(fs.readFileSync(file, 'utf8')).toBe(
    '{"v":1,"at":1000,"ids":["1"]}\n{"v":1,"at":3000,"ids":["2"]}\n',
  );
});

test('rewritten one line per arrival once it holds twice the ids it needs', async () => {
  const ids = Array.from({ length: 600 }, (_, i) => String(i));
  const a = await ListedIds.open(dir);
  await a.record(ids, 1000);
  await a.record(ids, 2000); // 1200 ids written for 600: compacted
  await a.record(['7'], 3000);
  await a.close();
  const lines = fs.readFileSync(path.join(dir, LISTED_IDS_FILE), 'utf8').trim().split('\n');
  expect(lines).toHaveLength(2);
  const b = await ListedIds.open(dir);
  expect([b.lastListed('0'), b.lastListed('7'), b.lastListed('599')]).toEqual([2000, 3000, 2000]);
  await b.close();
});

test('the ids an export said were cancelled, never sent: only the newest listing counts, across a reopen', async () => {
  const a = await ListedIds.open(dir);
  await a.record(['A1', 'A4', 'A5'], 1000, new Set(['A4', 'A5']));
  // A later export lists A5 as booked; an older one read after it says nothing new about A4.
  await a.record(['A1', 'A5'], 2000);
  await a.record(['A4'], 500);
  expect(['A1', 'A4', 'A5', 'A9'].map((id) => a.saidCancelledUnsent(id))).toEqual([
    false,
    true,
    false,
    false,
  ]);
  await a.close();
  expect(fs.readFileSync(path.join(dir, LISTED_IDS_FILE), 'utf8').split('\n')[0]).toBe(
    '{"v":1,"at":1000,"ids":["A1","A4","A5"],"cancelled":["A4","A5"]}',
  );
  const b = await ListedIds.open(dir);
  expect(['A1', 'A4', 'A5'].map((id) => b.saidCancelledUnsent(id))).toEqual([false, true, false]);
  await b.close();
});
