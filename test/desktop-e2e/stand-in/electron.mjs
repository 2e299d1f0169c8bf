// The Electron stand-in: what `import … from 'electron'` (and `require('electron')`) answers when
// the BUILT main bundle runs under the e2e harness (Electron's own binary cannot be downloaded
// here). It implements the API surface the shell uses, with real effects where they matter:
// - BrowserWindow opens its page in real Chromium (playwright-core, Debian's /usr/bin/chromium),
//   refuses a missing file as Electron does (ERR_FILE_NOT_FOUND), and runs the window's BUILT
//   preload in the page with a contextBridge and an ipcRenderer wired to the handlers the main
//   bundle registered on ipcMain; each call carries the real sender (webContents id, frame URL),
//   so the app's own sender check decides. The page's meta Content-Security-Policy is Chromium's
//   to enforce; init scripts and bindings come through the DevTools protocol, as Electron's
//   preload does not pass through the page's CSP either.
// - Tray, Menu, Notification, dialog (open and save), clipboard and shell record what they were asked, so a test reads the
//   tray's icon, tooltip and menu and clicks its items.
// - Every page, preload or image that does not exist is recorded in `problems`: a test fails on it.
//   Booted from the packaged layout, so is every one read from outside the package.
// State lives on globalThis.__electronStandIn so the test (loaded through Vitest's module runner)
// and the app (loaded natively by Node) see the same object.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** @type {any} */
const g = globalThis;
if (g.__electronStandIn) throw new Error('the Electron stand-in was loaded twice');

const opts = JSON.parse(process.env.E2E_STAND_IN ?? '{}');
const userData = opts.userData ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-user-'));

const state = {
  opts,
  /** Missing pages, preloads and images, uncaught page errors: every entry is a failure. */
  problems: /** @type {string[]} */ ([]),
  windows: /** @type {BrowserWindow[]} */ ([]),
  trays: /** @type {Tray[]} */ ([]),
  notifications: /** @type {Notification[]} */ ([]),
  errorBoxes: /** @type {Array<{title: string, content: string}>} */ ([]),
  dialogAnswers: /** @type {Array<{canceled: boolean, filePaths: string[]}>} */ ([]),
  /** Answers for dialog.showSaveDialog, in order (none left: cancelled). */
  saveAnswers: /** @type {Array<{canceled: boolean, filePath?: string}>} */ ([]),
  clipboard: '',
  /** Message boxes the app showed, and the button index each next one answers (default: its cancelId). */
  messageBoxes: /** @type {Array<{title?: string, message: string, buttons?: string[]}>} */ ([]),
  messageBoxAnswers: /** @type {number[]} */ ([]),
  opened: /** @type {string[]} */ ([]),
  exitCode: /** @type {number | null} */ (null),
  quitting: false,
  /** Resolves when the app called app.exit() or finished quitting. */
  ended: /** @type {Promise<number>} */ (/** @type {any} */ (null)),
  browser: /** @type {Promise<import('playwright-core').BrowserContext> | null} */ (null),
};
let endApp = /** @type {(code: number) => void} */ (() => {});
state.ended = new Promise((resolve) => (endApp = resolve));
g.__electronStandIn = state;

function problem(text) {
  state.problems.push(text);
}

/** An installed app reads only what its package holds: in the packaged layout a page, preload or
 *  image from anywhere else (the project folder, say) would be missing on a real computer. */
function checkInPackage(what, file) {
  if (!opts.packaged) return;
  const inside = [opts.appRoot, opts.resourcesPath].filter(Boolean).map((d) => path.resolve(d) + path.sep);
  if (!inside.some((d) => path.resolve(file).startsWith(d))) problem(`${what} from outside the package: ${file}`);
}

function browserContext() {
  state.browser ??= chromium.launchPersistentContext(
    fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-chromium-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      deviceScaleFactor: opts.scale ?? 1,
      colorScheme: opts.dark ? 'dark' : 'light',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
        // Electron's file: protocol may load the page's module script; plain Chromium needs this.
        '--allow-file-access-from-files',
      ],
    },
  );
  return state.browser;
}

