// One line of the sent ledger: what was last sent for one appointment id. The line is
// `{meta JSON}<TAB>{appointment JSON}`; the body stays a string in memory and is parsed only
// when needed (a CANCEL must carry it), which keeps 100k+ ids cheap to hold.
// A line carries two fingerprints (fingerprint.ts): `fp`, words as written, the one the release
// before decided by (so that the app put back to it finds every line as it left it), and `fd`,
// words plain, the one this release decides by. A line written before `fd` existed gets it
// from its body the first time it is compared: the body is exactly what was sent, so the
// upgrade sends nothing again and needs no pass over the file at open.
import type { Appointment } from '../model/appointment.ts';
import { fingerprint, writtenFingerprint } from './fingerprint.ts';

export const LEDGER_VERSION = 1;
/** The rule of plain words (fingerprint.ts plainWords) a line's `fd` is made by. Raise it when
 *  that rule changes: an `fd` kept from another rule would compare the same visit as changed (an
 *  UPDATE for nothing to every such patient) or a changed one as the same. */
export const FD_RULE = 2;

interface EntryMeta {
  v: number;
  id: string;
  /** Words as written (fingerprint.ts); '' for an unsettled line: it matches nothing. */
  fp: string;
  /** Words plain (the fingerprint decided by): absent on a line written before this rule (or whose body was never read
   *  since) and on an unsettled one. */
  fd?: string;
  /** The rule of plain words `fd` was made by (FD_RULE); a line whose `fd` another rule made
   *  (none: release 62d's, which folded vowel signs away) gets it again from its body. */
  fr?: number;
  /** Last thing sent was a CANCEL. */
  c: boolean;
  /** Start of the appointment, epoch ms (snapshot cancellations filter on it). */
  t: number;
  /** When Medfusion accepted it. */
  at: string;
  /** Body length: a torn line (crash mid-write) fails this check. */
  n: number;
  /** The job that sent it (absent on lines written before jobs were named). */
  j?: string;
  /** For an UPDATE or CANCEL: the job whose NEW it builds on (SentRecord.newBy). */
  nb?: string;
  /** When the id was first accepted, if before `at` (SentRecord.firstSentAt): a compacted ledger
   *  keeps only the last line of an id, so the first time travels with it. */
  f?: string;
}

/** What the ledger knows about the last accepted send of one appointment id. */
export interface SentRecord {
  appointmentId: string;
  fingerprint: string;
  /** The last thing sent for this id was a CANCEL. */
  cancelled: boolean;
  /** ISO time the batch carrying it was accepted. */
  sentAt: string;
  /** The appointment's start in epoch milliseconds. */
  startMs: number;
  /** The full body last sent (with the status it was sent with). */
  readonly appointment: Appointment;
  /** The job that sent it, when known: a later job's send is never undone by an earlier job's
   *  verdict, nor overwritten by an earlier job's file. */
  sentBy?: string;
  /** For an UPDATE or CANCEL: the job that sent the NEW it builds on, when known. Its verdict may
   *  come after this send (tracking runs beside the next files): if Medfusion refused that NEW, it
   *  never held the id, and this UPDATE or CANCEL went to an id it does not know. */
  newBy?: string;
  /** ISO time the id was first accepted (its NEW), kept through later sends and compaction: the
   *  history a file is judged by counts an id from then (other-practice.ts). */
  readonly firstSentAt: string;
}

/** A line's fingerprints (EntryMeta fp and fd); `decided` is filled in when first worked out. */
interface Prints {
  written: string;
  decided?: string;
}
const UNSETTLED: Prints = { written: '' };

export class LedgerEntry implements SentRecord {
  private parsed?: Appointment;

  constructor(
    readonly appointmentId: string,
    private readonly prints: Prints,
    readonly cancelled: boolean,
    readonly sentAt: string,
    readonly startMs: number,
    private readonly body: string,
    readonly sentBy?: string,
    readonly newBy?: string,
    /** Set only when earlier than `sentAt` (firstSentAt reads `sentAt` otherwise). */
    private readonly firstAt?: string,
  ) {}

  get firstSentAt(): string {
    return this.firstAt ?? this.sentAt;
  }

  /** The fingerprint decided by (words plain); '' when unsettled. */
  get fingerprint(): string {
    const p = this.prints;
    if (p.written === '') return '';
    // Not kept parsed: a ledger of 100k ids holds bodies as text.
    p.decided ??= fingerprint(this.parsed ?? reviveAppointment(this.body));
    return p.decided;
  }

  /** Whether Medfusion holds what this line says was sent (see unsettled). */
  get settled(): boolean {
    return this.prints.written !== '';
  }

  /** The same line, first sent at `first` (a ledger written before lines carried it: load). */
  firstSentOn(first: string): LedgerEntry {
    if (first >= this.firstSentAt) return this;
    return new LedgerEntry(
      this.appointmentId,
      this.prints,
      this.cancelled,
      this.sentAt,
      this.startMs,
      this.body,
      this.sentBy,
      this.newBy,
      first,
    );
  }

