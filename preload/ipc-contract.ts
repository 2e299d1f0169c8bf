// The one IPC contract. Main (main/desktop/ipc-handlers.ts), preload (preload/preload.ts) and the
// renderer all compile against this file; adding a call = one entry in each map below, one
// preload method, one handler. Types only plus channel-name constants: it imports nothing at
// runtime, so the renderer bundle stays free of electron and Node built-ins.
import type {
  DailyCount,
  EngineStatus,
  HistoryPage,
  HistoryQuery,
  JobDetails,
  JobSummary,
} from '../main/model/status-and-jobs.ts';
import type { PracticeSettings } from '../main/model/settings.ts';
import type { SecretName } from '../main/model/secret-names.ts';
import type { Doubt } from '../main/model/doubt.ts';

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

export interface SampleAppointment {
  line: number;
  /** "Hana Yamamoto" */
  patient: string;
  /** "Fri, Dec 18, 2026" (month first) or "Fri 18 Dec 2026" (day first), like the file. */
  day: string;
  /** "9:00 AM" or "09:00" */
  time: string;
  provider: string;
  /** Booked or Cancelled, with the export's own word when it says more ("Booked · Confirmed"). */
  status: string;
}

export interface ExportPreview {
  file: string;
  headers: string[];
  columns: ColumnGuess[];
  /** Required fields with no column: the mapping cannot be used as-is. */
  missing: string[];
  dateOrder?: 'MDY' | 'DMY' | 'YMD';
  /** First appointments as staff know them: the patient's name, the day and time in the
   *  practice's time zone written as the file writes dates, provider and status. Names stay in
   *  the window (never in logs). */
  sampleRows: SampleAppointment[];
  /** Patient ids the connector would make up (from name and date of birth) for the rows read:
   *  `noColumn` when no column gives them at all. Absent when every row has its own id. */
  madeUpPatientIds?: { rows: number; of: number; noColumn: boolean };
  /** An Excel workbook's sheet whose rows are shown (a held workbook asks which is the list). */
  sheet?: string;
  /** `sheet`: an Excel workbook's sheet whose row `line` is (shown as Excel numbers it). */
  errors: Array<{ line: number; sheet?: string; message: string }>;
  /** Every appointment field a column can feed (the importer's own list, so the window never
   *  keeps a copy that could drift). */
  mappableFields: string[];
  /** What the connector is not sure of in this file (empty: it would be sent as it is). */
  doubts: Doubt[];
  /** What the file held when it was read for this preview (a hash of its bytes): the review sends
   *  it back with the confirmation, which is refused if the file has changed since (a newer export
   *  saved over it while the window was open): its questions were never shown. */
  seen?: string;
  /** The file's own sample dates read both ways, for the day/month question (null: not a date
   *  that way round). */
  dateReadings?: Array<{ text: string; dayFirst: string | null; monthFirst: string | null }>;
  /** Set when the preview was opened with *Review* on a held file. */
  review?: {
    jobId: string;
    practice: string;
    /** Files of this practice held now, this one included: all go once the mapping is confirmed. */
    heldFiles: number;
  };
}

/** What a status word means, as a person answers it in the review (the importer's own type). */
export type { StatusAnswer } from '../main/model/status-answer.ts';
import type { StatusAnswer } from '../main/model/status-answer.ts';

export interface ReviewAnswers {
  /** Status words the file uses that the connector did not know. */
  statusWords?: Array<{ word: string; meaning: StatusAnswer }>;
  /** How the file writes numeric dates, when the person was asked. */
  dateOrder?: 'DMY' | 'MDY';
  /** How one-column patient names without a comma are written, when the person was asked (a
   *  `family-first` or `name-order` doubt): `last-first` is kept in the mapping as its
   *  patientNameOrder; `first-last` is what confirming says anyway. */
  nameOrder?: 'first-last' | 'last-first';
  /** Blank dates answer (a `date-gaps` doubt): `above`, an empty date is the date of the row
   *  above (the report prints each day's date once), kept in the mapping as its blankDate. */
  blankDate?: 'above';
  /** The workbook sheet the appointments are on, when the person picked another than the one
   *  shown first (a `sheet` doubt); kept in the mapping, as `mapping confirm --sheet` does. */
  sheet?: string;
  /** The twelve-hour answer (a `twelve-hour-clock` doubt): in the start column `column`, the
   *  hours written without AM/PM from `from`:00 to `to`:59 are after noon (1 to 6: 1:00 is 1 PM,
   *  7:00 is 7 AM); kept in the mapping as its afterNoon, as `mapping confirm --after-noon 1-6`. */
  afterNoon?: { column: string; from: number; to: number };
  /** The answer to times written as UTC that would start at odd hours (a `utc-night` doubt) for
   *  the start column `column`: `utc`, they really are UTC (what confirming says anyway: a
   *  `local` answer kept before is dropped); `local`, they are the practice's own clock marked UTC
   *  by mistake, kept in the mapping as its markedUtc (`mapping confirm --marked-utc local`). */
  markedUtc?: { column: string; reading: 'local' | 'utc' };
  /** The answer to starts at exactly midnight (a `midnight` doubt that offers it) for the start
   *  column `column`: midnight there is how the export writes a visit saved without a time, so
   *  those rows are row errors and the others go; kept in the mapping as its midnightUntimed
   *  (`mapping confirm --midnight no-time`). Absent: confirmed as read (midnight is real). */
  midnightUntimed?: { column: string };
  /** The answer to locations on another clock (a `location-zone` doubt): each location named (as
   *  the question names it) keeps `zone` (an IANA zone, one of the doubt's zoneChoices), its rows
   *  read on that clock; kept in the mapping as its locationZones (`mapping confirm
   *  --location-zone 'LOCATION=ZONE'`). A location asked about and not named here is confirmed
   *  as on the practice's clock. */
  locationZones?: Array<{ location: string; zone: string }>;
}

