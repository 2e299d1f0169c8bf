// MedfusionClient against the real sandbox over HTTP on 127.0.0.1 (no mocked HTTP layer). The
// fetch passed in only records which endpoints were called, then calls Node's fetch.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { MemoryCredentialStore, secretKey } from '../../main/credentials/credential-store.ts';
import { MedfusionClient, type MedfusionClientOptions } from '../../main/medfusion/client.ts';
import type { ProcessingStatusReport } from '../../main/medfusion/outcomes.ts';
import { withRetry } from '../../main/medfusion/retry.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { appointmentXml, readSample, tempDir } from '../sandbox/documents.ts';

let sb: SandboxHandle;
let dir: string;
let offsetMs = 0;
const clock = () => Date.now() + offsetMs;
let calls: string[] = [];
const recordingFetch: typeof fetch = (input, init) => {
  const path = new URL(String(input)).pathname
    .replace(/\/practice\/[^/]+/, '/practice/:id')
    .replace(/\/processingStatus\/.+$/, '/processingStatus/:id')
    .replace(/\/oauthapplication\/.+$/, '/oauthapplication/:token');
  calls.push(`${init?.method ?? 'GET'} ${path}`);
  return fetch(input, init);
};
const count = (prefix: string) => calls.filter((c) => c.startsWith(prefix)).length;

