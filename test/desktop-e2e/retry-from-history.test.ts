// Story 3, booted from the build: a file fails, is corrected where the connector kept it, is
// retried from the history and goes through. And *Retry* is only offered where it can help: a
// file processed with some rows refused (row errors: they need a corrected export) offers none;
// the button used to answer "only failed jobs can be retried". Appointments Medfusion refused as
// ERROR can be retried (test/engine/engine-outcomes.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard, dropExport } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLES = path.resolve('test/fixtures/samples');

describe.skipIf(!runs)('retry from the history', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let inbox: string;
  const drop = (sample: string) => dropExport(path.join(SAMPLES, sample), inbox);
  beforeAll(async () => {
    app = await bootApp();
    inbox = await passWizard(app);
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('a failed file, corrected and retried, goes through', async () => {
    drop('bad/unbalanced_quote.csv');
    app.tray().clickItem('history');
    const history = await app.window('history');
    const row = history.locator('tr[data-job-id]', { hasText: 'unbalanced_quote.csv' });
    await row.getByText('Failed', { exact: true }).waitFor({ timeout: 30_000 });
    await row.click();
    const details = history.getByRole('dialog');
    await details.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app.state.opened.at(-1) ?? '').toMatch(/failed[\\/].*unbalanced_quote\.csv$/);
    // The person fixes the file where the connector kept it (here: a good export's content).
    fs.copyFileSync(path.join(SAMPLES, 'cliniko_appointments.csv'), app.state.opened.at(-1)!);
    await details.getByRole('button', { name: 'Retry' }).click();
    await history
      .locator('tr[data-job-id]', { hasText: 'unbalanced_quote.csv' })
      .getByText('Processed', { exact: true })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(app.state.problems).toEqual([]);
  });

  it('offers no Retry on a file processed with some rows refused', async () => {
    drop('bad/bad_dates.csv');
    const history = await app.window('history');
    const row = history.locator('tr[data-job-id]', { hasText: 'bad_dates.csv' });
    await row.getByText('Processed, some rows refused').waitFor({ timeout: 30_000 });
    await row.click();
    const details = history.getByRole('dialog');
    await details.getByRole('button', { name: 'Show in folder' }).waitFor();
    expect(await details.getByRole('button', { name: 'Retry' }).count()).toBe(0);
    expect(app.state.problems).toEqual([]);
  });
});
