// The renderer bundle must not reach for Electron, Node built-ins or the engine: it talks to the
// app only through window.connector. Checked on what Vite actually bundled and on the output.
import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { buildRenderer, type RendererBuild } from './build-renderer.ts';

let built: RendererBuild;
beforeAll(async () => {
  built = await buildRenderer();
});
afterAll(() => fs.rmSync(built.outDir, { recursive: true, force: true }));

describe('renderer bundle', () => {
  it('bundles the windows but no electron, Node built-in, main/ or preload/ module', () => {
    const ours = built.modules.map((m) => path.relative(process.cwd(), m.split('?')[0]!));
    expect(ours).toContain(path.join('renderer', 'history', 'history-window.tsx'));
    const forbidden = ours.filter(
      (m) =>
        /(^|[\\/])node_modules[\\/]electron[\\/]/.test(m) ||
        /^(main|preload)[\\/]/.test(m) ||
        m.startsWith('node:') ||
        // Vite swaps a Node built-in imported by browser code for this empty shim.
        m.includes('__vite-browser-external') ||
        builtinModules.includes(m),
    );
    expect(forbidden).toEqual([]);
  });

  it('leaves no import of anything outside the bundle in the built JavaScript', () => {
    const js = fs
      .readdirSync(built.outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(built.outDir, f), 'utf8'));
    expect(js.length).toBeGreaterThan(0);
    const specifiers = js.flatMap((code) =>
      [
        ...code.matchAll(
          /(?:\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"']+)["']/g,
        ),
      ].map((m) => m[1]!),
    );
    expect(specifiers.filter((s) => !s.startsWith('./') && !s.startsWith('../'))).toEqual([]);
    for (const code of js)
      expect(code).not.toMatch(/\brequire\(["'](electron|node:[a-z_/]+|fs|path|child_process|os)["']\)/);
  });
});
