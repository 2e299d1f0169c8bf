// What `run` prints: a line per job step and a progress line while a large file is read and sent.
import fs from 'node:fs';
import path from 'node:path';
import { attachConsole } from '../../main/cli/commands/engine-console.ts';
import { createHarness, type Harness } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

test('a large file shows reading and sending progress; each step prints one line', async () => {
  h = await createHarness();
  h.settings.batchSize = 100;
  const running = await h.start();
  const lines: string[] = [];
  // A clock that moves 1.1 s per reading: the 1-per-second throttle never hides a progress line,
  // however fast this machine sends the 12 batches.
  let t = Date.parse('2026-12-01T08:00:00Z');
  const clock = () => new Date((t += 1100));
  const detach = attachConsole(running.engine, { out: (l) => lines.push(l), clock });
  fs.writeFileSync(path.join(h.inbox(), 'big.csv'), clinikoCsv(1200));
  await h.waitFor((jobs) => jobs.some((j) => j.state === 'processed'), 60_000);
  detach();
  const text = lines.join('\n');
  expect(text).toMatch(/… big\.csv: 1,000 appointments read/);
  expect(text).toMatch(/… big\.csv: batch \d+ of 12/);
  expect(text).toMatch(/big\.csv {2}read: 1200 rows, 1200 to send/);
  expect(text).toMatch(
    /big\.csv {2}done: sent 1200, unchanged 0, skipped 0, row errors 0; Medfusion: COMPLETED/,
  );
  expect(lines.filter((l) => / {2}sending batch /.test(l))).toHaveLength(1);
  // Ids and counts only: no patient names on the terminal.
  expect(text).not.toMatch(/Pat\d+|Test\d+/);
  // Room for the wait above (still tracking after 30 s at load 45) and the engine's start and
  // stop: the default 30 s test timeout cut the wait short at load 30.
}, 90_000);
