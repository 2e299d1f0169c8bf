// What the engine needs from the modules around it, as narrow interfaces: the job journal
// (the JobStore, job-store/), the per-practice sent ledger (change detection), the Medfusion client, the
// importer and a logger. The engine takes the real ones as arguments (see engine-factory.ts);
// keeping the seams narrow is what lets the desktop app, the CLI and the tests wire it alike.
import type { PracticeSettings } from '../model/settings.ts';
import type { PostOutcome, StatusOutcome } from '../medfusion/outcomes.ts';

/** The two calls the engine makes to Medfusion; MedfusionClient implements them. */
export interface EngineClient {
  postAppointmentData(xml: string): Promise<PostOutcome>;
  getProcessingStatus(location: string): Promise<StatusOutcome>;
}

/** The practice's client (medfusion/practice-client.ts picks its address and credentials).
 *  `signal` aborts when the engine stops: the client then ends its requests in flight.
 *  Throws when the practice's environment is not a usable address (shown as a settings problem). */
export type CreateClient = (practice: PracticeSettings, signal?: AbortSignal) => EngineClient;

/** Log lines carry ids and counts, never secrets or patients' names. */
export interface EngineLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: EngineLogger = { info() {}, warn() {}, error() {} };
