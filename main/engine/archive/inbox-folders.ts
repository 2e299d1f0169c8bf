// Where the connector keeps a practice's files. Decision: INSIDE the inbox, so that
//  - moving a file is a rename on the same volume (atomic, also on a network share), and
//  - the front desk finds processed and failed exports right next to where they drop them.
// The watcher looks at the inbox's top level only, so these subfolders are never re-read.
//
//   <inbox>/processing/<jobId>-<name>        taken, being sent (the exporter may already write the next one)
//   <inbox>/processed/YYYY-MM-DD/<name>      every batch accepted (or nothing needed sending)
//   <inbox>/failed/<name> + <name>.error.txt + <name>.error.json
import path from 'node:path';
import { tightenTree } from '../../files/private-files.ts';

export const PROCESSING_DIR = 'processing';
export const PROCESSED_DIR = 'processed';
export const FAILED_DIR = 'failed';

export function processingPath(inbox: string, jobId: string, name: string): string {
  return path.join(inbox, PROCESSING_DIR, `${jobId}-${name}`);
}

/** Local calendar day, as the person looking for "today's" files expects. */
export function dayFolderName(at: Date): string {
  const y = at.getFullYear();
  const m = String(at.getMonth() + 1).padStart(2, '0');
  const d = String(at.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function processedDir(inbox: string, at: Date): string {
  return path.join(inbox, PROCESSED_DIR, dayFolderName(at));
}

export function failedDir(inbox: string): string {
  return path.join(inbox, FAILED_DIR);
}

/**
 * The connector's folders in an inbox hold patient data: this user's only (0700, files 0600), also
 * what an older version archived world-readable. The inbox itself stays as the practice set it up
 * (the exporter, maybe another account, writes there).
 */
export async function tightenArchiveFolders(inbox: string): Promise<void> {
  for (const dir of [PROCESSING_DIR, PROCESSED_DIR, FAILED_DIR]) await tightenTree(path.join(inbox, dir));
}
