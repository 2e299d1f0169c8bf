// What the connector service needs from the rest of the app, as narrow interfaces. The desktop
// (main/desktop/app-context.ts) and the browser test bridge plug the real engine, job store,
// settings file and credential store in; nothing here knows about Electron.
import type { CredentialStore } from '../credentials/credential-store.ts';
import type {
  DailyCount,
  EngineStatus,
  HistoryPage,
  HistoryQuery,
  JobDetails,
  JobSummary,
} from '../model/status-and-jobs.ts';
import type { PracticeSettings, Settings } from '../model/settings.ts';
import type { ActionResult, ExportPreview } from '../../preload/ipc-contract.ts';

/** The running engine as the windows and the tray see it. */
export interface EngineControl {
  getStatus(): EngineStatus;
  /** Every status change; returns an unsubscribe function. */
  onStatus(listener: (status: EngineStatus) => void): () => void;
  /** A job was created or changed state. */
  onJobChanged(listener: (jobId: string) => void): () => void;
  /** Look in the inboxes now ("Send now"). */
  rescan(): Promise<void>;
  pause(): void;
  resume(): void;
  /** Try one practice again after its refused sign-in was fixed (credentials saved and tested). */
  resumePractice?(practiceName: string): void;
  /** A person paused one practice until then (Engine.pausePractice): kept across restarts. */
  pausePractice?(practiceName: string, until: Date): Promise<ActionResult>;
  /** End one practice's timed pause now; false when it was not paused. */
  endPracticePause?(practiceName: string): boolean;
  /** Look in one practice's inbox now (*Send now*). */
  checkPracticeNow?(practiceName: string): Promise<ActionResult>;
  retry(jobId: string): Promise<ActionResult>;
  /** A person dealt with this failed or partly refused file (Engine.markHandled). */
  markHandled?(jobId: string): Promise<ActionResult>;
  /** A person confirmed the practice's mapping: plan its held files again (they go out with the
   *  confirmed mapping, or are held again if still unsure). Resolves to how many were released. */
  releaseHeld(practiceName: string): Promise<number>;
  /** A person accepted the cancellations of this held snapshot (the review): it may go. */
  acceptCancellations?(jobId: string): Promise<ActionResult>;
  /** Settings changed on disk: restart watchers for the new practices. */
  applySettings(settings: Settings): Promise<void>;
}

export interface JobHistory {
  list(query: HistoryQuery): Promise<JobSummary[]>;
  /** One page of the matching jobs and how many match in the whole history. */
  query?(query: HistoryQuery): Promise<HistoryPage>;
  /** Every matching job as CSV text (*Export CSV*), and how many jobs it lists. */
  csv?(query: HistoryQuery): Promise<{ text: string; count: number }>;
  get(jobId: string): Promise<JobDetails | null>;
  dailyCounts(days: number): Promise<DailyCount[]>;
}

/** The one settings file (the engine's format, schema and migrations), shared with the command
 *  line; its desktop-only keys (firstRunDone, startAtLogin) live there too. */
export interface SettingsFile {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Plain-words problems with one practice ([] when fine). */
  checkPractice(practice: PracticeSettings, others: PracticeSettings[]): string[];
}

/** The OS's "open at login" entry (app.setLoginItemSettings in the desktop app). */
export interface LoginItem {
  get(): boolean;
  set(openAtLogin: boolean): void;
}

/** Things only the host can do (native dialogs, the file manager). */
export interface HostActions {
  pickFolder(): Promise<string | null>;
  pickFile(): Promise<string | null>;
  showInFolder(filePath: string): Promise<void> | void;
  /** Open (or bring forward) the settings window on a practice with a held job's file in the
   *  preview. Only ever called with a job the service checked is held. */
  openReview(review: { practice: string; jobId: string }): Promise<void> | void;
  /** Open (or bring forward) the settings window on a practice (*Fix credentials*). */
  openSettings?(practice: string): Promise<void> | void;
  /** Open a folder in the file manager (*Open inbox*); resolves to an error text, '' when opened. */
  openFolder?(folder: string): Promise<string> | string;
  /** Ask where to save a file (the OS's save dialog); null when the person cancelled. */
  pickSaveFile?(suggestedName: string): Promise<string | null>;
  /** Put text on the clipboard (the windows may not: every page permission is refused). */
  copyText?(text: string): void;
}

export interface ConnectorServiceDeps {
  engine: EngineControl;
  jobs: JobHistory;
  settings: SettingsFile;
  credentials: CredentialStore;
  loginItem: LoginItem;
  host: HostActions;
  /** Sign in to the practice's environment with its stored secrets; the answer in plain words. */
  testConnection(practice: PracticeSettings): Promise<ActionResult>;
  /** Recognise the columns of a sample export (a workbook: from `sheet` when one is named). */
  previewExport(file: string, practice: PracticeSettings | undefined, sheet?: string): Promise<ExportPreview>;
  /** Folder where saved column mappings (profile JSON files) go. */
  profilesDir: string;
  /** When a mapping was confirmed (default: the computer's clock). */
  now?: () => Date;
}
