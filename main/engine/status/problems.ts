// The problems the engine raises, each with a stable id (one notification per problem until it
// is resolved) and words a front-desk person can act on. A practice's problems carry its key
// (credentialKey, its identity for life: ids and matching) and its name (the words), so renaming a
// practice keeps its problems attached to it (see job-practice.ts).
import os from 'node:os';
import path from 'node:path';
import type { PracticeSettings } from '../../model/settings.ts';
import type { JobDetails, Problem } from '../../model/status-and-jobs.ts';
import { INBOX_CHECK_MS } from '../schedule/backoff.ts';
import { JobStepError } from '../job/step-journal.ts';

const UNREACHABLE = new Set([
  'ENOENT',
  'ENOTDIR',
  'EEXIST',
  'EIO',
  'ENOTCONN',
  'EHOSTDOWN',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ESTALE',
  'ENODEV',
]);
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'EBUSY']);

/** What went wrong with a step, and what a person can do about it, from the system's error. */
function stepFailure(err: unknown): { cause: string; todo: string } {
  const e = err as NodeJS.ErrnoException;
  const code = err instanceof JobStepError ? err.code : e?.code;
  const where =
    err instanceof JobStepError ? err.where : e?.path ? path.dirname(e.path) : 'a folder it needs';
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return { cause: `the disk holding ${where} is full`, todo: 'Free some space on that disk.' };
  if (code && NOT_WRITABLE.has(code))
    return {
      cause: `the connector is not allowed to read or write in ${where}`,
      todo: 'Give the user the connector runs as write access to that folder, or choose another inbox in Settings.',
    };
  if (code && UNREACHABLE.has(code))
    return {
      cause: `${where} cannot be reached or is not a folder`,
      todo: "Reconnect the network share or put the folder back (a file with the folder's name in the way must be moved).",
    };
  return {
    cause: e?.message ?? String(err),
    todo: 'If this persists, restart the connector; the file stays where it is.',
  };
}

const STEP_WORDS = {
  send: 'reading, sending or filing it away',
  track: "recording Medfusion's verdict",
  resume: 'finishing a move a restart interrupted',
} as const;
import { displayText } from '../../model/display-text.ts';

function accountName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'this user';
  }
}

type Who = Pick<PracticeSettings, 'name' | 'credentialKey'>;

/** Whose problem it is: the key for matching, the name for people. */
function of(p: Who): Pick<Problem, 'practice' | 'practiceKey'> {
  return { practice: p.name, practiceKey: p.credentialKey };
}

