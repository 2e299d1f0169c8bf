// Runtime checks for every IPC argument. Arguments arrive from the renderer as `unknown` and the
// renderer is treated as untrusted: each method has one guard, and a value that fails it never
// reaches the service. Electron-free so the Electron handlers and the browser test bridge share it.
import { INVOKE_METHODS, type InvokeMap, type InvokeMethod } from '../../preload/ipc-contract.ts';
import { SECRET_NAMES } from '../credentials/credential-store.ts';
import { practiceSchema } from '../engine/settings/schema.ts';
import { isAfterNoonRange } from '../import/map/after-noon.ts';

type Guard<T> = (value: unknown) => value is T;

const MAX_TEXT = 500;
const MAX_PATH = 4096;
const MAX_SECRET = 8192;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Only the listed keys, no others (a stray key is a sign of a confused or hostile caller). */
function hasOnlyKeys(v: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(v).every((k) => allowed.includes(k));
}

// No control characters: ids and names are shown in windows and written to files.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function isText(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max && !CONTROL.test(v);
}

export function isName(v: unknown): v is string {
  return isText(v, 200) && v.trim().length > 0;
}

function isPath(v: unknown): v is string {
  return isText(v, MAX_PATH) && v.trim().length > 0;
}

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

const isVoid: Guard<void> = (v): v is void => v === undefined;

const HISTORY_QUERY_KEYS = [
  'failedOnly',
  'search',
  'practiceKey',
  'from',
  'to',
  'result',
  'limit',
  'offset',
  'before',
];
const HISTORY_RESULTS = ['problems', 'held', 'in-progress', 'processed'] as const;
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v);

const isHistoryQuery: Guard<InvokeMap['listJobs'][0]> = (v): v is InvokeMap['listJobs'][0] => {
  if (v === undefined) return false;
  if (!isPlainObject(v) || !hasOnlyKeys(v, HISTORY_QUERY_KEYS)) return false;
  return (
    (v.failedOnly === undefined || typeof v.failedOnly === 'boolean') &&
    (v.search === undefined || isText(v.search, 200)) &&
    (v.practiceKey === undefined || isName(v.practiceKey)) &&
    (v.from === undefined || isDay(v.from)) &&
    (v.to === undefined || isDay(v.to)) &&
    (v.result === undefined || (HISTORY_RESULTS as readonly unknown[]).includes(v.result)) &&
    (v.limit === undefined || isInt(v.limit, 1, 5000)) &&
    (v.offset === undefined || isInt(v.offset, 0, 10_000_000)) &&
    (v.before === undefined || isName(v.before))
  );
};

/** The practice's fields and their types come from the settings schema (the one list of them):
 *  a field added there is accepted here with no second list to keep in step. */
const PRACTICE_PROPERTIES: Readonly<Record<string, { type: string; minimum?: number; maximum?: number }>> =
  practiceSchema.properties;
const PRACTICE_FIELDS = Object.keys(PRACTICE_PROPERTIES);

function fitsProperty(v: unknown, p: { type: string; minimum?: number; maximum?: number }): boolean {
  if (p.type === 'boolean') return typeof v === 'boolean';
  if (p.type === 'integer') return isInt(v, p.minimum ?? 0, p.maximum ?? Number.MAX_SAFE_INTEGER);
  return isText(v, MAX_PATH);
}

/** Shape only; the meaning (a real folder, a UUID, a known zone) is checked by settings validation. */
const isPracticeSettings: Guard<InvokeMap['savePractice'][0]> = (v): v is InvokeMap['savePractice'][0] => {
  if (!isPlainObject(v) || !hasOnlyKeys(v, PRACTICE_FIELDS)) return false;
  const required: readonly string[] = practiceSchema.required;
  return PRACTICE_FIELDS.every((k) =>
    v[k] === undefined ? !required.includes(k) : fitsProperty(v[k], PRACTICE_PROPERTIES[k]!),
  );
};

