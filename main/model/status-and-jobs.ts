// Contract between the engine and everything that shows it (CLI, desktop tray, history window).
// Plain data only: these objects cross IPC. Never put secrets or patient names here except in
// row-level error details, which stay on this machine.
import type { Doubt } from './doubt.ts';
import type { RowError } from './row-error.ts';
import type { SkippedRows } from './skipped-rows.ts';

export type EngineState = 'idle' | 'working' | 'attention' | 'error';

export interface Problem {
  /** Stable id: the same problem keeps the same id until resolved (one notification per problem). */
  id: string;
  /** The practice's name when the problem was raised: words only, for messages and titles. */
  practice?: string;
  /** The practice's stable identity, its credentialKey: what a problem is matched to its practice
   *  by (its status line, its buttons, its history filter), so a rename keeps it attached. Set
   *  whenever `practice` is. */
  practiceKey?: string;
  /** `review`: files of this practice are held for review (nothing sent); a person confirms the
   *  mapping once. */
  kind: 'credentials' | 'rejected' | 'unreachable' | 'file' | 'settings' | 'review';
  message: string;
  hint: string;
}

export interface EngineStatus {
  state: EngineState;
  paused: boolean;
  /** Appointments sent today, jobs waiting, jobs failed (not yet retried nor marked as handled), files held for review
   *  (not failures: they go once a person confirms the mapping). `held` is always set by the
   *  engine; optional only so that older status snapshots still type-check. */
  counts: { sentToday: number; queued: number; failed: number; held?: number };
  lastSuccessAt?: string;
  problems: Problem[];
  /** One entry per practice, in settings order (status/practice-status.ts). Always set by the
   *  engine; optional only so that older status snapshots and stand-ins still type-check. */
  practices?: PracticeStatus[];
}

/** What became of a practice's newest export, in the words the status panel uses. `nothing-new`:
 *  read and compared, nothing had changed since it was last sent. `awaiting`: sent, Medfusion has
 *  not given its verdict yet. */
export type ExportResult =
  'sent' | 'nothing-new' | 'partly-refused' | 'failed' | 'held' | 'in-progress' | 'awaiting';

export interface PracticeStatus {
  name: string;
  credentialKey: string;
  /** On the built-in sandbox (environment `sandbox`): nothing it sends reaches patients. */
  testMode: boolean;
  /** The newest export taken from its inbox: when it arrived and what became of it. */
  lastExport?: { jobId: string; file: string; at: string; result: ExportResult; handled?: boolean };
  /** Its inbox is watched now: a new export is taken within seconds. */
  watching: boolean;
  /** When the connector tries again by itself, when known: the next attempt of a file waiting
   *  for Medfusion to answer. */
  nextCheckAt?: string;
  /** Paused by a person until then (its exports wait in the inbox, untouched). */
  pausedUntil?: string;
  /** Exports left waiting in the inbox because of the pause. */
  waitingInInbox: number;
  /** Files taken in and not finished yet (reading, sending, awaiting Medfusion). */
  inProgress: number;
  /** Medfusion refused its sign-in: nothing of it is sent until the credentials are fixed. */
  signInRefused: boolean;
  /** Problems of this practice that need a person (status.problems with its key). */
  problems: number;
}

/** `held`: read, nothing sent, waiting for a person to confirm the mapping (see model/doubt.ts). */
export type JobState =
  'received' | 'held' | 'converted' | 'sending' | 'accepted' | 'tracked' | 'processed' | 'failed';

export interface JobCounts {
  rows: number;
  sent: number;
  unchanged: number;
  skipped: number;
  errors: number;
}

export interface BatchRecord {
  index: number;
  appointmentIds: string[];
  httpStatus?: number;
  dataJobId?: string;
  messageId?: string;
  location?: string;
  /** Server's own words on rejection (first 2 KB). */
  serverText?: string;
  /** Per appointment id: COMPLETED | ERROR | INPROGRESS, with the error description. */
  outcomes?: Record<string, { state: string; error?: string }>;
}

