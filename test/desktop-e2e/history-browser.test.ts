// "The history is not a tool yet" (issue 11), booted from the build with a history of 600 files
// (history-seed.ts): the window used to load the newest 500 and search only those. Here a file
// beyond the newest 500 is found by the engine, the list pages with an exact count, *Export CSV*
// saves every matching file (not the page), a file with 120 unreadable dates shows ONE grouped
// problem with its first lines, and *Copy* puts the DataJobId on the clipboard through the app.
// Layout: at 1100×720 and at the minimum size (640×480) the result and the counts stay in view
// with the details open (the panel lies over the list when narrow); dark mode; axe on each state.
// 125 % is history-browser-scaled.test.ts (another boot: the scale is the browser's).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { axeViolations } from './axe-check.ts';
import { expectResultAndCountsInView } from './history-layout.ts';
import {
  MANY_ERRORS_FILE,
  NEEDING_ATTENTION,
  SEEDED_FILES,
  seedHistory,
  seededJobId,
} from './history-seed.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
/** The seeded files and the demo export the first run sends. */
const ALL = SEEDED_FILES + 1;

describe.skipIf(!runs)('history browser', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let history: Page;
  let dataDir: string;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'history-export-'));
  const count = () => history.getByTestId('history-count');
  const row = (name: string) => history.locator('tr[data-job-id]', { hasText: name });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-browser-data-'));
    await seedHistory(dataDir);
    app = await bootApp({ dataDir });
    await passWizard(app);
    app.tray().clickItem('history');
    history = await app.window('history');
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('pages through all 601 files and finds one beyond the newest 500', async () => {
    // The demo export goes through the sandbox first (newest), then the page settles.
    await expect.poll(() => count().textContent(), { timeout: 30_000 }).toBe(`1–100 of ${ALL} files`);
    await history.locator('tr[data-job-id]', { hasText: 'Processed' }).first().waitFor();
    expect(await history.locator('tr[data-job-id]').count()).toBe(100);
    await history.screenshot({ path: 'test/screenshots/e2e-history-500-files.png' });
    expect(await axeViolations(history)).toEqual([]);

    await history.getByRole('button', { name: 'Older files' }).click();
    await expect.poll(() => count().textContent(), { timeout: 20_000 }).toBe(`101–200 of ${ALL} files`);
    // Newest first: the demo export, then files 599 … 501; the second page starts at 500.
    expect(await history.locator('tr[data-job-id]').first().getAttribute('data-job-id')).toBe(
      seededJobId(500),
    );

    // File 3 is the 597th newest: never in the old window's 500.
    await history.getByRole('searchbox').fill('export-0003');
    await expect.poll(() => count().textContent(), { timeout: 20_000 }).toBe('1–1 of 1 file');
    await row('export-0003.csv').waitFor();
    // By its DataJobId too (the engine searches the whole history).
    await history.getByRole('searchbox').fill('dj-0007-7F3A');
    await row('export-0007.csv').waitFor();
    await expect.poll(() => count().textContent(), { timeout: 20_000 }).toBe('1–1 of 1 file');
  });

  it('copies the DataJobId from the details for a support call', async () => {
    await row('export-0007.csv').click();
    const details = history.getByRole('dialog');
    await expect.poll(() => details.getByTestId('DataJobId').textContent()).toBe('DJ-0007-7f3a');
    await details.getByRole('button', { name: 'Copy DataJobId' }).click();
    await details.getByText('DataJobId copied.').waitFor();
    expect(app.state.clipboard).toBe('DJ-0007-7f3a');
    await history.keyboard.press('Escape');
    await history.getByRole('dialog').waitFor({ state: 'detached' });
    // The window gives focus back to the row a frame later. Typing before that lands on the row:
    // the last CI's search box kept 'dj-0007-7F3A' and the next filter found 'No files'.
    await expect.poll(() => row('export-0007.csv').evaluate((e) => e === document.activeElement)).toBe(true);
  });

  it('exports every file that needs attention, not only the page, to the file chosen', async () => {
    await history.getByRole('searchbox').fill('');
    await expect.poll(() => history.getByRole('searchbox').inputValue()).toBe('');
    await history.getByLabel('Result').selectOption('problems');
    await expect
      .poll(() => count().textContent(), { timeout: 20_000 })
      .toBe(`1–${NEEDING_ATTENTION} of ${NEEDING_ATTENTION} files`);
    const file = path.join(out, 'attention.csv');
    app.state.saveAnswers.push({ canceled: false, filePath: file });
    await history.getByRole('button', { name: 'Export CSV' }).click();
    await history.getByText(`Saved ${NEEDING_ATTENTION} files to attention.csv.`).waitFor();
    const lines = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(1 + NEEDING_ATTENTION);
    expect(lines[0]).toBe(
      'Received,Finished,Practice,File,Result,Rows,Sent,Unchanged,Skipped,Failed,Reason,DataJobId,MessageId,Job id',
    );
    expect(lines.slice(1).filter((l) => l.includes(',Failed,'))).toHaveLength(NEEDING_ATTENTION - 1);
    // A result with a comma in it is quoted.
    expect(lines.find((l) => l.includes(MANY_ERRORS_FILE))).toContain(
      `,${MANY_ERRORS_FILE},"Processed, some rows refused",150,30,0,0,120,,DJ-0100-7f3a,MSG-0100,`,
    );
  });

  it('shows 120 unreadable dates as one problem with its first lines, and keeps result and counts in view', async () => {
    await history.getByLabel('Result').selectOption('');
    await history.getByRole('searchbox').fill(MANY_ERRORS_FILE);
    await row(MANY_ERRORS_FILE).click();
    const details = history.getByRole('dialog');
    const group = details.locator('.problem-group');
    await group.first().waitFor();
    expect(await group.count()).toBe(1);
    expect(await group.locator('.where').textContent()).toBe(
      '‘Appt Date’ not readable — 120 rows, lines 2, 3, 4, 5, 6, 7, 8, 9 …',
    );
    expect(await group.locator('.examples li').allTextContents()).toEqual([
      'Line 2: ‘2026-13-01’: not a date: there is no month 13',
      'Line 3: ‘2026-13-02’: not a date: there is no month 13',
      'Line 4: ‘2026-13-03’: not a date: there is no month 13',
      '… and 117 more',
    ]);
    // The advice once, not 120 times.
    expect(await details.getByText('What to do:').count()).toBe(2); // the file's message + the group
    await expect
      .poll(() => details.locator('.file-message .reason').textContent())
      .toBe(
        '30 appointments reached the test sandbox (nothing reaches patients); 120 rows of the export could not be used.',
      );

    // 1100×720, the size the window opens at.
    expect(history.viewportSize()).toEqual({ width: 1100, height: 720 });
    await expectResultAndCountsInView(history);
    await history.screenshot({ path: 'test/screenshots/e2e-history-details-100.png' });
    expect(await axeViolations(history)).toEqual([]);

    // The minimum size: the panel lies over the list.
    await history.setViewportSize({ width: 640, height: 480 });
    await expectResultAndCountsInView(history);
    const panel = await details.boundingBox();
    expect(panel!.width).toBeLessThanOrEqual(640);
    expect(await history.locator('.details').evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
    await history.screenshot({ path: 'test/screenshots/e2e-history-min-size.png' });
    expect(await axeViolations(history)).toEqual([]);

    // Dark (the system's colour scheme), at the opening size.
    await history.setViewportSize({ width: 1100, height: 720 });
    await history.emulateMedia({ colorScheme: 'dark' });
    await expectResultAndCountsInView(history);
    const bg = await history.locator('.details').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(bg).toBe('rgb(31, 36, 45)'); // --card in dark mode
    await history.screenshot({ path: 'test/screenshots/e2e-history-browser-dark.png' });
    expect(await axeViolations(history)).toEqual([]);
    await history.emulateMedia({ colorScheme: 'light' });
    expect(app.state.problems).toEqual([]);
  });
});
