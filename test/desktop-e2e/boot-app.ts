// Boots the BUILT desktop app (dist-electron/main.cjs → main.mjs and its chunks) the way Electron
// would, in this test process: Node loads the bundles natively (not through Vitest's transform),
// with `electron` resolved to the stand-in (stand-in/electron.mjs) for ESM imports and CommonJS
// requires alike. The app runs against its real engine, the built-in sandbox on loopback, a temp
// data folder and the keychain (keytar → Secret Service, as `npm test` provides). One app per
// test file: Vitest gives each file its own process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

const HERE = path.resolve('test/desktop-e2e/stand-in');

// Vitest would rewrite an `import()` written here; this one is Node's own.
const nativeImport = createRequire(import.meta.url)(path.join(HERE, 'native-import.cjs')) as (
  specifier: string,
) => Promise<unknown>;

export interface StandInWindow {
  options: { title?: string; width?: number; height?: number; webPreferences?: Record<string, unknown> };
  webContents: { id: number; page: Page | null; getURL(): string };
  ready: Promise<Page>;
  isDestroyed(): boolean;
  close(): void;
}

export interface StandInMenuItem {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  checked?: boolean;
  submenu?: StandInMenuItem[];
}

export interface StandInTray {
  image: string;
  images: string[];
  tooltip: string;
  menu: StandInMenuItem[];
  items(): StandInMenuItem[];
  clickItem(id: string): void;
  emit(event: string): void;
}

export interface StandInNotification {
  title: string;
  body: string;
  click(): void;
}

export interface StandInState {
  problems: string[];
  windows: StandInWindow[];
  trays: StandInTray[];
  notifications: StandInNotification[];
  errorBoxes: Array<{ title: string; content: string }>;
  dialogAnswers: Array<{ canceled: boolean; filePaths: string[] }>;
  /** Message boxes the app showed (dialog.showMessageBoxSync), and the button index each next one
   *  is answered with (default: its cancelId). */
  messageBoxes: Array<{ title?: string; message: string; buttons?: string[] }>;
  messageBoxAnswers: number[];
  opened: string[];
  exitCode: number | null;
  ended: Promise<number>;
  browser: Promise<{ close(): Promise<void> }> | null;
  module: { app: { quit(): void; emit(event: string, ...args: unknown[]): boolean } };
}

export interface BootOptions {
  /** The folder holding package.json and the build (default: this worktree). */
  appRoot?: string;
  /** Packaged layout: app.isPackaged and process.resourcesPath as in an installed app. */
  resourcesPath?: string;
  dataDir?: string;
  scale?: number;
  dark?: boolean;
}

export interface BootedApp {
  state: StandInState;
  dataDir: string;
  root: string;
  tray(): StandInTray;
  /** The open window showing this view (#history, #settings, #wizard), once its page loaded. */
  window(view: string): Promise<Page>;
  openWindows(): StandInWindow[];
  /** Starts the built app again in a second Node process (as a double-click would) and
   *  resolves with its exit code. */
  startSecondInstance(): Promise<number>;
  quit(): Promise<number>;
}

let booted: BootedApp | null = null;

