// Public surface of change detection (the engine imports from here).
export {
  SentLedger,
  LEDGER_FILE,
  LedgerLockedError,
  type SentLedgerOptions,
  type LedgerLoadReport,
  type PatientSent,
} from './sent-ledger.ts';
export { ListedIds, LISTED_IDS_FILE } from './listed-ids.ts';
export { fingerprint } from './fingerprint.ts';
export type { ChangeDecision } from './change-decision.ts';
export type { SentRecord } from './ledger-entry.ts';
