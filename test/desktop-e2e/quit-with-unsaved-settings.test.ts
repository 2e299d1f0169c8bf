// *Quit* in the tray while the settings window holds unsaved work, booted from the build: the
// person is asked, as when closing the window. "Keep the window open" cancels the quit: the app,
// its window and the typed value stay. "Close without saving" quits, and nothing unsaved is
// written. Electron closes every window before 'will-quit' (the stand-in does the same), so the
// question comes from the page's own beforeunload, not from a copy of it in the tray.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { dropExport, passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLE = path.resolve('test/fixtures/samples/cliniko_appointments.csv');

interface StatusBridge {
  connector: { getStatus(): Promise<{ counts: { sentToday: number } }> };
}

describe.skipIf(!runs)('Quit with unsaved settings', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp | null = null;
  let page: Page;
  let inbox: string;
  const savedNames = (dataDir: string) =>
    JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).practices.map(
      (p: { name: string }) => p.name,
    );

  beforeAll(async () => {
    app = await bootApp();
    inbox = await passWizard(app);
    app.tray().clickItem('settings');
    page = await app.window('settings');
    const form = page.getByRole('form', { name: 'Practice Demo practice' });
    await form.getByLabel('Practice name').fill('Demo practice (edited)');
    await page.locator('main.settings[data-unsaved]').waitFor();
  });
  afterAll(async () => {
    if (app) await app.quit();
  });

  it('asks; "Keep the window open" cancels the quit and keeps the typed value', async () => {
    const booted = app!;
    booted.state.messageBoxAnswers.push(1); // "Keep the window open"
    booted.tray().clickItem('quit');
    await expect.poll(() => booted.state.messageBoxes.length, { timeout: 15_000 }).toBe(1);
    expect(booted.state.messageBoxes[0]).toEqual({
      title: 'Unsaved changes',
      message: 'Some changes in this window are not saved.',
      buttons: ['Close without saving', 'Keep the window open'],
    });
    await expect.poll(() => booted.state.quitting, { timeout: 15_000 }).toBe(false);
    expect(booted.state.exitCode).toBeNull();
    const settings = booted.openWindows().find((w) => w.webContents.getURL().includes('#settings'));
    expect(settings?.isDestroyed()).toBe(false);
    expect(
      await page
        .getByRole('form', { name: 'Practice Demo practice' })
        .getByLabel('Practice name')
        .inputValue(),
    ).toBe('Demo practice (edited)');
    // The engine was not stopped: an export dropped now is still sent.
    dropExport(SAMPLE, inbox);
    const sentToday = () =>
      page.evaluate(
        async () => (await (window as unknown as StatusBridge).connector.getStatus()).counts.sentToday,
      );
    await expect.poll(sentToday, { timeout: 60_000, interval: 500 }).toBeGreaterThan(0);
  });

  it('"Close without saving" quits cleanly and writes nothing unsaved', async () => {
    const booted = app!;
    const dataDir = booted.dataDir;
    booted.state.messageBoxAnswers.push(0); // "Close without saving"
    booted.tray().clickItem('quit');
    expect(await booted.state.ended).toBe(0);
    expect(booted.state.messageBoxes).toHaveLength(2);
    expect(booted.state.problems).toEqual([]);
    expect(savedNames(dataDir)).toEqual(['Demo practice']);
    app = null;
    await booted.quit(); // already ended: closes the browser and removes the temporary folder
  });
});
