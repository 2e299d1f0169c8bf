#!/usr/bin/env node
// Runs a TypeScript entry file under plain Node by registering tsx's loader first.
// Why: the engine and CLI ship as TypeScript sources; no separate compile step is needed
// right after `npm ci`.
import { register } from 'tsx/esm/api';
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
