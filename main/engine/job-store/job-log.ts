// The job store's file: append-only lines, one record per line, behind a header line that
// carries the format version.
//   {"v":1,"kind":"appt-connector-jobs","createdAt":"…"}          header
//   {"op":"put","id":"…","s":{summary}}<TAB>{row errors, batches…}  a whole job (create/compacted)
//   {"op":"patch","id":"…","s":{…}}<TAB>{…}                         changed fields (null = removed)
// Appends are group-committed: every line queued while the previous fsync ran goes out in one
// write + one fsync, so many concurrent jobs cost few syncs and no write ever interleaves.
// JSON never contains a raw newline byte (and UTF-8 never encodes one inside a character), so a
// line ends exactly at the next 0x0A: records can be located and re-read by byte offset.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { JobDetails } from '../types.ts';

export const STORE_VERSION = 1;
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

/** The part of a record read at open: the op, the job id and the summary fields it sets. */
export interface RecordHead {
  op: 'put' | 'patch';
  id: string;
  s: Record<string, unknown>;
}

/**
 * One line: `HEAD` or `HEAD<TAB>BODY`, both JSON. JSON.stringify escapes tabs inside strings, so
 * the first raw tab byte always separates the two. `put` carries a whole job, `patch` changed
 * fields (null = field removed).
 */
export function encodeRecord(op: RecordHead['op'], id: string, fields: Record<string, unknown>): string {
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
  const head = JSON.stringify({ op, id, s } satisfies RecordHead);
  return hasBody ? `${head}\t${JSON.stringify(body)}` : head;
}

export function decodeHead(buf: Buffer): RecordHead {
  const tab = buf.indexOf(9);
  return JSON.parse((tab < 0 ? buf : buf.subarray(0, tab)).toString('utf8')) as RecordHead;
}

/** Head and body merged: the fields this record sets. */
export function decodeFields(buf: Buffer): { head: RecordHead; fields: Record<string, unknown> } {
  const tab = buf.indexOf(9);
  const head = JSON.parse((tab < 0 ? buf : buf.subarray(0, tab)).toString('utf8')) as RecordHead;
  const body = tab < 0 ? {} : (JSON.parse(buf.subarray(tab + 1).toString('utf8')) as Record<string, unknown>);
  return { head, fields: { ...head.s, ...body } };
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
