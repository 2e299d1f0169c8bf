// Booted from the build: the settings window saves and shows the same values when opened again
// (and they are in settings.json); a second start of the app opens the existing window instead
// of a second app; the real sender check refuses a page that is not ours even inside our window;
// the page's Content-Security-Policy is enforced.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { RENDERER_PAGE } from '../../main/desktop/build-layout.ts';
import { passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();

describe.skipIf(!runs)('settings and windows, from the built bundles', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  beforeAll(async () => {
    app = await bootApp();
    // Finish the first run through the wizard's own bridge, then close the wizard.
    await passWizard(app);
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('saves the settings and shows the same values when the window is opened again', async () => {
    app.tray().clickItem('settings');
    let page = await app.window('settings');
    const form = page.getByRole('form', { name: /^Practice / });
    await form.getByLabel('Practice name').fill('Main Street Clinic');
    await form.getByLabel('Time zone of the times in the exports').selectOption('America/Chicago');
    await form.getByLabel(/The folder is on a network share/).check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('form', { name: 'Practice Main Street Clinic' }).waitFor();
    // One save model: the card's own Save keeps both of its fields.
    await page.getByLabel('Keep history and sent files for').fill('45');
    await page.getByLabel('Start the connector when I sign in to this computer').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('.general [role=status]').textContent()).not.toBe('');
    // Saved: nothing on the page is unsaved, so closing does not ask.
    await page.locator('main.settings:not([data-unsaved])').waitFor();

    const win = app.openWindows().find((w) => w.webContents.getURL().includes('#settings'))!;
    win.close();
    // Closing is asynchronous, as in Electron (the page's beforeunload runs first).
    await expect.poll(() => win.isDestroyed(), { timeout: 15_000 }).toBe(true);
    app.tray().clickItem('settings');
    page = await app.window('settings');
    const again = page.getByRole('form', { name: 'Practice Main Street Clinic' });
    expect(await again.getByLabel('Practice name').inputValue()).toBe('Main Street Clinic');
    expect(await again.getByLabel('Time zone of the times in the exports').inputValue()).toBe(
      'America/Chicago',
    );
    expect(await again.getByLabel(/The folder is on a network share/).isChecked()).toBe(true);
    expect(await page.getByLabel('Keep history and sent files for').inputValue()).toBe('45');
    expect(await page.getByLabel('Start the connector when I sign in to this computer').isChecked()).toBe(
      true,
    );

    const saved = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
    expect(saved.practices[0]).toMatchObject({
      name: 'Main Street Clinic',
      timeZone: 'America/Chicago',
      polling: true,
    });
    expect(saved.retentionDays).toBe(45);
    expect(fs.existsSync(path.join(process.env.XDG_CONFIG_HOME!, 'autostart'))).toBe(true);
    expect(
      app
        .tray()
        .items()
        .find((i) => i.id === 'start-at-login')?.checked,
    ).toBe(true);
    expect(app.state.problems).toEqual([]);
  });

  it('Add practice can be cancelled: nothing is added, the practice shown before comes back', async () => {
    app.tray().clickItem('settings');
    const page = await app.window('settings');
    await page.getByRole('button', { name: '+ Add practice' }).click();
    await page.getByRole('form', { name: 'New practice' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('form', { name: 'Practice Main Street Clinic' }).waitFor();
    expect(await page.getByRole('form', { name: 'New practice' }).count()).toBe(0);
    const saved = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
    expect(saved.practices).toHaveLength(1);
  });

  it('a second start opens the history window of the running app and ends itself', async () => {
    const before = app.openWindows().length;
    expect(await app.startSecondInstance()).toBe(0);
    await app.window('history');
    expect(app.openWindows().length).toBe(before + 1);
    expect(app.state.trays).toHaveLength(1);
  });

  it('refuses bridge calls from a page that is not ours, even inside our window', async () => {
    const history = app.openWindows().find((w) => w.webContents.getURL().includes('#history'))!;
    const page = await history.ready;
    expect(
      await page.evaluate(() =>
        (window as unknown as { connector: { listJobs(a: object): Promise<unknown[]> } }).connector
          .listJobs({})
          .then((j) => Array.isArray(j)),
      ),
    ).toBe(true);
    // The same page, copied elsewhere: the preload runs (as Electron's would) but main refuses it.
    const copy = path.join(app.root, 'elsewhere');
    fs.cpSync(path.resolve('dist'), path.join(copy, 'dist'), { recursive: true });
    const foreign = `${pathToFileURL(path.join(copy, RENDERER_PAGE)).href}#history`;
    await (history as unknown as { loadURL(u: string): Promise<void> }).loadURL(foreign);
    const refused = await page.evaluate(() =>
      (window as unknown as { connector: { listJobs(a: object): Promise<unknown> } }).connector
        .listJobs({})
        .then(
          () => 'answered',
          (e: Error) => e.message,
        ),
    );
    expect(refused).toBe(
      "Error invoking remote method 'connector:listJobs': Error: Refused: this request did not come from an Appointment Connector window.",
    );
    app.state.problems.length = 0; // the page shows that refusal as its own error
    history.close();
    // Closing is asynchronous, as in Electron: the next test opens a new history window.
    await expect.poll(() => history.isDestroyed(), { timeout: 15_000 }).toBe(true);
  });

  it('enforces the page’s Content-Security-Policy: an injected inline script does not run', async () => {
    app.tray().clickItem('history');
    const page = await app.window('history');
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return w.injected === true;
    });
    expect(ran).toBe(false);
    expect(app.state.problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
    app.state.problems.length = 0;
  });
});
