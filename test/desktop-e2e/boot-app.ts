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
import { packagedLayout } from './packaged-build.ts';

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
  saveAnswers: Array<{ canceled: boolean; filePath?: string }>;
  clipboard: string;
  /** Message boxes the app showed (dialog.showMessageBoxSync), and the button index each next one
   *  is answered with (default: its cancelId). */
  messageBoxes: Array<{ title?: string; message: string; buttons?: string[] }>;
  messageBoxAnswers: number[];
  opened: string[];
  exitCode: number | null;
  /** True from app.quit() until the app ends, or until a window kept open cancels the quit. */
  quitting: boolean;
  ended: Promise<number>;
  browser: Promise<{ close(): Promise<void> }> | null;
  module: { app: { quit(): void; emit(event: string, ...args: unknown[]): boolean } };
}

export interface BootOptions {
  /** The folder holding package.json and the build (default: this worktree). */
  appRoot?: string;
  /** Packaged layout: app.isPackaged and process.resourcesPath as in an installed app. Every
   *  page, preload and image must then come from inside the package (appRoot or resources). */
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
let layout: 'built' | 'packaged' = 'built';

/** From now on bootApp() (without an appRoot) boots the packaged layout: the electron-builder
 *  `--linux dir` output, its app.asar extracted (packaged-build.ts). A story file runs against it
 *  unchanged: `usePackagedLayout(); await import('./first-start.test.ts');`. */
export function usePackagedLayout(): void {
  layout = 'packaged';
}

export async function bootApp(opts: BootOptions = {}): Promise<BootedApp> {
  if (booted) throw new Error('one app per test file: Node keeps the loaded bundles');
  if (layout === 'packaged' && opts.appRoot === undefined) {
    const packed = await packagedLayout();
    opts = { ...opts, appRoot: packed.appRoot, resourcesPath: packed.resources };
  }
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
    resourcesPath: opts.resourcesPath,
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
      // The end of a story, not a story of its own: a settings page still reporting unsaved work
      // for a moment after its last save (a reload in flight) must not keep the app open.
      // quit-with-unsaved-settings.test.ts answers that question itself.
      state.messageBoxAnswers.push(0);
      state.module.app.quit();
      const code = await state.ended;
      await (await state.browser)?.close();
      fs.rmSync(root, { recursive: true, force: true });
      return code;
    },
  };
  return booted;
}

/** The built app started in a Node process of its own, driven over Node's IPC channel (the
 *  stand-in's remote control): a second boot on the same profile after the first one ended, as a
 *  person starting the app again. Only what a test needs to look: the tray, the problems, an
 *  expression evaluated in the window showing a view. */
export interface ChildApp {
  status(): Promise<{
    tray: { image: string; tooltip: string } | null;
    problems: string[];
    errorBoxes: Array<{ title: string; content: string }>;
    exitCode: number | null;
    windows: string[];
  }>;
  clickTray(item: string): Promise<void>;
  /** `expression` runs in the page of the window showing `view` (#history, #settings…). */
  evaluate<T>(view: string, expression: string): Promise<T>;
  /** Quits as the tray's Quit does; resolves with the process's exit code. */
  quit(): Promise<number>;
  exited: Promise<number>;
}

export function bootAppInChild(opts: { dataDir: string; appRoot?: string }): Promise<ChildApp> {
  const appRoot = path.resolve(opts.appRoot ?? '.');
  const main = path.join(appRoot, 'dist-electron', 'main.cjs');
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'desktop-e2e-child-'));
  const child = spawn(process.execPath, ['--import', path.join(HERE, 'register.mjs'), main], {
    env: {
      ...process.env,
      APPT_DATA_DIR: opts.dataDir,
      APPT_KEYCHAIN_SERVICE:
        process.env.APPT_KEYCHAIN_SERVICE ?? `appt-connector-e2e-${path.basename(userData)}`,
      XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME ?? path.join(userData, 'config'),
      E2E_STAND_IN: JSON.stringify({ appRoot, userData, exitProcess: true, control: true }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (code, signal) => {
      fs.rmSync(userData, { recursive: true, force: true });
      resolve(signal ? -1 : (code ?? -1));
    });
  });
  let next = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  child.on('message', (m: { id: number; value?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.error !== undefined) w?.reject(new Error(m.error));
    else w?.resolve(m.value);
  });
  const request = <T>(op: string, args: Record<string, unknown> = {}): Promise<T> => {
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, op, ...args }, (err) => err && reject(err));
    });
  };
  const app: ChildApp = {
    status: () => request('status'),
    clickTray: (item) => request('click', { item }),
    evaluate: (view, expression) => request('evaluate', { view, expression }),
    async quit() {
      await request('quit').catch(() => undefined); // the process may end before it answers
      return exited;
    },
    exited,
  };
  return (async () => {
    const end = Date.now() + 30_000;
    let exitCode: number | null = null;
    void exited.then((c) => (exitCode = c));
    for (;;) {
      if (exitCode !== null) throw new Error(`the second boot exited (${exitCode}) while starting`);
      const s = await app.status().catch(() => null);
      if (s?.tray) return app;
      if (Date.now() > end) {
        child.kill();
        throw new Error(`the second boot made no tray icon within 30 s: ${JSON.stringify(s)}`);
      }
      await sleep(100);
    }
  })();
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
