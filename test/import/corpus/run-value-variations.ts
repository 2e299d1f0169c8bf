// Every value variation of every corpus layout (the full family; the CI test runs a fixed subset):
//   node bin/run-ts.mjs test/import/corpus/run-value-variations.ts [layout-name-part]
// Prints the table and the faults; exits 1 on any wrong send or false hold.
import fs from 'node:fs';
import { layoutNames } from './expected.ts';
import { runValueVariations, tmpDir, valueReport, type ValueRun } from './value-judge.ts';

const only = process.argv[2];
const tmp = tmpDir();
const runs: ValueRun[] = [];
const started = Date.now();
try {
  for (const name of layoutNames().filter((n) => !only || n.includes(only)))
    runs.push(...(await runValueVariations(name, tmp)));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(valueReport(runs));
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exitCode = runs.some((r) => r.fault) ? 1 : 0;