export interface JobSummary {
  id: string;
  file: string;
  /** The practice's name when the file arrived: words only (see job-practice.ts). */
  practice: string;
  /** The practice's stable identity, its credentialKey: what the engine matches jobs by, so a
   *  rename keeps them. Absent only in a history read before its upgrade to format 3. */
  practiceKey?: string;
  receivedAt: string;
  finishedAt?: string;
  state: JobState;
  counts: JobCounts;
  dataJobIds: string[];
  messageIds: string[];
  /** Overall processing outcome at Medfusion. */
  outcome?: 'COMPLETED' | 'ERROR' | 'PARTIAL' | 'PENDING';
  /** One-line reason when failed. */
  reason?: string;
  /** Patient ids in this job (for search by patient id; never names). */
  patientIds?: string[];
  /** When a person marked this failed or partly refused file as handled (Engine.markHandled);
   *  cleared when it is retried. In the journal's details; the history adds it to list rows. */
  handledAt?: string;
  /** Appointments Medfusion refused (ERROR) and not stored since (status/refused-count.ts). Not
   *  kept in the journal: the history adds it to rows whose outcome is ERROR or PARTIAL. */
  refusedByMedfusion?: number;
  /** The engine's answers for the windows' buttons, so they keep no copy of its rules: may this file
   *  be retried (engine/retry-job.ts canRetry), may it be marked as handled (engine/status/handled.ts
   *  canMarkHandled). Set by the history the windows read (app-service/engine-adapters.ts). */
  canRetry?: boolean;
  canMarkHandled?: boolean;
}

export interface JobDetails extends JobSummary {
  rowErrors: RowError[];
  /** Why the job is held for review (state 'held'): what the connector is not sure of. */
  doubts?: Doubt[];
  /** Fingerprint of the mapping and practice memory the job was held under: when either changes
   *  (a person confirmed the mapping), the running engine reads the file again. */
  heldUnder?: string;
  /** Rows deliberately not sent, per reason with their first lines (absent in older jobs). */
  skippedRows?: SkippedRows[];
  batches: BatchRecord[];
  /** Where the source file is now (processed/… or failed/…). */
  archivedPath?: string;
  /** Where the file is being moved: journaled BEFORE the move, removed with the write that records
   *  its new place. A job found with it after a crash has its file at one of the two places. */
  movingTo?: string;
  /** A copy with the same content as this job (its file goes straight to processed/). */
  duplicateOf?: string;
  /** What to do, in plain words, when the job needs attention. */
  advice?: string;
  /** SHA-256 (hex) of the source file's bytes: the same content dropped twice is recognised. */
  contentHash?: string;
  /** The size in bytes of that content: a filed file that grew still begins with it
   *  (engine/filed-growth.ts). */
  contentSize?: number;
  /** Where the source file was picked up (absolute path in the inbox). */
  sourcePath?: string;
  /** Send attempts so far for the batch in flight (transient failures are retried). */
  attempts?: number;
  /** ISO time before which the next retry must not start (survives a restart). */
  nextAttemptAt?: string;
  /** ISO time since when Medfusion has not answered this job (network, 5xx, 429); `reason` then
   *  says "Waiting for Medfusion since 09:12". Cleared once it answers. Never a failure. */
  waitingSince?: string;
  /** The job whose filed file its exporter wrote again from the start, giving this job's content
   *  (engine/filed-growth.ts): read as an export of its own, it cancels nothing by being a
   *  snapshot, and nothing of it is sent until a person accepts it (job/rewritten-export.ts). */
  rewriteOf?: string;
}

/** The history's result filter, from what the person wants to find:
 *  `problems`: failed, refused by Medfusion (in part or all), rows refused, or held for review;
 *  `held`: held for review; `in-progress`: being read or sent, or waiting for Medfusion;
 *  `processed`: finished with nothing refused. */
export type HistoryResult = 'problems' | 'held' | 'in-progress' | 'processed';

export interface HistoryQuery {
  failedOnly?: boolean;
  /** Matches file name, DataJobId, MessageId (part of them, any case) or patient id (whole id). */
  search?: string;
  /** Only this practice's files: its key (credentialKey), so the files it received under an
   *  earlier name are found too. */
  practiceKey?: string;
  /** Received on or after this local day (YYYY-MM-DD). */
  from?: string;
  /** Received on or before this local day (YYYY-MM-DD), the whole day included. */
  to?: string;
  result?: HistoryResult;
  limit?: number;
  /** Cursor: jobs received before this job id. */
  before?: string;
  /** Paging: skip this many matching jobs (newest first). */
  offset?: number;
}

/** One page of the history: the matching jobs from `offset` on, and how many match in all (the
 *  whole history, not only what was read). */
export interface HistoryPage {
  jobs: JobSummary[];
  total: number;
  offset: number;
}

export interface DailyCount {
  day: string; // YYYY-MM-DD
  sent: number;
}
