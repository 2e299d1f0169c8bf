// The per-practice status panel, booted from the build with two practices: the demo practice on
// the built-in sandbox (TEST MODE) and Main Street Clinic on an address of its own (here the same
// sandbox by its loopback URL, so not test mode). The panel shows one line each, the TEST MODE
// badge only on the sandbox one, and the tray tooltip says which practice is in test mode. Main
// Street is paused for 1 h from its line: its export waits in the inbox, untouched, while the
// demo practice's goes; Resume sends it. A third practice shows the panel still fits 1100×720.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_TIMEOUT, bootApp, sandboxUrl, sleep, until, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { SANDBOX_CREDENTIALS, SANDBOX_PRACTICES } from '../../main/credentials/sandbox-credentials.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLE = path.resolve('test/fixtures/samples/cliniko_appointments.csv');
const MAIN = 'Main Street Clinic';

interface Practice {
  name: string;
  inbox: string;
  practiceId: string;
  environment: string;
  mappingProfile: string;
  timeZone: string;
  snapshotMode: boolean;
  polling: boolean;
  credentialKey: string;
}
interface Bridge {
  connector: {
    finishFirstRun(): Promise<unknown>;
    getSettings(): Promise<{ practices: Practice[] }>;
    savePractice(p: Practice): Promise<{ ok: boolean; message?: string }>;
    setSecrets(a: { credentialKey: string; values: Record<string, string> }): Promise<{ ok: boolean }>;
  };
}

function drop(inbox: string, name: string): void {
  fs.copyFileSync(SAMPLE, path.join(inbox, `.${name}.part`));
  fs.renameSync(path.join(inbox, `.${name}.part`), path.join(inbox, name));
}

/** Adds a practice on the sandbox by its address (a custom environment: not test mode). */
async function addPractice(page: Page, p: Practice): Promise<void> {
  // Only the fields a practice form sends (the view also says which secrets are set).
  const practice: Practice = {
    name: p.name,
    inbox: p.inbox,
    practiceId: p.practiceId,
    environment: p.environment,
    mappingProfile: 'auto',
    timeZone: p.timeZone,
    snapshotMode: false,
    polling: false,
    credentialKey: p.credentialKey,
  };
  const saved = await page.evaluate(async (practice) => {
    const c = (window as unknown as Bridge).connector;
    const r = await c.savePractice(practice);
    if (!r.ok) return r;
    return c.setSecrets({
      credentialKey: practice.credentialKey,
      values: {
        appToken: 'sandbox-app-token',
        clientId: 'sandbox-client-id',
        clientSecret: 'sandbox-client-secret',
        username: 'sandbox-user',
        password: 'sandbox-password',
      },
    });
  }, practice);
  expect(saved).toMatchObject({ ok: true });
}

