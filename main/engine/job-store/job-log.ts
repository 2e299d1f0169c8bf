// The job store's file: append-only lines, one record per line, behind a header line that
// carries the format version.
//   {"v":2,"kind":"appt-connector-jobs","createdAt":"…"}          header
//   {"op":"put","id":"…","s":{summary}}<TAB>{row errors, batches…}  a whole job (create/compacted)
//   {"op":"patch","id":"…","s":{…}}<TAB>{…}                         changed fields (null = removed)
//   {"op":"batch","id":"…","s":{…},"a":{…}}<TAB>{"batches":[…],"a":{…},…}
//                                     changed batches (each replaces the batch with its index),
//                                     lists appended to ("a") and other changed fields
// Format 2 added `batch` (issue 10 item 9): before it every batch's progress rewrote the job's
// whole batch list and DataJobId list, so a job of n batches cost the file O(n²) bytes (a
// 200,000-row export made it 1.9 GB). Format 1 files (put and patch only) are read as they are;
// the writer upgrades one by compacting it at open, so no format-2 record ever follows a
// format-1 header (an older app would misread it; it refuses a format-2 header instead).
// Format 3 gives every job its practice's stable key (`practiceKey`, see job-practice.ts): the
// engine matched jobs to practices by name, so a rename orphaned them. A format-2 file opened for
// writing gets each job's key from the practice of that name in the settings (one `patch` per
// job), then is compacted into format 3.
// Appends are group-committed: every line queued while the previous fsync ran goes out in one
// write + one fsync, so many concurrent jobs cost few syncs and no write ever interleaves.
// JSON never contains a raw newline byte (and UTF-8 never encodes one inside a character), so a
// line ends exactly at the next 0x0A: records can be located and re-read by byte offset.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { BatchRecord, JobDetails } from '../../model/status-and-jobs.ts';

export const STORE_VERSION = 3;
export const STORE_KIND = 'appt-connector-jobs';

export interface StoreHeader {
  v: number;
  kind: string;
  createdAt: string;
}

/** Fields the in-memory index needs: written first on each line so that opening the store
 *  parses only them, not the row errors and batches that follow. */
export const SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  'file',
  'practice',
  'practiceKey',
  'receivedAt',
  'finishedAt',
  'state',
  'counts',
  'dataJobIds',
  'messageIds',
  'outcome',
  'reason',
  'patientIds',
  'contentHash',
]);

/** Lists a `batch` record appends to rather than rewrites (they grow with every batch). */
export type Appended = Partial<Pick<JobDetails, 'dataJobIds' | 'messageIds' | 'rowErrors'>>;
const APPENDABLE: ReadonlySet<string> = new Set(['dataJobIds', 'messageIds', 'rowErrors']);

/** The part of a record read at open: the op, the job id, the summary fields it sets and (for a
 *  `batch` record) the summary lists it appends to. */
export interface RecordHead {
  op: 'put' | 'patch' | 'batch';
  id: string;
  s: Record<string, unknown>;
  a?: Appended;
}

/**
 * One line: `HEAD` or `HEAD<TAB>BODY`, both JSON. JSON.stringify escapes tabs inside strings, so
 * the first raw tab byte always separates the two. `put` carries a whole job, `patch` changed
 * fields (null = field removed), `batch` changed batches plus `append` (summary lists in the
 * head's `a`, the others in the body's `a`).
 */
export function encodeRecord(
  op: RecordHead['op'],
  id: string,
  fields: Record<string, unknown>,
  append: Appended = {},
): string {
  const s: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  let hasBody = false;
  for (const [k, v] of Object.entries(fields)) {
    if (k === 'id' || v === undefined) continue;
    if (SUMMARY_FIELDS.has(k)) s[k] = v;
    else {
      body[k] = v;
      hasBody = true;
    }
  }
  const headAdd: Record<string, unknown> = {};
  const bodyAdd: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(append)) {
    if (!Array.isArray(v) || v.length === 0) continue;
    if (SUMMARY_FIELDS.has(k)) headAdd[k] = v;
    else bodyAdd[k] = v;
  }
  if (Object.keys(bodyAdd).length) {
    body.a = bodyAdd;
    hasBody = true;
  }
  const rec: RecordHead = { op, id, s };
  if (Object.keys(headAdd).length) rec.a = headAdd;
  const head = JSON.stringify(rec);
  return hasBody ? `${head}\t${JSON.stringify(body)}` : head;
}

export function decodeHead(buf: Buffer): RecordHead {
  const tab = buf.indexOf(9);
  return JSON.parse((tab < 0 ? buf : buf.subarray(0, tab)).toString('utf8')) as RecordHead;
}

/** Head and body merged: the fields this record sets, and (a `batch` record) the lists it
 *  appends to. */
export function decodeFields(buf: Buffer): {
  head: RecordHead;
  fields: Record<string, unknown>;
  append: Appended;
} {
  const tab = buf.indexOf(9);
  const head = JSON.parse((tab < 0 ? buf : buf.subarray(0, tab)).toString('utf8')) as RecordHead;
  const body = tab < 0 ? {} : (JSON.parse(buf.subarray(tab + 1).toString('utf8')) as Record<string, unknown>);
  if (head.op !== 'batch') return { head, fields: { ...head.s, ...body }, append: {} };
  const { a: bodyAdd, ...rest } = body;
  return { head, fields: { ...head.s, ...rest }, append: { ...(bodyAdd as Appended), ...head.a } };
}

export interface RawLine {
  off: number;
  buf: Buffer;
  /** False for a last line with no newline: a write torn by a crash. */
  complete: boolean;
}

