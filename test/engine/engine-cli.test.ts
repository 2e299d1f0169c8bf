// The engine's commands as a user runs them, each in its own process: `demo --once` end to end,
// and `run --once` leaving a refused file in failed/ that `retry JOB` then sends.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { SANDBOX_PRACTICES } from '../../main/credentials/sandbox-credentials.ts';
import { clinikoCsv } from './support/generate-export.ts';
import { listFiles } from './support/engine-harness.ts';

let root: string;
let sandbox: SandboxHandle | undefined;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-cli-'));
});
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

function cli(
  args: string[],
  onOutput?: (out: string, proc: ReturnType<typeof spawn>) => void,
  cwd = process.cwd(),
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    let out = '';
    const proc = spawn(process.execPath, ['bin/appt-connector.mjs', ...args], {
      cwd,
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', APPT_TRACK_FIRST_POLL_MS: '100' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      onOutput?.(out, proc);
    });
    proc.stderr.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('exit', (code) => resolve({ code, out }));
  });
}

/** The program as it ships: the sources, the entry and the assets, but no test/ folder. */
function copyWithoutTests(to: string): string {
  for (const part of ['main', 'bin', 'assets', 'package.json', 'tsconfig.json'])
    fs.cpSync(part, path.join(to, part), { recursive: true });
  fs.symlinkSync(fs.realpathSync('node_modules'), path.join(to, 'node_modules'), 'dir');
  return to;
}

test('demo --once: sandbox + engine + sample exports, everything sent and tracked, where to look', async () => {
  const dataDir = path.join(root, 'demo');
  // Run from a copy without the tests' folder: a shipped command must not read test/fixtures/.
  const app = copyWithoutTests(path.join(root, 'app'));
  const { code, out } = await cli(['demo', '--once', '--port', '0', '--data-dir', dataDir], undefined, app);
  expect(code, out).toBe(0);
  expect(out).toMatch(/Patient portal: http:\/\/127\.0\.0\.1:\d+\/portal\//);
  expect(out).toMatch(/History: +npm run --silent cli -- history --data-dir/);
  const files = listFiles(path.join(dataDir, 'demo-inbox'));
  expect(files.filter((f) => f.startsWith('processed/')).length).toBeGreaterThanOrEqual(6);
  expect(files.some((f) => f.startsWith('processing/'))).toBe(false);
  // The later exports: one UPDATE + one NEW, then one CANCEL (88002, cancelled before it was
  // ever sent, is skipped each time).
  expect(out).toMatch(/cliniko_appointments\.csv {2}done: sent 2, unchanged 0, skipped 1/);
  expect(out).toMatch(/cliniko_appointments\.csv {2}done: sent 1, unchanged 1, skipped 1/);
}, 90_000);

test('run --once leaves a refused file in failed/ with a report; retry JOB sends it', async () => {
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const config = path.join(root, 'settings.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      version: 1,
      practices: [
        {
          name: 'Retry Clinic',
          inbox,
          practiceId: SANDBOX_PRACTICES[0]!.practiceId,
          environment: 'sandbox',
          mappingProfile: 'auto',
          timeZone: '',
          snapshotMode: false,
          polling: false,
          credentialKey: 'retry',
        },
      ],
      retentionDays: 0,
      stabilityMs: 200,
      batchSize: 50,
    }),
  );
  fs.writeFileSync(path.join(inbox, 'monday.csv'), clinikoCsv(3));
  sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  const args = ['--config', config, '--data-dir', path.join(root, 'data'), '--sandbox-url', sandbox.url];
  const first = await cli(['run', '--once', ...args]);
  expect(first.code, first.out).toBe(1);
  expect(listFiles(inbox)).toEqual([
    'failed/monday.csv',
    'failed/monday.csv.error.json',
    'failed/monday.csv.error.txt',
  ]);
  const jobId = /appt-connector retry (\S+)/.exec(first.out)![1]!;
  expect(fs.readFileSync(path.join(inbox, 'failed/monday.csv.error.txt'), 'utf8')).toContain(
    `retry ${jobId}`,
  );

  const second = await cli(['retry', jobId, ...args]);
  expect(second.code, second.out).toBe(0);
  expect(second.out).toMatch(new RegExp(`Job ${jobId}: processed`));
  expect(listFiles(inbox)).toEqual([expect.stringMatching(/^processed\/.*\/monday\.csv$/)]);
  expect(
    sandbox
      .received()
      .flatMap((r) => r.appointmentIds)
      .sort(),
  ).toEqual(['90000', '90001', '90002']);
}, 90_000);

test('run stops cleanly on SIGTERM: exit 0, journal closed', async () => {
  const dataDir = path.join(root, 'data');
  const config = path.join(root, 'settings.json');
  fs.writeFileSync(
    config,
    JSON.stringify({
      version: 1,
      practices: [
        {
          name: 'Term Clinic',
          inbox: path.join(root, 'inbox'),
          practiceId: SANDBOX_PRACTICES[0]!.practiceId,
          environment: 'sandbox',
          mappingProfile: 'auto',
          timeZone: '',
          snapshotMode: false,
          polling: false,
          credentialKey: 'term',
        },
      ],
      retentionDays: 0,
      stabilityMs: 200,
      batchSize: 50,
    }),
  );
  let signalled = false;
  const r = await cli(['run', '--config', config, '--data-dir', dataDir], (out, proc) => {
    if (!signalled && out.includes('Press Ctrl+C to stop.')) {
      signalled = true;
      proc.kill('SIGTERM');
    }
  });
  expect(r.code, r.out).toBe(0);
  expect(r.out).toMatch(/SIGTERM: stopping/);
  expect(r.out).toMatch(/Stopped\./);
  expect(fs.existsSync(path.join(dataDir, 'jobs', 'jobs.lock'))).toBe(false);
}, 60_000);
