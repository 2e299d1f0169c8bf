// The whole main process started under the fake electron, on the real engine, job store, settings
// file and built-in sandbox in a temp data folder: first run opens only the wizard window, the
// demo export goes through, the tray turns and the window hears about it, IPC answers our window,
// and Quit closes everything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FakeBrowserWindow,
  FakeTray,
  FakeWebContents,
  fake,
  resetFakeElectron,
} from '../support/fake-electron.ts';
import { randomUUID } from 'node:crypto';
import { MemoryCredentialStore, secretKey } from '../../main/credentials/credential-store.ts';
import { KeytarCredentialStore } from '../../main/credentials/keytar-store.ts';
import type { SettingsView } from '../../preload/ipc-contract.ts';
import type { JobSummary } from '../../main/model/status-and-jobs.ts';
import { hasSecretService } from '../support/system-components.ts';

const { startDesktopApp } = await import('../../main/desktop/desktop-app.ts');
type Started = NonNullable<Awaited<ReturnType<typeof startDesktopApp>>>;

async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}: ${JSON.stringify(v)} ${JSON.stringify(started?.ctx.engine.getStatus())}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const secretService = hasSecretService();

let started: Started | null = null;
let dataDir = '';
afterEach(async () => {
  await started?.ctx.close();
  started = null;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

function paths() {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'desktop-'));
  return {
    dataDir,
    preload: path.resolve('dist-electron/preload.cjs'),
    assetsDir: path.resolve('assets'),
    appIcon: path.resolve('assets/icon.png'),
    pages: { indexHtml: path.resolve('dist/renderer/index.html') },
  };
}

describe('desktop app under the fake electron', () => {
  it('first run: wizard only, demo export sent to the sandbox, tray and window follow, Quit closes', async () => {
    resetFakeElectron();
    const p = paths();
    // No settings file yet: the app writes the defaults (demo practice on the sandbox, demo inbox).
    // The OS keychain when this run has one (npm test starts a Secret Service), else in memory.
    const credentials = secretService
      ? new KeytarCredentialStore(`appt-connector-test-${randomUUID()}`)
      : new MemoryCredentialStore();
    started = await startDesktopApp({ paths: p, credentials });
    expect(started).not.toBeNull();
    expect(fake.errorBoxes).toEqual([]);

    // Only the wizard window, secure, on our page.
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const wizard = FakeBrowserWindow.created[0]!;
    expect(wizard.webContents.url).toBe(`${pathToFileURL(p.pages.indexHtml).href}#wizard`);
    expect(wizard.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });

    // IPC: our wizard is answered; a stranger is refused.
    const view = (await fake.ipcMain.invoke(
      'connector:getSettings',
      wizard.webContents,
      wizard.webContents.url,
    )) as SettingsView;
    expect(view.firstRun).toBe(true);
    expect(view.practices[0]!.environment).toBe('sandbox');
    await expect(
      fake.ipcMain.invoke('connector:getSettings', new FakeWebContents(), wizard.webContents.url),
    ).rejects.toThrow(/Refused/);

    // A secret typed into the wizard goes through IPC into the keychain, and nowhere on disk.
    const password = `pw-${randomUUID()}`;
    const saved = await fake.ipcMain.invoke(
      'connector:setSecrets',
      wizard.webContents,
      wizard.webContents.url,
      {
        credentialKey: view.practices[0]!.credentialKey,
        values: { username: 'frontdesk', password },
      },
    );
    expect(saved).toMatchObject({ ok: true });
    expect(await credentials.get(secretKey(view.practices[0]!.credentialKey, 'password'))).toBe(password);
    expect(fs.readFileSync(path.join(p.dataDir, 'settings.json'), 'utf8')).not.toContain(password);
    const after = (await fake.ipcMain.invoke(
      'connector:getSettings',
      wizard.webContents,
      wizard.webContents.url,
    )) as SettingsView;
    expect(after.practices[0]!.secretsSet.password).toBe(true);
    expect(JSON.stringify(after)).not.toContain(password);
    // The sandbox checks credentials: put its own back so the demo goes through.
    await credentials.delete(secretKey(view.practices[0]!.credentialKey, 'password'));
    await credentials.delete(secretKey(view.practices[0]!.credentialKey, 'username'));

    // The demo export is picked up and sent; the history shows it and the window was told.
    const jobs = await until('the demo job to be processed', async () => {
      const list = (await fake.ipcMain.invoke(
        'connector:listJobs',
        wizard.webContents,
        wizard.webContents.url,
        {},
      )) as JobSummary[];
      return list.length > 0 && ['processed', 'tracked', 'accepted'].includes(list[0]!.state)
        ? list
        : undefined;
    });
    expect(jobs[0]!.file).toBe('demo-schedule.csv');
    expect(jobs[0]!.counts.sent).toBe(3);
    expect(wizard.webContents.sent.some((m) => m.channel === 'jobs:changed')).toBe(true);
    expect(wizard.webContents.sent.some((m) => m.channel === 'status:changed')).toBe(true);

    const tray = FakeTray.created[0]!;
    await until(
      'the tray to show all well',
      () =>
        tray.images.at(-1)?.endsWith('tray-ok-light.png') &&
        tray.tooltip.includes('3 appointments sent today'),
    );
    expect(tray.images.some((i) => i.endsWith('tray-working-light.png'))).toBe(true);

    // Tray: Open history opens a second window; asking again focuses it instead of a third.
    tray.clickItem('history');
    tray.clickItem('history');
    expect(FakeBrowserWindow.created).toHaveLength(2);
    expect(FakeBrowserWindow.created[1]!.focused).toBe(1);

    // Once the wizard is finished, starting the app again shows the history, not the wizard.
    await fake.ipcMain.invoke('connector:finishFirstRun', wizard.webContents, wizard.webContents.url);
    fake.app.emit('second-instance');
    expect(FakeBrowserWindow.created).toHaveLength(2);
    expect(FakeBrowserWindow.created[1]!.focused).toBe(2);

    // Quit: Electron closes the windows (each may ask about unsaved work), then 'will-quit': the
    // app holds the exit until the engine and sandbox are stopped, then exits.
    tray.clickItem('quit');
    expect(fake.app.quitCalls).toBe(1);
    for (const w of FakeBrowserWindow.created) w.close();
    let prevented = false;
    fake.app.emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until('the app to exit', () => fake.app.quitCalls === 2);
    started = null; // closed by Quit
  });

  it('a second start of a set-up app opens no window', async () => {
    resetFakeElectron();
    const p = paths();
    fs.writeFileSync(
      path.join(p.dataDir, 'settings.json'),
      JSON.stringify({
        version: 1,
        practices: [],
        retentionDays: 0,
        stabilityMs: 1000,
        batchSize: 50,
        firstRunDone: true,
      }),
    );
    started = await startDesktopApp({ paths: p, credentials: new MemoryCredentialStore() });
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(FakeTray.created).toHaveLength(1);
    // A second copy of the app asks the first to show itself.
    fake.app.emit('second-instance');
    expect(FakeBrowserWindow.created[0]!.webContents.url).toMatch(/#history$/);
  });

  it('a broken settings file: a clear error box, no stack trace, exit 1', async () => {
    resetFakeElectron();
    const p = paths();
    fs.writeFileSync(path.join(p.dataDir, 'settings.json'), '{ "version": 1, "practices": [ }');
    expect(await startDesktopApp({ paths: p, credentials: new MemoryCredentialStore() })).toBeNull();
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]!.content).toMatch(/settings\.json.*not valid JSON/s);
    expect(fake.errorBoxes[0]!.content).not.toMatch(/\n\s+at /);
  });
});
