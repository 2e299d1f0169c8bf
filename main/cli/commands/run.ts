// `appt-connector run`: the connector engine in the foreground, one status line per job step,
// until Ctrl+C (SIGINT) or SIGTERM, which stop it cleanly: the step in flight finishes its
// journal write, watchers close, the job store and log are closed. `--once` stops after every
// file in the inboxes is sent and tracked (scripts, CI). Exit codes: 0 fine, 1 a job failed in
// --once mode or the engine could not start, 2 bad usage or bad settings.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { KeytarCredentialStore } from '../../credentials/keytar-store.ts';
import type { CredentialStore } from '../../credentials/credential-store.ts';
import { DEFAULT_SANDBOX_URL } from '../../medfusion/environments.ts';
import { SANDBOX_URL_ENV_VAR } from '../connect.ts';
import { createEngine, type RunningEngine } from '../../engine/engine-factory.ts';
import {
  dataPaths,
  defaultDataDir,
  loadOrCreateSettings,
  loadSettings,
} from '../../engine/settings/index.ts';
import type { Settings } from '../../model/settings.ts';
import { belongsTo } from '../../engine/job-practice.ts';
import { problemFor } from '../../engine/status/problems.ts';
import { attachConsole } from './engine-console.ts';
import { TRACK_POLL, type PollPolicy } from '../../engine/schedule/backoff.ts';
import { watchStopRequests } from '../stop-requests.ts';
import { sandboxForEngine, type EngineSandbox } from './built-in-sandbox.ts';

/** How long `run --once` waits for a Medfusion that does not answer before it ends (minutes). */
const DEFAULT_MAX_WAIT_MINUTES = 15;

const USAGE = `usage: appt-connector run [--config FILE] [--data-dir DIR] [--sandbox-url URL] [--once [--max-wait MINUTES]] [--verbose]
  --config       settings file (default: <data-dir>/settings.json, created with a demo practice if missing)
  --data-dir     where history, logs and change-detection memory live (default $APPT_DATA_DIR or ~/.appt-connector)
  --sandbox-url  a sandbox already running, for practices on the sandbox (default: start the built-in
                 one on ${DEFAULT_SANDBOX_URL}, or a free port if that is taken)
  --once         stop when every file in the inboxes is sent and tracked
  --max-wait     with --once: when Medfusion has not answered for this many minutes (default ${DEFAULT_MAX_WAIT_MINUTES}),
                 stop anyway and exit 1; the files are kept and go on at the next run
  --verbose      also print the log lines`;

export interface EngineCliOptions {
  dataDir: string;
  config?: string;
  /** A sandbox someone started (--sandbox-url, $APPT_SANDBOX_URL); without it the command starts
   *  the built-in one when a practice is on the sandbox (built-in-sandbox.ts). */
  sandboxUrl?: string;
  once: boolean;
  /** --once only: stop after Medfusion has been silent this long (ms). */
  maxWaitMs: number;
  verbose: boolean;
}

export function parseRunArgs(argv: string[]): EngineCliOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string' },
      'data-dir': { type: 'string' },
      'sandbox-url': { type: 'string' },
      once: { type: 'boolean', default: false },
      'max-wait': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  const maxWait = Number(values['max-wait'] ?? DEFAULT_MAX_WAIT_MINUTES);
  if (!Number.isFinite(maxWait) || maxWait < 0)
    throw new Error(`--max-wait takes a number of minutes, not '${values['max-wait']}'`);
  return {
    dataDir: values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir(),
    ...(values.config ? { config: path.resolve(values.config) } : {}),
    ...sandboxUrlOption(values['sandbox-url'] || process.env[SANDBOX_URL_ENV_VAR]),
    once: values.once ?? false,
    maxWaitMs: Math.round(maxWait * 60_000),
    verbose: values.verbose ?? false,
  };
}

export function sandboxUrlOption(url: string | undefined): { sandboxUrl?: string } {
  return url ? { sandboxUrl: url } : {};
}

export async function loadRunSettings(o: EngineCliOptions, credentials: CredentialStore): Promise<Settings> {
  return o.config
    ? loadSettings(o.config, { credentials })
    : loadOrCreateSettings(dataPaths(o.dataDir).settings, o.dataDir, { credentials });
}

