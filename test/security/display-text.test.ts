// Text from an export never reaches a terminal raw (issue 10, "smaller but real"). An export whose
// file name and cell values carry terminal escape sequences (clear the screen, set the window
// title, rewrite a line), C1 controls and a bidi override goes through `run --once` (its own
// process, the sandbox over HTTP) and fails; then `history` and `history --job` show it. Nothing
// printed, logged or written into the error report holds a control character; what is left of the
// name is still recognisable.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayLines, displayText } from '../../main/model/display-text.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { writeSettingsFile } from '../engine/support/cli-process.ts';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const ESC = '\x1b';
const NAME = `evil${ESC}]0;pwned\x07${ESC}[2J\u202egpj.csv`;
const CELL = `${ESC}[31m2026-99-99\x9b1A`;
const FAILING = `other${ESC}[1A\x9b2Kpractice.xml`;

let root: string;
let sandbox: SandboxHandle;
beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'display-text-'));
  sandbox = await startSandbox({ dataDir: path.join(root, 'sandbox'), processingDelayMs: 20 });
});
afterEach(async () => {
  await sandbox.close();
  fs.rmSync(root, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/appt-connector.mjs', ...args],
      { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: '', APPT_TRACK_FIRST_POLL_MS: '100' } },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out: stdout + stderr }),
    );
  });
}

describe('displayText', () => {
  it('takes out escape sequences, controls and bidi marks; keeps the words; shortens with …', () => {
    expect(displayText(NAME)).toBe('evilgpj.csv');
    expect(displayText(CELL)).toBe('2026-99-99');
    expect(displayText('Ann\r\nLee\tSmith')).toBe('Ann  Lee Smith');
    expect(displayText('Zoë Müller – 10:00')).toBe('Zoë Müller – 10:00');
    expect(displayText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(displayLines(`line 1\n${ESC}[2Kline 2\r\n`)).toBe('line 1\nline 2\n');
  });
});

test('run, history and history --job print no control character from an export; nor do the log and the error report', async () => {
  const inbox = path.join(root, 'inbox');
  fs.mkdirSync(inbox);
  const header =
    'id,starts_at,ends_at,patient_id,patient_first_name,patient_last_name,patient_date_of_birth,practitioner,appointment_type,business,did_not_arrive,cancelled_at,cancellation_reason,email';
  const row = (id: number, start: string) =>
    `${id},${start},,P-${id},Ann,Lee${id},1980-01-02,Dr A,Check-up,Main,false,,,a@example.com`;
  const good = (id: number) => row(id, `2026-12-2${id}T13:00:00Z`);
  fs.writeFileSync(
    path.join(inbox, NAME),
    `${header}\n${good(1)}\n${good(2)}\n${good(3)}\n${row(4, CELL)}\n`,
  );
  // And one that fails (a document for another practice), so there is an error report too.
  fs.copyFileSync(path.resolve('test/fixtures/samples/appointmentdata_two.xml'), path.join(inbox, FAILING));
  const config = writeSettingsFile(root, inbox);
  const dataDir = path.join(root, 'data');
  const common = ['--config', config, '--data-dir', dataDir];

  const run = await cli(['run', '--once', ...common, '--sandbox-url', sandbox.url]);
  expect(run.out).toMatch(/evilgpj\.csv/);
  expect(run.out, run.out).toMatch(/otherpractice\.xml {2}FAILED/);
  expect(run.out).toMatch(/evilgpj\.csv {2}done: sent 3, .* row errors 1/);
  expect(run.out).not.toMatch(UNSAFE);

  const list = await cli(['history', '--data-dir', dataDir]);
  expect(list.code, list.out).toBe(0);
  expect(list.out).toMatch(/evilgpj\.csv/);
  expect(list.out).not.toMatch(UNSAFE);
  const jobId = /evilgpj\.csv {2}received \(job (\S+)\)/.exec(run.out)![1]!;
  const one = await cli(['history', '--job', jobId, '--data-dir', dataDir]);
  expect(one.code, one.out).toBe(0);
  expect(one.out).toMatch(/2026-99-99/);
  expect(one.out).not.toMatch(UNSAFE);

  const failed = fs.readdirSync(path.join(inbox, 'failed'));
  const txt = failed.find((n) => n.endsWith('.error.txt'))!;
  const report = fs.readFileSync(path.join(inbox, 'failed', txt), 'utf8');
  expect(report).toMatch(/otherpractice\.xml/);
  expect(report).not.toMatch(UNSAFE);
  const log = fs.readFileSync(path.join(dataDir, 'logs', 'app.log'), 'utf8');
  expect(log).not.toMatch(UNSAFE);
}, 120_000);
