// A fresh job record for a file just taken from an inbox. Ids sort by the order jobs were taken
// (the history lists newest first and pages by id) and stay unique across restarts.
import { randomInt } from 'node:crypto';
import path from 'node:path';
import type { PracticeSettings } from '../../model/settings.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';

/** This process's count of ids made, from a random start (ids of an earlier run in the same
 *  millisecond, after the clock went back, are not made again: see freshJobId too). */
let made = randomInt(0x1000);

/**
 * `YYYYMMDD-HHMMSS-mmmsss`: the second it was taken (UTC), then six hex digits, the shape every
 * history file, the history window and the CLI know. The tail was random, so two jobs taken within
 * one second sorted by id either way round (the engine itself orders by arrival time, but anything
 * sorting jobs by id, a person or a script reading `history`, saw the older as the newer); now it
 * is the millisecond (`000`–`3e7`) then this process's count (mod 4096), so ids of one process
 * sort as they were taken. Arrival times never go back for a practice (arrival-time.ts): its jobs
 * always differ by the millisecond. Old ids' random tails still parse; the history sorts by
 * arrival time (job-store.ts), never by the id alone.
 */
export function newJobId(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const hex3 = (n: number) => n.toString(16).padStart(3, '0');
  made = (made + 1) % 0x1000;
  return `${stamp}-${hex3(at.getUTCMilliseconds())}${hex3(made)}`;
}

/** A new id no job in `journal` has (a clock moved back could meet an old one's millisecond). */
export function freshJobId(journal: { get(id: string): unknown }, at: Date): string {
  let id = newJobId(at);
  while (journal.get(id) !== undefined) id = newJobId(at);
  return id;
}

export function newJob(opts: {
  id: string;
  file: string;
  practice: Pick<PracticeSettings, 'name' | 'credentialKey'>;
  at: Date;
  contentHash: string;
}): JobDetails {
  return {
    id: opts.id,
    file: path.basename(opts.file),
    // The name for people, the key for the engine (job-practice.ts).
    practice: opts.practice.name,
    practiceKey: opts.practice.credentialKey,
    receivedAt: opts.at.toISOString(),
    state: 'received',
    counts: { rows: 0, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    rowErrors: [],
    batches: [],
    contentHash: opts.contentHash,
    sourcePath: opts.file,
  };
}
