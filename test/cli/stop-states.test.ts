// Stopping, everywhere (issue 10): `appt-connector run` as a real child process against the
// sandbox, stopped in each state a front desk can catch it in. Each test measures the time from
// the signal to the process's exit and prints it; the target is 2 s, the assertion allows 5 s so
// a loaded 2-core machine does not make it flaky. Every clean stop also releases the data
// folder's locks (the next start must not find jobs.lock or a ledger lock).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { listFiles } from '../engine/support/engine-harness.ts';
import { startRun as startCli, writeSettingsFile, type RunProcess } from '../engine/support/cli-process.ts';
import { sharedCliBundle } from '../support/shared-cli-bundle.ts';

const BOUND_MS = 5_000;
const measured: Array<{ state: string; ms: number }> = [];

let root: string;
let sandbox: SandboxHandle;
let inbox: string;
let dataDir: string;
let running: RunProcess | undefined;

// `run` as the run's one bundle (built by the global setup, as `npm run build` ships the CLI): each
// start then loads in ~0.35 CPU-s instead of ~1.2 through tsx. The tests of how a person starts it
// (through a shell, through npm) keep bin/appt-connector.mjs.
function startRun(args: string[]): RunProcess {
  return startCli(args, {}, sharedCliBundle());
}

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'stop-states-'));
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
  inbox = path.join(root, 'inbox');
  dataDir = path.join(root, 'data');
  fs.mkdirSync(inbox);
});
afterEach(async () => {
  running?.proc.kill('SIGKILL');
  running = undefined;
  await sandbox.close();
  fs.rmSync(root, { recursive: true, force: true });
});
afterAll(() => {
  const table = measured.map((m) => `  ${m.state.padEnd(44)} ${m.ms} ms`).join('\n');
  console.log(`signal → exit, measured:\n${table}`);
});

function args(config: string, ...more: string[]): string[] {
  return ['--config', config, '--data-dir', dataDir, '--sandbox-url', sandbox.url, ...more];
}

