// What a held file waits for: a person confirming the mapping. A confirmation changes the
// practice's profile (its file, or which profile the setting names) or its practice memory, so a
// fingerprint of those two is recorded on the held job; when it differs at a later inbox check,
// the file is read again. This is how a confirmation made from the command line reaches a running
// engine without any channel between the two processes.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { PracticeSettings } from '../../model/settings.ts';
import type { PracticeMemory, PracticeMemoryData } from '../practice-memory.ts';

/**
 * The profile setting to read exports with: the settings' own, unless a person confirmed a
 * mapping after these settings took effect (from the command line, which also wrote it into
 * settings.json: the next start reads it from there).
 */
export function effectiveProfile(
  practice: PracticeSettings,
  memory: PracticeMemoryData | undefined,
  settingsSince: number,
): string {
  const confirmed = memory?.mapping;
  if (confirmed && Date.parse(confirmed.at) >= settingsSince) return confirmed.profile;
  return practice.mappingProfile.trim() || 'auto';
}

async function fileHash(spec: string): Promise<string> {
  try {
    return createHash('sha256')
      .update(await fs.readFile(spec))
      .digest('hex');
  } catch {
    return ''; // 'auto', a preset name, or a profile file that is not there (yet)
  }
}

export async function reviewKey(
  practice: PracticeSettings,
  memory: PracticeMemory,
  settingsSince: number,
): Promise<string> {
  const memPrint = await memory.fingerprint();
  let data: PracticeMemoryData | undefined;
  try {
    data = await memory.read();
  } catch {
    data = undefined; // damaged: its raw fingerprint above still changes when it is repaired
  }
  const spec = effectiveProfile(practice, data, settingsSince);
  return createHash('sha256')
    .update(JSON.stringify([spec, await fileHash(spec), memPrint]))
    .digest('hex')
    .slice(0, 32);
}
