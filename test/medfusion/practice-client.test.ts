// The one "practice → Medfusion client" factory against the real sandbox on 127.0.0.1: which
// address an environment names and which credentials a practice signs in with.
import fs from 'node:fs';
import { MemoryCredentialStore, secretKey } from '../../main/credentials/credential-store.ts';
import { EnvironmentError, MEDFUSION_BASE_URLS } from '../../main/medfusion/environments.ts';
import { createPracticeClient } from '../../main/medfusion/practice-client.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { tempDir } from '../sandbox/documents.ts';

let sb: SandboxHandle;
let dir: string;
beforeAll(async () => {
  dir = tempDir('practice-client');
  sb = await startSandbox({ dataDir: dir, processingDelayMs: 10 });
});
afterAll(async () => {
  await sb.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const practice = (environment: string) => ({
  environment,
  practiceId: sb.practiceId,
  credentialKey: 'practice-1',
});

describe('createPracticeClient', () => {
  it('on the sandbox, signs in with the demo credentials when none are stored', async () => {
    const { client, baseUrl } = createPracticeClient(practice('sandbox'), {
      credentials: new MemoryCredentialStore(),
      sandboxUrl: sb.url,
    });
    expect(baseUrl).toBe(sb.url);
    expect((await client.testConnection()).kind).toBe('ok');
  });

  it('on the sandbox, what the person stored wins over the demo credentials', async () => {
    const store = new MemoryCredentialStore();
    await store.set(secretKey('practice-1', 'password'), 'not-the-sandbox-password');
    const { client } = createPracticeClient(practice('sandbox'), { credentials: store, sandboxUrl: sb.url });
    const result = await client.testConnection();
    expect(result.kind).toBe('unauthorized');
  });

  it('elsewhere, never falls back to the demo credentials', async () => {
    // The sandbox's own address given as a custom environment: same server, but not `sandbox`,
    // so nothing stored means no sign-in at all (no request is made).
    const { client } = createPracticeClient(practice(sb.url), { credentials: new MemoryCredentialStore() });
    const result = await client.testConnection();
    expect(result.kind).toBe('unauthorized');
    expect(result.message).toContain('No credentials');
  });

  it('resolves named environments and refuses unusable ones', () => {
    const store = new MemoryCredentialStore();
    expect(createPracticeClient(practice('demo'), { credentials: store }).baseUrl).toBe(
      MEDFUSION_BASE_URLS.demo,
    );
    expect(() => createPracticeClient(practice('http://example.com'), { credentials: store })).toThrow(
      EnvironmentError,
    );
  });
});
