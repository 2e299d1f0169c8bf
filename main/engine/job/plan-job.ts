// Step "convert": read the export, let change detection decide what must be sent, and cut it
// into batches. Deterministic: after a crash the same file and the same ledger give the same
// answer, so a resumed job re-runs this step to get its appointments back instead of storing
// patient data in the journal. Batches already planned (recorded in the job) are kept as they are.
// A reading counts only when the file did not change while it was read (file-stamp.ts), and a
// snapshot that would cancel an unusually large share of its range is held (mass-cancel.ts).
import type { Appointment, Patient } from '../../model/appointment.ts';
import type { Doubt } from '../../model/doubt.ts';
import type { RowError } from '../../model/row-error.ts';
import type { ImportItem, ImportSummary } from '../../model/import-summary.ts';
import { NOTHING_TO_CANCEL, SkipTally } from '../../model/skipped-rows.ts';
import type { SkippedRows } from '../../model/skipped-rows.ts';
import type { BatchRecord, JobCounts, JobDetails } from '../../model/status-and-jobs.ts';
import { JobStoppedError, pause, type EngineServices, type PracticeContext } from './job-context.ts';
import { sha256File } from './content-hash.ts';
import { fileStamp, MAX_READINGS, SNAPSHOT_QUIET_WINDOWS, stampModifiedMs } from './file-stamp.ts';
import { madeAfter, olderFileDoubt, statedBefore, writtenBefore, type MadeAt } from './older-file.ts';
import { nameStamp, namedLastAfter } from './name-stamp.ts';
import {
  cancelLimitOf,
  cancellationsAccepted,
  isMassCancel,
  massCancelDoubt,
  partialSnapshotDoubt,
} from './mass-cancel.ts';
import { companionTablesIn } from './companion-tables.ts';
import { ExportFileError } from '../../import/read/export-file-error.ts';
import { providerNameKey } from '../../import/map/provider-name.ts';
import { displayText } from '../../model/display-text.ts';
import { afterLastRow, localDay, snapshotRange, wholeDaysRange } from './snapshot-range.ts';
import { DERIVED_ID, ownIdsDoubt, ownIdsOverDerived, personOf } from './own-ids.ts';
import { cancelledUnderNewId, cancelledUnderNewIdDoubt } from './cancelled-under-new-id.ts';
import { offScheduleCancel, offScheduleReason } from './off-schedule.ts';
import { effectiveProfile } from './review-key.ts';
import { identityDoubt, patientMergeDoubt, type IdentityMove } from './identity-doubt.ts';
import { hasNumberId, lostZerosDoubt, type NumberIds } from './lost-zeros.ts';
import { rememberedOrderHeaders, type PracticeMemoryData } from '../practice-memory.ts';
import { refusedIds, sentIds } from './batch-outcomes.ts';
import { PlannedAppointments } from './planned-appointments.ts';
import { refusedRevivals, refusedUnsentRevivals, type Revival } from './revived-cancels.ts';
import { correctedPerson, PatientIdReuse } from './patient-id-reuse.ts';
import { DerivedSlots, LATER, slotClashDoubt } from './derived-slots.ts';
import { movedCancel, movedStatusDoubt, type MovedCancel } from './moved-status.ts';
import { SlotMoves, slotMoveDoubt } from './slot-moves.ts';
import { LaterSnapshots, LEFT_OUT_LATER, snapshotScope } from './later-snapshots.ts';
import { StaleArrivals } from './stale-arrivals.ts';
import { possibleStamp, type ExportRead, type SnapshotScope, type StatedTime } from '../exports-read.ts';
import { isAnswered } from '../../import/trust/answered-checks.ts';
import {
  activeBeside,
  plannedReplacements,
  samePerson,
  samePersonDoubt,
  samePersonTwice,
  type ActiveAppointment,
} from './same-person.ts';
import { leftBehind, leftBehindDoubt } from './left-behind.ts';
import { otherPracticeDoubt, strangerFile } from './other-practice.ts';
import { rewrittenDoubt } from './rewritten-export.ts';

/** An older file read after a later export of the practice (a held file released, a failed job
 *  retried) never changes an appointment that later export listed, sent or unchanged. */
export const LEFT_AS_LATER = 'left as the later export had it (a later export listed this appointment)';
/** The same for a snapshot's cancellation of an appointment this older file does not list. */
export const NOT_CANCELLED_LATER =
  'not in this file, but left as the later export had it (a later export listed it): not cancelled';

/** Why a snapshot that ends before its last page cancels nothing it does not list. */
export function cutShortReason(p: NonNullable<ImportSummary['cutShort']>): string {
  const where =
    'headerOn' in p
      ? `ends with its header printed again on line ${p.headerOn} and no rows under it`
      : `ends on page ${p.page} of ${p.of}`;
  return `not in this file, which ${where} (cut short?): not cancelled; export the whole schedule again`;
}

/** Whether an export later than `job` listed an id (`lastSentBy`: the job that last sent it). */
type AppointmentItem = Extract<ImportItem, { kind: 'appointment' }>;
type LaterExport = (appointmentId: string, lastSentBy: string | undefined) => Promise<boolean>;

/** The appointments of `toSend` that an export made after this file (by its modification time or
 *  its print stamp: older-file.ts) listed or sent: what sending this file would undo. */