  get appointment(): Appointment {
    this.parsed ??= reviveAppointment(this.body);
    // A copy, so a caller changing it (e.g. setting status CANCEL) cannot change the ledger.
    return structuredClone(this.parsed);
  }

  /** `previous`: what was last sent for the id before (an UPDATE or CANCEL builds on its NEW). */
  static fromSent(a: Appointment, sentAt: string, sentBy?: string, previous?: LedgerEntry): LedgerEntry {
    const newBy =
      a.status === 'NEW' || !previous
        ? undefined
        : previous.sentStatus === 'NEW'
          ? previous.sentBy
          : previous.newBy;
    return new LedgerEntry(
      a.appointmentId,
      { written: writtenFingerprint(a), decided: fingerprint(a) },
      a.status === 'CANCEL',
      sentAt,
      a.start.getTime(),
      JSON.stringify(a),
      sentBy,
      newBy,
      earlier(previous?.firstSentAt, sentAt),
    );
  }

  /** The patient id it was sent for, read without a full parse (the ledger's id index reads it
   *  for every entry: main/changes/digit-ids.ts). */
  get patientId(): string {
    if (this.parsed) return this.parsed.patient.patientId;
    const KEY = '"patientId":"';
    const from = this.body.indexOf(KEY) + KEY.length;
    const end = this.body.indexOf('"', from);
    const raw = from >= KEY.length && end !== -1 ? this.body.slice(from, end) : '\\';
    // An escape in the id (a quote or backslash in it): read the body properly.
    return raw.includes('\\') ? this.appointment.patient.patientId : raw;
  }

  /** The status this entry was sent with (NEW, UPDATE or CANCEL), read without a full parse. */
  get sentStatus(): string {
    return this.parsed?.status ?? (JSON.parse(this.body) as { status: string }).status;
  }

  /**
   * The same appointment, marked as not settled at Medfusion: its fingerprint matches nothing, so
   * the next export sends it again (as UPDATE), while its body, start and patient stay for the
   * snapshot and identity checks. For an UPDATE or CANCEL that Medfusion processed as ERROR: it
   * still holds the earlier version.
   */
  unsettled(at: string): LedgerEntry {
    return new LedgerEntry(
      this.appointmentId,
      UNSETTLED,
      false,
      at,
      this.startMs,
      this.body,
      this.sentBy,
      this.newBy,
      earlier(this.firstSentAt, at),
    );
  }

  /** A line that says "forget this id" (written by SentLedger.forget). */
  static tombstone(appointmentId: string, at: string): LedgerEntry {
    return new LedgerEntry(appointmentId, UNSETTLED, false, at, 0, '');
  }

  get isTombstone(): boolean {
    return this.body === '';
  }

  toLine(): string {
    const meta: EntryMeta = {
      v: LEDGER_VERSION,
      id: this.appointmentId,
      fp: this.prints.written,
      ...(this.prints.decided !== undefined ? { fd: this.prints.decided, fr: FD_RULE } : {}),
      c: this.cancelled,
      t: this.startMs,
      at: this.sentAt,
      n: this.body.length,
      ...(this.sentBy !== undefined ? { j: this.sentBy } : {}),
      ...(this.newBy !== undefined ? { nb: this.newBy } : {}),
      ...(this.firstAt !== undefined ? { f: this.firstAt } : {}),
    };
    return `${JSON.stringify(meta)}\t${this.body}\n`;
  }

  /** Parse one line (without its line break); undefined when it is torn or not ours. */
  static fromLine(line: string): LedgerEntry | undefined {
    const tab = line.indexOf('\t');
    if (tab === -1) return undefined;
    let meta: EntryMeta;
    try {
      meta = JSON.parse(line.slice(0, tab)) as EntryMeta;
    } catch {
      return undefined;
    }
    const body = line.slice(tab + 1);
    if (meta.v !== LEDGER_VERSION || typeof meta.id !== 'string' || body.length !== meta.n) return undefined;
    const sentBy = typeof meta.j === 'string' ? meta.j : undefined;
    const newBy = typeof meta.nb === 'string' ? meta.nb : undefined;
    const first = typeof meta.f === 'string' ? earlier(meta.f, meta.at) : undefined;
    const prints: Prints =
      meta.fp === ''
        ? UNSETTLED
        : typeof meta.fd === 'string' && meta.fr === FD_RULE
          ? { written: meta.fp, decided: meta.fd }
          : { written: meta.fp };
    return new LedgerEntry(meta.id, prints, meta.c, meta.at, meta.t, body, sentBy, newBy, first);
  }
}

/** `first` when it is before `at` (ISO times compare as text), else nothing: a line's first
 *  send time is written only when it differs from its own. */
function earlier(first: string | undefined, at: string): string | undefined {
  return first !== undefined && first < at ? first : undefined;
}

/** Appointment JSON back to the model (dates were written as ISO text). */
export function reviveAppointment(json: string): Appointment {
  const a = JSON.parse(json) as Appointment & { start: string; balance?: { dueBy: string; amount: string } };
  const out = a as unknown as Appointment;
  out.start = new Date(a.start);
  if (a.balance) out.balance = { ...a.balance, dueBy: new Date(a.balance.dueBy) };
  return out;
}
