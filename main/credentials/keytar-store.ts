// CredentialStore backed by the OS keychain through keytar (Windows Credential Manager, macOS
// Keychain, Secret Service on Linux). One keychain service for the app; the account is the
// `<credentialKey>/<secret name>` key, so each practice has its own set of entries.
// keytar is loaded lazily: a machine without a keychain (CI outside D-Bus, a bare server) can
// still run the engine with another store, and the error then says what is missing.
import type { CredentialStore } from './credential-store.ts';

export const KEYCHAIN_SERVICE = 'appt-connector';

/** The keychain service: APPT_KEYCHAIN_SERVICE keeps tests and side-by-side installs apart (the
 *  desktop app and the command line read the same variable, so they share entries). */
export function keychainService(env: NodeJS.ProcessEnv = process.env): string {
  return env.APPT_KEYCHAIN_SERVICE?.trim() || KEYCHAIN_SERVICE;
}

type Keytar = typeof import('keytar');

/** keytar is an optional dependency: `npm ci` skips it where it cannot be built (a Linux machine
 *  without libsecret's headers), so the demo and the tests still install; then this says why. */
export class KeychainUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      'The OS keychain cannot be used: the keychain module (keytar) is not installed' +
        (cause instanceof Error ? ` (${cause.message.split('\n')[0]})` : '') +
        '. On Linux it needs libsecret: `sudo apt-get install libsecret-1-dev`, then `npm ci` again. ' +
        'The sandbox and `npm run demo` work without it.',
    );
    this.name = 'KeychainUnavailableError';
  }
}

const loadKeytar = (): Promise<unknown> => import('keytar');

export class KeytarCredentialStore implements CredentialStore {
  private keytar?: Promise<Keytar>;

  /** `loadModule` is for tests (a machine where keytar did not install). */
  constructor(
    private readonly service: string = keychainService(),
    private readonly loadModule: () => Promise<unknown> = loadKeytar,
  ) {}

  private load(): Promise<Keytar> {
    this.keytar ??= this.loadModule().then(
      (m) => ((m as { default?: Keytar }).default ?? m) as Keytar,
      (err: unknown) => {
        throw new KeychainUnavailableError(err);
      },
    );
    return this.keytar;
  }

  async get(key: string): Promise<string | undefined> {
    const value = await (await this.load()).getPassword(this.service, key);
    return value ?? undefined;
  }

  async set(key: string, value: string): Promise<void> {
    await (await this.load()).setPassword(this.service, key, value);
  }

  async delete(key: string): Promise<void> {
    await (await this.load()).deletePassword(this.service, key);
  }

  /** Keys stored for this app (never values): lets settings show which secrets are set. */
  async keys(): Promise<string[]> {
    const found = await (await this.load()).findCredentials(this.service);
    return found.map((c) => c.account).sort();
  }
}
