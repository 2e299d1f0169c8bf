// A fresh job record for a file just taken from an inbox. Ids sort by time (the history lists
// newest first and pages by id) and stay unique across restarts.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { JobDetails } from '../types.ts';

export function newJobId(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

export function newJob(opts: {
  id: string;
  file: string;
  practice: string;
  at: Date;
  contentHash: string;
}): JobDetails {
  return {
    id: opts.id,
    file: path.basename(opts.file),
    practice: opts.practice,
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
