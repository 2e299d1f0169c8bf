// The connector service against real parts: settings.json and the job store in a temp folder, the
// importer on the sample exports, the built-in sandbox on 127.0.0.1 for Test connection, and both
// the in-memory and the real keychain (Secret Service) credential stores.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  MemoryCredentialStore,
  SECRET_NAMES,
  secretKey,
  type CredentialStore,
} from '../../main/credentials/credential-store.ts';
import { KeytarCredentialStore } from '../../main/credentials/keytar-store.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { newJob } from '../../main/engine/job/new-job.ts';
import type { PracticeSettings, Settings } from '../../main/model/settings.ts';
import { readProfileFile } from '../../main/import/map/choose-profile.ts';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import { SANDBOX_CREDENTIALS } from '../../main/credentials/sandbox-credentials.ts';
import { createConnectorService, type ConnectorService } from '../../main/app-service/connector-service.ts';
import { jobHistoryOf, settingsFileAt } from '../../main/app-service/engine-adapters.ts';
import { createConnectionTester } from '../../main/app-service/connection-test.ts';
import { previewExport } from '../../main/app-service/preview-export.ts';
import type { EngineControl } from '../../main/app-service/service-deps.ts';
import { createStatusFeed } from '../support/status-feed.ts';
import { hasSecretService } from '../support/system-components.ts';

const SAMPLES = path.resolve('test/fixtures/samples');
const secretService = hasSecretService();

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox({
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'svc-sandbox-')),
    processingDelayMs: 10,
  });
});
afterAll(async () => {
  await sandbox.close();
});

interface Harness {
  service: ConnectorService;
  dir: string;
  settingsFile: string;
  credentials: CredentialStore;
  store: JobStore;
  applied: Settings[];
  login: { on: boolean };
  revealed: string[];
  /** What the engine does after each journal write of a job (Engine.onJobChanged). */
  jobChanged(jobId: string): void;
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function harness(credentials: CredentialStore = new MemoryCredentialStore()): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-'));
  const store = await JobStore.open(path.join(dir, 'jobs'));
  cleanups.push(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const feed = createStatusFeed();
  const applied: Settings[] = [];
  const jobListeners = new Set<(jobId: string) => void>();
  const engine: EngineControl = {
    ...feed,
    onJobChanged: (l) => {
      jobListeners.add(l);
      return () => jobListeners.delete(l);
    },
    rescan: async () => {},
    pause: () => {},
    resume: () => {},
    retry: async () => ({ ok: true }),
    applySettings: async (s) => void applied.push(s),
    releaseHeld: async () => 0,
  };
  const settingsFile = path.join(dir, 'settings.json');
  const login = { on: false };
  const revealed: string[] = [];
  const service = createConnectorService({
    engine,
    jobs: jobHistoryOf(store),
    settings: settingsFileAt(settingsFile, dir, credentials),
    credentials,
    loginItem: { get: () => login.on, set: (on) => void (login.on = on) },
    host: {
      pickFolder: async () => null,
      pickFile: async () => null,
      showInFolder: (p) => void revealed.push(p),
      openReview: () => {},
    },
    testConnection: createConnectionTester({ credentials, sandboxUrl: () => sandbox.url, timeoutMs: 5000 }),
    previewExport,
    profilesDir: path.join(dir, 'profiles'),
  });
  const jobChanged = (jobId: string) => jobListeners.forEach((l) => l(jobId));
  return { service, dir, settingsFile, credentials, store, applied, login, revealed, jobChanged };
}

function practice(dir: string, over: Partial<PracticeSettings> = {}): PracticeSettings {
  const inbox = path.join(dir, 'inbox-north');
  fs.mkdirSync(inbox, { recursive: true });
  return {
    name: 'North Clinic',
    inbox,
    practiceId: SANDBOX_CREDENTIALS.practiceId,
    environment: 'sandbox',
    mappingProfile: 'auto',
    timeZone: 'America/Chicago',
    snapshotMode: false,
    polling: true,
    credentialKey: 'north-clinic',
    ...over,
  };
}

describe('connector service: settings', () => {
  it('first start: default settings on the sandbox, first run pending, no secrets set', async () => {
    const h = await harness();
    const view = await h.service.getSettings();
    expect(view.firstRun).toBe(true);
    expect(view.practices.map((p) => p.environment)).toEqual(['sandbox']);
    expect(Object.values(view.practices[0]!.secretsSet)).toEqual(SECRET_NAMES.map(() => false));
    expect(fs.existsSync(h.settingsFile)).toBe(true);
    await h.service.finishFirstRun();
    expect((await h.service.getSettings()).firstRun).toBe(false);
    expect(JSON.parse(fs.readFileSync(h.settingsFile, 'utf8')).firstRunDone).toBe(true);
  });

  it('savePractice validates with the settings rules, adds, then edits by credentialKey (rename)', async () => {
    const h = await harness();
    const bad = await h.service.savePractice(practice(h.dir, { practiceId: 'not-a-uuid' }));
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/practiceId/);
    const badKey = await h.service.savePractice(practice(h.dir, { credentialKey: 'north clinic/../x' }));
    expect(badKey).toMatchObject({ ok: false });

    expect(await h.service.savePractice(practice(h.dir))).toEqual({
      ok: true,
      message: 'Added North Clinic.',
    });
    expect(await h.service.savePractice(practice(h.dir, { name: 'North Clinic (Main St)' }))).toMatchObject({
      ok: true,
    });
    const onDisk = JSON.parse(fs.readFileSync(h.settingsFile, 'utf8')) as Settings;
    expect(onDisk.practices.map((p) => p.name)).toEqual(['Demo practice', 'North Clinic (Main St)']);
    expect(h.applied.at(-1)?.practices).toHaveLength(2); // the engine got the new settings

    const dup = await h.service.savePractice(
      practice(h.dir, { name: 'Demo practice', credentialKey: 'other', inbox: path.join(h.dir, 'x') }),
    );
    expect(dup.ok).toBe(false);
    expect(dup.message).toMatch(/unique/);
  });

  it('retention days and start at login are saved', async () => {
    const h = await harness();
    expect(await h.service.setRetentionDays(30)).toMatchObject({ ok: true });
    expect(h.applied.map((s) => s.retentionDays)).toEqual([30]); // the engine applies retention
    expect(await h.service.setStartAtLogin(true)).toMatchObject({ ok: true });
    await h.service.finishFirstRun();
    expect(h.applied).toHaveLength(1); // desktop-only keys do not restart the engine
    expect(h.login.on).toBe(true);
    const view = await h.service.getSettings();
    expect(view).toMatchObject({ retentionDays: 30, startAtLogin: true });
    expect(JSON.parse(fs.readFileSync(h.settingsFile, 'utf8'))).toMatchObject({
      retentionDays: 30,
      startAtLogin: true,
    });
  });
});

