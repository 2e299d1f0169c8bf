// A fresh job record for a file just taken from an inbox. Ids sort by time (the history lists
// newest first and pages by id) and stay unique across restarts.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { PracticeSettings } from '../../model/settings.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';

export function newJobId(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
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