// ---------------------------------------------------------------------------------- app
class App extends EventEmitter {
  isPackaged = opts.packaged === true;
  name = 'appt-connector';
  loginItem = { openAtLogin: false };
  dock = { hide() {} };
  #lockFile = path.join(userData, 'SingletonLock');
  whenReady() {
    return Promise.resolve();
  }
  isReady() {
    return true;
  }
  getAppPath() {
    return opts.appRoot ?? process.cwd();
  }
  getPath(name) {
    const dir = name === 'userData' ? userData : path.join(userData, '.paths', name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }
  getVersion() {
    return JSON.parse(fs.readFileSync(path.join(this.getAppPath(), 'package.json'), 'utf8')).version;
  }
  getName() {
    return this.name;
  }
  setAppUserModelId() {}
  getLoginItemSettings() {
    return { ...this.loginItem };
  }
  setLoginItemSettings(s) {
    this.loginItem.openAtLogin = s.openAtLogin === true;
  }
  /** Like Electron: one holder per user-data folder. The holder learns of a second start by a
   *  signal (Electron uses a socket), and emits 'second-instance'. */
  requestSingleInstanceLock() {
    fs.mkdirSync(userData, { recursive: true });
    try {
      fs.writeFileSync(this.#lockFile, String(process.pid), { flag: 'wx' });
    } catch {
      const holder = Number(fs.readFileSync(this.#lockFile, 'utf8'));
      try {
        process.kill(holder, 'SIGUSR2');
        return false;
      } catch {
        fs.writeFileSync(this.#lockFile, String(process.pid)); // a stale lock from a dead process
      }
    }
    process.on('SIGUSR2', () => this.emit('second-instance', {}, [], process.cwd()));
    return true;
  }
  releaseSingleInstanceLock() {
    fs.rmSync(this.#lockFile, { force: true });
  }
  quit() {
    if (state.quitting) return;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    state.quitting = true;
    // As Electron's app.quit(): every window is closed first, its page's beforeunload included;
    // a window that stays open cancels the quit. Then 'will-quit', which main may prevent too.
    void Promise.all(state.windows.map((w) => w.closeSettled())).then((closed) => {
      if (closed.includes(false)) {
        state.quitting = false;
        return;
      }
      for (const t of state.trays) t.destroy();
      let held = false;
      this.emit('will-quit', { preventDefault: () => (held = true) });
      if (!held) this.exit(0);
    });
  }
  exit(code = 0) {
    if (state.exitCode !== null) return;
    state.exitCode = code;
    this.releaseSingleInstanceLock();
    void closeAll().then(() => {
      endApp(code);
      // A process of its own (a second instance) ends as Electron's would.
      if (opts.exitProcess) process.exit(code);
    });
  }
}
export const app = new App();

async function closeAll() {
  for (const w of state.windows) if (!w.isDestroyed()) w.close();
  for (const t of state.trays) t.destroy();
}

// ---------------------------------------------------------------------------------- windows
let nextId = 1;

class WebContents extends EventEmitter {
  id = nextId++;
  /** @type {import('playwright-core').Page | null} */
  page = null;
  /** @type {((d: {url: string}) => {action: string}) | null} */
  windowOpenHandler = null;
  #win;
  constructor(win) {
    super();
    this.#win = win;
  }
  get mainFrame() {
    return { url: this.getURL(), parent: null };
  }
  getURL() {
    return this.page?.url() ?? '';
  }
  isDestroyed() {
    return this.#win.isDestroyed();
  }
  setWindowOpenHandler(h) {
    this.windowOpenHandler = h;
  }
  send(channel, ...args) {
    const page = this.page;
    if (!page || page.isClosed()) return;
    // Structured clone in Electron; JSON here is the same for the contract's plain data.
    const payload = JSON.parse(JSON.stringify(args));
    page.evaluate(([c, a]) => globalThis.__standInDeliver?.(c, a), [channel, payload]).catch(() => {}); // the page is going away: Electron drops the message too
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return state.windows.filter((w) => !w.isDestroyed());
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows().find((w) => w.focused) ?? null;
  }
  static fromWebContents(wc) {
    return state.windows.find((w) => w.webContents === wc) ?? null;
  }
  #destroyed = false;
  #shownOnce = false;
  visible = false;
  focused = false;
  minimized = false;
  constructor(options = {}) {
    super();
    this.options = options;
    this.webContents = new WebContents(this);
    state.windows.push(this);
    const preload = options.webPreferences?.preload;
    if (preload && !fs.existsSync(preload)) problem(`preload does not exist: ${preload}`);
    if (preload) checkInPackage('preload', preload);
    if (options.icon && !fs.existsSync(options.icon)) problem(`window icon does not exist: ${options.icon}`);
    if (options.icon) checkInPackage('window icon', options.icon);
    this.ready = this.#openPage(preload && fs.existsSync(preload) ? fs.readFileSync(preload, 'utf8') : null);
    this.ready.catch((err) => problem(`window could not open: ${err.message}`));
    app.emit('browser-window-created', {}, this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async #openPage(preloadSource) {
    const page = await (await browserContext()).newPage();
    this.webContents.page = page;
    await page.setViewportSize({ width: this.options.width ?? 800, height: this.options.height ?? 600 });
    page.on('pageerror', (e) => problem(`page error in window ${this.webContents.id}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problem(`console error in window ${this.webContents.id}: ${m.text()}`);
    });
    await page.exposeBinding('__standInInvoke', (source, channel, args) =>
      invokeHandler(this.webContents, source.frame, channel, args),
    );
    if (preloadSource !== null) await page.addInitScript({ content: rendererSide(preloadSource) });
    return page;
  }
  async loadURL(url) {
    const page = await this.ready;
    if (url.startsWith('file:')) {
      const file = fileURLToPath(url.split('#')[0].split('?')[0]);
      checkInPackage('page', file);
      if (!fs.existsSync(file)) {
        problem(`page does not exist: ${file}`);
        this.webContents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', url);
        throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
      }
    }
    await page.goto(url);
    this.webContents.emit('did-finish-load');
    if (!this.#shownOnce) {
      this.#shownOnce = true;
      this.emit('ready-to-show');
    }
  }
  loadFile(file, options = {}) {
    const hash = options.hash ? `#${options.hash}` : '';
    return this.loadURL(`${pathToFileURL(path.resolve(this.getAppPathRoot(), file)).href}${hash}`);
  }
  getAppPathRoot() {
    return app.getAppPath();
  }
  show() {
    this.visible = true;
    this.focus();
  }
  focus() {
    for (const w of state.windows) w.focused = w === this;
    void this.webContents.page?.bringToFront().catch(() => {});
  }
  isVisible() {
    return this.visible;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  minimize() {
    this.minimized = true;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  getTitle() {
    return this.options.title ?? '';
  }
  /** Closes as close() does: true once the window is closed, false when something kept it open. */
  closeSettled() {
    if (this.#destroyed) return Promise.resolve(true);
    return new Promise((resolve) => {
      // Electron would wait on a page that never answers; a story must not hang on it: after
      // 20 s the window is recorded as a problem and destroyed.
      const stuck = setTimeout(() => {
        if (this.#destroyed || !this.#keptOpen) return;
        problem(`window ${this.webContents.id} did not close within 20 s of Quit`);
        this.destroy();
      }, 20_000);
      stuck.unref?.();
      const onClosed = () => {
        clearTimeout(stuck);
        this.#keptOpen = null;
        resolve(true);
      };
      this.once('closed', onClosed);
      this.#keptOpen = () => {
        clearTimeout(stuck);
        this.#keptOpen = null;
        this.off('closed', onClosed);
        resolve(false);
      };
      this.close();
    });
  }
  #keptOpen = /** @type {null | (() => void)} */ (null);
  close() {
    if (this.#destroyed || this.#closing) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return this.#keptOpen?.();
    const page = this.webContents.page;
    if (!page || page.isClosed()) return this.destroy();
    this.#closing = true;
    // As Electron: the page's beforeunload runs first. A handler that holds the page makes
    // webContents emit 'will-prevent-unload'; the window closes only if main calls
    // preventDefault on it, and otherwise stays open. Closing is asynchronous, as in Electron.
    const onDialog = (d) => {
      if (d.type() !== 'beforeunload') return;
      let leave = false;
      this.webContents.emit('will-prevent-unload', { preventDefault: () => (leave = true) });
      if (leave) void d.accept().catch(() => {});
      else {
        this.#closing = false;
        page.off('dialog', onDialog);
        void d.dismiss().catch(() => {});
        this.#keptOpen?.();
      }
    };
    page.on('dialog', onDialog);
    page.once('close', () => this.destroy());
    page.close({ runBeforeUnload: true }).catch(() => this.destroy());
  }
  #closing = false;
  destroy() {
    if (this.#destroyed) return;
    this.#destroyed = true;
    void this.ready.then((p) => p.close()).catch(() => {});
    this.emit('closed');
  }
}

/** A renderer's ipcRenderer.invoke, arriving at the handler main registered, as Electron would
 *  deliver it: an event naming the sender and its frame. Errors come back as Electron words them. */
async function invokeHandler(webContents, frame, channel, args) {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) return { error: `No handler registered for '${channel}'` };
  const event = {
    sender: webContents,
    senderFrame: { url: frame.url(), parent: frame.parentFrame() ? {} : null },
    frameId: 1,
    processId: 1,
  };
  try {
    const value = await handler(event, ...args);
    return { value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** The page side: runs the built preload (CommonJS, as Electron's sandboxed preload does) with
 *  `require('electron')` giving a contextBridge and an ipcRenderer that reach main through the
 *  binding above. Only the main frame gets it (Electron runs preloads in the main frame). */
function rendererSide(preloadSource) {
  return `(() => {
  if (window.top !== window) return;
  const binding = window.__standInInvoke;
  try { delete window.__standInInvoke; } catch {}
  const listeners = new Map();
  Object.defineProperty(window, '__standInDeliver', {
    value: (channel, args) => { for (const l of [...(listeners.get(channel) || [])]) l({ sender: null }, ...args); },
  });
  const ipcRenderer = {
    async invoke(channel, ...args) {
      const r = await binding(channel, JSON.parse(JSON.stringify(args)));
      if ('error' in r) throw new Error("Error invoking remote method '" + channel + "': Error: " + r.error);
      return r.value;
    },
    on(channel, l) { if (!listeners.has(channel)) listeners.set(channel, []); listeners.get(channel).push(l); return ipcRenderer; },
    removeListener(channel, l) { const a = listeners.get(channel) || []; const i = a.indexOf(l); if (i >= 0) a.splice(i, 1); return ipcRenderer; },
  };
  const freeze = (v) => { if (v && typeof v === 'object') { Object.values(v).forEach(freeze); Object.freeze(v); } return v; };
  const contextBridge = {
    exposeInMainWorld(key, api) { Object.defineProperty(window, key, { value: freeze(api), enumerable: true }); },
  };
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer };
    throw new Error('a sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {\n${preloadSource}\n})(require, module, module.exports);
})();`;
}

// ---------------------------------------------------------------------------------- ipcMain
class IpcMain extends EventEmitter {
  handlers = new Map();
  handle(channel, handler) {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  handleOnce(channel, handler) {
    this.handle(channel, (...a) => {
      this.handlers.delete(channel);
      return handler(...a);
    });
  }
  removeHandler(channel) {
    this.handlers.delete(channel);
  }
}
export const ipcMain = new IpcMain();

// ---------------------------------------------------------------------------------- images, tray, menu
export const nativeImage = {
  createFromPath(p) {
    const exists = fs.existsSync(p);
    if (!exists) problem(`image does not exist: ${p}`);
    checkInPackage('image', p);
    return {
      path: p,
      isEmpty: () => !exists,
      getSize: () => ({ width: exists ? 16 : 0, height: exists ? 16 : 0 }),
    };
  },
  createEmpty() {
    return { path: '', isEmpty: () => true, getSize: () => ({ width: 0, height: 0 }) };
  },
};

export const Menu = {
  buildFromTemplate(template) {
    return { items: template };
  },
  setApplicationMenu() {},
};

export class Tray extends EventEmitter {
  images = [];
  tooltip = '';
  menu = [];
  destroyed = false;
  constructor(image) {
    super();
    this.images.push(image.path);
    state.trays.push(this);
  }
  get image() {
    return this.images.at(-1);
  }
  setImage(image) {
    this.images.push(image.path);
  }
  setToolTip(text) {
    this.tooltip = text;
  }
  setContextMenu(menu) {
    this.menu = menu.items;
  }
  destroy() {
    this.destroyed = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** The menu's items, flattened with their submenus. */
  items() {
    return this.menu.flatMap((i) => [i, ...(i.submenu ?? [])]);
  }
  /** Clicks the item with this id as a person would (a checkbox toggles first, as in Electron). */
  clickItem(id) {
    const item = this.items().find((i) => i.id === id);
    if (!item?.click) throw new Error(`no clickable tray menu item '${id}'`);
    if (item.enabled === false) throw new Error(`tray menu item '${id}' is disabled`);
    const menuItem = { ...item, checked: item.type === 'checkbox' ? !item.checked : item.checked };
    item.click(menuItem, BrowserWindow.getFocusedWindow(), {});
  }
}

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  shown = false;
  constructor(options = {}) {
    super();
    this.options = options;
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }
  show() {
    if (this.options.icon && !fs.existsSync(this.options.icon)) {
      problem(`notification icon does not exist: ${this.options.icon}`);
    }
    if (this.options.icon) checkInPackage('notification icon', this.options.icon);
    this.shown = true;
    state.notifications.push(this);
    this.emit('show');
  }
  close() {
    this.emit('close');
  }
  /** A person clicking the notification. */
  click() {
    this.emit('click');
  }
}

// ---------------------------------------------------------------------------------- OS services
export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: opts.dark === true,
  themeSource: 'system',
});

export const dialog = {
  async showOpenDialog(_parentOrOptions) {
    return state.dialogAnswers.shift() ?? { canceled: true, filePaths: [] };
  },
  async showSaveDialog(_parentOrOptions) {
    return state.saveAnswers.shift() ?? { canceled: true, filePath: '' };
  },
  async showMessageBox() {
    return { response: 0, checkboxChecked: false };
  },
  showMessageBoxSync(parentOrOptions, maybeOptions) {
    const o = maybeOptions ?? parentOrOptions;
    state.messageBoxes.push({ title: o.title, message: o.message, buttons: o.buttons });
    return state.messageBoxAnswers.shift() ?? o.cancelId ?? 0;
  },
  showErrorBox(title, content) {
    state.errorBoxes.push({ title, content });
    // A process of its own (a second boot) may end right after: say it where the test run shows it.
    if (opts.exitProcess) console.error(`[stand-in] error box: ${title}: ${content}`);
  },
};

export const clipboard = {
  writeText(text) {
    state.clipboard = String(text);
  },
  readText() {
    return state.clipboard;
  },
};

export const shell = {
  async openPath(p) {
    state.opened.push(p);
    return '';
  },
  showItemInFolder(p) {
    state.opened.push(p);
  },
  async openExternal(url) {
    state.opened.push(url);
  },
};

class Session {
  headerListeners = [];
  permissionRequest = null;
  permissionCheck = null;
  webRequest = { onHeadersReceived: (l) => this.headerListeners.push(l) };
  setPermissionRequestHandler(h) {
    this.permissionRequest = h;
  }
  setPermissionCheckHandler(h) {
    this.permissionCheck = h;
  }
}
export const session = { defaultSession: new Session() };

// ---------------------------------------------------------------------------------- remote control
// An app booted in a process of its own (boot-app.ts bootAppInChild: a second boot on the same
// profile, as a person starting it again) is driven over Node's IPC channel: read the tray,
// click its items, evaluate an expression in the window showing a view, quit.
if (opts.control && process.send) {
  const windowShowing = async (view) => {
    for (const w of state.windows) {
      if (w.isDestroyed()) continue;
      const page = await w.ready;
      const hash = new URL(page.url() || 'about:blank').hash.slice(1);
      if (hash === view || hash.startsWith(`${view}?`)) return page;
    }
    return null;
  };
  const ops = {
    status: () => ({
      tray: state.trays[0] ? { image: state.trays[0].image, tooltip: state.trays[0].tooltip } : null,
      problems: state.problems,
      errorBoxes: state.errorBoxes,
      exitCode: state.exitCode,
      windows: state.windows.filter((w) => !w.isDestroyed()).map((w) => w.webContents.getURL()),
    }),
    click: ({ item }) => void state.trays[0]?.clickItem(item),
    evaluate: async ({ view, expression }) => {
      const page = await windowShowing(view);
      if (!page) throw new Error(`no window shows #${view}`);
      await page.waitForLoadState('load');
      return page.evaluate(expression);
    },
    quit: () => void app.quit(),
  };
  process.on('message', (m) => {
    const reply = (r) => process.send?.({ id: m.id, ...r });
    Promise.resolve()
      .then(() => ops[m.op](m))
      .then(
        (value) => reply({ value: value === undefined ? null : value }),
        (err) => reply({ error: err instanceof Error ? err.message : String(err) }),
      );
  });
}

// Only the main process's half: the renderer's contextBridge/ipcRenderer live in the page.
const electron = {
  app,
  BrowserWindow,
  ipcMain,
  nativeImage,
  Menu,
  Tray,
  Notification,
  nativeTheme,
  dialog,
  clipboard,
  shell,
  session,
};
state.module = electron;
export default electron;
