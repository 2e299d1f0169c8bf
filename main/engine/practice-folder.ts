// Where a practice's own files live in the data folder: its change-detection ledger and practice
// memory (one folder per environment and practice id), and its confirmed mapping profile (one file
// per practice in profiles/, named after its credentialKey so a rename never orphans it). The
// engine, the command line and the desktop app all name these files through here.
import path from 'node:path';
import type { PracticeSettings } from '../model/settings.ts';

/**
 * The ledger folder of a practice. Keyed by environment AND practice id: what was sent to the
 * sandbox says nothing about what production has seen.
 */
export function ledgerDir(
  dataDir: string,
  practice: Pick<PracticeSettings, 'environment' | 'practiceId'>,
): string {
  const env = practice.environment.replace(/^https?:\/\//, '').replace(/[^a-zA-Z0-9.-]+/g, '_');
  return path.join(path.resolve(dataDir), 'ledger', `${env}-${practice.practiceId.toLowerCase()}`);
}

export const PRACTICE_MEMORY_FILE = 'practice-memory.json';

/** The practice memory sits beside the ledger: both describe what this practice's exports mean. */
export function practiceMemoryFile(
  dataDir: string,
  practice: Pick<PracticeSettings, 'environment' | 'practiceId'>,
): string {
  return path.join(ledgerDir(dataDir, practice), PRACTICE_MEMORY_FILE);
}

export function profilesDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'profiles');
}

export function profileFileName(practice: Pick<PracticeSettings, 'credentialKey'>): string {
  return `${practice.credentialKey.replace(/[^A-Za-z0-9._-]/g, '_')}.profile.json`;
}

/** The practice's confirmed mapping profile (settings review, `mapping confirm`). */
export function practiceProfilePath(
  dataDir: string,
  practice: Pick<PracticeSettings, 'credentialKey'>,
): string {
  return path.join(profilesDir(dataDir), profileFileName(practice));
}
