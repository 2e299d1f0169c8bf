// The tray's context menu as a template built from the current status. Pure data plus callbacks,
// so a test can check each item and click it without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { EngineStatus } from '../model/status-and-jobs.ts';
import type { PauseLength } from '../engine/practice-pauses.ts';
import { anythingPaused, everythingPaused } from './tray-status.ts';

export interface TrayActions {
  openHistory(): void;
  sendNow(): void;
  /** Pause every practice for an hour, or until tomorrow morning (ends by itself). */
  pause(length: PauseLength): void;
  /** Resume everything: the pauses, and practices stopped by a refused sign-in. */
  resume(): void;
  /** The practices' inbox folders, in settings order. */
  inboxes(): Array<{ practice: string; folder: string }>;
  openFolder(folder: string): void;
  openSettings(): void;
  isStartAtLogin(): boolean;
  setStartAtLogin(on: boolean): void;
  quit(): void;
}

/** One practice: a plain item. Several (an engineer's install): one submenu entry per practice. */
function inboxItem(actions: TrayActions): MenuItemConstructorOptions {
  const inboxes = actions.inboxes();
  if (inboxes.length <= 1) {
    const only = inboxes[0];
    return {
      id: 'inbox',
      label: 'Open inbox folder',
      enabled: only !== undefined,
      click: () => only && actions.openFolder(only.folder),
    };
  }
  return {
    id: 'inbox',
    label: 'Open inbox folder',
    submenu: inboxes.map((i, n) => ({
      id: `inbox-${n}`,
      label: i.practice,
      click: () => actions.openFolder(i.folder),
    })),
  };
}

export function trayMenuTemplate(status: EngineStatus, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { id: 'history', label: 'Open history', click: () => actions.openHistory() },
    // Sending while paused would surprise: resume first.
    { id: 'send-now', label: 'Send now', enabled: !everythingPaused(status), click: () => actions.sendNow() },
    // Only timed pauses: a pause nobody ends would keep today's schedule from patients.
    ...(everythingPaused(status)
      ? []
      : [
          { id: 'pause-hour', label: 'Pause for 1 hour', click: () => actions.pause('hour') },
          { id: 'pause-tomorrow', label: 'Pause until tomorrow', click: () => actions.pause('tomorrow') },
        ]),
    ...(anythingPaused(status)
      ? [{ id: 'resume', label: 'Resume', click: () => actions.resume() }]
      : // A refused sign-in stops one practice without pausing the app: offer to try it again.
        status.problems.some((p) => p.kind === 'credentials')
        ? [{ id: 'resume', label: 'Resume sending', click: () => actions.resume() }]
        : []),
    inboxItem(actions),
    { type: 'separator' },
    { id: 'settings', label: 'Settings…', click: () => actions.openSettings() },
    {
      id: 'start-at-login',
      label: 'Start at login',
      type: 'checkbox',
      checked: actions.isStartAtLogin(),
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { type: 'separator' },
    { id: 'quit', label: 'Quit', click: () => actions.quit() },
  ];
}
