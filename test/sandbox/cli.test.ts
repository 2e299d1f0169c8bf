// The CLI end to end: `sandbox --json` in a child process, `send` and `status` as separate
// processes against it; the remaining cases run the same command code in-process (the process
// start-up costs seconds on a loaded machine and proves nothing more).
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { main } from '../../main/cli/index.ts';
import { appointmentXml, SAMPLES, tempDir } from './documents.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/appt-connector.mjs');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const clean = { ...process.env };
  for (const k of Object.keys(clean)) if (k.startsWith('APPT_')) delete clean[k];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...clean, ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function inProcess(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const saved = Object.entries(process.env).filter(([k]) => k.startsWith('APPT_'));
  for (const [k] of saved) delete process.env[k];
  Object.assign(process.env, env);
  try {
    const code = await main(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const k of Object.keys(env)) delete process.env[k];
    for (const [k, v] of saved) process.env[k] = v;
  }
}

let child: ChildProcessWithoutNullStreams;
let info: { url: string; practiceId: string; appToken: string; username: string; password: string };
let dir: string;

beforeAll(async () => {
  dir = tempDir('sandbox-cli');
  child = spawn(
    process.execPath,
    [
      BIN,
      'sandbox',
      '--json',
      '--port',
      '0',
      '--data-dir',
      path.join(dir, 'data'),
      '--processing-delay',
      '20',
    ],
    {
      cwd: ROOT,
    },
  );
  const first = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
  });
  info = JSON.parse(first) as typeof info;
});

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('appt-connector sandbox / send / status', () => {
  it('sandbox --json prints one JSON object with the URL and demo credentials as its first line', () => {
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info).toMatchObject({
      practiceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      appToken: expect.any(String),
      username: expect.any(String),
      password: expect.any(String),
    });
  });

  it('send + status work end to end with exit code 0', async () => {
    const file = path.join(dir, 'two.xml');
    fs.writeFileSync(
      file,
      appointmentXml(info.practiceId, [{ id: 'CLI-1' }, { id: 'CLI-2', patientId: 'P-2' }]),
    );
    const sent = await cli(['send', file, '--env', 'sandbox', '--sandbox-url', info.url, '--json']);
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    const out = JSON.parse(sent.stdout) as {
      ok: boolean;
      outcome: { kind: string; dataJobId: string; messageId: string; location: string };
    };
    expect(out.ok).toBe(true);
    expect(out.outcome.kind).toBe('accepted');
    expect(out.outcome.location).toBe(
      `${info.url}/v1/practice/${info.practiceId}/processingStatus/${out.outcome.messageId}`,
    );

    const st = await cli(['status', out.outcome.location, '--wait', '--json']);
    expect(st.code).toBe(0);
    const report = JSON.parse(st.stdout) as {
      finished: boolean;
      dataJobId: string;
      messages: Array<{ practiceResourceId?: string; state: string }>;
    };
    expect(report.finished).toBe(true);
    expect(report.dataJobId).toBe(out.outcome.dataJobId);
    expect(report.messages.map((m) => m.state)).toEqual(['COMPLETED', 'COMPLETED', 'COMPLETED']);

    const human = await inProcess(['status', out.outcome.location]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/COMPLETED\s+appointment CLI-2/);
  });

  it('send prints DataJobId, MessageId and Location for people; status exits 1 when an appointment ended in ERROR', async () => {
    const file = path.join(dir, 'bad-update.xml');
    fs.writeFileSync(file, appointmentXml(info.practiceId, [{ id: 'NEVER-SENT', status: 'UPDATE' }]));
    const sent = await inProcess(['send', file, '--sandbox-url', info.url, '--basic', 'base64']);
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/DataJobId\s+[0-9a-f-]{36}/);
    expect(sent.stdout).toMatch(/MessageId\s+[0-9a-f-]{36}/);
    const location = /Location\s+(\S+)/.exec(sent.stdout)![1]!;
    const st = await inProcess(['status', location, '--wait']);
    expect(st.code).toBe(1);
    expect(st.stdout).toMatch(/ERROR\s+appointment NEVER-SENT/);
    expect(st.stdout).toMatch(/FATAL SANDBOX_APPT_NOT_FOUND: UPDATE for AppointmentId 'NEVER-SENT'/);
  });

  it('exit 2 for an invalid file (nothing sent) and for bad usage; exit 1 when the server rejects', async () => {
    // In-process (same code as the binary, minus the process start-up) to keep this test fast.
    const before = ((await (await fetch(`${info.url}/__sandbox/received`)).json()) as { received: unknown[] })
      .received.length;
    const invalid = await inProcess(['send', path.join(SAMPLES, 'bad/xxe.xml'), '--sandbox-url', info.url]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/xxe\.xml is not a valid AppointmentData document; nothing was sent/);
    const after = ((await (await fetch(`${info.url}/__sandbox/received`)).json()) as { received: unknown[] })
      .received.length;
    expect(after).toBe(before);

    expect((await inProcess(['send'])).code).toBe(2);
    expect((await inProcess(['status', 'not-a-url'])).code).toBe(2);
    const noCreds = await inProcess([
      'send',
      path.join(SAMPLES, 'appointmentdata_two.xml'),
      '--env',
      'demo',
      '--practice-id',
      'x',
    ]);
    expect(noCreds.code).toBe(2);
    expect(noCreds.stderr).toMatch(/not set: APPT_APP_TOKEN, APPT_USERNAME, APPT_PASSWORD/);
    const plain = await inProcess([
      'send',
      path.join(SAMPLES, 'appointmentdata_two.xml'),
      '--env',
      'http://example.org',
      '--practice-id',
      'x',
    ]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/Refused 'http:\/\/example\.org'/);

    const unknown = await inProcess([
      'send',
      path.join(SAMPLES, 'medfusion_doc_sample.xml'),
      '--sandbox-url',
      info.url,
      '--practice-id',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/HTTP 404/);
  });

  it('a custom URL reads credentials from environment variables', async () => {
    const sent = await inProcess(
      [
        'send',
        path.join(SAMPLES, 'medfusion_doc_sample.xml'),
        '--env',
        info.url,
        '--practice-id',
        info.practiceId,
        '--json',
      ],
      { APPT_APP_TOKEN: info.appToken, APPT_USERNAME: info.username, APPT_PASSWORD: info.password },
    );
    expect(sent.code).toBe(0);
    expect((JSON.parse(sent.stdout) as { outcome: { kind: string } }).outcome.kind).toBe('accepted');
  });

  it('stops cleanly on SIGTERM with exit code 0', async () => {
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
  });
});