async function laterWrittenHad(
  svc: EngineServices,
  ctx: PracticeContext,
  toSend: PlannedAppointments,
  made: MadeAt,
): Promise<string[]> {
  const written = new Map<number, boolean>();
  const writtenLater = async (arrivedMs: number | undefined): Promise<boolean> => {
    if (arrivedMs === undefined || !Number.isFinite(arrivedMs)) return false;
    if (!written.has(arrivedMs))
      written.set(
        arrivedMs,
        madeAfter(await ctx.ledger.exportArrivedAt?.(arrivedMs), made, ctx.stabilityMs ?? 1000),
      );
    return written.get(arrivedMs)!;
  };
  const undone: string[] = [];
  for (const id of toSend.keys()) {
    const appointment = toSend.get(id)!;
    const d = await ctx.ledger.decide(appointment);
    const previous = d.send ? d.previousJob : undefined;
    const sentAt = previous ? Date.parse(svc.journal.get(previous)?.receivedAt ?? '') : undefined;
    if ((await writtenLater(await ctx.ledger.lastListed?.(id))) || (await writtenLater(sentAt)))
      undone.push(id);
  }
  return undone;
}

/** An export that arrived after this file but was written before it (stale-arrivals.ts) is not
 *  later: the ids it alone would keep are noted in `overStale` (with it), for the print stamps. */
function laterExport(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  stale: StaleArrivals | undefined,
  overStale: Map<string, ExportRead>,
): LaterExport {
  const arrivedMs = Date.parse(job.receivedAt);
  /** When each job that last sent an id arrived (few distinct jobs: looked up once each). */
  const arrived = new Map<string, number>();
  const sentAt = (other: string | undefined): number | undefined => {
    if (other === undefined || other === job.id) return undefined;
    if (!arrived.has(other)) arrived.set(other, Date.parse(svc.journal.get(other)?.receivedAt ?? '') || 0);
    return arrived.get(other)!;
  };
  return async (id, lastSentBy) => {
    const later = [sentAt(lastSentBy), await ctx.ledger.lastListed?.(id)].filter(
      (t): t is number => t !== undefined && t > arrivedMs,
    );
    if (later.length === 0) return false;
    const olderOnes = stale ? later.map((t) => stale.at(t)) : [];
    if (!stale || olderOnes.some((e) => e === undefined)) return true;
    overStale.set(id, olderOnes[0]!);
    return false;
  };
}

