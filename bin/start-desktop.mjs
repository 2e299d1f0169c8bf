#!/usr/bin/env node
// `npm start`: make sure Electron's program is present, build main, preload and renderer, then
// launch the desktop app. npm ci does not download Electron's program (package.json denies its
// install script so installs work offline), so the first `npm start` on a computer fetches it
// once with Electron's own installer. Where that download is impossible (an offline build
// machine) this stops with a plain explanation instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const require = createRequire(import.meta.url);

function fail(lines) {
  console.error(['', ...lines.map((l) => `  ${l}`), ''].join('\n'));
  process.exit(1);
}

function ensureElectronBinary() {
  if (!fs.existsSync(path.join(electronDir, 'package.json'))) {
    fail(['Electron is not installed. Run `npm ci` first.']);
  }
  if (fs.existsSync(path.join(electronDir, 'path.txt'))) return;
  console.log("First start: downloading Electron's program (about 100 MB, once)…");
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD; // we want the download now, whatever npm ci was told
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    env,
    encoding: 'utf8',
  });
  if (r.status === 0 && fs.existsSync(path.join(electronDir, 'path.txt'))) return;
  const output = `${r.stderr ?? ''}\n${r.stdout ?? ''}`;
  const reason =
    /(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|RequestError)[^\n]*/.exec(
      output,
    )?.[0] ??
    output.split('\n').find((l) => l.trim()) ??
    `installer exit code ${r.status}`;
  fail([
    "The desktop app cannot start here: Electron's program could not be downloaded.",
    `Reason: ${reason.trim()}`,
    '',
    "`npm start` (and packaging with electron-builder) needs a computer that can reach Electron's",
    'download host (github.com), or a mirror named in ELECTRON_MIRROR. Without it you can still run:',
    '  npm run demo   the connector on the built-in sandbox, in the terminal',
    '  npm test       all tests, with Electron replaced by a test double',
  ]);
}

async function buildAll() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), root, logLevel: 'warn' });
  await build({
    configFile: path.join(root, 'vite.desktop.config.ts'),
    root,
    mode: 'main',
    logLevel: 'warn',
  });
  await build({
    configFile: path.join(root, 'vite.desktop.config.ts'),
    root,
    mode: 'preload',
    logLevel: 'warn',
  });
}

ensureElectronBinary();
try {
  await buildAll();
} catch (err) {
  fail(['The build failed:', String(err instanceof Error ? err.message : err)]);
}
const electronPath = require('electron');
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
