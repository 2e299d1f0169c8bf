// `run` on a fresh data folder, as a new user starts it: the settings it creates put a demo
// practice on the sandbox, so `run` must start the built-in sandbox itself (as the desktop app and
// `demo` do), say where it listens, and the demo practice's export must reach it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataPaths } from '../../main/engine/settings/index.ts';
import { EVENTS_FILE } from '../../main/sandbox/store.ts';
import { startRun } from '../engine/support/cli-process.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { listFiles } from '../engine/support/engine-harness.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'run-sandbox-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test('run --once on a fresh data folder starts the built-in sandbox; the demo file reaches it', async () => {
  const dataDir = path.join(root, 'data');
  const inbox = dataPaths(dataDir).demoInbox;
  fs.mkdirSync(inbox, { recursive: true });
  fs.writeFileSync(path.join(inbox, 'monday.csv'), clinikoCsv(2));
  // No sandbox address from outside: the user did not start one.
  const env = { APPT_SANDBOX_URL: '' };
  const r = startRun(['--once', '--max-wait', '0.5', '--data-dir', dataDir], env);
  const code = await r.exit;
  const out = r.output();
  expect(code, out).toBe(0);
  expect(out).toMatch(/Built-in sandbox \(a local stand-in for Medfusion\): http:\/\/127\.0\.0\.1:\d+/);
  expect(out).not.toMatch(/Could not reach/);
  expect(listFiles(inbox)).toEqual([expect.stringMatching(/^processed\/.*\/monday\.csv$/)]);
  // What the built-in sandbox (its folder is in the data folder) received: the two appointments.
  const events = fs
    .readFileSync(path.join(dataDir, 'sandbox', EVENTS_FILE), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; job?: { appointmentIds: string[] } });
  expect(events.flatMap((e) => (e.type === 'accepted' ? e.job!.appointmentIds : [])).sort()).toEqual([
    '90000',
    '90001',
  ]);
}, 90_000);
