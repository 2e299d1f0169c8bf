// The crash loop: 200 exports in the inbox, `appt-connector run` (a real process) killed with
// SIGKILL at random moments at least 10 times and started again each time, then a last run to
// the end. The sandbox records every POST before answering, and answers late, so kills land while
// batches are in flight. At the end: every export is in processed/ or failed/ (with a reason),
// every appointment reached the sandbox, and a batch arrived twice only when it was in flight at
// a kill. That last one is proved from the engine's own records, not from timing: after each kill
// the journal is read the way a restart reads it (JobStore, batchSettled), and the sandbox's log
// is cut where the killed run's connections closed. A batch the journal held as answered at a
// kill never arrives again; every second copy has a kill between it and the copy before, at
// which the batch was not recorded; at most maxInFlight such per kill.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { listFiles } from '../engine/support/engine-harness.ts';
import { startRun, writeSettingsFile, type RunProcess } from '../engine/support/cli-process.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { batchSettled } from '../../main/engine/job/job-record.ts';
import { dataPaths } from '../../main/engine/settings/data-dir.ts';
import { sharedCliBundle } from '../support/shared-cli-bundle.ts';

const FILES = 200;
const PER_FILE = 2;
const KILLS = 10;
/** The engine's default number of concurrent HTTP requests (Engine's maxInFlight). */
const MAX_IN_FLIGHT = 4;

let root: string;
let sandbox: SandboxHandle;
let current: RunProcess | undefined;

