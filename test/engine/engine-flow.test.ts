// The engine end to end with real folders, the real sandbox on loopback, the real job store and
// importer: drop an export, see it sent, tracked and archived.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, SAMPLES, type Harness } from './support/engine-harness.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const finished = (n: number) => (jobs: { state: string }[]) =>
  jobs.filter((j) => j.state === 'processed' || j.state === 'failed').length >= n;

test('a dropped export ends in processed/ with its DataJobIds in the history', async () => {
  h = await createHarness();
  await h.start();
  fs.copyFileSync(
    path.join(SAMPLES, 'cliniko_appointments.csv'),
    path.join(h.inbox(), 'cliniko_appointments.csv'),
  );
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(job!.dataJobIds.length).toBeGreaterThan(0);
  expect(job!.counts.sent).toBeGreaterThan(0);
  expect(job!.outcome).toBeDefined();
  const received = h.sandbox.received();
  expect(received.map((r) => r.dataJobId).sort()).toEqual([...job!.dataJobIds].sort());
  const files = listFiles(h.inbox());
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^processed\/\d{4}-\d{2}-\d{2}\/cliniko_appointments\.csv$/);
});

test('OpenEMR EHI: the patient table stays in the inbox and is joined to the events export', async () => {
  h = await createHarness();
  await h.start();
  fs.copyFileSync(
    path.join(SAMPLES, 'openemr_patient_data.csv'),
    path.join(h.inbox(), 'openemr_patient_data.csv'),
  );
  fs.copyFileSync(
    path.join(SAMPLES, 'openemr_postcalendar_events.csv'),
    path.join(h.inbox(), 'openemr_postcalendar_events.csv'),
  );
  const [job] = await h.waitFor(finished(1));
  await new Promise((r) => setTimeout(r, 500));
  expect(h.jobs()).toHaveLength(1); // the patient table is not a job of its own
  expect(job!.file).toBe('openemr_postcalendar_events.csv');
  expect(job!.state).toBe('processed');
  expect(job!.counts.sent).toBeGreaterThan(0);
  expect(listFiles(h.inbox())).toContain('openemr_patient_data.csv');
});
