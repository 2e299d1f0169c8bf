// Vitest globalSetup: `npm run build`'s three Vite builds, once per test run, before any test
// file starts, so the e2e harness boots the bundles a user would run (and no test file rebuilds
// dist-electron/ while another one is booting it). About 3 s on the 2-core CI machine.
// It also provides the folder the packaged layout of this build is packed into (packaged-build.ts,
// by the first test file that boots it), and removes that folder after the run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

export default async function buildOnce(project: TestProject): Promise<() => void> {
  const started = Date.now();
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'main', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'preload', logLevel: 'warn' });
  console.log(
    `[build-once] built dist/ and dist-electron/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const packagedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packaged-e2e-'));
  project.provide('packagedDir', packagedDir);
  return () => fs.rmSync(packagedDir, { recursive: true, force: true });
}
