// Test harness: temp data folder and inbox(es), the real sandbox on 127.0.0.1 port 0, and a real
// engine (real job store, importer, client, chokidar) tuned for speed: short stability window,
// fast backoff and polling.
import fs from 'node:fs';
import { expect, vi } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { MemoryCredentialStore, type CredentialStore } from '../../../main/credentials/credential-store.ts';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/server.ts';
import { SANDBOX_PRACTICES } from '../../../main/credentials/sandbox-credentials.ts';
import { createEngine, type RunningEngine } from '../../../main/engine/engine-factory.ts';
import type { PracticeSettings, Settings } from '../../../main/model/settings.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';
import { errorResults, sentItems, type SentItem } from './sandbox-log.ts';

export const SAMPLES = path.resolve('test/fixtures/samples');

/** How long a wait for a state the engine reaches eventually (a job final, held again, sent) may
 *  take before the test fails. Waits poll and return at the first look that matches, so a quiet
 *  machine never waits this long; only a failing test does. 15 s ran out at load 43–53 (3 extra
 *  CPU burners on the 2-CPU machine: redteam-round-52e, snapshot-guard, engine-review, 2026-12-07).
 *  A test doing a few such waits needs vitest's testTimeout (vite.config.ts) above this. */
export const EVENTUALLY_MS = 60_000;

export interface Harness {
  root: string;
  dataDir: string;
  sandbox: SandboxHandle;
  /** The sandbox's data folder (its event log: sandbox-log.ts). */
  sandboxDir: string;
  credentials: CredentialStore;
  settings: Settings;
  running?: RunningEngine;
  inbox(i?: number): string;
  start(): Promise<RunningEngine>;
  stopEngine(): Promise<void>;
  close(): Promise<void>;
  /** Wait until `test` holds for the journal's jobs (polls; up to EVENTUALLY_MS unless told). */
  waitFor(test: (jobs: JobDetails[]) => boolean, timeoutMs?: number): Promise<JobDetails[]>;
  jobs(): JobDetails[];
}

export function practice(root: string, i: number, over: Partial<PracticeSettings> = {}): PracticeSettings {
  return {
    name: `Practice ${i + 1}`,
    inbox: path.join(root, `inbox-${i + 1}`),
    practiceId: SANDBOX_PRACTICES[i]!.practiceId,
    environment: 'sandbox',
    mappingProfile: 'auto',
    timeZone: 'America/New_York',
    snapshotMode: false,
    polling: false,
    credentialKey: `practice-${i + 1}`,
    ...over,
  };
}

