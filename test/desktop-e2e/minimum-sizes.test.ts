// Each window at the smallest size a person can make it (minWidth × minHeight from
// main/desktop/windows.ts, as the built main bundle asks the stand-in for it), in real Chromium:
// every button and field can be scrolled to and clicked (nothing covers it), and no two controls
// or headings overlap. The content area is taken a frame smaller than the window's minimum
// (Electron's minWidth/minHeight are the outer size; a Windows title bar and borders take about
// 16 × 40 px). The wizard is walked page by page at that size, then the history (with a file's
// details open) and the settings window. Also checked on the built bundle: every window gets
// contextIsolation, sandbox and no Node integration (Electronegativity cannot see through the
// function that builds them; test/security/electronegativity-allowlist.json).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp, type StandInWindow } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();
/** Outer window size minus a Windows 10/11 frame at 100 % (borders 8 + 8, title bar 31 + border). */
const FRAME = { width: 16, height: 40 };

interface Box {
  what: string;
  /** Its visible parts (one per line for text that wraps). */
  rects: Array<{ x: number; y: number; width: number; height: number }>;
  /** Per box of the same list: neither this one nor that one holds the other. */
  apart: boolean[];
}

/** The visible part of every control and heading inside `scope` that is on top at its centre
 *  (an overlay's content, not what lies under it), clipped by its scrolling ancestors. */
