// Issue 10 item 3 and the counts after a retry: an appointment Medfusion processed as ERROR (here
// a patient deactivated in the portal, later reactivated) must still reach the portal, through
// the real engine and the real sandbox on loopback. What arrived and what the portal shows are
// read from the sandbox's own event log (support/sandbox-log.ts), not from the engine.
//
// clinikoCsv(3) holds appointments 90000, 90001, 90002 for patients 5000, 5001, 5002, starting
// 2026-12-21 13:00Z, 13:15Z and 13:30Z; `shiftMinutesFor: [90001]` moves 90001 to 13:30Z.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { portalLines, sentItems, sentLines } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sandboxDir = () => path.join(h.root, 'sandbox');
const portal = () => portalLines(sandboxDir(), h.settings.practices[0]!.practiceId);
const sent = () => sentLines(sentItems(sandboxDir()));
const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';
const drop = (name: string, text: string) => {
  fs.writeFileSync(path.join(h.inbox(), `.${name}.tmp`), text);
  fs.renameSync(path.join(h.inbox(), `.${name}.tmp`), path.join(h.inbox(), name));
};

/** First file: 90001's patient is deactivated, so Medfusion stores 90000 and 90002 only. */
async function firstExportWithOneError(): Promise<JobDetails> {
  h.sandbox.faults.deactivatePatients(['5001']);
  drop('day.csv', clinikoCsv(3));
  const [job] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(job!.state, job!.reason).toBe('processed');
  expect(job!.outcome).toBe('PARTIAL');
  expect(job!.batches[0]!.outcomes!['90001']!.state).toBe('ERROR');
  expect(portal()).toEqual(['5000 2026-12-21T13:00:00.000Z active', '5002 2026-12-21T13:30:00.000Z active']);
  h.sandbox.faults.reactivatePatients(['5001']);
  return job!;
}

const FIRST_SEND = [
  'NEW 90000 5000 2026-12-21T13:00:00.000Z',
  'NEW 90001 5001 2026-12-21T13:15:00.000Z',
  'NEW 90002 5002 2026-12-21T13:30:00.000Z',
];

test('an unchanged re-export after an ERROR sends the refused appointment again, as NEW', async () => {
  h = await createHarness();
  await h.start();
  const first = await firstExportWithOneError();
  drop('day.csv', clinikoCsv(3)); // the same bytes, after the patient was reactivated
  const jobs = await h.waitFor((js) => js.every(done) && js.some((j) => j.outcome === 'COMPLETED'));
  // Before the fix: "Same content … already handled" and 90001 never reached the portal.
  expect(sent()).toEqual([...FIRST_SEND, 'NEW 90001 5001 2026-12-21T13:15:00.000Z'].sort());
  expect(portal()).toEqual([
    '5000 2026-12-21T13:00:00.000Z active',
    '5001 2026-12-21T13:15:00.000Z active',
    '5002 2026-12-21T13:30:00.000Z active',
  ]);
  // The refused appointment was sent again for the same job; nothing else went twice.
  expect(jobs.find((j) => j.id === first.id)!.outcome).toBe('COMPLETED');
});

test('a later change to an appointment refused as ERROR goes out as NEW, not as UPDATE', async () => {
  h = await createHarness();
  await h.start();
  await firstExportWithOneError();
  drop('day.csv', clinikoCsv(3, { shiftMinutesFor: [90001] }));
  await h.waitFor((js) => js.length === 2 && js.every(done));
  // Before the fix: UPDATE 90001, which the sandbox (like Medfusion) refuses for an unknown id.
  expect(sent().filter((l) => l.includes(' 90001 '))).toEqual([
    'NEW 90001 5001 2026-12-21T13:15:00.000Z',
    'NEW 90001 5001 2026-12-21T13:30:00.000Z',
  ]);
  expect(portal()).toContain('5001 2026-12-21T13:30:00.000Z active');
  expect(h.jobs().map((j) => j.outcome)).toEqual(['COMPLETED', 'PARTIAL']);
});

