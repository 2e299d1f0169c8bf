// The connector as the windows see it: every ConnectorApi method, named by task, on top of the
// engine, job history, settings file and credential store. Used by the Electron IPC handlers
// (main/desktop/ipc-handlers.ts) and by the renderer's browser test bridge. Secrets only go in:
// no method returns a secret value, only whether one is set.
import fs from 'node:fs';
import path from 'node:path';
import { SECRET_NAMES, secretKey, type SecretName } from '../credentials/credential-store.ts';
import type { PracticeSettings, Settings } from '../model/settings.ts';
import type {
  ActionResult,
  ConnectorApi,
  EventChannel,
  EventMap,
  ExportPreview,
  PracticeView,
  SettingsView,
} from '../../preload/ipc-contract.ts';
import type { ConnectorServiceDeps } from './service-deps.ts';
import { profileFileName, writeMappingProfile } from './mapping-profile.ts';
import { mergeDoubts, unreadablePreview } from './preview-export.ts';
import { createReviewActions } from './review-actions.ts';
import { createPracticeActions } from './practice-actions.ts';
import { exportHistoryCsv } from './export-history.ts';

export type ConnectorService = ConnectorApi;

/** Keys under which a practice's secrets live: letters, digits, dot, dash, underscore. */
const CREDENTIAL_KEY = /^[A-Za-z0-9._-]{1,100}$/;

/** The settings as the engine sees them (desktop-only keys left out), for change detection. */
function engineView(s: Settings): string {
  const { firstRunDone: _f, startAtLogin: _s, ...rest } = s;
  return JSON.stringify(rest);
}

