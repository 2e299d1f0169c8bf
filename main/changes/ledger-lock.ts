// One writer per ledger: a lock file next to it naming the process that holds it. Two copies of
// the connector (the tray app and `appt-connector run`, say) appending to and compacting the same
// ledger would each trust a stale in-memory copy and send things twice.
import fsp from 'node:fs/promises';
import os from 'node:os';

export class LedgerLockedError extends Error {
  override readonly name = 'LedgerLockedError';
  constructor(
    readonly lockFile: string,
    readonly holder: { pid: number; host: string; since: string },
  ) {
    super(
      `this practice's send ledger is in use by another copy of the connector (process ${holder.pid} on ` +
        `${holder.host}, since ${holder.since}). Close the other copy first. If none is running (for ` +
        `example after the other computer crashed), delete ${lockFile} and start again.`,
    );
  }
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Take the lock; a lock left by a dead process on this computer (or by this process) is taken over. */
export async function acquireLedgerLock(lockFile: string): Promise<() => Promise<void>> {
  const me: Holder = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const mine = JSON.stringify(me);
      await fsp.writeFile(lockFile, mine, { flag: 'wx', mode: 0o600 });
      // Remove it only if it is still ours (a later open in this process may have taken it over).
      return async () => {
        const now = await fsp.readFile(lockFile, 'utf8').catch(() => undefined);
        if (now === mine) await fsp.rm(lockFile, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(await fsp.readFile(lockFile, 'utf8')) as Holder;
    } catch {
      holder = undefined; // unreadable: a crash while writing it
    }
    const stale = !holder || (holder.host === me.host && (holder.pid === me.pid || !alive(holder.pid)));
    if (!stale) throw new LedgerLockedError(lockFile, holder!);
    await fsp.rm(lockFile, { force: true });
  }
  throw new Error(`could not take the ledger lock ${lockFile}`);
}
