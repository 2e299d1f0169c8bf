// The durable job store: the engine's crash-safe journal and the history window's data in one
// append-only file (format in job-log.ts) with an in-memory index (job-index.ts).
// - Every create/update is written and fsynced before its promise resolves; writes are serialised
//   (group commit), so a crash at any point leaves a prefix of the records on disk. A last line
//   torn by a kill is ignored and cut off at the next open.
// - A batch's progress is recorded as that batch alone (a `batch` record, updateBatches), so a job
//   of n batches costs the file O(n) lines and bytes.
// - When the file holds more than twice as many records as there are jobs it is compacted
//   (compaction.ts): each job rewritten as one record into a temp file, fsynced and renamed over
//   the old one. A file
//   of an older format is compacted when opened for writing: that rewrites it in this format.
// - Memory: a small Entry per job; full details are read back by byte offset (or kept hot while
//   the job is unfinished).
// - One writer per folder: a lock file names the process that owns it; history readers (the
//   `history` command while the engine runs) open read-only and never repair or compact. The lock
//   is store-lock.ts.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { syncDir } from '../settings/atomic-write.ts';
import type {
  BatchRecord,
  DailyCount,
  HistoryPage,
  HistoryQuery,
  JobDetails,
  JobSummary,
} from '../../model/status-and-jobs.ts';
import { JobStoreError } from './job-store-error.ts';
import { releaseLock, takeLock } from './store-lock.ts';
import { compactionDue, writeCompacted } from './compaction.ts';
import { historyFilter, receivedRange } from './history-filter.ts';
import { applySummaryFields, Entry, Interner, localDay, startOfLocalDay } from './job-index.ts';
import {
  applyBatchRecord,
  applyPatch,
  decodeFields,
  decodeHead,
  encodePatch,
  encodeRecord,
  headerLine,
  LogAppender,
  readLines,
  STORE_KIND,
  STORE_VERSION,
  type Appended,
  type LinePos,
  type RecordHead,
  type StoreHeader,
} from './job-log.ts';

export const JOBS_FILE = 'jobs.log';

export interface JobStoreOptions {
  clock?: () => Date;
  /** Open for reading only: no repair, no compaction, no lock (the CLI while the engine runs). */
  readOnly?: boolean;
  /** Compact when records exceed this many times the live jobs (default 2). */
  compactRatio?: number;
  /** Skip fsync (benchmark data generation only). */
  unsafeNoSync?: boolean;
  /** Practice name → stable key (credentialKey), from the settings: a format-2 history opened for
   *  writing gives each job the key of the practice of its name (see job-log.ts, format 3). */
  practiceKeys?: ReadonlyMap<string, string>;
}

export interface StoreCounts {
  failed: number;
  queued: number;
  /** Held for review: waiting for a person, neither queued nor failed. */
  held: number;
  sentToday: number;
  lastSuccessAt?: string;
}

export class JobStore {
  private readonly byId = new Map<string, Entry>();
  /** Oldest first by receivedAt; list() walks it backwards. */
  private entries: Entry[] = [];
  private readonly byHash = new Map<string, Entry>();
  private readonly interner = new Interner();
  private readonly creating = new Set<string>();
  private records = 0;
  /** The format of the file as opened (older ones are upgraded by compaction). */
  private fileVersion = STORE_VERSION;
  /** While the file is read: DataJobIds/MessageIds appended by `batch` records, applied to each
   *  entry once at the end rather than rebuilding its text per record (O(n²) for a long job). */
  private pendingIds: Map<Entry, [string[], string[]]> | undefined;
  private compacting: Promise<void> | undefined;
  private closed = false;
  /** Problems met while reading the file (skipped damaged lines, repaired tail). */
  readonly warnings: string[] = [];

  private constructor(
    readonly dir: string,
    private readFd: number,
    private readonly appender: LogAppender | undefined,
    private readonly clock: () => Date,
    private readonly compactRatio: number,
  ) {}

  get file(): string {
    return path.join(this.dir, JOBS_FILE);
  }

  static async open(dir: string, opts: JobStoreOptions = {}): Promise<JobStore> {
    const clock = opts.clock ?? (() => new Date());
    const file = path.join(dir, JOBS_FILE);
    if (opts.readOnly) {
      let fd: number;
      try {
        fd = fs.openSync(file, 'r');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        return JobStore.empty(dir, clock);
      }
      const store = new JobStore(dir, fd, undefined, clock, Infinity);
      store.load(false);
      return store;
    }
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    await takeLock(dir);
    try {
      return await JobStore.openWritable(dir, file, clock, opts);
    } catch (err) {
      await releaseLock(dir);
      throw err;
    }
  }

