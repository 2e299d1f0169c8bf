// Micro-bench of the mapping step alone (issue 13): the bench's 200,000-row export is read by the
// real reader into memory, then mapped by the real row mapper (`prepareTable(...).map`), and only
// the mapping is timed, in CPU µs per row (process.cpuUsage: user + system, since the machine is
// shared and wall time follows its load). Each round gets a fresh mapper (memos and the derived
// ids' slots start empty, as for a new file). Prints every round and the best.
// Run: npx tsx test/bench/map-rows-micro.ts [rows] [rounds]
//      (profile: node --cpu-prof --cpu-prof-dir=out/prof --import tsx test/bench/map-rows-micro.ts)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareTable } from '../../main/import/import-export.ts';
import type { TableRow } from '../../main/import/read/table-types.ts';
import { writeExport } from './convert-bench.ts';

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
const rows = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 3);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'map-micro-'));
const file = path.join(dir, 'export-200k.csv');
writeExport(file, rows);

const perRow: number[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    const p = await prepareTable(file, { practiceId: PRACTICE, timeZone: 'America/Los_Angeles' });
    const all: TableRow[] = [];
    for await (const r of p.rows) all.push(r);
    const count = { appointment: 0, skipped: 0, error: 0 };
    const t0 = process.cpuUsage();
    for (let i = 0; i < all.length; i++) count[p.map(all[i]!).kind]++;
    const t = process.cpuUsage(t0);
    const us = (t.user + t.system) / all.length;
    perRow.push(us);
    console.log(
      `round ${round + 1}: ${us.toFixed(2)} µs CPU/row (${all.length} rows, ${JSON.stringify(count)})`,
    );
  }
  console.log(`best of ${rounds}: ${Math.min(...perRow).toFixed(2)} µs CPU/row`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
