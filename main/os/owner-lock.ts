// One owner per resource, across processes: a lock file naming the holder (pid, host, and the
// process's start, see process-start.ts). The job store (jobs.lock) and every practice's send
// ledger use it. A lock is taken over only when its holder is provably gone:
//  - no process has its pid, or the pid now belongs to a process that started at another time
//    (the usual state after a power cut: the pid was handed to some other program at boot);
//  - or it is this very process (a store opened again after an unclean close).
// A holder on another computer (a data folder on a shared drive) cannot be checked and is never
// taken over; nor is a live pid whose start the system will not tell: two writers on one journal
// or ledger would send appointments twice, a refused start says what to do.
import fsp from 'node:fs/promises';
import os from 'node:os';
import { ownStart, pidAlive, processStart } from './process-start.ts';

export interface LockHolder {
  pid: number;
  host: string;
  /** When the lock was taken (ISO time), for the message. */
  since: string;
  /** The holder's process start (process-start.ts); absent in locks written before it existed. */
  start?: string;
}

/** The holder named in a lock file's text: this JSON, or a bare pid (jobs.lock before 0.2). */
export function readHolder(text: string): LockHolder | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return { pid: Number(t), host: os.hostname(), since: 'an earlier start' };
  try {
    const h = JSON.parse(t) as Partial<LockHolder>;
    if (typeof h.pid === 'number' && typeof h.host === 'string')
      return {
        pid: h.pid,
        host: h.host,
        since: typeof h.since === 'string' ? h.since : 'an earlier start',
        ...(typeof h.start === 'string' ? { start: h.start } : {}),
      };
  } catch {
    // fall through: unreadable
  }
  return undefined;
}

/** A process started this long after a lock file was written cannot have written it (the slack
 *  covers the approximate start times of lock files without a recorded start). */
const LEGACY_SLACK_MS = 5_000;

/**
 * Whether the holder is gone. `undefined` holder = an unreadable lock (a crash while writing).
 * `writtenAtMs`: the lock file's modification time, to judge a lock without a recorded start: a
 * process that started after the lock was written is not its holder.
 */
export async function holderGone(holder: LockHolder | undefined, writtenAtMs?: number): Promise<boolean> {
  if (!holder) return true;
  if (holder.host !== os.hostname()) return false;
  if (holder.pid === process.pid) return true;
  if (!pidAlive(holder.pid)) return true;
  const now = await processStart(holder.pid);
  if (now === 'gone') return true;
  if (now === 'unknown') return false;
  if (holder.start) return now.start !== holder.start;
  return writtenAtMs !== undefined && now.atMs !== undefined && now.atMs > writtenAtMs + LEGACY_SLACK_MS;
}

/** Create `file` with `text` in one step: other processes never see it empty or half written. */
async function createWhole(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await fsp.writeFile(tmp, text, { mode: 0o600 });
  try {
    await fsp.link(tmp, file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw e;
    // A file system without hard links (some network shares, FAT): exclusive create instead.
    await fsp.writeFile(file, text, { flag: 'wx', mode: 0o600 });
  } finally {
    await fsp.rm(tmp, { force: true });
  }
}

/**
 * Take the lock at `file`, or throw `held(holder)` when a live process holds it. Returns the
 * release function (removes the file only while it is still ours).
 */
export async function acquireOwnerLock(
  file: string,
  held: (holder: LockHolder) => Error,
): Promise<() => Promise<void>> {
  const start = await ownStart();
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    ...(start ? { start } : {}),
  };
  const mine = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await createWhole(file, mine);
      return async () => {
        const now = await fsp.readFile(file, 'utf8').catch(() => undefined);
        if (now === mine) await fsp.rm(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const text = await fsp.readFile(file, 'utf8').catch(() => undefined);
    const mtime = await fsp.stat(file).then(
      (s) => s.mtimeMs,
      () => undefined,
    );
    if (text === undefined) continue; // removed meanwhile: try again
    const holder = readHolder(text);
    if (!(await holderGone(holder, mtime))) throw held(holder!);
    // Move the stale lock aside rather than delete it: if another process replaced it with its
    // own live lock since we read it, that one is put back instead of lost.
    const aside = `${file}.${process.pid}.stale`;
    try {
      await fsp.rename(file, aside);
    } catch {
      continue;
    }
    const moved = await fsp.readFile(aside, 'utf8').catch(() => undefined);
    if (moved !== text) await fsp.link(aside, file).catch(() => undefined);
    await fsp.rm(aside, { force: true });
  }
  throw new Error(`could not take the lock ${file}: other processes keep changing it`);
}
