// One word-and-colour verdict per job for the table and the details panel. Colour is never the
// only signal: every verdict has a label a person (or a screen reader) can read.
import type { EngineStatus, JobSummary } from '../shared/types.ts';

/** `done`: a failure a person marked as handled (muted: it needs nobody any more). */
export type Tone = 'good' | 'busy' | 'warn' | 'bad' | 'done';

export interface JobResult {
  tone: Tone;
  label: string;
}

/** Read, nothing sent, waiting for a person to confirm how the file is read. Not a failure. */
export function isHeld(job: JobSummary): boolean {
  return job.state === 'held';
}

/** A job that needs a person: it failed, Medfusion reported errors, or rows were refused. */
export function needsAttention(job: JobSummary): boolean {
  return (
    job.state === 'failed' || job.outcome === 'ERROR' || job.outcome === 'PARTIAL' || job.counts.errors > 0
  );
}

/** A file that needed a person and was marked as handled (it stays in the history as it was). */
export function isHandled(job: JobSummary): boolean {
  return !!job.handledAt && needsAttention(job);
}

/** Why a job's files wait instead of going out: its practice's sign-in was refused, or sending is
 *  paused. */
export type Stopped = (job: Pick<JobSummary, 'practiceKey'>) => 'sign-in refused' | 'paused' | undefined;

export function stoppedBy(status: EngineStatus | null): Stopped {
  // By the practice's key: a file that arrived before a rename still waits on that practice.
  const refused = new Set(
    (status?.problems ?? []).filter((p) => p.kind === 'credentials').map((p) => p.practiceKey),
  );
  return (job) =>
    job.practiceKey !== undefined && refused.has(job.practiceKey)
      ? 'sign-in refused'
      : status?.paused
        ? 'paused'
        : undefined;
}

export function jobResult(job: JobSummary, stopped?: Stopped): JobResult {
  const result = verdict(job, stopped);
  // Still says what happened, but no longer in alarm colours: a person dealt with it.
  return isHandled(job) ? { tone: 'done', label: `${result.label} · handled` } : result;
}

function verdict(job: JobSummary, stopped?: Stopped): JobResult {
  if (isHeld(job)) return { tone: 'warn', label: 'Held for review' };
  const why = stopped?.(job);
  if (why && (job.state === 'received' || job.state === 'converted' || job.state === 'sending')) {
    // Not "Sending…": nothing moves until someone acts, and the label says so.
    return { tone: why === 'paused' ? 'warn' : 'bad', label: `Waiting: ${why}` };
  }
  if (job.state === 'failed') return { tone: 'bad', label: 'Failed' };
  if (job.outcome === 'ERROR') return { tone: 'bad', label: 'Refused by Medfusion' };
  if (job.outcome === 'PARTIAL') return { tone: 'warn', label: 'Partly processed' };
  if (job.state === 'received' || job.state === 'converted' || job.state === 'sending') {
    return { tone: 'busy', label: 'Sending…' };
  }
  if (job.state === 'accepted' || job.state === 'tracked' || job.outcome === 'PENDING') {
    return {
      tone: 'busy',
      label:
        job.counts.errors > 0 ? 'Sent, some rows refused; awaiting Medfusion' : 'Sent, awaiting Medfusion',
    };
  }
  if (job.counts.errors > 0) return { tone: 'warn', label: 'Processed, some rows refused' };
  if (job.counts.sent === 0) return { tone: 'good', label: 'Nothing new to send' };
  return { tone: 'good', label: 'Processed' };
}
