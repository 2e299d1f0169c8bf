// The one place a practice's settings become a MedfusionClient: which address its environment
// names, which credentials it signs in with, and how long a request may take. The engine (every
// send and status poll), "Test connection" (desktop and `credentials test`) and the one-off CLI
// commands all build their client here, so a practice signs in the same way everywhere.
import type { CredentialStore } from '../credentials/credential-store.ts';
import { SandboxFallbackStore } from '../credentials/sandbox-fallback-store.ts';
import { MedfusionClient } from './client.ts';
import { resolveBaseUrl } from './environments.ts';
import type { FetchLike } from './http.ts';
import type { BasicEncoding } from './oauth.ts';

/** What of a practice the client needs (PracticeSettings has these, and more). */
export interface PracticeConnectionSettings {
  /** sandbox | demo | production | a custom base URL. */
  environment: string;
  practiceId: string;
  credentialKey: string;
}

export interface PracticeClientOptions {
  /** The credential store (the OS keychain in the app and the CLI). */
  credentials: CredentialStore;
  /** Where the built-in sandbox listens now (default DEFAULT_SANDBOX_URL). */
  sandboxUrl?: string | undefined;
  /** Per request (default DEFAULT_TIMEOUT_MS, 30 s). */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  basicEncoding?: BasicEncoding | undefined;
  fetch?: FetchLike | undefined;
}

/**
 * A "Test connection" answers a person who is waiting for it, so it gives up sooner than a send
 * (which runs unattended and is retried anyway). The desktop app used 15 s and `credentials test`
 * 30 s for the same question; both use this now.
 */
export const CONNECTION_TEST_TIMEOUT_MS = 15_000;

/** True when the practice is on the built-in sandbox (the same test resolveBaseUrl makes). */
export function onSandbox(practice: Pick<PracticeConnectionSettings, 'environment'>): boolean {
  return practice.environment.trim() === 'sandbox';
}

/**
 * The client for one practice, and the address it talks to.
 * @throws EnvironmentError when the practice's environment is not a usable address.
 */
export function createPracticeClient(
  practice: PracticeConnectionSettings,
  opts: PracticeClientOptions,
): { client: MedfusionClient; baseUrl: string } {
  const baseUrl = resolveBaseUrl(
    practice.environment,
    opts.sandboxUrl ? { sandboxUrl: opts.sandboxUrl } : {},
  );
  // On the built-in sandbox the published demo credentials stand in for whatever is not stored,
  // so a new user sees the whole flow before Medfusion issues real credentials. Never elsewhere:
  // a real environment signs in only with what the person stored.
  const credentials = onSandbox(practice)
    ? new SandboxFallbackStore(opts.credentials, practice.credentialKey)
    : opts.credentials;
  const client = new MedfusionClient({
    baseUrl,
    practiceId: practice.practiceId,
    credentials,
    credentialKey: practice.credentialKey,
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.basicEncoding ? { basicEncoding: opts.basicEncoding } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  return { client, baseUrl };
}
