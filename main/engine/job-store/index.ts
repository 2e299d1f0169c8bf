// The job store: durable journal + history, and retention of history and archived files.
export { JobStore, JOBS_FILE, type JobStoreOptions, type StoreCounts } from './job-store.ts';
export { JobStoreError } from './job-store-error.ts';
export { DataFolderInUseError } from './store-lock.ts';
export { STORE_VERSION } from './job-log.ts';
export { historyCsv, HISTORY_CSV_COLUMNS } from './history-csv.ts';
export { applyRetention, pruneArchivedFiles, retentionCutoff, type RetentionResult } from './retention.ts';
