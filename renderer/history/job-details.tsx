// The details panel for one job: what happened, every refused row or appointment with what to
// do about it, Medfusion's ids for support calls, and the Retry / Show in folder actions.
import { useEffect, useRef, useState } from 'react';
import type { ActionResult, ConnectorApi, JobDetails } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { baseName, formatDateTime } from '../shared/format.ts';
import { adviceForJob } from './advice.ts';
import { shownCounts } from './job-counts.ts';
import { HeldReview } from './held-review.tsx';
import { canMarkHandled, canRetry, isHandled, isHeld, jobResult } from './job-result.ts';

interface Props {
  connector: ConnectorApi;
  job: JobDetails | null;
  loading: boolean;
  onClose: () => void;
}

/** Medfusion's receipt numbers, for a support call: shown whole, with *Copy*. Where the
 *  clipboard is not allowed the text is selected instead, so Ctrl+C copies it. */
function IdList({ label, ids }: { label: string; ids: string[] }) {
  const ref = useRef<HTMLElement>(null);
  const [done, setDone] = useState('');
  async function copy() {
    const text = ids.join(', ');
    try {
      await navigator.clipboard.writeText(text);
      setDone(`${label} copied.`);
    } catch {
      const range = document.createRange();
      if (ref.current) range.selectNodeContents(ref.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setDone(`${label} selected: press Ctrl+C to copy it.`);
    }
  }
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="mono" ref={ref} data-testid={label}>
          {ids.length > 0 ? ids.join(', ') : '—'}
        </span>
        {ids.length > 0 && (
          <>
            {' '}
            <button type="button" className="small" aria-label={`Copy ${label}`} onClick={() => void copy()}>
              Copy
            </button>{' '}
            <span role="status" className="muted small">
              {done}
            </span>
          </>
        )}
      </dd>
    </div>
  );
}

export function JobDetailsPanel({ connector, job, loading, onClose }: Props) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const [action, setAction] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);

  // Focus moves into the panel when it opens so keyboard and screen-reader users land on it.
  useEffect(() => closeRef.current?.focus(), [job?.id]);
  useEffect(() => setAction(null), [job?.id]);

  async function run(what: (id: string) => Promise<ActionResult>) {
    if (!job) return;
    setBusy(true);
    try {
      setAction(await what(job.id));
    } catch (err) {
      setAction({ ok: false, message: describeError(err) });
    } finally {
      setBusy(false);
    }
  }

  const title = job ? baseName(job.file) : 'Loading…';
  const result = job ? jobResult(job) : null;
  const advice = job ? adviceForJob(job) : [];
  const held = job ? isHeld(job) : false;
  return (
    <div className="details" role="dialog" aria-modal="false" aria-labelledby="details-title">
      <header className="details-head">
        <h2 id="details-title">{title}</h2>
        <button
          ref={closeRef}
          type="button"
          className="close"
          onClick={onClose}
          aria-label="Close details (Escape)"
        >
          ✕
        </button>
      </header>
      {loading && !job && <p>Loading…</p>}
      {job && result && (
        <div className="details-body">
          <p>
            <span className={`pill tone-${result.tone}`}>{result.label}</span>{' '}
            <span className="muted">
              {job.practice} · received {formatDateTime(job.receivedAt)}
              {job.finishedAt ? ` · finished ${formatDateTime(job.finishedAt)}` : ''}
            </span>
          </p>
          {held && <HeldReview connector={connector} job={job} />}
          {!held && job.reason && <p className="reason">{job.reason}</p>}
          {!held && job.advice && (
            <p className="todo">
              <strong>What to do: </strong>
              {job.advice}
            </p>
          )}
          <div className="actions">
            {/* Only where it can help: a failed file, or appointments Medfusion refused as ERROR. */}
            {!held && canRetry(job) && (
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => run((id) => connector.retryJob(id))}
              >
                Retry
              </button>
            )}
            {/* The person dealt with it (called the patient, fixed it by hand): amber no more. */}
            {canMarkHandled(job) && (
              <button type="button" disabled={busy} onClick={() => run((id) => connector.markHandled(id))}>
                Mark as handled
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => run((id) => connector.showJobInFolder(id))}>
              Show in folder
            </button>
          </div>
          {isHandled(job) && <p className="muted">Marked as handled {formatDateTime(job.handledAt!)}.</p>}
          <p role="status" className={action ? (action.ok ? 'ok-text' : 'bad-text') : ''}>
            {action ? (action.message ?? (action.ok ? 'Done.' : '')) : ''}
          </p>
          <dl className="counts">
            <div>
              <dt>Rows in file</dt>
              <dd>{job.counts.rows}</dd>
            </div>
            <div>
              <dt>Sent</dt>
              <dd>{shownCounts(job).sent}</dd>
            </div>
            <div>
              <dt>Unchanged</dt>
              <dd>{job.counts.unchanged}</dd>
            </div>
            <div>
              <dt>Skipped</dt>
              <dd>{job.counts.skipped}</dd>
            </div>
            <div>
              <dt>Failed</dt>
              <dd>{shownCounts(job).failed}</dd>
            </div>
          </dl>
          {advice.length > 0 && (
            <section aria-labelledby="problems-title">
              <h3 id="problems-title">Problems ({advice.length})</h3>
              <ol className="problems">
                {advice.map((a, i) => (
                  <li key={i}>
                    <div className="where">{a.where}</div>
                    <div>{a.what}</div>
                    <div className="todo">
                      <strong>What to do: </strong>
                      {a.todo}
                    </div>
                    {a.detail && (
                      <details>
                        <summary>Medfusion’s own words</summary>
                        <pre>{a.detail}</pre>
                      </details>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {job.skippedRows && job.skippedRows.length > 0 && (
            <section aria-labelledby="skipped-title">
              <h3 id="skipped-title">Skipped rows ({job.counts.skipped})</h3>
              <p className="muted">Not errors: these rows are not appointments to send.</p>
              <ul className="skipped">
                {job.skippedRows.map((r) => (
                  <li key={r.reason}>
                    <strong>{r.count}</strong> {r.reason}
                    {r.lines.length > 0 && (
                      <span className="where">
                        {' '}
                        ({r.lines.length > 1 ? 'lines' : 'line'} {r.lines.join(', ')}
                        {r.count > r.lines.length ? ', …' : ''})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="ids-title">
            <h3 id="ids-title">For Medfusion support</h3>
            <dl className="ids-list">
              <IdList label="DataJobId" ids={job.dataJobIds} />
              <IdList label="MessageId" ids={job.messageIds} />
              <div>
                <dt>Processing outcome</dt>
                <dd>{job.outcome ?? '—'}</dd>
              </div>
              {job.archivedPath && (
                <div>
                  <dt>File kept at</dt>
                  <dd className="mono path">{job.archivedPath}</dd>
                </div>
              )}
            </dl>
          </section>
        </div>
      )}
    </div>
  );
}
