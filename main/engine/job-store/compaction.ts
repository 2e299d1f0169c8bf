// Compaction of the job journal: when the file holds many more records than there are jobs (every
// update is appended), it is rewritten with one record per live job into a temp file, fsynced and
// renamed over the old one. This module decides when, and writes and puts the new file in place;
// the store (job-store.ts) holds its appends meanwhile and swaps its index to the new offsets.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { syncDir } from '../settings/atomic-write.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import type { Entry } from './job-index.ts';
import { encodeRecord, headerLine } from './job-log.ts';

/** Below this many records a file is never compacted (small files cost nothing to read). */
const COMPACT_MIN_RECORDS = 1000;

/** Whether a journal of `records` records for `jobs` live jobs is due for compaction. */
export function compactionDue(records: number, jobs: number, ratio: number): boolean {
  return records > COMPACT_MIN_RECORDS && records > ratio * jobs;
}

export interface CompactSource {
  dir: string;
  file: string;
  entries: readonly Entry[];
  /** Jobs left out of the new file (pruned). */
  drop: ReadonlySet<string>;
  /** Open for reading the current file at the entries' offsets. */
  readFd: number;
  readDetails: (e: Entry) => JobDetails;
  clock: () => Date;
}

export interface Compacted {
  /** Size of the new file. */
  size: number;
  /** The entries kept, in order. */
  kept: Entry[];
  /** Offset and length of each kept entry's one record in the new file (two numbers per entry). */
  recs: number[];
}

/** Write one record per kept job into a temp file, fsync it and rename it over `src.file`. */
export async function writeCompacted(src: CompactSource): Promise<Compacted> {
  const tmp = path.join(src.dir, `${path.basename(src.file)}.${process.pid}.compact.tmp`);
  const out = await fsp.open(tmp, 'w', 0o600);
  const kept: Entry[] = [];
  const recs: number[] = [];
  let size = 0;
  let chunks: Buffer[] = [];
  let chunkBytes = 0;
  const push = async (b: Buffer) => {
    chunks.push(b);
    chunkBytes += b.length;
    if (chunkBytes >= 1 << 20) {
      await out.write(Buffer.concat(chunks));
      chunks = [];
      chunkBytes = 0;
    }
  };
  try {
    const header = Buffer.from(`${headerLine(src.clock)}\n`);
    await push(header);
    size += header.length;
    let n = 0;
    for (const e of src.entries) {
      if (src.drop.has(e.id)) continue;
      // Let timers and watchers run: at 100,000 jobs this loop takes seconds.
      if (++n % 500 === 0) await new Promise((r) => setImmediate(r));
      let line: Buffer;
      if (e.recs.length === 2) {
        line = Buffer.allocUnsafe(e.recs[1]! + 1);
        fs.readSync(src.readFd, line, 0, e.recs[1]!, e.recs[0]!);
        line[e.recs[1]!] = 10;
      } else {
        const job = e.hot ?? src.readDetails(e);
        line = Buffer.from(`${encodeRecord('put', e.id, job as unknown as Record<string, unknown>)}\n`);
      }
      kept.push(e);
      recs.push(size, line.length - 1);
      size += line.length;
      await push(line);
    }
    if (chunks.length) await out.write(Buffer.concat(chunks));
    await out.sync();
  } finally {
    await out.close();
  }
  await fsp.rename(tmp, src.file);
  await syncDir(src.dir);
  return { size, kept, recs };
}
