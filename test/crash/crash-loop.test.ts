// The crash loop: 200 exports in the inbox, `appt-connector run` (a real process) killed with
// SIGKILL at random moments at least 10 times and started again each time, then a last run to
// the end. The sandbox records every POST before answering, and answers late, so kills land while
// batches are in flight. At the end: every export is in processed/ or failed/ (with a reason),
// every appointment reached the sandbox, and a batch arrived twice only when it was in flight at
// a kill (its first copy arrived just before that kill; at most maxInFlight such per kill).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { listFiles } from '../engine/support/engine-harness.ts';
import { bundleCli, startRun, writeSettingsFile, type RunProcess } from '../engine/support/cli-process.ts';

const FILES = 200;
const PER_FILE = 2;
const KILLS = 10;
/** The engine's default number of concurrent HTTP requests (Engine's maxInFlight). */
const MAX_IN_FLIGHT = 4;

let root: string;
let sandbox: SandboxHandle;
let current: RunProcess | undefined;
let bundle: { cli: string; dir: string };

// Bundled once: ten restarts then cost ~0.3 s each instead of a tsx compile each.
beforeAll(async () => {
  bundle = await bundleCli();
});
afterAll(() => fs.rmSync(bundle.dir, { recursive: true, force: true }));

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
  const args = ['--config', config, '--data-dir', path.join(root, 'data'), '--sandbox-url', sandbox.url];

  // Deterministic "random" moments (a seeded LCG), so a failure can be replayed.
  let seed = 20_261_125;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const kills: number[] = [];
  const t0 = Date.now();
  for (let k = 0; k < KILLS; k++) {
    const seen = sandbox.received().length;
    current = startRun(args, {}, bundle.cli);
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
    kills.push(Date.now());
    await run.exit;
  }
  sandbox.faults.clear();
  const t1 = Date.now();
  current = startRun([...args, '--once'], {}, bundle.cli);
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

  // A batch sent twice was in flight at a kill: its first copy arrived shortly before one.
  const firstSeen = new Map<string, number>();
  const repeats: { first: number }[] = [];
  for (const r of received) {
    const key = r.appointmentIds.join(',');
    const at = Date.parse(r.receivedAt);
    if (firstSeen.has(key)) repeats.push({ first: firstSeen.get(key)! });
    else firstSeen.set(key, at);
  }
  for (const rep of repeats) {
    // Said in full when it fails: where the first copy stands against the kills (ms from the first).
    const at = `first copy at ${rep.first - t0} ms; kills at ${kills.map((k) => k - t0).join(', ')} ms; the final run from ${t1 - t0} ms`;
    expect(
      kills.some((k) => rep.first <= k && k - rep.first < 3000),
      at,
    ).toBe(true);
  }
  expect(repeats.length).toBeLessThanOrEqual(KILLS * MAX_IN_FLIGHT);
  console.log(
    `crash loop: ${KILLS} kills, ${received.length} POSTs for ${firstSeen.size} batches, ${repeats.length} resent after a kill; ` +
      `kill loop ${((t1 - t0) / 1000).toFixed(1)} s, last run ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  // A limit, not a target: alone it takes ~55 s; beside another busy worker on 2 CPUs 124 s was
  // seen, so 150 s was too close.
}, 300_000);
