// A file the connector may not read must not wait without a word (issue 10, "smaller but real"):
// `run` in its own process, an export in the inbox with mode 000. The connector says which file,
// why and what to do; once the permission is fixed it sends the file by itself.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { writeSettingsFile } from './support/cli-process.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { listFiles } from './support/engine-harness.ts';
import { unprivileged } from './support/unprivileged.ts';

let root: string;
let sandbox: SandboxHandle;

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'unreadable-'));
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
});
afterEach(async () => {
  await sandbox.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function until(read: () => string, test: (out: string) => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (test(read())) return resolve();
      if (Date.now() > end) return reject(new Error(`no ${what} within ${ms} ms; output:\n${read()}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

test('a file this account may not read raises a problem naming it and what to do; fixed, it is sent', async () => {
  if (process.platform === 'win32') {
    console.warn('Windows: chmod cannot refuse reading; covered by the locked-too-long rule instead.');
    return;
  }
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const file = path.join(inbox, 'tuesday.csv');
  fs.writeFileSync(file, clinikoCsv(2));
  fs.chmodSync(file, 0o000);
  const config = writeSettingsFile(root, inbox);
  const { command, args } = unprivileged(process.execPath, [
    'bin/appt-connector.mjs',
    'run',
    '--config',
    config,
    '--data-dir',
    path.join(root, 'data'),
    '--sandbox-url',
    sandbox.url,
  ]);
  let out = '';
  const proc = spawn(command, args, {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', APPT_TRACK_FIRST_POLL_MS: '100' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((r) => proc.on('exit', r));
  try {
    await until(
      () => out,
      (o) => o.includes('tuesday.csv in the inbox of'),
      'problem',
    );
    expect(out).toMatch(
      /! tuesday\.csv in the inbox of Practice 1 cannot be read: this account may not read it \(permission denied\)/,
    );
    expect(out).toMatch(
      /Let the account the connector runs as \(\S+\) read .*tuesday\.csv: check the file's permissions/,
    );
    expect(out).toMatch(/tries again every 30 seconds/);
    expect(sandbox.received()).toEqual([]);

    fs.chmodSync(file, 0o644);
    await until(
      () => out,
      (o) => /tuesday\.csv {2}done: sent 2/.test(o),
      'send after the fix',
      90_000,
    );
    expect(listFiles(inbox)).toEqual([expect.stringMatching(/^processed\/.*\/tuesday\.csv$/)]);
  } finally {
    proc.kill('SIGTERM');
    await exit;
  }
}, 150_000);
