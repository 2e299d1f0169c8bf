// Renderer-side names for the data that crosses the bridge. Derived from the one IPC contract so
// the renderer never imports anything under main/ (not even for types).
import type { ConnectorApi, InvokeMap } from '../../preload/ipc-contract.ts';

export type {
  ActionResult,
  ColumnGuess,
  ConfirmMappingResult,
  ConnectorApi,
  ExportPreview,
  ReviewAnswers,
  StatusAnswer,
  PracticeView,
  SettingsView,
} from '../../preload/ipc-contract.ts';

export type EngineStatus = InvokeMap['getStatus'][1];
export type JobSummary = InvokeMap['listJobs'][1][number];
export type JobDetails = NonNullable<InvokeMap['getJob'][1]>;
export type DailyCount = InvokeMap['dailyCounts'][1][number];
export type HistoryQuery = InvokeMap['queryHistory'][0];
export type HistoryPage = InvokeMap['queryHistory'][1];
export type HistoryResult = NonNullable<HistoryQuery['result']>;
export type RowError = JobDetails['rowErrors'][number];
export type BatchRecord = JobDetails['batches'][number];
export type PracticeSettings = InvokeMap['savePractice'][0];
export type SecretValues = InvokeMap['setSecrets'][0]['values'];
export type SecretName = keyof SecretValues;
export type Problem = EngineStatus['problems'][number];
export type Doubt = NonNullable<JobDetails['doubts']>[number];

declare global {
  interface Window {
    /** Exposed by the preload (contextBridge) in the app, by the test bridge in Chromium tests. */
    connector?: ConnectorApi;
  }
}
