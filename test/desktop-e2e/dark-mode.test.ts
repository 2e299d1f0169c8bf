// Dark mode follows the system, in the booted app: with the OS (the stand-in's nativeTheme and
// Chromium's prefers-color-scheme) in dark, the windows draw light text on a dark background,
// inputs and table heads included, and the tray uses its dark-theme icons.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(css: string): number {
  const [r, g, b] = css
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number)
    .map((c) => c / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

describe.skipIf(!runs)('dark mode', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  beforeAll(async () => {
    app = await bootApp({ dark: true });
  });
  afterAll(async () => {
    if (app) expect(await app.quit()).toBe(0);
  });

  it('draws the windows dark when the system is dark, with readable contrast', async () => {
    expect(path.basename(app.tray().image)).toMatch(/-dark\.png$/);
    const wizard = await app.window('wizard');
    await wizard.getByRole('heading', { name: 'Welcome to Appointment Connector' }).waitFor();
    app.tray().clickItem('history');
    const history = await app.window('history');
    await history.getByRole('searchbox').waitFor();
    const colours = await history.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        page: getComputedStyle(document.documentElement).backgroundColor,
        text: getComputedStyle(document.documentElement).color,
        input: style('input').backgroundColor,
        inputText: style('input').color,
        head: style('table.jobs thead th').backgroundColor,
      };
    });
    expect(luminance(colours.page)).toBeLessThan(0.05);
    expect(luminance(colours.input)).toBeLessThan(0.08);
    expect(luminance(colours.head)).toBeLessThan(0.08);
    // WCAG contrast ≥ 4.5:1 for body text and input text on their backgrounds.
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    expect(contrast(colours.text, colours.page)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.inputText, colours.input)).toBeGreaterThanOrEqual(4.5);
    await history.screenshot({ path: 'test/screenshots/e2e-history-dark.png' });
    expect(app.state.problems).toEqual([]);
  });
});
