// The journal grows linearly with a job's batches (issue 10 item 9): a file of many batches sent
// through the real engine (sandbox on loopback, real job store) adds about one journal line per
// batch, each carrying that batch alone, not the job's whole batch list again. Before the fix
// every batch rewrote the whole list twice: 20,000 rows made jobs.log 204 MB.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { JobStore, JOBS_FILE } from '../../../main/engine/job-store/job-store.ts';
import { createHarness, type Harness } from '../support/engine-harness.ts';
import { clinikoCsv } from '../support/generate-export.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function lines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

test('a job of 100 batches adds at most 2 journal lines per batch and at most 4 times its own size in bytes', async () => {
  h = await createHarness();
  h.settings.batchSize = 10;
  await h.start();
  fs.writeFileSync(path.join(h.inbox(), 'week.csv'), clinikoCsv(1000)); // 1000 rows / 10 = 100 batches
  const [job] = await h.waitFor(
    // 3 s on an idle machine; at load 30 still tracking its 100 DataJobIds after 60 s.
    (jobs) => jobs.some((j) => j.state === 'processed' || j.state === 'failed'),
    100_000,
  );
  expect(job!.state).toBe('processed');
  expect(job!.counts.sent).toBe(1000);
  expect(job!.batches).toHaveLength(100);
  expect(job!.dataJobIds).toHaveLength(100);
  expect(job!.messageIds).toHaveLength(100);
  expect(job!.batches.every((b) => b.httpStatus === 202 && b.appointmentIds.length === 10)).toBe(true);
  expect(job!.outcome).toBe('COMPLETED');
  await h.stopEngine();

  const jobsDir = path.join(h.dataDir, 'jobs');
  const file = path.join(jobsDir, JOBS_FILE);
  const written = lines(file);
  const records = written.length - 1;
  const journalBytes = fs.statSync(file).size - Buffer.byteLength(`${written[0]}\n`);
  // Every record of the file is this job's (one job, no compaction at ~100 records).
  expect(written.slice(1).every((l) => l.includes(`"id":"${job!.id}"`))).toBe(true);
  expect(records).toBeLessThanOrEqual(2 * 100);
  // Written in the format that has batch records (2) and practice keys (3).
  expect((JSON.parse(written[0]!) as { v: number }).v).toBe(3);

  // The same job rewritten as one record: what the journal would hold if every step had been
  // folded in. Linear growth keeps the journal within a few times that (each batch is written
  // when planned, when accepted and when its outcome arrives; measured 1.8×); the old whole-list
  // rewrites made it 64 times as large (207 lines, 5.4 MB against an 84 KB record).
  const store = await JobStore.open(jobsDir);
  try {
    const before = store.get(job!.id);
    expect(before).toEqual(job);
    await store.compact();
    const compacted = lines(file);
    expect(compacted).toHaveLength(2);
    const oneRecord = Buffer.byteLength(`${compacted[1]}\n`);
    expect(journalBytes).toBeLessThanOrEqual(4 * oneRecord);
    expect(store.get(job!.id)).toEqual(job);
  } finally {
    await store.close();
  }
  // And it reads back the same after a restart.
  const again = await JobStore.open(jobsDir, { readOnly: true });
  try {
    expect(again.get(job!.id)).toEqual(job);
    expect(again.warnings).toEqual([]);
  } finally {
    await again.close();
  }
}, 120_000);
