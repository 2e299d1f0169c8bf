// Writes the column mapping a person confirmed in the settings preview as the practice's profile
// JSON (the file `mappingProfile` then points at). One file per practice, named after its
// credentialKey so a rename never orphans it; written to a temp file and renamed so a crash never
// leaves half a profile.
import fs from 'node:fs';
import path from 'node:path';
import type { PracticeSettings } from '../engine/settings-types.ts';
import type { ActionResult, ColumnGuess } from '../../preload/ipc-contract.ts';

export interface MappingProfileFile {
  version: 1;
  name: string;
  /** Appointment field → export column header. */
  columns: Record<string, string>;
}

export function profileFileName(practice: PracticeSettings): string {
  return `${practice.credentialKey.replace(/[^A-Za-z0-9._-]/g, '_')}.profile.json`;
}

export function writeMappingProfile(
  file: string,
  practiceName: string,
  columns: ColumnGuess[],
): ActionResult {
  const mapped: Record<string, string> = {};
  for (const c of columns) {
    if (c.column === null || c.column.trim() === '') continue;
    if (mapped[c.field] !== undefined) {
      return { ok: false, message: `The field ${c.field} is mapped twice; choose one column for it.` };
    }
    mapped[c.field] = c.column;
  }
  if (Object.keys(mapped).length === 0) {
    return {
      ok: false,
      message: 'No column is mapped; choose at least the appointment date and patient columns.',
    };
  }
  const profile: MappingProfileFile = { version: 1, name: practiceName, columns: mapped };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(profile, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return { ok: true };
}
