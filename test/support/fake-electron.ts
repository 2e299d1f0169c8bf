// The ONE fake of `electron` for tests (Electron's binary cannot run here). Every test file gets
// it in place of `electron` (mock-electron.ts, a setup file); read what the code under test did
// through `fake` (tray images, notifications shown, windows created, IPC handlers registered).
// `resetFakeElectron()` in beforeEach.
import { EventEmitter } from 'node:events';

export interface FakeMenuItem {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  checked?: boolean;
  click?: (item: { checked: boolean }) => void;
  submenu?: FakeMenuItem[];
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  url = '';
  windowOpenHandler?: (details: { url: string }) => { action: string };
  readonly sent: Array<{ channel: string; payload: unknown }> = [];
  readonly mainFrame = { url: '', parent: null as unknown };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  /** Emits a navigation event and reports whether a listener prevented it. */
  tryNavigate(eventName: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(eventName, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  async loadURL(url: string) {
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
  }
  async loadFile(file: string) {
    await this.loadURL(`file://${file}`);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused++;
  }
  show() {}
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
  static getFocusedWindow() {
    return null;
  }
  static getAllWindows() {
    return FakeBrowserWindow.created.filter((w) => !w.destroyed);
  }
}

export class FakeTray extends EventEmitter {
  static readonly created: FakeTray[] = [];
  readonly images: string[] = [];
  tooltip = '';
  menu: FakeMenuItem[] = [];
  destroyed = false;
  constructor(image: { path: string }) {
    super();
    this.images.push(image.path);
    FakeTray.created.push(this);
  }
  setImage(image: { path: string }) {
    this.images.push(image.path);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: { items: FakeMenuItem[] }) {
    this.menu = menu.items;
  }
  destroy() {
    this.destroyed = true;
  }
  /** Clicks the menu item with this id, as a person would. */
  clickItem(id: string) {
    const all = this.menu.flatMap((i) => [i, ...(i.submenu ?? [])]);
    const item = all.find((i) => i.id === id);
    if (!item?.click) throw new Error(`no clickable tray menu item '${id}'`);
    if (item.enabled === false) throw new Error(`tray menu item '${id}' is disabled`);
    item.click({ checked: item.type === 'checkbox' ? !item.checked : false });
  }
}

export class FakeNotification extends EventEmitter {
  static readonly shown: Array<{ title: string; body: string }> = [];
  static isSupported() {
    return true;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    FakeNotification.shown.push({ title: this.options.title, body: this.options.body });
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler) {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke from `sender` would get back. */
  async invoke(channel: string, sender: FakeWebContents, frameUrl: string | null, ...args: unknown[]) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const senderFrame = frameUrl === null ? null : { url: frameUrl, parent: null };
    return handler({ sender, senderFrame, frameId: 1, processId: 1 }, ...args);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: Array<{ channel: string; args: unknown[] }> = [];
  reply: (channel: string, args: unknown[]) => unknown = () => undefined;
  async invoke(channel: string, ...args: unknown[]) {
    this.invoked.push({ channel, args });
    return this.reply(channel, args);
  }
}

class FakeApp extends EventEmitter {
  locked = false;
  lockAvailable = true;
  quitCalls = 0;
  loginItem = { openAtLogin: false };
  paths: Record<string, string> = {};
  isPackaged = false;
  requestSingleInstanceLock() {
    this.locked = this.lockAvailable;
    return this.lockAvailable;
  }
  quit() {
    this.quitCalls++;
  }
  exit() {
    this.quitCalls++;
  }
  whenReady() {
    return Promise.resolve();
  }
  getPath(name: string) {
    return this.paths[name] ?? `/tmp/fake-electron/${name}`;
  }
  getAppPath() {
    return process.cwd();
  }
  getVersion() {
    return '0.0.0-test';
  }
  getLoginItemSettings() {
    return { ...this.loginItem };
  }
  setLoginItemSettings(settings: { openAtLogin?: boolean }) {
    this.loginItem.openAtLogin = settings.openAtLogin ?? false;
  }
  setAppUserModelId() {}
  readonly dock = { hide() {} };
}

class FakeSession {
  headersListener?: (
    details: { responseHeaders?: Record<string, string[]> },
    cb: (r: { responseHeaders: Record<string, string[]> }) => void,
  ) => void;
  permissionHandler?: (wc: unknown, permission: string, cb: (ok: boolean) => void) => void;
  permissionCheck?: () => boolean;
  readonly webRequest = {
    onHeadersReceived: (listener: NonNullable<FakeSession['headersListener']>) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: NonNullable<FakeSession['permissionHandler']>) {
    this.permissionHandler = handler;
  }
  setPermissionCheckHandler(handler: () => boolean) {
    this.permissionCheck = handler;
  }
}

export const fake = {
  app: new FakeApp(),
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false }),
  session: { defaultSession: new FakeSession() },
  exposed: new Map<string, unknown>(),
  openedPaths: [] as string[],
  revealed: [] as string[],
  dialogAnswer: { canceled: true, filePaths: [] as string[] },
  /** The options of every open dialog shown (its parent window, when given, left out). */
  dialogOptions: [] as Array<{ title?: string; filters?: Array<{ name: string; extensions: string[] }> }>,
  errorBoxes: [] as Array<{ title: string; content: string }>,
};

export function resetFakeElectron(): void {
  fake.app.removeAllListeners();
  Object.assign(fake.app, {
    locked: false,
    lockAvailable: true,
    quitCalls: 0,
    loginItem: { openAtLogin: false },
    paths: {},
  });
  fake.ipcMain.handlers.clear();
  fake.ipcMain.removeAllListeners();
  fake.ipcRenderer.removeAllListeners();
  fake.ipcRenderer.invoked.length = 0;
  fake.ipcRenderer.reply = () => undefined;
  fake.nativeTheme.removeAllListeners();
  fake.nativeTheme.shouldUseDarkColors = false;
  fake.session.defaultSession = new FakeSession();
  fake.exposed.clear();
  fake.openedPaths.length = 0;
  fake.revealed.length = 0;
  fake.dialogAnswer = { canceled: true, filePaths: [] };
  fake.dialogOptions.length = 0;
  fake.errorBoxes.length = 0;
  FakeBrowserWindow.created.length = 0;
  FakeTray.created.length = 0;
  FakeNotification.shown.length = 0;
}

const Menu = {
  buildFromTemplate(items: FakeMenuItem[]) {
    return { items };
  },
  setApplicationMenu() {},
};

const nativeImage = {
  createFromPath(p: string) {
    return { path: p, isEmpty: () => false };
  },
};

const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    fake.exposed.set(key, api);
  },
};

const dialog = {
  async showOpenDialog(...args: unknown[]) {
    fake.dialogOptions.push(args[args.length - 1] as (typeof fake.dialogOptions)[number]);
    return fake.dialogAnswer;
  },
  showErrorBox(title: string, content: string) {
    fake.errorBoxes.push({ title, content });
  },
};

const shell = {
  async openPath(p: string) {
    fake.openedPaths.push(p);
    return '';
  },
  showItemInFolder(p: string) {
    fake.revealed.push(p);
  },
};

const members = {
  app: fake.app,
  ipcMain: fake.ipcMain,
  ipcRenderer: fake.ipcRenderer,
  nativeTheme: fake.nativeTheme,
  session: fake.session,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Notification: FakeNotification,
  Menu,
  nativeImage,
  contextBridge,
  dialog,
  shell,
};

/** The module object the shared vi.mock('electron') returns (named exports plus a default). */
export const electronModule = { ...members, default: members };
