// One writer per data folder: the job store takes jobs.lock before it opens the journal for
// writing, and gives it back on close. Readers (the `history` command while the engine runs) take
// no lock. The holder is identified by pid AND process start (main/os), so a lock left by a power
// cut, whose pid now belongs to another program, does not stop the start.
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { acquireOwnerLock, type LockHolder } from '../../os/owner-lock.ts';
import { JobStoreError } from './job-store-error.ts';

const LOCK_FILE = 'jobs.lock';

/** Take the data folder's lock, or throw DataFolderInUseError naming the live holder. */
export async function takeLock(dir: string): Promise<void> {
  await acquireOwnerLock(
    path.join(dir, LOCK_FILE),
    (holder) =>
      new DataFolderInUseError(
        holder,
        `Another Appointment Connector (process ${holder.pid}${holder.host === os.hostname() ? '' : ` on ${holder.host}`}) ` +
          `is using ${dir}. Stop it first, or use another data folder. If none is running, delete ` +
          `${path.join(dir, LOCK_FILE)} and start again.`,
      ),
  );
}

/** Give the lock back (the store closed, or failed to open). */
export async function releaseLock(dir: string): Promise<void> {
  await fsp.rm(path.join(dir, LOCK_FILE), { force: true });
}

/** A live connector (checked by pid and process start) holds this data folder's journal. */
export class DataFolderInUseError extends JobStoreError {
  constructor(
    readonly holder: LockHolder,
    message: string,
  ) {
    super(message);
  }
}
