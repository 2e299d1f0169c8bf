// Issue 10 item 5: after a power cut the pid written in jobs.lock or a ledger's lock usually
// belongs to another program by the next boot, and `kill(pid, 0)` then says "alive": the
// connector refused to start. A holder is now its pid AND its process start (main/os), and a lock
// written before its pid's current process started is not that process's.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { LEDGER_FILE, LedgerLockedError, SentLedger } from '../../main/changes/sent-ledger.ts';
import { processStart, startTicksFromStat } from '../../main/os/process-start.ts';
import { readHolder } from '../../main/os/owner-lock.ts';

let dir: string;
let other: ChildProcess | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stale-lock-'));
});
afterEach(async () => {
  if (other && other.exitCode === null) {
    other.kill();
    await new Promise((r) => other!.once('exit', r));
  }
  other = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Another program, alive: it stands for whatever got the old pid after the reboot. */
async function liveStranger(): Promise<number> {
  other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await new Promise((r) => other!.once('spawn', r));
  return other.pid!;
}

/** A lock file as the connector wrote it before the power cut: an hour ago. */
function writeOldLock(file: string, text: string): void {
  fs.writeFileSync(file, text);
  const anHourAgo = new Date(Date.now() - 3_600_000);
  fs.utimesSync(file, anHourAgo, anHourAgo);
}

const jobsLock = () => path.join(dir, 'jobs.lock');
const ledgerLock = () => path.join(dir, `${LEDGER_FILE}.lock`);

test('jobs.lock from before a power cut (a bare pid, now another program) no longer stops the start', async () => {
  const pid = await liveStranger();
  writeOldLock(jobsLock(), String(pid));
  const store = await JobStore.open(dir);
  const holder = readHolder(fs.readFileSync(jobsLock(), 'utf8'));
  expect(holder?.pid).toBe(process.pid);
  await store.close();
  expect(fs.existsSync(jobsLock())).toBe(false);
});

test('a recorded process start that differs from the pid’s current one is stale; the same start is a live holder', async () => {
  const pid = await liveStranger();
  const now = await processStart(pid);
  expect(typeof now).toBe('object');
  const start = (now as { start: string }).start;
  // Written just now (no mtime help): only the start tells the two apart.
  const lock = (s: string) =>
    JSON.stringify({ pid, host: os.hostname(), since: new Date().toISOString(), start: s });

  fs.writeFileSync(jobsLock(), lock(start));
  await expect(JobStore.open(dir)).rejects.toThrow(
    new RegExp(`Another Appointment Connector \\(process ${pid}\\)`),
  );
  fs.writeFileSync(jobsLock(), lock(`${start}-previous-boot`));
  const store = await JobStore.open(dir);
  await store.close();

  fs.writeFileSync(ledgerLock(), lock(start));
  await expect(SentLedger.open(dir)).rejects.toBeInstanceOf(LedgerLockedError);
  fs.writeFileSync(ledgerLock(), lock(`${start}-previous-boot`));
  const ledger = await SentLedger.open(dir);
  expect(readHolder(fs.readFileSync(ledgerLock(), 'utf8'))?.pid).toBe(process.pid);
  await ledger.close();
  expect(fs.existsSync(ledgerLock())).toBe(false);
});

test('a ledger lock from before a power cut (no start recorded, pid now another program) is taken over', async () => {
  const pid = await liveStranger();
  writeOldLock(ledgerLock(), JSON.stringify({ pid, host: os.hostname(), since: '2026-12-01T08:00:00Z' }));
  const ledger = await SentLedger.open(dir);
  await ledger.close();
});

test('a live holder written after its process started still holds (old-format lock)', async () => {
  const pid = await liveStranger();
  fs.writeFileSync(
    ledgerLock(),
    JSON.stringify({ pid, host: os.hostname(), since: new Date().toISOString() }),
  );
  await expect(SentLedger.open(dir)).rejects.toBeInstanceOf(LedgerLockedError);
  fs.writeFileSync(jobsLock(), String(pid));
  await expect(JobStore.open(dir)).rejects.toThrow(/delete .*jobs\.lock/);
});

test('/proc stat: field 22 is found even when the command name holds spaces and parentheses', () => {
  const stat = '4242 (my (odd) name) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 1 0 987654 1000 50';
  expect(startTicksFromStat(stat)).toBe('987654');
});
