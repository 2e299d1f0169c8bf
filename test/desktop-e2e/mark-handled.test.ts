// "Amber for ever" (issue 11), booted from the build: a file fails and a file has rows refused;
// the tray is amber. Each is marked as handled from the history's details: the rows stay, read
// "… · handled", and the tray goes back to green once both are handled. The handled time is in
// the job journal (so a restart keeps it: test/engine/mark-handled.test.ts restarts the engine).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard, dropExport } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLES = path.resolve('test/fixtures/samples');

interface Bridge {
  connector: {
    getJob(id: string): Promise<{ handledAt?: string } | null>;
  };
}

describe.skipIf(!runs)('mark as handled', { timeout: E2E_TIMEOUT }, () => {
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

  it('a failed file and a partly refused one, marked as handled, turn the tray green again', async () => {
    drop('bad/unbalanced_quote.csv');
    drop('bad/bad_dates.csv');
    app.tray().clickItem('history');
    const history = await app.window('history');
    const row = (name: string) => history.locator('tr[data-job-id]', { hasText: name });
    await row('unbalanced_quote.csv').getByText('Failed', { exact: true }).waitFor({ timeout: 30_000 });
    await row('bad_dates.csv').getByText('Processed, some rows refused').waitFor({ timeout: 30_000 });
    await expect.poll(() => path.basename(app.tray().image)).toBe('tray-attention-light.png');

    await row('unbalanced_quote.csv').click();
    const details = history.getByRole('dialog');
    await details.getByRole('button', { name: 'Mark as handled' }).click();
    await details.getByText('unbalanced_quote.csv is marked as handled.').waitFor();
    await row('unbalanced_quote.csv').getByText('Failed · handled').waitFor();
    await details.getByText(/^Marked as handled /).waitFor();
    expect(await details.getByRole('button', { name: 'Mark as handled' }).count()).toBe(0);
    // One still needs a person: still amber.
    expect(path.basename(app.tray().image)).toBe('tray-attention-light.png');

    await row('bad_dates.csv').click();
    await details.getByRole('button', { name: 'Mark as handled' }).click();
    await row('bad_dates.csv').getByText('Processed, some rows refused · handled').waitFor();
    await expect.poll(() => path.basename(app.tray().image)).toBe('tray-ok-light.png');
    expect(app.tray().tooltip).not.toMatch(/could not be sent|attention/i);

    // In the journal, with a time: what a restart reads again.
    const id = await row('unbalanced_quote.csv').getAttribute('data-job-id');
    const stored = await history.evaluate(
      (jobId) => (window as unknown as Bridge).connector.getJob(jobId),
      id!,
    );
    expect(Number.isNaN(Date.parse(stored?.handledAt ?? ''))).toBe(false);
    expect(await axeViolations(history)).toEqual([]);
    await history.screenshot({ path: 'test/screenshots/e2e-history-handled.png' });
    expect(app.state.problems).toEqual([]);
  });
});
