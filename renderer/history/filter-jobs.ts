// Filtering and search over the loaded history, done here so it answers as the person types.
// Search covers what people have in hand when they ask "did it arrive?": the file name, a
// DataJobId or MessageId from Medfusion support, or a patient id.
import type { JobSummary } from '../shared/types.ts';
import { isHeld, needsAttention } from './job-result.ts';

export interface JobFilter {
  failuresOnly: boolean;
  search: string;
}

export function matchesSearch(job: JobSummary, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [job.file, ...job.dataJobIds, ...job.messageIds];
  if (haystack.some((s) => s.toLowerCase().includes(needle))) return true;
  // Patient ids are matched whole: "12" must not find patients 120-129.
  return (job.patientIds ?? []).some((p) => p.toLowerCase() === needle);
}

/** "Only failures" also keeps files held for review: they are not failures, but they need someone. */
export function filterJobs(jobs: readonly JobSummary[], filter: JobFilter): JobSummary[] {
  return jobs.filter(
    (j) => (!filter.failuresOnly || needsAttention(j) || isHeld(j)) && matchesSearch(j, filter.search),
  );
}
