// How many appointments of a job Medfusion refused (processed as ERROR) and still stand refused:
// per appointment id the latest outcome over the job's batches counts, so one a Retry sent again
// and Medfusion then stored is no longer refused. The history's *Failed* adds these to the rows
// the connector refused, and its *Sent* leaves them out, so Sent + Unchanged + Skipped + Failed
// add up to the rows of the file.
import type { JobDetails } from '../../model/status-and-jobs.ts';

export function refusedByMedfusion(job: Pick<JobDetails, 'batches'>): number {
  const latest = new Map<string, string>();
  for (const batch of [...job.batches].sort((a, b) => a.index - b.index)) {
    for (const [id, o] of Object.entries(batch.outcomes ?? {})) latest.set(id, o.state);
  }
  let refused = 0;
  for (const state of latest.values()) if (state === 'ERROR') refused++;
  return refused;
}
