// Resuming a job whose journal does not say where its file went: a journal written before moves
// were journaled (movingTo), where a kill between "file moved to processed/" and "journal says
// so" left the job 'sending' with its file already filed, or a person who removed the file after
// it was sent. The job is finished from where the file really is; an export Medfusion accepted is
// never recorded as failed. Real folders, the real engine and job store, the sandbox on loopback.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { dataPaths } from '../../main/engine/settings/index.ts';
import { processingPath } from '../../main/engine/archive/inbox-folders.ts';
import { filedOn } from './support/filed-days.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** The processed/ day folder week.csv was filed into (filed-days.ts: not always today's). */
let day: string;

/** Send week.csv to the end, then rewind its journal record to "sent, file still in processing/"
 *  (the state a kill right after the move left in a journal without movingTo). */
async function sentThenRewound(): Promise<JobDetails> {
  const since = new Date();
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  await h.start();
  fs.writeFileSync(path.join(h.inbox(), 'week.csv'), clinikoCsv(3));
  const [done] = await h.waitFor((jobs) => jobs[0]?.state === 'processed');
  day = filedOn(done, since);
  await h.stopEngine();
  const store = await JobStore.open(dataPaths(h.dataDir).jobs);
  const rewound = await store.update(done!.id, {
    state: 'sending',
    archivedPath: processingPath(h.inbox(), done!.id, 'week.csv'),
    finishedAt: undefined,
    outcome: undefined,
  });
  await store.close();
  expect(rewound.batches.map((b) => b.httpStatus)).toEqual([202]);
  return rewound;
}

test('a job the journal left in processing/ whose file is already in processed/ is finished there, not FAILED', async () => {
  const job = await sentThenRewound();
  expect(listFiles(h.inbox())).toEqual([`processed/${day}/week.csv`]);

  await h.start();
  const [after] = await h.waitFor((jobs) => jobs[0]?.state === 'processed' || jobs[0]?.state === 'failed');
  expect(after!.id).toBe(job.id);
  expect(after!.state).toBe('processed');
  expect(after!.reason).toBeUndefined();
  expect(after!.archivedPath).toBe(path.join(h.inbox(), 'processed', day, 'week.csv'));
  expect(listFiles(h.inbox())).toEqual([`processed/${day}/week.csv`]);
  expect(h.sandbox.received()).toHaveLength(1);
});

test('an accepted job whose file a person removed is finished as sent, not FAILED', async () => {
  const job = await sentThenRewound();
  fs.rmSync(path.join(h.inbox(), 'processed', day, 'week.csv'));

  await h.start();
  const [after] = await h.waitFor((jobs) => jobs[0]?.state === 'processed' || jobs[0]?.state === 'failed');
  expect(after!.id).toBe(job.id);
  expect(after!.state).toBe('processed');
  expect(after!.reason).toBe('Sent; the file week.csv was removed from the processing folder afterwards.');
  expect(after!.archivedPath).toBeUndefined();
  expect(h.sandbox.received()).toHaveLength(1);
});

test('a job not yet sent whose file is gone from processing/ is failed as missing, saying so', async () => {
  h = await createHarness({ tuning: { inboxCheckMs: 200 } });
  // A job recorded as taken, whose file a person removed from processing/ before it was read.
  const store = await JobStore.open(dataPaths(h.dataDir).jobs);
  const id = '20261201-090000-abcdef';
  fs.mkdirSync(path.join(h.inbox(), 'processing'));
  await store.create({
    id,
    file: 'week.csv',
    practice: 'Practice 1',
    receivedAt: new Date().toISOString(),
    state: 'received',
    counts: { rows: 0, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    rowErrors: [],
    batches: [],
    contentHash: 'f'.repeat(64),
    sourcePath: path.join(h.inbox(), 'week.csv'),
    archivedPath: processingPath(h.inbox(), id, 'week.csv'),
  });
  await store.close();

  await h.start();
  const [after] = await h.waitFor((jobs) => jobs[0]?.state === 'failed');
  expect(after!.reason).toBe(
    `The file week.csv is no longer where the connector put it (${processingPath(h.inbox(), id, 'week.csv')}).`,
  );
  expect(h.sandbox.received()).toHaveLength(0);
});
