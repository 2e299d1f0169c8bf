// `appt-connector credentials set|test|delete --practice NAME`: a practice's Medfusion secrets in
// the OS keychain (through the CredentialStore seam), never in settings.json.
// `set` ASKS for the app token, user name and password: on a terminal without echo for the
// secrets; from stdin, one per line, when stdin is not a terminal (so a script can pipe them).
// Never from command-line arguments, which other users can read in the process list.
// Exit codes: 0 done / connection works, 1 failed (keychain, sign-in refused), 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SECRET_NAMES, secretKey, type CredentialStore } from '../../credentials/credential-store.ts';
import { keychainService, KeytarCredentialStore } from '../../credentials/keytar-store.ts';
import { CONNECTION_TEST_TIMEOUT_MS, createPracticeClient } from '../../medfusion/practice-client.ts';
import {
  dataPaths,
  defaultDataDir,
  loadOrCreateSettings,
  loadSettings,
  SettingsError,
} from '../../engine/settings/index.ts';
import type { PracticeSettings } from '../../model/settings.ts';
import { SANDBOX_URL_ENV_VAR } from '../connect.ts';
import { DEFAULT_SANDBOX_URL } from '../../medfusion/environments.ts';

const USAGE = `usage: appt-connector credentials set|test|delete --practice NAME [--config FILE] [--data-dir DIR] [--sandbox-url URL]
  set      asks for the app token, user name and password (or reads them, one per line, from a pipe)
           and saves them in the OS keychain
  test     signs in to the practice's environment with the saved credentials
  delete   removes all of the practice's saved secrets from the keychain
  --config      settings file (default <data-dir>/settings.json)
  --data-dir    the connector's data folder (default $APPT_DATA_DIR or ~/.appt-connector)
  --sandbox-url where the built-in sandbox listens (default ${DEFAULT_SANDBOX_URL})`;

/** The keychain for the command line. APPT_KEYCHAIN_SERVICE keeps tests and side-by-side installs apart. */
export function cliCredentialStore(env: NodeJS.ProcessEnv = process.env): KeytarCredentialStore {
  return new KeytarCredentialStore(keychainService(env));
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** One line from the terminal; with `hidden`, nothing is echoed (raw mode, Backspace works). */
function askTerminal(prompt: string, hidden: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (err?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') {
          if (value.length) {
            value = value.slice(0, -1);
            if (!hidden) process.stderr.write('\b \b');
          }
          continue;
        }
        value += ch;
        if (!hidden) process.stderr.write(ch);
      }
    };
    stdin.on('data', onData);
  });
}

interface AskedSecrets {
  appToken: string;
  username: string;
  password: string;
}

async function askSecrets(practice: string): Promise<AskedSecrets> {
  if (process.stdin.isTTY) {
    console.error(`Credentials for '${practice}' (from Medfusion). Typed secrets are not shown.`);
    return {
      appToken: (await askTerminal('App token: ', true)).trim(),
      username: (await askTerminal('User name: ', false)).trim(),
      password: await askTerminal('Password: ', true),
    };
  }
  const [appToken = '', username = '', password = ''] = (await readAllStdin()).split(/\r?\n/);
  return { appToken: appToken.trim(), username: username.trim(), password };
}

function findPractice(practices: PracticeSettings[], name: string): PracticeSettings | undefined {
  const wanted = name.trim().toLowerCase();
  return practices.find((p) => p.name.toLowerCase() === wanted);
}