/**
 * Faster status polling for tests and CI against the local sandbox:
 * APPT_TRACK_FIRST_POLL_MS sets the first wait (default 2000; it doubles up to 5 minutes).
 */
export function tuningFromEnv(env: NodeJS.ProcessEnv = process.env): { pollPolicy?: PollPolicy } {
  const first = Number(env.APPT_TRACK_FIRST_POLL_MS);
  if (!Number.isInteger(first) || first <= 0) return {};
  return { pollPolicy: { ...TRACK_POLL, firstMs: first } };
}

/**
 * Resolves when Ctrl+C / SIGTERM (or another stop request, see stop-requests.ts) arrives; a
 * second one exits at once.
 */
export function untilSignal(): Promise<string> {
  const requests = watchStopRequests();
  requests.onSecond(() => process.exit(130));
  return requests.first;
}

/**
 * The second Ctrl+C: exit now, but not in the middle of a journal write. Every step is journaled
 * before it acts, so what was in flight simply goes on at the next start (a POST whose answer
 * never came is sent again).
 */
export async function forceExit(running: RunningEngine, reason: string): Promise<never> {
  console.log(`${reason} again: Stopped at once. Files in progress go on at the next start.`);
  await Promise.race([running.forceClose(), new Promise((r) => setTimeout(r, FORCE_FLUSH_MS))]);
  process.exit(130);
}

/** How long a forced exit waits for the journal's write in flight (an fsync, normally ms). */
const FORCE_FLUSH_MS = 1_500;

/**
 * Wait until the engine has handled every file it can see and nothing new arrived meanwhile:
 * the first look at each inbox (files present at the start, handed over once stable), every job
 * sent and tracked, then the inboxes looked at again until a look adds no job. Conditions, not
 * time windows: a fixed window (it was one stability window + 300 ms, twice) cost every run
 * 0.8 s doing nothing on a quiet machine, and on a loaded one could end before the first look
 * had handed over a file present at the start.
 */
export async function untilInboxesDone(running: RunningEngine): Promise<void> {
  await running.engine.whenFirstLooked();
  let lastSize = -1;
  for (;;) {
    await running.engine.whenIdle();
    const size = running.journal.size;
    if (size === lastSize) return;
    lastSize = size;
    // What arrived while the jobs ran (a file still being written is left: it is not stable).
    await running.engine.sweepInboxes();
  }
}

/**
 * `--once` during a Medfusion outage: each job waits for as long as Medfusion is down (it is never
 * filed as failed for that), but a scheduled run has to end. Once every unfinished file has been
 * waiting for Medfusion for maxWaitMs, this resolves with the reason; the engine then stops
 * cleanly and the files go on at the next run. Polls the journal once a second.
 */
export function untilOutageOutlasts(
  running: RunningEngine,
  maxWaitMs: number,
  done: Promise<unknown>,
): Promise<{ reason: string }> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      // Not unfinished(): that deep-copies every unfinished job, once a second (issue 10 item 9).
      const unfinished = running.journal.unfinishedWaiting();
      if (unfinished.length === 0 || unfinished.some((j) => !j.waitingSince)) return;
      const since = Math.min(...unfinished.map((j) => Date.parse(j.waitingSince!)));
      if (Date.now() - since < maxWaitMs) return;
      clearInterval(timer);
      const at = new Date(since).toTimeString().slice(0, 5);
      resolve({ reason: `Medfusion has not answered since ${at} (--max-wait ${maxWaitMs / 60_000} min)` });
    }, 1000);
    timer.unref();
    void done.finally(() => clearInterval(timer));
  });
}

/** What `run` and `retry` both need before starting an engine: the options, the settings, the
 *  keychain and the sandbox (built-in-sandbox.ts; the caller closes it). Bad usage, unusable
 *  settings or a sandbox that cannot start print why and give the exit code instead. */
export async function prepareEngineRun(
  argv: string[],
  usage: string,
): Promise<
  | { o: EngineCliOptions; settings: Settings; credentials: CredentialStore; sandbox: EngineSandbox }
  | { exit: number }
