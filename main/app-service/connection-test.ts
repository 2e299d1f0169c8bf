// "Test connection" for one practice: sign in to its environment with the secrets stored for it
// and say, in plain words, whether that worked and what to do if not. On the built-in sandbox the
// published demo credentials stand in until the person stores their own.
import type { CredentialStore } from '../credentials/credential-store.ts';
import type { PracticeSettings } from '../model/settings.ts';
import { SandboxFallbackStore } from '../engine/credentials/sandbox-fallback-store.ts';
import { MedfusionClient } from '../medfusion/client.ts';
import { EnvironmentError, resolveBaseUrl } from '../medfusion/environments.ts';
import type { ActionResult } from '../../preload/ipc-contract.ts';

export function createConnectionTester(opts: {
  credentials: CredentialStore;
  /** Where the built-in sandbox listens now. */
  sandboxUrl: () => string | undefined;
  timeoutMs?: number;
}): (practice: PracticeSettings) => Promise<ActionResult> {
  return async (practice) => {
    let baseUrl: string;
    try {
      const sandboxUrl = opts.sandboxUrl();
      baseUrl = resolveBaseUrl(practice.environment, sandboxUrl ? { sandboxUrl } : {});
    } catch (err) {
      if (err instanceof EnvironmentError) return { ok: false, message: err.message };
      throw err;
    }
    const credentials =
      practice.environment.trim() === 'sandbox'
        ? new SandboxFallbackStore(opts.credentials, practice.credentialKey)
        : opts.credentials;
    const client = new MedfusionClient({
      baseUrl,
      practiceId: practice.practiceId,
      credentials,
      credentialKey: practice.credentialKey,
      timeoutMs: opts.timeoutMs ?? 15_000,
    });
    const result = await client.testConnection();
    if (result.kind === 'ok') return { ok: true, message: result.message };
    return { ok: false, message: `${result.message} ${result.hint}` };
  };
}
