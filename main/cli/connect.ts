// Building a MedfusionClient for a one-off command (send, status): which server, which practice,
// and where the credentials come from. The sandbox uses its fixed demo credentials; a real
// environment reads them from environment variables (never from command-line arguments, which
// other users of the machine can see in the process list) or from the OS keychain.
import { MemoryCredentialStore, secretKey, type CredentialStore } from '../credentials/credential-store.ts';
import { SANDBOX_CREDENTIALS } from '../credentials/sandbox-credentials.ts';
import type { MedfusionClient } from '../medfusion/client.ts';
import { DEFAULT_SANDBOX_URL, EnvironmentError, resolveBaseUrl } from '../medfusion/environments.ts';
import type { BasicEncoding } from '../medfusion/oauth.ts';
import { createPracticeClient } from '../medfusion/practice-client.ts';

export const CREDENTIAL_ENV_VARS = {
  appToken: 'APPT_APP_TOKEN',
  username: 'APPT_USERNAME',
  password: 'APPT_PASSWORD',
  /** Optional: skip the app token exchange when Medfusion gave the client id/secret directly. */
  clientId: 'APPT_CLIENT_ID',
  clientSecret: 'APPT_CLIENT_SECRET',
} as const;

export const SANDBOX_URL_ENV_VAR = 'APPT_SANDBOX_URL';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ConnectArgs {
  /** sandbox | demo | production | a base URL. */
  env: string;
  sandboxUrl?: string;
  practiceId?: string;
  basic?: string;
  /** Read the secrets from the OS keychain under this key instead of environment variables. */
  credentialKey?: string;
  timeoutMs?: number;
}

export interface Connection {
  client: MedfusionClient;
  baseUrl: string;
  /** Where the credentials came from, for the human output. */
  credentialSource: string;
}

const CLI_KEY = 'cli';

export async function connect(
  args: ConnectArgs,
  environ: NodeJS.ProcessEnv = process.env,
): Promise<Connection> {
  const isSandbox = args.env === 'sandbox';
  const sandboxUrl = args.sandboxUrl ?? environ[SANDBOX_URL_ENV_VAR] ?? DEFAULT_SANDBOX_URL;
  // A mistyped --env is the first thing to tell, before asking for credentials it would not use.
  try {
    resolveBaseUrl(args.env, { sandboxUrl });
  } catch (e) {
    if (e instanceof EnvironmentError) throw new UsageError(e.message);
    throw e;
  }
  if (args.basic !== undefined && args.basic !== 'raw' && args.basic !== 'base64') {
    throw new UsageError(`--basic must be raw or base64, not '${args.basic}'.`);
  }
  const practiceId = args.practiceId ?? (isSandbox ? SANDBOX_CREDENTIALS.practiceId : undefined);
  if (!practiceId)
    throw new UsageError('--practice-id is required (the practice integration id Medfusion gave you).');

  let credentials: CredentialStore;
  let credentialKey = CLI_KEY;
  let credentialSource: string;
  if (isSandbox) {
    credentials = await memoryStore({
      appToken: SANDBOX_CREDENTIALS.appToken,
      username: SANDBOX_CREDENTIALS.username,
      password: SANDBOX_CREDENTIALS.password,
    });
    credentialSource = "the sandbox's demo credentials";
  } else if (args.credentialKey) {
    const { KeytarCredentialStore } = await import('../credentials/keytar-store.ts');
    credentials = new KeytarCredentialStore();
    credentialKey = args.credentialKey;
    credentialSource = `the OS keychain (key '${args.credentialKey}')`;
  } else {
    const missing = (['appToken', 'username', 'password'] as const)
      .filter((n) => !environ[CREDENTIAL_ENV_VARS[n]])
      .map((n) => CREDENTIAL_ENV_VARS[n]);
    const hasClient = environ[CREDENTIAL_ENV_VARS.clientId] && environ[CREDENTIAL_ENV_VARS.clientSecret];
    const stillMissing = hasClient ? missing.filter((v) => v !== CREDENTIAL_ENV_VARS.appToken) : missing;
    if (stillMissing.length) {
      throw new UsageError(
        `Credentials for ${args.env} are read from environment variables; not set: ${stillMissing.join(', ')}. ` +
          `Set ${CREDENTIAL_ENV_VARS.appToken}, ${CREDENTIAL_ENV_VARS.username} and ${CREDENTIAL_ENV_VARS.password} ` +
          '(or use --credential-key KEY for credentials saved in the OS keychain).',
      );
    }
    credentials = await memoryStore({
      appToken: environ[CREDENTIAL_ENV_VARS.appToken],
      username: environ[CREDENTIAL_ENV_VARS.username],
      password: environ[CREDENTIAL_ENV_VARS.password],
      clientId: environ[CREDENTIAL_ENV_VARS.clientId],
      clientSecret: environ[CREDENTIAL_ENV_VARS.clientSecret],
    });
    credentialSource = 'environment variables';
  }
  const { client, baseUrl } = createPracticeClient(
    { environment: args.env, practiceId, credentialKey },
    {
      credentials,
      sandboxUrl,
      timeoutMs: args.timeoutMs,
      basicEncoding: args.basic as BasicEncoding | undefined,
    },
  );
  return { client, baseUrl, credentialSource };
}

async function memoryStore(
  values: Partial<
    Record<'appToken' | 'username' | 'password' | 'clientId' | 'clientSecret', string | undefined>
  >,
) {
  const store = new MemoryCredentialStore();
  for (const [name, value] of Object.entries(values)) {
    if (value) await store.set(secretKey(CLI_KEY, name as keyof typeof values), value);
  }
  return store;
}
