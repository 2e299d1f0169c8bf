// What Medfusion made of each appointment of a job, over all its accepted batches. A job that was
// retried sends an appointment refused as ERROR again in a new batch: its latest verdict counts.
import type { BatchRecord } from '../../model/status-and-jobs.ts';

function accepted(b: BatchRecord): boolean {
  return b.httpStatus !== undefined && b.httpStatus >= 200 && b.httpStatus < 300;
}

/** Each appointment id's latest processing state (COMPLETED, ERROR, INPROGRESS …), in batch order. */
export function latestStates(batches: readonly BatchRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of [...batches].filter(accepted).sort((x, y) => x.index - y.index)) {
    for (const [id, o] of Object.entries(b.outcomes ?? {})) out.set(id, o.state);
  }
  return out;
}

/** Ids whose latest verdict is ERROR: Medfusion did not store them. */
export function refusedIds(batches: readonly BatchRecord[]): Set<string> {
  const out = new Set<string>();
  for (const [id, state] of latestStates(batches)) if (state === 'ERROR') out.add(id);
  return out;
}

/** Ids in accepted batches that Medfusion did not refuse: this job has sent them. */
export function sentIds(batches: readonly BatchRecord[]): Set<string> {
  const refused = refusedIds(batches);
  const out = new Set<string>();
  for (const b of batches)
    if (accepted(b)) for (const id of b.appointmentIds) if (!refused.has(id)) out.add(id);
  return out;
}
