// The harness fails a story for an image that does not exist, as a person would see a blank
// window icon or an empty tray slot: the packaged layout booted with resources/assets missing the
// app icon (the windows' and notifications' icon). The stand-in records the missing file as a
// problem, and every story ends with `expect(app.state.problems).toEqual([])`, so it would fail.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { packagedLayout } from './packaged-build.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();

describe.skipIf(!runs)('a missing image fails the story', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let resources: string;
  beforeAll(async () => {
    const packed = await packagedLayout();
    // The installed app's resources, with the app icon gone.
    resources = fs.mkdtempSync(path.join(os.tmpdir(), 'resources-no-icon-'));
    fs.cpSync(path.join(packed.resources, 'assets'), path.join(resources, 'assets'), { recursive: true });
    fs.rmSync(path.join(resources, 'assets', 'icon.png'));
    app = await bootApp({ appRoot: packed.appRoot, resourcesPath: resources });
  }, 180_000);
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
    fs.rmSync(resources, { recursive: true, force: true });
  });

  it('records the missing window icon as a problem', async () => {
    await app.window('wizard');
    const missing = path.join(resources, 'assets', 'icon.png');
    expect(app.state.problems).toContain(`window icon does not exist: ${missing}`);
    // Exactly what every story checks last: it would fail here.
    expect(() => expect(app.state.problems).toEqual([])).toThrow();
  });
});
