// Step "convert": read the export, let change detection decide what must be sent, and cut it
// into batches. Deterministic: after a crash the same file and the same ledger give the same
// answer, so a resumed job re-runs this step to get its appointments back instead of storing
// patient data in the journal. Batches already planned (recorded in the job) are kept as they are.
import type { Appointment } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { RowError } from '../../model/row-error.ts';
import type { ImportSummary } from '../../pipeline/types.ts';
import { NOTHING_TO_CANCEL, SkipTally } from '../../model/skipped-rows.ts';
import type { SkippedRows } from '../../model/skipped-rows.ts';
import type { BatchRecord, JobCounts, JobDetails } from '../types.ts';
import { JobStoppedError, type EngineServices, type PracticeContext } from './job-context.ts';
import { companionTablesIn } from './companion-tables.ts';
import { snapshotRange } from './snapshot-range.ts';
import { effectiveProfile } from './review-key.ts';
import { identityDoubt, type IdentityMove } from './identity-doubt.ts';
import type { PracticeMemoryData } from '../practice-memory.ts';

export interface JobPlan {
  /** Appointments change detection says must go, by AppointmentId. */
  toSend: Map<string, Appointment>;
  batches: BatchRecord[];
  counts: JobCounts;
  rowErrors: RowError[];
  /** Why rows were not sent, per reason (counts.skipped is their total). */
  skippedRows: SkippedRows[];
  patientIds: string[];
  /** What the connector is not sure of: non-empty on a first reading means the file is held. */
  doubts: Doubt[];
  /** How this file's numeric dates were read (remembered for the practice once it is sent). */
  dateOrder?: ImportSummary['dateOrder'];
}

/** The error the importer throws for a file it cannot read at all carries a RowError. */
export class FileUnreadableError extends Error {
  constructor(readonly rowError: RowError) {
    super(rowError.message);
  }
}

function rowErrorOf(err: unknown): RowError | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { rowError?: RowError; error?: RowError };
  const r = e.rowError ?? e.error;
  return r && typeof r.message === 'string' ? r : undefined;
}

function duplicateIdError(file: string, line: number, id: string, firstLine: number): RowError {
  return {
    file,
    line,
    field: 'appointmentId',
    value: id,
    message: `appointment id ${id} was already used on line ${firstLine} for another patient; this row was not sent`,
    hint: 'Each appointment needs its own id: check the id column in the scheduling software and export again.',
  };
}

