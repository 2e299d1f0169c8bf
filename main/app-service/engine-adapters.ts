// Adapters from the engine's own modules to the service's narrow interfaces: the settings file
// (load/save/validate from main/engine/settings), the job store's history, and the engine. Kept
// apart from the service so the service reads as "what each task does", not plumbing.
import type { CredentialStore } from '../credentials/credential-store.ts';
import type { PracticeSettings, Settings } from '../model/settings.ts';
import {
  formatIssue,
  loadOrCreateSettings,
  saveSettings,
  SETTINGS_DEFAULTS,
  validateSettings,
} from '../engine/settings/index.ts';
import { historyCsv, type JobStore } from '../engine/job-store/index.ts';
import { canMarkHandled, needsHandling, stillHandled } from '../engine/status/handled.ts';
import { canRetry } from '../engine/retry-job.ts';
import { refusedByMedfusion } from '../engine/status/refused-count.ts';
import type { HistoryQuery, JobDetails, JobSummary } from '../model/status-and-jobs.ts';
import type { EngineControl, JobHistory, SettingsFile } from './service-deps.ts';
import type { ActionResult } from '../../preload/ipc-contract.ts';

/** The one settings.json (shared with the command line), created with the defaults on first use. */
export function settingsFileAt(file: string, dataDir: string, credentials: CredentialStore): SettingsFile {
  // Writes never interleave: each save waits for the previous one.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    load: () => loadOrCreateSettings(file, dataDir, { credentials }),
    save(settings: Settings) {
      const next = queue.then(() => saveSettings(file, settings, { dataDir }));
      queue = next.catch(() => undefined);
      return next;
    },
    checkPractice(practice: PracticeSettings, others: PracticeSettings[]): string[] {
      const index = others.length;
      const checked = validateSettings(
        { version: 1, ...SETTINGS_DEFAULTS, practices: [...others, practice] },
        { dataDir, settingsFile: file },
      );
      if (checked.ok) return [];
      const at = `practices[${index}]`;
      // Report this practice's problems, named by field rather than by array position.
      return checked.issues
        .filter((i) => i.path === at || i.path.startsWith(`${at}.`))
        .map((i) =>
          formatIssue({
            ...i,
            path: i.path.replace(at, practice.name || 'practice').replace(/^practice\./, ''),
          }),
        );
    },
  };
}

export function jobHistoryOf(
  store: Pick<JobStore, 'list' | 'get' | 'dailyCounts'> & Partial<Pick<JobStore, 'query' | 'listAll'>>,
): JobHistory {
  const extras = (s: JobSummary) => withActions(needsHandling(s) ? withExtras(s, store.get(s.id)) : s);
  return {
    // The list rows come from the store's index, which keeps neither `handledAt` nor Medfusion's
    // per-appointment verdicts: read them from the details of the few rows that need a person
    // (failed or partly refused).
    list: async (query) => store.list(query).map(extras),
    ...(store.query
      ? {
          query: async (query: HistoryQuery) => {
            const page = store.query!(query);
            return { ...page, jobs: page.jobs.map(extras) };
          },
        }
      : {}),
    ...(store.listAll
      ? {
          csv: async (query: HistoryQuery) => {
            const all = store.listAll!(query).map(extras);
            return { text: historyCsv(all), count: all.length };
          },
        }
      : {}),
    get: async (jobId) => {
      const job = store.get(jobId);
      return job ? withActions(withExtras(job, job)) : null;
    },
    dailyCounts: async (days) => store.dailyCounts(days),
  };
}

function withExtras<T extends JobSummary>(row: T, details: JobDetails | undefined): T {
  if (!details) return row;
  const refused = row.outcome === 'ERROR' || row.outcome === 'PARTIAL' ? refusedByMedfusion(details) : 0;
  return {
    ...row,
    ...(stillHandled(details) ? { handledAt: details.handledAt } : {}),
    ...(refused > 0 ? { refusedByMedfusion: refused } : {}),
  };
}

/** The engine's rules for the windows' buttons, sent as flags (JobSummary canRetry/canMarkHandled). */
function withActions<T extends JobSummary>(row: T): T {
  return { ...row, canRetry: canRetry(row), canMarkHandled: canMarkHandled(row) };
}

/** What the engine class offers (main/engine/engine.ts), structurally. */
export interface EngineLike extends Omit<EngineControl, 'retry'> {
  retry(jobId: string): Promise<ActionResult & { file?: string }>;
}

export function engineControlOf(engine: EngineLike): EngineControl {
  return {
    getStatus: () => engine.getStatus(),
    onStatus: (l) => engine.onStatus(l),
    onJobChanged: (l) => engine.onJobChanged(l),
    rescan: () => engine.rescan(),
    pause: () => engine.pause(),
    resume: () => engine.resume(),
    resumePractice: (name) => engine.resumePractice?.(name),
    ...(engine.pausePractice
      ? { pausePractice: (name: string, until: Date) => engine.pausePractice!(name, until) }
      : {}),
    ...(engine.endPracticePause
      ? { endPracticePause: (name: string) => engine.endPracticePause!(name) }
      : {}),
    ...(engine.checkPracticeNow
      ? { checkPracticeNow: (name: string) => engine.checkPracticeNow!(name) }
      : {}),
    applySettings: (s) => engine.applySettings(s),
    releaseHeld: (practiceName) => engine.releaseHeld(practiceName),
    ...(engine.markHandled ? { markHandled: (jobId: string) => engine.markHandled!(jobId) } : {}),
    ...(engine.acceptCancellations
      ? { acceptCancellations: (jobId: string) => engine.acceptCancellations!(jobId) }
      : {}),
    async retry(jobId) {
      // The engine also returns where the file went; the window does not need a path.
      const r = await engine.retry(jobId);
      return r.ok
        ? { ok: true, ...(r.message ? { message: r.message } : {}) }
        : { ok: false, message: r.message };
    },
  };
}
