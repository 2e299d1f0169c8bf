// The desktop review's half of the mass-cancel guard (issue 10 item 2): confirming on a snapshot
// held for its cancellations accepts them for that file, and the real engine sends them. The
// review actions run on the real engine, job store and settings file; only the window is absent.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, type Harness } from './support/engine-harness.ts';
import { sentItems, sentLines } from './support/sandbox-log.ts';
import { createReviewActions } from '../../main/app-service/review-actions.ts';
import { engineControlOf, jobHistoryOf, settingsFileAt } from '../../main/app-service/engine-adapters.ts';
import { previewExport } from '../../main/app-service/preview-export.ts';
import type { ConnectorServiceDeps } from '../../main/app-service/service-deps.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HEADER = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
// 2027-03-01 in Chicago (CST, UTC-6): 09:00 + 30 min × i local = 15:00Z + 30 min × i.
const row = (i: number) =>
  `G-${i},P-8${i},Pat,Number${i},1980-02-03,03/01/2027,${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'},Dr Jane Smith,Checkup,Confirmed`;
const csv = (rows: number[]) => `${[HEADER, ...rows.map(row)].join('\r\n')}\r\n`;

function dropFile(text: string): void {
  fs.writeFileSync(path.join(h.inbox(), 'day.csv.part'), text);
  fs.renameSync(path.join(h.inbox(), 'day.csv.part'), path.join(h.inbox(), 'day.csv'));
}

test('Review → Confirm on a snapshot held for its cancellations accepts them for that file, and it goes', async () => {
  h = await createHarness({ over: [{ timeZone: 'America/Chicago', snapshotMode: true }] });
  fs.mkdirSync(h.dataDir, { recursive: true });
  const settingsPath = path.join(h.dataDir, 'settings.json');
  fs.writeFileSync(settingsPath, JSON.stringify(h.settings));
  const running = await h.start();
  dropFile(csv([0, 1, 2, 3, 4]));
  await h.waitFor((js) => js.some((j) => j.state === 'processed'));
  dropFile(csv([0, 1])); // 3 of 5 gone: 60 %
  const held = (await h.waitFor((js) => js.some((j) => j.state === 'held'))).find((j) => j.state === 'held')!;
  expect(held.doubts!.map((d) => d.kind)).toEqual(['mass-cancel']);

  const settings = settingsFileAt(settingsPath, h.dataDir, h.credentials);
  const deps = {
    engine: engineControlOf(running.engine),
    jobs: jobHistoryOf(running.journal),
    settings,
    previewExport,
    profilesDir: path.join(h.dataDir, 'profiles'),
  } as unknown as ConnectorServiceDeps;
  const review = createReviewActions(deps, {
    findPractice: async (name) => (await settings.load()).practices.find((p) => p.name === name),
    update: async (change) => settings.save(change(await settings.load())),
  });
  const columns = [
    ['appointmentId', 'Appt ID'],
    ['patientId', 'Patient ID'],
    ['firstName', 'First Name'],
    ['lastName', 'Last Name'],
    ['dob', 'DOB'],
    ['date', 'Date'],
    ['time', 'Time'],
    ['providerName', 'Provider'],
    ['type', 'Type'],
    ['status', 'Status'],
  ].map(([field, column]) => ({ field: field!, column: column!, confidence: 1 }));
  const result = await review.confirmMapping({
    practice: 'Practice 1',
    jobId: held.id,
    columns,
    answers: {},
  });
  expect(result, result.message).toMatchObject({ ok: true, released: 1 });

  await h.waitFor((js) => js.find((j) => j.id === held.id)?.state === 'processed');
  await sleep(400);
  expect(sentLines(sentItems(path.join(h.root, 'sandbox')).slice(5))).toEqual([
    'CANCEL G-2 P-82 2027-03-01T16:00:00.000Z',
    'CANCEL G-3 P-83 2027-03-01T16:30:00.000Z',
    'CANCEL G-4 P-84 2027-03-01T17:00:00.000Z',
  ]);
});