async function secretsGoOnlyToTheStore(h: Harness) {
  const key = `north-${randomUUID().slice(0, 8)}`;
  await h.service.savePractice(practice(h.dir, { credentialKey: key }));
  const values = {
    appToken: `tok-${randomUUID()}`,
    username: 'frontdesk-user',
    password: `pw-${randomUUID()}`,
  };
  const r = await h.service.setSecrets({ credentialKey: key, values });
  expect(r).toEqual({ ok: true, message: 'Credentials: 3 saved.' });
  expect(JSON.stringify(r)).not.toContain(values.password);
  expect(await h.credentials.get(secretKey(key, 'password'))).toBe(values.password);
  expect(await h.credentials.get(secretKey(key, 'appToken'))).toBe(values.appToken);

  const view = await h.service.getSettings();
  const p = view.practices.find((x) => x.credentialKey === key)!;
  expect(p.secretsSet).toEqual({
    appToken: true,
    clientId: false,
    clientSecret: false,
    username: true,
    password: true,
  });
  expect(JSON.stringify(view)).not.toContain(values.password);
  // Nowhere on disk in the data folder: settings, job store, profiles.
  for (const f of fs.readdirSync(h.dir, { recursive: true }) as string[]) {
    const full = path.join(h.dir, f);
    if (fs.statSync(full).isFile()) {
      const text = fs.readFileSync(full, 'utf8');
      expect(text, f).not.toContain(values.password);
      expect(text, f).not.toContain(values.appToken);
    }
  }
  // An empty field forgets the secret; removing the practice forgets the rest.
  expect(await h.service.setSecrets({ credentialKey: key, values: { password: '' } })).toMatchObject({
    ok: true,
  });
  expect(await h.credentials.get(secretKey(key, 'password'))).toBeUndefined();
  const name = p.name;
  expect(await h.service.removePractice(name)).toMatchObject({ ok: true });
  expect(await h.credentials.get(secretKey(key, 'appToken'))).toBeUndefined();
  expect(await h.credentials.get(secretKey(key, 'username'))).toBeUndefined();
}

