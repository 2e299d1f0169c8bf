// `appt-connector credentials` as a user runs it (spawned), against the real Secret Service that
// `npm test` starts (gnome-keyring in a private D-Bus session) and the built-in sandbox.
import { spawnSync, spawn } from 'node:child_process';
import net from 'node:net';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryCredentialStore, secretKey } from '../../main/credentials/credential-store.ts';
import { KeytarCredentialStore } from '../../main/credentials/keytar-store.ts';
import { run } from '../../main/cli/commands/credentials.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { hasSecretService } from '../support/system-components.ts';

const secretService = hasSecretService();

let dataDir: string;
let sandbox: SandboxHandle;
const service = `appt-connector-cli-test-${randomUUID()}`;

/** Spawn the CLI; `input` is piped to stdin (not a terminal). Async so the sandbox in this process keeps answering. */
function cli(args: string[], input = ''): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/appt-connector.mjs', 'credentials', ...args], {
      env: {
        ...process.env,
        APPT_DATA_DIR: dataDir,
        APPT_KEYCHAIN_SERVICE: service,
        APPT_SANDBOX_URL: sandbox.url,
      },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'credentials-cli-'));
  sandbox = await startSandbox({ dataDir: path.join(dataDir, 'sandbox'), processingDelayMs: 10 });
});
afterAll(async () => {
  await sandbox?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function inProcess(args: string[], store = new MemoryCredentialStore()) {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void lines.push(String(m)));
  const error = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void lines.push(String(m)));
  try {
    const code = await run([...args, '--data-dir', dataDir], store);
    return { code, text: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe('appt-connector credentials', () => {
  it('refuses secrets as arguments, unknown practices and missing --practice (exit 2)', async () => {
    expect((await inProcess(['set', 'my-password', '--practice', 'Demo practice'])).text).toContain(
      'Secrets are never taken as arguments',
    );
    const unknown = await inProcess(['test', '--practice', 'Nowhere']);
    expect(unknown.code).toBe(2);
    expect(unknown.text).toContain(
      "No practice named 'Nowhere' in the settings. Practices: 'Demo practice'.",
    );
    expect((await inProcess(['delete'])).code).toBe(2);
  });

  it.skipIf(!secretService)(
    'set reads piped secrets into the keychain, never into settings.json; test refuses a wrong password; delete removes them',
    async () => {
      const password = `pw-${randomUUID()}`;
      const set = await cli(
        ['set', '--practice', 'demo practice'],
        `${'sandbox-app-token'}\nsandbox-user\n${password}\n`,
      );
      expect(set.err).toBe('');
      expect(set.code).toBe(0);
      expect(set.out).toContain(
        "Saved the app token, user name and password of 'Demo practice' in the OS keychain",
      );
      const keychain = new KeytarCredentialStore(service);
      expect(await keychain.get(secretKey('demo-practice', 'password'))).toBe(password);
      expect(await keychain.get(secretKey('demo-practice', 'username'))).toBe('sandbox-user');
      const settingsText = fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8');
      expect(settingsText).not.toContain(password);
      expect(settingsText).not.toContain('sandbox-app-token');

      // These are the sandbox's demo user and app token with our password: refused, exit 1.
      const wrong = await cli(['test', '--practice', 'Demo practice']);
      expect(wrong.code).toBe(1);
      expect(wrong.err).toMatch(/Could not sign in for 'Demo practice' at http:\/\/127\.0\.0\.1:\d+/);
      expect(wrong.err).toContain('Check the app token, user name and password');
      expect(wrong.err + wrong.out).not.toContain(password);

      const del = await cli(['delete', '--practice', 'Demo practice']);
      expect(del.code).toBe(0);
      expect(del.out).toMatch(/Deleted \d saved secret\(s\) of 'Demo practice'/);
      expect(await keychain.keys()).toEqual([]);
    },
  );

  it('test signs in with good credentials (in process, sandbox on loopback)', async () => {
    const store = new MemoryCredentialStore();
    for (const [name, value] of [
      ['appToken', sandbox.appToken],
      ['username', sandbox.username],
      ['password', sandbox.password],
    ] as const)
      await store.set(secretKey('demo-practice', name), value);
    const before = process.env.APPT_SANDBOX_URL;
    process.env.APPT_SANDBOX_URL = sandbox.url;
    try {
      const ok = await inProcess(['test', '--practice', 'Demo practice'], store);
      expect(ok.text).toMatch(/^OK: Signed in to 127\.0\.0\.1:\d+/);
      expect(ok.code).toBe(0);
    } finally {
      if (before === undefined) delete process.env.APPT_SANDBOX_URL;
      else process.env.APPT_SANDBOX_URL = before;
    }
  });

  it('test gives up on a silent server after the connection-test limit (15 s, as the desktop app), not the 30 s of a send', async () => {
    // A server that takes the connection and never answers: the sign-in waits out the limit.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      const r = await inProcess([
        'test',
        '--practice',
        'Demo practice',
        '--sandbox-url',
        `http://127.0.0.1:${port}`,
      ]);
      expect(r.code).toBe(1);
      expect(r.text).toContain(`No answer from 127.0.0.1:${port} within 15 s.`);
    } finally {
      silent.close();
    }
  }, 60_000);

  it('refuses to save when a value is missing from the pipe', async () => {
    const r = spawnSync(
      process.execPath,
      ['bin/appt-connector.mjs', 'credentials', 'set', '--practice', 'Demo practice'],
      {
        input: 'only-a-token\n',
        encoding: 'utf8',
        env: { ...process.env, APPT_DATA_DIR: dataDir, APPT_KEYCHAIN_SERVICE: service },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Nothing was saved: the user name, the password was empty');
  });
});