async function waitForOutput(r: RunProcess, re: RegExp, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!re.test(r.output())) {
    if (r.proc.exitCode !== null) throw new Error(`exited (${r.proc.exitCode}) before ${re}:\n${r.output()}`);
    if (Date.now() > until) throw new Error(`no ${re} within ${timeoutMs} ms:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/** Signal, then time until the process has exited. */
async function stopTimed(
  r: RunProcess,
  state: string,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<{ ms: number; code: number | null }> {
  const t0 = performance.now();
  r.proc.kill(signal);
  const timer = setTimeout(() => r.proc.kill('SIGKILL'), 30_000);
  const code = await r.exit;
  clearTimeout(timer);
  const ms = Math.round(performance.now() - t0);
  measured.push({ state, ms });
  console.log(`${state}: ${ms} ms from ${signal} to exit (code ${code})`);
  return { ms, code };
}

function expectLocksReleased(): void {
  const locks = listFiles(dataDir).filter((f) => f.endsWith('.lock'));
  expect(locks).toEqual([]);
}

test('waiting to retry a send (Medfusion answers 503, Retry-After 60 s), run --once', async () => {
  sandbox.faults.set({ route: 'appointmentsdata', status: 503, retryAfter: 60, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  running = startRun(args(writeSettingsFile(root, inbox), '--once', '--verbose'));
  await waitForOutput(running, /send failed, will retry/);
  await new Promise((res) => setTimeout(res, 300));
  const { ms, code } = await stopTimed(running, 'waiting to retry a send');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  // Stopped with the file unsent: not a success, and it says the file waits for the next run.
  expect(code, running.output()).toBe(1);
  expect(running.output()).toMatch(/Practice 1: 1 file not finished; it goes on at the next start/);
  expectLocksReleased();
}, 90_000);

test('in the middle of a POST (the answer takes 25 s)', async () => {
  sandbox.faults.set({ route: 'appointmentsdata', delayMs: 25_000, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  running = startRun(args(writeSettingsFile(root, inbox)));
  await waitForOutput(running, /sending batch 1 of 1/);
  await new Promise((res) => setTimeout(res, 700));
  const { ms, code } = await stopTimed(running, 'in the middle of a POST');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expect(code, running.output()).toBe(0);
  expectLocksReleased();
  // Nothing lost: the next run sends the batch whose answer never came.
  sandbox.faults.clear();
  running = startRun(args(writeSettingsFile(root, inbox), '--once'));
  expect(await running.exit, running.output()).toBe(0);
  expect(listFiles(inbox).filter((f) => f.startsWith('processed/'))).toHaveLength(1);
}, 120_000);

test('tracking, while the status route fails: says what it waits for, stops at once', async () => {
  sandbox.faults.set({ route: 'status', status: 500, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  running = startRun(args(writeSettingsFile(root, inbox), '--once'));
  // Before: --once waited up to an hour for the processing result without a word.
  await waitForOutput(running, /processing result .* could not be read/);
  // A 500 is Medfusion being down: it is asked for again for as long as that lasts (item 8).
  expect(running.output()).toMatch(/Waiting for Medfusion since \d\d:\d\d/);
  const { ms, code } = await stopTimed(running, 'tracking (status route failing)');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expect(code, running.output()).toBe(1);
  expectLocksReleased();
}, 90_000);

test('paused after a 401: run --once exits 1 saying why; run stops at once', async () => {
  sandbox.faults.set({ route: 'appointmentsdata', status: 401, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  const config = writeSettingsFile(root, inbox);
  // Item 11: nothing was sent, so --once must not report success.
  running = startRun(args(config, '--once'));
  const once = await running.exit;
  expect(once, running.output()).toBe(1);
  expect(running.output()).toMatch(/refused the credentials of Practice 1/);
  expect(running.output()).toMatch(
    /Practice 1: nothing more is sent until its credentials are fixed.*credentials set --practice "Practice 1"/,
  );
  expectLocksReleased();

  running = startRun(args(config));
  await waitForOutput(running, /refused the credentials/);
  const { ms, code } = await stopTimed(running, 'paused after a 401');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expect(code, running.output()).toBe(0);
  expectLocksReleased();
}, 120_000);

test('an unreachable inbox', async () => {
  const blocker = path.join(root, 'share-not-mounted');
  fs.writeFileSync(blocker, 'a file where the share should be');
  const config = writeSettingsFile(root, path.join(blocker, 'inbox'));
  running = startRun(args(config));
  await waitForOutput(running, /cannot be used/);
  const { ms, code } = await stopTimed(running, 'an unreachable inbox');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expect(code, running.output()).toBe(0);
  expectLocksReleased();
}, 90_000);

test('reading a large file (200,000 rows)', async () => {
  fs.writeFileSync(path.join(inbox, 'big.csv'), clinikoCsv(200_000, { firstId: 1_000_000 }));
  running = startRun(args(writeSettingsFile(root, inbox, { batchSize: 500 })));
  await waitForOutput(running, /big\.csv: [\d,]+ appointments read/);
  const { ms, code } = await stopTimed(running, 'reading a large file');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expect(code, running.output()).toBe(0);
  expect(running.output()).not.toMatch(/sending batch/);
  expectLocksReleased();
}, 120_000);

test('a second Ctrl+C forces the exit (journal flushed, locks released); nothing is lost', async () => {
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  const config = writeSettingsFile(root, inbox);
  // The job's POST waits until a file that never comes (step-points.ts): the clean stop waits for
  // that step, so it is still under way when the second Ctrl+C comes. A second signal 50 ms after
  // the first came too late at load 60, once the stop had already ended (exit 0, not 130).
  running = startCli(
    args(config),
    { APPT_HOLD_BEFORE: 'post', APPT_HOLD_UNTIL: path.join(root, 'never') },
    sharedCliBundle(),
  );
  await waitForOutput(running, /sending batch 1 of 1/);
  const r = running;
  // The second Ctrl+C once the first one's stop has begun (and cannot end: the POST is held).
  waitForOutput(r, /stopping after the step in progress/).then(
    () => r.proc.kill('SIGINT'),
    () => undefined,
  );
  const { ms, code } = await stopTimed(running, 'second Ctrl+C', 'SIGINT');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expect(code, running.output()).toBe(130);
  expect(running.output()).toMatch(/Stopped at once/);
  expectLocksReleased();
  running = startRun(args(config, '--once'));
  expect(await running.exit, running.output()).toBe(0);
  expect(listFiles(inbox).filter((f) => f.startsWith('processed/'))).toHaveLength(1);
}, 120_000);

test('the parent shell is killed (npm run … ended by a timeout): the engine stops and releases its locks', async () => {
  sandbox.faults.set({ route: 'appointmentsdata', status: 503, retryAfter: 60, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  const cmd = [process.execPath, 'bin/appt-connector.mjs', 'run', ...args(writeSettingsFile(root, inbox))]
    .map((a) => `'${a}'`)
    .join(' ');
  // `; true` keeps the shell from exec-ing node: node's parent is the shell, as under npm.
  const shell = spawn('sh', ['-c', `${cmd}; true`], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' },
    stdio: 'ignore',
  });
  const lock = path.join(dataDir, 'jobs', 'jobs.lock');
  const until = Date.now() + 60_000;
  while (!(
    fs.existsSync(lock) &&
    sandbox.received().length === 0 &&
    fs.readFileSync(lock, 'utf8').includes('pid')
  )) {
    if (Date.now() > until) throw new Error('the engine never took its lock');
    await new Promise((res) => setTimeout(res, 100));
  }
  const pid = (JSON.parse(fs.readFileSync(lock, 'utf8')) as { pid: number }).pid;
  await new Promise((res) => setTimeout(res, 2_000));
  const t0 = performance.now();
  shell.kill('SIGKILL');
  // Exited = no such process, or a zombie waiting for its new parent (init) to reap it.
  const gone = () => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
    } catch {
      return true;
    }
  };
  while (!gone() && performance.now() - t0 < 30_000) await new Promise((res) => setTimeout(res, 25));
  const ms = Math.round(performance.now() - t0);
  if (!gone()) process.kill(pid, 'SIGKILL');
  measured.push({ state: 'parent process killed (orphaned engine)', ms });
  console.log(`parent process killed: engine gone after ${ms} ms`);
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  expectLocksReleased();
}, 90_000);

test('`timeout … npm run cli -- run --once` (item 12): one clean stop, locks released, no orphan left', async () => {
  sandbox.faults.set({ route: 'appointmentsdata', status: 503, retryAfter: 60, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  const config = writeSettingsFile(root, inbox);
  const out = path.join(root, 'out.txt');
  // npm → sh → node, as a user runs it, under `timeout`. When its time is up, timeout signals its
  // child and then its whole process group at once (GNU coreutils timeout.c, cleanup()); it does
  // the very same when it is sent SIGTERM itself. So the test sends it that the moment the engine
  // is waiting to retry its send, instead of giving it a fixed 8 s: at load 28-30 on 2 cores, 8 s
  // had ended npm before the engine got there (this test failed twice so), and on a quiet machine
  // every run waited the 8 s. `exec`: this shell becomes timeout, so its pid is timeout's.
  const timeout = spawn(
    'sh',
    [
      '-c',
      `exec timeout 60 npm run --silent cli -- run --once --verbose ${args(config)
        .map((a) => `'${a}'`)
        .join(' ')} > '${out}' 2>&1`,
    ],
    { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '' }, stdio: 'ignore' },
  );
  const ended = new Promise((res) => timeout.on('exit', res));
  const lock = path.join(dataDir, 'jobs', 'jobs.lock');
  let pid: number | undefined;
  const output = () => (fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '');
  const until = Date.now() + 45_000;
  while (!(pid && /send failed, will retry/.test(output()))) {
    if (timeout.exitCode !== null)
      throw new Error(`ended (${timeout.exitCode}) before the retry:\n${output()}`);
    if (Date.now() > until) throw new Error(`the engine never waited to retry within 45 s:\n${output()}`);
    if (!pid && fs.existsSync(lock)) pid = readHolderPid(lock);
    await new Promise((res) => setTimeout(res, 50));
  }
  timeout.kill('SIGTERM');
  await ended;
  const t0 = performance.now();
  while (alive(pid!) && performance.now() - t0 < 30_000) await new Promise((res) => setTimeout(res, 25));
  const ms = Math.round(performance.now() - t0);
  console.log(`timeout npm run: engine gone ${ms} ms after npm ended`);
  if (alive(pid!)) process.kill(pid!, 'SIGKILL');
  expect(ms).toBeLessThanOrEqual(BOUND_MS);
  const text = fs.readFileSync(out, 'utf8');
  expect(text).toMatch(/stopping after the step in progress/);
  expect(text).not.toMatch(/Stopped at once/);
  expect(text).toMatch(/Stopped\./);
  expectLocksReleased();
}, 90_000);

function readHolderPid(lock: string): number | undefined {
  try {
    return (JSON.parse(fs.readFileSync(lock, 'utf8')) as { pid: number }).pid;
  } catch {
    return undefined;
  }
}

/** Running = in /proc and not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}

test('run --once during a Medfusion outage ends after --max-wait: exit 1, says since when, the file is kept', async () => {
  sandbox.faults.set({ route: 'appointmentsdata', status: 503, times: 'always' });
  fs.writeFileSync(path.join(inbox, 'a.csv'), clinikoCsv(2, { firstId: 1000 }));
  // 0.05 min = 3 s. Before: --once waited for as long as Medfusion stayed down (item 8 made the
  // job wait rather than fail), so a scheduled run never ended.
  running = startRun(args(writeSettingsFile(root, inbox), '--once', '--max-wait', '0.05'));
  const code = await running.exit;
  expect(code, running.output()).toBe(1);
  expect(running.output()).toMatch(/Medfusion has not answered since \d\d:\d\d/);
  expect(running.output()).toMatch(/1 file not finished/);
  expectLocksReleased();
  // Nothing lost: the file waits in processing/, and the next run sends it once Medfusion is back.
  expect(listFiles(inbox).filter((f) => f.startsWith('processing/'))).toHaveLength(1);
  sandbox.faults.clear();
  running = startRun(args(writeSettingsFile(root, inbox), '--once'));
  expect(await running.exit, running.output()).toBe(0);
  expect(listFiles(inbox).filter((f) => f.startsWith('processed/'))).toHaveLength(1);
}, 120_000);
