// `appt-connector retry JOB` for a job Medfusion processed with errors (issue 10 item 3), each
// command in its own process against the real sandbox: `run --once` sends a file in which one
// patient is deactivated in the portal (outcome PARTIAL); once the patient is reactivated,
// `retry JOB` sends just that appointment and exits 0.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { dataPaths } from '../../main/engine/settings/index.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { writeSettingsFile } from './support/cli-process.ts';
import { sharedCliBundle } from '../support/shared-cli-bundle.ts';

let root: string;
let sandbox: SandboxHandle | undefined;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-cli-retry-'));
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

// The run's one CLI bundle (shared-cli-bundle.ts), not bin/appt-connector.mjs: without a fresh
// dist/cli that compiles the sources with tsx at each start, and at load 30 the two commands took
// 89 s of this test's 90 (how a person starts the CLI is engine-cli.test.ts's).
function cli(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    let out = '';
    const proc = spawn(process.execPath, [sharedCliBundle(), ...args], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', APPT_TRACK_FIRST_POLL_MS: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => resolve({ code, out }));
  });
}

async function onlyJob(dataDir: string) {
  const store = await JobStore.open(dataPaths(dataDir).jobs, { readOnly: true });
  try {
    const [summary] = store.list({ limit: 10 });
    return store.get(summary!.id)!;
  } finally {
    await store.close();
  }
}

test('retry JOB after a PARTIAL outcome sends just the refused appointment', async () => {
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const config = writeSettingsFile(root, inbox);
  const dataDir = path.join(root, 'data');
  const args = ['--config', config, '--data-dir', dataDir, '--sandbox-url', sandbox.url];
  fs.writeFileSync(path.join(inbox, 'monday.csv'), clinikoCsv(3));
  sandbox.faults.deactivatePatients(['5001']);
  const first = await cli(['run', '--once', ...args]);
  const job = await onlyJob(dataDir);
  expect(job.outcome, first.out).toBe('PARTIAL');

  sandbox.faults.reactivatePatients(['5001']);
  const second = await cli(['retry', job.id, ...args]);
  // Before the fix: "Job … is processed; only failed jobs can be retried.", exit 1.
  expect(second.code, second.out).toBe(0);
  expect(second.out).toContain(`Job ${job.id}: processed (Medfusion: COMPLETED)`);
  expect(sandbox.received().map((r) => r.appointmentIds)).toEqual([['90000', '90001', '90002'], ['90001']]);
  const after = await onlyJob(dataDir);
  expect(after.counts).toMatchObject({ rows: 3, sent: 3, unchanged: 0 });
}, 90_000);
