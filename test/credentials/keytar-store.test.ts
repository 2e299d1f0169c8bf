// Runs against a real Secret Service (gnome-keyring in the private D-Bus session that
// `npm test` / .ci/test start). Without a D-Bus session the keychain cannot exist: skipped.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { KeychainUnavailableError, KeytarCredentialStore } from '../../main/credentials/keytar-store.ts';
import {
  MemoryCredentialStore,
  secretKey,
  type CredentialStore,
} from '../../main/credentials/credential-store.ts';
import { hasSecretService } from '../support/system-components.ts';

const secretService = hasSecretService();

async function roundTrip(store: CredentialStore, key: string) {
  expect(await store.get(key)).toBeUndefined();
  await store.set(key, 's3cret-value');
  expect(await store.get(key)).toBe('s3cret-value');
  await store.set(key, 'changed');
  expect(await store.get(key)).toBe('changed');
  await store.delete(key);
  expect(await store.get(key)).toBeUndefined();
}

describe('credential stores', () => {
  it('in-memory store round-trips', async () => {
    await roundTrip(new MemoryCredentialStore(), 'practice-a/password');
  });

  it('says what to install when keytar could not be built (it is an optional dependency)', async () => {
    const missing = Object.assign(new Error("Cannot find package 'keytar' imported from keytar-store.ts"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const store = new KeytarCredentialStore('appt-connector-test', () => Promise.reject(missing));
    const err = await store.get('practice-a/password').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KeychainUnavailableError);
    expect((err as Error).message).toContain("Cannot find package 'keytar'");
    expect((err as Error).message).toContain('sudo apt-get install libsecret-1-dev');
    await expect(store.set('k', 'v')).rejects.toThrow(KeychainUnavailableError);
  });

  it.skipIf(!secretService)('keytar store round-trips through the real Secret Service', async () => {
    const service = `appt-connector-test-${randomUUID()}`;
    const store = new KeytarCredentialStore(service);
    const key = secretKey('practice-a', 'password');
    await roundTrip(store, key);
    await store.set(secretKey('practice-a', 'username'), 'frontdesk');
    await store.set(secretKey('practice-b', 'username'), 'other');
    expect(await store.keys()).toEqual(['practice-a/username', 'practice-b/username']);
    // Entries are per practice: deleting one leaves the other.
    await store.delete('practice-a/username');
    expect(await store.get('practice-b/username')).toBe('other');
    await store.delete('practice-b/username');
  });
});
