#!/usr/bin/env node
// Command-line entry: registers tsx and hands over to the engine's CLI (main/cli/index.ts).
// libxml2-wasm ships its wasm inlined in a 1 MB .mjs file; loaded through tsx's loader it costs
// ~150 MB of resident memory (measured: 79 MB vs 238 MB for the validator module). Loading it
// natively first puts it in Node's module cache, so tsx never transforms it.
await import('libxml2-wasm');
const { register } = await import('tsx/esm/api');
register();
await import('../main/cli/index.ts');
