// Benchmark: what one very large export costs the journal (issue 10 item 9). A data folder that
// already holds an office's history (10,000 finished jobs) gets a 200,000-row export (4,000
// batches of 50), sent by `appt-connector run --once` (the bundled CLI, as shipped) in a child
// process to the local sandbox. Measured:
//  - journal lines and bytes the file added (jobs.log after − before; the seeded history keeps
//    compaction from running meanwhile, and a changed header would show that it did);
//  - the engine's peak memory (max RSS of the child, /usr/bin/time) over the whole run, so
//    including the sending;
//  - `history` (first page, bundled CLI) and `history --job` of the big job, wall time;
//  - reopening the store (JobStore.open, writable, as at an engine restart), wall time.
// Targets: lines ≤ 2 × batches; peak RSS ≤ 250 MB. Linux only (/usr/bin/time).
// Run: node bin/run-ts.mjs test/bench/journal-bench.ts [rows]
// Exported as benchJournal() for the bench runner (test/bench/run.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JobStore } from '../../main/engine/job-store/job-store.ts';
import { startSandbox } from '../../main/sandbox/server.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { bundleCli, writeSettingsFile } from '../engine/support/cli-process.ts';
import { makeJob } from './history-bench.ts';

export interface JournalBenchResult {
  rows: number;
  batches: number;
  historyJobs: number;
  journalLines: number;
  journalBytes: number;
  /** Journal bytes the file added per appointment sent. */
  bytesPerRow: number;
  peakRssMb: number;
  runSeconds: number;
  historyMs: number;
  historyJobMs: number;
  reopenMs: number;
  targetLines: number;
  targetRssMb: number;
}

const BATCH = 50;

function lineCount(file: string): number {
  const buf = fs.readFileSync(file);
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

function firstLine(file: string): string {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(4096);
  const n = fs.readSync(fd, buf, 0, buf.length, 0);
  fs.closeSync(fd);
  return buf.subarray(0, n).toString('utf8').split('\n')[0]!;
}

/** Wall time of a bundled CLI command in a child process; throws on a non-zero exit. */
function timedCli(cli: string, args: string[]): { ms: number; stdout: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1e9 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${args[0]} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return { ms: Math.round(ms), stdout: r.stdout };
}

export async function benchJournal(rows = 200_000, historyJobs = 10_000): Promise<JournalBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journal-bench-'));
  const sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
  const { cli, dir: bundleDir } = await bundleCli();
  try {
    const dataDir = path.join(root, 'data');
    const jobsDir = path.join(dataDir, 'jobs');
    // An office's history: finished jobs, written the way the engine writes them.
    const seed = await JobStore.open(jobsDir, { unsafeNoSync: true });
    const t0 = Date.parse('2026-01-05T08:00:00Z');
    for (let from = 0; from < historyJobs; from += 1000) {
      const ids = Array.from({ length: Math.min(1000, historyJobs - from) }, (_, k) => from + k);
      await Promise.all(ids.map((i) => seed.create(makeJob(i, t0))));
    }
    await seed.close();
    const journal = path.join(jobsDir, 'jobs.log');
    const before = {
      lines: lineCount(journal),
      bytes: fs.statSync(journal).size,
      header: firstLine(journal),
    };

    const inbox = path.join(root, 'inbox');
    fs.mkdirSync(inbox);
    const config = writeSettingsFile(root, inbox, { practice: { name: 'Big Clinic' }, batchSize: BATCH });
    fs.writeFileSync(path.join(inbox, 'big.csv'), clinikoCsv(rows, { firstId: 1_000_000 }));
    // Asynchronous: the sandbox answering the child runs on this process's event loop.
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'TIME %e %U %S %M', process.execPath, cli, 'run', '--once'].concat([
        '--config',
        config,
        '--data-dir',
        dataDir,
        '--sandbox-url',
        sandbox.url,
      ]),
      {
        env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', APPT_TRACK_FIRST_POLL_MS: '100' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-20_000)));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20_000)));
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const r = { status, stdout, stderr };
    const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
    if (r.status !== 0 || !m)
      throw new Error(`run --once exited ${r.status}:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    const received = sandbox.received().reduce((n, d) => n + d.appointmentIds.length, 0);
    if (received !== rows) throw new Error(`the sandbox received ${received} appointments, not ${rows}`);
    if (firstLine(journal) !== before.header)
      throw new Error(
        'the journal was compacted during the run: its lines no longer count what the run added',
      );
    const lines = lineCount(journal) - before.lines;
    const bytes = fs.statSync(journal).size - before.bytes;

    const history = timedCli(cli, ['history', '--data-dir', dataDir]);
    const listed = timedCli(cli, ['history', '--data-dir', dataDir, '--limit', '1', '--json']);
    const [newest] = (JSON.parse(listed.stdout) as { jobs: { id: string; counts: { sent: number } }[] }).jobs;
    if (newest?.counts.sent !== rows)
      throw new Error(`history shows ${newest?.counts.sent} sent, not ${rows}`);
    const historyJob = timedCli(cli, ['history', '--data-dir', dataDir, '--job', newest.id, '--json']);
    const t = performance.now();
    const store = await JobStore.open(jobsDir);
    const reopenMs = Math.round(performance.now() - t);
    const batches = store.get(newest.id)!.batches.length;
    await store.close();
    return {
      rows,
      batches,
      historyJobs,
      journalLines: lines,
      journalBytes: bytes,
      bytesPerRow: Math.round(bytes / rows),
      peakRssMb: Math.round(Number(m[4]) / 1024),
      runSeconds: Number(m[1]),
      historyMs: history.ms,
      historyJobMs: historyJob.ms,
      reopenMs,
      targetLines: 2 * Math.ceil(rows / BATCH),
      targetRssMb: 250,
    };
  } finally {
    await sandbox.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(bundleDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const r = await benchJournal(Number(process.argv[2] ?? 200_000));
  console.log(JSON.stringify(r, null, 2));
  console.log(
    `${r.rows} rows, ${r.batches} batches: +${r.journalLines} journal lines (target ≤ ${r.targetLines}), ` +
      `+${(r.journalBytes / 1e6).toFixed(1)} MB, peak RSS ${r.peakRssMb} MB (target ≤ ${r.targetRssMb})`,
  );
}
