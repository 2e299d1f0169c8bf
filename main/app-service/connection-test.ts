// "Test connection" for one practice: sign in to its environment with the secrets stored for it
// and say, in plain words, whether that worked and what to do if not. On the built-in sandbox the
// published demo credentials stand in until the person stores their own.
import type { CredentialStore } from '../credentials/credential-store.ts';
import type { PracticeSettings } from '../model/settings.ts';
import type { MedfusionClient } from '../medfusion/client.ts';
import { EnvironmentError } from '../medfusion/environments.ts';
import { CONNECTION_TEST_TIMEOUT_MS, createPracticeClient } from '../medfusion/practice-client.ts';
import type { ActionResult } from '../../preload/ipc-contract.ts';

export function createConnectionTester(opts: {
  credentials: CredentialStore;
  /** Where the built-in sandbox listens now. */
  sandboxUrl: () => string | undefined;
  timeoutMs?: number;
}): (practice: PracticeSettings) => Promise<ActionResult> {
  return async (practice) => {
    let client: MedfusionClient;
    try {
      ({ client } = createPracticeClient(practice, {
        credentials: opts.credentials,
        sandboxUrl: opts.sandboxUrl(),
        timeoutMs: opts.timeoutMs ?? CONNECTION_TEST_TIMEOUT_MS,
      }));
    } catch (err) {
      if (err instanceof EnvironmentError) return { ok: false, message: err.message };
      throw err;
    }
    const result = await client.testConnection();
    if (result.kind === 'ok') return { ok: true, message: result.message };
    return { ok: false, message: `${result.message} ${result.hint}` };
  };
}
