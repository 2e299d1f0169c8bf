// The CLI bundled as `npm run build` ships it (cli-bundle.config.mjs: ESM chunks, one per
// command), built ONCE per test run by the global setup (test/desktop-e2e/build-once.ts) and
// shared by the test files that start `appt-connector run` as a child process over and over
// (kill points, the crash loop, stop states). Each of them used to bundle the CLI again in its
// beforeAll: a second of esbuild per file, at the moment the suite starts and every worker is
// busy; and its one-file bundle loaded every command's code at every start.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    cliBundle: string;
  }
}

/** The bundle's entry file. The global setup removes it after the run: a test leaves it as is. */
export function sharedCliBundle(): string {
  return inject('cliBundle');
}