/** Lines of an open file with their byte offsets, read in chunks (a line may span chunks). */
export function* readLines(fd: number, chunkSize = 4 << 20): Generator<RawLine> {
  const chunk = Buffer.allocUnsafe(chunkSize);
  let carry = Buffer.alloc(0);
  let carryOff = 0;
  let pos = 0;
  for (;;) {
    const n = fs.readSync(fd, chunk, 0, chunk.length, pos);
    if (n === 0) break;
    pos += n;
    const data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
    let start = 0;
    for (;;) {
      const nl = data.indexOf(10, start);
      if (nl < 0) break;
      yield { off: carryOff + start, buf: data.subarray(start, nl), complete: true };
      start = nl + 1;
    }
    carryOff += start;
    carry = Buffer.from(data.subarray(start));
  }
  if (carry.length) yield { off: carryOff, buf: carry, complete: false };
}

/** Where a written line sits in the file (newline excluded). */
export interface LinePos {
  off: number;
  len: number;
}

interface Pending {
  bytes: Buffer;
  onDurable?: (pos: LinePos) => void;
  resolve: (pos: LinePos) => void;
  reject: (err: Error) => void;
}

/** Serialised, group-committed appends to one file handle. */
export class LogAppender {
  private pending: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private held = false;

  constructor(
    private fh: fsp.FileHandle,
    public size: number,
    private readonly sync = true,
  ) {}

  /** Queue a line. `onDurable` runs synchronously right after the fsync, in write order, before
   *  anything else can observe the file: that is where the caller updates its in-memory state. */
  append(line: string, onDurable?: (pos: LinePos) => void): Promise<LinePos> {
    return new Promise((resolve, reject) => {
      this.pending.push({ bytes: Buffer.from(`${line}\n`), onDurable, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.held || !this.pending.length) return;
    this.flushing ??= this.flushLoop().finally(() => {
      this.flushing = undefined;
      this.kick();
    });
  }

  /** Stop writing (queued lines wait) until release(): compaction swaps the file meanwhile. */
  async hold(): Promise<() => void> {
    this.held = true;
    await this.drain();
    return () => {
      this.held = false;
      this.kick();
    };
  }

  /** Resolves when everything queued so far is on disk. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length && !this.held) {
      const batch = this.pending.splice(0);
      const start = this.size;
      const buf = Buffer.concat(batch.map((p) => p.bytes));
      try {
        let done = 0;
        while (done < buf.length) {
          const { bytesWritten } = await this.fh.write(buf, done, buf.length - done, start + done);
          done += bytesWritten;
        }
        if (this.sync) await this.fh.datasync();
      } catch (err) {
        // Cut a partial write off so the next append starts on a clean line.
        await this.fh.truncate(start).catch(() => {});
        for (const p of batch) p.reject(err as Error);
        continue;
      }
      this.size = start + buf.length;
      let off = start;
      for (const p of batch) {
        const pos = { off, len: p.bytes.length - 1 };
        off += p.bytes.length;
        try {
          p.onDurable?.(pos);
        } catch (err) {
          p.reject(err as Error);
          continue;
        }
        p.resolve(pos);
      }
    }
  }

  /** Swap to another file (after compaction). Call only when drained. */
  replace(fh: fsp.FileHandle, size: number): fsp.FileHandle {
    const old = this.fh;
    this.fh = fh;
    this.size = size;
    return old;
  }

  async close(): Promise<void> {
    await this.drain();
    await this.fh.close();
  }
}

export function headerLine(clock: () => Date): string {
  const header: StoreHeader = { v: STORE_VERSION, kind: STORE_KIND, createdAt: clock().toISOString() };
  return JSON.stringify(header);
}

/** Record fields set to undefined become null so that a patch can remove a field. */
export function encodePatch(patch: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) out[k] = v === undefined ? null : v;
  return out;
}

export function applyPatch(job: JobDetails, patch: Record<string, unknown>): JobDetails {
  const out = { ...job } as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'id') continue;
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as unknown as JobDetails;
}

/** A `batch` record applied to a job. Returns a new job object with new arrays where something
 *  changed; the job passed in and its arrays are left as they are (callers may hold them), while
 *  unchanged parts are shared: O(batches) pointer copies instead of a deep copy of the job.
 *  `owned`: the caller owns the job's arrays (a job being rebuilt from the file), so they are
 *  changed in place: replaying n records then costs O(n), not O(n²).
 *  A batch replaces the one with the same index (or is added when the job has none such). */
export function applyBatchRecord(
  job: JobDetails,
  fields: Record<string, unknown>,
  append: Appended,
  owned = false,
): JobDetails {
  const { batches, ...rest } = fields;
  const out = applyPatch(job, rest) as unknown as Record<string, unknown>;
  if (Array.isArray(batches) && batches.length) {
    const list = owned && Array.isArray(job.batches) ? job.batches : (job.batches ?? []).slice();
    for (const b of batches as BatchRecord[]) {
      const at = list[b.index]?.index === b.index ? b.index : list.findIndex((x) => x.index === b.index);
      if (at >= 0) list[at] = b;
      else list.push(b);
    }
    out.batches = list;
  }
  for (const [k, v] of Object.entries(append)) {
    if (!APPENDABLE.has(k) || !Array.isArray(v) || v.length === 0) continue;
    const before = out[k];
    if (owned && Array.isArray(before)) for (const x of v) before.push(x);
    else out[k] = (Array.isArray(before) ? before : []).concat(v);
  }
  return out as unknown as JobDetails;
}
