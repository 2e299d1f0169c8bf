// Every window is made here. The security settings are spread LAST so no caller can weaken them
// (a caller's `nodeIntegration: true` or its own preload is simply overwritten); navigation and
// new windows are denied because the renderer is one page that routes by hash.
import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
} as const satisfies WebPreferences;

export function secureWindowOptions(
  requested: BrowserWindowConstructorOptions,
  preload: string,
): BrowserWindowConstructorOptions {
  return {
    show: false,
    ...requested,
    webPreferences: { ...requested.webPreferences, preload, ...SECURE_WEB_PREFERENCES },
  };
}

export function createSecureWindow(
  requested: BrowserWindowConstructorOptions,
  preload: string,
): BrowserWindow {
  const win = new BrowserWindow(secureWindowOptions(requested, preload));
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // In-page hash routing does not emit these; any real navigation is a page being hijacked.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  return win;
}
