// Upgrades a settings document one version at a time (v0 → v1 → …). Each step is a pure function
// of the previous version's shape, so a file skipped by several releases still upgrades cleanly.
// Secrets found in an old file (v0 kept the password in plain text) are handed back separately so
// the caller can move them into the keychain: they never reach the upgraded document.
import type { SecretName } from '../../credentials/credential-store.ts';
import { SETTINGS_VERSION } from './schema.ts';
import { SettingsError } from './validate.ts';

export interface MovedSecrets {
  credentialKey: string;
  values: Partial<Record<SecretName, string>>;
}

export interface MigrationResult {
  doc: Record<string, unknown>;
  fromVersion: number;
  /** Secrets lifted out of an old file, to be stored in the credential store. */
  secrets: MovedSecrets[];
}

type Step = (doc: Record<string, unknown>, secrets: MovedSecrets[]) => Record<string, unknown>;

/**
 * v0 (the first pilot builds): one practice per file, flat keys, and the credentials in plain text:
 *   { watchFolder, practiceId, practiceName?, env: 'sandbox'|'demo'|'prod'|URL, mapping?, tz?,
 *     snapshot?, networkShare?, keepDays?, settleMs?, username?, password?, appToken? }
 */
function v0ToV1(old: Record<string, unknown>, secrets: MovedSecrets[]): Record<string, unknown> {
  const str = (k: string) => (typeof old[k] === 'string' ? (old[k] as string) : undefined);
  const name = str('practiceName')?.trim() || 'Practice';
  const credentialKey =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'practice';
  const env = str('env') ?? 'sandbox';
  const values: MovedSecrets['values'] = {};
  for (const k of ['username', 'password', 'appToken'] as const) {
    const v = str(k);
    if (v) values[k] = v;
  }
  if (Object.keys(values).length) secrets.push({ credentialKey, values });
  return {
    version: 1,
    practices: [
      {
        name,
        inbox: str('watchFolder') ?? '',
        practiceId: str('practiceId') ?? '',
        environment: env === 'prod' ? 'production' : env,
        mappingProfile: str('mapping') ?? 'auto',
        timeZone: str('tz') ?? '',
        snapshotMode: old.snapshot === true,
        polling: old.networkShare === true,
        credentialKey,
      },
    ],
    retentionDays: typeof old.keepDays === 'number' ? old.keepDays : 0,
    stabilityMs: typeof old.settleMs === 'number' ? old.settleMs : 1000,
    batchSize: 50,
  };
}

/** MIGRATIONS[n] upgrades version n to n + 1. */
const MIGRATIONS: Step[] = [v0ToV1];

export function settingsVersionOf(doc: Record<string, unknown>): number {
  return doc.version === undefined ? 0 : Number(doc.version);
}

export function migrateSettings(raw: unknown, file?: string): MigrationResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new SettingsError([{ path: '', message: 'the settings file must hold one JSON object' }], file);
  let doc = raw as Record<string, unknown>;
  const fromVersion = settingsVersionOf(doc);
  if (!Number.isInteger(fromVersion) || fromVersion < 0)
    throw new SettingsError(
      [{ path: 'version', message: `'${String(doc.version)}' is not a settings version` }],
      file,
    );
  if (fromVersion > SETTINGS_VERSION)
    throw new SettingsError(
      [
        {
          path: 'version',
          message:
            `this file was written by a newer Appointment Connector (settings version ${fromVersion}; ` +
            `this one reads up to ${SETTINGS_VERSION}) — update the app, or restore an older settings file`,
        },
      ],
      file,
    );
  const secrets: MovedSecrets[] = [];
  for (let v = fromVersion; v < SETTINGS_VERSION; v++) doc = MIGRATIONS[v]!(doc, secrets);
  return { doc, fromVersion, secrets };
}
