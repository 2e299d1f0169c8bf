// Companion tables in the inbox: exports that are not appointments themselves but are joined to one
// (OpenEMR's EHI export puts the patients in openemr_patient_data.csv next to the events). Which
// files they are, and how they are found and joined, is the importer's (import/join-files.ts); this
// module holds the inbox's side. They are never sent as jobs of their own: they wait in the inbox
// and are handed to the importer with the export that needs them.
//
// Two moments matter beyond that:
//  - a companion that arrives AFTER its export (the export then failed: "needs its patient_data
//    table … none was found") sends that export again (jobsWaitingFor);
//  - a companion holds patients' names, dates of birth and addresses, so once the export that used
//    it is in processed/, it is archived beside it (archiveCompanionTables) rather than left in
//    the inbox for ever. Archived, not deleted: processed/ is where the practice looks for what
//    was sent, and retention (retentionDays) removes it with its export. It stays in the inbox
//    while anything might still need it: another export waiting in the inbox or in processing/,
//    or a newer copy written after the export was taken (that one is for the next export).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  COMPANION_JOINS as JOINS,
  companionJoinOf as joinOf,
  companionTablesInDir,
  isCompanionTable,
  missingTableMessage,
} from '../../import/join-files.ts';
import { moveNoClobber } from '../archive/move-no-clobber.ts';
import { PROCESSED_DIR, PROCESSING_DIR } from '../archive/inbox-folders.ts';
import { isIgnoredName } from '../watch/ignored-names.ts';
import { belongsTo } from '../job-practice.ts';
import type { PracticeSettings } from '../../model/settings.ts';
import type { JobDetails, JobSummary } from '../../model/status-and-jobs.ts';

/**
 * Failed jobs of this practice that failed only because this companion table was not there yet
 * (nothing of them was sent): the table has arrived, so they can go now. Newest 500 failures looked at.
 */
export function jobsWaitingFor(
  companion: string,
  practice: Pick<PracticeSettings, 'name' | 'credentialKey'>,
  journal: {
    list(q: { failedOnly: boolean; limit: number }): JobSummary[];
    get(id: string): JobDetails | undefined;
  },
): JobDetails[] {
  const join = joinOf(companion);
  if (!join) return [];
  return journal
    .list({ failedOnly: true, limit: 500 })
    .filter((s) => belongsTo(s, practice) && s.counts.sent === 0)
    .map((s) => journal.get(s.id))
    .filter(
      (j): j is JobDetails =>
        !!j && j.rowErrors.some((e) => e.line === 0 && e.message.startsWith(missingTableMessage(join.name))),
    );
}

/**
 * `job`'s export has just been archived in processed/ at `archivedPath`: move the companion tables
 * it used into the same folder, unless something may still need them (see the header). Returns
 * their new paths. Never throws: a table left in the inbox is the old behaviour, not a failure.
 */
export async function archiveCompanionTables(inbox: string, archivedPath: string): Promise<string[]> {
  try {
    if (path.basename(path.dirname(path.dirname(archivedPath))) !== PROCESSED_DIR) return [];
    const header = await firstLine(archivedPath);
    const used = JOINS.filter((j) => header.includes(j.keyColumn.toLowerCase()));
    if (used.length === 0) return [];
    if ((await exportsIn(path.join(inbox, PROCESSING_DIR))) > 0) return [];
    const names = await fsp.readdir(inbox, { withFileTypes: true });
    const files = names.filter((e) => e.isFile() && !isIgnoredName(e.name));
    // Another export waiting in the inbox may be the one this table is for.
    if (files.some((e) => !isCompanionTable(e.name))) return [];
    const moved: string[] = [];
    for (const e of files) {
      const join = joinOf(e.name);
      if (!join || !used.includes(join)) continue;
      const file = path.join(inbox, e.name);
      // Not the version the export was read with (rewritten since, or read before a restart).
      if (handedOver.get(file) !== versionOf(await fsp.stat(file))) continue;
      handedOver.delete(file);
      moved.push(await moveNoClobber(file, path.dirname(archivedPath)));
    }
    return moved;
  } catch {
    return [];
  }
}

async function exportsIn(dir: string): Promise<number> {
  try {
    return (await fsp.readdir(dir)).filter((n) => !isIgnoredName(n)).length;
  } catch {
    return 0;
  }
}

/** The file's first line, lower case (the header of a delimited export). */
async function firstLine(file: string): Promise<string> {
  const h = await fsp.open(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    const nl = text.indexOf('\n');
    return (nl === -1 ? text : text.slice(0, nl)).toLowerCase();
  } finally {
    await h.close();
  }
}

/**
 * The version (size and modification time) of each companion table when it was last handed to the
 * importer: only that version is archived with the export that read it; a table rewritten since
 * is a newer one, for the next export.
 */
const handedOver = new Map<string, string>();

function versionOf(st: fs.Stats): string {
  return `${st.size}:${st.mtimeMs}`;
}

/** The companion tables present in the inbox, by join name, for ImportOptions.joinFiles; remembers
 *  the version of each handed over (see handedOver). */
export function companionTablesIn(inbox: string): Record<string, string> {
  const out = companionTablesInDir(inbox);
  for (const file of Object.values(out)) {
    try {
      handedOver.set(file, versionOf(fs.statSync(file)));
    } catch {
      /* gone meanwhile: the importer says so */
    }
  }
  return out;
}
