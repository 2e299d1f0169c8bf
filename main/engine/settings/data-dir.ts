// Where the connector keeps its files. One data folder holds everything that is not in an inbox:
//   settings.json   the settings (no secrets)
//   jobs/           the job store: journal and history (jobs.log)
//   logs/           app.log and its rotated predecessors
//   practice-pauses.json  practices a person paused, and until when (practice-pauses.ts)
// Archived exports stay next to each practice's inbox: <inbox>/processed/YYYY-MM-DD/ and
// <inbox>/failed/ (see pruneArchivedFiles).
// Default folder: $APPT_DATA_DIR, else ~/.appt-connector (the desktop app passes its own).
import os from 'node:os';
import path from 'node:path';
import type { PracticeSettings } from '../../model/settings.ts';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.APPT_DATA_DIR?.trim();
  return path.resolve(fromEnv || path.join(os.homedir(), '.appt-connector'));
}

export interface DataPaths {
  root: string;
  settings: string;
  jobs: string;
  logs: string;
  demoInbox: string;
}

export function dataPaths(dataDir: string): DataPaths {
  const root = path.resolve(dataDir);
  return {
    root,
    settings: path.join(root, 'settings.json'),
    jobs: path.join(root, 'jobs'),
    logs: path.join(root, 'logs'),
    demoInbox: path.join(root, 'demo-inbox'),
  };
}

/** The built-in demo practice: the sandbox practice reading the data folder's demo inbox. It is
 *  where a practice tries its own exports before credentials arrive, on a portal no patient sees. */
export function isDemoPractice(
  practice: Pick<PracticeSettings, 'environment' | 'inbox'>,
  dataDir: string,
): boolean {
  return practice.environment === 'sandbox' && path.resolve(practice.inbox) === dataPaths(dataDir).demoInbox;
}

/** Where a practice's exports go once handled. */
export function archiveFolders(inbox: string): { processed: string; failed: string } {
  return { processed: path.join(inbox, 'processed'), failed: path.join(inbox, 'failed') };
}
