// One writer per ledger: a lock file next to it naming the process that holds it. Two copies of
// the connector (the tray app and `appt-connector run`, say) appending to and compacting the same
// ledger would each trust a stale in-memory copy and send things twice. Who counts as a live
// holder (pid AND process start, so a pid reused after a power cut does not) is main/os's rule.
import { acquireOwnerLock, type LockHolder } from '../os/owner-lock.ts';

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

/** Take the lock; a lock whose holder is gone (or is this process) is taken over. */
export function acquireLedgerLock(lockFile: string): Promise<() => Promise<void>> {
  return acquireOwnerLock(lockFile, (holder: LockHolder) => new LedgerLockedError(lockFile, holder));
}
