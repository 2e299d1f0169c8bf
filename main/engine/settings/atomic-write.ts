// Replace a file so that a crash leaves either the old or the new content, never half of each:
// write a temp file beside it, fsync it, rename over the target, fsync the folder (so the rename
// itself survives power loss on Linux; Windows refuses to open folders, hence the try).
import fs from 'node:fs/promises';
import path from 'node:path';
import { mkdirPrivate } from '../../files/private-files.ts';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdirPrivate(dir);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fh = await fs.open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

export async function syncDir(dir: string): Promise<void> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(dir, 'r');
    await fh.sync();
  } catch {
    // Not supported on this platform (Windows): the rename is still atomic.
  } finally {
    await fh?.close();
  }
}
