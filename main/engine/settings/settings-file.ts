// Reading and writing settings.json: parse, migrate to the current version, validate, and write
// atomically. An upgraded file is written back at once (with a backup of the old one unless it
// held secrets, which are moved to the credential store instead of being copied anywhere).
import fs from 'node:fs/promises';
import path from 'node:path';
import { mkdirPrivate } from '../../files/private-files.ts';
import { secretKey, type CredentialStore } from '../../credentials/credential-store.ts';
import { SANDBOX_CREDENTIALS } from '../../credentials/sandbox-credentials.ts';
import type { Settings } from '../../model/settings.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { dataPaths } from './data-dir.ts';
import { migrateSettings } from './migrate.ts';
import { SETTINGS_VERSION } from './schema.ts';
import { SETTINGS_DEFAULTS } from './defaults.ts';
import { SettingsError, validateSettings } from './validate.ts';

/** The built-in sandbox's first practice: the demo works before Medfusion issues anything. */
export const DEMO_PRACTICE_ID = SANDBOX_CREDENTIALS.practiceId;

export function defaultSettings(dataDir: string): Settings {
  return {
    version: SETTINGS_VERSION,
    practices: [
      {
        name: 'Demo practice',
        inbox: dataPaths(dataDir).demoInbox,
        practiceId: DEMO_PRACTICE_ID,
        environment: 'sandbox',
        mappingProfile: 'auto',
        timeZone: '',
        snapshotMode: false,
        polling: false,
        credentialKey: 'demo-practice',
      },
    ],
    ...SETTINGS_DEFAULTS,
  };
}

export interface LoadOptions {
  /** Where secrets found in an old settings file are moved. Without it such a file is refused. */
  credentials?: CredentialStore;
  /** The data folder: no inbox may be it, lie inside it or contain it (inbox-rules.ts). */
  dataDir?: string;
}

export async function loadSettings(file: string, opts: LoadOptions = {}): Promise<Settings> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new SettingsError(
        [
          {
            path: '',
            message: 'the file does not exist — run `appt-connector demo` once, or create it from the README',
          },
        ],
        file,
      );
    throw err;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new SettingsError(
      [
        {
          path: '',
          message: `not valid JSON (${(err as Error).message}) — fix the file or restore its backup`,
        },
      ],
      file,
    );
  }
  const { doc, fromVersion, secrets } = migrateSettings(raw, file);
  const folders = { settingsFile: file, ...(opts.dataDir ? { dataDir: opts.dataDir } : {}) };
  const checked = validateSettings(doc, folders);
  if (!checked.ok) throw new SettingsError(checked.issues, file);
  if (fromVersion !== SETTINGS_VERSION) {
    if (secrets.length) {
      if (!opts.credentials)
        throw new SettingsError(
          [
            {
              path: '',
              message:
                `this version-${fromVersion} file holds credentials in plain text; open it with the app or ` +
                '`appt-connector credentials set` so they move to the keychain',
            },
          ],
          file,
        );
      for (const s of secrets)
        for (const [name, value] of Object.entries(s.values))
          await opts.credentials.set(secretKey(s.credentialKey, name as keyof typeof s.values), value);
    } else {
      await writeFileAtomic(`${file}.v${fromVersion}.bak`, text);
    }
    // Overwrites the plain-text secrets too: after this the old file is gone.
    await saveSettings(file, checked.settings, folders);
  }
  return checked.settings;
}

/** Validate, then replace the file atomically. */
export async function saveSettings(
  file: string,
  settings: Settings,
  folders: { dataDir?: string } = {},
): Promise<void> {
  const checked = validateSettings(settings, { ...folders, settingsFile: file });
  if (!checked.ok) throw new SettingsError(checked.issues, file);
  await mkdirPrivate(path.dirname(file));
  await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
}

/** Load the file, or write and return the defaults when there is none yet (first start). */
export async function loadOrCreateSettings(
  file: string,
  dataDir: string,
  opts: LoadOptions = {},
): Promise<Settings> {
  try {
    await fs.access(file);
  } catch {
    const s = defaultSettings(dataDir);
    await saveSettings(file, s, { dataDir });
    return s;
  }
  return loadSettings(file, { dataDir, ...opts });
}
