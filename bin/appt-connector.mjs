#!/usr/bin/env node
// Command-line entry: registers tsx and hands over to the engine's CLI (main/cli/index.ts).
import { register } from 'tsx/esm/api';
register();
await import('../main/cli/index.ts');
