// A history of 600 files for the history-browser stories, written with the engine's own job store
// into the data folder BEFORE the app boots (600 exports through the sandbox would take minutes on
// this machine; the file is the same either way: the store writes it). One file every 5 minutes
// back from now, so retention and "today" behave as in a real office:
// - file i (0 = oldest) is export-NNNN.csv, processed, with DataJobId DJ-NNNN-7f3a, except
// - every 10th file failed (i = 0, 10, …, 590, but not 100): 59 files;
// - file 100 is many-row-errors.csv: 120 rows with an unreadable 'Appt Date' (lines 2 … 121),
//   30 appointments sent. With the failed ones, 60 files need attention.
import path from 'node:path';
import { JobStore } from '../../main/engine/job-store/job-store.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

export const SEEDED_FILES = 600;
export const NEEDING_ATTENTION = 60;
export const MANY_ERRORS_FILE = 'many-row-errors.csv';
/** The practice a fresh profile starts with (on the built-in sandbox: test mode). */
export const PRACTICE = 'Demo practice';
/** Its credentialKey (engine/settings/settings-file.ts writes it on a fresh profile). */
export const PRACTICE_KEY = 'demo-practice';

export function seededJobId(i: number): string {
  return `20261101-000000-${String(i).padStart(6, '0')}`;
}

function seededJob(i: number, now: number): JobDetails {
  const n = String(i).padStart(4, '0');
  const receivedAt = new Date(now - (SEEDED_FILES - i) * 5 * 60_000).toISOString();
  const finishedAt = new Date(Date.parse(receivedAt) + 20_000).toISOString();
  const base = {
    id: seededJobId(i),
    practice: PRACTICE,
    // As the engine writes every job (job log format 3): the practice's identity beside its name.
    practiceKey: PRACTICE_KEY,
    receivedAt,
    finishedAt,
    rowErrors: [],
    batches: [],
    patientIds: [`P-${n}`],
  };
  if (i === 100)
    return {
      ...base,
      file: MANY_ERRORS_FILE,
      state: 'processed',
      outcome: 'COMPLETED',
      counts: { rows: 150, sent: 30, unchanged: 0, skipped: 0, errors: 120 },
      dataJobIds: ['DJ-0100-7f3a'],
      messageIds: ['MSG-0100'],
      rowErrors: Array.from({ length: 120 }, (_, k) => ({
        file: MANY_ERRORS_FILE,
        line: k + 2,
        column: 'Appt Date',
        field: 'date',
        value: `2026-13-${String((k % 28) + 1).padStart(2, '0')}`,
        message: 'not a date: there is no month 13',
        hint: 'Check the date format setting for this practice (now YYYY-MM-DD), or correct the date in the scheduling software and export again.',
      })),
    };
  if (i % 10 === 0)
    return {
      ...base,
      file: `export-${n}.csv`,
      state: 'failed',
      counts: { rows: 4, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
      dataJobIds: [],
      messageIds: [],
      reason: `Medfusion refused every batch of export-${n}.csv.`,
      batches: [{ index: 0, appointmentIds: [`A-${n}`], httpStatus: 400, serverText: 'Bad Request' }],
    };
  return {
    ...base,
    file: `export-${n}.csv`,
    state: 'processed',
    outcome: 'COMPLETED',
    counts: { rows: 4, sent: 4, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [`DJ-${n}-7f3a`],
    messageIds: [`MSG-${n}`],
  };
}

/** Writes the history into `<dataDir>/jobs` (the app's job store) and closes it again. */
export async function seedHistory(dataDir: string, now = Date.now()): Promise<void> {
  const store = await JobStore.open(path.join(dataDir, 'jobs'), { unsafeNoSync: true });
  try {
    for (let i = 0; i < SEEDED_FILES; i += 50)
      await Promise.all(Array.from({ length: 50 }, (_, k) => store.create(seededJob(i + k, now))));
  } finally {
    await store.close();
  }
}
