// Files the connector writes hold patient data (the sent ledger has names, dates of birth and
// e-mails; archived exports and error reports quote rows; the sandbox records whole documents), so
// everything it creates is for this user only: files 0600, folders 0700. This module is the one
// place that says so; every writer under the data folder and the archive folders uses it.
//
// Windows has no POSIX modes (chmod only toggles read-only): there the user's profile ACLs protect
// the data folder (%USERPROFILE% is private to its user by default), and these helpers only create.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const POSIX = process.platform !== 'win32';

/** Create a folder (and missing parents) for this user only. An existing folder is left as it is. */
export async function mkdirPrivate(dir: string): Promise<void> {
  await fsp.mkdir(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

export function mkdirPrivateSync(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
}

/**
 * Make an existing file or folder private (a file created before this rule, or one moved in from
 * an inbox with the exporter's mode). Best effort: a share that has no modes (SMB, FAT) refuses or
 * ignores chmod, and that must not stop the work; a file already gone is not an error either.
 */
export async function tighten(p: string, kind: 'file' | 'dir'): Promise<void> {
  if (!POSIX) return;
  try {
    await fsp.chmod(p, kind === 'dir' ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
  } catch {
    /* see above */
  }
}

export function tightenSync(p: string, kind: 'file' | 'dir'): void {
  if (!POSIX) return;
  try {
    fs.chmodSync(p, kind === 'dir' ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
  } catch {
    /* best effort, as tighten() */
  }
}

/**
 * Tighten a whole folder at start-up: files written by an older version (0644) become 0600, every
 * folder 0700. Symbolic links are not followed (they may point outside, at files not ours).
 */
export async function tightenTree(root: string): Promise<void> {
  if (!POSIX) return;
  let entries: fs.Dirent[];
  try {
    entries = await fsp.readdir(root, { withFileTypes: true });
  } catch {
    return; // missing or unreadable: nothing of ours to tighten
  }
  await tighten(root, 'dir');
  for (const e of entries) {
    const p = path.join(root, e.name);
    if (e.isDirectory()) await tightenTree(p);
    else if (e.isFile()) await tighten(p, 'file');
  }
}
