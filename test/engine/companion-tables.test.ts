// Companion tables (OpenEMR's patient table beside its events export), through the real engine
// and the sandbox over HTTP (issue 10, "smaller but real"):
//  - a patient table that arrives AFTER its events file sends the failed events file again, and
//    its failure problem goes away;
//  - the patient table (names, dates of birth, addresses) does not stay in the inbox for ever: once
//    the export that used it is in processed/, it is archived beside it;
//  - a table still needed (another events export waiting in the inbox) stays where it is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { archiveCompanionTables, companionTablesIn } from '../../main/engine/job/companion-tables.ts';
import { createHarness, listFiles, SAMPLES, type Harness } from './support/engine-harness.ts';

const EVENTS = 'openemr_postcalendar_events.csv';
const PATIENTS = 'openemr_patient_data.csv';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function drop(name: string, as = name): void {
  const inbox = h!.inbox();
  // Written beside and renamed in, as an exporter that writes safely does.
  fs.copyFileSync(path.join(SAMPLES, name), path.join(inbox, `.${as}.tmp`));
  fs.renameSync(path.join(inbox, `.${as}.tmp`), path.join(inbox, as));
}

test('a patient table arriving after its events file sends the failed events file again, then both are archived', async () => {
  h = await createHarness();
  await h.start();
  drop(EVENTS);
  const [failed] = await h.waitFor((js) => js.length === 1 && js[0]!.state === 'failed', 30_000);
  expect(failed!.reason).toMatch(/needs its patient_data table/);
  expect(listFiles(h.inbox())).toEqual([
    `failed/${EVENTS}`,
    `failed/${EVENTS}.error.json`,
    `failed/${EVENTS}.error.txt`,
  ]);
  expect(h.running!.engine.getStatus().problems.map((p) => p.id)).toContain(`failed:${failed!.id}`);

  drop(PATIENTS);
  const jobs = await h.waitFor((js) => js.length === 1 && js[0]!.state === 'processed', 30_000);
  // The same job went on (no second job), and Medfusion got its appointments.
  expect(jobs[0]!.id).toBe(failed!.id);
  expect(jobs[0]!.counts.sent).toBeGreaterThan(0);
  expect(h.sandbox.received().flatMap((r) => r.appointmentIds).length).toBe(jobs[0]!.counts.sent);
  expect(h.running!.engine.getStatus().problems.map((p) => p.id)).not.toContain(`failed:${failed!.id}`);
  // Nothing with patient data left in the inbox: the table went to processed/ with its export.
  const files = listFiles(h.inbox());
  const day = path.dirname(files.find((f) => f.endsWith(EVENTS))!);
  expect(files).toEqual([`${day}/${EVENTS}`, `${day}/${PATIENTS}`].sort());
}, 90_000);

test('a patient table stays in the inbox while it may still be needed, and is archived once nothing is left that needs it', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'companion-'));
  try {
    const inbox = path.join(root, 'inbox');
    const day = path.join(inbox, 'processed', '2026-12-01');
    fs.mkdirSync(day, { recursive: true });
    fs.mkdirSync(path.join(inbox, 'processing'));
    const table = path.join(inbox, PATIENTS);
    fs.copyFileSync(path.join(SAMPLES, PATIENTS), table);
    const archived = path.join(day, EVENTS);
    fs.copyFileSync(path.join(SAMPLES, EVENTS), archived);
    const other = path.join(root, 'cliniko.csv');
    fs.copyFileSync(path.join(SAMPLES, 'cliniko_appointments.csv'), other);

    // Never handed to the importer (e.g. read before a restart): it stays.
    expect(await archiveCompanionTables(inbox, archived)).toEqual([]);
    expect(companionTablesIn(inbox)).toEqual({ patient_data: table });

    // Another export waiting in the inbox, or in processing/, may be the one it is for.
    fs.writeFileSync(path.join(inbox, 'next_events.csv'), 'pc_eid,pc_pid\n');
    expect(await archiveCompanionTables(inbox, archived)).toEqual([]);
    fs.renameSync(path.join(inbox, 'next_events.csv'), path.join(inbox, 'processing', 'j-next_events.csv'));
    expect(await archiveCompanionTables(inbox, archived)).toEqual([]);
    fs.rmSync(path.join(inbox, 'processing', 'j-next_events.csv'));

    // An export that does not use the table (no pc_pid column) does not take it along.
    const cliniko = path.join(day, 'cliniko_appointments.csv');
    fs.copyFileSync(other, cliniko);
    expect(await archiveCompanionTables(inbox, cliniko)).toEqual([]);

    // Rewritten since it was read: a newer table, for the next export.
    fs.appendFileSync(table, '99,Zed,Zee,1970-01-01,z@example.com,,,,\n');
    expect(await archiveCompanionTables(inbox, archived)).toEqual([]);
    expect(fs.existsSync(table)).toBe(true);

    // Read with this version and nothing else waiting: archived beside its export, mode 0600.
    companionTablesIn(inbox);
    expect(await archiveCompanionTables(inbox, archived)).toEqual([path.join(day, PATIENTS)]);
    expect(fs.existsSync(table)).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(day, PATIENTS)).mode & 0o777).toBe(0o600);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
