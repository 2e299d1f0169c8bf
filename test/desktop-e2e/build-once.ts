// Vitest globalSetup: `npm run build`'s three Vite builds, once per test run, before any test
// file starts, so the e2e harness boots the bundles a user would run (and no test file rebuilds
// dist-electron/ while another one is booting it). About 3 s on the 2-core CI machine.
// It also provides the folder the packaged layout of this build is packed into (packaged-build.ts,
// by the first test file that boots it), and the bundled CLI the files that start `run` many times
// share (test/support/shared-cli-bundle.ts), and removes both after the run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildCliBundle } from '../../cli-bundle.config.mjs';

export default async function buildOnce(project: TestProject): Promise<() => void> {
  const started = Date.now();
  // Inside the project, so that the bundle's packages (node_modules) resolve as from dist/cli.
  fs.mkdirSync('out', { recursive: true });
  const cliDir = fs.mkdtempSync(path.resolve('out', 'cli-bundle-'));
  // esbuild works in its own process: it bundles the CLI while Vite builds the windows.
  const cli = buildCliBundle(cliDir);
  cli.catch(() => {}); // awaited (and thrown) below, after the Vite builds
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'main', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'preload', logLevel: 'warn' });
  project.provide('cliBundle', await cli);
  console.log(
    `[build-once] built dist/, dist-electron/ and the CLI in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const packagedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packaged-e2e-'));
  project.provide('packagedDir', packagedDir);
  return () => {
    fs.rmSync(packagedDir, { recursive: true, force: true });
    fs.rmSync(cliDir, { recursive: true, force: true });
  };
}
