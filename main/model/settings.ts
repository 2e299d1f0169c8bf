// Non-secret settings. Credentials are referenced by `credentialKey` and live in the
// CredentialStore (OS keychain in the desktop app), never here.

export type EnvironmentName = 'sandbox' | 'demo' | 'production';

export interface PracticeSettings {
  /** Display name, unique. */
  name: string;
  /** Folder the scheduling software exports into. */
  inbox: string;
  /** Medfusion practice integration id (UUID). */
  practiceId: string;
  /** A named environment or a custom https base URL. */
  environment: EnvironmentName | string;
  /** 'auto', a preset name, or a path to a saved profile JSON. */
  mappingProfile: string;
  /** IANA zone for wall-clock times in exports; empty = the machine's. */
  timeZone: string;
  /** A file is the full schedule of its date range: absent appointments are cancelled. */
  snapshotMode: boolean;
  /** Snapshot mode: a file that would cancel more than this percent of the appointments sent for
   *  its dates is held for review (default 20; 100 never holds). */
  maxSnapshotCancelPercent?: number;
  /** Poll the folder instead of relying on OS events (network shares). */
  polling: boolean;
  /** Key under which this practice's secrets are stored in the credential store. */
  credentialKey: string;
}

export interface Settings {
  version: 1;
  practices: PracticeSettings[];
  /** Delete history and archived files older than this; 0 = keep forever. */
  retentionDays: number;
  /** How long a file must stay unchanged before it is read. */
  stabilityMs: number;
  /** Appointments per AppointmentData document. */
  batchSize: number;
  /** Desktop only: start the tray app when the user logs in. */
  startAtLogin?: boolean;
  /** Desktop only: true once the first-run wizard has been completed. */
  firstRunDone?: boolean;
}
