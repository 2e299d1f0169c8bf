// The packaged layout, booted: story 1 (first start) runs unchanged against the electron-builder
// `--linux dir` output with its app.asar extracted (packaged-build.ts): package.json's "main"
// inside the package, its own production node_modules (keytar unpacked next to it), the page and
// preload at the paths the package holds, icons from resources/assets (app.isPackaged). The
// stand-in records as a problem any page, preload or image read from outside the package, and
// every story ends by checking there is none.
import { describe } from 'vitest';
import { usePackagedLayout } from './boot-app.ts';

usePackagedLayout();
describe('packaged layout', async () => {
  await import('./first-start.test.ts');
});
