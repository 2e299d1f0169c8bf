// Starts the desktop app: one setupX() per feature. It stays short on purpose: what the app does
// lives in the engine and the connector service; this only wires them to the tray, windows,
// notifications and IPC. Returns handles so a test can drive the started app.
import { app, dialog } from 'electron';
import type { TrayHandle } from './setup-tray.ts';
import type { WindowManager } from './windows.ts';
import { createAppContext, type AppContext } from './app-context.ts';
import { desktopPaths, type DesktopPaths } from './desktop-paths.ts';
import { createHostActions } from './host-actions.ts';
import { createLoginItem } from './login-item.ts';
import { createDesktopLog } from './desktop-log.ts';
import { setupSessionSecurity } from './session-security.ts';
import { createWindowManager } from './windows.ts';
import { registerIpcHandlers } from './ipc-handlers.ts';
import { isTrustedSender } from './sender-check.ts';
import { setupTray } from './setup-tray.ts';
import { setupNotifications } from './setup-notifications.ts';
import { setupEventForwarding } from './event-forwarding.ts';
import { createTrayActions } from './tray-actions.ts';
import { KeytarCredentialStore } from '../credentials/keytar-store.ts';
import { reviewRoute, settingsRoute } from '../../preload/ipc-contract.ts';
import type { CredentialStore } from '../credentials/credential-store.ts';

export interface DesktopApp {
  ctx: AppContext;
  windows: WindowManager;
  tray: TrayHandle;
}

export interface StartOptions {
  paths?: DesktopPaths;
  /** Default: the OS keychain. */
  credentials?: CredentialStore;
}

export async function startDesktopApp(opts: StartOptions = {}): Promise<DesktopApp | null> {
  const paths = opts.paths ?? desktopPaths();
  const log = createDesktopLog(paths.dataDir);
  await app.whenReady();
  if (process.platform === 'darwin') app.dock?.hide(); // a tray app: no Dock icon
  if (process.platform === 'win32') app.setAppUserModelId('com.apptconnector.desktop');
  setupSessionSecurity();

  const windows = createWindowManager({ pages: paths.pages, preload: paths.preload, icon: paths.appIcon });
  // The tray menu shows "Start at login" as a tick: redraw it whenever the choice changes, also
  // when it changed in the settings window (the tray would show the old tick otherwise).
  const osLoginItem = createLoginItem();
  const trayRef: { current?: TrayHandle } = {};
  const loginItem = {
    get: () => osLoginItem.get(),
    set(on: boolean) {
      osLoginItem.set(on);
      trayRef.current?.refresh();
    },
  };
  let ctx: AppContext;
  try {
    ctx = await createAppContext({
      dataDir: paths.dataDir,
      credentials: opts.credentials ?? new KeytarCredentialStore(),
      host: createHostActions({
        openReview: (r) => void windows.open('settings', reviewRoute(r)),
        openSettings: (practice) => void windows.open('settings', settingsRoute(practice)),
      }),
      loginItem,
    });
  } catch (err) {
    log.error('startup failed', err);
    dialog.showErrorBox('Appointment Connector could not start', (err as Error).message);
    app.exit(1);
    return null;
  }

  registerIpcHandlers(ctx.service, (e) => isTrustedSender(e, windows.ourWebContentsIds(), paths.pages), log);
  setupEventForwarding(ctx.service, windows);
  const trayHandle = setupTray(ctx.engine, createTrayActions(ctx, windows, loginItem), {
    assetsDir: paths.assetsDir,
    testMode: () => ctx.testPractices().length > 0,
  });
  trayRef.current = trayHandle;
  setupNotifications(ctx.engine, { icon: paths.appIcon, onClick: () => windows.open('history') });

  app.on('second-instance', () => windows.open(ctx.needsSetup() ? 'wizard' : 'history'));
  // Closing the last window leaves the app in the tray; only Quit ends it.
  app.on('window-all-closed', () => {});
  // Quit lets Electron close the windows first, each page's `beforeunload` included, so a
  // settings window with unsaved work asks (unsaved-guard.ts) and "Keep the window open" cancels
  // the quit. Only once every window is closed ('will-quit') does the engine stop: it waits for
  // a batch in flight, then the app exits.
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void ctx.close().finally(() => app.exit(0));
  });

  if (ctx.needsSetup()) windows.open('wizard');
  return { ctx, windows, tray: trayHandle };
}
