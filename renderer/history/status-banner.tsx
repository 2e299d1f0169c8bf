// The status panel at the top of the history window: the engine's state in words and colour,
// the problem that matters most, and one line per practice with its own buttons
// (practice-lines.tsx). The words carry the meaning; the colour only repeats it (a person who
// cannot tell red from green loses nothing). Files held for review come first when nothing is
// broken: they wait for a person, and the *Review* button takes that person straight to the
// question.
import type { EngineStatus, JobSummary, Problem } from '../shared/types.ts';
import { formatDateTime, plural } from '../shared/format.ts';
import type { Tone } from './job-result.ts';
import { PracticeLines, type PracticeActions } from './practice-lines.tsx';

export function statusHeadline(status: EngineStatus): { tone: Tone; title: string; text: string } {
  const { counts } = status;
  const today = `${plural(counts.sentToday, 'appointment')} sent today`;
  const last = status.lastSuccessAt ? `; last success ${formatDateTime(status.lastSuccessAt)}` : '';
  const refused = status.problems.filter((p) => p.kind === 'credentials');
  if (refused.length > 0) {
    // Nothing of these practices goes out until someone acts: red, whatever else is going on.
    const who = refused.map((p) => p.practice).filter(Boolean);
    return {
      tone: 'bad',
      title: 'Sign-in refused',
      text: `Nothing is sent${who.length ? ` for ${who.join(', ')}` : ''} until the credentials are fixed.`,
    };
  }
  if (status.paused)
    return { tone: 'warn', title: 'Paused', text: `Nothing is sent until you resume. ${today}.` };
  const practices = status.practices ?? [];
  if (practices.length > 0 && practices.every((p) => p.pausedUntil))
    return {
      tone: 'warn',
      title: 'Paused',
      text: `Exports wait in the inbox until the pause ends or you resume. ${today}.`,
    };
  if (status.state === 'error') {
    return {
      tone: 'bad',
      title: 'Not working',
      text: status.problems.length ? 'Sending has stopped:' : 'Sending has stopped.',
    };
  }
  const waiting = counts.held ?? 0;
  if (status.state === 'attention' || waiting > 0) {
    const n = counts.failed;
    if (n === 0 && waiting > 0) {
      return { tone: 'warn', title: 'Needs attention', text: 'A file is waiting for you before it is sent.' };
    }
    return {
      tone: 'warn',
      title: 'Needs attention',
      text: n > 0 ? `${plural(n, 'file')} could not be sent completely.` : 'Something needs you:',
    };
  }
  if (status.state === 'working') {
    return {
      tone: 'busy',
      title: 'Sending',
      text: `${counts.queued > 0 ? `${plural(counts.queued, 'file')} in progress` : 'Working on a file'}. ${today}${last}.`,
    };
  }
  return { tone: 'good', title: 'All well', text: `${today}${last}.` };
}

/** "1 file is waiting for you to check how it is read". */
export function reviewWords(files: number): string {
  return files === 1
    ? '1 file is waiting for you to check how it is read.'
    : `${files} files are waiting for you to check how they are read.`;
}

/** The problem the banner shows in full: a review first unless the connector is not working. */
export function leadingProblem(status: EngineStatus): Problem | undefined {
  // A refused sign-in stops a whole practice: it leads, ahead of older or smaller problems.
  const refused = status.problems.find((p) => p.kind === 'credentials');
  const review = status.state === 'error' ? undefined : status.problems.find((p) => p.kind === 'review');
  return refused ?? review ?? status.problems[0];
}

/** The practice's held files in the loaded history; else the engine's count when this is the only
 *  practice waiting; at least the one the problem is about. */
function filesWaiting(status: EngineStatus, loaded: number): number {
  if (loaded > 0) return loaded;
  const reviews = status.problems.filter((p) => p.kind === 'review').length;
  return reviews === 1 ? Math.max(1, status.counts.held ?? 0) : 1;
}