export function createConnectorService(deps: ConnectorServiceDeps): ConnectorService {
  const { engine, jobs, settings, credentials } = deps;

  async function view(practice: PracticeSettings): Promise<PracticeView> {
    const entries = await Promise.all(
      SECRET_NAMES.map(async (name) => {
        // A locked or missing keychain must not take the settings window down with it.
        const value = await credentials.get(secretKey(practice.credentialKey, name)).catch(() => undefined);
        return [name, value !== undefined] as const;
      }),
    );
    return { ...practice, secretsSet: Object.fromEntries(entries) as Record<SecretName, boolean> };
  }

  async function findPractice(name: string): Promise<PracticeSettings | undefined> {
    return (await settings.load()).practices.find((p) => p.name === name);
  }

  async function update(change: (s: Settings) => Settings): Promise<void> {
    const before = await settings.load();
    const next = change(before);
    await settings.save(next);
    // Restarting the engine stops the watchers and clears its problems: only do it when
    // something the engine uses changed, not for desktop-only keys (first run, start at login).
    if (engineView(before) !== engineView(next)) await engine.applySettings(next);
  }

  /** A sample export picked in the window (a workbook: read from `sheet` when one is picked). */
  async function samplePreview(file: string, practice?: string, sheet?: string): Promise<ExportPreview> {
    const chosen = practice === undefined ? undefined : await findPractice(practice);
    if (!path.isAbsolute(file) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return unreadablePreview(file, `${file} is not a file on this computer. Pick an export file.`);
    }
    const preview = await deps.previewExport(file, chosen, sheet);
    if (sheet === undefined || preview.doubts.some((d) => d.kind === 'sheet')) return preview;
    // A named sheet is no question to the importer, but the person is still answering it: the
    // question stays on screen (for a held workbook the engine's own doubt keeps it there).
    const asked = (await deps.previewExport(file, chosen)).doubts.filter((d) => d.kind === 'sheet');
    return { ...preview, doubts: mergeDoubts(asked, preview.doubts) };
  }

  const { heldPreview, ...review } = createReviewActions(deps, { findPractice, update });
  const practiceActions = createPracticeActions(deps, findPractice);

  return {
    ...review,
    ...practiceActions,
    getStatus: async () => engine.getStatus(),
    listJobs: (query) => jobs.list(query),
    queryHistory: async (query) => {
      if (jobs.query) return jobs.query(query);
      // A history without paging (test doubles): the page from the plain list, total unknown beyond it.
      const list = await jobs.list({ ...query, offset: undefined, limit: 5000 });
      const offset = query.offset ?? 0;
      return { jobs: list.slice(offset, offset + (query.limit ?? 50)), total: list.length, offset };
    },
    exportHistory: (query) => exportHistoryCsv(query, jobs, deps.host, deps.now ?? (() => new Date())),
    async copyText(text): Promise<ActionResult> {
      if (!deps.host.copyText) return { ok: false, message: 'Copying needs the desktop app.' };
      deps.host.copyText(text);
      return { ok: true, message: 'Copied.' };
    },
    getJob: (jobId) => jobs.get(jobId),
    dailyCounts: (days) => jobs.dailyCounts(days),
    retryJob: (jobId) => engine.retry(jobId),
    markHandled: async (jobId): Promise<ActionResult> =>
      engine.markHandled
        ? engine.markHandled(jobId)
        : { ok: false, message: 'Marking a file as handled needs the running connector.' },

    async resume(): Promise<ActionResult> {
      engine.resume();
      return { ok: true, message: 'Sending goes on.' };
    },

    async openSettings(name): Promise<ActionResult> {
      if (!(await findPractice(name))) return { ok: false, message: `There is no practice named ${name}.` };
      await deps.host.openSettings?.(name);
      return { ok: true };
    },

    async showJobInFolder(jobId): Promise<ActionResult> {
      const job = await jobs.get(jobId);
      if (!job) return { ok: false, message: `There is no job ${jobId} in the history.` };
      const where = job.archivedPath;
      if (!where || !fs.existsSync(where)) {
        return {
          ok: false,
          message: `The file ${job.file} is no longer on this computer (it may have been removed by the retention setting).`,
        };
      }
      await deps.host.showInFolder(where);
      return { ok: true };
    },

    async getSettings(): Promise<SettingsView> {
      const s = await settings.load();
      return {
        practices: await Promise.all(s.practices.map(view)),
        retentionDays: s.retentionDays,
        startAtLogin: deps.loginItem.get(),
        firstRun: s.firstRunDone !== true,
      };
    },

    async savePractice(practice): Promise<ActionResult> {
      if (!CREDENTIAL_KEY.test(practice.credentialKey)) {
        return {
          ok: false,
          message: `The credential key '${practice.credentialKey}' may only contain letters, digits, '.', '-' and '_'.`,
        };
      }
      const current = await settings.load();
      // A practice keeps its credentialKey for life, so it identifies the practice across renames.
      const others = current.practices.filter((p) => p.credentialKey !== practice.credentialKey);
      const problems = settings.checkPractice(practice, others);
      if (problems.length > 0) return { ok: false, message: problems.join(' ') };
      const existed = others.length !== current.practices.length;
      await update((s) => ({
        ...s,
        practices: existed
          ? s.practices.map((p) => (p.credentialKey === practice.credentialKey ? practice : p))
          : [...s.practices, practice],
      }));
      return { ok: true, message: existed ? `Saved ${practice.name}.` : `Added ${practice.name}.` };
    },

    async removePractice(name): Promise<ActionResult> {
      const practice = await findPractice(name);
      if (!practice) return { ok: false, message: `There is no practice named ${name}.` };
      await update((s) => ({ ...s, practices: s.practices.filter((p) => p.name !== name) }));
      // Its keychain entries go too: no orphaned secrets left behind on a shared front-desk PC.
      await Promise.all(SECRET_NAMES.map((n) => credentials.delete(secretKey(practice.credentialKey, n))));
      return { ok: true, message: `Removed ${name} and its stored credentials.` };
    },

    async setRetentionDays(days): Promise<ActionResult> {
      await update((s) => ({ ...s, retentionDays: days }));
      return {
        ok: true,
        message:
          days === 0 ? 'History and files are kept forever.' : `History and files are kept for ${days} days.`,
      };
    },

    async setStartAtLogin(on): Promise<ActionResult> {
      deps.loginItem.set(on);
      await update((s) => ({ ...s, startAtLogin: on }));
      return { ok: true, message: on ? 'Starts when you sign in.' : 'Does not start by itself.' };
    },

    async finishFirstRun(): Promise<ActionResult> {
      await update((s) => ({ ...s, firstRunDone: true }));
      return { ok: true };
    },

    async setSecrets({ credentialKey, values }): Promise<ActionResult> {
      if (!CREDENTIAL_KEY.test(credentialKey)) {
        return { ok: false, message: `The credential key '${credentialKey}' is not valid.` };
      }
      let saved = 0;
      let cleared = 0;
      try {
        for (const name of SECRET_NAMES) {
          const value = values[name];
          if (value === undefined) continue;
          // An empty field means "forget this secret", never "store an empty one".
          if (value.trim() === '') {
            await credentials.delete(secretKey(credentialKey, name));
            cleared++;
          } else {
            await credentials.set(secretKey(credentialKey, name), value);
            saved++;
          }
        }
      } catch (err) {
        return {
          ok: false,
          message:
            `The system keychain did not take the credentials (${(err as Error).message}). ` +
            'Unlock the keychain (on Linux: GNOME Keyring or KWallet) and save again; nothing was written anywhere else.',
        };
      }
      const parts = [saved ? `${saved} saved` : '', cleared ? `${cleared} cleared` : ''].filter(Boolean);
      return { ok: true, message: `Credentials: ${parts.join(', ') || 'nothing changed'}.` };
    },

    async testConnection(name): Promise<ActionResult> {
      const practice = await findPractice(name);
      if (!practice)
        return { ok: false, message: `Save the practice ${name} first, then test the connection.` };
      const result = await deps.testConnection(practice);
      // The credentials work now: a practice stopped by a refused sign-in goes on by itself
      // (nobody should have to find a Resume button after fixing them).
      const refused = engine
        .getStatus()
        .problems.some((p) => p.kind === 'credentials' && p.practiceKey === practice.credentialKey);
      if (!result.ok || !refused) return result;
      engine.resumePractice?.(practice.name);
      return {
        ok: true,
        message: `${result.message ?? 'Connection works.'} Sending for ${practice.name} goes on.`,
      };
    },

    pickFolder: () => deps.host.pickFolder(),
    pickFile: () => deps.host.pickFile(),

    previewExport: ({ file, practice }) => samplePreview(file, practice),
    previewSheet: (arg) =>
      arg.jobId !== undefined
        ? heldPreview(arg.jobId, arg.sheet)
        : samplePreview(arg.file, arg.practice, arg.sheet),

    async saveMapping({ practice: name, file: source, columns }): Promise<ActionResult> {
      const practice = await findPractice(name);
      if (!practice)
        return { ok: false, message: `Save the practice ${name} first, then its column mapping.` };
      if (!path.isAbsolute(source) || !fs.existsSync(source) || !fs.statSync(source).isFile())
        return { ok: false, message: 'Pick the sample export again: the mapping is checked against it.' };
      const file = path.join(deps.profilesDir, profileFileName(practice));
      const written = await writeMappingProfile(file, practice, columns, source);
      if (!written.ok) return written;
      await update((s) => ({
        ...s,
        practices: s.practices.map((p) => (p.name === name ? { ...p, mappingProfile: file } : p)),
      }));
      return { ok: true, message: `Saved the column mapping for ${name}.` };
    },

    on<C extends EventChannel>(channel: C, listener: (payload: EventMap[C]) => void): () => void {
      if (channel === 'status:changed') {
        return engine.onStatus((s) => (listener as (p: EventMap['status:changed']) => void)(s));
      }
      return engine.onJobChanged((jobId) => (listener as (p: EventMap['jobs:changed']) => void)({ jobId }));
    },
  };
}
