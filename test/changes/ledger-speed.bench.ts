// Benchmark (not a vitest test): the sent ledger with many ids.
//   node bin/run-ts.mjs test/changes/ledger-speed.bench.ts [ids=100000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SentLedger, LEDGER_FILE } from '../../main/changes/index.ts';
import { schedule } from './appointment-factory.ts';

const ids = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-'));
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
try {
  const all = schedule(ids);
  let t = performance.now();
  const first = await SentLedger.open(dir);
  await first.record(all);
  await first.close();
  const mb = (fs.statSync(path.join(dir, LEDGER_FILE)).size / 1e6).toFixed(1);
  console.log(`record ${ids} appointments (one batch, fsync): ${ms(t)}; ledger file ${mb} MB`);

  const rssBefore = process.memoryUsage().rss;
  t = performance.now();
  const ledger = await SentLedger.open(dir);
  console.log(`open: ${ms(t)}; +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB RSS`);

  const snapshot = all.slice(0, 5000);
  t = performance.now();
  const toSend = snapshot.filter((a) => ledger.decide(a).send !== false);
  const cancels = ledger.cancellationsForSnapshot(
    { from: snapshot[0]!.start, to: snapshot.at(-1)!.start },
    new Set(snapshot.map((a) => a.appointmentId)),
  );
  console.log(
    `re-dropped 5,000-appointment snapshot: decide + snapshot cancels ${ms(t)} (${toSend.length} to send, ${cancels.length} cancels)`,
  );

  t = performance.now();
  let unchanged = 0;
  for (const a of all) if (ledger.decide(a).send === false) unchanged++;
  console.log(`decide all ${ids}: ${ms(t)} (${unchanged} unchanged)`);
  await ledger.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