// The run's one bundle (built by the global setup): ten restarts then cost ~0.3 s each instead of
// a tsx compile each.
const cli = sharedCliBundle();

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-loop-'));
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
});
afterEach(async () => {
  current?.proc.kill('SIGKILL');
  await sandbox.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const batchKey = (ids: readonly string[]) => ids.join(',');

/** The batches the journal holds as answered for good (key → its DataJobId), read as a restart
 *  reads it: the engine's store, and the rule (batchSettled) by which sendBatches skips a batch. */
async function settledBatches(dataDir: string): Promise<Map<string, string | undefined>> {
  const store = await JobStore.open(dataPaths(dataDir).jobs, { readOnly: true });
  try {
    const out = new Map<string, string | undefined>();
    for (const job of store.listAll())
      for (const b of store.get(job.id)?.batches ?? [])
        if (batchSettled(b)) out.set(batchKey(b.appointmentIds), b.dataJobId);
    return out;
  } finally {
    await store.close();
  }
}

/** Once the killed run's sockets are all closed, every POST it had sent is in received(): the
 *  exact line between its POSTs and the next run's (a condition, not a time window). */
async function killedRunsPostsIn(): Promise<number> {
  const until = Date.now() + 10_000;
  while ((await sandbox.connections()) > 0) {
    if (Date.now() > until) throw new Error('the killed run still has connections open to the sandbox');
    await sleep(5);
  }
  // A request read before its socket closed is recorded in the same turn's microtasks.
  await new Promise((r) => setImmediate(r));
  return sandbox.received().length;
}

test(`${FILES} exports, SIGKILL ${KILLS} times at random moments: nothing lost, nothing sent twice for nothing`, async () => {
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const config = writeSettingsFile(root, inbox, {
    practice: { name: 'Crash Loop Clinic' },
    stabilityMs: 100,
  });
  for (let i = 0; i < FILES; i++) {
    fs.writeFileSync(
      path.join(inbox, `export-${i}.csv`),
      clinikoCsv(PER_FILE, { firstId: 100_000 + i * 10 }),
    );
  }
  // Each POST is recorded, then its answer waits: a kill can land between "arrived" and "known".
  sandbox.faults.set({ route: 'appointmentsdata', delayMs: 60, phase: 'after', times: 'always' });
  const dataDir = path.join(root, 'data');
  const args = ['--config', config, '--data-dir', dataDir, '--sandbox-url', sandbox.url];
  /** Per kill: how many POSTs had arrived by then, and what the journal held as answered. */
  const atKill: { arrived: number; settled: Map<string, string | undefined> }[] = [];

  // Deterministic "random" moments (a seeded LCG), so a failure can be replayed.
  let seed = 20_261_125;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const t0 = Date.now();
  for (let k = 0; k < KILLS; k++) {
    const seen = sandbox.received().length;
    current = startRun(args, {}, cli);
    const run = current;
    // Kill once this run is sending (a new POST arrived), a random moment later.
    const until = Date.now() + 30_000;
    while (sandbox.received().length === seen) {
      if (Date.now() > until || run.proc.exitCode !== null)
        throw new Error(`run sent nothing:\n${run.output()}`);
      await sleep(10);
    }
    await sleep(random() * 400);
    run.proc.kill('SIGKILL');
    await run.exit;
    const arrived = await killedRunsPostsIn();
    atKill.push({ arrived, settled: await settledBatches(dataDir) });
  }
  sandbox.faults.clear();
  const t1 = Date.now();
  current = startRun([...args, '--once'], {}, cli);
  const code = await current.exit;
  const t2 = Date.now();
  expect(code, current.output().slice(-3000)).toBe(0);

  // Every export is filed: processed/, or failed/ with its reason next to it.
  const files = listFiles(inbox);
  const exports = files.filter((f) => f.endsWith('.csv'));
  expect(exports).toHaveLength(FILES);
  for (const f of exports) {
    expect(f).toMatch(/^(processed|failed)\//);
    if (f.startsWith('failed/')) expect(files).toContain(`${f}.error.txt`);
  }

  // Every appointment reached the sandbox.
  const received = sandbox.received();
  const ids = new Set(received.flatMap((r) => r.appointmentIds));
  expect(ids.size).toBe(FILES * PER_FILE);

  // The journal's answer to each batch is the answer to a copy that arrived before that kill, and
  // a batch recorded as answered at a kill never reaches the sandbox again.
  const copies = new Map<string, number[]>();
  received.forEach((r, i) => {
    const key = batchKey(r.appointmentIds);
    copies.set(key, [...(copies.get(key) ?? []), i]);
  });
  atKill.forEach(({ arrived, settled }, k) => {
    for (const [key, dataJobId] of settled) {
      const at = copies.get(key) ?? [];
      const before = at.filter((i) => i < arrived).map((i) => received[i]!.dataJobId);
      expect(before, `batch ${key}: recorded at kill ${k + 1}, DataJobId ${dataJobId}`).toContain(dataJobId);
      const again = at.filter((i) => i >= arrived).map((i) => `POST ${i + 1}`);
      expect(again, `batch ${key} was recorded as answered at kill ${k + 1} (after POST ${arrived})`).toEqual(
        [],
      );
    }
  });

  // A batch that arrived twice: a kill lies between the two copies, and at the last kill before
  // the second copy the journal had not recorded the batch (it was in flight).
  const resentAfter = atKill.map(() => 0);
  let repeats = 0;
  for (const [key, at] of copies) {
    for (let c = 1; c < at.length; c++) {
      const k = atKill.findLastIndex((s) => s.arrived <= at[c]!);
      const where = `batch ${key}: copies at POSTs ${at.map((i) => i + 1).join(', ')}; kills after POSTs ${atKill.map((s) => s.arrived).join(', ')}`;
      expect(k >= 0 && atKill[k]!.arrived > at[c - 1]!, `no kill between two copies: ${where}`).toBe(true);
      expect(atKill[k]!.settled.has(key), `recorded at kill ${k + 1}, sent again: ${where}`).toBe(false);
      resentAfter[k]!++;
      repeats++;
    }
  }
  for (const [k, n] of resentAfter.entries())
    expect(n, `batches sent again after kill ${k + 1}`).toBeLessThanOrEqual(MAX_IN_FLIGHT);

  // The last run's journal holds every batch that arrived as answered, with one of its DataJobIds.
  const final = await settledBatches(dataDir);
  for (const [key, at] of copies)
    expect(
      at.map((i) => received[i]!.dataJobId),
      `batch ${key} in the final journal`,
    ).toContain(final.get(key));

  console.log(
    `crash loop: ${KILLS} kills, ${received.length} POSTs for ${copies.size} batches, ${repeats} resent after a kill; ` +
      `kill loop ${((t1 - t0) / 1000).toFixed(1)} s, last run ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  // A limit, not a target: alone it takes ~55 s; beside another busy worker on 2 CPUs 124 s was
  // seen, so 150 s was too close.
}, 300_000);
