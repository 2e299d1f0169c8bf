// The numbers a row shows. *Failed* is every row that did not reach the portal: those the
// connector refused (row errors) and the appointments Medfusion refused (ERROR); *Sent* is what
// Medfusion took. So Sent + Unchanged + Skipped + Failed add up to the rows in the file.
import type { JobSummary } from '../shared/types.ts';

export function shownCounts(job: JobSummary): { sent: number; failed: number } {
  const refused = Math.min(job.refusedByMedfusion ?? 0, job.counts.sent);
  return { sent: job.counts.sent - refused, failed: job.counts.errors + refused };
}
