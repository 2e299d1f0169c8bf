// The app's windows: history, settings and the first-run wizard, at most one of each. All load
// the same renderer page and pick their view from the URL hash (#history, #settings, #wizard); a
// route may follow the view (#settings?practice=…&job=… opens a held file's review).
// Keeps the set of our webContents ids, which the IPC sender check trusts.
import type { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import { RENDERER_INPUT } from './build-layout.ts';
import { createSecureWindow } from './secure-window.ts';
import { guardUnsavedWork } from './unsaved-guard.ts';
import type { TrustedPages } from './sender-check.ts';

export type WindowKind = 'history' | 'settings' | 'wizard';

const WINDOW_OPTIONS: Record<WindowKind, { title: string; width: number; height: number }> = {
  history: { title: 'Appointment Connector — History', width: 1100, height: 720 },
  settings: { title: 'Appointment Connector — Settings', width: 900, height: 720 },
  wizard: { title: 'Appointment Connector — Set up', width: 820, height: 680 },
};

export interface WindowManager {
  /** `route`: the hash to show instead of the bare kind; it must start with the kind. */
  open(kind: WindowKind, route?: string): BrowserWindow;
  /** webContents ids of the windows open now. */
  ourWebContentsIds(): ReadonlySet<number>;
  /** Push an event to every open window. */
  broadcast(channel: string, payload: unknown): void;
}

export function pageUrl(pages: TrustedPages, kind: WindowKind, route?: string): string {
  const base = pages.devOrigin
    ? `${new URL(pages.devOrigin).origin}/${RENDERER_INPUT}`
    : pathToFileURL(pages.indexHtml).href;
  // A route for another window would open the wrong view in this one: fall back to the kind.
  const hash = route && (route === kind || route.startsWith(`${kind}?`)) ? route : kind;
  return `${base}#${hash}`;
}

export function createWindowManager(opts: {
  pages: TrustedPages;
  preload: string;
  icon?: string;
}): WindowManager {
  const open = new Map<WindowKind, BrowserWindow>();
  const ids = new Set<number>();

  return {
    open(kind, route) {
      const existing = open.get(kind);
      if (existing && !existing.isDestroyed()) {
        if (existing.isMinimized()) existing.restore();
        // Same page, new hash: the renderer follows hashchange (no reload, no will-navigate).
        if (route) void existing.loadURL(pageUrl(opts.pages, kind, route));
        existing.focus();
        return existing;
      }
      const win = createSecureWindow(
        { ...WINDOW_OPTIONS[kind], minWidth: 640, minHeight: 480, autoHideMenuBar: true, icon: opts.icon },
        opts.preload,
      );
      guardUnsavedWork(win);
      const id = win.webContents.id;
      ids.add(id);
      open.set(kind, win);
      win.on('closed', () => {
        ids.delete(id);
        if (open.get(kind) === win) open.delete(kind);
      });
      void win.loadURL(pageUrl(opts.pages, kind, route));
      return win;
    },
    ourWebContentsIds: () => ids,
    broadcast(channel, payload) {
      for (const win of open.values()) {
        if (!win.isDestroyed()) win.webContents.send(channel, payload);
      }
    },
  };
}
