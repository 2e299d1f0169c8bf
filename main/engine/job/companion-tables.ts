// Companion tables: exports that are not appointments themselves but are joined to one (OpenEMR's
// EHI export puts the patients in openemr_patient_data.csv next to the events). They are never
// sent as jobs of their own: they stay in the inbox (the next export overwrites them) and are
// handed to the importer with the export that needs them. Patterns come from the built-in
// presets' `join` sections, so a new preset with a join needs no engine change.
import fs from 'node:fs';
import path from 'node:path';
import { PRESETS } from '../../import/presets/index.ts';

interface Join {
  name: string;
  patterns: RegExp[];
}

function toRegex(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
}

const JOINS: Join[] = PRESETS.flatMap((p) =>
  p.join ? [{ name: p.join.name, patterns: p.join.files.map(toRegex) }] : [],
);

export function isCompanionTable(fileName: string): boolean {
  const name = path.basename(fileName);
  return JOINS.some((j) => j.patterns.some((re) => re.test(name)));
}

/** The companion tables present in the inbox, by join name, for ImportOptions.joinFiles. */
export function companionTablesIn(inbox: string): Record<string, string> {
  let names: string[];
  try {
    names = fs.readdirSync(inbox).sort();
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const j of JOINS) {
    for (const re of j.patterns) {
      const hit = names.find((n) => re.test(n));
      if (hit) {
        out[j.name] = path.join(inbox, hit);
        break;
      }
    }
  }
  return out;
}
