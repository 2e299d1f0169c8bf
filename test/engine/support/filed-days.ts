// The processed/<day>/ folder a run filed into. The engine files by its clock's local day
// (archive/inbox-folders.ts), and a test's runs take minutes on a loaded machine: a test that
// crosses midnight finds its file in the next day's folder, which is no fault of the engine. A
// test reads the day from where the job was filed and checks that it is one of the days the
// test ran on, instead of naming "today" when it checks.
import path from 'node:path';
import { expect } from 'vitest';
import { dayFolderName } from '../../../main/engine/archive/inbox-folders.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';

/** The local days from `since` to now, as processed/ folder names. */
export function daysSince(since: Date): string[] {
  const last = dayFolderName(new Date());
  const days: string[] = [];
  // Noon of each day: a day of 23 or 25 hours (daylight saving) still steps one day at a time.
  for (
    const d = new Date(since.getFullYear(), since.getMonth(), since.getDate(), 12);
    ;
    d.setDate(d.getDate() + 1)
  ) {
    days.push(dayFolderName(d));
    if (days.at(-1)! >= last) return days;
  }
}

/** The day folder of a job's file in processed/, which must be one of the days since `since`. */
export function filedOn(job: JobDetails | undefined, since: Date | string[]): string {
  const day = path.basename(path.dirname(job?.archivedPath ?? ''));
  expect(Array.isArray(since) ? since : daysSince(since)).toContain(day);
  return day;
}
