// The built bundles: the preload is one self-contained CJS file needing only `electron`; main's
// ESM bundle imports only electron, Node built-ins and declared dependencies, and actually boots
// (tray + first-run wizard) under the fake electron; the renderer bundle imports neither
// electron nor any Node built-in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from 'vite';
import { MAIN_CJS, MAIN_ENTRY, PRELOAD } from '../../main/desktop/build-layout.ts';
import { FakeBrowserWindow, FakeTray, fake, resetFakeElectron } from '../support/fake-electron.ts';
import pkg from '../../package.json' with { type: 'json' };

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const DEPENDENCIES = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies)];

/** Module specifiers a bundle loads: static imports, dynamic imports and require() calls. */
function specifiers(code: string): string[] {
  const found = new Set<string>();
  for (const re of [
    // No spaces in a specifier: a string "from" followed by another string ("from", "to") is not
    // an import.
    /\bfrom\s*["']([^"'\s]+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s*["']([^"']+)["']/gm,
  ]) {
    for (const m of code.matchAll(re)) found.add(m[1]!);
  }
  return [...found];
}

// dist-electron/ is built once for the whole run by test/desktop-e2e/build-once.ts (globalSetup):
// rebuilding it here would empty it under the e2e tests booting it in parallel.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bundles-'));
beforeAll(() => {
  expect(fs.existsSync(PRELOAD), 'the globalSetup build did not run').toBe(true);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('built bundles', () => {
  it('preload.cjs is one file that requires nothing but electron', () => {
    const code = fs.readFileSync('dist-electron/preload.cjs', 'utf8');
    expect(specifiers(code)).toEqual(['electron']);
    expect(code).toContain('exposeInMainWorld("connector"');
  });

  it('main.mjs imports only electron, Node built-ins, declared dependencies and its own chunks', () => {
    const files = fs.readdirSync('dist-electron', { recursive: true }) as string[];
    const code = files
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => fs.readFileSync(path.join('dist-electron', f), 'utf8'))
      .join('\n');
    const foreign = specifiers(code).filter(
      (s) =>
        s !== 'electron' &&
        !BUILTINS.has(s) &&
        !s.startsWith('./') &&
        !s.startsWith('../') &&
        !DEPENDENCIES.some((d) => s === d || s.startsWith(`${d}/`)),
    );
    expect(foreign).toEqual([]);
    expect(fs.existsSync('dist-electron/schema/appointment-data-v1.xsd')).toBe(true);
    expect(fs.readFileSync(`dist-electron/${MAIN_CJS}`, 'utf8')).toContain(`'${MAIN_ENTRY}'`);
  });

  it('main.mjs boots under the fake electron: tray, wizard on first run, quits cleanly', async () => {
    resetFakeElectron();
    const dataDir = path.join(tmp, 'data');
    vi.stubEnv('APPT_DATA_DIR', dataDir);
    try {
      await import(/* @vite-ignore */ pathToFileURL(path.resolve('dist-electron/main.mjs')).href);
      const end = Date.now() + 10_000;
      while (FakeTray.created.length === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      expect(fake.errorBoxes).toEqual([]);
      expect(fake.app.locked).toBe(true);
      expect(FakeTray.created).toHaveLength(1);
      expect(FakeBrowserWindow.created.map((w) => w.webContents.url.split('#')[1])).toEqual(['wizard']);
      expect(FakeBrowserWindow.created[0]!.options.webPreferences).toMatchObject({
        preload: path.resolve('dist-electron/preload.cjs'),
        sandbox: true,
      });
      expect(fs.existsSync(path.join(dataDir, 'settings.json'))).toBe(true);
      // As Electron's quit: the windows close, then 'will-quit'.
      for (const w of FakeBrowserWindow.created) w.close();
      fake.app.emit('will-quit', { preventDefault: () => {} });
      while (fake.app.quitCalls === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      expect(fake.app.quitCalls).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('the renderer bundle imports neither electron nor Node built-ins', async () => {
    const outDir = path.join(tmp, 'renderer');
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const js = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      const code = fs.readFileSync(path.join(outDir, f), 'utf8');
      const bad = specifiers(code).filter((s) => s === 'electron' || BUILTINS.has(s));
      expect(bad, f).toEqual([]);
      expect(code, f).not.toMatch(/\brequire\s*\(/);
      expect(code, f).not.toMatch(/process\.binding|__non_webpack_require__/);
    }
  });
});
