// Benchmark: reading + mapping speed and memory of the importer and the `convert` command.
//  - rows/s of importExport (read, recognise, map; no XML) on a generated 200,000-row CSV;
//  - rows/s and peak RSS of `convert --out DIR` (build + validate + write every batch) on a
//    generated 1,000,000-row CSV, run in a child process so its peak RSS is its own.
// Run: node bin/run-ts.mjs test/bench/convert-bench.ts [rowsForConvert]
// Exported as benchConvert() for a bench runner.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importExport } from '../../main/import/import-export.ts';

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
const PROVIDERS = ['Hargreaves,Elena M', 'Bosch,Karl', 'Okafor,Chidi', 'Reyes,Marisol'];
const STATUSES = ['- None', 'SMS Confirmed', '@ Arrived', 'x Canceled', '? No show'];
const FIRST = ['Oscar', 'Priya', 'Walter', 'Fatima', 'Ingrid', 'Lena', 'Jonas', 'Mia'];
const LAST = ['Delgado', 'Natarajan', 'Kim', 'Al-Sayed', 'Solberg', 'Vogel', 'Brandt'];

/** An OpenEMR-report-shaped CSV (no ids: appointment and patient ids are derived per row). */
export function writeExport(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  let buf = '"Provider","Date","Time","Patient","DOB","Type","Status"\n';
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const minutes = (i * 15) % 600;
    const hh = String(8 + Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    buf +=
      `"${PROVIDERS[i % 4]}","2026-12-${String(day).padStart(2, '0')}","${hh}:${mm}:00",` +
      `"${FIRST[i % 8]} ${LAST[i % 7]}${i}","19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}","Office Visit","${STATUSES[i % 5]}"\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}

export interface ConvertBenchResult {
  mapRows: number;
  mapRowsPerSec: number;
  convertRows: number;
  convertRowsPerSec: number;
  convertPeakRssMb: number;
  documents: number;
}

async function child(file: string, out: string): Promise<void> {
  const { run } = await import('../../main/cli/commands/convert.ts');
  const t0 = performance.now();
  const code = await run([
    file,
    '--practice-id',
    PRACTICE,
    '--tz',
    'America/Los_Angeles',
    '--out',
    out,
    '--json',
  ]);
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(`${JSON.stringify({ code, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

export async function benchConvert(convertRows = 1_000_000): Promise<ConvertBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-bench-'));
  try {
    const small = path.join(dir, 'week-200k.csv');
    writeExport(small, 200_000);
    const t0 = performance.now();
    let n = 0;
    for await (const item of importExport(small, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles' })) {
      if (item.kind !== 'skipped') n++;
    }
    const mapSeconds = (performance.now() - t0) / 1000;

    const big = path.join(dir, 'year-1m.csv');
    writeExport(big, convertRows);
    const out = path.join(dir, 'out');
    const r = spawnSync(
      process.execPath,
      ['bin/run-ts.mjs', 'test/bench/convert-bench.ts', '--child', big, out],
      {
        encoding: 'utf8',
        maxBuffer: 1e9,
      },
    );
    const last = r.stderr.trim().split('\n').pop() ?? '{}';
    const stats = JSON.parse(last) as { code: number; seconds: number; maxRssKb: number };
    if (stats.code !== 0) throw new Error(`convert exited ${stats.code}: ${r.stderr.slice(0, 2000)}`);
    const summary = JSON.parse(r.stdout) as { rowsRead: number; documents: unknown[] };
    return {
      mapRows: n,
      mapRowsPerSec: Math.round(n / mapSeconds),
      convertRows: summary.rowsRead,
      convertRowsPerSec: Math.round(summary.rowsRead / stats.seconds),
      convertPeakRssMb: Math.round(stats.maxRssKb / 1024),
      documents: summary.documents.length,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
  else console.log(JSON.stringify(await benchConvert(Number(process.argv[2] ?? 1_000_000)), null, 2));
}
