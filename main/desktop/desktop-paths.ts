// Where the desktop app finds its files. Packaged: the app inside resources/app.asar, icons in
// resources/assets (outside the asar, because notification daemons need real files). Development
// (`npm start`): the project folder. Data (settings, history, logs) is the same folder the command
// line uses ($APPT_DATA_DIR or ~/.appt-connector), so both see the same practices and history.
import { app } from 'electron';
import path from 'node:path';
import { defaultDataDir } from '../engine/settings/index.ts';
import { PRELOAD, RENDERER_PAGE } from './build-layout.ts';
import type { TrustedPages } from './sender-check.ts';

export interface DesktopPaths {
  dataDir: string;
  preload: string;
  assetsDir: string;
  appIcon: string;
  pages: TrustedPages;
}

/** The build's files under an app root (build-layout.ts says where the build writes them). */
export function builtFiles(appRoot: string): { preload: string; indexHtml: string } {
  return { preload: path.join(appRoot, PRELOAD), indexHtml: path.join(appRoot, RENDERER_PAGE) };
}

export function desktopPaths(): DesktopPaths {
  const appRoot = app.getAppPath();
  const built = builtFiles(appRoot);
  const assetsDir = app.isPackaged
    ? path.join(process.resourcesPath, 'assets')
    : path.join(appRoot, 'assets');
  // Only an unpackaged app may load from a dev server: a packaged one ignores the variable.
  const devOrigin = !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined;
  return {
    dataDir: defaultDataDir(),
    preload: built.preload,
    assetsDir,
    appIcon: path.join(assetsDir, 'icon.png'),
    pages: {
      indexHtml: built.indexHtml,
      ...(devOrigin ? { devOrigin } : {}),
    },
  };
}
