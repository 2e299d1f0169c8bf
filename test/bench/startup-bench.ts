// Benchmark: how long the command line takes to start and finish a small job, the bundled CLI
// (dist/cli/, `npm run build`) against the TypeScript sources run through tsx, both started the
// way a person does: `node bin/appt-connector.mjs …` (APPT_CONNECTOR_TSX=1 forces the sources).
// Commands: `history` of an empty data folder and `convert` of a 30-row export.
// Cold: the first start (for tsx with its transform cache disabled, TSX_DISABLE_CACHE=1, as after
// an update); warm: the median of the next starts. Wall time is what a person waits for, so that
// is the figure; CPU time (user + system, from /usr/bin/time) is printed beside it because wall
// time on a shared machine depends on its load.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCliBundle } from '../../cli-bundle.config.mjs';
import { freshCliBundle } from '../../bin/cli-bundle-fresh.mjs';
import { writeExport } from './convert-bench.ts';

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
const WARM_RUNS = 5;

export interface StartTimes {
  coldMs: number;
  warmMs: number;
  warmCpuMs: number;
}

export interface StartupResult {
  bundle: { history: StartTimes; convert: StartTimes };
  tsx: { history: StartTimes; convert: StartTimes };
  /** CPU time of the freshness check alone (bin/cli-bundle-fresh.mjs), median of 20 in-process. */
  freshCheckMs: number;
  targetMs: number;
}

function once(args: string[], env: Record<string, string>): { wallMs: number; cpuMs: number } {
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', 'TIME %e %U %S', process.execPath, 'bin/appt-connector.mjs', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', ...env },
    },
  );
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${args[0]} exited ${r.status}: ${r.stderr.slice(0, 1000)}`);
  return { wallMs: Number(m[1]) * 1000, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function times(args: string[], env: Record<string, string>, coldEnv: Record<string, string>): StartTimes {
  const cold = once(args, { ...env, ...coldEnv });
  const warm = Array.from({ length: WARM_RUNS }, () => once(args, env));
  return {
    coldMs: Math.round(cold.wallMs),
    warmMs: Math.round(median(warm.map((w) => w.wallMs))),
    warmCpuMs: Math.round(median(warm.map((w) => w.cpuMs))),
  };
}

export async function benchStartup(): Promise<StartupResult> {
  await buildCliBundle();
  if (!freshCliBundle(process.cwd())) throw new Error('the CLI bundle just built is not fresh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-bench-'));
  try {
    const csv = path.join(dir, 'small.csv');
    writeExport(csv, 30);
    const history = ['history', '--data-dir', path.join(dir, 'data')];
    const convert = [
      'convert',
      csv,
      '--practice-id',
      PRACTICE,
      '--tz',
      'America/New_York',
      '--out',
      path.join(dir, 'out'),
    ];
    const tsx = { APPT_CONNECTOR_TSX: '1' };
    const checks = Array.from({ length: 20 }, () => {
      const c = process.cpuUsage();
      freshCliBundle(process.cwd());
      const d = process.cpuUsage(c);
      return (d.user + d.system) / 1000;
    });
    return {
      // convert's cold start has an empty cache of certified shapes (as after an install or an
      // update: main/xml/certified-shapes-cache.ts), its warm starts the entry the first made.
      bundle: {
        history: times(history, {}, {}),
        convert: times(convert, { APPT_CONNECTOR_CACHE_DIR: path.join(dir, 'cache') }, {}),
      },
      tsx: {
        history: times(history, tsx, { TSX_DISABLE_CACHE: '1' }),
        convert: times(convert, tsx, { TSX_DISABLE_CACHE: '1' }),
      },
      freshCheckMs: Math.round(median(checks) * 10) / 10,
      targetMs: 400,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
