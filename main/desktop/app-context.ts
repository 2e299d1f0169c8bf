// Everything the desktop app runs on, built once at start: the settings file, the built-in
// sandbox (loopback only) for practices on `sandbox`, the engine from the engine factory, and the
// connector service the windows talk to. Electron-specific pieces (dialogs, login item, the
// keychain store) come in as arguments so this reads as plain wiring.
import type { CredentialStore } from '../credentials/credential-store.ts';
import { createEngine, type RunningEngine } from '../engine/engine-factory.ts';
import { dataPaths, isDemoPractice } from '../engine/settings/index.ts';
import type { Settings } from '../model/settings.ts';
import { startSandbox, type SandboxHandle } from '../sandbox/server.ts';
import { DEFAULT_SANDBOX_URL } from '../medfusion/environments.ts';
import { createConnectorService, type ConnectorService } from '../app-service/connector-service.ts';
import { engineControlOf, jobHistoryOf, settingsFileAt } from '../app-service/engine-adapters.ts';
import { createConnectionTester } from '../app-service/connection-test.ts';
import { previewExport } from '../app-service/preview-export.ts';
import { seedDemoInbox } from '../app-service/demo-inbox.ts';
import type { EngineControl, HostActions, LoginItem } from '../app-service/service-deps.ts';
import path from 'node:path';

/** Quit (and a settings change, which restarts the engine) lets a request already out be
 *  answered for up to this long, Medfusion's own request time limit: a batch Medfusion accepted
 *  but was slow to answer is recorded as sent, not sent again at the next start. The command
 *  line keeps its 0.5 s (a person pressing Ctrl+C wants the prompt back). */
export const QUIT_WAITS_FOR_ANSWER_MS = 30_000;

export interface AppContext {
  engine: EngineControl;
  service: ConnectorService;
  /** True while the first-run wizard has not been completed. */
  needsSetup(): boolean;
  /** Each practice's inbox folder, for "Open inbox folder". */
  inboxes(): Array<{ practice: string; folder: string }>;
  /** Practices on the built-in sandbox: whatever they send never reaches patients. */
  testPractices(): string[];
  close(): Promise<void>;
}

export interface AppContextOptions {
  dataDir: string;
  credentials: CredentialStore;
  host: HostActions;
  loginItem: LoginItem;
  now?: () => Date;
}

export async function createAppContext(opts: AppContextOptions): Promise<AppContext> {
  const now = opts.now ?? (() => new Date());
  const paths = dataPaths(opts.dataDir);
  const settingsFile = settingsFileAt(paths.settings, opts.dataDir, opts.credentials);
  let settings: Settings = await settingsFile.load();
  const needsSetup = () => settings.firstRunDone !== true;

  // The sandbox answers on this computer only; it is what lets the first run work without credentials.
  const sandbox: SandboxHandle = await startSandbox({
    dataDir: path.join(opts.dataDir, 'sandbox'),
    port: Number(new URL(DEFAULT_SANDBOX_URL).port),
    fallbackToFreePort: true,
  });
  if (needsSetup()) {
    for (const p of settings.practices.filter((x) => isDemoPractice(x, opts.dataDir))) {
      seedDemoInbox(p.inbox, now());
    }
  }

  let running: RunningEngine;
  try {
    running = await createEngine({
      dataDir: opts.dataDir,
      settings,
      credentials: opts.credentials,
      sandboxUrl: sandbox.url,
      tuning: { stopGraceMs: QUIT_WAITS_FOR_ANSWER_MS },
    });
  } catch (err) {
    await sandbox.close();
    throw err;
  }
  const engine: EngineControl = engineControlOf(running.engine);

  const trackedSettings = {
    ...settingsFile,
    async save(next: Settings) {
      await settingsFile.save(next);
      settings = next;
    },
  };
  const service = createConnectorService({
    engine,
    jobs: jobHistoryOf(running.journal),
    settings: trackedSettings,
    credentials: opts.credentials,
    loginItem: opts.loginItem,
    host: opts.host,
    testConnection: createConnectionTester({ credentials: opts.credentials, sandboxUrl: () => sandbox.url }),
    previewExport,
    profilesDir: path.join(opts.dataDir, 'profiles'),
  });

  await running.engine.start();

  return {
    engine,
    service,
    needsSetup,
    inboxes: () => settings.practices.map((p) => ({ practice: p.name, folder: p.inbox })),
    testPractices: () => settings.practices.filter((p) => p.environment === 'sandbox').map((p) => p.name),
    async close() {
      await running.close();
      await sandbox.close();
    },
  };
}
