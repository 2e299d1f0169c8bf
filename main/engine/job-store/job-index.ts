// The in-memory index of the job store: one small Entry per job with what the history list,
// search, counts and the chart need, plus where the job's records sit in the file. Full details
// (row errors, batches with their appointment ids) stay on disk and are read by offset, except
// for unfinished jobs, which the engine updates often and keeps hot.
// Patient ids are interned to numbers (one Int32Array per job), so searching a patient id costs
// no string compares and 100,000 jobs stay small.
import type { JobDetails, JobState, JobSummary } from '../types.ts';

export const TERMINAL_STATES: ReadonlySet<JobState> = new Set(['processed', 'failed']);

export class Entry {
  pos = 0;
  file = '';
  practice = '';
  receivedAt = '';
  receivedMs = 0;
  finishedAt: string | undefined = undefined;
  state: JobState = 'received';
  rows = 0;
  sent = 0;
  unchanged = 0;
  skipped = 0;
  errors = 0;
  dataJobIds: string[] = [];
  messageIds: string[] = [];
  outcome: JobSummary['outcome'] = undefined;
  reason: string | undefined = undefined;
  contentHash: string | undefined = undefined;
  patients: Int32Array | undefined = undefined;
  /** Byte offset and length of each record of this job: [off, len, off, len, …]. */
  recs: number[] = [];
  /** Full details while the job is unfinished. */
  hot: JobDetails | undefined = undefined;

  constructor(readonly id: string) {}

  get terminal(): boolean {
    return TERMINAL_STATES.has(this.state);
  }

  toSummary(): JobSummary {
    const s: JobSummary = {
      id: this.id,
      file: this.file,
      practice: this.practice,
      receivedAt: this.receivedAt,
      state: this.state,
      counts: {
        rows: this.rows,
        sent: this.sent,
        unchanged: this.unchanged,
        skipped: this.skipped,
        errors: this.errors,
      },
      dataJobIds: [...this.dataJobIds],
      messageIds: [...this.messageIds],
    };
    if (this.finishedAt !== undefined) s.finishedAt = this.finishedAt;
    if (this.outcome !== undefined) s.outcome = this.outcome;
    if (this.reason !== undefined) s.reason = this.reason;
    return s;
  }
}

/** Strings that repeat across jobs (practice names, patient ids) held once. */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly strings = new Map<string, string>();

  number(value: string): number {
    const key = value.trim().toLowerCase();
    let n = this.ids.get(key);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(key, n);
    }
    return n;
  }

  lookup(value: string): number | undefined {
    return this.ids.get(value.trim().toLowerCase());
  }

  string(value: string): string {
    let s = this.strings.get(value);
    if (s === undefined) {
      s = value;
      this.strings.set(value, value);
    }
    return s;
  }
}

/** Copy the summary fields present in `src` (a whole job or a patch) onto the entry. */
export function applySummaryFields(e: Entry, src: Record<string, unknown>, interner: Interner): void {
  const has = (k: string) => Object.prototype.hasOwnProperty.call(src, k);
  const str = (k: string) => (typeof src[k] === 'string' ? (src[k] as string) : undefined);
  if (has('file')) e.file = str('file') ?? '';
  if (has('practice')) e.practice = interner.string(str('practice') ?? '');
  if (has('receivedAt')) {
    e.receivedAt = str('receivedAt') ?? '';
    const ms = Date.parse(e.receivedAt);
    e.receivedMs = Number.isNaN(ms) ? 0 : ms;
  }
  if (has('finishedAt')) e.finishedAt = str('finishedAt');
  if (has('state') && typeof src.state === 'string') e.state = src.state as JobState;
  if (has('counts')) {
    const c = (src.counts ?? {}) as Partial<
      Record<'rows' | 'sent' | 'unchanged' | 'skipped' | 'errors', number>
    >;
    e.rows = c.rows ?? 0;
    e.sent = c.sent ?? 0;
    e.unchanged = c.unchanged ?? 0;
    e.skipped = c.skipped ?? 0;
    e.errors = c.errors ?? 0;
  }
  if (has('dataJobIds')) e.dataJobIds = Array.isArray(src.dataJobIds) ? (src.dataJobIds as string[]) : [];
  if (has('messageIds')) e.messageIds = Array.isArray(src.messageIds) ? (src.messageIds as string[]) : [];
  if (has('outcome')) e.outcome = (src.outcome ?? undefined) as JobSummary['outcome'];
  if (has('reason')) e.reason = str('reason');
  if (has('contentHash')) e.contentHash = str('contentHash');
  if (has('patientIds')) {
    const ids = Array.isArray(src.patientIds) ? (src.patientIds as unknown[]) : [];
    e.patients = ids.length ? Int32Array.from(ids, (p) => interner.number(String(p))) : undefined;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A predicate for the history search box: file name, DataJobId, MessageId (substring, any
 *  case) or patient id (whole id, any case). */
export function searchMatcher(text: string, interner: Interner): (e: Entry) => boolean {
  const q = text.trim();
  if (!q) return () => true;
  const re = new RegExp(escapeRegExp(q), 'i');
  const patient = interner.lookup(q);
  return (e) =>
    re.test(e.file) ||
    e.dataJobIds.some((d) => re.test(d)) ||
    e.messageIds.some((m) => re.test(m)) ||
    (patient !== undefined && e.patients !== undefined && e.patients.includes(patient));
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
