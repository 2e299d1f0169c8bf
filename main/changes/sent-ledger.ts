// Per-practice memory of what Medfusion has accepted, so a re-dropped export sends only what
// changed. Storage is an append-only JSON-lines file loaded into a Map at open; it is rewritten
// (temp file + fsync + rename) when it has grown to twice the live entries. A line torn by a
// crash mid-append is dropped at open: that batch is simply sent again, which is safe.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import readline from 'node:readline';
import { mkdirPrivate, PRIVATE_FILE_MODE } from '../files/private-files.ts';
import type { Appointment } from '../model/appointment.ts';
import type { UnstatedField } from '../model/import-summary.ts';
import { decideChange, type ChangeDecision } from './change-decision.ts';
import { hasGaps, withSentDetails, withUnstatedKept } from './kept-details.ts';
import { indexDigitIds, type SentDigitIds } from './digit-ids.ts';
import { fingerprint } from './fingerprint.ts';
import { LedgerEntry, type SentRecord } from './ledger-entry.ts';
import { acquireLedgerLock } from './ledger-lock.ts';

export type { ChangeDecision } from './change-decision.ts';
export type { SentRecord } from './ledger-entry.ts';

export const LEDGER_FILE = 'sent-ledger.jsonl';
export { LedgerLockedError } from './ledger-lock.ts';

export interface SentLedgerOptions {
  /** Clock for `sentAt` (default: the system clock). */
  now?: () => Date;
  /** Do not compact below this many lines (default 1000). */
  compactMinLines?: number;
}

export interface LedgerLoadReport {
  entries: number;
  lines: number;
  /** Lines that could not be read (a torn last line after a crash, or damage); they were dropped. */
  droppedLines: number;
}

/** One appointment sent for a patient (SentLedger.sentOfPatients). */
export interface PatientSent {
  appointmentId: string;
  patientId: string;
  /** Its participant (provider) identifier. */
  providerId: string;
  startMs: number;
  /** The last thing sent for it was a CANCEL. */
  cancelled: boolean;
}