beforeEach(async () => {
  offsetMs = 0;
  calls = [];
  dir = tempDir('mf-client');
  sb = await startSandbox({ dataDir: dir, expiresInSec: 120, processingDelayMs: 20, clock });
});
afterEach(async () => {
  await sb.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function makeClient(over: Partial<MedfusionClientOptions> = {}, password = sb.password) {
  const store = new MemoryCredentialStore();
  await store.set(secretKey('practice-1', 'appToken'), sb.appToken);
  await store.set(secretKey('practice-1', 'username'), sb.username);
  await store.set(secretKey('practice-1', 'password'), password);
  const client = new MedfusionClient({
    baseUrl: sb.url,
    practiceId: sb.practiceId,
    credentials: store,
    credentialKey: 'practice-1',
    clock,
    fetch: recordingFetch,
    timeoutMs: 5000,
    ...over,
  });
  return { client, store };
}

async function waitFinished(client: MedfusionClient, location: string): Promise<ProcessingStatusReport> {
  for (let i = 0; i < 100; i++) {
    const s = await client.getProcessingStatus(location);
    if (s.kind !== 'status') throw new Error(`status: ${s.kind} ${s.message}`);
    if (s.report.finished) return s.report;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('processing did not finish');
}

const doc = (ids: string[] = ['A-1']) =>
  appointmentXml(
    sb.practiceId,
    ids.map((id) => ({ id })),
  );

describe('MedfusionClient against the sandbox', () => {
  it("posts the API page's sample document as it is and reads its processing status", async () => {
    const sample = readSample('medfusion_doc_sample.xml');
    const { client } = await makeClient();
    const out = await client.postAppointmentData(sample);
    expect(out.kind).toBe('accepted');
    if (out.kind !== 'accepted') return;
    expect(out.httpStatus).toBe(202);
    expect(out.processingStatus).toBe('Successful');
    expect(out.location).toBe(`${sb.url}/v1/practice/${sb.practiceId}/processingStatus/${out.messageId}`);
    const rec = sb.received();
    expect(rec).toHaveLength(1);
    expect(rec[0]).toMatchObject({ dataJobId: out.dataJobId, appointmentIds: ['123452'] });
    expect(rec[0]!.sha256).toBe(createHash('sha256').update(sample).digest('hex'));
    const report = await waitFinished(client, out.location!);
    expect(report.dataJobId).toBe(out.dataJobId);
    expect(report.messages.map((m) => [m.practiceResourceId, m.state])).toEqual([
      [undefined, 'COMPLETED'],
      ['123452', 'COMPLETED'],
    ]);
  });

  it('exchanges the app token once, stores the client credentials, reuses the token and renews it before expiry', async () => {
    const { client, store } = await makeClient();
    for (let i = 0; i < 3; i++)
      expect((await client.postAppointmentData(doc([`A-${i}`]))).kind).toBe('accepted');
    expect(count('GET /v1/oauth2/oauthapplication')).toBe(1);
    expect(count('POST /v1/oauth2/token')).toBe(1);
    expect(await store.get(secretKey('practice-1', 'clientId'))).toBe('sandbox-client-id');
    expect(await store.get(secretKey('practice-1', 'clientSecret'))).toBe('sandbox-client-secret');

    // 120 s token, renewed 12 s (10 %) early: at +110 s a new token is fetched BEFORE any 401.
    offsetMs = 110_000;
    expect((await client.postAppointmentData(doc(['A-9']))).kind).toBe('accepted');
    expect(count('POST /v1/oauth2/token')).toBe(2);
    expect(count('POST /v1/practice')).toBe(4);
    expect(count('GET /v1/oauth2/oauthapplication')).toBe(1);
  });

  it('re-authenticates once on a 401 and then succeeds', async () => {
    const { client } = await makeClient();
    expect((await client.postAppointmentData(doc())).kind).toBe('accepted');
    sb.faults.expireTokens();
    calls = [];
    const out = await client.postAppointmentData(doc(['A-2']));
    expect(out.kind).toBe('accepted');
    expect(calls).toEqual([
      'POST /v1/practice/:id/appointmentsdata',
      'POST /v1/oauth2/token',
      'POST /v1/practice/:id/appointmentsdata',
    ]);
  });

  it('reports unauthorized when the 401 persists after one fresh token, without leaking secrets', async () => {
    const { client } = await makeClient();
    sb.faults.set({ route: 'appointmentsdata', status: 401, times: 'always' });
    const out = await client.postAppointmentData(doc());
    expect(out.kind).toBe('unauthorized');
    expect(count('POST /v1/practice')).toBe(2);
    expect(count('POST /v1/oauth2/token')).toBe(2);
    const text = JSON.stringify(out);
    for (const secret of [sb.password, 'sandbox-client-secret']) expect(text).not.toContain(secret);
  });

  it('signs in with the Basic client header raw (default) and base64', async () => {
    for (const basicEncoding of ['raw', 'base64'] as const) {
      const { client } = await makeClient({ basicEncoding });
      const t = await client.testConnection();
      expect(t.kind).toBe('ok');
      expect((await client.postAppointmentData(doc([`B-${basicEncoding}`]))).kind).toBe('accepted');
    }
  });

  it('testConnection tells when the credentials work only with the other Basic form', async () => {
    await sb.close();
    sb = await startSandbox({ dataDir: dir, acceptBasic: 'base64', clock });
    const { client } = await makeClient();
    const t = await client.testConnection();
    expect(t).toMatchObject({ kind: 'unauthorized', httpStatus: 401 });
    if (t.kind !== 'ok') expect(t.hint).toMatch(/work with the 'base64' client authentication setting/);
    const { client: b64 } = await makeClient({ basicEncoding: 'base64' });
    expect((await b64.testConnection()).kind).toBe('ok');
  });

  it('testConnection says plainly what is wrong, and never repeats the password', async () => {
    const { client } = await makeClient({}, 'wrong-password-123');
    const t = await client.testConnection();
    expect(t.kind).toBe('unauthorized');
    if (t.kind === 'ok') return;
    expect(t.message).toMatch(/Signing in to Medfusion: HTTP 401/);
    expect(t.hint).toMatch(/app token, user name and password/);
    expect(JSON.stringify(t)).not.toContain('wrong-password-123');

    const empty = new MedfusionClient({
      baseUrl: sb.url,
      practiceId: sb.practiceId,
      credentials: new MemoryCredentialStore(),
      credentialKey: 'nobody',
      fetch: recordingFetch,
    });
    calls = [];
    const none = await empty.postAppointmentData(doc());
    expect(none).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/No credentials/) });
    expect(calls).toEqual([]);
  });

  it("400, 404 and 415 are final, carry the server's words, and are not retried", async () => {
    const { client } = await makeClient();
    const invalid = doc().replace('<Description>Blood pressure recheck</Description>', '');
    let attempts = 0;
    const bad = await withRetry(() => (attempts++, client.postAppointmentData(invalid)), {
      maxAttempts: 4,
      baseMs: 1,
      capMs: 1,
    });
    expect(attempts).toBe(1);
    expect(bad).toMatchObject({ kind: 'rejected', httpStatus: 400 });
    if (bad.kind === 'rejected') {
      expect(bad.serverText).toMatch(/failed XML validation/);
      expect(bad.serverText).toMatch(/Description/);
    }

    const { client: other } = await makeClient({ practiceId: '00000000-0000-4000-8000-000000000000' });
    const unknown = await other.postAppointmentData(doc());
    expect(unknown).toMatchObject({ kind: 'rejected', httpStatus: 404 });
    if (unknown.kind === 'rejected') expect(unknown.serverText).toMatch(/no practice with integration id/);

    sb.faults.set({ route: 'appointmentsdata', status: 415 });
    const media = await client.postAppointmentData(doc());
    expect(media).toMatchObject({ kind: 'rejected', httpStatus: 415 });
    if (media.kind === 'rejected') expect(media.message).toMatch(/expects application\/xml/);
    expect(sb.received()).toHaveLength(0);
  });

  it('500 and 429 with Retry-After are retried with backoff, then succeed', async () => {
    const { client } = await makeClient();
    sb.faults.set([
      { route: 'appointmentsdata', status: 500, times: 2 },
      { route: 'appointmentsdata', status: 429, retryAfter: 1 },
    ]);
    const waits: number[] = [];
    const kinds: string[] = [];
    const out = await withRetry(
      async () => {
        const o = await client.postAppointmentData(doc());
        kinds.push(o.kind === 'retryable' ? `retryable ${o.httpStatus}` : o.kind);
        return o;
      },
      {
        maxAttempts: 5,
        baseMs: 40,
        capMs: 200,
        random: () => 0.5,
        sleep: async (ms) => {
          waits.push(ms);
          await new Promise((r) => setTimeout(r, Math.min(ms, 50)));
        },
      },
    );
    expect(out.kind).toBe('accepted');
    expect(kinds).toEqual(['retryable 500', 'retryable 500', 'retryable 429', 'accepted']);
    // Full jitter at 0.5: 20, 40; then the server's Retry-After: 1 s.
    expect(waits).toEqual([20, 40, 1000]);
    expect(sb.received()).toHaveLength(1);
  });

  it('an answer slower than timeoutMs is retryable and flagged as possibly arrived', async () => {
    const { client } = await makeClient({ timeoutMs: 300 });
    expect((await client.testConnection()).kind).toBe('ok');
    sb.faults.set({ route: 'appointmentsdata', delayMs: 2000 });
    const t0 = Date.now();
    const out = await client.postAppointmentData(doc());
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(out).toMatchObject({ kind: 'retryable', mayHaveArrived: true });
    expect(out.kind === 'retryable' && out.httpStatus).toBe(undefined);
    expect(out.kind === 'retryable' && out.message).toMatch(/No answer from 127\.0\.0\.1:\d+ within 300 ms/);
  });

  it('502/503 are retryable and Retry-After may be an HTTP date; http:// to a non-loopback host is refused up front', async () => {
    const { client } = await makeClient();
    expect((await client.testConnection()).kind).toBe('ok');
    const when = new Date(Date.now() + 30_000).toUTCString();
    sb.faults.set([
      { route: 'appointmentsdata', status: 502 },
      { route: 'appointmentsdata', status: 503, retryAfter: when },
    ]);
    expect(await client.postAppointmentData(doc())).toMatchObject({ kind: 'retryable', httpStatus: 502 });
    const o = await client.postAppointmentData(doc());
    expect(o).toMatchObject({ kind: 'retryable', httpStatus: 503 });
    const ms = o.kind === 'retryable' ? (o.retryAfterMs ?? -1) : -1;
    expect(ms).toBeGreaterThan(25_000);
    expect(ms).toBeLessThanOrEqual(30_000);
    await expect(makeClient({ baseUrl: 'http://integration.medfusion.net' })).rejects.toThrow(
      /Refused 'http:\/\/integration/,
    );
  });

  it('a dropped connection is retryable (on the API and on the token endpoint)', async () => {
    const { client } = await makeClient();
    sb.faults.set({ route: 'token', drop: true });
    const t = await client.postAppointmentData(doc());
    expect(t.kind).toBe('retryable');
    sb.faults.set({ route: 'appointmentsdata', drop: true });
    const out = await client.postAppointmentData(doc());
    expect(out).toMatchObject({ kind: 'retryable', mayHaveArrived: true });
    expect(out.kind === 'retryable' && out.message).toMatch(/Could not reach/);
    expect((await client.postAppointmentData(doc())).kind).toBe('accepted');
  });

  it('a batch with one bad appointment ends COMPLETED for the good ones and ERROR with a description for the bad one', async () => {
    const { client } = await makeClient();
    const xml = appointmentXml(sb.practiceId, [
      { id: 'G-1' },
      { id: 'NEVER-SEEN', status: 'UPDATE' },
      { id: 'G-2', patientId: 'P-2' },
    ]);
    const out = await client.postAppointmentData(xml);
    expect(out.kind).toBe('accepted');
    if (out.kind !== 'accepted') return;
    const report = await waitFinished(client, out.location!);
    expect(report.messages).toHaveLength(4);
    expect(report.messages.map((m) => [m.practiceResourceId, m.state])).toEqual([
      [undefined, 'COMPLETED'],
      ['G-1', 'COMPLETED'],
      ['NEVER-SEEN', 'ERROR'],
      ['G-2', 'COMPLETED'],
    ]);
    const err = report.messages[2]!.error!;
    expect(err.description).toMatch(/UPDATE for AppointmentId 'NEVER-SEEN'.*never received with Status NEW/);
    expect(err.severity).toBe('FATAL');
  });

  it('reads the status through the base URL even when Location names another host', async () => {
    const { client } = await makeClient();
    const out = await client.postAppointmentData(doc());
    if (out.kind !== 'accepted') throw new Error(out.kind);
    const foreign = out.location!.replace(/^http:\/\/[^/]+/, 'https://elsewhere.example');
    calls = [];
    const s = await client.getProcessingStatus(foreign);
    expect(s.kind).toBe('status');
    expect(calls).toEqual(['GET /v1/practice/:id/processingStatus/:id']);
  });
});