export async function createHarness(
  opts: {
    practices?: number;
    over?: Partial<PracticeSettings>[];
    sandbox?: { expiresInSec?: number };
    /** A sandbox the test file started and closes (one for many engines): not started or closed here. */
    shared?: { sandbox: SandboxHandle; dir: string };
    requestTimeoutMs?: number;
    tuning?: NonNullable<Parameters<typeof createEngine>[0]['tuning']>;
    /** The engine's clock (default the system's): a computer's clock moved back or ahead. */
    clock?: () => Date;
    /** Another importer (e.g. the real one with doubts added to its summary). */
    importExport?: Parameters<typeof createEngine>[0]['importExport'];
  } = {},
): Promise<Harness> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'));
  const dataDir = path.join(root, 'data');
  const sandboxDir = opts.shared?.dir ?? path.join(root, 'sandbox');
  const sandbox =
    opts.shared?.sandbox ??
    (await startSandbox({
      dataDir: sandboxDir,
      processingDelayMs: 50,
      ...(opts.sandbox ?? {}),
    }));
  const credentials = new MemoryCredentialStore();
  const n = opts.practices ?? 1;
  const settings: Settings = {
    version: 1,
    practices: Array.from({ length: n }, (_, i) => practice(root, i, opts.over?.[i])),
    retentionDays: 0,
    stabilityMs: 200,
    batchSize: 50,
  };
  for (const p of settings.practices) fs.mkdirSync(p.inbox, { recursive: true });
  const h: Harness = {
    root,
    dataDir,
    sandbox,
    sandboxDir,
    credentials,
    settings,
    inbox: (i = 0) => settings.practices[i]!.inbox,
    async start() {
      h.running = await createEngine({
        dataDir,
        settings,
        credentials,
        sandboxUrl: sandbox.url,
        requestTimeoutMs: opts.requestTimeoutMs ?? 5_000,
        ...(opts.importExport ? { importExport: opts.importExport } : {}),
        ...(opts.clock ? { clock: opts.clock } : {}),
        tuning: {
          sendPolicy: { baseMs: 50, capMs: 400 },
          pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: 10_000 },
          ...opts.tuning,
        },
      });
      await h.running.engine.start();
      return h.running;
    },
    async stopEngine() {
      await h.running?.close();
      h.running = undefined;
    },
    async close() {
      await h.stopEngine();
      if (!opts.shared) await sandbox.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
    jobs: () =>
      h.running ? h.running.journal.list({ limit: 1000 }).map((s) => h.running!.journal.get(s.id)!) : [],
    async waitFor(test, timeoutMs = EVENTUALLY_MS) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const jobs = h.jobs();
        if (test(jobs)) return jobs;
        if (Date.now() > until)
          throw new Error(`timed out; jobs: ${JSON.stringify(jobs.map((j) => [j.file, j.state, j.reason]))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  return h;
}

/** createHarness for a test that runs beside others (describe.concurrent): a module-level harness
 *  closed in afterEach would be shared by them, so each test gets its own, closed when it ends.
 *  Pass the test context's onTestFinished (the global one does not know concurrent tests). */
export async function harnessFor(
  onTestFinished: (fn: () => Promise<void>) => void,
  opts?: Parameters<typeof createHarness>[0],
): Promise<Harness> {
  const h = await createHarness(opts);
  onTestFinished(() => h.close());
  return h;
}

export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Put an export into `dir` as exporters that write a temporary file do: whole, then renamed in
 *  (the watcher never sees it half-written). */
export function dropExport(dir: string, name: string, text: string | Uint8Array): void {
  fs.writeFileSync(path.join(dir, `${name}.part`), text);
  fs.renameSync(path.join(dir, `${name}.part`), path.join(dir, name));
}

/** Write the harness's settings into the data folder, where `mapping confirm` and the other
 *  command-line tools a test runs beside the engine read them. */
export function saveSettings(h: Harness): void {
  fs.mkdirSync(h.dataDir, { recursive: true });
  fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
}

/** Run `put` (an export dropped into the inbox), then wait until its job is processed or held,
 *  and a moment more for the job's last writes. */
export async function nextJob(h: Harness, put: () => void): Promise<JobDetails> {
  const before = new Set(h.jobs().map((j) => j.id));
  put();
  const jobs = await h.waitFor((js) =>
    js.some((j) => !before.has(j.id) && (j.state === 'processed' || j.state === 'held')),
  );
  await new Promise((r) => setTimeout(r, 300));
  return jobs.find((j) => !before.has(j.id))!;
}

/** `mapping confirm --practice 'Practice 1'` with `extra`, as the command line runs it (in this
 *  process); what it printed. The test fails unless it exits 0.
 *  The engine reads a held file again at its next inbox check when the practice's memory changed
 *  since the hold (an export of its own sent meanwhile): for that moment the file is not held,
 *  and the command rightly refuses ("not a held file", "no file … held"). A person runs it again;
 *  so does this, once the engine is done reading, when it took a held file
 *  back (seen at load 10+: 58r2's stranger's file, released 4 s after it was held, when the answer
 *  came). Any other refusal, with the engine idle, fails at once with what the command wrote. */
export async function confirmMapping(h: Harness, ...extra: string[]): Promise<string> {
  const named = extra.includes('--job') ? extra[extra.indexOf('--job') + 1] : undefined;
  for (let attempt = 1; ; attempt++) {
    if (named) await h.waitFor((js) => js.some((j) => j.id === named && j.state === 'held'));
    // The engine may already have taken the file back before the command starts (61r1 at load:
    // a cancel sent just before, the held file 'received' again): wait until it is done reading.
    await h.waitFor((js) => js.every(final), 20_000).catch(() => h.jobs());
    const r = await confirmOnce(h, extra);
    if (r.code === 0) return r.out;
    const busy = h.jobs().some((j) => !final(j));
    if ((r.reread.length === 0 && !busy) || attempt === 3) expect.fail(r.why);
    // Wait until what was taken back is held again (or went on: the next attempt then says so).
    await h.waitFor((js) => js.every(final));
  }
}

async function confirmOnce(
  h: Harness,
  extra: string[],
): Promise<{ code: number; out: string; reread: string[]; why: string }> {
  // Jobs the engine took back from 'held' (to read again) while the command ran.
  const last = new Map(h.jobs().map((j) => [j.id, j.state]));
  const reread = new Set<string>();
  const stop = h.running?.engine.onJob((j) => {
    if (last.get(j.id) === 'held' && j.state !== 'held') reread.add(j.id);
    last.set(j.id, j.state);
  });
  const waited = Date.now();
  const missing = await heldOnDisk(h);
  const { main } = await import('../../../main/cli/index.ts');
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void out.push(String(m)));
  const error = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void err.push(String(m)));
  let code: number;
  try {
    code = await main(['mapping', 'confirm', '--practice', 'Practice 1', '--data-dir', h.dataDir, ...extra]);
  } finally {
    log.mockRestore();
    error.mockRestore();
    stop?.();
  }
  if (code === 0) return { code, out: out.join('\n'), reread: [], why: '' };
  // A refusal says why: what the command wrote, the engine's jobs and the held files on disk.
  const { heldJobs } = await import('../../../main/cli/commands/practice-args.ts');
  const onDisk = await heldJobs(h.dataDir, h.settings.practices[0]!);
  const brief = (js: JobDetails[]) => js.map((j) => [j.id, j.file, j.state, j.doubts?.map((d) => d.check)]);
  const why =
    `mapping confirm ${extra.join(' ')} exited ${code}: ${err.join('\n')}\n` +
    `waited ${Date.now() - waited} ms for the disk${missing ? `, still missing ${missing}` : ''}; ` +
    `taken back to be read again meanwhile: ${JSON.stringify([...reread])}\n` +
    `engine: ${JSON.stringify(brief(h.jobs()))}\nheld on disk: ${JSON.stringify(brief(onDisk))}`;
  return { code, out: '', reread: [...reread], why };
}

/** The command reads the job store from disk, as a person's would; the running engine's journal
 *  is written a moment after its jobs change. Wait (up to 20 s) until the disk shows every job the
 *  engine holds, or a loaded machine has the command find no held file (5 s was not enough at
 *  load 30: patient-merge's confirm found "No file of this practice is held for review"). */
async function heldOnDisk(h: Harness): Promise<string | undefined> {
  const { heldJobs } = await import('../../../main/cli/commands/practice-args.ts');
  // A job read again is held again under other doubts: the disk must show this hold, not the last.
  const key = (j: JobDetails) => `${j.id} ${JSON.stringify(j.doubts ?? [])}`;
  const practice = h.settings.practices[0];
  // The command confirms Practice 1: another practice's held files are never on its list.
  const want = h
    .jobs()
    .filter((j) => j.state === 'held' && (!j.practiceKey || j.practiceKey === practice?.credentialKey))
    .map(key);
  if (!want.length || !practice || !fs.existsSync(h.dataDir)) return undefined;
  let missing: string[] = [];
  for (let i = 0; i < 400; i++) {
    const onDisk = new Set((await heldJobs(h.dataDir, practice)).map(key));
    missing = want.filter((k) => !onDisk.has(k));
    if (!missing.length) return undefined;
    await new Promise((r) => setTimeout(r, 50));
  }
  return missing.join('; ');
}

/** A job the engine is done with for now: sent, failed, or held for a person. */
export const final = (j: JobDetails) => j.state === 'processed' || j.state === 'failed' || j.state === 'held';

/** Job `id` once final. A held file is read again at the engine's next inbox check once the
 *  practice's memory or mapping changed (a confirmation that saved a profile, a verdict recorded
 *  for an earlier file), and is 'received' for as long as that reading takes: over a second at
 *  load 20+ (patient-merge's plain confirmation, then 800 ms: "expected 'received' to be 'held'").
 *  Read its state through this, never at a fixed moment. */
export async function settledJob(h: Harness, id: string, timeoutMs = EVENTUALLY_MS): Promise<JobDetails> {
  const jobs = await h.waitFor((js) => js.some((j) => j.id === id && final(j)), timeoutMs);
  return jobs.find((j) => j.id === id)!;
}

/** Drop one export and wait until its job is final (processed, failed or held), then a moment
 *  more so a stray extra send would show in the sandbox's log; the job (final: settledJob) and
 *  what the sandbox received for it (no message of it refused). */
export async function dropAndSettle(
  h: Harness,
  name: string,
  text: string,
): Promise<{ job: JobDetails; sent: SentItem[] }> {
  const sandboxDir = h.sandboxDir;
  const before = new Set(h.jobs().map((j) => j.id));
  const sentBefore = sentItems(sandboxDir).length;
  dropExport(h.inbox(), name, text);
  const jobs = await h.waitFor((js) => js.some((j) => !before.has(j.id) && final(j)));
  await new Promise((r) => setTimeout(r, 400));
  const job = await settledJob(h, jobs.find((j) => !before.has(j.id) && final(j))!.id);
  expect(errorResults(sandboxDir)).toEqual([]);
  return { job, sent: sentItems(sandboxDir).slice(sentBefore) };
}