export async function bootApp(opts: BootOptions = {}): Promise<BootedApp> {
  if (booted) throw new Error('one app per test file: Node keeps the loaded bundles');
  const appRoot = path.resolve(opts.appRoot ?? '.');
  const main = path.join(appRoot, 'dist-electron', 'main.cjs');
  if (!fs.existsSync(main))
    throw new Error(`${main} is missing: the build (test/desktop-e2e/build-once.ts) did not run`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'desktop-e2e-'));
  const dataDir = opts.dataDir ?? path.join(root, 'data');
  process.env.APPT_DATA_DIR = dataDir;
  // Test files run side by side on one Secret Service: each app its own keychain service, or one
  // file's saved credentials turn another's "Skip: not needed on the sandbox" into "Continue".
  process.env.APPT_KEYCHAIN_SERVICE = `appt-connector-e2e-${path.basename(root)}`;
  process.env.XDG_CONFIG_HOME = path.join(root, 'config'); // "Start at login" writes here on Linux
  process.env.E2E_STAND_IN = JSON.stringify({
    appRoot,
    userData: path.join(root, 'user-data'),
    packaged: opts.resourcesPath !== undefined,
    scale: opts.scale,
    dark: opts.dark,
  });
  if (opts.resourcesPath) (process as { resourcesPath?: string }).resourcesPath = opts.resourcesPath;

  await nativeImport(pathToFileURL(path.join(HERE, 'register.mjs')).href);
  const state = (globalThis as unknown as { __electronStandIn: StandInState }).__electronStandIn;

  // What `electron .` does: require package.json's "main" (main.cjs imports main.mjs).
  createRequire(pathToFileURL(main).href)(main);
  const end = Date.now() + 30_000;
  while (state.trays.length === 0 && state.exitCode === null && Date.now() < end) await sleep(50);
  if (state.exitCode !== null) {
    throw new Error(`the app exited (${state.exitCode}) while starting: ${JSON.stringify(state.errorBoxes)}`);
  }
  if (state.trays.length === 0) throw new Error('the app made no tray icon within 30 s');

  booted = {
    state,
    dataDir,
    root,
    tray: () => state.trays[0]!,
    openWindows: () => state.windows.filter((w) => !w.isDestroyed()),
    async window(view) {
      const until = Date.now() + 20_000;
      for (;;) {
        for (const w of state.windows) {
          if (w.isDestroyed()) continue;
          const page = await w.ready;
          const hash = new URL(page.url() || 'about:blank').hash.slice(1);
          if (hash === view || hash.startsWith(`${view}?`)) {
            await page.waitForLoadState('load');
            return page;
          }
        }
        if (Date.now() > until) {
          const open = state.windows.filter((w) => !w.isDestroyed()).map((w) => w.webContents.getURL());
          throw new Error(
            `no window shows #${view} (open: ${open.join(', ') || 'none'}); problems: ${state.problems.join('; ')}`,
          );
        }
        await sleep(50);
      }
    },
    startSecondInstance() {
      const child = spawn(process.execPath, ['--import', path.join(HERE, 'register.mjs'), main], {
        env: {
          ...process.env,
          E2E_STAND_IN: JSON.stringify({ ...JSON.parse(process.env.E2E_STAND_IN!), exitProcess: true }),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      return new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', (code, signal) => resolve(signal ? -1 : (code ?? -1)));
      });
    },
    async quit() {
      state.module.app.quit();
      const code = await state.ended;
      await (await state.browser)?.close();
      fs.rmSync(root, { recursive: true, force: true });
      return code;
    },
  };
  return booted;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits (outside a test, where expect.poll cannot run) until the condition holds. */
export async function until(
  condition: () => boolean,
  what = 'the condition',
  timeoutMs = 30_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
}

/** The built-in sandbox the booted app started (in this process): the loopback server that
 *  answers /__sandbox/info. Port 8787 unless another run holds it, so it is looked up. */
export async function sandboxUrl(): Promise<string> {
  const handles = (process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles();
  for (const h of handles) {
    const address = (h as { address?: () => unknown }).address?.();
    if (!address || typeof address !== 'object' || !('port' in address)) continue;
    const { address: host, port } = address as { address: string; port: number };
    if (host !== '127.0.0.1') continue;
    const url = `http://127.0.0.1:${port}`;
    const answer = await fetch(`${url}/__sandbox/info`).catch(() => null);
    if (answer?.ok) return url;
  }
  throw new Error('the booted app has no sandbox listening on 127.0.0.1');
}

/** Per-test limit for the stories: a whole app in Chromium on a busy 2-core machine. Each
 *  wait inside has its own, shorter limit, so a stuck step still fails with its reason. */
export const E2E_TIMEOUT = 120_000;
