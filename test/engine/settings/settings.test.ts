// Settings: specific validation messages, the secret guard, v0 → v1 migration (secrets moved to the
// credential store), atomic save, defaults, and the schema shared with electron-store.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Ajv2020 as Ajv2020Class } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCredentialStore } from '../../../main/credentials/credential-store.ts';
import {
  defaultSettings,
  loadOrCreateSettings,
  loadSettings,
  migrateSettings,
  saveSettings,
  settingsProperties,
  settingsSchema,
  SettingsError,
  validateSettings,
} from '../../../main/engine/settings/index.ts';
import type { Settings } from '../../../main/model/settings.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'settings-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function twoPractices(): Settings {
  const s = defaultSettings('/data');
  s.practices.push({
    ...s.practices[0]!,
    name: 'Northside',
    inbox: '/exports/north',
    credentialKey: 'northside',
  });
  return s;
}

function issuesOf(raw: unknown): string[] {
  const r = validateSettings(raw);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('settings validation', () => {
  it('accepts the defaults: one demo practice on the sandbox', () => {
    const s = defaultSettings('/data');
    expect(validateSettings(s).ok).toBe(true);
    expect(s.practices[0]).toMatchObject({
      name: 'Demo practice',
      environment: 'sandbox',
      inbox: path.resolve('/data/demo-inbox'),
    });
    expect(s.retentionDays).toBe(0);
  });

  it('names the field, the problem and what to do', () => {
    const s = twoPractices();
    s.practices[1]!.practiceId = 'practice-42';
    const issues = issuesOf(s);
    expect(issues).toEqual([
      'practices[1].practiceId: must be a UUID — copy the practice integration id Medfusion gave you (looks like 3f2b8c1e-…-…)',
    ]);
  });

  it('reports missing, mistyped and unknown fields each at its own path', () => {
    const s = twoPractices() as unknown as Record<string, unknown> & { practices: Record<string, unknown>[] };
    delete s.practices[0]!.inbox;
    s.practices[1]!.snapshotMode = 'yes';
    s.retentionDays = -1;
    s.colour = 'green';
    const issues = issuesOf(s);
    expect(issues).toContain(
      'practices[0].inbox: missing — the folder your scheduling software exports into',
    );
    expect(issues).toContain(
      'practices[1].snapshotMode: must be boolean — true if each export is the full schedule of its dates, else false',
    );
    expect(issues.find((i) => i.startsWith('retentionDays:'))).toMatch(/>= 0.*0 keeps them forever/);
    expect(issues).toContain('colour: unknown setting — remove it or check its spelling');
  });

  it('requires unique practice names and distinct inbox folders', () => {
    const s = twoPractices();
    s.practices[1]!.name = 'demo PRACTICE';
    s.practices[1]!.inbox = '/data/demo-inbox/';
    const issues = issuesOf(s);
    expect(issues[0]).toMatch(/^practices\[1\]\.name: 'demo PRACTICE' is already the name of practices\[0\]/);
    expect(issues[1]).toMatch(
      /^practices\[1\]\.inbox: .* is already the inbox of practices\[0\] \(Demo practice, .*\) — each practice needs its own folder/,
    );
  });

  it('accepts named environments and https addresses; refuses plain http except loopback', () => {
    const s = defaultSettings('/data');
    for (const ok of [
      'sandbox',
      'demo',
      'production',
      'https://mf.example.org/api',
      'http://127.0.0.1:8787',
    ]) {
      s.practices[0]!.environment = ok;
      expect(issuesOf(s), ok).toEqual([]);
    }
    s.practices[0]!.environment = 'http://mf.example.org';
    expect(issuesOf(s)[0]).toMatch(
      /^practices\[0\]\.environment: Refused 'http:\/\/mf\.example\.org'.*https:\/\/mf\.example\.org/,
    );
    s.practices[0]!.environment = 'staging';
    expect(issuesOf(s)[0]).toMatch(/^practices\[0\]\.environment: 'staging' is not a web address/);
  });

  it('checks the time zone', () => {
    const s = defaultSettings('/data');
    s.practices[0]!.timeZone = 'America/New_York';
    expect(issuesOf(s)).toEqual([]);
    s.practices[0]!.timeZone = 'Mars/Olympus';
    expect(issuesOf(s)[0]).toMatch(/^practices\[0\]\.timeZone: 'Mars\/Olympus' is not a time zone/);
  });

  it('refuses any key that looks like a secret, wherever it is, with what to do instead', () => {
    const s = defaultSettings('/data') as unknown as Record<string, unknown> & {
      practices: Record<string, unknown>[];
    };
    s.practices[0]!.password = 'hunter2';
    s.practices[0]!.clientSecret = 'x';
    s.apiToken = 'y';
    const issues = issuesOf(s);
    expect(issues.map((i) => i.split(':')[0])).toEqual([
      'practices[0].password',
      'practices[0].clientSecret',
      'apiToken',
    ]);
    expect(issues[0]).toContain('secrets are never kept in the settings file');
    expect(issues[0]).toContain('credentials set --practice');
    // The secret's value is never echoed back in the message.
    expect(issues.join('\n')).not.toContain('hunter2');
  });

  it('requires a credential key of safe characters', () => {
    const s = defaultSettings('/data');
    s.practices[0]!.credentialKey = '';
    expect(issuesOf(s)[0]).toMatch(/^practices\[0\]\.credentialKey: must not be empty/);
    s.practices[0]!.credentialKey = 'a/b';
    expect(issuesOf(s)[0]).toMatch(/^practices\[0\]\.credentialKey: has characters that are not allowed/);
  });

  it('exposes the schema in the shape electron-store takes (properties + root)', () => {
    expect(settingsSchema.properties).toBe(settingsProperties);
    expect(Object.keys(settingsProperties)).toEqual(
      expect.arrayContaining(['practices', 'retentionDays', 'version']),
    );
    // electron-store keeps its own bookkeeping in the same file: tolerated, not an unknown setting.
    expect(
      validateSettings({ ...defaultSettings('/d'), __internal__: { migrations: { version: '1.0.0' } } }).ok,
    ).toBe(true);
  });

  it('the schema is valid JSON Schema 2020-12 (validate.ts compiles it without this check)', () => {
    // The check ajv would otherwise make at every start of every process, made once here.
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as {
      Ajv2020: typeof Ajv2020Class;
    };
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    expect(ajv.validateSchema(settingsSchema), ajv.errorsText()).toBe(true);
    // It does catch a broken one: a type that is no JSON type.
    expect(ajv.validateSchema({ ...settingsSchema, type: 'record' })).toBe(false);
  });
});

describe('settings migration and files', () => {
  const v0 = {
    watchFolder: '/exports/clinic',
    practiceId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    practiceName: 'Lakeside Clinic',
    env: 'prod',
    tz: 'America/Chicago',
    snapshot: true,
    networkShare: true,
    keepDays: 30,
    username: 'frontdesk',
    password: 'pilot-pass-123',
  };

  it('upgrades a v0 file step by step to v1', () => {
    const r = migrateSettings(v0);
    expect(r.fromVersion).toBe(0);
    expect(r.doc).toEqual({
      version: 1,
      practices: [
        {
          name: 'Lakeside Clinic',
          inbox: '/exports/clinic',
          practiceId: v0.practiceId,
          environment: 'production',
          mappingProfile: 'auto',
          timeZone: 'America/Chicago',
          snapshotMode: true,
          polling: true,
          credentialKey: 'lakeside-clinic',
        },
      ],
      retentionDays: 30,
      stabilityMs: 1000,
      batchSize: 50,
    });
    expect(r.secrets).toEqual([
      { credentialKey: 'lakeside-clinic', values: { username: 'frontdesk', password: 'pilot-pass-123' } },
    ]);
    expect(validateSettings(r.doc).ok).toBe(true);
  });

  it('loading a v0 file moves its secrets to the credential store and rewrites the file without them', async () => {
    const file = path.join(tempDir(), 'settings.json');
    fs.writeFileSync(file, JSON.stringify(v0));
    await expect(loadSettings(file)).rejects.toThrow(/holds credentials in plain text/);
    const creds = new MemoryCredentialStore();
    const s = await loadSettings(file, { credentials: creds });
    expect(s.practices[0]!.name).toBe('Lakeside Clinic');
    expect(await creds.get('lakeside-clinic/password')).toBe('pilot-pass-123');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('pilot-pass-123');
    expect(JSON.parse(text).version).toBe(1);
    // No backup either: it would keep the password on disk.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });

  it('keeps a backup when upgrading a file without secrets', async () => {
    const file = path.join(tempDir(), 'settings.json');
    const { username: _u, password: _p, ...clean } = v0;
    fs.writeFileSync(file, JSON.stringify(clean));
    await loadSettings(file);
    expect(JSON.parse(fs.readFileSync(`${file}.v0.bak`, 'utf8'))).toEqual(clean);
  });

  it('refuses a file from a newer version, broken JSON and a missing file, saying what to do', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ ...defaultSettings(dir), version: 7 }));
    await expect(loadSettings(file)).rejects.toThrow(
      /newer Appointment Connector \(settings version 7.*update the app/,
    );
    fs.writeFileSync(file, '{ "version": 1, ');
    await expect(loadSettings(file)).rejects.toThrow(/not valid JSON/);
    await expect(loadSettings(path.join(dir, 'none.json'))).rejects.toThrow(
      /does not exist — run `appt-connector demo`/,
    );
  });

  it('saves atomically, refuses to save invalid settings, and creates defaults on first start', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    const first = await loadOrCreateSettings(file, dir);
    expect(first.practices[0]!.name).toBe('Demo practice');
    expect(await loadSettings(file)).toEqual(first);
    const bad = structuredClone(first);
    bad.practices[0]!.practiceId = 'nope';
    const err = await saveSettings(file, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as SettingsError).issues[0]!.path).toBe('practices[0].practiceId');
    // The failed save left the good file as it was, and no temp files.
    expect(await loadSettings(file)).toEqual(first);
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
    const changed = { ...first, retentionDays: 14 };
    await saveSettings(file, changed);
    expect((await loadSettings(file)).retentionDays).toBe(14);
  });
});
