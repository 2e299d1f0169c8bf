// Where the desktop app finds its files. Packaged: the app inside resources/app.asar, icons in
// resources/assets (outside the asar, because notification daemons need real files). Development
// (`npm start`): the project folder. Data (settings, history, logs) is the same folder the command
// line uses ($APPT_DATA_DIR or ~/.appt-connector), so both see the same practices and history.
import { app } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../engine/settings/index.ts';
import type { TrustedPages } from './sender-check.ts';

export interface DesktopPaths {
  dataDir: string;
  preload: string;
  assetsDir: string;
  appIcon: string;
  pages: TrustedPages;
}

/** Vite writes the page under its input's folder (dist/renderer/renderer/index.html with the
 *  current config); accept the flat layout too so a config change cannot strand the app. */
export function rendererIndex(appRoot: string): string {
  const candidates = ['dist/renderer/renderer/index.html', 'dist/renderer/index.html'].map((p) =>
    path.join(appRoot, p),
  );
  return candidates.find((p) => fs.existsSync(p)) ?? candidates[0]!;
}

export function desktopPaths(): DesktopPaths {
  const appRoot = app.getAppPath();
  const assetsDir = app.isPackaged
    ? path.join(process.resourcesPath, 'assets')
    : path.join(appRoot, 'assets');
  // Only an unpackaged app may load from a dev server: a packaged one ignores the variable.
  const devOrigin = !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined;
  return {
    dataDir: defaultDataDir(),
    preload: path.join(appRoot, 'dist-electron', 'preload.cjs'),
    assetsDir,
    appIcon: path.join(assetsDir, 'icon.png'),
    pages: {
      indexHtml: path.join(appRoot, 'dist', 'renderer', 'index.html'),
      ...(devOrigin ? { devOrigin } : {}),
    },
  };
}