  private static async openWritable(
    dir: string,
    file: string,
    clock: () => Date,
    opts: JobStoreOptions,
  ): Promise<JobStore> {
    for (const f of await fsp.readdir(dir))
      if (f.endsWith('.tmp')) await fsp.rm(path.join(dir, f), { force: true });
    if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
      await fsp.writeFile(file, `${headerLine(clock)}\n`, { mode: 0o600, flush: true });
      await syncDir(dir);
    }
    const fh = await fsp.open(file, 'r+');
    const fd = fs.openSync(file, 'r');
    const size = (await fh.stat()).size;
    const store = new JobStore(
      dir,
      fd,
      new LogAppender(fh, size, !opts.unsafeNoSync),
      clock,
      opts.compactRatio ?? 2,
    );
    try {
      const validEnd = store.load(true);
      if (validEnd < size) {
        await fh.truncate(validEnd);
        if (validEnd === 0) {
          // Even the header was torn (a crash while the file was being created): start again.
          const header = Buffer.from(`${headerLine(clock)}\n`);
          await fh.write(header, 0, header.length, 0);
          store.appender!.size = header.length;
        } else store.appender!.size = validEnd;
        await fh.sync();
      }
      if (store.fileVersion < 3) await store.addPracticeKeys(opts.practiceKeys ?? new Map());
      if (store.fileVersion < STORE_VERSION || store.needsCompaction()) await store.compact();
    } catch (err) {
      await fh.close();
      fs.closeSync(store.readFd);
      throw err;
    }
    return store;
  }

  private static empty(dir: string, clock: () => Date): JobStore {
    const fd = fs.openSync(process.platform === 'win32' ? 'NUL' : '/dev/null', 'r');
    return new JobStore(dir, fd, undefined, clock, Infinity);
  }

  /** Reads the whole file into the index. Returns where the valid records end. */
  private load(repair: boolean): number {
    let first = true;
    let validEnd = 0;
    this.pendingIds = new Map();
    for (const line of readLines(this.readFd)) {
      let rec: unknown;
      try {
        rec = first ? JSON.parse(line.buf.toString('utf8')) : decodeHead(line.buf);
        if (!first && line.complete && line.buf.indexOf(9) >= 0) {
          // The body is parsed only when details are read; check it is whole JSON at least at
          // its ends so a damaged line is skipped now rather than failing later.
          const last = line.buf[line.buf.length - 1];
          if (last !== 0x7d) rec = undefined;
        }
      } catch {
        rec = undefined;
      }
      if (!line.complete || rec === undefined) {
        if (!line.complete) {
          // A write cut short by a crash: the caller was never told it succeeded.
          if (repair)
            this.warnings.push(
              `cut off an unfinished last record (${line.buf.length} bytes) at byte ${line.off}`,
            );
          break;
        }
        this.warnings.push(`skipped a damaged record at byte ${line.off}`);
        validEnd = line.off + line.buf.length + 1;
        continue;
      }
      if (first) {
        first = false;
        this.fileVersion = checkHeader(rec, this.file);
        validEnd = line.off + line.buf.length + 1;
        continue;
      }
      this.replay(rec as RecordHead, { off: line.off, len: line.buf.length });
      validEnd = line.off + line.buf.length + 1;
    }
    for (const e of this.pendingIds.keys()) this.flushIds(e);
    this.pendingIds = undefined;
    this.sortEntries();
    for (const e of this.entries) if (!e.terminal) e.hot = this.readDetails(e);
    return validEnd;
  }

  private replay(rec: RecordHead, pos: LinePos): void {
    this.records++;
    if (rec.op === 'put') {
      const e = this.byId.get(rec.id) ?? new Entry(rec.id);
      if (!this.byId.has(e.id)) {
        this.byId.set(e.id, e);
        this.entries.push(e);
      }
      e.recs = [pos.off, pos.len];
      applySummaryFields(e, rec.s, this.interner);
      this.indexHash(e, rec.s);
    } else if (rec.op === 'patch' || rec.op === 'batch') {
      const e = this.byId.get(rec.id);
      if (!e) {
        this.warnings.push(`skipped a change to unknown job ${rec.id}`);
        return;
      }
      // A new exact-size array: push() would over-allocate ~10× for every job.
      e.recs = e.recs.concat(pos.off, pos.len);
      const s = rec.s;
      if ('file' in s || 'dataJobIds' in s || 'messageIds' in s) this.flushIds(e);
      applySummaryFields(e, s, this.interner);
      this.indexHash(e, s);
      const dj = rec.a?.dataJobIds ?? [];
      const msg = rec.a?.messageIds ?? [];
      if (!dj.length && !msg.length) return;
      const pending = this.pendingIds;
      if (!pending) e.appendIds(dj.map(String), msg.map(String));
      else {
        const p = pending.get(e) ?? [[], []];
        pending.set(e, p);
        for (const x of dj) p[0].push(String(x));
        for (const x of msg) p[1].push(String(x));
      }
    }
    // Another op (none is written today) is left alone: it counts as a record, so compaction
    // still folds it away.
  }

  private flushIds(e: Entry): void {
    const p = this.pendingIds?.get(e);
    if (!p) return;
    this.pendingIds!.delete(e);
    e.appendIds(p[0], p[1]);
  }

  private sortEntries(): void {
    this.entries.sort((a, b) => a.receivedMs - b.receivedMs);
    this.entries.forEach((e, i) => (e.pos = i));
  }

  private indexHash(e: Entry, fields: Record<string, unknown>): void {
    const hash = fields.contentHash;
    if (typeof hash === 'string' && hash) this.byHash.set([e.owner, hash].join('\u0000'), e);
  }

  /**
   * Format 2 → 3: each job gets the key of the practice that bears its name in the settings now
   * (until this version a rename orphaned a practice's jobs, so the names in the file are the ones
   * the settings know). A job of a practice no longer in the settings gets none: it had no
   * practice before either. Appended as patches, which the compaction that follows folds away.
   */
  private async addPracticeKeys(keys: ReadonlyMap<string, string>): Promise<void> {
    const appender = this.writable();
    const writes: Promise<LinePos>[] = [];
    for (const e of this.entries) {
      const key = e.practiceKey ? undefined : keys.get(e.practice);
      if (!key) continue;
      const fields = { practiceKey: key };
      writes.push(
        appender.append(encodeRecord('patch', e.id, fields), (pos) => {
          this.replay({ op: 'patch', id: e.id, s: fields }, pos);
          if (e.hot) e.hot = applyPatch(e.hot, fields);
        }),
      );
    }
    await Promise.all(writes);
    // Duplicate detection found these jobs under their practice's name: now under its key.
    for (const [k, e] of [...this.byHash]) {
      const byName = `${e.practice}\u0000`;
      if (!e.practiceKey || !k.startsWith(byName)) continue;
      this.byHash.delete(k);
      this.byHash.set(`${e.practiceKey}\u0000${k.slice(byName.length)}`, e);
    }
  }

  /** Full details from the file. A record whose body was damaged on disk is skipped (with a
   *  warning) rather than making the whole job unreadable: the summary is still known. */
  private readDetails(e: Entry): JobDetails {
    let job: JobDetails = { ...e.toSummary(), rowErrors: [], batches: [] };
    for (let i = 0; i < e.recs.length; i += 2) {
      const buf = Buffer.allocUnsafe(e.recs[i + 1]!);
      fs.readSync(this.readFd, buf, 0, buf.length, e.recs[i]!);
      let decoded;
      try {
        decoded = decodeFields(buf);
      } catch {
        this.warnings.push(`job ${e.id}: a damaged record at byte ${e.recs[i]} was skipped`);
        continue;
      }
      const { head, fields, append } = decoded;
      if (head.op === 'put')
        job = { id: head.id, rowErrors: [], batches: [], ...fields } as unknown as JobDetails;
      // Every array of `job` here was parsed from the file just now: changed in place.
      else if (head.op === 'batch') job = applyBatchRecord(job, fields, append, true);
      else if (head.op === 'patch') job = applyPatch(job, fields);
    }
    return job;
  }

  private writable(): LogAppender {
    if (this.closed) throw new JobStoreError('the job store is closed');
    if (!this.appender) throw new JobStoreError('the job store was opened read-only');
    return this.appender;
  }

  /** Record a new job. Durable (written and fsynced) when the promise resolves. */
  async create(job: JobDetails): Promise<void> {
    const appender = this.writable();
    if (!job.id) throw new JobStoreError('a job needs an id');
    if (this.byId.has(job.id) || this.creating.has(job.id))
      throw new JobStoreError(`job ${job.id} already exists`);
    this.creating.add(job.id);
    const copy = structuredClone(job);
    try {
      const fields = copy as unknown as Record<string, unknown>;
      await appender.append(encodeRecord('put', job.id, fields), (pos) => {
        this.replay({ op: 'put', id: job.id, s: fields }, pos);
        const e = this.byId.get(job.id)!;
        this.placeNewest(e);
        e.hot = e.terminal ? undefined : copy;
      });
    } finally {
      this.creating.delete(job.id);
    }
    this.compactWhenDue();
  }

  /** Change some fields of a job (a field set to undefined is removed). Durable on resolve.
   *  As with updateBatches, the job returned shares its unchanged parts with the store: a deep
   *  copy of a 200,000-row job (4,000 batches, 200,000 outcomes) per write cost tens of MB at
   *  once, several times while the job finished. Read it, never change it in place; get() still
   *  returns a copy of its own. */
  async update(id: string, patch: Partial<JobDetails>): Promise<JobDetails> {
    const appender = this.writable();
    if (!this.byId.has(id) && !this.creating.has(id)) throw new JobStoreError(`no job ${id} in the history`);
    const encoded = encodePatch(structuredClone(patch));
    delete encoded.id;
    let after: JobDetails | undefined;
    await appender.append(encodeRecord('patch', id, encoded), (pos) => {
      const e = this.byId.get(id);
      if (!e) throw new JobStoreError(`job ${id} was removed from the history while it was being updated`);
      const before = e.hot ?? this.readDetails(e);
      this.replay({ op: 'patch', id, s: encoded }, pos);
      after = applyPatch(before, encoded);
      e.hot = e.terminal ? undefined : after;
    });
    this.compactWhenDue();
    return { ...after! };
  }

  /**
   * Record a change to some batches of a job: each batch given replaces the one with its index
   * (or is added), `append` adds to the job's DataJobIds, MessageIds and row errors, `set` changes
   * other fields as update() does. Written as those batches and additions alone, so a job's
   * journal grows with its batches, not with their square. Durable on resolve.
   * The job returned shares its unchanged parts with the store (copying a 200,000-row job for
   * every batch would cost minutes): read it, never change it in place.
   */
  async updateBatches(
    id: string,
    batches: readonly BatchRecord[],
    set: Partial<JobDetails> = {},
    append: Appended = {},
  ): Promise<JobDetails> {
    const appender = this.writable();
    if (!this.byId.has(id) && !this.creating.has(id)) throw new JobStoreError(`no job ${id} in the history`);
    const fields = encodePatch(structuredClone(set));
    delete fields.id;
    delete fields.batches;
    if (batches.length) fields.batches = structuredClone(batches);
    const added = structuredClone(append);
    let after: JobDetails | undefined;
    const line = encodeRecord('batch', id, fields, added);
    await appender.append(line, (pos) => {
      const e = this.byId.get(id);
      if (!e) throw new JobStoreError(`job ${id} was removed from the history while it was being updated`);
      const before = e.hot ?? this.readDetails(e);
      const head: RecordHead = { op: 'batch', id, s: fields };
      if (added.dataJobIds?.length || added.messageIds?.length)
        head.a = { dataJobIds: added.dataJobIds ?? [], messageIds: added.messageIds ?? [] };
      this.replay(head, pos);
      after = applyBatchRecord(before, fields, added);
      e.hot = e.terminal ? undefined : after;
    });
    this.compactWhenDue();
    return { ...after! };
  }

  /** A new job is last in `entries`; move it back if its receivedAt is older (clock change). */
  private placeNewest(e: Entry): void {
    const last = this.entries.length - 1;
    e.pos = last;
    if (last === 0 || this.entries[last - 1]!.receivedMs <= e.receivedMs) return;
    this.entries.pop();
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.receivedMs <= e.receivedMs) lo = mid + 1;
      else hi = mid;
    }
    this.entries.splice(lo, 0, e);
    for (let k = lo; k < this.entries.length; k++) this.entries[k]!.pos = k;
  }

  /** A write may tip the file over its compaction threshold: compact in the background. */
  private compactWhenDue(): void {
    if (this.needsCompaction()) void this.compact().catch(() => {});
  }

  get(id: string): JobDetails | undefined {
    const e = this.byId.get(id);
    if (!e) return undefined;
    return structuredClone(e.hot ?? this.readDetails(e));
  }

  /** Newest first: up to `limit` matching jobs (after `before`, or from `offset`). */
  list(q: HistoryQuery = {}): JobSummary[] {
    const limit = Math.max(1, Math.min(q.limit ?? 50, 10_000));
    const out: JobSummary[] = [];
    let skip = Math.max(0, Math.floor(q.offset ?? 0));
    this.scan(q, (e) => {
      if (skip > 0) skip--;
      else out.push(e.toSummary());
      return out.length < limit;
    });
    return out;
  }

  /** One page of the matching jobs, newest first, with how many match in the whole history.
   *  Every entry in the date range is tested (a few ms for 20,000 jobs: test/bench), so the
   *  total is exact; only the page's rows are turned into summaries. */
  query(q: HistoryQuery = {}): HistoryPage {
    const limit = Math.max(1, Math.min(q.limit ?? 50, 10_000));
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const jobs: JobSummary[] = [];
    let total = 0;
    this.scan(q, (e) => {
      if (total >= offset && jobs.length < limit) jobs.push(e.toSummary());
      total++;
      return true;
    });
    return { jobs, total, offset };
  }

  /** Every matching job, newest first (*Export CSV* of the filtered list). */
  listAll(q: HistoryQuery = {}): JobSummary[] {
    const out: JobSummary[] = [];
    this.scan(q, (e) => (out.push(e.toSummary()), true));
    return out;
  }

  /** Walks the matching entries newest first until `visit` returns false. */
  private scan(q: HistoryQuery, visit: (e: Entry) => boolean): void {
    const [from, to] = receivedRange(q);
    const match = historyFilter(q, this.interner);
    const first = this.firstAtOrAfter(from);
    let i = this.firstAtOrAfter(to) - 1;
    if (q.before !== undefined) {
      const at = this.byId.get(q.before);
      if (!at) return;
      i = Math.min(i, at.pos - 1);
    }
    for (; i >= first; i--) {
      const e = this.entries[i]!;
      if (match(e) && !visit(e)) return;
    }
  }

  /** Index of the first entry received at or after `ms` (entries are sorted by receivedMs). */
  private firstAtOrAfter(ms: number): number {
    if (ms === -Infinity) return 0;
    if (ms === Infinity) return this.entries.length;
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entries[mid]!.receivedMs < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Jobs to resume after a restart: everything not processed or failed, oldest first. */
  unfinished(): JobDetails[] {
    return this.entries.filter((e) => !e.terminal).map((e) => structuredClone(e.hot ?? this.readDetails(e)));
  }

  /** Since when each unfinished job has been waiting for Medfusion (undefined: it is not), oldest
   *  job first. Read from the store's own copy, not cloned: `run --once` asks every second, and
   *  unfinished() deep-copies every unfinished job (tens of MB per call for a 200,000-row job). */
  unfinishedWaiting(): { id: string; practice: string; waitingSince?: string }[] {
    return this.entries
      .filter((e) => !e.terminal)
      .map((e) => {
        const since = (e.hot ?? this.readDetails(e)).waitingSince;
        return { id: e.id, practice: e.practice, ...(since !== undefined ? { waitingSince: since } : {}) };
      });
  }

  /** Jobs held for review (of one practice, by its key, or all), newest first. */
  held(practiceKey?: string): JobDetails[] {
    const out: JobDetails[] = [];
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.state !== 'held' || (practiceKey !== undefined && e.owner !== practiceKey)) continue;
      out.push(structuredClone(e.hot ?? this.readDetails(e)));
    }
    return out;
  }

  /** The newest job of this practice (by its key), whatever its file's name (duplicates
   *  included). */
  latestOfPractice(practiceKey: string): JobDetails | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.owner === practiceKey && this.byId.get(e.id) === e) return this.get(e.id);
    }
    return undefined;
  }

  /** The newest job of this practice (by its key) with the same file content, if any. */
  findByContentHash(practiceKey: string, sha256: string): JobDetails | undefined {
    const e = this.byHash.get(`${practiceKey}\u0000${sha256}`);
    return e && this.byId.get(e.id) === e ? this.get(e.id) : undefined;
  }

  /** Appointments sent per local day for the last `days` days, oldest first, today last. */
  dailyCounts(days: number): DailyCount[] {
    const n = Math.max(1, Math.min(Math.floor(days), 3660));
    const today = startOfLocalDay(this.clock().getTime());
    const out: DailyCount[] = [];
    const index = new Map<string, DailyCount>();
    for (let k = n - 1; k >= 0; k--) {
      const d = new Date(today);
      d.setDate(d.getDate() - k);
      const c = { day: localDay(d.getTime()), sent: 0 };
      out.push(c);
      index.set(c.day, c);
    }
    const from = startOfLocalDay(Date.parse(`${out[0]!.day}T00:00:00`));
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.receivedMs < from) break;
      const c = index.get(localDay(e.receivedMs));
      if (c) c.sent += e.sent;
    }
    return out;
  }

  counts(): StoreCounts {
    const today = startOfLocalDay(this.clock().getTime());
    let failed = 0;
    let queued = 0;
    let held = 0;
    let sentToday = 0;
    let last = '';
    let lastMs = -Infinity;
    for (const e of this.entries) {
      if (e.state === 'failed') failed++;
      else if (e.state === 'held') held++;
      else if (e.state !== 'processed') queued++;
      if (e.receivedMs >= today) sentToday += e.sent;
      if (e.state === 'processed' && e.finishedMs > lastMs) {
        lastMs = e.finishedMs;
        last = e.finishedAt!;
      }
    }
    return last
      ? { failed, queued, held, sentToday, lastSuccessAt: last }
      : { failed, queued, held, sentToday };
  }

  get size(): number {
    return this.entries.length;
  }

  /** Remove finished jobs received before `before` (unfinished ones are never removed). */
  async prune(before: Date): Promise<number> {
    this.writable();
    const cutoff = before.getTime();
    const doomed = new Set(this.entries.filter((e) => e.terminal && e.receivedMs < cutoff).map((e) => e.id));
    if (doomed.size === 0) return 0;
    await this.compact(doomed);
    return doomed.size;
  }

  private needsCompaction(): boolean {
    return (
      !!this.appender &&
      !this.compacting &&
      compactionDue(this.records, this.entries.length, this.compactRatio)
    );
  }

  /** Rewrite the file with one record per live job (minus `drop`). Runs alone: waits for
   *  in-flight appends and holds new ones until done. */
  async compact(drop: ReadonlySet<string> = new Set()): Promise<void> {
    while (this.compacting) await this.compacting;
    this.compacting = this.doCompact(drop).finally(() => {
      this.compacting = undefined;
    });
    return this.compacting;
  }

  private async doCompact(drop: ReadonlySet<string>): Promise<void> {
    const appender = this.writable();
    // Appends queued from here on wait until the swap below, then go to the new file.
    const release = await appender.hold();
    try {
      const { size, kept, recs } = await writeCompacted({
        dir: this.dir,
        file: this.file,
        entries: this.entries,
        drop,
        readFd: this.readFd,
        readDetails: (e) => this.readDetails(e),
        clock: this.clock,
      });
      const fh = await fsp.open(this.file, 'r+');
      const fd = fs.openSync(this.file, 'r');
      // Swap synchronously: from here readers see the new file and offsets.
      const oldFh = appender.replace(fh, size);
      const oldFd = this.readFd;
      this.readFd = fd;
      kept.forEach((e, i) => (e.recs = [recs[2 * i]!, recs[2 * i + 1]!]));
      for (const id of drop) this.byId.delete(id);
      if (drop.size) for (const [k, e] of this.byHash) if (drop.has(e.id)) this.byHash.delete(k);
      this.entries = kept;
      this.entries.forEach((e, i) => (e.pos = i));
      this.interner.repack(kept);
      this.records = kept.length;
      this.fileVersion = STORE_VERSION;
      fs.closeSync(oldFd);
      await oldFh.close();
    } finally {
      release();
    }
  }

  /** Wait for pending writes and close the file (and release the lock). */
  async close(): Promise<void> {
    if (this.closed) return;
    while (this.compacting) await this.compacting.catch(() => {});
    this.closed = true;
    if (this.appender) {
      await this.appender.close();
      await releaseLock(this.dir);
    }
    fs.closeSync(this.readFd);
  }
}

/** The file's format version, when this app can read it. */
function checkHeader(rec: unknown, file: string): number {
  const h = rec as Partial<StoreHeader>;
  if (!h || typeof h !== 'object' || h.kind !== STORE_KIND || typeof h.v !== 'number')
    throw new JobStoreError(
      `${file} is not an Appointment Connector job history (its first line has no header). ` +
        'Move it aside; a new one is started on the next run.',
    );
  if (h.v > STORE_VERSION)
    throw new JobStoreError(
      `${file} was written by a newer Appointment Connector (history format ${h.v}; this one reads ` +
        `up to ${STORE_VERSION}). Update the app.`,
    );
  // Format 1 is format 2 without `batch` records: read as it is, upgraded by compaction.
  return h.v;
}
