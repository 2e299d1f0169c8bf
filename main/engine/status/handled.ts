// "Mark as handled": which files a person may mark, and the words for it. A failed file, or one
// Medfusion (or the connector) refused rows or appointments of, needs a person; once the person
// has dealt with it (called the patient, fixed the schedule by hand, decided it does not matter)
// the file stays in the history as it was, with `handledAt`, and no longer keeps the state amber.
import type { JobDetails } from '../../model/status-and-jobs.ts';

type Judged = Pick<JobDetails, 'state' | 'outcome' | 'counts'>;

/** Failed, or processed with rows refused (row errors) or appointments refused (ERROR/PARTIAL). */
export function needsHandling(job: Judged): boolean {
  if (job.state === 'failed') return true;
  return (
    job.state === 'processed' &&
    (job.counts.errors > 0 || job.outcome === 'ERROR' || job.outcome === 'PARTIAL')
  );
}

/** Marked as handled since it last finished: a file retried from the command line (which cannot
 *  write the journal while the engine runs) that failed again needs a person again. */
export function stillHandled(job: Pick<JobDetails, 'handledAt' | 'finishedAt'>): boolean {
  if (!job.handledAt) return false;
  return !job.finishedAt || Date.parse(job.handledAt) >= Date.parse(job.finishedAt);
}

/** What the "Mark as handled" button asks: needs a person and not marked since it last finished. */
export function canMarkHandled(job: Judged & Pick<JobDetails, 'handledAt' | 'finishedAt'>): boolean {
  return needsHandling(job) && !stillHandled(job);
}

export function notHandleable(job: Pick<JobDetails, 'file'>): string {
  return `${job.file} needs nothing: only a file that failed, or one with rows or appointments refused, can be marked as handled.`;
}
