// Can a file be opened for reading right now? Exporters on Windows keep an exclusive lock while
// they write (EBUSY/EPERM/EACCES on open); such a file is tried again later, never read half-way.
// On Linux and macOS there are no such locks: EACCES/EPERM there means this account may not read
// the file ('denied'), which no amount of waiting fixes — a person has to be told.
import fs from 'node:fs/promises';

export type Readability = 'ok' | 'locked' | 'denied' | 'gone';

const LOCK_CODES = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN']);
const DENIED_CODES = new Set(['EPERM', 'EACCES']);

export async function checkReadable(
  file: string,
  platform: NodeJS.Platform = process.platform,
): Promise<Readability> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    // Reading one byte (not just opening) is what fails on some SMB servers while a writer holds the file.
    await handle.read(Buffer.alloc(1), 0, 1, 0);
    return 'ok';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') return 'gone';
    if (platform !== 'win32' && DENIED_CODES.has(code)) return 'denied';
    if (LOCK_CODES.has(code)) return 'locked';
    throw err;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
