// Move a file into a folder without ever overwriting what is there: on a name clash the new
// file gets " (2)", " (3)" … before its extension. Same-volume rename first; copy + fsync +
// unlink when the folder is on another device.
import fs from 'node:fs/promises';
import path from 'node:path';
import { mkdirPrivate, tighten } from '../../files/private-files.ts';

export function candidateName(name: string, n: number): string {
  if (n <= 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/** Returns the file's new path. */
export async function moveNoClobber(
  src: string,
  destDir: string,
  name = path.basename(src),
): Promise<string> {
  await mkdirPrivate(destDir);
  for (let n = 1; n < 10_000; n++) {
    const dest = path.join(destDir, candidateName(name, n));
    if (await exists(dest)) continue;
    try {
      // link + unlink refuses to replace an existing file (rename would silently replace it).
      await fs.link(src, dest);
      await fs.unlink(src);
      return await privateFile(dest);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (
        code === 'EXDEV' ||
        code === 'EPERM' ||
        code === 'ENOTSUP' ||
        code === 'EOPNOTSUPP' ||
        code === 'ENOSYS'
      ) {
        // Hard links unsupported (some network shares, FAT) or another device: rename, then copy.
        if (await exists(dest)) continue;
        try {
          await fs.rename(src, dest);
          return await privateFile(dest);
        } catch (err2) {
          if ((err2 as NodeJS.ErrnoException).code !== 'EXDEV') throw err2;
          await fs.copyFile(src, dest, fs.constants.COPYFILE_EXCL);
          const h = await fs.open(dest, 'r+');
          await h.sync();
          await h.close();
          await fs.unlink(src);
          return await privateFile(dest);
        }
      }
      throw err;
    }
  }
  throw new Error(`Could not find a free name for ${name} in ${destDir}`);
}

/** The bytes stay as exported; only who may read them changes (the exporter's 0644 is for everyone). */
async function privateFile(dest: string): Promise<string> {
  await tighten(dest, 'file');
  return dest;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}
