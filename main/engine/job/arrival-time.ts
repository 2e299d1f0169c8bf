// When a new export arrived, for the engine: not only a time shown in the history but its place in
// the order exports arrived. Listed ids (changes/listed-ids.ts), the exports read (exports-read.ts),
// the older-file check and the job ids (which sort the history) all compare arrivals by it. A
// computer's clock moved back (a wrong time corrected, a restored virtual machine, a flat CMOS
// battery) would put a new export before those already sent, and their listing would win over its
// changes: a moved or cancelled visit silently left as it was on the portal. So arrival never goes
// back: an export arrives at the clock's time, or 1 ms after the practice's newest job, whichever
// is later (after the clock was ahead, times run on from there until it catches up).
import type { JobDetails } from '../../model/status-and-jobs.ts';

export function arrivalTime(clock: Date, newest: Pick<JobDetails, 'receivedAt'> | undefined): Date {
  const last = newest ? Date.parse(newest.receivedAt) : NaN;
  return Number.isFinite(last) && last >= clock.getTime() ? new Date(last + 1) : clock;
}
