// The harness fails a story for an image that does not exist, as a person would see an empty tray
// slot or a blank notification icon: the stand-in records every missing image as a problem, and
// every story ends with `expect(app.state.problems).toEqual([])`. Checked on the stand-in itself,
// loaded as a booted app loads it (no app, no Chromium: about a second): an image made from a
// missing file, a tray drawn with it, a notification showing it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const HERE = path.resolve('test/desktop-e2e/stand-in');
const nativeImport = createRequire(import.meta.url)(path.join(HERE, 'native-import.cjs')) as (
  s: string,
) => Promise<unknown>;

interface StandIn {
  problems: string[];
  module: {
    nativeImage: { createFromPath(p: string): { isEmpty(): boolean } };
    Tray: new (image: unknown) => { setImage(image: unknown): void };
    Notification: new (o: { title: string; body: string; icon?: string }) => { show(): void };
  };
}

describe('a missing image fails the story', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-in-images-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('records a missing tray image and notification icon as problems; existing ones pass', async () => {
    process.env.E2E_STAND_IN = JSON.stringify({ appRoot: path.resolve('.'), userData: root });
    await nativeImport(pathToFileURL(path.join(HERE, 'register.mjs')).href);
    const standIn = (globalThis as unknown as { __electronStandIn: StandIn }).__electronStandIn;
    const { nativeImage, Tray, Notification } = standIn.module;

    const present = path.resolve('assets/tray/tray-ok-light.png');
    const tray = new Tray(nativeImage.createFromPath(present));
    new Notification({ title: 't', body: 'b', icon: path.resolve('assets/icon.png') }).show();
    expect(standIn.problems).toEqual([]);

    const gone = path.join(root, 'assets', 'tray', 'tray-error-light.png');
    const image = nativeImage.createFromPath(gone);
    expect(image.isEmpty()).toBe(true); // as Electron: an empty image, no exception
    tray.setImage(image);
    new Notification({ title: 't', body: 'b', icon: path.join(root, 'assets', 'icon.png') }).show();
    expect(standIn.problems).toEqual([
      `image does not exist: ${gone}`,
      `notification icon does not exist: ${path.join(root, 'assets', 'icon.png')}`,
    ]);
    // Exactly what every story checks last: it would fail here.
    expect(() => expect(standIn.problems).toEqual([])).toThrow();
  });
});
