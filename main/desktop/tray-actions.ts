// What the tray menu items do, in terms of the engine, the windows and the OS.
import { app, shell } from 'electron';
import type { AppContext } from './app-context.ts';
import type { LoginItem } from '../app-service/service-deps.ts';
import type { TrayActions } from './tray-menu.ts';
import type { WindowManager } from './windows.ts';

export function createTrayActions(
  ctx: AppContext,
  windows: WindowManager,
  loginItem: LoginItem,
): TrayActions {
  return {
    openHistory: () => void windows.open('history'),
    sendNow: () => void ctx.engine.rescan(),
    // Each practice paused for the same time, through the service: kept across a restart and
    // ended by itself, like the history window's per-practice pause.
    pause: (length) => {
      for (const { practice } of ctx.inboxes()) void ctx.service.pausePractice({ practice, length });
    },
    resume: () => ctx.engine.resume(),
    inboxes: () => ctx.inboxes(),
    openFolder: (folder) => void shell.openPath(folder),
    openSettings: () => void windows.open('settings'),
    isStartAtLogin: () => loginItem.get(),
    // Through the service so the choice is also saved in the settings.
    setStartAtLogin: (on) => void ctx.service.setStartAtLogin(on),
    quit: () => app.quit(),
  };
}
