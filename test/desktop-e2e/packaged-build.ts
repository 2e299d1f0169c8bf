// The packaged layout, made once per test run and shared by every test file that boots it:
// `electron-builder --linux dir` packs the build (around a stand-in Electron binary: the real one
// cannot be downloaded here; see test/desktop/check-package.mjs) and app.asar is extracted. The
// first file to ask packs it (about 20-30 s) while the files that do not need it go on running;
// the others wait for its `ready` mark. Where: the folder build-once.ts (globalSetup) provides,
// removed after the run; without it (a file run on its own outside npm test) a temp folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractAll } from '@electron/asar';
import { inject } from 'vitest';

export interface PackagedLayout {
  /** app.asar, extracted: package.json's "main", its own node_modules, page and preload. */
  appRoot: string;
  /** The installed app's resources folder (icons in resources/assets, outside the asar). */
  resources: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packagedDir: string;
  }
}

function packInto(work: string): PackagedLayout {
  const dist = path.join(work, 'electron-dist');
  fs.mkdirSync(dist, { recursive: true });
  // Carries Electron's fuse sentinel and default wire, so the configured fuses can be flipped.
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho stand-in electron\n# '),
    Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
    Buffer.from([1, 8]),
    Buffer.from('10110001\n'),
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
      '--config.npmRebuild=false', // keytar stays built for this Node (the stand-in runs on it)
    ],
    { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  const resources = path.join(out, 'linux-unpacked', 'resources');
  const appRoot = path.join(work, 'app');
  extractAll(path.join(resources, 'app.asar'), appRoot); // unpacked files (keytar.node) included
  return { appRoot, resources };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The packaged layout of this run's build: packed by the first caller, waited for by the rest. */
export async function packagedLayout(): Promise<PackagedLayout> {
  let work: string;
  try {
    work = inject('packagedDir');
  } catch {
    work = '';
  }
  if (!work) work = fs.mkdtempSync(path.join(os.tmpdir(), 'packaged-e2e-'));
  const layout: PackagedLayout = {
    appRoot: path.join(work, 'app'),
    resources: path.join(work, 'release', 'linux-unpacked', 'resources'),
  };
  const ready = path.join(work, 'ready');
  const failed = path.join(work, 'failed');
  let mine = false;
  try {
    fs.mkdirSync(path.join(work, 'packing')); // atomic: exactly one caller packs
    mine = true;
  } catch {
    // another test file is packing (or has packed) it
  }
  if (mine) {
    const started = Date.now();
    try {
      packInto(work);
    } catch (err) {
      fs.writeFileSync(failed, String((err as Error).message));
      throw err;
    }
    fs.writeFileSync(ready, String(Date.now() - started));
    console.log(
      `[packaged-build] electron-builder --linux dir + extract in ${(Date.now() - started) / 1000} s`,
    );
    return layout;
  }
  const end = Date.now() + 180_000;
  while (!fs.existsSync(ready)) {
    if (fs.existsSync(failed)) throw new Error(`packing failed: ${fs.readFileSync(failed, 'utf8')}`);
    if (Date.now() > end) throw new Error('the packaged layout was not ready within 180 s');
    await sleep(200);
  }
  return layout;
}
