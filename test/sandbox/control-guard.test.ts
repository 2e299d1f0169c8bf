// The sandbox's /__sandbox controls over real HTTP: a web page the tester happens to have open
// must not be able to switch faults on (a cross-site "simple" POST carries text/plain and needs no
// preflight), nor reach them through DNS rebinding (a foreign Host name resolving to 127.0.0.1).
// Also: the CLI warns when told to listen on every interface.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import readline from 'node:readline';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { tempDir } from './documents.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/appt-connector.mjs');

let sb: SandboxHandle;
let dir: string;

beforeAll(async () => {
  dir = tempDir('sandbox-guard');
  sb = await startSandbox({ dataDir: dir, processingDelayMs: 10 });
});
afterAll(async () => {
  await sb.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** node:http rather than fetch, so the Host header can be set as a rebinding page would. */
function request(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body = '',
): Promise<{ status: number; body: string }> {
  const u = new URL(sb.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: pathname, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const RULE = JSON.stringify({ add: { route: 'token', status: 503, times: 1 } });

describe('sandbox control endpoints', () => {
  it('refuse a POST without a JSON content type (what a cross-site form or fetch sends) and add no rule', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const r = await request('POST', '/__sandbox/faults', { 'Content-Type': type }, RULE);
      expect(r.status).toBe(415);
      expect(r.body).toMatch(/Content-Type: application\/json/);
    }
    const none = await request('POST', '/__sandbox/faults', {}, RULE);
    expect(none.status).toBe(415);
    expect(sb.faults.list()).toEqual([]);
  });

  it('refuse a request whose Host is not this computer (DNS rebinding), for every control', async () => {
    const json = { 'Content-Type': 'application/json' };
    for (const host of ['evil.example:80', `attacker.test:${new URL(sb.url).port}`]) {
      const post = await request('POST', '/__sandbox/faults', { ...json, Host: host }, RULE);
      expect(post.status).toBe(403);
      expect(post.body).toMatch(/Host/);
      expect((await request('DELETE', '/__sandbox/faults', { Host: host })).status).toBe(403);
      expect((await request('GET', '/__sandbox/received', { Host: host })).status).toBe(403);
    }
    expect(sb.faults.list()).toEqual([]);
  });

  it('accept JSON from a loopback Host (127.0.0.1, localhost, [::1])', async () => {
    const port = new URL(sb.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost']) {
      const r = await request(
        'POST',
        '/__sandbox/faults',
        { 'Content-Type': 'application/json; charset=utf-8', Host: host },
        RULE,
      );
      expect(r.status).toBe(200);
      expect((await request('DELETE', '/__sandbox/faults', { Host: host })).status).toBe(200);
    }
  });
});

describe('appt-connector sandbox --host', () => {
  async function startCli(host: string): Promise<{ stderr: string; stdout: string }> {
    const data = path.join(dir, `cli-${host.replace(/\W/g, '_')}`);
    const child = spawn(
      process.execPath,
      [BIN, 'sandbox', '--json', '--port', '0', '--host', host, '--data-dir', data],
      {
        cwd: ROOT,
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (c: string) => (stderr += c));
    const first = await new Promise<string>((resolve, reject) => {
      const rl = readline.createInterface({ input: child.stdout });
      rl.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${stderr}`)));
    });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    return { stdout: first, stderr };
  }

  it('warns on 0.0.0.0 that every computer on the network can reach it', async () => {
    const wide = await startCli('0.0.0.0');
    expect(wide.stderr).toMatch(/Warning: .*0\.0\.0\.0.*every computer/i);
    const local = await startCli('127.0.0.1');
    expect(local.stderr).not.toMatch(/Warning/);
  }, 60_000);
});