describe('connector service: secrets', () => {
  it('setSecrets writes only to the (in-memory) credential store, never to disk or back out', async () => {
    await secretsGoOnlyToTheStore(await harness());
  });

  it.skipIf(!secretService)('…and the same through the real Secret Service (keytar)', async () => {
    const service = `appt-connector-test-${randomUUID()}`;
    const keychain = new KeytarCredentialStore(service);
    await secretsGoOnlyToTheStore(await harness(keychain));
    expect(await keychain.keys()).toEqual([]);
  });
});

describe('connector service: connection, preview, mapping', () => {
  it('Test connection signs in to the sandbox with the demo credentials, and explains a wrong password', async () => {
    const h = await harness();
    await h.service.savePractice(practice(h.dir));
    const ok = await h.service.testConnection('North Clinic');
    expect(ok.ok).toBe(true);
    expect(ok.message).toMatch(/Signed in to 127\.0\.0\.1/);

    await h.service.setSecrets({
      credentialKey: 'north-clinic',
      values: { ...SANDBOX_CREDENTIALS, password: 'wrong' },
    });
    const bad = await h.service.testConnection('North Clinic');
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/password/i);
    expect(bad.message).not.toContain('wrong');

    expect(await h.service.testConnection('Nobody')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Save the practice/),
    });
  });

  it('previewExport recognises the columns of a sample export; a missing file is explained', async () => {
    const h = await harness();
    const preview = await h.service.previewExport({
      file: path.join(SAMPLES, 'openemr_appointments_report.csv'),
    });
    expect(preview.errors).toEqual([]);
    expect(preview.missing).toEqual([]);
    expect(preview.headers.length).toBeGreaterThan(3);
    expect(preview.columns.find((c) => c.field === 'date')).toEqual({
      field: 'date',
      column: 'Date',
      confidence: 1,
    });
    expect(preview.sampleRows.length).toBeGreaterThan(0);
    // As staff read it, in the practice's zone: no ids, no ISO strings. The file's first row is
    // "Hargreaves,Elena M","2026-12-14","08:00:00","Oscar Delgado",…,"- None"; 14 Dec 2026 is a Monday.
    await h.service.savePractice(practice(h.dir));
    const north = await h.service.previewExport({
      file: path.join(SAMPLES, 'openemr_appointments_report.csv'),
      practice: 'North Clinic',
    });
    expect(north.sampleRows[0]).toEqual({
      line: 2,
      patient: 'Oscar Delgado',
      day: 'Mon, Dec 14, 2026',
      time: '8:00 AM',
      provider: 'Elena M Hargreaves',
      status: 'Booked · - None',
    });
    // Row 4 says "x Canceled".
    expect(north.sampleRows[2]).toMatchObject({
      patient: 'Walter Kim',
      time: '9:15 AM',
      status: 'Cancelled · x Canceled',
    });
    // OpenEMR's report has no patient id column: every id would be made up (7 rows in the file).
    expect(north.madeUpPatientIds).toMatchObject({ noColumn: true });
    expect(north.madeUpPatientIds!.rows).toBe(north.madeUpPatientIds!.of);

    const missing = await h.service.previewExport({ file: path.join(h.dir, 'nope.csv') });
    expect(missing.errors[0]!.message).toMatch(/not a file on this computer/);
  });

  it('saveMapping writes a profile the importer accepts and points the practice at it', async () => {
    const h = await harness();
    await h.service.savePractice(practice(h.dir));
    const file = path.join(SAMPLES, 'openemr_appointments_report.csv');
    const preview = await h.service.previewExport({ file, practice: 'North Clinic' });
    const corrected = preview.columns.map((c) => (c.field === 'providerName' ? { ...c, column: null } : c));
    const r = await h.service.saveMapping({ practice: 'North Clinic', file, columns: corrected });
    expect(r).toMatchObject({ ok: true });
    const settings = JSON.parse(fs.readFileSync(h.settingsFile, 'utf8')) as Settings;
    const profilePath = settings.practices.find((p) => p.name === 'North Clinic')!.mappingProfile;
    expect(profilePath).toBe(path.join(h.dir, 'profiles', 'north-clinic.profile.json'));
    const profile = readProfileFile(profilePath, file);
    expect(profile.columns.providerName).toBeUndefined();
    expect(profile.columns.date).toBe('Date');
    expect(profile.columns.patientName).toBe('Patient');
    // The next preview for that practice reads through the saved profile.
    const again = await h.service.previewExport({ file, practice: 'North Clinic' });
    expect(again.columns.find((c) => c.field === 'providerName')).toBeUndefined();

    const twice = await h.service.saveMapping({
      practice: 'North Clinic',
      file,
      columns: [
        { field: 'date', column: 'A', confidence: 1 },
        { field: 'date', column: 'B', confidence: 1 },
      ],
    });
    expect(twice).toMatchObject({ ok: false, message: expect.stringMatching(/mapped twice/) });
    expect(
      await h.service.saveMapping({
        practice: 'North Clinic',
        file,
        columns: [{ field: 'shoeSize', column: 'A', confidence: 1 }],
      }),
    ).toMatchObject({
      ok: false,
    });
  });
});

