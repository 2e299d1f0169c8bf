// Story 2 (a refused sign-in heals by itself) against the packaged layout: the same story file,
// booted from the electron-builder `--linux dir` output (see packaged-layout.test.ts).
import { describe } from 'vitest';
import { usePackagedLayout } from './boot-app.ts';

usePackagedLayout();
describe('packaged layout', async () => {
  await import('./refused-sign-in.test.ts');
});
