// The job store's own error: a history file it cannot use, or a call it refuses (closed,
// read-only, unknown job). Its own module so the lock (store-lock.ts) can extend it.
export class JobStoreError extends Error {
  override readonly name = 'JobStoreError';
}
