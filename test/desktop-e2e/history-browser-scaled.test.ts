// The history at 125 % display scaling (issue 11: opening the details hid the result and every
// count): Chromium at deviceScaleFactor 1.25, so the 1100×720 window the app opens is a CSS
// viewport of 880×576. With the details of a file open, the panel lies over the list (below
// ~900 CSS px), and the file's result, its counts, its message and the list's count are all
// inside the viewport. A history of 600 files (history-seed.ts), axe on the state shown.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { expectResultAndCountsInView } from './history-layout.ts';
import { MANY_ERRORS_FILE, seedHistory } from './history-seed.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SCALE = 1.25;

describe.skipIf(!runs)('history browser at 125 %', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-scaled-data-'));
    await seedHistory(dataDir);
    app = await bootApp({ dataDir, scale: SCALE });
    await passWizard(app);
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps the result and the counts in view with the details open', async () => {
    app.tray().clickItem('history');
    const history = await app.window('history');
    // The window's 1100×720 device pixels at 125 %.
    await history.setViewportSize({ width: 1100 / SCALE, height: 720 / SCALE });
    expect(await history.evaluate(() => [innerWidth, innerHeight, devicePixelRatio])).toEqual([
      880, 576, 1.25,
    ]);
    await history.getByRole('searchbox').fill(MANY_ERRORS_FILE);
    const row = history.locator('tr[data-job-id]', { hasText: MANY_ERRORS_FILE });
    await row.click();
    const details = history.getByRole('dialog');
    await details.locator('.problem-group').first().waitFor();
    await expectResultAndCountsInView(history);
    // Narrower than 900 CSS px: the panel lies over the list instead of squeezing it.
    expect(await history.locator('.details').evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
    await history.screenshot({ path: 'test/screenshots/e2e-history-125.png' });
    expect(await axeViolations(history)).toEqual([]);
    // Escape gives the list back, focus on the row.
    await history.keyboard.press('Escape');
    await details.waitFor({ state: 'detached' });
    await expect.poll(() => row.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(app.state.problems).toEqual([]);
  });
});