async function setSecrets(p: PracticeSettings, store: CredentialStore): Promise<number> {
  let asked: AskedSecrets;
  try {
    asked = await askSecrets(p.name);
  } catch {
    console.error('Cancelled: nothing was saved.');
    return 1;
  }
  const empty = (['appToken', 'username', 'password'] as const).filter((k) => !asked[k]);
  if (empty.length) {
    console.error(
      `Nothing was saved: ${empty.map((k) => ({ appToken: 'the app token', username: 'the user name', password: 'the password' })[k]).join(', ')} ` +
        'was empty. When piping, give the app token, user name and password on three lines.',
    );
    return 2;
  }
  await store.set(secretKey(p.credentialKey, 'appToken'), asked.appToken);
  await store.set(secretKey(p.credentialKey, 'username'), asked.username);
  await store.set(secretKey(p.credentialKey, 'password'), asked.password);
  // The client id/secret were derived from the previous app token: get fresh ones next time.
  await store.delete(secretKey(p.credentialKey, 'clientId'));
  await store.delete(secretKey(p.credentialKey, 'clientSecret'));
  console.log(
    `Saved the app token, user name and password of '${p.name}' in the OS keychain (entries ${p.credentialKey}/…).\n` +
      `Check them with: appt-connector credentials test --practice "${p.name}"`,
  );
  return 0;
}

async function testSecrets(p: PracticeSettings, store: CredentialStore, sandboxUrl: string): Promise<number> {
  const { client, baseUrl } = createPracticeClient(p, {
    credentials: store,
    sandboxUrl,
    timeoutMs: CONNECTION_TEST_TIMEOUT_MS,
  });
  const result = await client.testConnection();
  if (result.kind === 'ok') {
    console.log(`OK: ${result.message}`);
    return 0;
  }
  console.error(`Could not sign in for '${p.name}' at ${baseUrl}: ${result.message}\n${result.hint}`);
  return 1;
}

async function deleteSecrets(p: PracticeSettings, store: CredentialStore): Promise<number> {
  let found = 0;
  for (const name of SECRET_NAMES) {
    const key = secretKey(p.credentialKey, name);
    if ((await store.get(key)) !== undefined) found++;
    await store.delete(key);
  }
  console.log(
    found
      ? `Deleted ${found} saved secret(s) of '${p.name}' from the OS keychain.`
      : `'${p.name}' had no saved secrets; nothing to delete.`,
  );
  return 0;
}

export async function run(argv: string[], store: CredentialStore = cliCredentialStore()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        practice: { type: 'string' },
        config: { type: 'string' },
        'data-dir': { type: 'string' },
        'sandbox-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const action = positionals[0];
  if (!action || !['set', 'test', 'delete'].includes(action) || positionals.length > 1) {
    console.error(
      positionals.length > 1
        ? `Secrets are never taken as arguments (other users can see them in the process list).\n\n${USAGE}`
        : USAGE,
    );
    return 2;
  }
  if (!values.practice) {
    console.error(`--practice NAME is required.\n\n${USAGE}`);
    return 2;
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  let practices: PracticeSettings[];
  try {
    const settings = values.config
      ? await loadSettings(path.resolve(values.config), { credentials: store })
      : await loadOrCreateSettings(dataPaths(dataDir).settings, dataDir, { credentials: store });
    practices = settings.practices;
  } catch (err) {
    console.error(
      err instanceof SettingsError ? err.message : `Cannot read the settings: ${(err as Error).message}`,
    );
    return 2;
  }
  const practice = findPractice(practices, values.practice);
  if (!practice) {
    console.error(
      `No practice named '${values.practice}' in the settings. Practices: ${practices.map((p) => `'${p.name}'`).join(', ') || 'none'}.`,
    );
    return 2;
  }
  try {
    if (action === 'set') return await setSecrets(practice, store);
    if (action === 'delete') return await deleteSecrets(practice, store);
    const sandboxUrl = values['sandbox-url'] ?? process.env[SANDBOX_URL_ENV_VAR] ?? DEFAULT_SANDBOX_URL;
    return await testSecrets(practice, store, sandboxUrl);
  } catch (err) {
    console.error(
      `Could not ${action} the credentials of '${practice.name}': ${(err as Error).message}\n` +
        'The OS keychain must be reachable (on Linux: a running, unlocked Secret Service such as gnome-keyring).',
    );
    return 1;
  }
}
