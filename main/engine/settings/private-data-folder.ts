// Tighten the data folder at start-up: what an older version wrote world-readable (the sent
// ledger with names, dates of birth and e-mails was 0644) becomes this user's only. Only the
// connector's own entries are walked, never the whole folder: a data folder pointed at a folder
// that also holds other things must not have those changed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { tighten, tightenTree } from '../../files/private-files.ts';

/** What the connector keeps in a data folder (see data-dir.ts and practice-folder.ts). */
const OWN_FOLDERS = new Set(['jobs', 'logs', 'ledger', 'profiles', 'demo-inbox', 'sandbox']);
const ownFile = (name: string) => /^\.?settings\.json/.test(name);

export async function tightenDataFolder(root: string): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(root, { withFileTypes: true });
  } catch {
    return;
  }
  await tighten(root, 'dir');
  for (const e of entries) {
    const p = path.join(root, e.name);
    if (e.isDirectory() && OWN_FOLDERS.has(e.name)) await tightenTree(p);
    else if (e.isFile() && ownFile(e.name)) await tighten(p, 'file');
  }
}
