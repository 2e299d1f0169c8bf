// One practice's line of the status: what became of its newest export, whether it is watched,
// paused or in test mode, and when the connector tries again by itself. Pure: the engine gathers
// the facts (practice-runner.ts, the journal) and this turns them into a PracticeStatus.
import type { PracticeSettings } from '../../model/settings.ts';
import type { ExportResult, JobSummary, PracticeStatus, Problem } from '../../model/status-and-jobs.ts';
import { stillHandled } from './handled.ts';

/** The built-in sandbox on this computer: whatever such a practice sends reaches no patient.
 *  Only the named environment: a custom loopback address may be a tunnel to the real portal. */
export function isTestEnvironment(practice: Pick<PracticeSettings, 'environment'>): boolean {
  return practice.environment.trim() === 'sandbox';
}

export function exportResult(job: Pick<JobSummary, 'state' | 'outcome' | 'counts'>): ExportResult {
  switch (job.state) {
    case 'held':
      return 'held';
    case 'failed':
      return 'failed';
    case 'accepted':
    case 'tracked':
      return 'awaiting';
    case 'processed':
      if (job.outcome === 'ERROR' && job.counts.sent === 0) return 'failed';
      if (job.outcome === 'ERROR' || job.outcome === 'PARTIAL' || job.counts.errors > 0)
        return 'partly-refused';
      return job.counts.sent > 0 ? 'sent' : 'nothing-new';
    default:
      return 'in-progress';
  }
}

export interface PracticeFacts {
  practice: PracticeSettings;
  latest?: JobSummary;
  watching: boolean;
  nextCheckAt?: string;
  pausedUntil?: string;
  waitingInInbox: number;
  inProgress: number;
}

/** The status line, without the problem counts (the status board adds those). */
export type PracticeLine = Omit<PracticeStatus, 'problems' | 'signInRefused'>;

export function practiceLine(f: PracticeFacts): PracticeLine {
  const { practice, latest } = f;
  return {
    name: practice.name,
    credentialKey: practice.credentialKey,
    testMode: isTestEnvironment(practice),
    ...(latest
      ? {
          lastExport: {
            jobId: latest.id,
            file: latest.file,
            at: latest.receivedAt,
            result: exportResult(latest),
            ...(stillHandled(latest) ? { handled: true } : {}),
          },
        }
      : {}),
    watching: f.watching,
    ...(f.nextCheckAt && !f.pausedUntil ? { nextCheckAt: f.nextCheckAt } : {}),
    ...(f.pausedUntil ? { pausedUntil: f.pausedUntil } : {}),
    waitingInInbox: f.waitingInInbox,
    inProgress: f.inProgress,
  };
}

/** Adds what the problems say about each practice: its problems are those with its key (not its
 *  name: a problem raised before a rename is still the practice's). */
export function withProblems(lines: readonly PracticeLine[], problems: readonly Problem[]): PracticeStatus[] {
  return lines.map((l) => {
    const own = problems.filter((p) => p.practiceKey === l.credentialKey);
    return { ...l, signInRefused: own.some((p) => p.kind === 'credentials'), problems: own.length };
  });
}
