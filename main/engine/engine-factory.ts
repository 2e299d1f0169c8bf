// Wires the real parts into an Engine for one data folder: the job store (journal + history),
// the rotating log, the importer, change detection per practice, and a Medfusion client per
// practice. The desktop app, `run`, `retry` and `demo` all start the engine through here.
import type { CredentialStore } from '../credentials/credential-store.ts';
import { createPracticeClient } from '../medfusion/practice-client.ts';
import { importExport } from '../import/import-export.ts';
import { createLogger } from '../log/logger.ts';
import { JobStore, applyRetention } from './job-store/index.ts';
import { dataPaths } from './settings/index.ts';
import { tightenDataFolder } from './settings/private-data-folder.ts';
import type { PracticeSettings, Settings } from '../model/settings.ts';
import { Engine, type EngineOptions } from './engine.ts';
import type { ImportFn, Ledger } from './job/job-context.ts';
import { ledgerDir, practiceMemoryFile } from './practice-folder.ts';
import { practiceMemoryAt } from './practice-memory.ts';
import { PRACTICE_PAUSES_FILE, pauseStoreAt } from './practice-pauses.ts';
import path from 'node:path';
import { SentLedger } from '../changes/sent-ledger.ts';
import { ListedIds } from '../changes/listed-ids.ts';
import { ExportsRead } from './exports-read.ts';
import { withSentWording } from './job/sent-wording.ts';
// Imported, not read from disk: the desktop bundle has no package.json beside it.
import packageJson from '../../package.json' with { type: 'json' };

/** The engine's view of the SentLedger (main/changes): a decision carries the appointment to send, status set. */
export async function openSentLedger(dir: string): Promise<Ledger> {
  const ledger = await SentLedger.open(dir);
  // Opened under the ledger's lock, which covers the whole folder.
  let listed: ListedIds;
  let exportsRead: ExportsRead;
  try {
    // First: it keeps no file open.
    exportsRead = await ExportsRead.open(dir);
    listed = await ListedIds.open(dir);
  } catch (err) {
    await ledger.close();
    throw err;
  }
  return {
    async decide(a, unstated) {
      let d = ledger.decide(a, unstated);
      // Words written another way: the ones sent stay (sent-wording.ts).
      if (d.send === 'UPDATE' && d.previous && !d.previous.cancelled) {
        const now = d.appointment ?? a;
        const kept = withSentWording(now, d.previous.appointment);
        // The decision carries no appointment when it is the one decided on: `kept`, not `a`, is
        // then what goes (a visit moved while its words are written another way keeps them).
        if (kept !== now) {
          d = ledger.decide(kept, unstated);
          if (d.send && !d.appointment) d = { ...d, appointment: kept };
        }
      }
      if (d.send)
        return {
          send: true,
          appointment: { ...(d.appointment ?? a), status: d.send },
          ...(d.previous ? { previousPatientId: d.previous.appointment.patient.patientId } : {}),
          ...(d.previous?.sentBy ? { previousJob: d.previous.sentBy } : {}),
          ...(d.previous?.cancelled ? { previousCancelled: true } : {}),
          ...(d.previous ? { previousStartMs: d.previous.startMs } : {}),
        };
      return { send: false, reason: d.reason === 'cancel-never-sent' ? 'nothing-to-cancel' : 'unchanged' };
    },
    record: (sent, sentBy) => ledger.record(sent, sentBy),
    release: (ids, sentBy) => ledger.release(ids, sentBy),
    async cancellationsForSnapshot(range, present) {
      return ledger.cancellationsForSnapshot(range, present);
    },
    async activeAt(starts, except) {
      return ledger.activeAt(starts, except);
    },
    lastSent: async (id) => ledger.get(id)?.appointment,
    patientSent: async (id) => ledger.lastForPatient(id)?.appointment,
    sentIdAt: async (patientId, startMs) => ledger.sentAt(patientId, startMs)?.appointmentId,
    sentOfPatients: async (patientIds, range) => ledger.sentOfPatients(patientIds, range),
    sentAny: async (patientIds, test, atLeast, samePerson, sentBeforeMs) =>
      ledger.sentAny(patientIds, test, atLeast, samePerson, sentBeforeMs),
    digitIds: async () => ledger.digitIds(),
    lastListed: async (id) => listed.lastListed(id),
    recordListed: (ids, arrivedMs, cancelled) => listed.record(ids, arrivedMs, cancelled),
    saidCancelledUnsent: async (id) => listed.saidCancelledUnsent(id),
    writtenLastBefore: async (arrivedMs, modifiedMs) => exportsRead.writtenLastBefore(arrivedMs, modifiedMs),
    statedLastBefore: async (arrivedMs) => exportsRead.statedLastBefore(arrivedMs),
    exportArrivedAt: async (arrivedMs) => exportsRead.arrivedAt(arrivedMs),
    exportsArrivedBefore: async (arrivedMs) => exportsRead.arrivedBefore(arrivedMs),
    exportsArrivedAfter: async (arrivedMs) => exportsRead.arrivedAfter(arrivedMs),
    recordExportRead: (e) => exportsRead.record(e),
    close: async () => {
      try {
        await listed.close();
      } finally {
        await ledger.close();
      }
    },
  };
}