/** The mapping a person confirmed for a held file (jobId) or a sample export picked in the window
 *  (file). Exactly one of the two. */
export interface ConfirmMappingRequest {
  practice: string;
  jobId?: string;
  file?: string;
  columns: ColumnGuess[];
  answers: ReviewAnswers;
  /** The preview's `seen`: the file as the person saw it. */
  seen?: string;
}

/** A workbook's preview read from the sheet the person picks: of a held job (jobId), or of the
 *  sample export picked in the settings (file, practice as for previewExport). One of the two. */
export type SheetPreviewRequest = { sheet: string } & (
  { jobId: string; file?: never; practice?: never } | { file: string; practice?: string; jobId?: never }
);

/** `released`: how many held files of the practice were sent on their way. */
export type ConfirmMappingResult = ActionResult & { released?: number };

/** How long *Pause* holds a practice: an hour, or until tomorrow morning (06:00 local). */
export type PauseLength = 'hour' | 'tomorrow';

/** Request/response calls, named by task: method → [argument, result]. The IPC channel is
 *  `connector:<method>` (see invokeChannel). */
export interface InvokeMap {
  getStatus: [void, EngineStatus];
  listJobs: [HistoryQuery, JobSummary[]];
  /** The history window's list: one page of the matching jobs over the whole history, and how
   *  many match in all. */
  queryHistory: [HistoryQuery, HistoryPage];
  /** *Export CSV*: every job matching the filters (not only the page), saved where the person
   *  chooses. */
  exportHistory: [HistoryQuery, ActionResult];
  /** *Copy* (a DataJobId for a support call): the page may not write the clipboard itself. */
  copyText: [string, ActionResult];
  getJob: [string, JobDetails | null];
  dailyCounts: [number, DailyCount[]];
  retryJob: [string, ActionResult];
  /** *Mark as handled* on a failed or partly refused file: it no longer keeps the state amber. */
  markHandled: [string, ActionResult];
  /** Resume sending: the pause, and practices stopped by a refused sign-in (tried again). */
  resume: [void, ActionResult];
  /** Open (or bring forward) the settings window on this practice (*Fix credentials*). */
  openSettings: [string, ActionResult];
  /** *Pause for 1 h* / *Pause until tomorrow* on one practice (by name): its exports wait in the
   *  inbox; the pause ends by itself and survives a restart. */
  pausePractice: [{ practice: string; length: PauseLength }, ActionResult];
  /** *Resume* on one practice: ends its pause and tries a refused sign-in again. */
  resumePractice: [string, ActionResult];
  /** *Send now* on one practice: look in its inbox now. */
  sendNow: [string, ActionResult];
  /** *Open inbox*: the practice's inbox folder in the file manager. */
  openInbox: [string, ActionResult];
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
  /** `file`: the sample export the columns were chosen on; the mapping is checked against it. */
  saveMapping: [{ practice: string; file: string; columns: ColumnGuess[] }, ActionResult];
  /** *Review* on a held job: open the settings window on its practice with the file in the preview. */
  openReview: [string, ActionResult];
  /** The preview of a held job's file, found by the job id (never by a path from the window). */
  previewHeldFile: [string, ExportPreview];
  /** The same preview read from another sheet of the workbook (held or sample), as the person
   *  picks it. */
  previewSheet: [SheetPreviewRequest, ExportPreview];
  confirmMapping: [ConfirmMappingRequest, ConfirmMappingResult];
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
  'queryHistory',
  'exportHistory',
  'copyText',
  'getJob',
  'dailyCounts',
  'retryJob',
  'markHandled',
  'resume',
  'openSettings',
  'pausePractice',
  'resumePractice',
  'sendNow',
  'openInbox',
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
  'openReview',
  'previewHeldFile',
  'previewSheet',
  'confirmMapping',
] as const satisfies readonly InvokeMethod[];

/** ipcMain/ipcRenderer channel for a method: one prefix so handlers can't collide with others. */
export function invokeChannel(method: InvokeMethod): string {
  return `connector:${method}`;
}

/** The settings window's route for *Review* (`#settings?practice=…&job=…`): built by main, read by
 *  the renderer. It names a job, never a path; the window asks previewHeldFile(job) for the file. */
export function reviewRoute(review: { practice: string; jobId: string }): string {
  return `settings?${new URLSearchParams({ practice: review.practice, job: review.jobId }).toString()}`;
}

/** The settings window on one practice (`#settings?practice=…`), e.g. for *Fix credentials*. */
export function settingsRoute(practice: string): string {
  return `settings?${new URLSearchParams({ practice }).toString()}`;
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