interface Props extends PracticeActions {
  status: EngineStatus | null;
  /** Held jobs in the loaded history (to count a practice's files and find one to review). */
  held?: readonly JobSummary[];
  onReview?: (jobId: string) => void;
  /** *Fix credentials*: the settings window on the practice whose sign-in was refused. */
  onFixCredentials?: (practice: string) => void;
  /** *Resume*: after a pause or a refused sign-in. */
  onResume?: () => void;
  /** Practices on the built-in sandbox, from the settings: only for an engine whose status does
   *  not list its practices (then one TEST MODE note stands for them). */
  testPractices?: readonly string[];
}

export function StatusBanner({
  status,
  held = [],
  onReview,
  onFixCredentials,
  onResume,
  testPractices = [],
  ...practiceActions
}: Props) {
  if (!status) {
    return (
      <section className="banner tone-busy" aria-label="Connector status">
        <strong>Loading…</strong>
      </section>
    );
  }
  const h = statusHeadline(status);
  const first = leadingProblem(status);
  const more = status.problems.length - 1;
  // The practice's held files by its key: those it took in under an earlier name are its too.
  const reviewJobs =
    first?.kind === 'review'
      ? held.filter((j) => j.practiceKey !== undefined && j.practiceKey === first.practiceKey)
      : [];
  // With practice lines, *Fix credentials* and a practice's *Resume* sit on that practice's line;
  // the headline keeps only the app-wide Resume.
  const lines = status.practices;
  const fixHere = !lines && first?.kind === 'credentials' && first.practice && onFixCredentials;
  const resumeHere = onResume && (lines ? status.paused : first?.kind === 'credentials' || status.paused);
  return (
    <section className={`banner tone-${h.tone}`} aria-label="Connector status">
      <span className="banner-icon" aria-hidden="true">
        {h.tone === 'good' ? '✓' : h.tone === 'bad' ? '✕' : h.tone === 'warn' ? '!' : '…'}
      </span>
      <div className="banner-body">
        <strong className="banner-title">{h.title}</strong> <span>{h.text}</span>
        {first?.kind === 'review' && (
          <p className="banner-problem">
            {first.practice ? `${first.practice}: ` : ''}
            {reviewWords(filesWaiting(status, reviewJobs.length))}{' '}
            {reviewJobs[0] && onReview && (
              <button type="button" className="primary small" onClick={() => onReview(reviewJobs[0]!.id)}>
                Review
              </button>
            )}
          </p>
        )}
        {first && first.kind !== 'review' && (
          // One problem in full (clamped to two lines on a small screen); the rest are counted,
          // each job's details say what to do about it.
          <p className="banner-problem" title={`${first.message} What to do: ${first.hint}`}>
            {first.practice ? `${first.practice}: ` : ''}
            {first.message} <em>What to do: {first.hint}</em>
          </p>
        )}
        {(fixHere || resumeHere) && (
          <p className="banner-actions">
            {fixHere && (
              <button
                type="button"
                className="primary small"
                onClick={() => onFixCredentials(first.practice!)}
              >
                Fix credentials
              </button>
            )}{' '}
            {resumeHere && (
              <button type="button" className="small" onClick={onResume}>
                Resume
              </button>
            )}
          </p>
        )}
        {more > 0 && (
          <p className="banner-more">
            and {plural(more, 'more problem')}: see the files marked in the list below.
          </p>
        )}
        {lines ? (
          <PracticeLines
            practices={lines}
            appPaused={status.paused}
            {...(onFixCredentials ? { onFixCredentials } : {})}
            {...practiceActions}
          />
        ) : (
          testPractices.length > 0 && (
            <p
              className="test-mode"
              role="note"
              title={`${testPractices.join(', ')} ${testPractices.length === 1 ? 'sends' : 'send'} to the built-in sandbox on this computer.`}
            >
              <strong>TEST MODE</strong> · nothing reaches patients
            </p>
          )
        )}
      </div>
    </section>
  );
}
