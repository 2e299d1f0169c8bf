// A small in-memory ConnectorApi for the happy-dom COMPONENT tests only (filtering, keyboard,
// write-only secrets). The Chromium tests use the real service behind test/support/test-bridge.ts.
import type {
  ConnectorApi,
  EventChannel,
  EventMap,
  ExportPreview,
  SettingsView,
} from '../../preload/ipc-contract.ts';
import type { EngineStatus, JobDetails, JobSummary } from '../../main/model/status-and-jobs.ts';
import { canRetry } from '../../main/engine/retry-job.ts';
import { canMarkHandled } from '../../main/engine/status/handled.ts';

/** The buttons' flags as the app service sends them (app-service/engine-adapters.ts withActions):
 *  the engine's own rules, so the window is tested against what it will really receive. */
const withActions = <T extends JobSummary>(j: T): T => ({
  ...j,
  canRetry: canRetry(j),
  canMarkHandled: canMarkHandled(j),
});

type Listener = (payload: never) => void;

export interface MemoryConnector extends ConnectorApi {
  jobs: JobDetails[];
  settings: SettingsView;
  status: EngineStatus;
  calls: Array<{ method: string; arg: unknown }>;
  emit<C extends EventChannel>(channel: C, payload: EventMap[C]): void;
  nextPick: string | null;
  /** What previewHeldFile answers (a held file's preview with its doubts). */
  heldPreview: ExportPreview | null;
  /** What previewSheet answers, by sheet (another sheet of a held or sample workbook). */
  sheetPreviews: Record<string, ExportPreview>;
  /** What previewExport answers for a sample (unset: a small CSV with no patient id column). */
  samplePreview?: ExportPreview;
}

