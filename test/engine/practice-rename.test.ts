// Renaming a practice keeps its work: the engine matches jobs to practices by the practice's
// stable key (its credentialKey), not by its name. Through the real engine, job store and sandbox:
// a failed job can still be retried, a held file still counts for the practice's review, the same
// content is still a duplicate, the history keeps every job; and a history written before the
// keys existed (format 2, written here by hand) is upgraded with them at the first start.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness, dropExport } from './support/engine-harness.ts';
import { changedSummary, UNKNOWN_STATUS } from './support/doubting-importer.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { JOBS_FILE } from '../../main/engine/job-store/job-store.ts';
import type { Settings } from '../../main/model/settings.ts';
import type { EngineStatus, JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const reviewProblems = (s: EngineStatus) => s.problems.filter((p) => p.kind === 'review');

/** The real importer, unsure of every file named …held.csv (so that one is held for review). */
const holdsHeldCsv = changedSummary((s, file) => {
  if (file.endsWith('held.csv')) s.doubts = [UNKNOWN_STATUS];
});

function renamed(settings: Settings, name: string): Settings {
  return { ...settings, practices: settings.practices.map((p) => ({ ...p, name })) };
}

test('after a rename: the failed job is retried, the held file still counts, the same content is a duplicate, the history keeps every job', async () => {
  h = await createHarness({ importExport: holdsHeldCsv, tuning: { inboxCheckMs: 60_000 } });
  const running = await h.start();
  const monday = clinikoCsv(3);
  const tuesday = clinikoCsv(2, { firstId: 91_000 });

  h.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  dropExport(h.inbox(), 'monday.csv', monday);
  const [failed] = (await h.waitFor((jobs) => jobs.some((j) => j.state === 'failed'))).filter(
    (j) => j.state === 'failed',
  );
  dropExport(h.inbox(), 'held.csv', clinikoCsv(2, { firstId: 92_000 }));
  await h.waitFor((jobs) => jobs.some((j) => j.state === 'held'));
  // Tuesday's file is the practice's latest export (held.csv before it): its bytes again are a
  // duplicate (the same bytes as an export older than the latest are read again, intake.ts).
  dropExport(h.inbox(), 'tuesday.csv', tuesday);
  await h.waitFor((jobs) => jobs.some((j) => j.file === 'tuesday.csv' && j.state === 'processed'));
  expect(reviewProblems(running.engine.getStatus()).map((p) => p.practice)).toEqual(['Practice 1']);
  const reviewId = reviewProblems(running.engine.getStatus())[0]!.id;

  // The desktop's settings window saves the new name (same credentialKey); the engine restarts
  // its practices with the new settings.
  await running.engine.applySettings(renamed(h.settings, 'Main Street Clinic'));

  // The held file is still this practice's: the same review problem (same id: no second
  // notification), now in the new name, on the renamed line.
  const afterRename = running.engine.getStatus();
  expect(reviewProblems(afterRename).map((p) => [p.id, p.practice, p.practiceKey])).toEqual([
    [reviewId, 'Main Street Clinic', 'practice-1'],
  ]);
  expect(afterRename.practices?.map((l) => [l.name, l.problems])).toEqual([['Main Street Clinic', 1]]);
  // The failed job can still be retried: the same job goes on and is sent.
  const retried = await running.engine.retry(failed!.id);
  expect(retried).toMatchObject({ ok: true });
  expect(retried.message).toContain('inbox of Main Street Clinic');
  await h.waitFor((jobs) => jobs.some((j) => j.id === failed!.id && j.state === 'processed'));
  // The same content again is recognised as a duplicate of the job from before the rename.
  dropExport(h.inbox(), 'tuesday.csv', tuesday);
  const jobs = await h.waitFor((all) =>
    all.some((j) => j.duplicateOf !== undefined && j.state === 'processed'),
  );
  const original = jobs.find((j) => j.file === 'tuesday.csv' && !j.duplicateOf)!;
  expect(jobs.find((j) => j.duplicateOf)!.duplicateOf).toBe(original.id);
  // History: every job is still there; old ones keep the name they arrived under, new ones
  // carry the new name; all carry the one key.
  expect(jobs.map((j) => [j.file, j.practice, j.practiceKey]).sort()).toEqual([
    ['held.csv', 'Practice 1', 'practice-1'],
    ['monday.csv', 'Practice 1', 'practice-1'],
    ['tuesday.csv', 'Main Street Clinic', 'practice-1'],
    ['tuesday.csv', 'Practice 1', 'practice-1'],
  ]);
  const sent = h.sandbox.received().flatMap((r) => r.appointmentIds);
  expect(sent.sort()).toEqual(['90000', '90001', '90002', '91000', '91001']);
});

/** A format-2 history line as the previous version wrote it: summary head, TAB, details. */
function v2Line(job: Partial<JobDetails> & { id: string }): string {
  const { id, rowErrors = [], batches = [], archivedPath, sourcePath, ...summary } = job;
  return `${JSON.stringify({ op: 'put', id, s: summary })}\t${JSON.stringify({ rowErrors, batches, archivedPath, sourcePath })}`;
}

test('a history written before practice keys (format 2) gets them at the first start; a rename then keeps its jobs', async () => {
  h = await createHarness({ over: [{ name: 'Main St', credentialKey: 'main-st' }] });
  const inbox = h.inbox();
  const monday = clinikoCsv(3);
  const tuesday = clinikoCsv(2, { firstId: 91_000 });
  // What the previous version left: monday.csv failed (Medfusion refused it), tuesday.csv sent.
  const failedFile = path.join(inbox, 'failed', 'monday.csv');
  const processedFile = path.join(inbox, 'processed', '2026-12-01', 'tuesday.csv');
  fs.mkdirSync(path.dirname(failedFile), { recursive: true });
  fs.mkdirSync(path.dirname(processedFile), { recursive: true });
  fs.writeFileSync(failedFile, monday);
  fs.writeFileSync(processedFile, tuesday);
  const counts = { rows: 3, sent: 0, unchanged: 0, skipped: 0, errors: 0 };
  const jobsDir = path.join(h.dataDir, 'jobs');
  fs.mkdirSync(jobsDir, { recursive: true });
  fs.writeFileSync(
    path.join(jobsDir, JOBS_FILE),
    [
      JSON.stringify({ v: 2, kind: 'appt-connector-jobs', createdAt: '2026-12-01T08:00:00.000Z' }),
      v2Line({
        id: '20261201-080000-aaaaaa',
        file: 'monday.csv',
        practice: 'Main St',
        receivedAt: '2026-12-01T08:00:00.000Z',
        finishedAt: '2026-12-01T08:00:05.000Z',
        state: 'failed',
        counts,
        dataJobIds: [],
        messageIds: [],
        reason: 'Medfusion refused the document (HTTP 400)',
        contentHash: sha256(monday),
        archivedPath: failedFile,
        sourcePath: path.join(inbox, 'monday.csv'),
      }),
      v2Line({
        id: '20261201-090000-bbbbbb',
        file: 'tuesday.csv',
        practice: 'Main St',
        receivedAt: '2026-12-01T09:00:00.000Z',
        finishedAt: '2026-12-01T09:00:05.000Z',
        state: 'processed',
        counts: { ...counts, rows: 2, sent: 2 },
        dataJobIds: ['dj-1'],
        messageIds: ['m-1'],
        outcome: 'COMPLETED',
        contentHash: sha256(tuesday),
        archivedPath: processedFile,
        sourcePath: path.join(inbox, 'tuesday.csv'),
      }),
      '',
    ].join('\n'),
  );

  const running = await h.start();
  // Upgraded: format 3, every job names its practice by its key.
  const lines = fs.readFileSync(path.join(jobsDir, JOBS_FILE), 'utf8').trim().split('\n');
  expect(JSON.parse(lines[0]!)).toMatchObject({ v: 3, kind: 'appt-connector-jobs' });
  expect(lines.slice(1)).toHaveLength(2);
  for (const line of lines.slice(1)) expect(line).toContain('"practiceKey":"main-st"');
  expect(running.journal.get('20261201-080000-aaaaaa')).toMatchObject({
    practice: 'Main St',
    practiceKey: 'main-st',
  });

  await running.engine.applySettings(renamed(h.settings, 'Main Street Clinic'));
  // The failed job of the old history is retried as the same job, now under the new name.
  expect(await running.engine.retry('20261201-080000-aaaaaa')).toMatchObject({ ok: true });
  await h.waitFor((jobs) => jobs.some((j) => j.id === '20261201-080000-aaaaaa' && j.state === 'processed'));
  // The old history's sent export, dropped again: a duplicate, nothing sent.
  dropExport(inbox, 'tuesday.csv', tuesday);
  const jobs = await h.waitFor((all) =>
    all.some((j) => j.duplicateOf !== undefined && j.state === 'processed'),
  );
  expect(jobs.find((j) => j.duplicateOf)!.duplicateOf).toBe('20261201-090000-bbbbbb');
  expect(
    h.sandbox
      .received()
      .flatMap((r) => r.appointmentIds)
      .sort(),
  ).toEqual(['90000', '90001', '90002']);
  expect(listFiles(path.join(inbox, 'failed'))).toEqual([]);
});
