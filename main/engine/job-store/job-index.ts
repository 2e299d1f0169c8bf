// The in-memory index of the job store: one small Entry per job with what the history list,
// search, counts and the chart need, plus where the job's records sit in the file. Full details
// (row errors, batches with their appointment ids) stay on disk and are read by offset, except
// for unfinished jobs, which the engine updates often and keeps hot.
// Patient ids are interned to numbers (one Int32Array per job), so searching a patient id costs
// no string compares and 100,000 jobs stay small.
import type { JobDetails, JobState, JobSummary } from '../../model/status-and-jobs.ts';

export const TERMINAL_STATES: ReadonlySet<JobState> = new Set(['processed', 'failed']);

export class Entry {
  pos = 0;
  /** File name, DataJobIds and MessageIds in one string (`file\ndj\tdj\nmsg\tmsg`): one
   *  string per job instead of three, and one test per job when searching. */
  text = '';
  practice = '';
  /** '' when the job has none (a format-2 history read without upgrading it). */
  practiceKey = '';
  receivedMs = 0;
  /** Kept as a string only when not a canonical ISO time (saves two strings per job). */
  receivedRaw: string | undefined = undefined;
  finishedMs = NaN;
  finishedRaw: string | undefined = undefined;
  state: JobState = 'received';
  rows = 0;
  sent = 0;
  unchanged = 0;
  skipped = 0;
  errors = 0;
  outcome: JobSummary['outcome'] = undefined;
  reason: string | undefined = undefined;
  /** This job's patient numbers in the shared pool: [start, start + count). */
  patientStart = 0;
  patientCount = 0;
  /** Byte offset and length of each record of this job: [off, len, off, len, …]. */
  recs: number[] = [];
  /** Full details while the job is unfinished. */
  hot: JobDetails | undefined = undefined;

  constructor(readonly id: string) {}

  /** What the store matches a practice's jobs by: its key (a job of a format-2 history that was
   *  never upgraded has only the name). */
  get owner(): string {
    return this.practiceKey || this.practice;
  }

  get terminal(): boolean {
    return TERMINAL_STATES.has(this.state);
  }

  private part(n: number): string[] {
    const p = this.text.split('\n')[n];
    return p ? p.split('\t') : [];
  }

  get receivedAt(): string {
    return this.receivedRaw ?? new Date(this.receivedMs).toISOString();
  }

  get finishedAt(): string | undefined {
    return (
      this.finishedRaw ??
      (Number.isNaN(this.finishedMs) ? undefined : new Date(this.finishedMs).toISOString())
    );
  }

  get file(): string {
    return this.text.slice(0, this.text.indexOf('\n'));
  }

  setText(file: string, dataJobIds: string[], messageIds: string[]): void {
    const clean = (x: string) => x.replace(/[\t\n]/g, ' ');
    // join() yields one flat string; a template literal would keep its parts alive as a cons tree.
    this.text = [clean(file), dataJobIds.map(clean).join('\t'), messageIds.map(clean).join('\t')].join('\n');
  }

  /** DataJobIds and MessageIds added at the end (a `batch` record): one rebuild of the text for
   *  any number of ids, so callers batch them (the store does while it reads the file). */
  appendIds(dataJobIds: readonly string[], messageIds: readonly string[]): void {
    if (!dataJobIds.length && !messageIds.length) return;
    this.setText(this.file, this.part(1).concat(dataJobIds), this.part(2).concat(messageIds));
  }

  toSummary(): JobSummary {
    const s: JobSummary = {
      id: this.id,
      file: this.file,
      practice: this.practice,
      ...(this.practiceKey ? { practiceKey: this.practiceKey } : {}),
      receivedAt: this.receivedAt,
      state: this.state,
      counts: {
        rows: this.rows,
        sent: this.sent,
        unchanged: this.unchanged,
        skipped: this.skipped,
        errors: this.errors,
      },
      dataJobIds: this.part(1),
      messageIds: this.part(2),
    };
    const finishedAt = this.finishedAt;
    if (finishedAt !== undefined) s.finishedAt = finishedAt;
    if (this.outcome !== undefined) s.outcome = this.outcome;
    if (this.reason !== undefined) s.reason = this.reason;
    return s;
  }
}

