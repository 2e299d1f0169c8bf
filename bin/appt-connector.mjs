#!/usr/bin/env node
// Command-line entry. Runs the bundled CLI (dist/cli/, built by `npm run build`) when it is there
// and built from the sources as they are now (bin/cli-bundle-fresh.mjs); otherwise registers tsx
// and runs the TypeScript sources (main/cli/index.ts), so `npm ci && npm run demo` needs no
// build. Why both: tsx compiles the sources at every start, about a second of CPU; the bundle
// starts in a fraction of that (figures: test/bench/README.md). APPT_CONNECTOR_TSX=1 forces the
// sources (the bench measures both paths side by side).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshCliBundle } from './cli-bundle-fresh.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = process.env.APPT_CONNECTOR_TSX === '1' ? undefined : freshCliBundle(root);
if (bundle) await import(pathToFileURL(bundle).href);
else {
  // libxml2-wasm ships its wasm inlined in a 1 MB .mjs file; loaded through tsx's loader it costs
  // ~150 MB of resident memory (measured: 79 MB vs 238 MB for the validator module). Loading it
  // natively first puts it in Node's module cache, so tsx never transforms it.
  await import('libxml2-wasm');
  const { register } = await import('tsx/esm/api');
  register();
  await import('../main/cli/index.ts');
}
