// Issue 10 item 5, second half: `retry JOB` used to take ANY failure to start its own engine for
// "another connector is running", say that it "picks it up in a moment" and exit 0, even when
// nothing ran at all (a lock left by a power cut). It now hands over only to a connector whose
// lock is held by a live process (pid and process start), and otherwise sends the job itself.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { listFiles } from '../engine/support/engine-harness.ts';
import { startRun, writeSettingsFile } from '../engine/support/cli-process.ts';
import { sharedCliBundle } from '../support/shared-cli-bundle.ts';

let root: string;
let sandbox: SandboxHandle;
let stranger: ChildProcess | undefined;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'retry-lock-'));
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
});
afterEach(async () => {
  stranger?.kill();
  await sandbox.close();
  fs.rmSync(root, { recursive: true, force: true });
});

// The run's one CLI bundle (shared-cli-bundle.ts), not bin/appt-connector.mjs: without a fresh
// dist/cli that compiles the sources with tsx at each start (the second test took 56 s at load 30).
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

test('retry after a power cut (jobs.lock names a pid that is now another program): sends the job itself', async () => {
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const config = writeSettingsFile(root, inbox);
  const dataDir = path.join(root, 'data');
  const args = ['--config', config, '--data-dir', dataDir, '--sandbox-url', sandbox.url];
  fs.writeFileSync(path.join(inbox, 'monday.csv'), clinikoCsv(2));
  sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  const first = await cli(['run', '--once', ...args]);
  expect(first.code, first.out).toBe(1);
  const jobId = /appt-connector retry (\S+)/.exec(first.out)![1]!;

  // The power cut: the old connector's lock stays, and its pid now belongs to another program.
  stranger = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await new Promise((r) => stranger!.once('spawn', r));
  const lock = path.join(dataDir, 'jobs', 'jobs.lock');
  fs.writeFileSync(lock, String(stranger.pid));
  const anHourAgo = new Date(Date.now() - 3_600_000);
  fs.utimesSync(lock, anHourAgo, anHourAgo);

  const second = await cli(['retry', jobId, ...args]);
  expect(second.out).not.toMatch(/picks (it|the file) up/);
  expect(second.code, second.out).toBe(0);
  expect(second.out).toMatch(new RegExp(`Job ${jobId}: processed`));
  expect(listFiles(inbox)).toEqual([expect.stringMatching(/^processed\/.*\/monday\.csv$/)]);
}, 120_000);

test('retry while a connector really runs on the data folder: hands the file over to it', async () => {
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const config = writeSettingsFile(root, inbox);
  const dataDir = path.join(root, 'data');
  const args = ['--config', config, '--data-dir', dataDir, '--sandbox-url', sandbox.url];
  fs.writeFileSync(path.join(inbox, 'monday.csv'), clinikoCsv(2));
  sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  const first = await cli(['run', '--once', ...args]);
  const jobId = /appt-connector retry (\S+)/.exec(first.out)![1]!;

  const running = startRun(args, {}, sharedCliBundle());
  try {
    while (!running.output().includes('Watching')) await new Promise((r) => setTimeout(r, 50));
    const second = await cli(['retry', jobId, ...args]);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(
      new RegExp(`A connector is running on this data folder \\(process ${running.proc.pid}`),
    );
    // Filed means the link into processed/ and then the unlink from processing/ (two steps, so a
    // crash between them loses nothing): wait for both, not just the first.
    const filed = (files: string[]) => files.length === 1 && /^processed\/.*monday\.csv$/.test(files[0]!);
    const until = Date.now() + 30_000;
    while (!filed(listFiles(inbox)) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(listFiles(inbox)).toEqual([expect.stringMatching(/^processed\/.*\/monday\.csv$/)]);
  } finally {
    running.proc.kill('SIGTERM');
    await running.exit;
  }
}, 120_000);
