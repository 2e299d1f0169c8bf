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
  // The sample's second row cancels an appointment Medfusion never got: skipped, with its line.
  expect(job!.counts.skipped).toBe(1);
  expect(job!.skippedRows).toEqual([
    { reason: 'cancelled, but never sent to Medfusion (nothing to cancel)', count: 1, lines: [3] },
  ]);
  const received = h.sandbox.received();
  expect(received.map((r) => r.dataJobId).sort()).toEqual([...job!.dataJobIds].sort());
  const files = listFiles(h.inbox());
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^processed\/\d{4}-\d{2}-\d{2}\/cliniko_appointments\.csv$/);
});

test('OpenEMR EHI: the patient table is joined to the events export, then archived beside it (it holds patient data)', async () => {
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
  const day = path.dirname(path.relative(h.inbox(), job!.archivedPath!));
  expect(listFiles(h.inbox())).toEqual(
    [`${day}/openemr_patient_data.csv`, `${day}/openemr_postcalendar_events.csv`].sort(),
  );
});

test('a file of blocked time only is processed with nothing sent, and says why each row was skipped', async () => {
  h = await createHarness();
  await h.start();
  fs.writeFileSync(
    path.join(h.inbox(), 'lunch.csv'),
    '"Provider","Date","Time","Patient","DOB","Type","Status"\n' +
      '"Bosch,Karl","2026-12-20","12:00:00","","","Lunch","- None"\n' +
      '"Bosch,Karl","2026-12-20","12:30:00","","","Lunch","- None"\n',
  );
  const [job] = await h.waitFor(finished(1));
  expect(job!.state).toBe('processed');
  expect(job!.counts).toMatchObject({ rows: 2, sent: 0, skipped: 2, errors: 0 });
  expect(job!.skippedRows).toEqual([
    { reason: 'no patient (open slot or blocked time)', count: 2, lines: [2, 3] },
  ]);
  expect(job!.reason).toBe(
    'Nothing to send: every row was skipped (2 × no patient (open slot or blocked time)).',
  );
  expect(h.sandbox.received()).toHaveLength(0);
});
