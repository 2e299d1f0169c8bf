#!/usr/bin/env node
// Offline packaging check (not part of vitest: electron-builder takes ~20-30 s here).
//   node test/desktop/check-package.mjs
// Builds main/preload (and the renderer if missing), then electron-builder packs `--linux dir`
// around a stand-in Electron binary (the real one cannot be downloaded on this machine) that
// carries Electron's fuse sentinel, so the configured fuses are really flipped. Then it lists the
// asar: our bundles and renderer are in; tests, sources, logs and maps are out; keytar's native
// module is unpacked; icons and the demo's exports are real files. Prints one line per check; exit 1 on the first miss.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { build } from 'vite';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults, in wire order: runAsNode, cookieEncryption, nodeOptions, nodeCliInspect,
// asarIntegrity, onlyLoadFromAsar, v8Snapshot, grantFileProtocolExtraPrivileges.
const DEFAULT_WIRE = '10110001';
const started = Date.now();
const ok = (what) => console.log(`ok  ${what}`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pack-'));
try {
  await build({ configFile: 'vite.desktop.config.ts', mode: 'main', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'preload', logLevel: 'warn' });
  if (!fs.existsSync('dist/renderer')) await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  ok('built dist-electron/ (and dist/renderer/)');

  const dist = path.join(work, 'electron-dist');
  fs.mkdirSync(dist);
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in electron\n# '),
    Buffer.from(SENTINEL),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('\n'),
  ]);
  fs.writeFileSync(path.join(dist, 'electron'), binary, { mode: 0o755 });
  const out = path.join(work, 'release');
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      `--config.electronDist=${dist}`,
      `--config.directories.output=${out}`,
      // The keytar rebuild for Electron needs Electron's headers; real packaging does it.
      '--config.npmRebuild=false',
    ],
    { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  const unpacked = path.join(out, 'linux-unpacked');
  const resources = path.join(unpacked, 'resources');
  const asarFile = path.join(resources, 'app.asar');
  ok(
    `electron-builder --linux dir → ${path.relative(work, asarFile)} (${(fs.statSync(asarFile).size / 1e6).toFixed(1)} MB)`,
  );

  const files = listPackage(asarFile, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  for (const needed of [
    '/package.json',
    '/dist-electron/main.cjs',
    '/dist-electron/main.mjs',
    '/dist-electron/preload.cjs',
    '/dist-electron/schema/appointment-data-v1.xsd',
    '/node_modules/chokidar/package.json',
    '/node_modules/libxml2-wasm/package.json',
    '/node_modules/keytar/package.json',
  ]) {
    assert.ok(files.includes(needed), `missing from app.asar: ${needed}`);
  }
  assert.ok(
    files.includes('/dist/renderer/renderer/index.html'), // build-layout.ts RENDERER_PAGE
    'renderer index.html missing from app.asar',
  );
  ok(`app.asar holds the bundles, the renderer and runtime dependencies (${files.length} entries)`);

  const strays = files.filter(
    (f) =>
      /^\/(test|main|preload|renderer|bin|out|release|coverage|\.ci|\.git)\//.test(f) ||
      /\.(log|map)$/.test(f) ||
      f.startsWith('/node_modules/react/') ||
      f.startsWith('/node_modules/electron/'),
  );
  assert.deepEqual(strays, [], 'app.asar holds files it should not');
  ok('no tests, sources, logs, source maps, react or electron in app.asar');

  const keytarNode = path.join(resources, 'app.asar.unpacked/node_modules/keytar/build/Release/keytar.node');
  assert.ok(fs.existsSync(keytarNode), 'keytar.node is not unpacked');
  ok('keytar.node unpacked next to the asar');
  for (const icon of [
    'assets/icon.png',
    'assets/tray/tray-ok-light.png',
    'assets/tray/tray-error-dark@2x.png',
  ]) {
    assert.ok(fs.existsSync(path.join(resources, icon)), `${icon} missing from resources`);
  }
  ok('icons shipped as real files in resources/assets');
  const demoExports = fs.readdirSync('assets/demo');
  assert.ok(demoExports.length > 0, 'assets/demo is empty');
  for (const name of demoExports) {
    const shipped = path.join(resources, 'assets/demo', name);
    assert.ok(fs.existsSync(shipped), `assets/demo/${name} missing from resources`);
    assert.ok(
      fs.readFileSync(shipped).equals(fs.readFileSync(path.join('assets/demo', name))),
      `${name} differs`,
    );
  }
  ok(`the demo's exports shipped in resources/assets/demo (${demoExports.length} files)`);

  const exe = fs.readFileSync(path.join(unpacked, 'appt-connector'));
  const at = exe.indexOf(SENTINEL) + SENTINEL.length + 2;
  assert.equal(exe.subarray(at, at + 6).toString(), '010011', 'fuse wire not as configured');
  ok(
    'fuses: runAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on, only app.asar on',
  );
  console.log(`package check passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
