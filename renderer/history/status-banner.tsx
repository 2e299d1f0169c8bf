// The engine's state in words and colour at the top of the history window. The words carry the
// meaning; the colour only repeats it (a person who cannot tell red from green loses nothing).
import type { EngineStatus } from '../shared/types.ts';
import { formatDateTime, plural } from '../shared/format.ts';
import type { Tone } from './job-result.ts';

export function statusHeadline(status: EngineStatus): { tone: Tone; title: string; text: string } {
  const { counts } = status;
  const today = `${plural(counts.sentToday, 'appointment')} sent today`;
  const last = status.lastSuccessAt ? `; last success ${formatDateTime(status.lastSuccessAt)}` : '';
  if (status.paused)
    return { tone: 'warn', title: 'Paused', text: `Nothing is sent until you resume. ${today}.` };
  if (status.state === 'error') {
    return {
      tone: 'bad',
      title: 'Not working',
      text: status.problems.length ? 'Sending has stopped:' : 'Sending has stopped.',
    };
  }
  if (status.state === 'attention') {
    const n = counts.failed;
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

export function StatusBanner({ status }: { status: EngineStatus | null }) {
  if (!status) {
    return (
      <section className="banner tone-busy" aria-label="Connector status">
        <strong>Loading…</strong>
      </section>
    );
  }
  const h = statusHeadline(status);
  const first = status.problems[0];
  const more = status.problems.length - 1;
  return (
    <section className={`banner tone-${h.tone}`} aria-label="Connector status">
      <span className="banner-icon" aria-hidden="true">
        {h.tone === 'good' ? '✓' : h.tone === 'bad' ? '✕' : h.tone === 'warn' ? '!' : '…'}
      </span>
      <div>
        <strong className="banner-title">{h.title}</strong> <span>{h.text}</span>
        {first && (
          // One problem in full (clamped to two lines on a small screen); the rest are counted,
          // each job's details say what to do about it.
          <p className="banner-problem" title={`${first.message} What to do: ${first.hint}`}>
            {first.practice ? `${first.practice}: ` : ''}
            {first.message} <em>What to do: {first.hint}</em>
          </p>
        )}
        {more > 0 && (
          <p className="banner-more">
            and {plural(more, 'more problem')}: see the files marked in the list below.
          </p>
        )}
      </div>
    </section>
  );
}
