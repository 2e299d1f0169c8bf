// The sandbox over real HTTP on 127.0.0.1: Medfusion's endpoints as the spec describes them, the
// fault switches, the received log, the portal and persistence across a restart.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SANDBOX_CREDENTIALS } from '../../main/credentials/sandbox-credentials.ts';
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../main/sandbox/server.ts';
import { EVENTS_FILE } from '../../main/sandbox/store.ts';
import { appointmentXml, readSample, tempDir } from './documents.ts';

const dirs: string[] = [];
const handles: SandboxHandle[] = [];
let offsetMs = 0;
const clock = () => Date.now() + offsetMs;

async function start(over: Partial<SandboxOptions> = {}): Promise<SandboxHandle> {
  const dataDir = over.dataDir ?? tempDir('sandbox');
  if (!over.dataDir) dirs.push(dataDir);
  const h = await startSandbox({ processingDelayMs: 10, clock, ...over, dataDir });
  handles.push(h);
  return h;
}

afterEach(async () => {
  offsetMs = 0;
  while (handles.length) await handles.pop()!.close();
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

const { clientId, clientSecret } = SANDBOX_CREDENTIALS;

async function token(sb: SandboxHandle, basic = `Basic ${clientId}:${clientSecret}`, password = sb.password) {
  return fetch(`${sb.url}/v1/oauth2/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      Authorization: basic,
    },
    body: new URLSearchParams({ grant_type: 'password', username: sb.username, password }).toString(),
  });
}

async function bearer(sb: SandboxHandle): Promise<string> {
  const j = (await (await token(sb)).json()) as { accessToken: string };
  return j.accessToken;
}

async function post(
  sb: SandboxHandle,
  body: string,
  opts: { token?: string; type?: string; practiceId?: string } = {},
) {
  return fetch(`${sb.url}/v1/practice/${opts.practiceId ?? sb.practiceId}/appointmentsdata`, {
    method: 'POST',
    headers: {
      'Content-Type': opts.type ?? 'application/xml',
      ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}),
    },
    body,
  });
}

async function status(sb: SandboxHandle, location: string, tok: string): Promise<string> {
  const r = await fetch(location, { headers: { Authorization: `Bearer ${tok}` } });
  expect(r.status).toBe(200);
  return r.text();
}

async function waitFor(fn: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('timed out waiting');
}

describe('sandbox OAuth', () => {
  it('exchanges the app token for client credentials as Medfusion documents it', async () => {
    const sb = await start();
    const r = await fetch(`${sb.url}/v1/oauth2/oauthapplication/${sb.appToken}`, {
      headers: { Accept: 'application/json' },
    });
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      applicationName: expect.any(String),
      grantTypes: ['password'],
      clientId,
      clientSecret,
      oauthVersion: 'O_AUTH_2_0',
    });
    expect((await fetch(`${sb.url}/v1/oauth2/oauthapplication/nope`)).status).toBe(404);
  });

  it('issues camelCase BEARER tokens for Basic raw and base64; refuses a bad client or password', async () => {
    const sb = await start({ expiresInSec: 77 });
    const raw = await token(sb);
    expect(raw.status).toBe(200);
    const j = (await raw.json()) as Record<string, unknown>;
    expect(j).toMatchObject({
      tokenType: 'BEARER',
      expiresIn: 77,
      refreshToken: null,
      accessTokenSecret: null,
    });
    expect(typeof j.accessToken).toBe('string');
    const b64 = await token(sb, `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`);
    expect(b64.status).toBe(200);
    expect((await token(sb, `Basic ${clientId}:wrong`)).status).toBe(401);
    expect((await token(sb, undefined, 'wrong')).status).toBe(401);
  });

  it('tokens expire after expiresIn', async () => {
    const sb = await start({ expiresInSec: 60 });
    const tok = await bearer(sb);
    const xml = appointmentXml(sb.practiceId, [{ id: 'T-1' }]);
    expect((await post(sb, xml, { token: tok })).status).toBe(202);
    offsetMs = 61_000;
    expect((await post(sb, xml, { token: tok })).status).toBe(401);
  });
});

describe('sandbox appointmentsdata', () => {
  it('answers 401 without a token, 404 for an unknown practice, 415 for a non-XML type, 400 with the validator text', async () => {
    const sb = await start();
    const tok = await bearer(sb);
    const xml = appointmentXml(sb.practiceId, [{ id: 'X-1' }]);
    expect((await post(sb, xml)).status).toBe(401);
    const nf = await post(sb, xml, { token: tok, practiceId: '00000000-0000-4000-8000-000000000000' });
    expect(nf.status).toBe(404);
    const ut = await post(sb, xml, { token: tok, type: 'text/plain' });
    expect(ut.status).toBe(415);
    expect(await ut.text()).toMatch(/Content-Type: application\/xml/);
    const bad = await post(sb, xml.replace('<Status>NEW</Status>', '<Status>MAYBE</Status>'), { token: tok });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toMatch(/failed XML validation/);
    expect(text).toMatch(/line \d+/);
    expect(text).toMatch(/Status/);
    expect(sb.received()).toEqual([]);
  });

  it("accepts the API page's sample as it is (its IntegrationPracticeId differs from the URL's)", async () => {
    const sb = await start();
    const tok = await bearer(sb);
    const sample = readSample('medfusion_doc_sample.xml');
    expect(sample).not.toContain(sb.practiceId);
    const r = await post(sb, sample, { token: tok, type: 'application/xml; charset=utf-8' });
    expect(r.status).toBe(202);
    expect(r.headers.get('content-type')).toMatch(/application\/xml/);
    const body = await r.text();
    const messageId = /<MessageId>([^<]+)<\/MessageId>/.exec(body)![1]!;
    expect(body).toMatch(/<ProcessingStatus>Successful<\/ProcessingStatus>/);
    expect(r.headers.get('location')).toBe(
      `${sb.url}/v1/practice/${sb.practiceId}/processingStatus/${messageId}`,
    );
  });

  it('reports INPROGRESS until processed, then COMPLETED / ERROR per appointment (one envelope message first)', async () => {
    const sb = await start({ processingDelayMs: 300 });
    const tok = await bearer(sb);
    const r = await post(
      sb,
      appointmentXml(sb.practiceId, [{ id: 'S-1' }, { id: 'S-2', status: 'CANCEL' }]),
      { token: tok },
    );
    const loc = r.headers.get('location')!;
    const early = await status(sb, loc, tok);
    expect(early.match(/<State>INPROGRESS<\/State>/g)).toHaveLength(3);
    await waitFor(async () => !(await status(sb, loc, tok)).includes('INPROGRESS'));
    const done = await status(sb, loc, tok);
    expect(done.match(/<State>[A-Z]+<\/State>/g)).toEqual([
      '<State>COMPLETED</State>',
      '<State>COMPLETED</State>',
      '<State>ERROR</State>',
    ]);
    expect(done).toMatch(
      /<PracticeResourceId>S-2<\/PracticeResourceId>[\s\S]*<Description>CANCEL for AppointmentId 'S-2'/,
    );
    // The DataJobId is a handle for the status too; another practice's status is not shown.
    const dataJobId = /<DataJobId>([^<]+)</.exec(done)![1]!;
    expect(
      (await fetch(loc.replace(/[^/]+$/, dataJobId), { headers: { Authorization: `Bearer ${tok}` } })).status,
    ).toBe(200);
    const other = loc.replace(sb.practiceId, sb.practices[1]!.practiceId);
    expect((await fetch(other, { headers: { Authorization: `Bearer ${tok}` } })).status).toBe(404);
  });
});

describe('sandbox fault switches', () => {
  it('are driven over HTTP: status with Retry-After for N requests, per route, then normal again', async () => {
    const sb = await start();
    const set = await fetch(`${sb.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ add: { route: 'token', status: 503, retryAfter: 7, times: 2 } }),
    });
    expect(set.status).toBe(200);
    expect(((await set.json()) as { faults: unknown[] }).faults).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const r = await token(sb);
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('7');
    }
    expect((await token(sb)).status).toBe(200);
    const bad = await fetch(`${sb.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ add: { route: 'nope', status: 500 } }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/route must be one of/);
  });

  it('expire all tokens, persistent 401 and clear work over HTTP', async () => {
    const sb = await start();
    const tok = await bearer(sb);
    const xml = appointmentXml(sb.practiceId, [{ id: 'F-1' }]);
    await fetch(`${sb.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"expireTokens":true}',
    });
    expect((await post(sb, xml, { token: tok })).status).toBe(401);
    const fresh = await bearer(sb);
    await fetch(`${sb.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ set: [{ route: 'appointmentsdata', status: 401, times: 'always' }] }),
    });
    for (let i = 0; i < 3; i++) expect((await post(sb, xml, { token: fresh })).status).toBe(401);
    await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' });
    expect((await post(sb, xml, { token: fresh })).status).toBe(202);
  });

  it("phase 'after' drops the reply of an accepted POST, and /__sandbox/received shows it was taken", async () => {
    const sb = await start();
    const tok = await bearer(sb);
    const xml = appointmentXml(sb.practiceId, [{ id: 'L-1' }, { id: 'L-2' }]);
    sb.faults.set({ route: 'appointmentsdata', drop: true, phase: 'after' });
    await expect(post(sb, xml, { token: tok })).rejects.toThrow();
    const r = (await (await fetch(`${sb.url}/__sandbox/received`)).json()) as {
      received: Array<Record<string, unknown>>;
    };
    expect(r.received).toHaveLength(1);
    expect(r.received[0]).toMatchObject({
      practiceId: sb.practiceId,
      appointmentIds: ['L-1', 'L-2'],
      sha256: createHash('sha256').update(xml).digest('hex'),
    });
    expect(typeof r.received[0]!.dataJobId).toBe('string');
    expect(Number.isNaN(Date.parse(String(r.received[0]!.receivedAt)))).toBe(false);
  });
});

describe('sandbox portal and persistence', () => {
  it('shows an appointment under Upcoming, then as cancelled after CANCEL; past ones under Previous; escapes HTML', async () => {
    const sb = await start({ timeZone: 'America/Los_Angeles' });
    const tok = await bearer(sb);
    const first = appointmentXml(sb.practiceId, [
      {
        id: 'P-A',
        patientId: 'PT-9',
        time: '2099-03-04T17:30:00.000Z',
        description: 'Check <script>alert(1)</script>',
      },
      { id: 'P-B', patientId: 'PT-9', time: '2001-01-02T15:00:00.000Z', description: 'Old visit' },
    ]);
    expect((await post(sb, first, { token: tok })).status).toBe(202);
    await waitFor(async () =>
      (await fetch(`${sb.url}/portal/${sb.practiceId}`)).text().then((t) => t.includes('PT-9')),
    );
    const list = await (await fetch(`${sb.url}/portal/${sb.practiceId}`)).text();
    expect(list).toContain(`href="/portal/${sb.practiceId}/patients/PT-9"`);

    const page = async () => (await fetch(`${sb.url}/portal/${sb.practiceId}/patients/PT-9`)).text();
    let html = await page();
    const [upcoming, previous] = html.split('<h2>Previous</h2>');
    expect(upcoming).toContain('Wed, Mar 4, 2099, 9:30 AM PST');
    expect(upcoming).toContain('Check &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(previous).toContain('Old visit');
    expect(upcoming).not.toContain('Cancelled');

    const cancel = appointmentXml(sb.practiceId, [
      { id: 'P-A', status: 'CANCEL', patientId: 'PT-9', time: '2099-03-04T17:30:00.000Z' },
    ]);
    expect((await post(sb, cancel, { token: tok })).status).toBe(202);
    await waitFor(async () => (await page()).includes('Cancelled'));
    html = await page();
    expect(html).toMatch(/<tr class="cancelled" data-appointment-id="P-A">[\s\S]*?Cancelled/);
    expect((await fetch(`${sb.url}/portal/unknown-practice`)).status).toBe(404);
  });

  it('keeps what it received, processed and showed across a restart on the same data dir', async () => {
    const dataDir = tempDir('sandbox-restart');
    dirs.push(dataDir);
    // Long delay: the second document is still unprocessed when the sandbox stops.
    let sb = await start({ dataDir, processingDelayMs: 20 });
    let tok = await bearer(sb);
    const a = await post(sb, appointmentXml(sb.practiceId, [{ id: 'R-1', patientId: 'PT-R' }]), {
      token: tok,
    });
    await waitFor(async () =>
      (await status(sb, a.headers.get('location')!, tok)).includes('<State>COMPLETED</State>'),
    );
    await sb.close();
    handles.pop();
    sb = await start({ dataDir, processingDelayMs: 60_000 });
    tok = await bearer(sb);
    const b = await post(sb, appointmentXml(sb.practiceId, [{ id: 'R-2', patientId: 'PT-R' }]), {
      token: tok,
    });
    const before = sb.received();
    await sb.close();
    handles.pop();

    sb = await start({ dataDir, processingDelayMs: 10 });
    expect(sb.received()).toEqual(before);
    expect(sb.received().map((r) => r.appointmentIds)).toEqual([['R-1'], ['R-2']]);
    tok = await bearer(sb);
    // The pending document is processed after the restart; the first one's status is still there.
    const locB = b.headers.get('location')!.replace(/^http:\/\/[^/]+/, sb.url);
    await waitFor(async () => !(await status(sb, locB, tok)).includes('INPROGRESS'));
    const locA = a.headers.get('location')!.replace(/^http:\/\/[^/]+/, sb.url);
    expect(await status(sb, locA, tok)).toContain('<PracticeResourceId>R-1</PracticeResourceId>');
    const html = await (await fetch(`${sb.url}/portal/${sb.practiceId}/patients/PT-R`)).text();
    expect(html).toContain('data-appointment-id="R-1"');
    expect(html).toContain('data-appointment-id="R-2"');
  });

  it('survives a log cut off mid-line by a crash', async () => {
    const dataDir = tempDir('sandbox-cut');
    dirs.push(dataDir);
    let sb = await start({ dataDir });
    const tok = await bearer(sb);
    await post(sb, appointmentXml(sb.practiceId, [{ id: 'C-1' }]), { token: tok });
    await sb.close();
    handles.pop();
    fs.appendFileSync(path.join(dataDir, EVENTS_FILE), '{"type":"accepted","job":{"dataJ');
    sb = await start({ dataDir });
    expect(sb.received()).toHaveLength(1);
    const tok2 = await bearer(sb);
    expect((await post(sb, appointmentXml(sb.practiceId, [{ id: 'C-2' }]), { token: tok2 })).status).toBe(
      202,
    );
    await sb.close();
    handles.pop();
    sb = await start({ dataDir });
    expect(sb.received().map((r) => r.appointmentIds[0])).toEqual(['C-1', 'C-2']);
  });
});

describe('sandbox start-up', () => {
  it('falls back to a free port when asked and the port is taken; otherwise fails; logs without app tokens', async () => {
    const lines: string[] = [];
    const first = await start({ log: (l) => lines.push(l) });
    const port = Number(new URL(first.url).port);
    const second = await start({ port, fallbackToFreePort: true });
    expect(second.url).not.toBe(first.url);
    await expect(start({ port })).rejects.toThrow(/EADDRINUSE/);
    await fetch(`${first.url}/v1/oauth2/oauthapplication/${first.appToken}`);
    await waitFor(async () => lines.length > 0);
    expect(lines[0]).toMatch(/^GET \/v1\/oauth2\/oauthapplication\/… 200 \d+ ms$/);
    expect(lines.join('\n')).not.toContain(first.appToken);
  });
});