const isSecretsArg: Guard<InvokeMap['setSecrets'][0]> = (v): v is InvokeMap['setSecrets'][0] => {
  if (!isPlainObject(v) || !hasOnlyKeys(v, ['credentialKey', 'values'])) return false;
  if (!isName(v.credentialKey) || !isPlainObject(v.values)) return false;
  const values = v.values;
  return (
    hasOnlyKeys(values, SECRET_NAMES) &&
    Object.values(values).every((s) => typeof s === 'string' && s.length <= MAX_SECRET)
  );
};

const isPreviewArg: Guard<InvokeMap['previewExport'][0]> = (v): v is InvokeMap['previewExport'][0] =>
  isPlainObject(v) &&
  hasOnlyKeys(v, ['file', 'practice']) &&
  isPath(v.file) &&
  (v.practice === undefined || isName(v.practice));

function isColumnGuess(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    hasOnlyKeys(v, ['field', 'column', 'confidence']) &&
    isName(v.field) &&
    (v.column === null || isText(v.column, 200)) &&
    typeof v.confidence === 'number' &&
    v.confidence >= 0 &&
    v.confidence <= 1
  );
}

const isMappingArg: Guard<InvokeMap['saveMapping'][0]> = (v): v is InvokeMap['saveMapping'][0] =>
  isPlainObject(v) &&
  hasOnlyKeys(v, ['practice', 'file', 'columns']) &&
  isName(v.practice) &&
  isPath(v.file) &&
  Array.isArray(v.columns) &&
  v.columns.length <= 100 &&
  v.columns.every(isColumnGuess);

const STATUS_ANSWERS = ['new', 'cancel', 'skip'];

/** The twelve-hour answer: a column and a range of hours 1–11, the first not after the last. */
function isAfterNoon(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    hasOnlyKeys(v, ['column', 'from', 'to']) &&
    isName(v.column) &&
    isAfterNoonRange(v.from, v.to)
  );
}

/** The answer to times marked UTC (a `utc-night` doubt): a column, and its clock really UTC or the
 *  practice's own. */
function isMarkedUtc(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    hasOnlyKeys(v, ['column', 'reading']) &&
    isName(v.column) &&
    (v.reading === 'local' || v.reading === 'utc')
  );
}

/** The answer that midnight in a start column means no time was saved: a column. */
function isMidnightUntimed(v: unknown): boolean {
  return isPlainObject(v) && hasOnlyKeys(v, ['column']) && isName(v.column);
}

/** Locations answered to keep another clock: up to 100 of a location and a zone's name. */
function isLocationZones(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length <= 100 &&
    v.every(
      (l) => isPlainObject(l) && hasOnlyKeys(l, ['location', 'zone']) && isName(l.location) && isName(l.zone),
    )
  );
}

function isReviewAnswers(v: unknown): boolean {
  if (
    !isPlainObject(v) ||
    !hasOnlyKeys(v, [
      'statusWords',
      'dateOrder',
      'nameOrder',
      'sheet',
      'blankDate',
      'afterNoon',
      'markedUtc',
      'midnightUntimed',
      'locationZones',
    ])
  )
    return false;
  const words = v.statusWords;
  return (
    (v.afterNoon === undefined || isAfterNoon(v.afterNoon)) &&
    (v.markedUtc === undefined || isMarkedUtc(v.markedUtc)) &&
    (v.midnightUntimed === undefined || isMidnightUntimed(v.midnightUntimed)) &&
    (v.locationZones === undefined || isLocationZones(v.locationZones)) &&
    (v.sheet === undefined || isName(v.sheet)) &&
    (v.dateOrder === undefined || v.dateOrder === 'DMY' || v.dateOrder === 'MDY') &&
    (v.nameOrder === undefined || v.nameOrder === 'first-last' || v.nameOrder === 'last-first') &&
    // Blank dates answer: only 'above' (an empty date is the day of the row above).
    (v.blankDate === undefined || v.blankDate === 'above') &&
    (words === undefined ||
      (Array.isArray(words) &&
        words.length <= 100 &&
        words.every(
          (w) =>
            isPlainObject(w) &&
            hasOnlyKeys(w, ['word', 'meaning']) &&
            isName(w.word) &&
            STATUS_ANSWERS.includes(w.meaning as string),
        )))
  );
}

