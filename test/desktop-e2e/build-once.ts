// Vitest globalSetup: `npm run build`'s three Vite builds, once per test run, before any test
// file starts, so the e2e harness boots the bundles a user would run (and no test file rebuilds
// dist-electron/ while another one is booting it). About 3 s on the 2-core CI machine.
import { build } from 'vite';

export default async function buildOnce(): Promise<void> {
  const started = Date.now();
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'main', logLevel: 'warn' });
  await build({ configFile: 'vite.desktop.config.ts', mode: 'preload', logLevel: 'warn' });
  console.log(
    `[build-once] built dist/ and dist-electron/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
