// Benchmark: what a running connector costs when nothing happens. `appt-connector run`, bundled
// into one file as the desktop build ships the engine (the tsx runner used by `npm run cli`
// compiles TypeScript in memory and would add ~150 MB and start-up CPU that users never pay),
// runs in a child process and watches an inbox whose processed/ folder holds 10,000 archived
// exports; after it has settled, its CPU time and memory are read from /proc over a quiet window.
// Targets: < 1 % of one core, < 100 MB RSS. Linux only (reads /proc).
// Exported as benchIdle() for the bench runner (test/bench/run.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox } from '../../main/sandbox/server.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { bundleCli, startRun, writeSettingsFile } from '../engine/support/cli-process.ts';

export interface IdleBenchResult {
  archivedFiles: number;
  runner: string;
  windowSec: number;
  cpuPercent: number;
  rssMb: number;
  peakRssMb: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** utime+stime of a process in clock ticks (100 per second on Linux). */
function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? NaN);
}

export async function benchIdle(archivedFiles = 10_000, windowSec = 20): Promise<IdleBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'idle-bench-'));
  const sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox') });
  const inbox = path.join(root, 'inbox');
  // Archived exports the way the engine files them: processed/<day>/, 100 days of 100 files.
  for (let d = 0; d < archivedFiles / 100; d++) {
    const day = path.join(inbox, 'processed', new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    fs.mkdirSync(day, { recursive: true });
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(day, `export-${i}.csv`), 'id,starts_at\n1,x\n');
  }
  const config = writeSettingsFile(root, inbox, { practice: { name: 'Idle' }, stabilityMs: 1000 });
  const { cli, dir: bundleDir } = await bundleCli();
  const run = startRun(
    ['--config', config, '--data-dir', path.join(root, 'data'), '--sandbox-url', sandbox.url],
    {},
    cli,
  );
  const { proc } = run;
  try {
    await sleep(8000); // start-up and the watcher's first scan are not "idle"
    if (proc.exitCode !== null || !run.output().includes('Watching 1 inbox')) {
      throw new Error(`the connector is not watching (exit ${proc.exitCode}):\n${run.output()}`);
    }
    const pid = proc.pid!;
    const t0 = cpuTicks(pid);
    await sleep(windowSec * 1000);
    const ticks = cpuTicks(pid) - t0;
    const rssKb = statusKb(pid, 'VmRSS');
    // Still awake: an export dropped now is sent.
    fs.writeFileSync(path.join(inbox, 'after-idle.csv'), clinikoCsv(1));
    const until = Date.now() + 20_000;
    while (sandbox.received().length === 0) {
      if (Date.now() > until) throw new Error(`nothing sent after the idle window:\n${run.output()}`);
      await sleep(100);
    }
    return {
      archivedFiles,
      runner: 'bundled CLI (esbuild, as shipped)',
      windowSec,
      cpuPercent: Math.round((ticks / (windowSec * 100)) * 1000) / 10,
      rssMb: Math.round(rssKb / 1024),
      peakRssMb: Math.round(statusKb(pid, 'VmHWM') / 1024),
    };
  } finally {
    proc.kill('SIGKILL');
    await sandbox.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(bundleDir, { recursive: true, force: true });
  }
}