export const problemFor = {
  credentials: (p: PracticeSettings, detail: string): Problem => ({
    id: `credentials:${p.credentialKey}`,
    ...of(p),
    kind: 'credentials',
    message: `Medfusion refused the credentials of ${p.name}; sending for this practice is paused.`,
    hint: `Open Settings → Credentials and enter them again, then choose Resume. (${detail})`,
  }),
  unreachableId: (p: PracticeSettings) => `unreachable:${p.credentialKey}`,
  unreachable: (p: PracticeSettings, detail: string): Problem => ({
    id: `unreachable:${p.credentialKey}`,
    ...of(p),
    kind: 'unreachable',
    message: `Medfusion cannot be reached for ${p.name} right now; the connector keeps trying.`,
    hint: `Check the internet connection. Nothing is lost: files wait until Medfusion answers. (${detail})`,
  }),
  inboxId: (p: PracticeSettings) => `inbox:${p.credentialKey}`,
  inbox: (p: PracticeSettings, detail: string): Problem => ({
    id: `inbox:${p.credentialKey}`,
    ...of(p),
    kind: 'settings',
    message: detail,
    hint: `Check that the folder exists and this computer can reach it (network share connected?), or pick another folder in Settings. The connector tries again every ${INBOX_CHECK_MS / 1000} seconds and goes on by itself once it can.`,
  }),
  unreadableId: (p: PracticeSettings, file: string) => `unreadable:${p.credentialKey}:${file}`,
  unreadable: (p: PracticeSettings, file: string, why: string): Problem => ({
    id: `unreadable:${p.credentialKey}:${file}`,
    ...of(p),
    kind: 'file',
    message: `${displayText(path.basename(file), 120)} in the inbox of ${p.name} cannot be read: ${why}. It waits there and nothing of it is sent.`,
    hint: `Let the account the connector runs as (${accountName()}) read ${displayText(file, 300)}: check the file's permissions (on Windows: Properties → Security), or set the scheduling program to export with them. The connector tries again every 30 seconds and sends it once it can read it.`,
  }),
  settings: (p: PracticeSettings, detail: string): Problem => ({
    id: `settings:${p.credentialKey}`,
    ...of(p),
    kind: 'settings',
    message: `${p.name}: ${detail}`,
    hint: 'Open Settings and correct this practice.',
  }),
  failedId: (jobId: string) => `failed:${jobId}`,
  /** `practice`: the job's practice in the settings now (its current name); without it, the name
   *  and key the job arrived under. */
  failed: (job: JobDetails, practice?: Who): Problem => ({
    id: `failed:${job.id}`,
    ...(practice
      ? of(practice)
      : { practice: job.practice, ...(job.practiceKey ? { practiceKey: job.practiceKey } : {}) }),
    kind: 'file',
    message: displayText(`${job.file} could not be sent: ${job.reason ?? 'see the history'}`, 600),
    hint:
      job.advice ??
      'Open the history to see why, then choose Retry, or Mark as handled once it is dealt with.',
  }),
  stuckId: (jobId: string) => `stuck:${jobId}`,
  /** A job step failed (a full disk, a folder not writable, a share gone); tried again at every
   *  inbox check, resolved once it goes through. */
  stuck: (p: PracticeSettings, job: JobDetails, step: keyof typeof STEP_WORDS, err: unknown): Problem => {
    const { cause, todo } = stepFailure(err);
    return {
      id: `stuck:${job.id}`,
      ...of(p),
      kind: 'file',
      message: `${job.file} of ${p.name} waits: ${STEP_WORDS[step]} failed because ${cause}.`,
      hint:
        `${todo} The connector tries again every ${INBOX_CHECK_MS / 1000} seconds and this message goes away once it works. ` +
        (step === 'send' ? "This practice's later files wait behind it, in order. " : '') +
        'Nothing Medfusion already accepted is sent again.',
    };
  },
  /** A file in the inbox could not be taken in (processing/ not writable, the file not readable). */
  stuckIntake: (p: PracticeSettings, file: string, err: unknown): Problem => {
    const { cause, todo } = stepFailure(err);
    return {
      id: `intake:${p.credentialKey}:${file}`,
      ...of(p),
      kind: 'file',
      message: `${file} in the inbox of ${p.name} could not be taken in: ${cause}.`,
      hint: `${todo} The connector tries again every ${INBOX_CHECK_MS / 1000} seconds; nothing of this file was sent yet.`,
    };
  },
  earlierFailuresId: 'failed-files',
  earlierFailures: (n: number): Problem => ({
    id: 'failed-files',
    kind: 'file',
    message: `${n} file${n === 1 ? '' : 's'} could not be sent and ${n === 1 ? 'waits' : 'wait'} in a failed folder.`,
    hint: 'Open the history (filter: failures) to see why, then choose Retry after fixing the cause, or Mark as handled once it is dealt with another way.',
  }),
  reviewId: (p: PracticeSettings) => `review:${p.credentialKey}`,
  review: (p: PracticeSettings, held: number): Problem => ({
    id: `review:${p.credentialKey}`,
    ...of(p),
    kind: 'review',
    message: `${held} file${held === 1 ? '' : 's'} of ${p.name} ${held === 1 ? 'is' : 'are'} held for review: the connector is not sure how to read ${held === 1 ? 'it' : 'them'}, so nothing was sent.`,
    hint: `Open Settings → Review (or run: appt-connector mapping show --practice "${p.name}") and confirm the mapping once; the held files then go, and the answer is remembered.`,
  }),
  rowsId: (p: PracticeSettings) => `rows:${p.credentialKey}`,
  rows: (p: PracticeSettings, job: JobDetails): Problem => ({
    id: `rows:${p.credentialKey}`,
    ...of(p),
    kind: 'rejected',
    message: `${job.counts.errors} row${job.counts.errors === 1 ? '' : 's'} of ${displayText(job.file, 120)} could not be sent; the other rows went on.`,
    hint: 'Open the history to see each row, what is wrong and what to change in the scheduling software.',
  }),
};
