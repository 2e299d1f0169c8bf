// The one IPC contract. Main (main/desktop/ipc-handlers.ts), preload (preload/preload.ts) and the
// renderer all compile against this file; adding a call = one entry in each map below, one
// preload method, one handler. Types only plus channel-name constants: it imports nothing at
// runtime, so the renderer bundle stays free of electron and Node built-ins.
import type { DailyCount, EngineStatus, HistoryQuery, JobDetails, JobSummary } from '../main/engine/types.ts';
import type { PracticeSettings } from '../main/engine/settings-types.ts';
import type { SecretName } from '../main/credentials/credential-store.ts';

/** Result of an action the user asked for, phrased for them. */
export type ActionResult = { ok: true; message?: string } | { ok: false; message: string };

/** What the renderer may know about a practice: settings plus which secrets are set (never values). */
export interface PracticeView extends PracticeSettings {
  secretsSet: Record<SecretName, boolean>;
}

export interface SettingsView {
  practices: PracticeView[];
  retentionDays: number;
  startAtLogin: boolean;
  /** True until the first-run wizard has been completed. */
  firstRun: boolean;
}

export interface ColumnGuess {
  field: string; // appointment field, e.g. 'start', 'patient.lastName'
  column: string | null; // export header, null when not found
  confidence: number; // 0..1
}

export interface ExportPreview {
  file: string;
  headers: string[];
  columns: ColumnGuess[];
  /** Required fields with no column: the mapping cannot be used as-is. */
  missing: string[];
  dateOrder?: 'MDY' | 'DMY' | 'YMD';
  /** First rows as they would be sent (no names in logs; this stays in the window). */
  sampleRows: Array<{
    line: number;
    appointmentId: string;
    patientId: string;
    start: string;
    status: string;
  }>;
  errors: Array<{ line: number; message: string }>;
  /** Every appointment field a column can feed (the importer's own list, so the window never
   *  keeps a copy that could drift). */
  mappableFields: string[];
}

/** Request/response calls, named by task: method → [argument, result]. The IPC channel is
 *  `connector:<method>` (see invokeChannel). */
export interface InvokeMap {
  getStatus: [void, EngineStatus];
  listJobs: [HistoryQuery, JobSummary[]];
  getJob: [string, JobDetails | null];
  dailyCounts: [number, DailyCount[]];
  retryJob: [string, ActionResult];
  showJobInFolder: [string, ActionResult];
  getSettings: [void, SettingsView];
  savePractice: [PracticeSettings, ActionResult];
  removePractice: [string, ActionResult];
  setRetentionDays: [number, ActionResult];
  setStartAtLogin: [boolean, ActionResult];
  finishFirstRun: [void, ActionResult];
  setSecrets: [{ credentialKey: string; values: Partial<Record<SecretName, string>> }, ActionResult];
  testConnection: [string, ActionResult];
  pickFolder: [void, string | null];
  pickFile: [void, string | null];
  previewExport: [{ file: string; practice?: string }, ExportPreview];
  saveMapping: [{ practice: string; columns: ColumnGuess[] }, ActionResult];
}

/** Main → renderer pushes: channel → payload. */
export interface EventMap {
  'status:changed': EngineStatus;
  'jobs:changed': { jobId: string };
}

export type InvokeMethod = keyof InvokeMap;
export type EventChannel = keyof EventMap;

export const INVOKE_METHODS = [
  'getStatus',
  'listJobs',
  'getJob',
  'dailyCounts',
  'retryJob',
  'showJobInFolder',
  'getSettings',
  'savePractice',
  'removePractice',
  'setRetentionDays',
  'setStartAtLogin',
  'finishFirstRun',
  'setSecrets',
  'testConnection',
  'pickFolder',
  'pickFile',
  'previewExport',
  'saveMapping',
] as const satisfies readonly InvokeMethod[];

/** ipcMain/ipcRenderer channel for a method: one prefix so handlers can't collide with others. */
export function invokeChannel(method: InvokeMethod): string {
  return `connector:${method}`;
}

export const EVENT_CHANNELS = ['status:changed', 'jobs:changed'] as const satisfies readonly EventChannel[];

/** The API the preload exposes as `window.connector`, named by task. */
export type ConnectorApi = {
  [C in InvokeMethod]: InvokeMap[C][0] extends void
    ? () => Promise<InvokeMap[C][1]>
    : (arg: InvokeMap[C][0]) => Promise<InvokeMap[C][1]>;
} & {
  on<C extends EventChannel>(channel: C, listener: (payload: EventMap[C]) => void): () => void;
};
