// Retention: history and archived exports (which hold patient data) older than the user's
// retention period are deleted. Nothing is deleted while retentionDays is 0 (keep forever).
// Archived files live beside each inbox: processed/YYYY-MM-DD/<file> (the folder's date decides)
// and failed/<file> with its .error.txt/.error.json (the newest modification time of the three
// decides).
import fs from 'node:fs/promises';
import path from 'node:path';
import { archiveFolders } from '../settings/data-dir.ts';
import { localDay } from './job-index.ts';
import type { JobStore } from './job-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which things are deleted, or undefined when retention is off. */
export function retentionCutoff(retentionDays: number, now: Date): Date | undefined {
  if (!(retentionDays > 0)) return undefined;
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * Delete archived exports older than `before` under one inbox's processed/ and failed/ folders.
 * Returns the paths removed. Missing folders are fine (nothing archived yet).
 */
export async function pruneArchivedFiles(inbox: string, before: Date): Promise<string[]> {
  const { processed, failed } = archiveFolders(inbox);
  const removed: string[] = [];
  const cutoffDay = localDay(before.getTime());
  for (const name of await listDir(processed)) {
    // Only folders the connector made (YYYY-MM-DD); anything else a person put there stays.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(name) || name >= cutoffDay) continue;
    const p = path.join(processed, name);
    if (!(await fs.stat(p)).isDirectory()) continue;
    await fs.rm(p, { recursive: true, force: true });
    removed.push(p);
  }
  // A failed export and its .error.txt/.error.json go together; the newest of them decides, so a
  // report is never left without its file (or the reverse).
  const groups = new Map<string, { paths: string[]; newest: number }>();
  for (const name of await listDir(failed)) {
    const p = path.join(failed, name);
    const st = await fs.stat(p).catch(() => undefined);
    if (!st?.isFile()) continue;
    const key = name.replace(/\.error\.(txt|json)$/, '');
    const g = groups.get(key) ?? { paths: [], newest: 0 };
    g.paths.push(p);
    g.newest = Math.max(g.newest, st.mtimeMs);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    if (g.newest >= before.getTime()) continue;
    for (const p of g.paths) await fs.rm(p, { force: true });
    removed.push(...g.paths);
  }
  return removed;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

export interface RetentionResult {
  jobsRemoved: number;
  filesRemoved: string[];
}

/** Apply the retention setting to the history and to every inbox's archive. */
export async function applyRetention(opts: {
  store: JobStore;
  inboxes: string[];
  retentionDays: number;
  now: Date;
}): Promise<RetentionResult> {
  const before = retentionCutoff(opts.retentionDays, opts.now);
  if (!before) return { jobsRemoved: 0, filesRemoved: [] };
  const jobsRemoved = await opts.store.prune(before);
  const filesRemoved: string[] = [];
  for (const inbox of opts.inboxes) filesRemoved.push(...(await pruneArchivedFiles(inbox, before)));
  return { jobsRemoved, filesRemoved };
}
