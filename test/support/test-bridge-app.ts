// The whole connector, minus Electron, for the renderer's Chromium tests: the real sandbox on
// 127.0.0.1 port 0, the real engine (job store, importer, Medfusion client, folder watcher), the
// real settings file and H6a's connector service, in temp folders. Only the host's native dialogs
// are replaced: a test says which path the next "Choose…" dialog returns.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryCredentialStore } from '../../main/credentials/credential-store.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { createEngine, type RunningEngine } from '../../main/engine/engine-factory.ts';
import { dataPaths } from '../../main/engine/settings/index.ts';
import { createConnectorService } from '../../main/app-service/connector-service.ts';
import { engineControlOf, jobHistoryOf, settingsFileAt } from '../../main/app-service/engine-adapters.ts';
import { createConnectionTester } from '../../main/app-service/connection-test.ts';
import { previewExport } from '../../main/app-service/preview-export.ts';
import type { ConnectorApi } from '../../preload/ipc-contract.ts';

export interface BridgeApp {
  connector: ConnectorApi;
  sandbox: SandboxHandle;
  credentials: MemoryCredentialStore;
  settingsPath: string;
  /** The first practice's inbox (the demo inbox the settings defaults create). */
  inbox: string;
  /** What the next pickFolder/pickFile "dialog" returns. */
  nextPick: string | null;
  shownInFolder: string[];
  /** Reviews the service asked the host to open (the test then opens that route itself). */
  reviewsOpened: Array<{ practice: string; jobId: string }>;
  running: RunningEngine;
  dataDir: string;
  close(): Promise<void>;
}

export async function startBridgeApp(): Promise<BridgeApp> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bridge-app-'));
  const dataDir = path.join(root, 'data');
  const sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 50 });
  const credentials = new MemoryCredentialStore();
  const paths = dataPaths(dataDir);
  const settingsFile = settingsFileAt(paths.settings, dataDir, credentials);

  // First start as in the app: defaults (a demo practice on the sandbox with a demo inbox), made
  // quick for tests and pointed at a practice this sandbox knows.
  const defaults = await settingsFile.load();
  const settings = {
    ...defaults,
    stabilityMs: 200,
    practices: defaults.practices.map((p) => ({
      ...p,
      practiceId: sandbox.practiceId,
      timeZone: 'America/New_York',
    })),
  };
  await settingsFile.save(settings);
  for (const p of settings.practices) fs.mkdirSync(p.inbox, { recursive: true });

  const running: RunningEngine = await createEngine({
    dataDir,
    settings,
    credentials,
    sandboxUrl: sandbox.url,
    requestTimeoutMs: 5_000,
    tuning: {
      sendPolicy: { baseMs: 50, capMs: 400 },
      pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: 10_000 },
    },
  });
  await running.engine.start();

  let loginItem = false;
  const app: BridgeApp = {
    sandbox,
    credentials,
    settingsPath: paths.settings,
    inbox: settings.practices[0]!.inbox,
    nextPick: null,
    shownInFolder: [],
    reviewsOpened: [],
    running,
    dataDir,
    connector: createConnectorService({
      engine: engineControlOf(running.engine),
      jobs: jobHistoryOf(running.journal),
      settings: settingsFile,
      credentials,
      loginItem: { get: () => loginItem, set: (on) => void (loginItem = on) },
      host: {
        pickFolder: async () => app.nextPick,
        pickFile: async () => app.nextPick,
        showInFolder: (file) => void app.shownInFolder.push(file),
        openReview: (review) => void app.reviewsOpened.push(review),
      },
      testConnection: createConnectionTester({
        credentials,
        sandboxUrl: () => sandbox.url,
        timeoutMs: 5_000,
      }),
      previewExport,
      profilesDir: path.join(dataDir, 'profiles'),
    }),
    async close() {
      await running.close();
      await sandbox.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
  return app;
}