export async function planJob(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  file: string,
): Promise<JobPlan> {
  const { practice } = ctx;
  const doubts: Doubt[] = [];
  let memory: PracticeMemoryData | undefined;
  try {
    memory = await ctx.memory.read();
  } catch (err) {
    // Without it the date order this practice settled is unknown: ask rather than guess.
    doubts.push({
      kind: 'date-order',
      message: (err as Error).message,
      samples: [],
      question: 'Which order are the dates in: day/month (DMY) or month/day (MDY)?',
    });
  }
  const moves: IdentityMove[] = [];
  const toSend = new Map<string, Appointment>();
  const rowErrors: RowError[] = [];
  const presentIds = new Set<string>();
  /** Row errors whose appointment id could not be read (snapshot mode then cancels nothing). */
  let unidentifiedErrors = 0;
  const firstRow = new Map<string, { line: number; patientId: string }>();
  const patientIds = new Set<string>();
  let unchanged = 0;
  const skipped = new SkipTally();
  let appointments = 0;
  const gen = svc.importExport(file, {
    practiceId: practice.practiceId,
    ...(practice.timeZone ? { timeZone: practice.timeZone } : {}),
    profile: effectiveProfile(practice, memory, ctx.settingsSince),
    practiceName: practice.name,
    joinFiles: companionTablesIn(practice.inbox),
    ...(memory?.dateOrder
      ? { dateOrder: memory.dateOrder.order, dateOrderSource: memory.dateOrder.source }
      : {}),
  });
  let summary;
  try {
    for (;;) {
      if (svc.signal.aborted) {
        await gen.return(undefined as never).catch(() => undefined);
        throw new JobStoppedError();
      }
      const next = await gen.next();
      if (next.done) {
        summary = next.value;
        break;
      }
      const item = next.value;
      if (item.kind === 'skipped') skipped.add(item.reason, item.line);
      else if (item.kind === 'error') {
        rowErrors.push({ ...item.error, file: job.file });
        // A row with one bad field (a DOB of 1981-13-02) is still in the schedule.
        if (item.error.appointmentId) presentIds.add(item.error.appointmentId);
        else if (item.error.line > 0) unidentifiedErrors++;
      } else {
        const a = item.appointment;
        const first = firstRow.get(a.appointmentId);
        if (first && first.patientId !== a.patient.patientId) {
          // The same id for another patient is a broken export, not a change: keep the first row.
          rowErrors.push(duplicateIdError(job.file, item.line, a.appointmentId, first.line));
          continue;
        }
        if (!first) firstRow.set(a.appointmentId, { line: item.line, patientId: a.patient.patientId });
        appointments++;
        presentIds.add(a.appointmentId);
        patientIds.add(a.patient.patientId);
        const d = await ctx.ledger.decide(a);
        if (d.send && d.previousPatientId !== undefined && d.previousPatientId !== a.patient.patientId) {
          // The id was sent for someone else: an UPDATE/CANCEL would move that appointment to
          // this patient (a row counter or a reused id taken for the appointment id). Never sent.
          moves.push({
            appointmentId: a.appointmentId,
            line: item.line,
            sentFor: d.previousPatientId,
            nowFor: a.patient.patientId,
          });
          continue;
        }
        // A later row for the same appointment and patient replaces an earlier one (exports that
        // list an appointment's changes in order): the file's last word counts.
        if (d.send) toSend.set(a.appointmentId, d.appointment);
        else if (d.reason === 'nothing-to-cancel') skipped.add(NOTHING_TO_CANCEL, item.line);
        else unchanged++;
        if (appointments % 1000 === 0) {
          svc.progress({
            jobId: job.id,
            practice: practice.name,
            file: job.file,
            phase: 'reading',
            done: appointments,
          });
        }
      }
    }
  } catch (err) {
    if (err instanceof JobStoppedError) throw err;
    const r = rowErrorOf(err);
    throw new FileUnreadableError(
      r
        ? { ...r, file: job.file }
        : {
            file: job.file,
            line: 0,
            message: `the file could not be read: ${(err as Error).message}`,
            hint: 'Check that this is a scheduling export (CSV, TXT or XML) and export it again.',
          },
    );
  }
  doubts.push(...(summary.doubts ?? []));
  if (moves.length) doubts.push(identityDoubt(moves));
  const range = practice.snapshotMode
    ? snapshotRange(summary, practice.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone)
    : undefined;
  // A held file sends nothing, so it cancels nothing either. Nor does a snapshot with a row error
  // whose appointment id cannot be read: that row may be any appointment of the range, and a
  // missing CANCEL is put right by the next clean export, a wrong one is not.
  if (range && doubts.length === 0 && unidentifiedErrors === 0) {
    for (const c of await ctx.ledger.cancellationsForSnapshot(range, presentIds)) {
      if (!toSend.has(c.appointmentId)) toSend.set(c.appointmentId, c);
    }
  }

  const batches = planBatches(job.batches, [...toSend.keys()], svc.batchSize);
  // A resumed job keeps what its first reading found: the ledger has moved on since (batches
  // accepted before the crash now read as unchanged).
  const first = job.state === 'received' || job.state === 'held';
  const counts: JobCounts = first
    ? { rows: summary.rowsRead, sent: 0, unchanged, skipped: skipped.total, errors: rowErrors.length }
    : job.counts;
  const skippedRows = first ? skipped.list() : (job.skippedRows ?? skipped.list());
  return {
    toSend,
    batches,
    counts,
    rowErrors,
    skippedRows,
    patientIds: [...patientIds],
    doubts,
    ...(summary.dateOrder ? { dateOrder: summary.dateOrder } : {}),
  };
}

/** Keep planned batches; ids nobody planned yet (only after a resume) go into new batches. */
export function planBatches(existing: BatchRecord[], ids: string[], size: number): BatchRecord[] {
  const planned = new Set(existing.flatMap((b) => b.appointmentIds));
  const fresh = ids.filter((id) => !planned.has(id));
  const out = existing.map((b) => ({ ...b }));
  for (let i = 0; i < fresh.length; i += size) {
    out.push({ index: out.length, appointmentIds: fresh.slice(i, i + size) });
  }
  return out;
}