export interface JobPlan {
  /** Appointments change detection says must go, by AppointmentId (kept as text: see
   *  planned-appointments.ts). */
  toSend: PlannedAppointments;
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
  /** Every appointment id the file lists (sent, unchanged or with a row error): recorded once
   *  the file goes, so an older file read later leaves them as this one had them. */
  listedIds: Set<string>;
  /** Of them, those the file lists as cancelled that were never sent, or that it could not book
   *  for an earlier export said so (refusedRevivals): recorded with them. */
  saidCancelled: Set<string>;
  /** SHA-256 of the content this plan was read from (the file as it was after the reading). */
  contentHash: string;
  /** fileStamp() of the file after the reading; '' when it never settled. */
  fileStamp: string;
  /** Snapshot mode, when the file cancels what it leaves out: what it covers (recorded once it
   *  goes, so an older file read later does not book what it left out: later-snapshots.ts). */
  snapshot?: SnapshotScope;
  /** When the file says it was made (recorded once it goes: a file that says it was made before
   *  it is held, older-file.ts). */
  stated?: StatedTime;
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

/** Everything one reading of the file found, before snapshot cancellations are added. */
interface Reading {
  summary: ImportSummary;
  toSend: PlannedAppointments;
  rowErrors: RowError[];
  presentIds: Set<string>;
  /** Row errors whose appointment id could not be read (snapshot mode then cancels nothing). */
  unidentifiedErrors: number;
  patientIds: Set<string>;
  /** The file's patients by id (other-practice.ts). */
  patients: Map<string, Patient>;
  unchanged: number;
  /** Read again (Retry): what this job itself sent before counts as sent, not as unchanged. */
  sentEarlier: number;
  skipped: SkipTally;
  moves: IdentityMove[];
  /** Ids sent for another patient id of the same person (patients merged): sent once accepted. */
  merges: IdentityMove[];
  /** The providers (participant ids) the file's appointments have. */
  providers: Set<string>;
  /** Their names without title or credentials (providerNameKey): one provider written two ways. */
  providerNames: Set<string>;
  /** Snapshot mode: the locations the file's appointments have. */
  locations: Set<string>;
  /** The file has no location (no column, title or default): its rows carry the practice's name. */
  placeless: boolean;
  /** Booked appointments this file sends (NEW or UPDATE): `patient|startMs` → appointment id. */
  landings: Map<string, string>;
  /** Those of them sent booked before at another start: moved (same-person.ts). */
  moved: Set<string>;
  /** Cancelled rows under an id never sent: `patient|startMs` → appointment id (own-ids.ts). */
  unknownCancels: Map<string, string>;
  /** Their patients by name and birth date: appointment id → personOf (own-ids.ts). */
  unknownCancelPersons: Map<string, string>;
  /** NEW appointments, and cancelled rows under an id never sent, with an id that reads as a
   *  number (lost-zeros.ts). */
  numberIds: NumberIds[];
  /** Rows that book again an appointment sent as cancelled (revived-cancels.ts). */
  revivals: Revival[];
  /** Rows that book, NEW, an appointment the newest export listing it said was cancelled (never
   *  sent): refused in a file that cannot say cancelled (revived-cancels.ts). */
  unsentRevivals: Revival[];
  /** Ids this file lists as cancelled, never sent (JobPlan.saidCancelled). */
  saidCancelled: Set<string>;
  /** Derived ids the ledger's matched one to two starts of this file (derived-slots.ts). */
  slots: DerivedSlots;
  /** `Rescheduled` rows under an id sent booked at another start (moved-status.ts). */
  movedCancels: MovedCancel[];
  /** Rows that move an appointment sent under their derived id (slot-moves.ts). */
  slotMoves: SlotMoves;
  /** Exports that arrived after this file but were written before it (stale-arrivals.ts). */
  stale: StaleArrivals | undefined;
  /** Ids this file changes over such an export's listing, with it. */
  overStale: Map<string, ExportRead>;
}

async function readOnce(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  file: string,
  memory: PracticeMemoryData | undefined,
  /** The file's modification time before this reading, when known. */
  writtenMs: number | undefined,
): Promise<Reading> {
  const { practice } = ctx;
  const r: Reading = {
    summary: undefined as unknown as ImportSummary,
    toSend: new PlannedAppointments(),
    rowErrors: [],
    presentIds: new Set(),
    unidentifiedErrors: 0,
    patientIds: new Set(),
    patients: new Map(),
    unchanged: 0,
    sentEarlier: 0,
    skipped: new SkipTally(),
    moves: [],
    merges: [],
    providers: new Set(),
    providerNames: new Set(),
    locations: new Set(),
    placeless: false,
    landings: new Map(),
    moved: new Set(),
    unknownCancels: new Map(),
    unknownCancelPersons: new Map(),
    numberIds: [],
    revivals: [],
    unsentRevivals: [],
    saidCancelled: new Set(),
    slots: new DerivedSlots(ctx),
    movedCancels: [],
    slotMoves: new SlotMoves(),
    stale: undefined,
    overStale: new Map(),
  };
  const sentBefore = sentIds(job.batches);
  const zone = zoneOf(practice);
  const arrivedMs = Date.parse(job.receivedAt);
  r.stale = await StaleArrivals.of(ctx, job.file, arrivedMs, {
    modifiedMs: writtenMs,
    named: nameStamp(job.file, zone, arrivedMs, writtenMs),
    timeZone: zone,
  });
  const laterListed = laterExport(svc, ctx, job, r.stale, r.overStale);
  const laterSnapshots = await LaterSnapshots.of(ctx, arrivedMs, writtenMs);
  const firstRow = new Map<string, { line: number; patientId: string }>();
  const reuse = new PatientIdReuse(ctx, job.file);
  /** Ids whose CANCEL a row skipped as off the schedule planned (off-schedule.ts). */
  const offSchedule = new Set<string>();
  let appointments = 0;
  /** Rows settled after the file's others (DerivedSlots.settleLater). */
  const deferred: AppointmentItem[] = [];
  /** One appointment row, under the id it settled on (derived-slots.ts). */
  const take = async (item: AppointmentItem, a: Appointment): Promise<void> => {
    const first = firstRow.get(a.appointmentId);
    if (first && first.patientId !== a.patient.patientId) {
      // The same id for another patient is a broken export, not a change: keep the first row.
      r.rowErrors.push(duplicateIdError(job.file, item.line, a.appointmentId, first.line));
      return;
    }
    if (!first) firstRow.set(a.appointmentId, { line: item.line, patientId: a.patient.patientId });
    // Back on the schedule on a later row (the file's last word counts): not cancelled.
    if (offSchedule.delete(a.appointmentId)) r.toSend.forget(a.appointmentId);
    appointments++;
    r.presentIds.add(a.appointmentId);
    r.patientIds.add(a.patient.patientId);
    r.patients.set(a.patient.patientId, a.patient);
    r.providers.add(a.participant.identifier);
    r.providerNames.add(providerNameKey(a.participant.providerName));
    if (practice.snapshotMode) r.locations.add(a.location);
    if (item.unstated?.includes('location')) r.placeless = true;
    const d = await ctx.ledger.decide(a, item.unstated);
    if (
      d.send &&
      d.previousPatientId !== undefined &&
      d.previousPatientId !== a.patient.patientId &&
      !(await sentForCorrected(ctx, a))
    ) {
      // The id was sent for someone else: an UPDATE/CANCEL would move that appointment to
      // this patient (a row counter or a reused id taken for the appointment id). Never sent.
      // The same person under a new id (patients merged) goes on, and holds the file until
      // accepted (identity-doubt.ts).
      const move = {
        appointmentId: a.appointmentId,
        line: item.line,
        sentFor: d.previousPatientId,
        nowFor: a.patient.patientId,
      };
      if (await mergedPatient(ctx, a)) r.merges.push(move);
      else {
        r.moves.push(move);
        return;
      }
    }
    // A patient id the portal knows for another person: never sent under it.
    const otherPerson = d.send ? await reuse.check(a, item.line) : undefined;
    if (otherPerson) {
      r.rowErrors.push(otherPerson);
      return;
    }
    // A later row for the same appointment and patient replaces an earlier one (exports that
    // list an appointment's changes in order): the file's last word counts.
    // An export that arrived after this file has the last word over it: one that listed the
    // id, or a full schedule of its day that left a booked one out (later-snapshots.ts).
    const later = !d.send
      ? undefined
      : (await laterListed(a.appointmentId, d.previousJob))
        ? LEFT_AS_LATER
        : d.appointment.status !== 'CANCEL' && laterSnapshots.leftOut(a)
          ? LEFT_OUT_LATER
          : undefined;
    const moved = d.send && !later && item.movedWord && movedCancel(a, d, item.movedWord, item.line);
    if (moved) {
      r.movedCancels.push(moved);
      return;
    }
    if (d.send && !later) {
      r.toSend.set(a.appointmentId, d.appointment);
      if (d.previousStartMs !== undefined) r.slotMoves.note(a, d.previousStartMs, item.line, item.clock);
      if (a.status !== 'CANCEL') {
        r.landings.set(`${a.patient.patientId}|${a.start.getTime()}`, a.appointmentId);
        if (d.previousStartMs !== undefined && d.previousStartMs !== a.start.getTime())
          r.moved.add(a.appointmentId);
      }
      if (d.previousCancelled)
        r.revivals.push({
          appointmentId: a.appointmentId,
          line: item.line,
          ...(d.previousJob ? { cancelledBy: d.previousJob } : {}),
        });
      if (d.appointment.status === 'NEW' && hasNumberId(a)) r.numberIds.push(numberIds(a, item.line));
      if (d.appointment.status === 'NEW' && (await ctx.ledger.saidCancelledUnsent?.(a.appointmentId)))
        r.unsentRevivals.push({ appointmentId: a.appointmentId, line: item.line });
    } else if (sentBefore.has(a.appointmentId)) r.sentEarlier++;
    else if (d.send) r.skipped.add(later ?? LEFT_AS_LATER, item.line);
    else if (d.reason === 'nothing-to-cancel') {
      // The file's last word is this cancel: an earlier row's booking of the id, planned from
      // this file and never sent, does not go (a reminder's row, then the patient's cancel).
      r.toSend.forget(a.appointmentId);
      r.skipped.add(NOTHING_TO_CANCEL, item.line);
      r.saidCancelled.add(a.appointmentId);
      r.unknownCancels.set(`${a.patient.patientId}|${a.start.getTime()}`, a.appointmentId);
      r.unknownCancelPersons.set(a.appointmentId, personOf(a.patient));
      if (hasNumberId(a)) r.numberIds.push(numberIds(a, item.line));
    } else r.unchanged++;
    if (appointments % 1000 === 0) {
      svc.progress({
        jobId: job.id,
        practice: practice.name,
        file: job.file,
        phase: 'reading',
        done: appointments,
      });
    }
  };
  const gen = svc.importExport(file, {
    practiceId: practice.practiceId,
    ...(practice.timeZone ? { timeZone: practice.timeZone } : {}),
    profile: effectiveProfile(practice, memory, ctx.settingsSince),
    practiceName: practice.name,
    joinFiles: companionTablesIn(practice.inbox),
    savedProfileDir: practice.inbox,
    ...(memory?.dateOrder
      ? {
          dateOrder: memory.dateOrder.order,
          dateOrderSource: memory.dateOrder.source,
          dateOrderHeaders: rememberedOrderHeaders(memory.dateOrder),
        }
      : {}),
  });
  try {
    for (;;) {
      if (svc.signal.aborted) {
        await gen.return(undefined as never).catch(() => undefined);
        throw new JobStoppedError();
      }
      const next = await gen.next();
      if (next.done) {
        for (const item of deferred) {
          const a = r.slots.settleLater(item.appointment, item.line);
          if (!a) continue;
          // Under an id of its own beside the row that took its slot id: like a move of that slot,
          // it goes only when the file accounts for the patient's other appointments of the day.
          const own = item.appointment;
          if (a.appointmentId !== own.appointmentId)
            r.slotMoves.note(own, r.slots.startOfId(own.appointmentId)!, item.line, item.clock);
          await take(item, a);
        }
        r.summary = next.value;
        return r;
      }
      const item = next.value;
      if (item.kind === 'skipped') {
        const earlier = item.appointmentId && firstRow.get(item.appointmentId);
        // Booked on an earlier row, off the schedule on this one (the file's last word counts).
        if (earlier && (item.patientId ?? earlier.patientId) === earlier.patientId)
          r.toSend.forget(item.appointmentId!);
        const gone = await offScheduleCancel(ctx, item);
        if (!gone) {
          r.skipped.add(item.reason, item.line);
          continue;
        }
        const id = gone.cancel.appointmentId;
        // The file says where this appointment is (off the schedule): a snapshot does not count
        // it missing, and an older file read later leaves it as this one had it.
        r.presentIds.add(id);
        if (await laterListed(id, gone.previousJob)) r.skipped.add(LEFT_AS_LATER, item.line);
        else if (sentBefore.has(id)) r.sentEarlier++;
        else {
          r.toSend.set(id, gone.cancel);
          offSchedule.add(id);
          r.skipped.add(offScheduleReason(item), item.line);
        }
      } else if (item.kind === 'error') {
        r.rowErrors.push({ ...item.error, file: job.file });
        // A row with one bad field (a DOB of 1981-13-02) is still in the schedule.
        if (item.error.appointmentId) r.presentIds.add(item.error.appointmentId);
        else if (item.error.line > 0) r.unidentifiedErrors++;
      } else {
        // Under the id already sent for this patient, provider and start (derived-slots.ts).
        const a = await r.slots.settle(item.appointment, item.line);
        if (a === LATER) deferred.push(item);
        else if (a) await take(item, a);
      }
    }
  } catch (err) {
    if (err instanceof JobStoppedError) throw err;
    // One error class stands for "this file cannot be read": the importer's own, else any other
    // failure while reading (a disk error) wrapped in it, so run-job fails the job the same way.
    throw new ExportFileError(
      err instanceof ExportFileError
        ? { ...err.error, file: job.file }
        : {
            file: job.file,
            line: 0,
            message: (err as Error).message,
            hint: 'Check that this is a scheduling export (CSV, TXT or XML) and export it again.',
          },
    );
  }
}

function numberIds(a: Appointment, line: number): NumberIds {
  return { appointmentId: a.appointmentId, patientId: a.patient.patientId, startMs: a.start.getTime(), line };
}

/** The appointment id was last sent for this person under another patient id (samePerson: the
 *  same name and birth date). Asked only of ids that changed patient. */
async function mergedPatient(ctx: PracticeContext, a: Appointment): Promise<boolean> {
  const before = await ctx.ledger.lastSent?.(a.appointmentId);
  return !!before && samePerson(before.patient, a.patient);
}

/** The appointment id was sent for this very person before a name or a birth date was corrected
 *  (patient ids made from them: patient-id-reuse.ts). Asked only of ids that changed patient. */
async function sentForCorrected(ctx: PracticeContext, a: Appointment): Promise<boolean> {
  const before = await ctx.ledger.lastSent?.(a.appointmentId);
  return !!before && correctedPerson(before.patient, a.patient);
}

function stillWritingDoubt(readings: number): Doubt {
  return {
    kind: 'still-writing',
    message:
      `the file kept changing while it was read (${readings} readings); it is most likely still being ` +
      'written, so nothing was sent and it is read again at the next inbox check',
    samples: [],
    question:
      'Nothing to answer if the scheduling software is still exporting. If it stays here, check that ' +
      'no program keeps writing to this file.',
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
  // A resumed job keeps what its first reading found: the ledger has moved on since (batches
  // accepted before the crash now read as unchanged).
  const first = job.state === 'received' || job.state === 'held';
  const quietMs = ctx.stabilityMs ?? 1000;
  // A reading counts only if the file was the same before and after it (file-stamp.ts). The first
  // "before" is the hash taken when the file was taken from the inbox.
  for (let attempt = 1; ; attempt++) {
    const stampBefore = await fileStamp(file);
    const hashBefore = attempt === 1 ? job.contentHash : await sha256File(file);
    let reading: Reading;
    try {
      reading = await readOnce(svc, ctx, job, file, memory, stampModifiedMs(stampBefore));
    } catch (err) {
      // A file that cannot be read (no rows yet under its header, a row cut off) may be an export
      // still being written: an exporter that writes its header and then runs its query. Filed in
      // failed/ at once, what it writes next would follow the moved file there. It fails only once
      // it stayed the same through the reading and three stability windows of quiet after it.
      if (!(err instanceof ExportFileError) || attempt >= MAX_READINGS) throw err;
      if ((await fileStamp(file)) === stampBefore) {
        if (!(await pause(SNAPSHOT_QUIET_WINDOWS * quietMs, svc.signal))) throw new JobStoppedError();
        if ((await fileStamp(file)) === stampBefore) throw err;
      }
      svc.log.info('file changed after a reading that failed; read again', {
        job: job.id,
        practice: practice.name,
      });
      continue;
    }
    const stamp = await fileStamp(file);
    const hash = await sha256File(file);
    let steady = stamp !== '' && stamp === stampBefore && hash === hashBefore;
    if (steady) {
      const plan = await finishPlan(svc, ctx, job, reading, [...doubts], memory, first, hash, stamp);
      if (!(first && plan.wouldCancel > 0)) return plan;
      // A snapshot that cancels (or is held for cancelling too much): rows a pausing exporter has
      // not written yet would read as cancelled. Wait for quiet, then make sure nothing was added.
      if (!(await pause(SNAPSHOT_QUIET_WINDOWS * quietMs, svc.signal))) throw new JobStoppedError();
      steady = (await fileStamp(file)) === stamp;
      if (steady) return plan;
    }
    if (attempt >= MAX_READINGS) {
      // Resumed jobs were judged already (and may be half sent): their step fails and is tried again.
      if (!first)
        throw new Error(`the file ${job.file} kept changing while it was read (${attempt} readings)`);
      svc.log.warn('file kept changing while read; held until it settles', {
        job: job.id,
        practice: practice.name,
        readings: attempt,
      });
      return finishPlan(
        svc,
        ctx,
        job,
        reading,
        [...doubts, stillWritingDoubt(attempt)],
        memory,
        first,
        hash,
        '',
      );
    }
    svc.log.info('file changed while read; reading again', {
      job: job.id,
      practice: practice.name,
      reading: attempt,
    });
    if (!(await pause(quietMs, svc.signal))) throw new JobStoppedError();
  }
}

/**
 * A booked appointment this file sends onto the start of another appointment of the same patient
 * that is on the portal and not in the file, both with derived ids: derived ids number a
 * patient's appointments of a day in file order, so when one of two moves away the other takes
 * its id (the 2 PM consult sent as the 9 AM lab draw's UPDATE, beside the consult's own old id at
 * 2 PM).
 */

function samePatientSameStart(r: Reading, beside: readonly ActiveAppointment[]): Doubt | undefined {
  for (const other of beside) {
    const id = r.landings.get(`${other.patientId}|${other.startMs}`);
    // Ids the export gives are its own: a second one at a start is the practice's booking.
    if (id === undefined || !DERIVED_ID.test(id) || !DERIVED_ID.test(other.appointmentId)) continue;
    const at = new Date(other.startMs).toISOString();
    return {
      kind: 'identity',
      field: 'appointmentId',
      message:
        `appointment id ${id} would be sent for ${at}, where appointment id ${other.appointmentId} of the same ` +
        `patient (${other.patientId}) is already on the portal and this file does not list it: the patient would ` +
        'see two appointments at one time (ids made from the order of a day’s appointments shift when one of them moves); nothing was sent',
      samples: [id, other.appointmentId],
      question:
        'Was the other appointment cancelled or moved? Export with the appointment ids (or the whole schedule, in snapshot mode), so each keeps its own',
    };
  }
  return undefined;
}

function zoneOf(practice: { timeZone?: string }): string {
  return practice.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Snapshot cancellations, the mass-cancel guard, batches and counts of one steady reading. */
async function finishPlan(
  svc: EngineServices,
  ctx: PracticeContext,
  job: JobDetails,
  r: Reading,
  doubts: Doubt[],
  memory: PracticeMemoryData | undefined,
  first: boolean,
  contentHash: string,
  stamp: string,
): Promise<JobPlan & { wouldCancel: number }> {
  const { practice } = ctx;
  const { summary, toSend } = r;
  doubts.push(...(summary.doubts ?? []));
  // A file that cannot say "cancelled" does not book again what a row said was cancelled.
  if (summary.canCancel === false && r.revivals.length) {
    const refused = await refusedRevivals(svc, ctx, r.revivals, job.file);
    const ids = new Set(refused.map((e) => e.appointmentId!));
    for (const id of ids) toSend.forget(id);
    if (ids.size) for (const [k, id] of r.landings) if (ids.has(id)) r.landings.delete(k);
    r.rowErrors.push(...refused);
  }
  // Nor what the newest export listing it said was cancelled, never sent; it stays so listed.
  if (summary.canCancel === false && r.unsentRevivals.length) {
    const refused = refusedUnsentRevivals(r.unsentRevivals, job.file);
    for (const e of refused) {
      toSend.forget(e.appointmentId!);
      r.saidCancelled.add(e.appointmentId!);
    }
    const ids = new Set(refused.map((e) => e.appointmentId!));
    for (const [k, id] of r.landings) if (ids.has(id)) r.landings.delete(k);
    r.rowErrors.push(...refused);
  }
  if (r.moves.length) doubts.push(identityDoubt(r.moves));
  // Merges still sent (not left as a later export had them); a resumed job was accepted when read.
  const merges = r.merges.filter((m) => toSend.get(m.appointmentId)?.patient.patientId === m.nowFor);
  if (
    merges.length &&
    first &&
    !cancellationsAccepted(memory, contentHash, merges.length, 'patient-id-change')
  )
    doubts.push(patientMergeDoubt(merges, practice.name));
  if (r.movedCancels.length) doubts.push(movedStatusDoubt(r.movedCancels));
  if (r.slots.clashes.length) doubts.push(slotClashDoubt(r.slots.clashes));
  const zone = zoneOf(practice);
  const modifiedMs = stampModifiedMs(stamp);
  // A feed of changes (HL7 SIU) is no snapshot, whatever the practice's mode: it lists only what
  // changed, and every appointment it leaves out would be cancelled. Nor is a filed export written
  // again from its start (rewritten-export.ts): it may be caught mid-way.
  const range =
    practice.snapshotMode && !summary.changesOnly && !job.rewriteOf
      ? snapshotRange(summary, zone, modifiedMs)
      : undefined;
  // A derived id moving an appointment while the file leaves out another of that patient's day:
  // the slot may name the wrong one (slot-moves.ts). A snapshot that covers both the one left out
  // (it cancels it) and where the moved one was accounts for them. A resumed job was judged when
  // first read.
  if (first) {
    const cancels = range && r.unidentifiedErrors === 0 ? range : undefined;
    const covers = (ms: number) =>
      cancels !== undefined && ms >= cancels.from.getTime() && ms <= cancels.to.getTime();
    const unsure = await r.slotMoves.unaccounted(
      ctx.ledger,
      (other, move) =>
        r.presentIds.has(other.appointmentId) || (covers(other.startMs) && covers(move.sentStartMs)),
      zone,
    );
    const doubt = unsure.length ? slotMoveDoubt(unsure) : undefined;
    if (doubt && !isAnswered(summary.answered, doubt)) doubts.push(doubt);
  }
  // Ids a spreadsheet stripped of their leading zeros: NEW as written, sent already (lost-zeros.ts).
  // A resumed job was judged when first read.
  if (first) {
    const zeros = await lostZerosDoubt(ctx.ledger, r.numberIds);
    if (zeros) doubts.push(zeros);
  }
  // Outside snapshot mode nothing the file leaves out is cancelled (a snapshot cancels the derived
  // ids it does not list by itself): own ids beside derived ones are held until accepted, then
  // the derived ones are cancelled with this file. A resumed job was accepted when first read.
  if (!range && doubts.length === 0) {
    const days = summary.range && wholeDaysRange(summary.range, zone);
    const found = await ownIdsOverDerived(ctx, r, days, !first);
    if (found && first && !cancellationsAccepted(memory, contentHash, found.replaced.length, 'own-ids'))
      doubts.push(ownIdsDoubt(found, practice.name));
    else if (found && cancellationsAccepted(memory, contentHash, found.replaced.length, 'own-ids'))
      for (const c of found.replaced) if (!toSend.has(c.appointmentId)) toSend.set(c.appointmentId, c);
  }
  // Outside snapshot mode nothing the file leaves out is cancelled: an appointment it moves onto
  // the start of another of the same patient's, which it does not list, would show twice.
  // The same for a NEW at the start of another appointment of the same person (same-person.ts):
  // held, or once accepted for this file, the old one cancelled with it.
  // A snapshot that cancels nothing it leaves out (a report that ends before its last page, a row
  // whose id cannot be read) is as a file outside snapshot mode here: the old one would stay.
  const cancelsLeftOut = !!range && !summary.cutShort && r.unidentifiedErrors === 0;
  if (!cancelsLeftOut && first && doubts.length === 0) {
    const beside = await activeBeside(ctx, r);
    const twice = samePatientSameStart(r, beside);
    const person = twice ? undefined : await samePersonTwice(ctx, r, beside);
    if (twice) doubts.push(twice);
    else if (
      person &&
      !cancellationsAccepted(memory, contentHash, person.replaced.length, 'same-person-twice')
    )
      doubts.push(samePersonDoubt(person, practice.name));
    else if (person) for (const c of person.replaced) toSend.set(c.appointmentId, c);
    // A cancelled row under an id never sent, at the start of the same person's active appointment
    // the file leaves out (`C88120` for the portal's `A88120`): held, or the old one cancelled.
    const renamed = doubts.length === 0 && !person ? await cancelledUnderNewId(ctx, r) : undefined;
    if (renamed && !cancellationsAccepted(memory, contentHash, renamed.replaced.length, 'same-person-twice'))
      doubts.push(cancelledUnderNewIdDoubt(renamed, practice.name));
    else if (renamed) for (const c of renamed.replaced) toSend.set(c.appointmentId, c);
    // The same patient's appointment of another start the file covers and leaves out (left-behind.ts).
    const away = doubts.length === 0 ? await leftBehind(ctx, r, summary.range, zone) : undefined;
    if (away && !cancellationsAccepted(memory, contentHash, away.replaced.length, 'same-person-twice'))
      doubts.push(leftBehindDoubt(away, practice.name));
    else if (away) for (const c of away.replaced) toSend.set(c.appointmentId, c);
  } else if (!cancelsLeftOut && !first) await plannedReplacements(ctx, job.batches, r);
  /** Appointments this reading finds missing (sent or held for it). */
  let wouldCancel = 0;
  let covered: SnapshotScope | undefined;
  // A held file sends nothing, so it cancels nothing either. Nor does a snapshot with a row error
  // whose appointment id cannot be read: that row may be any appointment of the range, and a
  // missing CANCEL is put right by the next clean export, a wrong one is not.
  if (range && doubts.length === 0 && r.unidentifiedErrors === 0) {
    const gone: Appointment[] = [];
    const laterListed = laterExport(svc, ctx, job, r.stale, r.overStale);
    for (const c of await ctx.ledger.cancellationsForSnapshot(range, r.presentIds)) {
      if (toSend.has(c.appointmentId)) continue;
      // The ledger's decision on this CANCEL names the job that last sent the id.
      const d = await ctx.ledger.decide(c);
      if (await laterListed(c.appointmentId, d.send ? d.previousJob : undefined))
        r.skipped.add(NOT_CANCELLED_LATER);
      else gone.push(c);
    }
    // A report that ends before its last page (`Page 1 of 2`, no page 2): what it leaves out may be
    // on the missing page, so nothing is cancelled for being absent; its rows still go.
    const cutShort = summary.cutShort;
    if (cutShort) {
      for (let i = 0; i < gone.length; i++) r.skipped.add(cutShortReason(cutShort));
      gone.length = 0;
    }
    wouldCancel = gone.length;
    // A provider or location the file has no row of at all: a report filtered by provider (its
    // title says `Provider: Ng, Helen MD`) or by office (`Location: North`, every row's location
    // then) cancels every appointment of the others, however few. (A day with no row is no such
    // sign: a stated range cancels the whole day of a day's only appointment.)
    // A provider is seen under its id or its name (an id sent before ids were made from the name's
    // parts, `marisol-reyes-md`, is the file's `reyes-marisol`).
    const unseen = gone.filter(
      (c) =>
        !(
          r.providers.has(c.participant.identifier) ||
          r.providerNames.has(providerNameKey(c.participant.providerName))
        ) || !r.locations.has(c.location),
    );
    // A title that says the report lists only part of its dates' appointments (`Status:
    // Confirmed`, `Appointment Type: Follow Up`): the ones it leaves out may be booked still. And a
    // stated range whose last days have no row while the portal has appointments on two or more
    // of them: the file may stop where its exporter stopped (cut short with no page markers).
    const narrowed = summary.narrowedBy;
    const tail = range && summary.statedRange ? afterLastRow(gone, summary.range, zone) : [];
    const partial = unseen.length
      ? { unseen }
      : narrowed && gone.length
        ? { unseen: gone, why: `its title lists only part of the schedule ('${displayText(narrowed, 60)}')` }
        : tail.length
          ? {
              unseen: tail,
              why: `the file has no row after ${localDay(summary.range!.to, zone)}, before the end of the dates its title states (cut short?)`,
            }
          : undefined;
    if (partial && first && !cancellationsAccepted(memory, contentHash, gone.length, 'partial-snapshot'))
      doubts.push(partialSnapshotDoubt({ cancels: gone, ...partial, practiceName: practice.name }));
    else if (gone.length && first) {
      // Every appointment sent for these dates and not cancelled: the portal's view of the range.
      const onPortal = (await ctx.ledger.cancellationsForSnapshot(range, new Set())).length;
      const limit = cancelLimitOf(practice);
      if (
        isMassCancel(gone.length, onPortal, limit) &&
        !cancellationsAccepted(memory, contentHash, gone.length, 'mass-cancel')
      ) {
        doubts.push(
          massCancelDoubt({
            cancels: gone,
            onPortal,
            range,
            zone,
            limitPercent: limit,
            practiceName: practice.name,
          }),
        );
      }
    }
    if (doubts.length === 0) for (const c of gone) toSend.set(c.appointmentId, c);
    if (!cutShort) covered = snapshotScope(range, r);
  }
  // A file written before an export that arrived earlier and went, or that says it was made
  // before one (its print stamp): it would undo that export's changes (older-file.ts), for the
  // appointments that export listed or sent. One that sends nothing undoes nothing, and neither
  // does one whose appointments no later-made export had (per-provider reports written minutes
  // apart and copied in by name).
  const arrived = Date.parse(job.receivedAt);
  const printed = summary.statedPrintTime && {
    from: summary.statedPrintTime.from.getTime(),
    to: summary.statedPrintTime.to.getTime(),
    text: summary.statedPrintTime.text,
  };
  // A stamp more than a day after the file was written cannot be when it was made (a misread
  // stamp, a report machine's clock set ahead): it states nothing, so it is never remembered and
  // never holds a later export as older (exports-read.ts possibleStamp). The file goes by its
  // modification time alone, as one with no stamp. A modification time more than a day after its
  // arrival is a clock ahead too: it is weighed only against others ahead (exports-read.ts clockAhead).
  const stated = printed && possibleStamp(printed, modifiedMs, arrived) ? printed : undefined;
  if (printed && !stated && first)
    svc.log.warn('print stamp later than the file was written: not used', {
      job: job.id,
      practice: practice.name,
      stamp: printed.text,
      written: modifiedMs === undefined ? undefined : new Date(modifiedMs).toISOString(),
    });
  // Changes made over an export that arrived later but was written before this file: when it says
  // it was made after this file says it was (its print stamp), the clocks disagree. Asked.
  const overStale = [...r.overStale].filter(([id]) => toSend.has(id));
  const stampedLater = stated && overStale.map(([, e]) => statedBefore(e, stated)).find((e) => e);
  if (
    first &&
    doubts.length === 0 &&
    stampedLater &&
    modifiedMs !== undefined &&
    !cancellationsAccepted(memory, contentHash, overStale.length, 'older-file')
  )
    doubts.push(
      olderFileDoubt({
        later: stampedLater,
        file: job.file,
        modifiedMs,
        stated,
        sends: overStale.map(([id]) => id),
        practiceName: practice.name,
      }),
    );
  if (first && doubts.length === 0 && toSend.size > 0 && modifiedMs !== undefined) {
    const byStamp = statedBefore(await ctx.ledger.statedLastBefore?.(arrived), stated);
    // The run time in the file's name, against earlier exports named alike (name-stamp.ts): a copy
    // that got a new modification time on the way keeps its name.
    const zone = zoneOf(practice);
    const named = nameStamp(job.file, zone, arrived, modifiedMs);
    const byName = byStamp
      ? undefined
      : namedLastAfter((await ctx.ledger.exportsArrivedBefore?.(arrived)) ?? [], named, zone);
    const later =
      byStamp ??
      byName ??
      writtenBefore(
        await ctx.ledger.writtenLastBefore?.(arrived, modifiedMs),
        modifiedMs,
        ctx.stabilityMs ?? 1000,
      );
    if (later && !cancellationsAccepted(memory, contentHash, toSend.size, 'older-file')) {
      const undone = await laterWrittenHad(svc, ctx, toSend, {
        modifiedMs,
        ...(stated ? { stated } : {}),
        ...(named ? { named, timeZone: zone } : {}),
      });
      if (undone.length)
        doubts.push(
          olderFileDoubt({
            later,
            file: job.file,
            modifiedMs,
            ...(byStamp && stated ? { stated } : {}),
            ...(byName && named
              ? {
                  named: {
                    file: named.text,
                    later: nameStamp(byName.file, zone, byName.arrivedMs, byName.modifiedMs)!.text,
                  },
                }
              : {}),
            sends: undone,
            practiceName: practice.name,
          }),
        );
    }
  }

  // A filed export written again from its start (rewritten-export.ts): its exporter's next run,
  // or a person's edit made in place. Asked before anything of it is sent; a resumed job was
  // accepted when first read.
  if (
    first &&
    job.rewriteOf &&
    doubts.length === 0 &&
    toSend.size > 0 &&
    !cancellationsAccepted(memory, contentHash, toSend.size, 'filed-rewrite')
  ) {
    const was = svc.journal.get(job.rewriteOf);
    doubts.push(
      rewrittenDoubt({
        file: job.file,
        finishedAt: was?.finishedAt,
        sends: [...toSend.keys()],
        practiceName: practice.name,
      }),
    );
  }

  // Another practice's export (other-practice.ts): nothing of it was ever this practice's. Asked
  // before any of it is booked; a resumed job was judged when first read. Not in the demo
  // practice: trying one's own export there after the demo's files is what it is for.
  if (
    first &&
    !ctx.demo &&
    doubts.length === 0 &&
    toSend.size > 0 &&
    !cancellationsAccepted(memory, contentHash, toSend.size, 'other-practice')
  ) {
    const own = [...toSend.keys()].filter((id) => r.presentIds.has(id));
    const sends = own.map((id) => toSend.get(id)!);
    const arrivedMs = Date.parse(job.receivedAt);
    const parties = {
      listedIds: r.presentIds,
      patients: r.patients,
      sends,
      arrivedMs,
      placeless: r.placeless,
    };
    if (await strangerFile(ctx, parties)) doubts.push(otherPracticeDoubt(own, practice.name));
  }

  const batches = planBatches(job.batches, [...toSend.keys()], svc.batchSize);
  const counts: JobCounts = first
    ? {
        rows: summary.rowsRead,
        sent: r.sentEarlier,
        unchanged: r.unchanged,
        skipped: r.skipped.total,
        errors: r.rowErrors.length,
      }
    : job.counts;
  const skippedRows = first ? r.skipped.list() : (job.skippedRows ?? r.skipped.list());
  return {
    toSend,
    batches,
    counts,
    rowErrors: r.rowErrors,
    skippedRows,
    patientIds: [...r.patientIds],
    listedIds: r.presentIds,
    saidCancelled: r.saidCancelled,
    doubts,
    contentHash,
    fileStamp: stamp,
    wouldCancel,
    ...(covered && doubts.length === 0 ? { snapshot: covered } : {}),
    ...(stated ? { stated } : {}),
    ...(summary.dateOrder ? { dateOrder: summary.dateOrder } : {}),
  };
}

/** Keep planned batches; ids nobody planned yet (after a resume), or that Medfusion refused as
 *  ERROR (after a Retry), go into new batches. */
export function planBatches(existing: BatchRecord[], ids: string[], size: number): BatchRecord[] {
  const refused = refusedIds(existing);
  const planned = new Set(existing.flatMap((b) => b.appointmentIds).filter((id) => !refused.has(id)));
  const fresh = ids.filter((id) => !planned.has(id));
  const out = existing.map((b) => ({ ...b }));
  for (let i = 0; i < fresh.length; i += size) {
    out.push({ index: out.length, appointmentIds: fresh.slice(i, i + size) });
  }
  return out;
}