/** Strings that repeat across jobs (practice names, patient ids) held once; patient ids as
 *  numbers in one growing Int32Array shared by all jobs (4 bytes per job and patient). */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly strings = new Map<string, string>();
  pool = new Int32Array(1024);
  poolSize = 0;

  /** Exact string → number (no case folding here: it runs for every patient of every job at
   *  open; the rare search folds case instead, see lookup). */
  number(value: string): number {
    let n = this.ids.get(value);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(value, n);
    }
    return n;
  }

  /** Numbers of every stored id equal to `value` ignoring case and surrounding spaces. */
  lookup(value: string): Set<number> {
    const want = value.trim().toLowerCase();
    const found = new Set<number>();
    const exact = this.ids.get(value.trim());
    if (exact !== undefined) found.add(exact);
    for (const [id, n] of this.ids)
      if (id.length >= want.length && id.trim().toLowerCase() === want) found.add(n);
    return found;
  }

  string(value: string): string {
    let s = this.strings.get(value);
    if (s === undefined) {
      s = value;
      this.strings.set(value, value);
    }
    return s;
  }

  /** Store numbers in the pool; returns where they start. */
  addToPool(numbers: ArrayLike<number>): number {
    const start = this.poolSize;
    if (start + numbers.length > this.pool.length) {
      const bigger = new Int32Array(Math.max(this.pool.length * 2, start + numbers.length));
      bigger.set(this.pool.subarray(0, start));
      this.pool = bigger;
    }
    for (let i = 0; i < numbers.length; i++) this.pool[start + i] = numbers[i]!;
    this.poolSize += numbers.length;
    return start;
  }

  /** Rebuild the pool with only these jobs' patients (after compaction dropped or replaced some). */
  repack(entries: Entry[]): void {
    const old = this.pool;
    this.pool = new Int32Array(
      Math.max(
        1024,
        entries.reduce((n, e) => n + e.patientCount, 0),
      ),
    );
    this.poolSize = 0;
    for (const e of entries)
      e.patientStart = this.addToPool(old.subarray(e.patientStart, e.patientStart + e.patientCount));
  }

  hasPatient(e: Entry, wanted: Set<number>): boolean {
    const end = e.patientStart + e.patientCount;
    for (let i = e.patientStart; i < end; i++) if (wanted.has(this.pool[i]!)) return true;
    return false;
  }
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const strOf = (o: Record<string, unknown>, k: string): string | undefined =>
  typeof o[k] === 'string' ? (o[k] as string) : undefined;
const listOf = (o: Record<string, unknown>, k: string): string[] =>
  Array.isArray(o[k]) ? (o[k] as unknown[]).map(String) : [];

/** Copy the summary fields present in `src` (a whole job or a patch) onto the entry. Runs for
 *  every record at open: no closures or needless allocations here. */
export function applySummaryFields(e: Entry, src: Record<string, unknown>, interner: Interner): void {
  if (hasOwn(src, 'file') || hasOwn(src, 'dataJobIds') || hasOwn(src, 'messageIds') || !e.text) {
    const old = e.text ? e.toSummary() : undefined;
    e.setText(
      hasOwn(src, 'file') ? (strOf(src, 'file') ?? '') : (old?.file ?? ''),
      hasOwn(src, 'dataJobIds') ? listOf(src, 'dataJobIds') : (old?.dataJobIds ?? []),
      hasOwn(src, 'messageIds') ? listOf(src, 'messageIds') : (old?.messageIds ?? []),
    );
  }
  if (hasOwn(src, 'practice')) e.practice = interner.string(strOf(src, 'practice') ?? '');
  if (hasOwn(src, 'practiceKey')) e.practiceKey = interner.string(strOf(src, 'practiceKey') ?? '');
  if (hasOwn(src, 'receivedAt')) {
    const [ms, raw] = parseTime(strOf(src, 'receivedAt'));
    e.receivedMs = Number.isNaN(ms) ? 0 : ms;
    e.receivedRaw = raw;
  }
  if (hasOwn(src, 'finishedAt')) [e.finishedMs, e.finishedRaw] = parseTime(strOf(src, 'finishedAt'));
  if (hasOwn(src, 'state') && typeof src.state === 'string') e.state = src.state as JobState;
  if (hasOwn(src, 'counts')) {
    const c = (src.counts ?? {}) as Partial<
      Record<'rows' | 'sent' | 'unchanged' | 'skipped' | 'errors', number>
    >;
    e.rows = c.rows ?? 0;
    e.sent = c.sent ?? 0;
    e.unchanged = c.unchanged ?? 0;
    e.skipped = c.skipped ?? 0;
    e.errors = c.errors ?? 0;
  }
  if (hasOwn(src, 'outcome')) e.outcome = (src.outcome ?? undefined) as JobSummary['outcome'];
  if (hasOwn(src, 'reason')) e.reason = strOf(src, 'reason');
  if (hasOwn(src, 'patientIds')) {
    const ids = src.patientIds;
    const numbers: number[] = [];
    if (Array.isArray(ids)) for (const p of ids) numbers.push(interner.number(String(p)));
    e.patientStart = interner.addToPool(numbers);
    e.patientCount = numbers.length;
  }
}

/** [ms, the string itself when it is not what toISOString() would give back]. */
const CANONICAL_ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function parseTime(value: string | undefined): [number, string | undefined] {
  if (value === undefined) return [NaN, undefined];
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return [NaN, value];
  // The common case (written by toISOString) is recognised without formatting the date again.
  if (CANONICAL_ISO.test(value))
    return [ms, new Date(ms).getUTCDate() === Number(value.slice(8, 10)) ? undefined : value];
  return [ms, new Date(ms).toISOString() === value ? undefined : value];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A predicate for the history search box: file name, DataJobId, MessageId (substring, any
 *  case) or patient id (whole id, any case). */
export function searchMatcher(text: string, interner: Interner): (e: Entry) => boolean {
  const q = text.trim().replace(/[\t\n]/g, ' ');
  if (!q) return () => true;
  const re = new RegExp(escapeRegExp(q), 'i');
  const patients = interner.lookup(q);
  return (e) =>
    re.test(e.text) || (patients.size > 0 && e.patientCount > 0 && interner.hasPatient(e, patients));
}

/** Local calendar day (YYYY-MM-DD) of a time: the chart and "today" follow the user's clock. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function startOfLocalDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}