/** Exactly one source: a held job by id, or a sample export (with its practice, or none). */
const isSheetArg: Guard<InvokeMap['previewSheet'][0]> = (v): v is InvokeMap['previewSheet'][0] =>
  isPlainObject(v) &&
  isName(v.sheet) &&
  (hasOnlyKeys(v, ['jobId', 'sheet'])
    ? isName(v.jobId)
    : hasOnlyKeys(v, ['file', 'practice', 'sheet']) &&
      isPath(v.file) &&
      (v.practice === undefined || isName(v.practice)));

/** Exactly one source: a held job by id, or a sample export picked in the window. */
const isConfirmArg: Guard<InvokeMap['confirmMapping'][0]> = (v): v is InvokeMap['confirmMapping'][0] =>
  isPlainObject(v) &&
  hasOnlyKeys(v, ['practice', 'jobId', 'file', 'columns', 'answers', 'seen']) &&
  isName(v.practice) &&
  (v.seen === undefined || (typeof v.seen === 'string' && /^[0-9a-f]{64}$/.test(v.seen))) &&
  (v.jobId === undefined) !== (v.file === undefined) &&
  (v.jobId === undefined || isName(v.jobId)) &&
  (v.file === undefined || isPath(v.file)) &&
  Array.isArray(v.columns) &&
  v.columns.length <= 100 &&
  v.columns.every(isColumnGuess) &&
  isReviewAnswers(v.answers);

const PAUSE_LENGTHS: readonly string[] = ['hour', 'tomorrow'];

/** A practice by name and one of the offered lengths: never a time from the window. */
const isPauseArg: Guard<InvokeMap['pausePractice'][0]> = (v): v is InvokeMap['pausePractice'][0] =>
  isPlainObject(v) &&
  hasOnlyKeys(v, ['practice', 'length']) &&
  isName(v.practice) &&
  typeof v.length === 'string' &&
  PAUSE_LENGTHS.includes(v.length);

export const ARG_GUARDS: { [M in InvokeMethod]: Guard<InvokeMap[M][0]> } = {
  getStatus: isVoid,
  listJobs: isHistoryQuery,
  queryHistory: isHistoryQuery,
  exportHistory: isHistoryQuery,
  // A receipt number or two for a support call, never a document.
  copyText: (v): v is string => isText(v, 2000) && v.length > 0,
  getJob: isName,
  dailyCounts: (v): v is number => isInt(v, 1, 366),
  retryJob: isName,
  markHandled: isName,
  showJobInFolder: isName,
  getSettings: isVoid,
  savePractice: isPracticeSettings,
  removePractice: isName,
  setRetentionDays: (v): v is number => isInt(v, 0, 3650),
  setStartAtLogin: (v): v is boolean => typeof v === 'boolean',
  finishFirstRun: isVoid,
  setSecrets: isSecretsArg,
  testConnection: isName,
  pickFolder: isVoid,
  pickFile: isVoid,
  previewExport: isPreviewArg,
  saveMapping: isMappingArg,
  openReview: isName,
  resume: isVoid,
  openSettings: isName,
  pausePractice: isPauseArg,
  resumePractice: isName,
  sendNow: isName,
  openInbox: isName,
  previewHeldFile: isName,
  previewSheet: isSheetArg,
  confirmMapping: isConfirmArg,
};

export function isInvokeMethod(v: unknown): v is InvokeMethod {
  return typeof v === 'string' && (INVOKE_METHODS as readonly string[]).includes(v);
}

/** True when `arg` is acceptable for `method`. */
export function checkArgument<M extends InvokeMethod>(method: M, arg: unknown): arg is InvokeMap[M][0] {
  return (ARG_GUARDS[method] as (v: unknown) => boolean)(arg);
}
