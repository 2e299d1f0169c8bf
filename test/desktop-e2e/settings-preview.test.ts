// The settings window booted from the build, as a practice uses it: the sample preview shows the
// first appointments as staff know them (name, day, time, provider, status) and warns when
// patient ids would be made up; a mapping that makes no sense is refused with words and nothing
// is saved; unsaved work is never lost without a question (switching practice, closing the
// window); a held file under review. axe-core runs on each of those states.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLE = path.resolve('test/renderer/fixtures/frontdesk_export.csv');
const HELD = path.resolve('test/renderer/fixtures/held_export.csv');

describe.skipIf(!runs)('the settings preview and unsaved work', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let page: Page;
  const saved = () => JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8'));
  const settingsWindow = () => app.openWindows().find((w) => w.webContents.getURL().includes('#settings'))!;
  const noAxeViolations = async (where: string) =>
    expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });

  beforeAll(async () => {
    app = await bootApp();
    await passWizard(app);
    app.tray().clickItem('settings');
    page = await app.window('settings');
    await page.getByRole('form', { name: 'Practice Demo practice' }).waitFor();
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('shows the first appointments with names, local day and time, provider and status; warns that patient ids will be made up', async () => {
    app.state.dialogAnswers.push({ canceled: false, filePaths: [SAMPLE] });
    await page.getByRole('button', { name: 'Choose a sample export…' }).click();
    const table = page.getByRole('table', { name: /First appointments as patients will see them/ });
    await table.waitFor();
    // frontdesk_export.csv: 7001,A-2201,12/18/2026,9:00 AM,"Yamamoto, Hana",…,Dr Aroha Ngata,…,Scheduled
    // 18 Dec 2026 is a Friday; the wall-clock time is read in the practice's zone and shown in it.
    const cells = async (n: number) => table.locator('tbody tr').nth(n).locator('td').allTextContents();
    expect(await cells(0)).toEqual([
      'Hana Yamamoto',
      'Fri, Dec 18, 2026',
      '9:00 AM',
      'Dr Aroha Ngata',
      'Booked · Scheduled',
    ]);
    expect(await cells(1)).toEqual([
      'Rafael Souza',
      'Fri, Dec 18, 2026',
      '9:30 AM',
      'Dr Aroha Ngata',
      'Booked · Confirmed',
    ]);
    expect(await cells(2)).toEqual([
      'Chidi Okafor',
      'Fri, Dec 18, 2026',
      '10:15 AM',
      'Dr Lena Brandt',
      'Cancelled',
    ]);
    // Not ids and ISO strings: no appointment number, no made-up P- id, no 2026-12-18T…
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT|P-[0-9a-f]{6}|7001/);

    // The file has no column the connector takes for the patient id (a bare "Account" may be a family's, so it is not taken).
    const note = page.getByRole('note');
    expect(await note.textContent()).toMatch(
      /^No column of this file gives the patient id, so the connector makes one up from each patient’s name and date of birth\./,
    );
    await noAxeViolations('settings: sample preview with made-up ids');
    await note.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[role=note]')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: 'test/screenshots/e2e-settings-preview.png' });

    // Choosing the account column as the patient id answers it.
    await page.getByLabel('Add another appointment detail').selectOption({ label: 'Patient id' });
    await page.getByLabel('Column for Patient id').selectOption('Account');
    expect(await note.count()).toBe(0);
    // Names stay in the window: the app's log never holds them.
    const logs = path.join(app.dataDir, 'logs');
    const logged = fs.existsSync(logs)
      ? fs
          .readdirSync(logs)
          .map((f) => fs.readFileSync(path.join(logs, f), 'utf8'))
          .join('')
      : '';
    expect(logged).not.toMatch(/Yamamoto|Souza|Okafor/);
  });

  it('refuses a mapping that makes no sense, in words, and saves nothing', async () => {
    await page.getByLabel('Column for Appointment date').selectOption('Birth Date');
    await page.getByRole('button', { name: /Save this mapping for Demo practice/ }).click();
    const status = page.locator('.preview [role=status]');
    await expect
      .poll(() => status.textContent())
      .toBe(
        "Not saved. The appointment date cannot be read from column 'Birth Date' (e.g. '02/14/1987'): it holds dates of birth. " +
          'Choose the column with the appointment date, or leave it out.',
      );
    expect(saved().practices[0].mappingProfile).toBe('auto');
    await noAxeViolations('settings: a mapping refused');
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test/screenshots/e2e-settings-mapping-refused.png' });
  });

  it('switching practice with unsaved changes asks first: Stay keeps them, Leave drops them', async () => {
    // The refused corrections are still unsaved: even "Add practice" asks.
    await page.getByRole('button', { name: '+ Add practice' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Unsaved changes' });
    await ask.waitFor();
    expect(await ask.locator('#unsaved-words').textContent()).toBe(
      'Not saved yet for Demo practice: the column mapping. Stay to save with each part’s own button, or leave without saving.',
    );
    await noAxeViolations('settings: unsaved changes question');
    await page.screenshot({ path: 'test/screenshots/e2e-settings-unsaved-question.png' });
    await ask.getByRole('button', { name: 'Leave without saving' }).click();
    const form = page.getByRole('form', { name: 'New practice' });
    await form.waitFor();
    const inbox = path.join(app.root, 'north-inbox');
    fs.mkdirSync(inbox);
    await form.getByLabel('Practice name').fill('North Clinic');
    await form.getByLabel(/Inbox folder/).fill(inbox);
    await form.getByRole('button', { name: 'Add practice' }).click();
    await page.getByRole('form', { name: 'Practice North Clinic' }).waitFor();

    // Nothing unsaved: switching goes straight through.
    const nav = page.getByRole('navigation', { name: 'Practices' });
    await nav.getByRole('button', { name: /Demo practice/ }).click();
    const demo = page.getByRole('form', { name: 'Practice Demo practice' });
    await demo.waitFor();
    await demo.getByLabel('Practice name').fill('Demo practice (edited)');
    await nav.getByRole('button', { name: /North Clinic/ }).click();
    await ask.waitFor();
    expect(await ask.locator('#unsaved-words').textContent()).toContain(
      'Not saved yet for Demo practice: the practice details.',
    );
    await ask.getByRole('button', { name: 'Stay and save' }).click();
    expect(await ask.count()).toBe(0);
    expect(await demo.getByLabel('Practice name').inputValue()).toBe('Demo practice (edited)');

    await nav.getByRole('button', { name: /North Clinic/ }).click();
    await ask.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('form', { name: 'Practice North Clinic' }).waitFor();
    expect(saved().practices.map((p: { name: string }) => p.name)).toEqual(['Demo practice', 'North Clinic']);
  });

  it('closing the window with unsaved changes asks; keeping it open keeps the work', async () => {
    const form = page.getByRole('form', { name: 'Practice North Clinic' });
    await form.getByLabel('Practice name').fill('North Clinic (edited)');
    await page.locator('main.settings[data-unsaved]').waitFor();
    const win = settingsWindow();
    app.state.messageBoxAnswers.push(1); // "Keep the window open"
    win.close();
    await expect.poll(() => app.state.messageBoxes.length, { timeout: 15_000 }).toBe(1);
    expect(app.state.messageBoxes[0]).toEqual({
      title: 'Unsaved changes',
      message: 'Some changes in this window are not saved.',
      buttons: ['Close without saving', 'Keep the window open'],
    });
    expect(win.isDestroyed()).toBe(false);
    expect(await form.getByLabel('Practice name').inputValue()).toBe('North Clinic (edited)');

    app.state.messageBoxAnswers.push(0); // "Close without saving"
    win.close();
    await expect.poll(() => win.isDestroyed(), { timeout: 15_000 }).toBe(true);
    expect(app.state.messageBoxes).toHaveLength(2);
    expect(saved().practices[1].name).toBe('North Clinic');
    expect(app.state.problems).toEqual([]);
  });

  it('a held file under review in the settings preview', async () => {
    const { inbox } = saved().practices[0] as { inbox: string };
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
    page = await app.window('settings');
    await page.getByRole('heading', { name: 'Check how a held file is read' }).waitFor();
    await page.getByRole('button', { name: 'Confirm and send held files' }).waitFor({ timeout: 30_000 });
    // Its appointments as staff know them, here too: 3 March or 4 March is the question, so the
    // day shown follows the answer; the names and provider do not depend on it.
    const first = page
      .getByRole('table', { name: /First appointments/ })
      .locator('tbody tr')
      .first();
    expect(await first.locator('td').first().textContent()).toBe('Anna Keller');
    await noAxeViolations('settings: reviewing a held file');
    await page.evaluate(() => document.querySelector('.review-intro')?.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: 'test/screenshots/e2e-settings-review-held.png' });
    expect(app.state.problems).toEqual([]);
  });
});