export class SentLedger {
  private lines: number;
  /** Patient id → the appointment id last sent for it (built at first use, kept by record). */
  private byPatient?: Map<string, string>;
  /** `patientId|startMs` → the appointment id sent for that patient at that start (the same). */
  private byStart?: Map<string, string>;
  private writing: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly entries: Map<string, LedgerEntry>,
    private handle: fsp.FileHandle,
    readonly loadReport: LedgerLoadReport,
    private readonly opts: Required<SentLedgerOptions>,
    private readonly unlock: () => Promise<void>,
  ) {
    this.lines = loadReport.lines - loadReport.droppedLines;
  }

  /** Open (or create) the ledger kept in `dir` — one per practice folder. */
  static async open(dir: string, options: SentLedgerOptions = {}): Promise<SentLedger> {
    const opts = { now: options.now ?? (() => new Date()), compactMinLines: options.compactMinLines ?? 1000 };
    await mkdirPrivate(dir);
    const file = path.join(dir, LEDGER_FILE);
    const unlock = await acquireLedgerLock(`${file}.lock`);
    try {
      const { entries, report, goodBytes, size, damaged } = await load(file);
      // Cut a torn tail so the next append starts on a fresh line.
      if (goodBytes < size) await fsp.truncate(file, goodBytes);
      const handle = await fsp.open(file, 'a', PRIVATE_FILE_MODE);
      const ledger = new SentLedger(file, entries, handle, report, opts, unlock);
      // Damage inside the file (not just a torn tail): rewrite it clean now.
      if (damaged) await ledger.maybeCompact(true);
      return ledger;
    } catch (e) {
      await unlock();
      throw e;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** What was last accepted for this id, if anything. */
  get(appointmentId: string): SentRecord | undefined {
    return this.entries.get(appointmentId);
  }

  /** What was last sent for any appointment of this patient id (the newest accepted): who the
   *  portal knows under that id. */
  lastForPatient(patientId: string): SentRecord | undefined {
    const found = (): SentRecord | undefined => {
      const e = this.entries.get(this.byPatient!.get(patientId) ?? '');
      return e && e.patientId === patientId ? e : undefined;
    };
    if (this.byPatient) {
      const e = found();
      // Forgotten or sent since for another patient: the index is built again.
      if (e || !this.byPatient.has(patientId)) return e;
    }
    this.byPatient = new Map();
    const at = new Map<string, string>();
    for (const e of this.entries.values()) {
      const p = e.patientId;
      if ((at.get(p) ?? '') > e.sentAt) continue;
      at.set(p, e.sentAt);
      this.byPatient.set(p, e.appointmentId);
    }
    return found();
  }

  /** The appointment sent (booked or cancelled) for this patient id at this start, if one was. */
  sentAt(patientId: string, startMs: number): SentRecord | undefined {
    const key = `${patientId}|${startMs}`;
    const found = (): SentRecord | undefined => {
      const e = this.entries.get(this.byStart!.get(key) ?? '');
      return e && e.startMs === startMs && e.patientId === patientId ? e : undefined;
    };
    if (this.byStart) {
      const e = found();
      // Forgotten or sent since with another start: the index is built again.
      if (e || !this.byStart.has(key)) return e;
    }
    this.byStart = new Map();
    for (const e of this.entries.values()) this.byStart.set(`${e.patientId}|${e.startMs}`, e.appointmentId);
    return found();
  }

  /** Whether (and as what) to send this appointment from a file. Pure lookup: nothing is written.
   *  `unstated`: the fields its file has no column for (ImportItem.unstated). */
  decide(a: Appointment, unstated?: readonly UnstatedField[]): ChangeDecision {
    const previous = this.entries.get(a.appointmentId);
    const d = decideChange(a, previous, () => fingerprint(a));
    if (!d.send || !hasGaps(a, unstated)) return d;
    // Details the file leaves out keep the ones sent (kept-details.ts): read only for a send.
    const sent = previous?.appointment ?? this.lastForPatient(a.patient.patientId)?.appointment;
    const kept = withSentDetails(withUnstatedKept(a, previous?.appointment, unstated), sent);
    if (kept === a) return d;
    const again = decideChange(kept, previous, () => fingerprint(kept));
    return again.send ? { ...again, appointment: kept } : again;
  }

  /**
   * Remember a batch Medfusion accepted. Call it only after acceptance, so that a failed send is
   * retried rather than forgotten. `sentBy` names the job (see release). Resolves once the lines
   * are on disk (fsync).
   */
  record(sent: Appointment[], sentBy?: string): Promise<void> {
    return this.serial(async () => {
      if (sent.length === 0) return;
      const at = this.opts.now().toISOString();
      const fresh = sent.map((a) => LedgerEntry.fromSent(a, at, sentBy, this.entries.get(a.appointmentId)));
      await writeLines(this.handle, fresh);
      await this.handle.sync();
      for (const e of fresh) {
        this.entries.set(e.appointmentId, e);
        this.byPatient?.set(e.patientId, e.appointmentId);
        this.byStart?.set(`${e.patientId}|${e.startMs}`, e.appointmentId);
      }
      this.lines += fresh.length;
      await this.maybeCompact(false);
    });
  }

  /**
   * Forget these ids, as if they had never been sent: their next appearance is a NEW. For
   * appointments Medfusion accepted in the batch but then reported as ERROR when processing it
   * (it never stored them, so an UPDATE or CANCEL for them would be an unknown id).
   */
  forget(appointmentIds: Iterable<string>): Promise<void> {
    return this.serial(async () => {
      const at = this.opts.now().toISOString();
      const gone = [...new Set(appointmentIds)].filter((id) => this.entries.has(id));
      if (gone.length === 0) return;
      await writeLines(
        this.handle,
        gone.map((id) => LedgerEntry.tombstone(id, at)),
      );
      await this.handle.sync();
      for (const id of gone) this.entries.delete(id);
      this.lines += gone.length;
      await this.maybeCompact(false);
    });
  }

  /**
   * Medfusion processed these appointments of job `sentBy` as ERROR: it did not store what was
   * sent, so the ledger must stop saying it did. What Medfusion holds decides what is kept:
   * - sent as NEW: Medfusion never stored the id. The entry is dropped; the next export sends it
   *   as NEW, snapshot mode never cancels it and its patient is no longer bound to the id.
   * - sent as UPDATE or CANCEL: Medfusion still holds the earlier version. The entry stays (body,
   *   start and patient, for snapshot cancellations and the identity check) but is unsettled: the
   *   next export sends it again, as UPDATE (or CANCEL), even with unchanged content.
   * Ids sent since by another job are left alone: that job's own verdict speaks for them; except
   * when this job's refused send was the NEW that later UPDATE or CANCEL built on (newBy: the
   * verdicts crossed): Medfusion never held the id, so it is dropped and goes as NEW next time,
   * whatever that later job's verdict (an UPDATE for an unknown id would be refused again and
   * again).
   * Returns the ids released.
   */
  release(appointmentIds: Iterable<string>, sentBy: string): Promise<string[]> {
    return this.serial(async () => {
      const at = this.opts.now().toISOString();
      const lines: LedgerEntry[] = [];
      for (const id of new Set(appointmentIds)) {
        const e = this.entries.get(id);
        if (e && e.sentBy !== sentBy && e.newBy === sentBy) {
          lines.push(LedgerEntry.tombstone(id, at));
          continue;
        }
        if (!e || (e.sentBy !== undefined && e.sentBy !== sentBy) || !e.settled) continue;
        lines.push(e.sentStatus === 'NEW' ? LedgerEntry.tombstone(id, at) : e.unsettled(at));
      }
      if (lines.length === 0) return [];
      await writeLines(this.handle, lines);
      await this.handle.sync();
      for (const l of lines) {
        if (l.isTombstone) this.entries.delete(l.appointmentId);
        else this.entries.set(l.appointmentId, l);
      }
      this.lines += lines.length;
      await this.maybeCompact(false);
      return lines.map((l) => l.appointmentId);
    });
  }

  /**
   * Snapshot mode: appointments previously sent and not cancelled, starting inside `range`
   * (inclusive), whose id is not in the new file. Returned as full bodies with status CANCEL,
   * ready to send; they are remembered as cancelled only when `record` is called after acceptance.
   */
  cancellationsForSnapshot(range: { from: Date; to: Date }, presentIds: Set<string>): Appointment[] {
    const from = range.from.getTime();
    const to = range.to.getTime();
    const out: Appointment[] = [];
    for (const e of this.entries.values()) {
      if (e.cancelled || e.startMs < from || e.startMs > to || presentIds.has(e.appointmentId)) continue;
      out.push({ ...e.appointment, status: 'CANCEL' });
    }
    return out.sort((a, b) => a.start.getTime() - b.start.getTime());
  }

  /**
   * Appointments sent and not cancelled that start at one of `starts` (epoch ms), other than
   * `exceptIds`, with their patient: what a new start would land beside on the portal.
   */
  activeAt(
    starts: ReadonlySet<number>,
    exceptIds: ReadonlySet<string>,
  ): Array<{ appointmentId: string; patientId: string; startMs: number }> {
    const out: Array<{ appointmentId: string; patientId: string; startMs: number }> = [];
    for (const e of this.entries.values()) {
      if (e.cancelled || !starts.has(e.startMs) || exceptIds.has(e.appointmentId)) continue;
      out.push({
        appointmentId: e.appointmentId,
        patientId: e.appointment.patient.patientId,
        startMs: e.startMs,
      });
    }
    return out;
  }

  /**
   * Appointments sent (booked or cancelled) for one of `patientIds`, starting within `range`
   * (epoch ms, inclusive), with their provider: a patient's other appointments of a day, asked only
   * for the rows of a file that move one (derived-slots.ts). One pass, and no index kept: the
   * provider is read (the body parsed) only for the entries that match.
   */
  sentOfPatients(patientIds: ReadonlySet<string>, range: { from: number; to: number }): PatientSent[] {
    const out: PatientSent[] = [];
    for (const e of this.entries.values()) {
      if (e.startMs < range.from || e.startMs > range.to || !patientIds.has(e.patientId)) continue;
      out.push({
        appointmentId: e.appointmentId,
        patientId: e.patientId,
        providerId: e.appointment.participant.identifier,
        startMs: e.startMs,
        cancelled: e.cancelled,
      });
    }
    return out;
  }

  /**
   * Whether anything sent (booked or cancelled) was for one of `patientIds` (and `samePerson`: a
   * chart number of another practice's patient is not this one's) or passes `test`:
   * whether a file's people were ever this practice's (other-practice.ts). Undefined while fewer
   * than `atLeast` appointments were sent: too little to tell. A body is parsed for `samePerson`
   * only under a patient id of the file, for `test` only when no patient matched; the scan stops at the
   * first match (a practice's own file matches at once). `sentBeforeMs`: only what was sent before
   * then counts toward `atLeast` (the history a file that arrived then is judged by).
   */
  sentAny(
    patientIds: ReadonlySet<string>,
    test: (a: Appointment) => boolean,
    atLeast: number,
    samePerson: (a: Appointment) => boolean = () => true,
    sentBeforeMs?: number,
  ): boolean | undefined {
    if (this.entries.size < atLeast) return undefined;
    if (sentBeforeMs !== undefined && !this.sentBefore(sentBeforeMs, atLeast)) return undefined;
    for (const e of this.entries.values())
      if (patientIds.has(e.patientId) && samePerson(e.appointment)) return true;
    for (const e of this.entries.values()) if (test(e.appointment)) return true;
    return false;
  }

  /** Whether at least `count` entries were first sent before `ms` (epoch ms): an id sent again
   *  since (moved, cancelled) was history before `ms` all the same, after a compaction too (each
   *  line carries its first send time). */
  private sentBefore(ms: number, count: number): boolean {
    let n = 0;
    for (const e of this.entries.values()) {
      if (Date.parse(e.firstSentAt) < ms && ++n >= count) return true;
    }
    return n >= count;
  }

  /** Digit-only appointment and patient ids sent, by their value without leading zeros
   *  (digit-ids.ts). Built afresh on each call: once per reading of a file that sends NEW ones. */
  digitIds(): SentDigitIds {
    return indexDigitIds(this.entries.values());
  }

  /** Rewrite the file with only the live entries (normally automatic). */
  compact(): Promise<void> {
    return this.serial(() => this.maybeCompact(true));
  }

  close(): Promise<void> {
    return this.serial(async () => {
      if (this.closed) return;
      this.closed = true;
      await this.handle.close();
      await this.unlock();
    });
  }

  /** Writes never interleave: each waits for the previous one. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writing.then(() => {
      if (this.closed) throw new Error(`sent ledger ${this.file} is closed`);
      return fn();
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async maybeCompact(force: boolean): Promise<void> {
    if (!force && (this.lines < this.opts.compactMinLines || this.lines < 2 * this.entries.size)) return;
    const tmp = `${this.file}.tmp`;
    const out = await fsp.open(tmp, 'w', PRIVATE_FILE_MODE);
    try {
      await writeLines(out, this.entries.values());
      await out.sync();
    } finally {
      await out.close();
    }
    await this.handle.close();
    await fsp.rename(tmp, this.file);
    await syncDir(path.dirname(this.file));
    this.handle = await fsp.open(this.file, 'a');
    this.lines = this.entries.size;
  }
}

/** Append entries in ~1 MB writes: a 100k-entry batch never becomes one 50 MB string. */
async function writeLines(handle: fsp.FileHandle, entries: Iterable<LedgerEntry>): Promise<void> {
  let buf = '';
  for (const e of entries) {
    buf += e.toLine();
    if (buf.length > 1 << 20) {
      await handle.write(buf);
      buf = '';
    }
  }
  if (buf) await handle.write(buf);
}

async function syncDir(dir: string): Promise<void> {
  // Makes the rename itself durable. Not possible on Windows (EPERM/EISDIR): NTFS journals it.
  try {
    const d = await fsp.open(dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  } catch {
    /* best effort */
  }
}

async function load(file: string) {
  const entries = new Map<string, LedgerEntry>();
  const report: LedgerLoadReport = { entries: 0, lines: 0, droppedLines: 0 };
  let size: number;
  try {
    size = (await fsp.stat(file)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return { entries, report, goodBytes: 0, size: 0, damaged: false };
    throw e;
  }
  // goodBytes: end of the last readable, newline-terminated line. A last line without its line
  // break was cut by a crash mid-write, even if what is there happens to parse.
  let goodBytes = 0;
  let offset = 0;
  let damaged = false;
  let pendingBad = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    offset += Buffer.byteLength(line) + 1;
    if (line === '') continue;
    report.lines++;
    const entry = offset <= size ? LedgerEntry.fromLine(line) : undefined;
    if (!entry) {
      report.droppedLines++;
      pendingBad++;
      continue;
    }
    if (pendingBad > 0) damaged = true; // a bad line with good ones after it: not just a torn tail
    pendingBad = 0;
    // A line written before lines carried their first send time: the id's earlier line has it.
    const before = entries.get(entry.appointmentId);
    if (entry.isTombstone) entries.delete(entry.appointmentId);
    else entries.set(entry.appointmentId, before ? entry.firstSentOn(before.firstSentAt) : entry);
    goodBytes = offset;
  }
  report.entries = entries.size;
  return { entries, report, goodBytes, size, damaged };
}
