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
import { SANDBOX_URL_ENV_VAR } from '../../medfusion/connect.ts';
import { createEngine, type RunningEngine } from '../../engine/engine-factory.ts';
import {
  dataPaths,
  defaultDataDir,
  loadOrCreateSettings,
  loadSettings,
} from '../../engine/settings/index.ts';
import type { Settings } from '../../engine/settings-types.ts';
import { attachConsole } from './engine-console.ts';
import { TRACK_POLL, type PollPolicy } from '../../engine/schedule/backoff.ts';

const USAGE = `usage: appt-connector run [--config FILE] [--data-dir DIR] [--sandbox-url URL] [--once] [--verbose]
  --config       settings file (default: <data-dir>/settings.json, created with a demo practice if missing)
  --data-dir     where history, logs and change-detection memory live (default $APPT_DATA_DIR or ~/.appt-connector)
  --sandbox-url  where the built-in sandbox listens, for practices on the sandbox (default ${DEFAULT_SANDBOX_URL})
  --once         stop when every file in the inboxes is sent and tracked
  --verbose      also print the log lines`;

export interface EngineCliOptions {
  dataDir: string;
  config?: string;
  sandboxUrl: string;
  once: boolean;
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
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  return {
    dataDir: values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir(),
    ...(values.config ? { config: path.resolve(values.config) } : {}),
    sandboxUrl: values['sandbox-url'] ?? process.env[SANDBOX_URL_ENV_VAR] ?? DEFAULT_SANDBOX_URL,
    once: values.once ?? false,
    verbose: values.verbose ?? false,
  };
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
 * Resolves when Ctrl+C / SIGTERM arrives; a second one exits at once. The listeners stay
 * installed: a library's exit hook (signal-exit style) re-raises the signal when it finds itself
 * the last listener, which would kill the process in the middle of the clean stop.
 */
export function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    let seen = false;
    const on = (sig: string) => {
      if (seen) process.exit(130);
      seen = true;
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Wait until the engine has handled every file it can see and nothing new arrived meanwhile. */
export async function untilInboxesDone(running: RunningEngine, settings: Settings): Promise<void> {
  let lastSize = -1;
  for (;;) {
    // The initial scan hands files over one stability window after start.
    await new Promise((r) => setTimeout(r, settings.stabilityMs + 300));
    await running.engine.whenIdle();
    const size = running.journal.size;
    if (size === lastSize) return;
    lastSize = size;
  }
}

/** What `run` and `retry` both need before starting an engine: the options, the settings and the
 *  keychain. Bad usage or unusable settings print why and give the exit code instead. */
export async function prepareEngineRun(
  argv: string[],
  usage: string,
): Promise<{ o: EngineCliOptions; settings: Settings; credentials: CredentialStore } | { exit: number }> {
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
  try {
    return { o, settings: await loadRunSettings(o, credentials), credentials };
  } catch (err) {
    console.error((err as Error).message);
    return { exit: 2 };
  }
}

export async function run(argv: string[]): Promise<number> {
  const prepared = await prepareEngineRun(argv, USAGE);
  if ('exit' in prepared) return prepared.exit;
  const { o, settings, credentials } = prepared;
  let running: RunningEngine;
  try {
    running = await createEngine({
      dataDir: o.dataDir,
      settings,
      credentials,
      sandboxUrl: o.sandboxUrl,
      tuning: tuningFromEnv(),
      ...(o.verbose ? { echo: (line: string) => process.stderr.write(line) } : {}),
    });
  } catch (err) {
    console.error(`The connector could not start: ${(err as Error).message}`);
    return 1;
  }
  const detach = attachConsole(running.engine);
  const started = Date.now();
  // Listen for Ctrl+C / SIGTERM before anything can take a while: a stop is always clean.
  const signal = untilSignal();
  await running.engine.start();
  console.log(
    `Watching ${settings.practices.length} inbox${settings.practices.length === 1 ? '' : 'es'}:` +
      settings.practices.map((p) => `\n  ${p.name} (${p.environment}): ${p.inbox}`).join('') +
      (o.once ? '' : '\nPress Ctrl+C to stop.'),
  );
  let code = 0;
  if (o.once) {
    await Promise.race([untilInboxesDone(running, settings), signal]);
    const failed = running.journal
      .list({ failedOnly: true, limit: 1000 })
      .filter((j) => Date.parse(j.receivedAt) >= started - 1000);
    if (failed.length) code = 1;
  } else {
    const sig = await signal;
    console.log(`${sig}: stopping after the step in progress…`);
  }
  detach();
  await running.close();
  console.log('Stopped.');
  return code;
}
