// Everything one job step needs: the practice it belongs to (its client, its ledger, its inbox)
// and the engine-wide services (journal, clock, HTTP slots, logger, stop signal).
import type { Appointment } from '../../model/appointment.ts';
import type { PracticeSettings } from '../../model/settings.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import type { EngineClient, EngineLogger } from '../engine-ports.ts';
import type { JobStore } from '../job-store/index.ts';
import type { Semaphore } from '../schedule/semaphore.ts';
import type { BackoffPolicy, PollPolicy } from '../schedule/backoff.ts';
import type { ImportItem, ImportOptions, ImportSummary, UnstatedField } from '../../model/import-summary.ts';
import type { PracticeMemory } from '../practice-memory.ts';
import type { ExportRead } from '../exports-read.ts';
import type { SentDigitIds } from '../../changes/digit-ids.ts';
import type { PatientSent } from '../../changes/sent-ledger.ts';

/** The durable journal of jobs: every write is flushed (fsync) before it resolves. */
export type JobJournal = Pick<
  JobStore,
  | 'create'
  | 'update'
  | 'updateBatches'
  | 'get'
  | 'unfinished'
  | 'findByContentHash'
  | 'latestOfPractice'
  | 'counts'
  | 'held'
  | 'list'
>;

/** What change detection says about one appointment read from a file. `previousPatientId`: the
 *  patient this id was last sent for (UPDATE/CANCEL), so a file that moves an id to another
 *  patient is held instead of sent. */
export type Decision =
  | {
      send: true;
      appointment: Appointment;
      previousPatientId?: string;
      /** The job that last sent this id, when known (job ids sort by the time they arrived). */
      previousJob?: string;
      /** What was last sent for this id was a CANCEL: this send brings it back (revived-cancels.ts). */
      previousCancelled?: boolean;
      /** The start this id was last sent with (epoch ms): a derived id sent at another start moves
       *  that appointment (derived-slots.ts). */
      previousStartMs?: number;
    }
  /** `nothing-to-cancel`: a cancelled row for an appointment never sent (counted as skipped). */
  | { send: false; reason?: 'unchanged' | 'nothing-to-cancel' };

/** Per-practice memory of what was sent (the SentLedger, main/changes). */
export interface Ledger {
  /** `unstated`: the fields the appointment's file has no column for (ImportItem.unstated): the
   *  ones sent for its id are kept (changes/kept-details.ts). */
  decide(appointment: Appointment, unstated?: readonly UnstatedField[]): Promise<Decision>;
  /** `sentBy`: the job whose batch Medfusion accepted. */
  record(sent: Appointment[], sentBy?: string): Promise<void>;
  /** Medfusion processed these as ERROR (SentLedger.release): the next export sends them again.
   *  Returns the ids released. */
  release?(appointmentIds: string[], sentBy: string): Promise<string[]>;
  cancellationsForSnapshot(range: { from: Date; to: Date }, presentIds: Set<string>): Promise<Appointment[]>;
  /** Sent, not cancelled, starting at one of `starts` (SentLedger.activeAt). */
  activeAt?(
    starts: ReadonlySet<number>,
    exceptIds: ReadonlySet<string>,
  ): Promise<Array<{ appointmentId: string; patientId: string; startMs: number }>>;
  /** Digit-only ids sent, by their value without leading zeros (SentLedger.digitIds): an id a
   *  spreadsheet stripped of its zeros is new as written but not new to the portal. */
  digitIds?(): Promise<SentDigitIds>;
  /** The id of the appointment sent for this patient id at this start (epoch ms), booked or
   *  cancelled, if one was (derived-slots.ts). */
  sentIdAt?(patientId: string, startMs: number): Promise<string | undefined>;
  /** Appointments sent (booked or cancelled) for these patient ids that start within `range`
   *  (epoch ms, inclusive), with their provider (SentLedger.sentOfPatients, derived-slots.ts). */
  sentOfPatients?(
    patientIds: ReadonlySet<string>,
    range: { from: number; to: number },
  ): Promise<PatientSent[]>;
  /** Anything sent for one of these patient ids or passing `test`; undefined while fewer than
   *  `atLeast` were sent (before `sentBeforeMs`, when given: SentLedger.sentAny, other-practice.ts). */
  sentAny?(
    patientIds: ReadonlySet<string>,
    test: (a: Appointment) => boolean,
    atLeast: number,
    samePerson?: (a: Appointment) => boolean,
    sentBeforeMs?: number,
  ): Promise<boolean | undefined>;
  /** The appointment last sent for this patient id (the newest of them), if any: whom the portal
   *  knows under it (patient-id-reuse.ts). */
  patientSent?(patientId: string): Promise<Appointment | undefined>;
  /** The appointment as last sent under this id (with the status it was sent with), if it was. */
  lastSent?(appointmentId: string): Promise<Appointment | undefined>;
  /** When the newest export that listed this id (sent or unchanged) arrived, epoch ms
   *  (ListedIds, main/changes): an older file read after it leaves the id as that export had it. */
  lastListed?(appointmentId: string): Promise<number | undefined>;
  /** The export that arrived at `arrivedMs` listed these ids (it was read and not held). */
  /** `cancelled`: those of them the export said were cancelled and that were never sent. */
  recordListed?(
    appointmentIds: Iterable<string>,
    arrivedMs: number,
    cancelled?: ReadonlySet<string>,
  ): Promise<void>;
  /** The newest export that listed this id said it was cancelled, and it was never sent (ListedIds). */
  saidCancelledUnsent?(appointmentId: string): Promise<boolean>;
  /** Of the exports read before one that arrived at `arrivedMs`, the one written last
   *  (ExportsRead, exports-read.ts): a file written before it would undo its changes. Only a clock
   *  ahead like this file's (written at `modifiedMs`) or not, like it, is compared (clockAhead). */
  writtenLastBefore?(arrivedMs: number, modifiedMs: number): Promise<ExportRead | undefined>;
  /** Of the exports read before one that arrived at `arrivedMs`, the one that says it was made
   *  last (its print stamp): a file that says it was made before it would undo its changes. */
  statedLastBefore?(arrivedMs: number): Promise<ExportRead | undefined>;
  /** The export read that arrived at `arrivedMs` (its name and modification time), if kept. */
  exportArrivedAt?(arrivedMs: number): Promise<ExportRead | undefined>;
  /** The exports read that arrived before `arrivedMs` (their names: name-stamp.ts). */
  exportsArrivedBefore?(arrivedMs: number): Promise<ExportRead[]>;
  /** The exports read that arrived after `arrivedMs` (a held or retried file's later ones). */
  exportsArrivedAfter?(arrivedMs: number): Promise<ExportRead[]>;
  /** This export was read and goes (its name, modification and arrival times). */
  recordExportRead?(e: ExportRead): Promise<void>;
  close?(): Promise<void>;
}

