// The packaged layout booted: `electron-builder --linux dir` packs the build (around a stand-in
// Electron binary: the real one cannot be downloaded here; see test/desktop/check-package.mjs),
// app.asar is extracted, and the first-start story runs from there: package.json's "main" inside
// the package, its own production node_modules (keytar unpacked next to it), the page and preload
// at the paths the package holds, icons from resources/assets (app.isPackaged).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAll } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'packaged-e2e-'));

/** Packs `--linux dir` with a stand-in Electron binary and extracts app.asar; returns the
 *  extracted app folder and the resources folder. About 20-30 s (electron-builder). */
function packAndExtract(): { appRoot: string; resources: string } {
  const dist = path.join(work, 'electron-dist');
  fs.mkdirSync(dist);
  // Carries Electron's fuse sentinel and default wire, so the configured fuses can be flipped.
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in electron\n# '),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, 8]),
    Buffer.from('10110001\n'),
  ]);
  fs.writeFileSync(path.join(dist, 'electron'), binary, { mode: 0o755 });
  const out = path.join(work, 'release');
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      `--config.electronDist=${dist}`,
      `--config.directories.output=${out}`,
      '--config.npmRebuild=false', // keytar stays built for this Node (the stand-in runs on it)
    ],
    { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  const resources = path.join(out, 'linux-unpacked', 'resources');
  const appRoot = path.join(work, 'app');
  extractAll(path.join(resources, 'app.asar'), appRoot); // unpacked files (keytar.node) included
  return { appRoot, resources };
}

describe.skipIf(!runs)('the packaged layout, booted', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let appRoot: string;
  beforeAll(async () => {
    const packed = packAndExtract();
    appRoot = packed.appRoot;
    app = await bootApp({ appRoot, resourcesPath: packed.resources });
  }, 180_000);
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('opens the wizard from inside the package, sends the demo export, the tray goes green', async () => {
    const wizard = await app.window('wizard');
    expect(wizard.url().startsWith(`file://${appRoot}/`)).toBe(true);
    await wizard.getByRole('heading', { name: 'Welcome to Appointment Connector' }).waitFor();
    await expect.poll(() => path.basename(app.tray().image), { timeout: 30_000 }).toBe('tray-ok-light.png');
    expect(app.tray().image.startsWith(path.join(work, 'release'))).toBe(true);
    app.tray().clickItem('history');
    const history = await app.window('history');
    await history.locator('tr[data-job-id]').first().getByText('Processed', { exact: true }).waitFor();
    expect(app.state.problems).toEqual([]);
  });
});
