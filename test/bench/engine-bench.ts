// Benchmark: the engine against the local sandbox with the DEFAULT 1 s stability window.
//  - latency: file closed → POST started (the journal's `sending` step, written right before the
//    POST), for 20 files dropped one at a time; target ≤ stability window + 250 ms (median);
//  - throughput: 200 small exports (3 appointments each) dropped at once, jobs per second until
//    all are accepted and until all are processed (tracked).
// Run: node bin/run-ts.mjs test/bench/engine-bench.ts
// Exported as benchEngine() for the bench runner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MemoryCredentialStore } from '../../main/credentials/credential-store.ts';
import { startSandbox } from '../../main/sandbox/server.ts';
import { SANDBOX_PRACTICES } from '../../main/credentials/sandbox-credentials.ts';
import { createEngine } from '../../main/engine/engine-factory.ts';
import type { Settings } from '../../main/model/settings.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';

export interface EngineBenchResult {
  stabilityMs: number;
  latencyMs: { median: number; min: number; max: number; samples: number };
  targetLatencyMs: number;
  throughput: { files: number; acceptedPerSec: number; processedPerSec: number; secondsToAccepted: number };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchEngine(): Promise<EngineBenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-bench-'));
  const sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const settings: Settings = {
    version: 1,
    practices: [
      {
        name: 'Bench',
        inbox,
        practiceId: SANDBOX_PRACTICES[0]!.practiceId,
        environment: 'sandbox',
        mappingProfile: 'auto',
        timeZone: '',
        snapshotMode: false,
        polling: false,
        credentialKey: 'bench',
      },
    ],
    retentionDays: 0,
    stabilityMs: 1000,
    batchSize: 50,
  };
  const running = await createEngine({
    dataDir: path.join(root, 'data'),
    settings,
    credentials: new MemoryCredentialStore(),
    sandboxUrl: sandbox.url,
    tuning: { pollPolicy: { firstMs: 100, capMs: 1000, giveUpAfterMs: 60_000 } },
  });
  const sendingAt = new Map<string, number>();
  running.engine.onJob((j) => {
    if (j.state === 'sending' && !sendingAt.has(j.file)) sendingAt.set(j.file, performance.now());
  });
  await running.engine.start();
  try {
    // Latency, one file at a time.
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const name = `lat-${i}.csv`;
      const fd = fs.openSync(path.join(inbox, name), 'w');
      fs.writeSync(fd, clinikoCsv(2, { firstId: 100_000 + i * 10 }));
      fs.closeSync(fd);
      const closed = performance.now();
      while (!sendingAt.has(name)) await sleep(5);
      samples.push(sendingAt.get(name)! - closed);
      await sleep(50);
    }
    await running.engine.whenIdle();
    samples.sort((a, b) => a - b);
    const median = (samples[9]! + samples[10]!) / 2;

    // Throughput: 200 files at once.
    const files = 200;
    const t0 = performance.now();
    for (let i = 0; i < files; i++) {
      fs.writeFileSync(path.join(inbox, `tp-${i}.csv`), clinikoCsv(3, { firstId: 200_000 + i * 10 }));
    }
    let acceptedAt = 0;
    for (;;) {
      const jobs = running.journal.list({ limit: 1000, search: 'tp-' });
      const accepted = jobs.filter((j) => j.dataJobIds.length > 0).length;
      const processed = jobs.filter((j) => j.state === 'processed').length;
      if (!acceptedAt && accepted >= files) acceptedAt = performance.now();
      if (processed >= files) break;
      await sleep(20);
    }
    const t1 = performance.now();
    return {
      stabilityMs: settings.stabilityMs,
      latencyMs: {
        median: Math.round(median),
        min: Math.round(samples[0]!),
        max: Math.round(samples.at(-1)!),
        samples: 20,
      },
      targetLatencyMs: settings.stabilityMs + 250,
      throughput: {
        files,
        secondsToAccepted: Math.round((acceptedAt - t0) / 10) / 100,
        acceptedPerSec: Math.round((files / ((acceptedAt - t0) / 1000)) * 10) / 10,
        processedPerSec: Math.round((files / ((t1 - t0) / 1000)) * 10) / 10,
      },
    };
  } finally {
    await running.close();
    await sandbox.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchEngine();
  console.log(JSON.stringify(r, null, 2));
  console.log(
    `file closed → POST started: median ${r.latencyMs.median} ms (min ${r.latencyMs.min}, max ${r.latencyMs.max}); ` +
      `target ≤ ${r.targetLatencyMs} ms: ${r.latencyMs.median <= r.targetLatencyMs ? 'met' : 'NOT met'}`,
  );
  console.log(
    `${r.throughput.files} small files: ${r.throughput.acceptedPerSec} jobs/s accepted, ${r.throughput.processedPerSec} jobs/s processed (tracked)`,
  );
}
