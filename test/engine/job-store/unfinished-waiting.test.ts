// `run --once` asks every second whether its unfinished files are all waiting for Medfusion.
// It reads that from JobStore.unfinishedWaiting(), which copies nothing: unfinished() deep-copies
// every unfinished job, a 200,000-row one included (issue 10 item 9). Same answer, before and
// after a reopen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { JobStore } from '../../../main/engine/job-store/job-store.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function job(id: string, practice: string, receivedAt: string, state: JobDetails['state']): JobDetails {
  return {
    id,
    file: `${id}.csv`,
    practice,
    receivedAt,
    state,
    counts: { rows: 1, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    rowErrors: [],
    batches: [{ index: 0, appointmentIds: ['A-1'] }],
  };
}

it('lists each unfinished job with since when it waits for Medfusion, oldest first, finished ones left out', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobstore-waiting-'));
  dirs.push(dir);
  let s = await JobStore.open(dir);
  await s.create(job('j2', 'North', '2026-03-02T10:05:00.000Z', 'sending'));
  await s.create(job('j1', 'South', '2026-03-02T10:00:00.000Z', 'converted'));
  await s.create(job('j3', 'North', '2026-03-02T10:10:00.000Z', 'processed'));
  await s.update('j2', { waitingSince: '2026-03-02T10:06:00.000Z', reason: 'Waiting for Medfusion' });
  const expected = [
    { id: 'j1', practice: 'South' },
    { id: 'j2', practice: 'North', waitingSince: '2026-03-02T10:06:00.000Z' },
  ];
  expect(s.unfinishedWaiting()).toEqual(expected);
  // The same as unfinished() says, field for field.
  expect(
    s.unfinished().map((j) => ({
      id: j.id,
      practice: j.practice,
      ...(j.waitingSince ? { waitingSince: j.waitingSince } : {}),
    })),
  ).toEqual(expected);
  await s.close();
  s = await JobStore.open(dir);
  expect(s.unfinishedWaiting()).toEqual(expected);
  await s.update('j2', { waitingSince: undefined, reason: undefined });
  expect(s.unfinishedWaiting()).toEqual([expected[0], { id: 'j2', practice: 'North' }]);
  await s.close();
});
