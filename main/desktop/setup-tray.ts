// The tray icon. It subscribes to the engine's status events and redraws itself (icon, tooltip,
// menu); nothing else in the app calls it. The icon variant follows the OS theme: light glyphs on
// a dark taskbar, dark glyphs on a light one.
import { Menu, Tray, nativeImage, nativeTheme } from 'electron';
import path from 'node:path';
import type { EngineStatus } from '../model/status-and-jobs.ts';
import type { EngineControl } from '../app-service/service-deps.ts';
import { trayMenuTemplate, type TrayActions } from './tray-menu.ts';
import { trayLookOf, trayTooltip, type TrayLook } from './tray-status.ts';

export function trayIconPath(assetsDir: string, look: TrayLook, darkTheme: boolean): string {
  return path.join(assetsDir, 'tray', `tray-${look}-${darkTheme ? 'dark' : 'light'}.png`);
}

export interface TrayHandle {
  tray: Tray;
  /** Redraw now: for a change the engine does not announce (the "Start at login" tick). */
  refresh(): void;
  dispose(): void;
}

export function setupTray(
  engine: Pick<EngineControl, 'getStatus' | 'onStatus'>,
  actions: TrayActions,
  opts: { assetsDir: string; now?: () => Date; testMode?: () => boolean },
): TrayHandle {
  const now = opts.now ?? (() => new Date());
  let status: EngineStatus = engine.getStatus();
  const image = () =>
    nativeImage.createFromPath(
      trayIconPath(opts.assetsDir, trayLookOf(status), nativeTheme.shouldUseDarkColors),
    );
  const tray = new Tray(image());

  const render = () => {
    tray.setImage(image());
    tray.setToolTip(trayTooltip(status, now(), opts.testMode?.() ?? false));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(status, actions)));
  };
  render();
  // Windows and most Linux trays: a left click is the quickest way to the history.
  tray.on('click', () => actions.openHistory());

  const unsubscribe = engine.onStatus((next) => {
    status = next;
    render();
  });
  const onTheme = () => render();
  nativeTheme.on('updated', onTheme);

  return {
    tray,
    refresh: render,
    dispose() {
      unsubscribe();
      nativeTheme.removeListener('updated', onTheme);
      tray.destroy();
    },
  };
}
