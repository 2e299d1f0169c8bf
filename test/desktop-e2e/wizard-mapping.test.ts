// Settings never lose work, in the wizard booted from the build: column corrections made on the
// *Sample export* step are not silently dropped by *Continue*. The step says they are not saved
// and offers to save them; saved, they are the practice's mapping in settings.json.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLE = path.resolve('test/renderer/fixtures/frontdesk_export.csv');

describe.skipIf(!runs)('the wizard keeps column corrections', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  beforeAll(async () => {
    app = await bootApp();
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('warns on Continue with unsaved corrections, and saves them when asked', async () => {
    const wizard = await app.window('wizard');
    await wizard.getByRole('button', { name: 'Start' }).click();
    await wizard.getByRole('button', { name: 'Save and continue' }).click();
    await wizard.getByRole('heading', { name: 'Check a sample export' }).waitFor();
    app.state.dialogAnswers.push({ canceled: false, filePaths: [SAMPLE] });
    await wizard.getByRole('button', { name: 'Choose a sample export…' }).click();
    await wizard.getByLabel('Add another appointment detail').selectOption({ label: 'Patient id' });
    await wizard.getByLabel('Column for Patient id').selectOption('Account');

    await wizard.getByRole('button', { name: 'Continue' }).click();
    // Still on the step, told why, with a way to keep the work.
    await wizard
      .getByRole('alert')
      .getByText(/column changes are not saved/i)
      .waitFor();
    expect(await wizard.getByRole('heading', { level: 1 }).textContent()).toBe('Check a sample export');
    await wizard.getByRole('button', { name: 'Save them and continue' }).click();
    await wizard.getByRole('heading', { name: 'Medfusion credentials' }).waitFor();

    const saved = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
    const profile = saved.practices[0].mappingProfile as string;
    expect(profile).not.toBe('auto');
    expect(fs.readFileSync(profile, 'utf8')).toContain('Account');
    expect(app.state.problems).toEqual([]);
  });

  it('Save changes on the practice after Save this mapping keeps the mapping', async () => {
    app.tray().clickItem('settings');
    const page = await app.window('settings');
    app.state.dialogAnswers.push({ canceled: false, filePaths: [SAMPLE] });
    await page.getByRole('button', { name: 'Choose a sample export…' }).click();
    await page.getByLabel('Column for Patient id').selectOption('Account');
    await page.getByRole('button', { name: /Save this mapping/ }).click();
    await page.getByText(/Saved the column mapping/).waitFor();
    const mapped = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')).practices[0]
      .mappingProfile as string;
    expect(mapped).not.toBe('auto');

    const form = page.getByRole('form', { name: /^Practice / });
    await form.getByLabel('Practice name').fill('Main Street Clinic');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('form', { name: 'Practice Main Street Clinic' }).waitFor();
    const after = JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')).practices[0];
    expect(after.name).toBe('Main Street Clinic');
    expect(after.mappingProfile).toBe(mapped);
    expect(app.state.problems).toEqual([]);
  });
});