export function job(id: string, over: Partial<JobDetails> = {}): JobDetails {
  return {
    id,
    file: `${id}.csv`,
    practice: 'Main Street',
    practiceKey: 'main-street',
    receivedAt: '2026-11-25T09:00:00.000Z',
    state: 'processed',
    counts: { rows: 3, sent: 3, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    outcome: 'COMPLETED',
    rowErrors: [],
    batches: [],
    ...over,
  };
}

export function memoryConnector(jobs: JobDetails[]): MemoryConnector {
  const listeners = new Map<string, Set<Listener>>();
  const secrets = new Set<string>();
  const calls: MemoryConnector['calls'] = [];
  const record = (method: string, arg?: unknown) => calls.push({ method, arg });
  const c: MemoryConnector = {
    jobs,
    calls,
    nextPick: null,
    heldPreview: null,
    sheetPreviews: {},
    status: { state: 'idle', paused: false, counts: { sentToday: 3, queued: 0, failed: 0 }, problems: [] },
    settings: {
      practices: [
        {
          name: 'Main Street',
          inbox: '/tmp/inbox',
          practiceId: '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90',
          environment: 'sandbox',
          mappingProfile: 'auto',
          timeZone: '',
          snapshotMode: false,
          polling: false,
          credentialKey: 'main-street',
          secretsSet: {
            appToken: false,
            clientId: false,
            clientSecret: false,
            username: false,
            password: false,
          },
        },
      ],
      retentionDays: 0,
      startAtLogin: false,
      firstRun: true,
    },
    emit(channel, payload) {
      for (const l of listeners.get(channel) ?? []) (l as (p: typeof payload) => void)(payload);
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener as Listener);
      return () => set.delete(listener as Listener);
    },
    getStatus: async () => c.status,
    listJobs: async (q) => (
      record('listJobs', q),
      c.jobs.map(({ rowErrors: _r, batches: _b, ...s }) => withActions(s))
    ),
    queryHistory: async (q) => {
      record('queryHistory', q);
      const needle = (q.search ?? '').trim().toLowerCase();
      const all = c.jobs
        .map(({ rowErrors: _r, batches: _b, ...s }) => withActions(s))
        .filter(
          (j) =>
            (!needle ||
              [j.file, ...j.dataJobIds, ...j.messageIds].some((t) => t.toLowerCase().includes(needle)) ||
              (j.patientIds ?? []).some((p) => p.toLowerCase() === needle)) &&
            (q.practiceKey === undefined || j.practiceKey === q.practiceKey) &&
            (q.result === undefined ||
              (q.result === 'held' && j.state === 'held') ||
              (q.result === 'problems' &&
                (j.state === 'failed' ||
                  j.state === 'held' ||
                  j.counts.errors > 0 ||
                  j.outcome === 'ERROR' ||
                  j.outcome === 'PARTIAL'))),
        );
      const offset = q.offset ?? 0;
      return { jobs: all.slice(offset, offset + (q.limit ?? 50)), total: all.length, offset };
    },
    exportHistory: async (q) => (record('exportHistory', q), { ok: true, message: 'Saved.' }),
    copyText: async (text) => (record('copyText', text), { ok: true, message: 'Copied.' }),
    getJob: async (id) => {
      const j = c.jobs.find((x) => x.id === id);
      return j ? withActions(j) : null;
    },
    dailyCounts: async (days) =>
      Array.from({ length: days }, (_, i) => ({
        day: `2026-11-${String(12 + i).padStart(2, '0')}`,
        sent: i,
      })),
    retryJob: async (id) => (record('retryJob', id), { ok: true, message: 'Queued again.' }),
    markHandled: async (id) => {
      record('markHandled', id);
      const j = c.jobs.find((x) => x.id === id);
      if (j) j.handledAt = '2026-11-25T15:00:00.000Z';
      return { ok: true, message: `${j?.file ?? id} is marked as handled.` };
    },
    showJobInFolder: async (id) => (record('showJobInFolder', id), { ok: true }),
    getSettings: async () => structuredClone(c.settings),
    savePractice: async (p) => {
      record('savePractice', p);
      const rest = c.settings.practices.filter((x) => x.credentialKey !== p.credentialKey);
      const secretsSet = {
        appToken: false,
        clientId: false,
        clientSecret: false,
        username: false,
        password: false,
      };
      c.settings.practices = [...rest, { ...p, secretsSet }];
      return { ok: true, message: `Saved ${p.name}.` };
    },
    removePractice: async (name) => (record('removePractice', name), { ok: true }),
    setRetentionDays: async (d) => (
      record('setRetentionDays', d),
      { ok: true, message: `Kept for ${d} days.` }
    ),
    setStartAtLogin: async (on) => (record('setStartAtLogin', on), { ok: true }),
    finishFirstRun: async () => (record('finishFirstRun'), (c.settings.firstRun = false), { ok: true }),
    setSecrets: async (arg) => {
      record('setSecrets', arg);
      for (const [name, v] of Object.entries(arg.values)) if (v) secrets.add(`${arg.credentialKey}/${name}`);
      for (const p of c.settings.practices) {
        for (const name of Object.keys(p.secretsSet) as Array<keyof typeof p.secretsSet>) {
          p.secretsSet[name] = secrets.has(`${p.credentialKey}/${name}`);
        }
      }
      return { ok: true, message: 'Credentials saved.' };
    },
    testConnection: async (name) => (record('testConnection', name), { ok: true, message: 'Signed in.' }),
    pickFolder: async () => c.nextPick,
    pickFile: async () => c.nextPick,
    previewExport: async (arg) => (
      record('previewExport', arg),
      c.samplePreview
        ? structuredClone(c.samplePreview)
        : {
            file: arg.file,
            headers: ['Date', 'Time', 'Patient', 'pid'],
            columns: [
              { field: 'date', column: 'Date', confidence: 0.95 },
              { field: 'time', column: 'Time', confidence: 0.9 },
              { field: 'patientId', column: null, confidence: 0 },
            ],
            missing: ['patientId'],
            sampleRows: [],
            errors: [],
            mappableFields: ['date', 'time', 'patientId', 'email'],
            doubts: [],
          }
    ),
    // Like the real service: the practice now points at the saved profile.
    saveMapping: async (arg) => {
      record('saveMapping', arg);
      const p = c.settings.practices.find((x) => x.name === arg.practice);
      if (p) p.mappingProfile = `/data/profiles/${p.credentialKey}.profile.json`;
      return { ok: true, message: 'Saved the column mapping.' };
    },
    openReview: async (id) => (record('openReview', id), { ok: true }),
    resume: async () => (record('resume', undefined), { ok: true, message: 'Sending goes on.' }),
    openSettings: async (name) => (record('openSettings', name), { ok: true }),
    pausePractice: async (arg) => (record('pausePractice', arg), { ok: true, message: 'Paused.' }),
    resumePractice: async (name) => (record('resumePractice', name), { ok: true }),
    sendNow: async (name) => (record('sendNow', name), { ok: true }),
    openInbox: async (name) => (record('openInbox', name), { ok: true }),
    previewHeldFile: async (id) => {
      record('previewHeldFile', id);
      if (!c.heldPreview) throw new Error(`no held preview for ${id}`);
      return structuredClone(c.heldPreview);
    },
    previewSheet: async (arg) => {
      record('previewSheet', arg);
      const p = c.sheetPreviews[arg.sheet];
      if (!p) throw new Error(`no preview of sheet ${arg.sheet}`);
      return structuredClone(p);
    },
    confirmMapping: async (arg) => {
      record('confirmMapping', arg);
      const p = c.settings.practices.find((x) => x.name === arg.practice);
      if (p) p.mappingProfile = `/data/profiles/${p.credentialKey}.profile.json`;
      return {
        ok: true,
        released: 2,
        message: '2 held files of Main Street are being read again with it now.',
      };
    },
  };
  return c;
}