async function visibleBoxes(page: Page, scope = 'body'): Promise<Box[]> {
  return page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector);
    if (!root) return [];
    // Controls, pictures, and every element that shows text of its own (a text node directly in
    // it); a pair where one holds the other is not an overlap.
    const controls = 'button, input, select, textarea, a[href], [role=tab], svg, img, canvas, [role=img]';
    const ownText = (e: Element) =>
      Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    const shown = Array.from(root.querySelectorAll<HTMLElement>('*')).filter(
      (e) => !e.closest('svg, button, select, option') || e.matches('svg, button, select'),
    );
    const candidates = shown.filter((e) => e.matches(controls) || ownText(e));
    type Rect = { x: number; y: number; width: number; height: number };
    const boxes: Array<{ el: Element; what: string; rects: Rect[] }> = [];
    /** The part of a rectangle its scrolling ancestors and the window let a person see. */
    const clip = (el: Element, r: DOMRect): Rect | null => {
      let left = Math.max(r.left, 0);
      let top = Math.max(r.top, 0);
      let right = Math.min(r.right, window.innerWidth);
      let bottom = Math.min(r.bottom, window.innerHeight);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        left = Math.max(left, c.left);
        top = Math.max(top, c.top);
        right = Math.min(right, c.right);
        bottom = Math.min(bottom, c.bottom);
      }
      // Scrolled away, or not laid out.
      return right - left < 2 || bottom - top < 2
        ? null
        : { x: left, y: top, width: right - left, height: bottom - top };
    };
    for (const el of candidates) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // Per line box: text that wraps is compared line by line, not by its bounding rectangle.
      const rects = Array.from(el.getClientRects())
        .map((r) => clip(el, r))
        .filter((r): r is Rect => r !== null);
      // Under an overlay (the details panel over the list) it is not what a person sees there,
      // and not counted. Anything else on top of it is the overlap this check is for.
      const underOverlay = rects.every((r) => {
        const overlay = document
          .elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
          ?.closest('[role=dialog], dialog, [aria-modal=true]');
        return !!overlay && !overlay.contains(el);
      });
      if (rects.length === 0 || underOverlay) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      boxes.push({ el, what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} '${name}'`, rects });
    }
    // Which pairs are apart (neither holds the other), worked out here: elements stay in the page.
    return boxes.map(({ el, ...b }) => ({
      ...b,
      apart: boxes.map((o) => o.el !== el && !o.el.contains(el) && !el.contains(o.el)),
    }));
  }, scope);
}

/** Pairs of boxes that overlap by more than a rounding pixel each way (any line of one with
 *  any line of the other). */
function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (!a.apart[j]) continue;
      const hit = a.rects.some((p) =>
        b.rects.some((q) => {
          const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
          const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
          return w > 1 && h > 1;
        }),
      );
      if (hit) out.push(`${a.what} overlaps ${b.what}`);
    }
  return out;
}

/** Every enabled button and field in `scope` can be scrolled to and clicked: Playwright's
 *  actionability checks (visible, stable, not covered by another element) without the click. */
async function unreachable(scope: Locator): Promise<string[]> {
  const out: string[] = [];
  const controls = scope.locator('button:visible, input:visible, select:visible, textarea:visible');
  for (let i = 0; i < (await controls.count()); i++) {
    const c = controls.nth(i);
    if (await c.isDisabled()) continue;
    try {
      await c.click({ trial: true, timeout: 3000 });
    } catch {
      const name = (await c.getAttribute('aria-label')) ?? (await c.textContent()) ?? '';
      out.push(`${await c.evaluate((e) => e.tagName.toLowerCase())} '${name.trim().slice(0, 40)}'`);
    }
  }
  return out;
}

async function atMinimum(app: BootedApp, view: string): Promise<Page> {
  const page = await app.window(view);
  const win = app.openWindows().find((w) => w.webContents.page === page)!;
  const { minWidth, minHeight } = win.options as { minWidth?: number; minHeight?: number };
  expect(minWidth).toBeGreaterThan(0);
  expect(minHeight).toBeGreaterThan(0);
  await page.setViewportSize({ width: minWidth! - FRAME.width, height: minHeight! - FRAME.height });
  return page;
}

async function expectFits(page: Page, shot: string, scope = 'body'): Promise<void> {
  expect(await unreachable(page.locator(scope))).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(overlaps(await visibleBoxes(page, scope))).toEqual([]);
  // Nothing sideways: a minimum-size window must not need horizontal scrolling.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  if (shot) await page.screenshot({ path: `test/screenshots/${shot}` });
}

describe.skipIf(!runs)('every window at its minimum size', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  beforeAll(async () => {
    app = await bootApp();
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('the wizard, page by page: every control reachable, nothing overlapping', async () => {
    const wizard = await atMinimum(app, 'wizard');
    await wizard.getByRole('heading', { name: 'Welcome to Appointment Connector' }).waitFor();
    await expectFits(wizard, 'e2e-min-wizard.png');
    await wizard.getByRole('button', { name: 'Start' }).click();
    await wizard.getByRole('button', { name: 'Save and continue' }).waitFor();
    await expectFits(wizard, '');
    await wizard.getByRole('button', { name: 'Save and continue' }).click();
    await wizard.getByRole('heading', { name: 'Check a sample export' }).waitFor();
    await expectFits(wizard, '');
    await wizard.getByRole('button', { name: 'Continue' }).click();
    await wizard.getByRole('button', { name: 'Skip: not needed on the sandbox' }).waitFor();
    await expectFits(wizard, '');
    await wizard.getByRole('button', { name: 'Skip: not needed on the sandbox' }).click();
    await wizard.getByRole('heading', { name: 'All set' }).waitFor();
    await expectFits(wizard, '');
    await wizard.getByRole('button', { name: 'Open the sending history' }).click();
    expect(app.state.problems).toEqual([]);
  });

  it('the history, and a file’s details over it', async () => {
    const history = await atMinimum(app, 'history');
    const row = history.locator('tr[data-job-id]').first();
    await row.getByText('Processed', { exact: true }).waitFor({ timeout: 30_000 });
    await expectFits(history, 'e2e-min-history.png');
    await row.click();
    const details = history.getByRole('dialog');
    await details.getByRole('button', { name: /Copy DataJobId/ }).waitFor();
    // The details' own controls: reachable and apart (what lies under an overlay is not counted).
    expect(await unreachable(details)).toEqual([]);
    expect(overlaps(await visibleBoxes(history, '[role=dialog]'))).toEqual([]);
    await history.screenshot({ path: 'test/screenshots/e2e-min-history-details.png' });
    expect(app.state.problems).toEqual([]);
  });

  it('the settings window', async () => {
    app.tray().clickItem('settings');
    const settings = await atMinimum(app, 'settings');
    await settings.getByRole('button', { name: 'Save changes' }).waitFor();
    await expectFits(settings, 'e2e-min-settings.png');
    expect(app.state.problems).toEqual([]);
  });

  it('the checks bite: a button laid over another is reported as covered and overlapping', async () => {
    const settings = await app.window('settings');
    // Two buttons at the top of the page, the second laid exactly over the first, as a broken
    // narrow layout would (styles through the DOM, which the page's CSP allows).
    await settings.evaluate(() => {
      const box = document.createElement('div');
      box.id = 'overlap-probe';
      box.style.position = 'relative';
      const under = document.createElement('button');
      under.textContent = 'Under';
      const over = document.createElement('button');
      over.textContent = 'Over';
      Object.assign(over.style, { position: 'absolute', left: '4px', top: '0', width: '80px' });
      box.append(under, over);
      document.body.prepend(box);
    });
    expect(await unreachable(settings.locator('#overlap-probe'))).toEqual(["button 'Under'"]);
    expect(overlaps(await visibleBoxes(settings, '#overlap-probe'))).toEqual([
      "button 'Under' overlaps button 'Over'",
    ]);
    await settings.evaluate(() => document.getElementById('overlap-probe')!.remove());
  });

  it('every window the built app opened is isolated and sandboxed, without Node', () => {
    const windows: StandInWindow[] = app.state.windows;
    expect(windows.length).toBeGreaterThanOrEqual(2); // wizard (then history in it) and settings
    for (const w of windows) {
      expect(w.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
    }
  });
});