describe.skipIf(!runs)(
  'the per-practice status panel, from the built bundles',
  { timeout: E2E_TIMEOUT },
  () => {
    let app: BootedApp;
    let wizard: Page;
    let demo: Practice;
    let mainInbox: string;
    beforeAll(async () => {
      expect(SANDBOX_CREDENTIALS.username).toBe('sandbox-user'); // the secrets set below
      app = await bootApp();
      wizard = await app.window('wizard');
      demo = await wizard.evaluate(async () => {
        const c = (window as unknown as Bridge).connector;
        await c.finishFirstRun();
        return (await c.getSettings()).practices[0]!;
      });
      // The demo export of the first start goes out first.
      await until(() => path.basename(app.tray().image) === 'tray-ok-light.png');
      mainInbox = path.join(app.root, 'main-street-inbox');
      fs.mkdirSync(mainInbox);
      await addPractice(wizard, {
        ...demo,
        name: MAIN,
        inbox: mainInbox,
        practiceId: SANDBOX_PRACTICES[1]!.practiceId,
        environment: await sandboxUrl(),
        credentialKey: 'main-street',
      });
    });
    afterAll(async () => {
      if (app) expect(await app.quit()).toBe(0);
    });

    it('shows one line per practice, TEST MODE only on the sandbox one, in the window and the tray', async () => {
      app.tray().clickItem('history');
      const history = await app.window('history');
      const panel = history.getByRole('list', { name: 'Practices' });
      const line = (name: string) => panel.getByRole('listitem').filter({ hasText: name });
      await line(MAIN)
        .getByText(/watching the inbox/)
        .waitFor({ timeout: 30_000 });
      expect(await panel.getByRole('listitem').count()).toBe(2);
      expect(await line(demo.name).getByRole('note').textContent()).toBe(
        'TEST MODE — nothing reaches patients',
      );
      expect(await line(MAIN).getByRole('note').count()).toBe(0);
      // The demo inbox may still be sending its next export when the panel opens ("sent, awaiting
      // Medfusion · sending 1 file" in a loaded CI run): wait for its last export to be handled.
      await expect
        .poll(async () => (await line(demo.name).textContent()) ?? '', { timeout: 30_000 })
        .toMatch(/last export .*sent ✓/);
      // Not "nothing reaches patients" for the whole app: Main Street is not on the sandbox.
      await until(() => app.tray().tooltip.includes(`TEST MODE for ${demo.name}: it reaches no patients`));
      expect(app.tray().tooltip).not.toMatch(/TEST MODE: nothing reaches patients/);
      expect(app.state.problems).toEqual([]);
    });

    it('a practice paused for 1 h keeps its export in the inbox while the other sends; Resume sends it', async () => {
      const history = await app.window('history');
      const panel = history.getByRole('list', { name: 'Practices' });
      const line = (name: string) => panel.getByRole('listitem').filter({ hasText: name });
      await line(MAIN).getByRole('button', { name: 'Pause…' }).click();
      await line(MAIN).getByRole('button', { name: 'For 1 hour' }).click();
      await line(MAIN)
        .getByText(/paused until/)
        .waitFor();
      await until(() => /Main Street Clinic paused until/.test(app.tray().tooltip), 'the tray says so');

      drop(mainInbox, 'main-street.csv');
      drop(demo.inbox, 'demo-day.csv');
      const row = (name: string) => history.locator('tr[data-job-id]', { hasText: name });
      await row('demo-day.csv').getByText('Processed', { exact: true }).waitFor({ timeout: 30_000 });
      await line(MAIN)
        .getByText(/1 export waiting in the inbox/)
        .waitFor({ timeout: 20_000 });
      await sleep(1_500);
      // Untouched: still in the inbox, byte for byte, and not in the history.
      expect(fs.readFileSync(path.join(mainInbox, 'main-street.csv'))).toEqual(fs.readFileSync(SAMPLE));
      expect(await row('main-street.csv').count()).toBe(0);

      // The panel as a person sees it, at the size the app opens the history (1100×720).
      expect(history.viewportSize()).toEqual({ width: 1100, height: 720 });
      expect(await axeViolations(history)).toEqual([]);
      await history.screenshot({ path: 'test/screenshots/e2e-status-panel-paused.png' });

      await line(MAIN).getByRole('button', { name: 'Resume' }).click();
      await row('main-street.csv').getByText('Processed', { exact: true }).waitFor({ timeout: 30_000 });
      expect(fs.existsSync(path.join(mainInbox, 'main-street.csv'))).toBe(false);
      await line(MAIN)
        .getByText(/last export .*sent ✓/)
        .waitFor();
      expect(
        await line(MAIN)
          .getByText(/paused/)
          .count(),
      ).toBe(0);
      expect(app.state.problems).toEqual([]);
    });

    it('fits 1100×720 with three practices: the list keeps its room, nothing runs off to the side', async () => {
      const northInbox = path.join(app.root, 'north-inbox');
      fs.mkdirSync(northInbox);
      await addPractice(wizard, {
        ...demo,
        name: 'North Clinic',
        inbox: northInbox,
        environment: (await sandboxUrl()).replace('127.0.0.1', 'localhost'),
        credentialKey: 'north-clinic',
      });
      const history = await app.window('history');
      const panel = history.getByRole('list', { name: 'Practices' });
      await expect.poll(() => panel.getByRole('listitem').count(), { timeout: 30_000 }).toBe(3);
      await panel
        .getByRole('listitem')
        .filter({ hasText: 'North Clinic' })
        .getByText(/watching the inbox/)
        .waitFor({ timeout: 30_000 });
      const layout = await history.evaluate(() => ({
        top: document.querySelector('.history .top')!.getBoundingClientRect().height,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        rows: document.querySelectorAll('tr[data-job-id]').length,
        listTop: document.querySelector('main.content')!.getBoundingClientRect().top,
      }));
      expect(layout.sideways).toBe(0);
      // The header (title, panel, chart) leaves most of the 720 px to the history list.
      expect(layout.top).toBeLessThan(300);
      expect(layout.listTop).toBeLessThan(360);
      expect(await axeViolations(history)).toEqual([]);
      await history.screenshot({ path: 'test/screenshots/e2e-status-panel.png' });
      // Dark mode follows the system: the same panel, readable, no axe finding either.
      await history.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(history)).toEqual([]);
      await history.screenshot({ path: 'test/screenshots/e2e-status-panel-dark.png' });
      await history.emulateMedia({ colorScheme: 'light' });
      expect(app.state.problems).toEqual([]);
    });
  },
);
