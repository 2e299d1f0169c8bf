// Which practice a job belongs to. A job names its practice twice: `practice`, the name it had
// when the file arrived (words for people: the history, logs, messages), and `practiceKey`, the
// practice's stable identity, its `credentialKey` (chosen once when the practice is added and
// kept for life; its keychain entries and confirmed mapping profile are filed under it too). The
// engine matches jobs to practices by the key only, so renaming a practice orphans nothing.
// A history not yet upgraded (history format 2, read before this version's first start) has no
// keys: its jobs are matched by name.
import type { PracticeSettings } from '../model/settings.ts';
import type { JobSummary } from '../model/status-and-jobs.ts';

export function belongsTo(
  job: Pick<JobSummary, 'practice' | 'practiceKey'>,
  practice: Pick<PracticeSettings, 'name' | 'credentialKey'>,
): boolean {
  return job.practiceKey !== undefined
    ? job.practiceKey === practice.credentialKey
    : job.practice === practice.name;
}

/** The practice of the settings this job belongs to, if it is still there. */
export function practiceOfJob<P extends Pick<PracticeSettings, 'name' | 'credentialKey'>>(
  practices: readonly P[],
  job: Pick<JobSummary, 'practice' | 'practiceKey'>,
): P | undefined {
  return practices.find((p) => belongsTo(job, p));
}
