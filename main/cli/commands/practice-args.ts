// Options shared by the commands that work on one practice of the settings (`mapping show`,
// `mapping confirm`, `detect --save --practice`): which settings file, which data folder, which
// practice, and the held jobs of that practice read from the history (read-only, so it is safe
// while the connector runs).
import path from 'node:path';
import { JobStore } from '../../engine/job-store/index.ts';
import { belongsTo } from '../../engine/job-practice.ts';
import { dataPaths, defaultDataDir, loadSettings } from '../../engine/settings/index.ts';
import type { PracticeSettings, Settings } from '../../model/settings.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';

export const PRACTICE_ARG_OPTIONS = {
  practice: { type: 'string' },
  'data-dir': { type: 'string' },
  config: { type: 'string' },
} as const;

export const PRACTICE_OPTIONS_USAGE = `  --practice        the practice's name as in the settings
  --data-dir        the connector's data folder (default $APPT_DATA_DIR or ~/.appt-connector)
  --config          settings file (default: <data-dir>/settings.json)`;

export interface PracticeTarget {
  dataDir: string;
  settingsFile: string;
  settings: Settings;
  practice: PracticeSettings;
}

/** @throws Error with a one-line message a person can act on */
export async function loadPractice(values: {
  practice?: string;
  'data-dir'?: string;
  config?: string;
}): Promise<PracticeTarget> {
  const name = values.practice?.trim();
  if (!name) throw new Error('--practice NAME is required (the practice name as in the settings)');
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  const settingsFile = values.config ? path.resolve(values.config) : dataPaths(dataDir).settings;
  const settings = await loadSettings(settingsFile);
  const practice =
    settings.practices.find((p) => p.name === name) ??
    (() => {
      const same = settings.practices.filter((p) => p.name.toLowerCase() === name.toLowerCase());
      return same.length === 1 ? same[0] : undefined;
    })();
  if (!practice)
    throw new Error(
      `there is no practice '${name}' in ${settingsFile} (practices: ${
        settings.practices.map((p) => `'${p.name}'`).join(', ') || 'none'
      })`,
    );
  return { dataDir, settingsFile, settings, practice };
}

/** The practice's held jobs, newest first (empty when there is no history yet). Matched by its
 *  key, or by name in a history not yet upgraded (job-practice.ts). */
export async function heldJobs(dataDir: string, practice: PracticeSettings): Promise<JobDetails[]> {
  const store = await JobStore.open(dataPaths(dataDir).jobs, { readOnly: true });
  try {
    return store.held().filter((j) => belongsTo(j, practice));
  } finally {
    await store.close();
  }
}

/** `--practice "Main St"` when the name needs quoting in a shell. */
export function shellName(name: string): string {
  return /^[\w.-]+$/.test(name) ? name : `"${name.replace(/"/g, '\\"')}"`;
}