describe('connector service: a mapping that makes no sense', () => {
  it('saveMapping refuses a start read from the birth dates, says why, and keeps the mapping it had', async () => {
    const h = await harness();
    await h.service.savePractice(practice(h.dir));
    const file = path.join(SAMPLES, 'openemr_appointments_report.csv');
    const preview = await h.service.previewExport({ file, practice: 'North Clinic' });
    const nonsense = preview.columns.map((c) =>
      c.field === 'date' ? { ...c, column: 'DOB' } : c.field === 'dob' ? { ...c, column: null } : c,
    );
    const r = await h.service.saveMapping({ practice: 'North Clinic', file, columns: nonsense });
    expect(r).toEqual({
      ok: false,
      message:
        "Not saved. The appointment date cannot be read from column 'DOB' (e.g. '1979-06-02'): it holds dates of birth. " +
        'Choose the column with the appointment date, or leave it out.',
    });
    const settings = JSON.parse(fs.readFileSync(h.settingsFile, 'utf8')) as Settings;
    expect(settings.practices[0]!.mappingProfile).toBe('auto');
    expect(fs.existsSync(path.join(h.dir, 'profiles', 'north-clinic.profile.json'))).toBe(false);
    // Without the sample it was chosen on, nothing can be checked: nothing is saved.
    expect(
      await h.service.saveMapping({
        practice: 'North Clinic',
        file: path.join(h.dir, 'gone.csv'),
        columns: preview.columns,
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/Pick the sample export again/) });
  });
});

describe('connector service: history', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });

  it('lists, finds and shows jobs from the real job store; jobs:changed fires on each change the engine reports', async () => {
    const changed: string[] = [];
    const off = h.service.on('jobs:changed', (p) => changed.push(p.jobId));
    const archived = path.join(h.dir, 'inbox', 'processed', 'a.csv');
    fs.mkdirSync(path.dirname(archived), { recursive: true });
    fs.writeFileSync(archived, 'x');
    const job = {
      ...newJob({
        id: 'job-1',
        file: '/in/a.csv',
        practice: { name: 'Demo practice', credentialKey: 'demo-practice' },
        at: new Date(),
        contentHash: 'h',
      }),
      archivedPath: archived,
    };
    await h.store.create(job);
    h.jobChanged(job.id);
    off();
    h.jobChanged(job.id);
    expect(changed).toEqual(['job-1']);
    expect((await h.service.listJobs({})).map((j) => j.id)).toEqual(['job-1']);
    expect((await h.service.getJob('job-1'))?.file).toBe('a.csv');
    expect(await h.service.getJob('nope')).toBeNull();
    expect(await h.service.showJobInFolder('job-1')).toEqual({ ok: true });
    expect(h.revealed).toEqual([archived]);
    fs.rmSync(archived);
    expect(await h.service.showJobInFolder('job-1')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no longer/),
    });
    expect((await h.service.dailyCounts(7)).length).toBeGreaterThan(0);
  });
});

describe('connector service: keychain unavailable', () => {
  it('the settings still open and saving credentials says what to do, without writing them elsewhere', async () => {
    const locked: CredentialStore = {
      get: async () => {
        throw new Error('Cannot create an item in a locked collection');
      },
      set: async () => {
        throw new Error('Cannot create an item in a locked collection');
      },
      delete: async () => {},
    };
    const h = await harness(locked);
    const view = await h.service.getSettings();
    expect(view.practices[0]!.secretsSet.password).toBe(false);
    const r = await h.service.setSecrets({
      credentialKey: 'demo-practice',
      values: { password: 'pw-locked-1' },
    });
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(/keychain.*locked collection.*Unlock/s),
    });
    expect(JSON.stringify(r)).not.toContain('pw-locked-1');
    expect(fs.readFileSync(h.settingsFile, 'utf8')).not.toContain('pw-locked-1');
  });
});
