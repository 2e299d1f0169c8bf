// Story 1, booted from the build: first start on a fresh profile. The wizard appears (its page
// exists and renders: the built page path is right), the preload's `window.connector` reaches the
// real IPC handlers, the demo export goes to the built-in sandbox, the tray goes green, and the
// history lists the job with its DataJobId. Then the tray's Open history opens the history window.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();

describe.skipIf(!runs)('first start, from the built bundles', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  beforeAll(async () => {
    app = await bootApp();
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('opens the set-up wizard on its built page, with the preload connected', async () => {
    expect(app.openWindows()).toHaveLength(1);
    const wizard = await app.window('wizard');
    const url = wizard.url();
    expect(url.startsWith('file://')).toBe(true);
    expect(fs.existsSync(new URL(url.split('#')[0]!))).toBe(true);
    await wizard.getByRole('heading', { name: 'Welcome to Appointment Connector' }).waitFor();
    expect(await wizard.evaluate(() => typeof (window as { connector?: unknown }).connector)).toBe('object');
    expect(app.state.problems).toEqual([]);
  });

  it('walks the wizard: the demo export reaches the sandbox, the tray goes green, the DataJobId shows', async () => {
    const wizard = await app.window('wizard');
    await wizard.getByRole('button', { name: 'Start' }).click();
    await wizard.getByRole('button', { name: 'Save and continue' }).click();
    await wizard.getByRole('heading', { name: 'Check a sample export' }).waitFor();
    await wizard.getByRole('button', { name: 'Continue' }).click();
    await wizard.getByRole('button', { name: 'Skip: not needed on the sandbox' }).click();
    await wizard.getByRole('heading', { name: 'All set' }).waitFor();
    await wizard.getByRole('button', { name: 'Open the sending history' }).click();

    const history = await app.window('history');
    const row = history.locator('tr[data-job-id]').first();
    await row.getByText('Processed', { exact: true }).waitFor({ timeout: 30_000 });
    // The list fits the window the app opens (1100×720): nothing to scroll sideways.
    const overflow = await history.evaluate(() => {
      const wrap = document.querySelector('.table-wrap')!;
      return Math.max(
        document.documentElement.scrollWidth - window.innerWidth,
        wrap.scrollWidth - wrap.clientWidth,
      );
    });
    expect(overflow).toBe(0);
    // The file's details show the DataJobId the sandbox gave the document (as it logged it),
    // with a Copy button for the support call.
    await row.click();
    const details = history.getByRole('dialog');
    const shown = (await details.getByTestId('DataJobId').textContent())!.trim();
    await details.getByRole('button', { name: 'Copy DataJobId' }).click();
    await details.getByText(/DataJobId (copied|selected)/).waitFor();
    const accepted = fs
      .readFileSync(path.join(app.dataDir, 'sandbox', 'sandbox-events.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('dataJobId'))
      .map((l) => JSON.parse(l) as { job?: { dataJobId?: string }; dataJobId?: string })
      .map((e) => e.job?.dataJobId ?? e.dataJobId);
    expect(accepted).toHaveLength(1);
    expect(shown).toBe(accepted[0]);
    const settings = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
    expect(settings.firstRunDone).toBe(true);
    // Blue while sending, then green.
    await expect.poll(() => path.basename(app.tray().image)).toBe('tray-ok-light.png');
    expect(app.tray().images.map((i) => path.basename(i))).toContain('tray-working-light.png');
    expect(app.tray().tooltip).toMatch(/All well/);
    // On the sandbox nothing reaches patients, and both the window and the tray say so.
    expect(app.tray().tooltip).toMatch(/TEST MODE: nothing reaches patients/);
    await history
      .getByRole('note')
      .getByText(/TEST MODE/)
      .waitFor();
    expect(await history.getByRole('note').textContent()).toMatch(/nothing reaches patients/);
    // The window at the size the app opens it (1100×720), for a person to look at.
    await history.screenshot({ path: 'test/screenshots/e2e-history-test-mode.png' });
    expect(app.state.problems).toEqual([]);
  });
});
