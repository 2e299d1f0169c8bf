// Writes file-durations.json (read by slowest-first.ts) from a run's out/vitest.json: each test
// file that took 2 s or more, in whole seconds, slowest first. Run it after a full CI run
// (`bash .ci/run` or `npm test`), on the CI machine's kind of hardware.
import fs from 'node:fs';
import path from 'node:path';
import { DURATIONS_FILE } from './slowest-first.ts';

const report = process.argv[2] ?? 'out/vitest.json';
const { testResults } = JSON.parse(fs.readFileSync(report, 'utf8')) as {
  testResults: Array<{ name: string; startTime: number; endTime: number }>;
};
const rows = testResults
  .map(
    (r) =>
      [
        path.relative(process.cwd(), r.name).split(path.sep).join('/'),
        (r.endTime - r.startTime) / 1000,
      ] as const,
  )
  .filter(([, s]) => s >= 2)
  .sort((a, b) => b[1] - a[1]);
fs.writeFileSync(
  DURATIONS_FILE,
  JSON.stringify(Object.fromEntries(rows.map(([f, s]) => [f, Math.round(s)])), null, 2) + '\n',
);
console.log(`${DURATIONS_FILE}: ${rows.length} files of 2 s or more (from ${report})`);
