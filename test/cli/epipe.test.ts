// `appt-connector history | head` closed the pipe under a command still printing: Node raised
// EPIPE as an unhandled 'error' event and the command died with a stack trace (issue 10). The CLI
// now ends quietly when its reader goes away (main/cli/output-closed.ts).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { dataPaths } from '../../main/engine/settings/index.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epipe-'));
  const store = await JobStore.open(dataPaths(dataDir).jobs);
  for (let i = 0; i < 2000; i++) {
    const job: JobDetails = {
      id: `job-${String(i).padStart(4, '0')}`,
      file: `export-${i}.csv`,
      practice: 'Main Street Clinic',
      receivedAt: new Date(Date.UTC(2026, 11, 1, 8) - i * 60_000).toISOString(),
      state: 'processed',
      counts: { rows: 3, sent: 3, unchanged: 0, skipped: 0, errors: 0 },
      dataJobIds: [],
      messageIds: [],
      batches: [],
      rowErrors: [],
      patientIds: [],
    } as unknown as JobDetails;
    await store.create(job);
  }
  await store.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('history | head -1: the first line, then a quiet exit 0 (no EPIPE crash)', () => {
  const r = spawnSync(
    'bash',
    ['-c', `set -o pipefail; "${process.execPath}" bin/appt-connector.mjs history --limit 2000 | head -1`],
    { encoding: 'utf8', env: { ...process.env, APPT_DATA_DIR: dataDir }, timeout: 60_000 },
  );
  expect(r.stdout).toMatch(/^TIME +FILE/);
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
  expect(r.status, r.stderr).toBe(0);
}, 60_000);