export type ImportFn = (file: string, opts: ImportOptions) => AsyncGenerator<ImportItem, ImportSummary>;

export interface PracticeContext {
  practice: PracticeSettings;
  client: EngineClient;
  ledger: Ledger;
  /** The settled date order and the last confirmed mapping (practice-memory.ts). */
  memory: PracticeMemory;
  /** When these settings took effect (epoch ms): a mapping confirmed later wins over them. */
  settingsSince: number;
  /** The inbox's stability window (ms): how long a file that changed while read is left alone. */
  stabilityMs?: number;
  /** The built-in demo practice, where any practice's export may be tried on the sandbox: a file
   *  sharing nothing with what it sent before is no stranger there (other-practice.ts). */
  demo?: boolean;
  /** A 401 that survived re-authentication: stop sending for this practice until resumed. */
  pauseForCredentials(message: string): void;
  isPaused(): boolean;
  /** Medfusion cannot be reached for a while (message), or can again (undefined). */
  reportUnreachable(message: string | undefined): void;
}

export interface JobProgress {
  jobId: string;
  practice: string;
  file: string;
  phase: 'reading' | 'sending' | 'tracking';
  done: number;
  total?: number;
}

export interface EngineServices {
  journal: JobJournal;
  importExport: ImportFn;
  clock: () => Date;
  http: Semaphore;
  log: EngineLogger;
  batchSize: number;
  sendPolicy: BackoffPolicy;
  pollPolicy: PollPolicy;
  /** Product version for the Sender header. */
  version: string;
  random: () => number;
  /** Aborted when the engine stops: waits end early, no new step starts. */
  signal: AbortSignal;
  progress(p: JobProgress): void;
  /** A job was written to the journal. */
  changed(job: JobDetails): void;
}

/** Sleep that ends early (returning false) when the engine stops. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A request in flight when the engine stops gets this long to be answered: a POST answered
 *  within it is recorded as accepted instead of being sent again at the next start. */
export const STOP_GRACE_MS = 500;

/** A signal that aborts `graceMs` after `signal` does: for HTTP requests (see STOP_GRACE_MS). */
export function abortedAfter(signal: AbortSignal, graceMs: number): AbortSignal {
  const c = new AbortController();
  // unref(): a request in flight keeps the process alive by itself; with none, the grace must
  // not hold up the exit.
  const later = () => setTimeout(() => c.abort(), graceMs).unref();
  if (signal.aborted) later();
  else signal.addEventListener('abort', later, { once: true });
  return c.signal;
}

/** Thrown out of a long step (reading a large file) when the engine stops: the job is left as the
 *  journal has it and the step runs again at the next start. */
export class JobStoppedError extends Error {
  constructor() {
    super('the connector is stopping');
  }
}
