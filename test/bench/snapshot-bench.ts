// Benchmark: change detection at practice size. A 5,000-appointment export goes through the real
// engine to the sandbox; then the same snapshot is dropped again (target: 0 appointments sent),
// then once more with 10 appointments moved (target: exactly those 10 sent). Counted from the
// sandbox's received log, not from the engine's own counts.
// Exported as benchSnapshot() for the bench runner (test/bench/run.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createHarness } from '../engine/support/engine-harness.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

export interface SnapshotBenchResult {
  appointments: number;
  firstSent: number;
  firstSeconds: number;
  unchangedSent: number;
  changed: number;
  changedSent: number;
  changedSeconds: number;
}

const done = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';

export async function benchSnapshot(n = 5000, changes = 10): Promise<SnapshotBenchResult> {
  const h = await createHarness({ sandbox: {} });
  h.settings.stabilityMs = 300;
  const sentIds = () => h.sandbox.received().reduce((s, r) => s + r.appointmentIds.length, 0);
  const drop = (name: string, text: string) => {
    fs.writeFileSync(path.join(h.inbox(), `.${name}.tmp`), text);
    fs.renameSync(path.join(h.inbox(), `.${name}.tmp`), path.join(h.inbox(), name));
  };
  try {
    await h.start();
    let t = performance.now();
    drop('snapshot-1.csv', clinikoCsv(n));
    await h.waitFor((jobs) => jobs.filter(done).length >= 1, 240_000);
    const firstSeconds = (performance.now() - t) / 1000;
    const firstSent = sentIds();

    drop('snapshot-2.csv', clinikoCsv(n));
    await h.waitFor((jobs) => jobs.filter(done).length >= 2, 60_000);
    const unchangedSent = sentIds() - firstSent;

    const moved = Array.from({ length: changes }, (_, i) => 90_000 + i * 37);
    t = performance.now();
    drop('snapshot-3.csv', clinikoCsv(n, { shiftMinutesFor: moved }));
    await h.waitFor((jobs) => jobs.filter(done).length >= 3, 60_000);
    const changedSeconds = (performance.now() - t) / 1000;
    const changedSent = sentIds() - firstSent - unchangedSent;
    return {
      appointments: n,
      firstSent,
      firstSeconds: Math.round(firstSeconds * 10) / 10,
      unchangedSent,
      changed: changes,
      changedSent,
      changedSeconds: Math.round(changedSeconds * 10) / 10,
    };
  } finally {
    await h.close();
  }
}