export interface CreateEngineOptions {
  dataDir: string;
  settings: Settings;
  credentials: CredentialStore;
  sandboxUrl?: string;
  clock?: () => Date;
  /** Change detection per practice; default: the SentLedger in the data folder. */
  openLedger?: (practice: PracticeSettings, dir: string) => Promise<Ledger>;
  /** Per-request time limit for Medfusion (default 30 s). */
  requestTimeoutMs?: number;
  /** Also write log lines here (e.g. stderr for `run --verbose`). */
  echo?: (line: string) => void;
  tuning?: Pick<
    EngineOptions,
    'sendPolicy' | 'pollPolicy' | 'maxInFlight' | 'random' | 'inboxCheckMs' | 'stopGraceMs'
  >;
  /** The importer; default the real one (tests inject one that reports doubts). */
  importExport?: ImportFn;
}

export interface RunningEngine {
  engine: Engine;
  journal: JobStore;
  /** Stop the engine, then close the journal and the log. */
  close(): Promise<void>;
  /** A forced exit is coming (second Ctrl+C): flush and close the journal (releasing its lock)
   *  without waiting for the steps in flight. */
  forceClose(): Promise<void>;
}

export function productVersion(): string {
  return packageJson.version;
}

export async function createEngine(opts: CreateEngineOptions): Promise<RunningEngine> {
  const paths = dataPaths(opts.dataDir);
  const clock = opts.clock ?? (() => new Date());
  await tightenDataFolder(paths.root);
  const journal = await JobStore.open(paths.jobs, {
    clock,
    practiceKeys: new Map(opts.settings.practices.map((p) => [p.name, p.credentialKey])),
  });
  const logger = createLogger({ dir: paths.logs, clock, ...(opts.echo ? { echo: opts.echo } : {}) });
  const openLedger = opts.openLedger ?? ((_p: PracticeSettings, dir: string) => openSentLedger(dir));
  const engine = new Engine({
    settings: opts.settings,
    journal,
    createClient: (practice, signal) =>
      createPracticeClient(practice, {
        credentials: opts.credentials,
        sandboxUrl: opts.sandboxUrl,
        timeoutMs: opts.requestTimeoutMs,
        signal,
      }).client,
    openLedger: (practice) => openLedger(practice, ledgerDir(opts.dataDir, practice)),
    importExport: opts.importExport ?? ((file, o) => importExport(file, o)),
    practiceMemory: (practice) => practiceMemoryAt(practiceMemoryFile(opts.dataDir, practice)),
    pauseStore: pauseStoreAt(path.join(paths.root, PRACTICE_PAUSES_FILE)),
    dataDir: opts.dataDir,
    clock,
    logger,
    version: productVersion(),
    applyRetention: async (s) => {
      await applyRetention({
        store: journal,
        inboxes: s.practices.map((p) => p.inbox),
        retentionDays: s.retentionDays,
        now: clock(),
      });
    },
    ...opts.tuning,
  });
  return {
    engine,
    journal,
    close: async () => {
      await engine.stop();
      await journal.close();
      logger.close();
    },
    forceClose: async () => {
      await Promise.all([journal.close().catch(() => undefined), engine.closeLedgersNow()]);
      logger.close();
    },
  };
}
