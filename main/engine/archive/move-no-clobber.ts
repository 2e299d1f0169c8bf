// Move a file without ever overwriting what is there. moveTo() moves to one exact path (the
// caller journals that path first, so a crash between the steps leaves the file findable);
// moveNoClobber() picks a free name, " (2)", " (3)" … before the extension on a clash.
// Same-volume link + unlink first; rename, or copy + fsync + unlink, when hard links are not
// supported or the folder is on another device. Each step is a step point (step-points.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import { stepBefore, stepDone } from '../job/step-points.ts';
import { mkdirPrivate, tighten } from '../../files/private-files.ts';

export function candidateName(name: string, n: number): string {
  if (n <= 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`;
}

/** The first free name for `name` in `destDir` (the folder is created). */
export async function freeName(destDir: string, name: string, from = 1): Promise<string> {
  await mkdirPrivate(destDir);
  for (let n = from; n < 10_000; n++) {
    const dest = path.join(destDir, candidateName(name, n));
    if (!(await exists(dest))) return dest;
  }
  throw new Error(`Could not find a free name for ${name} in ${destDir}`);
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
      await moveTo(src, dest);
      return dest;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  throw new Error(`Could not find a free name for ${name} in ${destDir}`);
}

/** Move `src` to exactly `dest`; EEXIST when something is already there (never replaced). */
export async function moveTo(src: string, dest: string): Promise<void> {
  await mkdirPrivate(path.dirname(dest));
  await moveBytes(src, dest);
  // The bytes stay as exported; only who may read them changes (the exporter's 0644 is for everyone).
  await tighten(dest, 'file');
}

async function moveBytes(src: string, dest: string): Promise<void> {
  try {
    // link + unlink refuses to replace an existing file (rename would silently replace it).
    await stepBefore('link', dest);
    await fs.link(src, dest);
    stepDone('link', dest);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(code ?? '')) throw err;
    // Hard links unsupported (some network shares, FAT) or another device: rename, then copy.
    if (await exists(dest)) throw Object.assign(new Error(`${dest} already exists`), { code: 'EEXIST' });
    try {
      await stepBefore('rename', dest);
      await fs.rename(src, dest);
      stepDone('rename', dest);
      return;
    } catch (err2) {
      if ((err2 as NodeJS.ErrnoException).code !== 'EXDEV') throw err2;
      await stepBefore('copy', dest);
      await fs.copyFile(src, dest, fs.constants.COPYFILE_EXCL);
      const h = await fs.open(dest, 'r+');
      await h.sync();
      await h.close();
      stepDone('copy', dest);
    }
  }
  await stepBefore('unlink', src);
  await fs.unlink(src);
  stepDone('unlink', src);
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}
