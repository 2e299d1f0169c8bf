// One walk through every window of the booted app with axe-core at each state a person sees:
// the wizard's steps, the history (a sent file, a failed file, a file with rows refused, a file
// held for review, the details panel open), the settings, and the settings opened to review a
// held file. Shared by the light and the dark test files (one booted app per file, and the
// system theme is fixed when the app boots).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const SAMPLES = path.resolve('test/fixtures/samples');
const HELD = path.resolve('test/renderer/fixtures/held_export.csv');

export function describeAccessibilityTour(theme: 'light' | 'dark'): void {
  const runs = hasChromium() && hasSecretService();
  describe.skipIf(!runs)(`accessibility of every window (${theme})`, { timeout: E2E_TIMEOUT }, () => {
    let app: BootedApp;
    beforeAll(async () => {
      app = await bootApp({ dark: theme === 'dark' });
    });
    afterAll(async () => {
      if (app) expect(await app.quit()).toBe(0);
    });
    const check = async (page: Page, where: string) => {
      expect.soft({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
    };

    it('the wizard, step by step', async () => {
      const wizard = await app.window('wizard');
      await wizard.getByRole('heading', { name: 'Welcome to Appointment Connector' }).waitFor();
      await check(wizard, 'wizard: welcome');
      await wizard.getByRole('button', { name: 'Start' }).click();
      await wizard.getByRole('button', { name: 'Save and continue' }).waitFor();
      await check(wizard, 'wizard: practice');
      await wizard.getByRole('button', { name: 'Save and continue' }).click();
      await wizard.getByRole('heading', { name: 'Check a sample export' }).waitFor();
      await wizard.getByRole('button', { name: 'Continue' }).waitFor();
      await check(wizard, 'wizard: sample export');
      await wizard.getByRole('button', { name: 'Continue' }).click();
      await wizard.getByRole('button', { name: 'Skip: not needed on the sandbox' }).waitFor();
      await check(wizard, 'wizard: credentials');
      await wizard.getByRole('button', { name: 'Skip: not needed on the sandbox' }).click();
      await wizard.getByRole('heading', { name: 'All set' }).waitFor();
      await check(wizard, 'wizard: all set');
      await wizard.getByRole('button', { name: 'Open the sending history' }).click();
      expect(app.state.problems).toEqual([]);
    });

    it('the history, with sent, failed, partly refused and held files, and the details open', async () => {
      const history = await app.window('history');
      const inbox = await history.evaluate(
        async () =>
          (
            await (
              window as unknown as {
                connector: { getSettings(): Promise<{ practices: Array<{ inbox: string }> }> };
              }
            ).connector.getSettings()
          ).practices[0]!.inbox,
      );
      for (const file of [
        path.join(SAMPLES, 'bad/unbalanced_quote.csv'),
        path.join(SAMPLES, 'bad/bad_dates.csv'),
        HELD,
      ]) {
        const name = path.basename(file);
        fs.copyFileSync(file, path.join(inbox, `.${name}.part`));
        fs.renameSync(path.join(inbox, `.${name}.part`), path.join(inbox, name));
      }
      const row = (name: string) => history.locator('tr[data-job-id]', { hasText: name });
      await row('unbalanced_quote.csv').getByText('Failed', { exact: true }).waitFor({ timeout: 30_000 });
      await row('bad_dates.csv').getByText('Processed, some rows refused').waitFor({ timeout: 30_000 });
      await row('held_export.csv').waitFor({ timeout: 30_000 });
      await check(history, 'history: list');
      await row('bad_dates.csv').click();
      await history.getByRole('dialog').getByRole('button', { name: 'Show in folder' }).waitFor();
      await check(history, 'history: details of a partly refused file');
      // In a window narrower than ~900 px the details lie over the list: close them first.
      await history.keyboard.press('Escape');
      await history.getByRole('dialog').waitFor({ state: 'detached' });
      await row('held_export.csv').click();
      const review = history.getByRole('dialog').getByRole('button', { name: 'Review' });
      await review.waitFor({ timeout: 30_000 });
      await check(history, 'history: details of a held file');
      await history.screenshot({ path: `test/screenshots/e2e-history-held-${theme}.png` });
      await review.click();
      const settings = await app.window('settings');
      await settings.getByRole('form', { name: /^Practice / }).waitFor();
      await settings.locator('.preview-slot').getByRole('button').first().waitFor({ timeout: 30_000 });
      await check(settings, 'settings: reviewing a held file');
      expect(app.state.problems).toEqual([]);
    });

    it('the settings', async () => {
      for (const w of app.openWindows()) if (w.webContents.getURL().includes('#settings')) w.close();
      await expect
        .poll(() => app.openWindows().filter((w) => w.webContents.getURL().includes('#settings')).length)
        .toBe(0);
      app.tray().clickItem('settings');
      const settings = await app.window('settings');
      await settings.getByRole('form', { name: /^Practice / }).waitFor();
      await check(settings, 'settings');
      await settings.getByRole('button', { name: '+ Add practice' }).click();
      await check(settings, 'settings: adding a practice');
      expect(app.state.problems).toEqual([]);
    });
  });
}
