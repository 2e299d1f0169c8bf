// Credentials for practices on the built-in sandbox: what the user stored wins; when nothing is
// stored (or no keychain is reachable, as on a headless server) the sandbox's published demo
// credentials are used. They are not secrets (they only open the local sandbox), and this is what
// lets a new user see the whole flow before Medfusion issues real credentials.
import { MemoryCredentialStore, type CredentialStore, type SecretName } from './credential-store.ts';
import { SANDBOX_CREDENTIALS } from './sandbox-credentials.ts';

export class SandboxFallbackStore implements CredentialStore {
  private readonly memory = new MemoryCredentialStore();

  constructor(
    private readonly inner: CredentialStore,
    private readonly credentialKey: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const stored = await this.inner.get(key).catch(() => undefined);
    if (stored !== undefined) return stored;
    const kept = await this.memory.get(key);
    if (kept !== undefined) return kept;
    const prefix = `${this.credentialKey}/`;
    if (!key.startsWith(prefix)) return undefined;
    const name = key.slice(prefix.length) as SecretName;
    return (SANDBOX_CREDENTIALS as Record<string, string>)[name];
  }

  async set(key: string, value: string): Promise<void> {
    // Values the client derives (client id/secret) go to the keychain when there is one, else stay in memory.
    await this.inner.set(key, value).catch(() => this.memory.set(key, value));
  }

  async delete(key: string): Promise<void> {
    await this.memory.delete(key);
    await this.inner.delete(key).catch(() => undefined);
  }
}
