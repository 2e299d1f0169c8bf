// Joined files: a second table an export is joined to on a key (OpenEMR's EHI export puts the
// patients in openemr_patient_data.csv next to the events). This module owns both halves: telling
// such a companion table by its name (the built-in presets' `join` sections, so a new preset with a
// join needs no engine change), and finding and loading it for the export that needs it. The
// engine only decides when a companion waits in the inbox and when it is archived
// (engine/job/companion-tables.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOptions } from '../model/import-summary.ts';
import type { MappingProfile } from './map/profile.ts';
import { PRESETS } from './presets/index.ts';
import { fileError } from './read/export-file-error.ts';
import { openTable } from './read/index.ts';

export type JoinSpec = NonNullable<MappingProfile['join']>;

export interface CompanionJoin {
  name: string;
  patterns: RegExp[];
  /** The export's column that points into the table: an export whose header has it uses the table. */
  keyColumn: string;
}

/** A file-name pattern (`*` any run, `?` one character), matched whole and ignoring case. */
function globToRegex(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
}

/** The joins the built-in presets declare. */
export const COMPANION_JOINS: CompanionJoin[] = PRESETS.flatMap((p) =>
  p.join ? [{ name: p.join.name, patterns: p.join.files.map(globToRegex), keyColumn: p.join.on.column }] : [],
);

/** The built-in join whose table this file is, if any. */
export function companionJoinOf(fileName: string): CompanionJoin | undefined {
  const name = path.basename(fileName);
  return COMPANION_JOINS.find((j) => j.patterns.some((re) => re.test(name)));
}

export function isCompanionTable(fileName: string): boolean {
  return companionJoinOf(fileName) !== undefined;
}

/** The start of the importer's message when the table is missing (findJoinFile below); the engine
 *  matches failed jobs on it to send them again once the table arrives. */
export const missingTableMessage = (joinName: string): string => `this export needs its ${joinName} table`;

/** The built-in companion tables present in `dir`, by join name (first name in sorted order, by
 *  the order of the join's patterns), for ImportOptions.joinFiles. */
export function companionTablesInDir(dir: string): Record<string, string> {
  let names: string[];
  try {
    names = fs.readdirSync(dir).sort();
  } catch {
    return {};
  }
  const out: Record<string, string> = {};
  for (const j of COMPANION_JOINS) {
    for (const re of j.patterns) {
      const hit = names.find((n) => re.test(n));
      if (hit) {
        out[j.name] = path.join(dir, hit);
        break;
      }
    }
  }
  return out;
}

/** The joined table: given in options, else found next to the export by the profile's names. */
export function findJoinFile(exportFile: string, join: JoinSpec, opts: ImportOptions): string {
  const given = opts.joinFiles?.[join.name];
  if (given) return given;
  const dir = path.dirname(exportFile);
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n !== path.basename(exportFile));
  } catch {
    /* reported below as not found */
  }
  for (const p of join.files) {
    const re = globToRegex(p);
    const hit = names.filter((n) => re.test(n)).sort()[0];
    if (hit) return path.join(dir, hit);
  }
  throw fileError(
    path.basename(exportFile),
    0,
    `${missingTableMessage(join.name)} (${join.files.join(' or ')}) next to it, and none was found`,
    `Export the ${join.name} table into the same folder (same time as the appointments), or give it with --join ${join.name}=FILE`,
  );
}

export interface JoinData {
  headers: string[];
  byKey: Map<string, string[]>;
}

/** Read the joined table whole, keyed by its join column. */
export async function loadJoin(file: string, join: JoinSpec, exportBase: string): Promise<JoinData> {
  const { info, rows } = await openTable(file);
  const keyIdx = info.headers.findIndex((h) => h.trim().toLowerCase() === join.on.joinColumn.toLowerCase());
  if (keyIdx < 0)
    throw fileError(
      exportBase,
      0,
      `the ${join.name} table ${info.file} has no column '${join.on.joinColumn}' to join on (it has: ${info.headers.join(', ')})`,
      'Export the full table, or correct join.on.joinColumn in the profile',
    );
  const byKey = new Map<string, string[]>();
  for await (const r of rows) {
    const key = (r.values[keyIdx] ?? '').trim();
    if (key)
      byKey.set(
        key,
        r.values.map((v) => v.trim()),
      );
  }
  return { headers: info.headers, byKey };
}
