#!/usr/bin/env node
// Runs a TypeScript entry file under plain Node by registering tsx's loader first.
// Why: the engine and CLI ship as TypeScript sources; no separate compile step is needed
// right after `npm ci`.
// libxml2-wasm ships its wasm inlined in a 1 MB .mjs file; loaded through tsx's loader it costs
// ~150 MB of resident memory (measured: 79 MB vs 238 MB for the validator module). Loading it
// natively first puts it in Node's module cache, so tsx never transforms it.
await import('libxml2-wasm');
const { register } = await import('tsx/esm/api');
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
register();
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(path.resolve(entry)).href);
