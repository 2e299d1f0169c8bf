// `appt-connector demo` (the README's main command, `npm run demo`): the whole flow on this
// computer with no configuration and no credentials. It starts the built-in sandbox, sets up a
// demo practice whose inbox is filled with the sample exports, runs the engine on it, then drops
// two later versions of one export (an UPDATE, a NEW, a CANCEL), and prints where to look:
// the inbox (processed/, failed/), the history command and the sandbox's patient portal.
// `--once` exits when everything is sent and tracked (tests, CI); otherwise it keeps running,
// watching the inbox, until Ctrl+C.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MemoryCredentialStore } from '../../credentials/credential-store.ts';
import { SANDBOX_CREDENTIALS, SANDBOX_PRACTICES } from '../../credentials/sandbox-credentials.ts';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.ts';
import { createEngine, type RunningEngine } from '../../engine/engine-factory.ts';
import { dataPaths, saveSettings, SETTINGS_DEFAULTS } from '../../engine/settings/index.ts';
import type { Settings } from '../../model/settings.ts';
import { attachConsole } from './engine-console.ts';
import { untilInboxesDone, untilSignal } from './run.ts';

const USAGE = `usage: appt-connector demo [--data-dir DIR] [--port N] [--once]
  --data-dir  where the demo keeps everything (default: a new folder under ${os.tmpdir()})
  --port      the sandbox's port (default 8787, or a free one if that is taken)
  --once      exit when every demo file is sent and tracked`;

/** The demo's exports ship in assets/demo/ (see its README), never in the tests' folder. Found by
 *  walking up: this module runs from main/cli/commands/ under tsx, and from dist/cli/ when bundled. */
function demoExportsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'assets/demo')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'assets/demo');
}
export const DEMO_EXPORTS = demoExportsFolder();
/** Dropped one after the other as later versions of cliniko_appointments.csv. */
const LATER_EXPORTS = ['cliniko_appointments.update-1.csv', 'cliniko_appointments.update-2.csv'];

export function demoSettings(dataDir: string): Settings {
  return {
    version: 1,
    practices: [
      {
        name: 'Main Street Clinic (demo)',
        inbox: dataPaths(dataDir).demoInbox,
        practiceId: SANDBOX_CREDENTIALS.practiceId,
        environment: 'sandbox',
        mappingProfile: 'auto',
        timeZone: 'America/Los_Angeles',
        snapshotMode: false,
        polling: false,
        credentialKey: 'demo',
      },
    ],
    ...SETTINGS_DEFAULTS,
  };
}

/** The first exports (oldest first, as if exported one after the other). */
export function fillDemoInbox(inbox: string): string[] {
  fs.mkdirSync(inbox, { recursive: true });
  const names = fs
    .readdirSync(DEMO_EXPORTS)
    .filter((n) => /\.(csv|txt|xml)$/i.test(n) && !LATER_EXPORTS.includes(n))
    .sort();
  // Written just now, 10 ms apart: a demo run again replays its exports as new ones. Minutes in
  // the past would make them older than the previous run's last export, and an older file
  // arriving after a newer one is held (older-file.ts).
  const base = Date.now() - names.length * 10;
  names.forEach((n, i) => {
    const to = path.join(inbox, n);
    fs.copyFileSync(path.join(DEMO_EXPORTS, n), to);
    const t = new Date(base + (i + 1) * 10);
    fs.utimesSync(to, t, t);
  });
  return names;
}

function intOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number`);
  return Number(v);
}

export async function run(argv: string[]): Promise<number> {
  let dataDir: string;
  let port: number | undefined;
  let once: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        once: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    dataDir = values['data-dir']
      ? path.resolve(values['data-dir'])
      : fs.mkdtempSync(path.join(os.tmpdir(), 'appt-connector-demo-'));
    port = intOption(values.port, 'port');
    once = values.once ?? false;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }

  const paths = dataPaths(dataDir);
  let sandbox: SandboxHandle;
  try {
    sandbox = await startSandbox({
      port: port ?? 8787,
      fallbackToFreePort: port === undefined,
      dataDir: path.join(dataDir, 'sandbox'),
    });
  } catch (err) {
    console.error(`The sandbox could not start: ${(err as Error).message}`);
    return 1;
  }
  const settings = demoSettings(dataDir);
  await saveSettings(paths.settings, settings);
  const inbox = settings.practices[0]!.inbox;
  const practice = SANDBOX_PRACTICES[0]!;

  console.log(`Appointment Connector demo
  Sandbox (a local stand-in for Medfusion): ${sandbox.url}  (demo credentials, no setup needed)
  Demo practice inbox:                      ${inbox}
  Data folder (history, logs):              ${dataDir}
`);
  const copied = fillDemoInbox(inbox);
  console.log(`Copied ${copied.length} sample exports into the inbox: ${copied.join(', ')}\n`);

  let running: RunningEngine;
  try {
    // No keychain needed: practices on the sandbox fall back to its published demo credentials.
    running = await createEngine({
      dataDir,
      settings,
      credentials: new MemoryCredentialStore(),
      sandboxUrl: sandbox.url,
      // The sandbox answers within a second: look sooner than the real-Medfusion schedule would.
      tuning: { pollPolicy: { firstMs: 500, capMs: 5_000, giveUpAfterMs: 5 * 60_000 } },
    });
  } catch (err) {
    console.error(`The connector could not start: ${(err as Error).message}`);
    await sandbox.close();
    return 1;
  }
  const detach = attachConsole(running.engine);
  let stopped = false;
  const signal = untilSignal().then(() => {
    stopped = true;
  });
  await running.engine.start();
  await Promise.race([untilInboxesDone(running), signal]);
  for (const later of LATER_EXPORTS) {
    if (stopped) break;
    console.log(`\n--- The scheduling program exports cliniko_appointments.csv again (${later}) ---`);
    const tmp = path.join(inbox, '.cliniko_appointments.csv.part');
    const jobsBefore = running.journal.size;
    fs.copyFileSync(path.join(DEMO_EXPORTS, later), tmp);
    fs.renameSync(tmp, path.join(inbox, 'cliniko_appointments.csv'));
    // On a busy computer the watcher may see the file later than untilInboxesDone's last
    // window: wait for its job first, so `--once` never ends with the export still in the inbox.
    await Promise.race([untilJobCount(running, jobsBefore + 1, 60_000), signal]);
    await Promise.race([untilInboxesDone(running), signal]);
  }

  const jobs = running.journal.list({ limit: 100 });
  const failed = jobs.filter((j) => j.state === 'failed').length;
  const unfinished = jobs.filter((j) => j.state !== 'failed' && j.state !== 'processed').length;
  const sent = jobs.reduce((s, j) => s + j.counts.sent, 0);
  console.log(`
Done: ${jobs.length} files handled, ${sent} appointments sent, ${failed} file${failed === 1 ? '' : 's'} in failed/.

Where to look:
  Inbox:          ${inbox}
                    processed/YYYY-MM-DD/  exports that were sent
                    failed/                exports that could not be sent, each with <name>.error.txt
  History:        npm run --silent cli -- history --data-dir "${dataDir}"
  Patient portal: ${sandbox.url}/portal/${practice.practiceId}
                  (what patients of ${practice.name} see after NEW / UPDATE / CANCEL)
`);
  if (!once && !stopped) {
    console.log('Still watching the inbox: drop another export into it. Press Ctrl+C to stop.');
    await signal;
  }
  detach();
  await running.close();
  await sandbox.close();
  return unfinished > 0 ? 1 : 0;
}

/** Resolves once the journal holds `count` jobs, or after `maxMs` (then untilInboxesDone decides). */
async function untilJobCount(running: RunningEngine, count: number, maxMs: number): Promise<void> {
  const end = Date.now() + maxMs;
  while (running.journal.size < count && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100).unref());
  }
}