> {
  let o: EngineCliOptions | 'help';
  try {
    o = parseRunArgs(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${usage}`);
    return { exit: 2 };
  }
  if (o === 'help') {
    console.log(usage);
    return { exit: 0 };
  }
  const credentials = new KeytarCredentialStore();
  let settings: Settings;
  try {
    settings = await loadRunSettings(o, credentials);
  } catch (err) {
    console.error((err as Error).message);
    return { exit: 2 };
  }
  try {
    return { o, settings, credentials, sandbox: await sandboxForEngine(settings, o.dataDir, o.sandboxUrl) };
  } catch (err) {
    console.error(`The built-in sandbox could not start: ${(err as Error).message}`);
    return { exit: 1 };
  }
}

/**
 * What --once leaves undone, said plainly: practices paused for their credentials, inboxes that
 * cannot be read, files not finished. Returns whether anything is left (exit 1).
 */
export function reportUnfinished(running: RunningEngine, settings: Settings): boolean {
  const problems = running.engine.getStatus().problems;
  const unfinished = running.journal.unfinished();
  let left = false;
  for (const p of settings.practices) {
    const waiting = unfinished.filter((j) => belongsTo(j, p)).length;
    const files = `${waiting} file${waiting === 1 ? '' : 's'}`;
    if (problems.some((x) => x.kind === 'credentials' && x.practiceKey === p.credentialKey)) {
      left = true;
      console.log(
        `${p.name}: nothing more is sent until its credentials are fixed — Medfusion refused them.` +
          (waiting ? ` ${files} ${waiting === 1 ? 'waits' : 'wait'} in ${p.inbox}.` : '') +
          ` Enter them again (appt-connector credentials set --practice "${p.name}"), then run again.`,
      );
    } else if (problems.some((x) => x.id === problemFor.inboxId(p))) {
      left = true;
      console.log(`${p.name}: its inbox could not be read (${p.inbox}); nothing of it was handled.`);
    } else if (waiting) {
      left = true;
      console.log(
        `${p.name}: ${files} not finished; ${waiting === 1 ? 'it goes' : 'they go'} on at the next start ` +
          '(see appt-connector history).',
      );
    }
  }
  return left;
}

export async function run(argv: string[]): Promise<number> {
  const prepared = await prepareEngineRun(argv, USAGE);
  if ('exit' in prepared) return prepared.exit;
  const { o, settings, credentials, sandbox } = prepared;
  let running: RunningEngine;
  try {
    running = await createEngine({
      dataDir: o.dataDir,
      settings,
      credentials,
      ...sandboxUrlOption(sandbox.url),
      tuning: tuningFromEnv(),
      ...(o.verbose ? { echo: (line: string) => process.stderr.write(line) } : {}),
    });
  } catch (err) {
    console.error(`The connector could not start: ${(err as Error).message}`);
    await sandbox.close();
    return 1;
  }
  const detach = attachConsole(running.engine);
  const started = Date.now();
  // Listen for stop requests before anything can take a while: a stop is always clean, even
  // during the start (an inbox on a slow share, hundreds of unfinished jobs).
  const requests = watchStopRequests({ keepAlive: true });
  requests.onSecond((reason) => void forceExit(running, reason));
  const stopped = requests.first.then((reason) => ({ reason }));
  let stop = await Promise.race([running.engine.start().then(() => undefined), stopped]);
  if (!stop) {
    console.log(
      `Watching ${settings.practices.length} inbox${settings.practices.length === 1 ? '' : 'es'}:` +
        settings.practices.map((p) => `\n  ${p.name} (${p.environment}): ${p.inbox}`).join('') +
        (o.once ? '' : '\nPress Ctrl+C to stop.'),
    );
    if (o.once) {
      const done = untilInboxesDone(running);
      stop = await Promise.race([
        done.then(() => undefined),
        stopped,
        untilOutageOutlasts(running, o.maxWaitMs, Promise.race([done, stopped])),
      ]);
    } else stop = await stopped;
  }
  if (stop) console.log(`${stop.reason}: stopping after the step in progress…`);
  await running.engine.stop();
  detach();
  let code = 0;
  if (o.once) {
    const failed = running.journal
      .list({ failedOnly: true, limit: 1000 })
      .filter((j) => Date.parse(j.receivedAt) >= started - 1000);
    if (failed.length) code = 1;
    if (reportUnfinished(running, settings)) code = 1;
  }
  await running.close();
  await sandbox.close();
  requests.dispose();
  console.log('Stopped.');
  return code;
}