test('Retry of a PARTIAL job sends just the refused appointment; counts and sent today include the earlier ones', async () => {
  h = await createHarness();
  const running = await h.start();
  const first = await firstExportWithOneError();
  expect(first.counts).toMatchObject({ rows: 3, sent: 3, unchanged: 0 });
  const r = await running.engine.retry(first.id); // before the fix: "only failed jobs can be retried"
  expect(r.ok, r.message).toBe(true);
  const [again] = await h.waitFor((js) => js.length === 1 && js[0]!.outcome === 'COMPLETED' && done(js[0]!));
  expect(again!.id).toBe(first.id);
  expect(again!.state).toBe('processed');
  expect(sentItems(sandboxDir()).map((i) => i.appointmentId)).toEqual(['90000', '90001', '90002', '90001']);
  expect(portal()).toHaveLength(3);
  // Three appointments in the file, each sent (90001 twice, counted once): none is "unchanged".
  expect(again!.counts).toMatchObject({ rows: 3, sent: 3, unchanged: 0 });
  expect(running.engine.getStatus().counts.sentToday).toBe(3);
});

test('Retry is refused for a job Medfusion fully processed', async () => {
  h = await createHarness();
  const running = await h.start();
  drop('day.csv', clinikoCsv(2));
  const [job] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(job!.outcome).toBe('COMPLETED');
  const r = await running.engine.retry(job!.id);
  expect(r.ok).toBe(false);
  expect(r.message).toMatch(/processed/);
});

test('after a retried refused batch, the earlier accepted batch counts as sent, not unchanged', async () => {
  h = await createHarness();
  h.settings.batchSize = 2;
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  const running = await h.start();
  drop('bad.csv', clinikoCsv(4)); // 2 batches: the first is refused, the second accepted
  const [job] = await h.waitFor((jobs) => jobs.length === 1 && done(jobs[0]!));
  expect(job!.state).toBe('failed');
  expect(job!.counts).toMatchObject({ rows: 4, sent: 2, unchanged: 0 });
  const r = await running.engine.retry(job!.id);
  expect(r.ok, r.message).toBe(true);
  const [again] = await h.waitFor((js) => js.length === 1 && js[0]!.state === 'processed');
  expect(sentItems(sandboxDir()).map((i) => i.appointmentId)).toEqual(['90002', '90003', '90000', '90001']);
  // Before the fix: sent 2, unchanged 2 (the batch accepted before the retry), sent today 2.
  expect(again!.counts).toMatchObject({ rows: 4, sent: 4, unchanged: 0 });
  expect(running.engine.getStatus().counts.sentToday).toBe(4);
});

test('Retry of an older PARTIAL job never overwrites what a later export sent since', async () => {
  h = await createHarness();
  const running = await h.start();
  const first = await firstExportWithOneError();
  // A later export moves 90001 to 13:30Z; 90001 was released, so it goes as NEW and is stored.
  drop('day.csv', clinikoCsv(3, { shiftMinutesFor: [90001] }));
  await h.waitFor((js) => js.length === 2 && js.every(done));
  const before = sentItems(sandboxDir()).length;
  const r = await running.engine.retry(first.id);
  expect(r.ok, r.message).toBe(true);
  const jobs = await h.waitFor((js) =>
    js.some((j) => j.id === first.id && j.state === 'processed' && j.finishedAt !== first.finishedAt),
  );
  // The old file's 90001 (13:15Z) is not sent over the newer 13:30Z.
  expect(sentItems(sandboxDir())).toHaveLength(before);
  expect(portal()).toContain('5001 2026-12-21T13:30:00.000Z active');
  const again = jobs.find((j) => j.id === first.id)!;
  expect(again.skippedRows?.map((s) => [s.reason, s.count])).toEqual([
    ['left as the later export had it (a later export listed this appointment)', 1],
  ]);
  expect(again.counts).toMatchObject({ rows: 3, sent: 2, unchanged: 0, skipped: 1 });
});
