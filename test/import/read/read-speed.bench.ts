// Benchmark (not a vitest test): reader throughput against papaparse's raw parse of the same
// file, and peak RSS while streaming a large file.
//   node bin/run-ts.mjs test/import/read/read-speed.bench.ts [rows=200000] [quoted=0|1]
//   node bin/run-ts.mjs test/import/read/read-speed.bench.ts 1000000 0 memory   (peak RSS, reader only)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { openTable } from '../../../main/import/read/index.ts';

const rows = Number(process.argv[2] ?? 200_000);
const quoted = process.argv[3] === '1';

function generate(file: string, n: number): void {
  const q = (s: string) => (quoted ? `"${s}"` : s);
  const fd = fs.openSync(file, 'w');
  let buf = ['Provider', 'Date', 'Time', 'Patient', 'DOB', 'Type', 'Status', 'Id'].map(q).join(',') + '\r\n';
  for (let i = 1; i <= n; i++) {
    buf +=
      [
        i % 3 ? 'Hargreaves Elena' : 'Bosch Karl',
        `2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
        `${String(8 + (i % 9)).padStart(2, '0')}:${i % 2 ? '00' : '30'}:00`,
        `Patient Number${i}`,
        '1979-06-02',
        'Office Visit',
        i % 10 ? '- None' : 'x Canceled',
        `A-${i}`,
      ]
        .map(q)
        .join(',') + '\r\n';
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = '';
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
}

async function papaRaw(file: string): Promise<number> {
  // papaparse's own streaming file read (Node stream in, step per row), nothing else.
  let count = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(fs.createReadStream(file, 'utf8') as unknown as File, {
      step: () => void count++,
      complete: () => resolve(),
      error: reject,
    });
  });
  return count;
}

async function ours(file: string): Promise<number> {
  const { rows } = await openTable(file);
  let count = 0;
  for await (const r of rows) if (r.values.length) count++;
  return count;
}

async function time(label: string, fn: () => Promise<number>): Promise<number> {
  const t0 = performance.now();
  const n = await fn();
  const s = (performance.now() - t0) / 1000;
  const rate = n / s;
  console.log(
    `${label.padEnd(10)} ${n} rows in ${s.toFixed(2)} s = ${Math.round(rate).toLocaleString('en-US')} rows/s`,
  );
  return rate;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-bench-'));
try {
  const file = path.join(dir, 'bench.csv');
  generate(file, rows);
  console.log(`${rows} rows, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, quoted=${quoted}`);
  if (process.argv[4] === 'memory') {
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    await time('openTable', () => ours(file));
    clearInterval(timer);
    console.log(`peak RSS while reading: ${(Math.max(peak, process.memoryUsage().rss) / 1e6).toFixed(0)} MB`);
    process.exit(0);
  }
  // Best of three, alternating, so JIT warm-up and GC timing do not favour whichever runs first.
  let p = 0;
  let o = 0;
  for (let k = 0; k < 3; k++) {
    o = Math.max(o, await time('openTable', () => ours(file)));
    p = Math.max(p, await time('papaparse', () => papaRaw(file)));
  }
  console.log(`best: ours/papaparse = ${(o / p).toFixed(2)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
