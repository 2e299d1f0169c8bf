// Crash safety with a real process: `appt-connector run` is killed with SIGKILL while it sends
// (the sandbox answers slowly, after recording each document), then started again. Nothing may
// be lost and no accepted batch may be sent again, except the one in flight at the kill.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { listFiles } from './support/engine-harness.ts';
import { startRun, writeSettingsFile } from './support/cli-process.ts';

let root: string;
let sandbox: SandboxHandle;
let child: ChildProcess | undefined;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-crash-'));
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
});
afterEach(async () => {
  child?.kill('SIGKILL');
  await sandbox.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test('SIGKILL while sending, then restart: nothing lost, accepted batches not sent again', async () => {
  const inbox = path.join(root, 'inbox');
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(inbox);
  const config = writeSettingsFile(root, inbox, { practice: { name: 'Crash Clinic' }, batchSize: 5 });
  fs.writeFileSync(path.join(inbox, 'week.csv'), clinikoCsv(40)); // 8 batches
  // Each POST is recorded by the sandbox, then its answer waits: a kill lands mid-batch.
  sandbox.faults.set({ route: 'appointmentsdata', delayMs: 250, phase: 'after', times: 'always' });
  const args = ['--config', config, '--data-dir', dataDir, '--sandbox-url', sandbox.url];

  const first = startRun(args);
  child = first.proc;
  // 20 s was too short at load 30: the run had read the file and sent batch 1 of 8.
  const until = Date.now() + 60_000;
  while (sandbox.received().length < 3) {
    if (Date.now() > until) throw new Error(`no sending seen:\n${first.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  first.proc.kill('SIGKILL');
  await first.exit;
  const atKill = sandbox.received().length;
  expect(atKill).toBeLessThan(8);
  expect(listFiles(inbox)[0]).toMatch(/^processing\//); // taken, not lost, not finished

  sandbox.faults.clear();
  const second = startRun([...args, '--once']);
  child = second.proc;
  const code = await second.exit;
  expect(code, second.output()).toBe(0);

  const received = sandbox.received();
  const perId = new Map<string, number>();
  for (const r of received) for (const id of r.appointmentIds) perId.set(id, (perId.get(id) ?? 0) + 1);
  // Every appointment arrived.
  expect(perId.size).toBe(40);
  // At most one batch (the one in flight at the kill) arrived twice.
  const twice = [...perId.entries()].filter(([, n]) => n > 1);
  expect(twice.length).toBeLessThanOrEqual(5);
  expect(received.length).toBeLessThanOrEqual(9);
  expect(listFiles(inbox)).toEqual([expect.stringMatching(/^processed\/\d{4}-\d{2}-\d{2}\/week\.csv$/)]);
  expect(second.output()).toMatch(/week\.csv {2}done: sent \d+/);
}, 150_000);
