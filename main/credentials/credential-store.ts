// The three-function seam through which every secret passes. The desktop app backs it with the
// OS keychain (keytar); the command line and tests may use the in-memory store. Nothing else in
// the engine touches a keychain library, and secrets never enter settings, logs or history.

export interface CredentialStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

import type { SecretName } from '../model/secret-names.ts';
/** The secrets one practice needs, stored under `<credentialKey>/<name>` (model/secret-names.ts). */
export { SECRET_NAMES, type SecretName } from '../model/secret-names.ts';

export function secretKey(credentialKey: string, name: SecretName): string {
  return `${credentialKey}/${name}`;
}

export class MemoryCredentialStore implements CredentialStore {
  private readonly values = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
}
