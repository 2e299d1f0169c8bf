// Builds the command line into dist/cli/ (part of `npm run build`): the CLI's TypeScript bundled
// by esbuild into ESM, one chunk per command (each command's code and libraries load only when
// it runs; libxml2-wasm's 1 MB module only for commands that validate XML), the XSD beside it,
// and inputs.json: the files it was built from, their content hash and sizes and times. bin/appt-connector.mjs
// runs this bundle when it is fresh (bin/cli-bundle-fresh.mjs) and the TypeScript through tsx
// otherwise, so `npm ci && npm run demo` needs no build.
// Why: tsx compiles the sources at every start (about a second of CPU before any work).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  CLI_BUNDLE_DIR,
  CLI_BUNDLE_ENTRY,
  CLI_BUNDLE_MANIFEST,
  hashInputs,
  statInputs,
} from './bin/cli-bundle-fresh.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Build into `outDir` (default dist/cli under the project). Returns the entry file. */
export async function buildCliBundle(outDir = path.join(root, CLI_BUNDLE_DIR)) {
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { 'appt-connector': 'main/cli/index.ts' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'warning',
  });
  // main/xml/appointment-data-schema.ts looks for schema/<name>.xsd beside the module.
  fs.cpSync(path.join(root, 'main/xml/schema'), path.join(outDir, 'schema'), { recursive: true });
  const files = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('node_modules/'))
    .sort();
  fs.writeFileSync(
    path.join(outDir, CLI_BUNDLE_MANIFEST),
    `${JSON.stringify({ hash: hashInputs(root, files), files, stats: statInputs(root, files) }, null, 1)}\n`,
  );
  return path.join(outDir, CLI_BUNDLE_ENTRY);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const entry = await buildCliBundle(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`built ${path.relative(root, entry)} in ${Date.now() - started} ms`);
}
