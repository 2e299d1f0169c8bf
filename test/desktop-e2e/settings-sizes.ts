// "Fits the real sizes" for the set-up windows, at one display scaling (Chromium's
// deviceScaleFactor; one booted app per test file, so 100 % and 125 % are two files): the wizard
// opens at 820×680 and the settings at 900×720 (main/desktop/windows.ts), and at those sizes and at
// the windows' minimum size (640×480) every Save / Continue button a step needs is reachable, with
// no sideways scroll bar. The states are the ones that grow the pages: a sample with corrections
// and questions, the unsaved-corrections warning, a held file under review. Screenshots per scale.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { expectNoSidewaysScroll, expectReachable } from './reachable.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const SAMPLE = path.resolve('test/renderer/fixtures/frontdesk_export.csv');
const HELD = path.resolve('test/renderer/fixtures/held_export.csv');
const MINIMUM = { width: 640, height: 480 }; // minWidth / minHeight of every window

/** At the window's own size and at the minimum size: each button reachable, nothing sideways. */
async function checkFits(page: Page, buttons: string[], where: string): Promise<void> {
  const own = page.viewportSize()!;
  for (const size of [own, MINIMUM]) {
    await page.setViewportSize(size);
    const at = `${where} at ${size.width}×${size.height}`;
    await expectNoSidewaysScroll(page, at);
    for (const name of buttons)
      await expectReachable(page, page.getByRole('button', { name, exact: true }), `${at}: ${name}`);
  }
  await page.setViewportSize(own);
}

export function describeSettingsSizes(scale: 1 | 1.25): void {
  const runs = hasChromium() && hasSecretService();
  const pct = `${Math.round(scale * 100)}`;
  describe.skipIf(!runs)(`the set-up windows fit at ${pct} %`, { timeout: E2E_TIMEOUT }, () => {
    let app: BootedApp;
    beforeAll(async () => {
      app = await bootApp({ scale });
    });
    afterAll(async () => {
      if (app) expect(await app.quit()).toBe(0);
    });
    const noAxeViolations = async (page: Page, where: string) =>
      expect.soft({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });

    it('the wizard (820×680): Continue and the unsaved-corrections choice are reachable', async () => {
      const wizard = await app.window('wizard');
      expect(wizard.viewportSize()).toEqual({ width: 820, height: 680 });
      expect(await wizard.evaluate(() => window.devicePixelRatio)).toBe(scale);
      await wizard.getByRole('button', { name: 'Start' }).click();
      await checkFits(wizard, ['Save and continue', 'Back'], 'wizard: folder');
      await wizard.getByRole('button', { name: 'Save and continue' }).click();
      await wizard.getByRole('heading', { name: 'Check a sample export' }).waitFor();
      app.state.dialogAnswers.push({ canceled: false, filePaths: [SAMPLE] });
      await wizard.getByRole('button', { name: 'Choose a sample export…' }).click();
      await wizard.getByLabel('Add another appointment detail').selectOption({ label: 'Patient id' });
      await wizard.getByLabel('Column for Patient id').selectOption('Account');
      await checkFits(wizard, ['Continue', 'Back'], 'wizard: sample with a correction');
      await wizard.screenshot({ path: `test/screenshots/e2e-wizard-sample-${pct}.png` });
      await wizard.getByRole('button', { name: 'Continue' }).click();
      await wizard.getByRole('button', { name: 'Save them and continue' }).waitFor();
      await checkFits(
        wizard,
        ['Save them and continue', 'Continue without them'],
        'wizard: unsaved corrections warning',
      );
      await noAxeViolations(wizard, `wizard: unsaved corrections warning at ${pct} %`);
      await wizard.getByRole('button', { name: 'Save them and continue' }).click();
      await wizard.getByRole('heading', { name: 'Medfusion credentials' }).waitFor();
      await wizard.getByRole('button', { name: 'Skip: not needed on the sandbox' }).click();
      await wizard.getByRole('heading', { name: 'All set' }).waitFor();
      expect(app.state.problems).toEqual([]);
    });

    it('the settings (900×720): every Save button is reachable with a sample loaded', async () => {
      app.tray().clickItem('settings');
      const page = await app.window('settings');
      expect(page.viewportSize()).toEqual({ width: 900, height: 720 });
      await page.getByRole('form', { name: /^Practice / }).waitFor();
      app.state.dialogAnswers.push({ canceled: false, filePaths: [SAMPLE] });
      await page.getByRole('button', { name: 'Choose a sample export…' }).click();
      await page.getByRole('table', { name: /First appointments/ }).waitFor();
      await checkFits(
        page,
        ['Save changes', 'Save credentials', 'Save this mapping for Demo practice', 'Save'],
        'settings: sample loaded',
      );
      await page.screenshot({ path: `test/screenshots/e2e-settings-${pct}.png` });
      expect(app.state.problems).toEqual([]);
    });

    it('the settings reviewing a held file: Confirm is reachable', async () => {
      const page = await app.window('settings');
      const inbox = await page.evaluate(
        async () =>
          (
            await (
              window as unknown as {
                connector: { getSettings(): Promise<{ practices: Array<{ inbox: string }> }> };
              }
            ).connector.getSettings()
          ).practices[0]!.inbox,
      );
      fs.copyFileSync(HELD, path.join(inbox, '.held_export.csv.part'));
      fs.renameSync(path.join(inbox, '.held_export.csv.part'), path.join(inbox, 'held_export.csv'));
      app.tray().clickItem('history');
      const history = await app.window('history');
      const row = history.locator('tr[data-job-id]', { hasText: 'held_export.csv' });
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      const review = history.getByRole('dialog').getByRole('button', { name: 'Review' });
      await review.waitFor({ timeout: 30_000 });
      await review.click();
      const settings = await app.window('settings');
      await settings.getByRole('heading', { name: 'Check how a held file is read' }).waitFor();
      await settings
        .getByRole('button', { name: 'Confirm and send held files' })
        .waitFor({ timeout: 30_000 });
      await checkFits(
        settings,
        ['Confirm and send held files', 'Save changes'],
        'settings: held file review',
      );
      await noAxeViolations(settings, `settings: held file review at ${pct} %`);
      await settings.evaluate(() =>
        document.querySelector('.review-intro')?.scrollIntoView({ block: 'start' }),
      );
      await settings.screenshot({ path: `test/screenshots/e2e-settings-review-held-${pct}.png` });
      expect(app.state.problems).toEqual([]);
    });
  });
}
