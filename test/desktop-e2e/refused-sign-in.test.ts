// Story 2, booted from the build: Medfusion refuses the sign-in. The tray turns red with exactly
// one notification; the history window shows the problem first, in red, with *Fix credentials*
// and *Resume*; the waiting file says why it waits (not "Sending…" for ever). New credentials are
// saved and tested, and the practice resumes BY ITSELF: the held file is sent, the tray is green.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, sandboxUrl, until, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLE = path.resolve('test/fixtures/samples/cliniko_appointments.csv');

describe.skipIf(!runs)('a refused sign-in, from the built bundles', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let inbox: string;
  beforeAll(async () => {
    app = await bootApp();
    inbox = await passWizard(app);
    // The demo export of the first start goes out first, on the sandbox's own credentials.
    await until(() => path.basename(app.tray().image) === 'tray-ok-light.png');
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('turns red with one notification and leads the history with Fix credentials', async () => {
    app.tray().clickItem('settings');
    const settings = await app.window('settings');
    await settings.getByLabel(/^Username/).fill('someone-else');
    await settings.getByLabel(/^Password/).fill('not-the-password');
    await settings.getByRole('button', { name: 'Save credentials' }).click();
    await settings.getByText('Credentials: 2 saved.').waitFor();

    // The practice's password changed at Medfusion: its current access token stops working, and
    // the next sign-in uses the (wrong) saved credentials.
    const expired = await fetch(`${await sandboxUrl()}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expireTokens: true }),
    });
    expect(expired.status).toBe(200);
    const before = app.state.notifications.length;
    fs.copyFileSync(SAMPLE, path.join(inbox, '.next.part'));
    fs.renameSync(path.join(inbox, '.next.part'), path.join(inbox, 'cliniko_appointments.csv'));

    await expect
      .poll(() => path.basename(app.tray().image), { timeout: 30_000 })
      .toBe('tray-error-light.png');
    expect(app.tray().tooltip).toMatch(/sign-in refused/i);
    expect(app.state.notifications.length - before).toBe(1);
    // The tray offers Resume although the app itself is not paused.
    expect(
      app
        .tray()
        .items()
        .find((i) => i.id === 'resume')?.label,
    ).toBe('Resume sending');

    app.tray().clickItem('history');
    const history = await app.window('history');
    const banner = history.getByRole('region', { name: 'Connector status' });
    await banner.getByText(/refused the credentials/).waitFor();
    expect(await banner.getAttribute('class')).toContain('tone-bad');
    expect(await banner.locator('.banner-problem').first().textContent()).toMatch(/refused the credentials/);
    await banner.getByRole('button', { name: 'Fix credentials' }).waitFor();
    await banner.getByRole('button', { name: 'Resume' }).waitFor();
    const row = history.locator('tr[data-job-id]', { hasText: 'cliniko_appointments.csv' });
    await row.getByText('Waiting: sign-in refused').waitFor();
    await history.screenshot({ path: 'test/screenshots/e2e-history-sign-in-refused.png' });
    expect(app.state.problems).toEqual([]);
  });

  it('saving and testing good credentials resumes the practice by itself and sends the file', async () => {
    const history = await app.window('history');
    await history.getByRole('button', { name: 'Fix credentials' }).click();
    const settings = await app.window('settings');
    await settings.getByLabel(/^Username/).fill('sandbox-user');
    await settings.getByLabel(/^Password/).fill('sandbox-password');
    await settings.getByRole('button', { name: 'Save credentials' }).click();
    await settings.getByText('Credentials: 2 saved.').waitFor();
    await settings.getByRole('button', { name: 'Test connection' }).click();
    await settings.getByText(/sending for .* goes on/i).waitFor({ timeout: 20_000 });

    const row = history.locator('tr[data-job-id]', { hasText: 'cliniko_appointments.csv' });
    await row.getByText('Processed', { exact: true }).waitFor({ timeout: 30_000 });
    await expect.poll(() => path.basename(app.tray().image), { timeout: 30_000 }).toBe('tray-ok-light.png');
    // The history window's banner follows the tray a moment later (its own status push): polled.
    await expect
      .poll(() => history.getByRole('region', { name: 'Connector status' }).getAttribute('class'), {
        timeout: 10_000,
      })
      .toContain('tone-good');
    expect(app.state.problems).toEqual([]);
  });
});
