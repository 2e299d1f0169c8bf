// The sandbox's memory, kept on disk as an append-only JSON-lines log in the data folder
// (`sandbox-events.jsonl`) and rebuilt by replaying it at start: accepted documents (what
// /__sandbox/received reports), their processing results, and from those the portal's
// appointments. Why a log: every change is one small append (no rewrite of a growing file), and a
// crash can at worst cut the last line, which replay skips.
import fs from 'node:fs';
import path from 'node:path';
import { mkdirPrivateSync, PRIVATE_FILE_MODE, tightenSync } from '../files/private-files.ts';
import { apply, decide, type JobItem, type MessageResult, type PortalAppointment } from './processing.ts';

export interface ReceivedRecord {
  dataJobId: string;
  messageId: string;
  practiceId: string;
  appointmentIds: string[];
  /** sha256 of the request body as received (hex). */
  sha256: string;
  receivedAt: string;
}

export interface SandboxJob extends ReceivedRecord {
  items: JobItem[];
  /** Set once processed. */
  processedAt?: string;
  results?: MessageResult[];
}

type LogEvent =
  | { type: 'accepted'; job: Omit<SandboxJob, 'processedAt' | 'results'> }
  | { type: 'processed'; messageId: string; at: string; results: MessageResult[] };

export const EVENTS_FILE = 'sandbox-events.jsonl';

export class SandboxStore {
  private readonly jobs = new Map<string, SandboxJob>();
  private readonly byDataJobId = new Map<string, SandboxJob>();
  private readonly practices = new Map<string, Map<string, PortalAppointment>>();
  private readonly fd: number;
  private closed = false;
  /** Lines of the log that could not be read (a cut last line after a crash). */
  readonly skippedLines: number;

  constructor(dataDir: string) {
    mkdirPrivateSync(dataDir);
    const file = path.join(dataDir, EVENTS_FILE);
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        this.replay(JSON.parse(line) as LogEvent);
      } catch {
        skipped++;
      }
    }
    this.skippedLines = skipped;
    this.fd = fs.openSync(file, 'a', PRIVATE_FILE_MODE);
    // Written world-readable by earlier versions: whole documents, with patients' names in them.
    tightenSync(file, 'file');
    // A cut last line must not swallow the next event.
    if (text && !text.endsWith('\n')) fs.writeSync(this.fd, '\n');
  }

  private append(event: LogEvent): void {
    // After close() the descriptor number may belong to another file: never write through it.
    if (this.closed) throw new Error('the sandbox has been stopped');
    // Synchronous on purpose: the event is in the file before the HTTP answer goes out.
    fs.writeSync(this.fd, `${JSON.stringify(event)}\n`);
  }

  private replay(e: LogEvent): void {
    if (e.type === 'accepted') {
      const job: SandboxJob = { ...e.job };
      this.jobs.set(job.messageId, job);
      this.byDataJobId.set(job.dataJobId, job);
    } else if (e.type === 'processed') {
      this.applyResults(e.messageId, e.at, e.results);
    }
  }

  private practice(practiceId: string): Map<string, PortalAppointment> {
    let p = this.practices.get(practiceId);
    if (!p) this.practices.set(practiceId, (p = new Map()));
    return p;
  }

  private applyResults(messageId: string, at: string, results: MessageResult[]): void {
    const job = this.jobs.get(messageId);
    if (!job || job.results) return;
    const appointments = this.practice(job.practiceId);
    for (const item of job.items) {
      const r = results.find((x) => x.messageId === item.messageId);
      if (r?.state === 'COMPLETED') apply(appointments, item, at);
    }
    job.results = results;
    job.processedAt = at;
  }

  /** Record an accepted document (before answering 202). */
  accept(job: Omit<SandboxJob, 'processedAt' | 'results'>): void {
    this.append({ type: 'accepted', job });
    this.replay({ type: 'accepted', job });
  }

  /** Process an accepted document, appointment by appointment, in document order. */
  process(
    messageId: string,
    at: string,
    isDeactivated?: (patientId: string) => boolean,
  ): SandboxJob | undefined {
    const job = this.jobs.get(messageId);
    if (!job || job.results) return job;
    // Decide against a scratch copy so that later items of the same document see earlier ones.
    const scratch = new Map(this.practice(job.practiceId));
    const results: MessageResult[] = job.items.map((item) => {
      const r = decide(scratch, item, isDeactivated);
      if (r.state === 'COMPLETED') apply(scratch, item, at);
      return r;
    });
    this.append({ type: 'processed', messageId, at, results });
    this.applyResults(messageId, at, results);
    return job;
  }

  /** By the envelope MessageId (what Location carries) or by DataJobId. */
  findJob(id: string): SandboxJob | undefined {
    return this.jobs.get(id) ?? this.byDataJobId.get(id);
  }

  pendingJobs(): SandboxJob[] {
    return [...this.jobs.values()].filter((j) => !j.results);
  }

  received(): ReceivedRecord[] {
    return [...this.jobs.values()].map(
      ({ dataJobId, messageId, practiceId, appointmentIds, sha256, receivedAt }) => ({
        dataJobId,
        messageId,
        practiceId,
        appointmentIds,
        sha256,
        receivedAt,
      }),
    );
  }

  appointments(practiceId: string): PortalAppointment[] {
    return [...(this.practices.get(practiceId)?.values() ?? [])];
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }
}
