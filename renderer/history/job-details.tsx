// The details panel for one job: the result and counts first (they must stay in view at 125 %),
// one plain-language message with what to do, the problems grouped by kind with their first few
// lines, Medfusion's receipt numbers with *Copy* for a support call, and under a collapsed
// *Technical details* the HTTP codes, server text, the engine's own notes and the job id.
import { useEffect, useRef, useState } from 'react';
import type { ActionResult, ConnectorApi, JobDetails } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';
import { baseName, formatDateTime, plural } from '../shared/format.ts';
import { problemGroups, type ProblemGroup } from './advice.ts';
import { fileMessage } from './file-message.ts';
import { shownCounts } from './job-counts.ts';
import { HeldReview } from './held-review.tsx';
import { isHandled, isHeld, jobResult, type Stopped } from './job-result.ts';

interface Props {
  connector: ConnectorApi;
  job: JobDetails | null;
  loading: boolean;
  onClose: () => void;
  stopped?: Stopped;
  /** The job's practice sends to the built-in sandbox: nothing reaches patients. */
  testMode?: boolean;
}

/** Medfusion's receipt numbers, for a support call: shown whole, with *Copy*. The copy goes
 *  through the app (the page itself may not write the clipboard: every page permission is
 *  refused); should that fail, the text is selected instead, so Ctrl+C copies it. */
function IdList({ connector, label, ids }: { connector: ConnectorApi; label: string; ids: string[] }) {
  const ref = useRef<HTMLElement>(null);
  const [done, setDone] = useState('');
  useEffect(() => setDone(''), [ids.join()]);
  async function copy() {
    const text = ids.join(', ');
    const r = await connector.copyText(text).catch(() => null);
    if (r?.ok) {
      setDone(`${label} copied.`);
      return;
    }
    const range = document.createRange();
    if (ref.current) range.selectNodeContents(ref.current);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    setDone(`${label} selected: press Ctrl+C to copy it.`);
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

function ProblemList({ groups }: { groups: ProblemGroup[] }) {
  const total = groups.reduce((n, g) => n + g.count, 0);
  return (
    <section aria-labelledby="problems-title">
      <h3 id="problems-title">
        Problems ({groups.length === 1 ? plural(total, groups[0]!.unit) : `${groups.length} kinds`})
      </h3>
      <ul className="problems">
        {groups.map((g) => (
          <li key={g.key} className="problem-group">
            <div className="where">
              {g.title} — {plural(g.count, g.unit)}
              {g.where !== 'whole file' && `, ${g.where}`}
            </div>
            {g.examples.length > 0 && (
              <ul className="examples muted">
                {g.examples.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
                {g.count > g.examples.length && (
                  <li>… and {plural(g.count - g.examples.length, 'more', 'more')}</li>
                )}
              </ul>
            )}
            {g.todo && (
              <div className="todo">
                <strong>What to do: </strong>
                {g.todo}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Codes, the server's own words and the engine's notes (which may name commands and job ids). */
function TechnicalDetails({ job, groups }: { job: JobDetails; groups: ProblemGroup[] }) {
  const lines = groups.flatMap((g) => g.technical);
  return (
    <details className="technical">
      <summary>Technical details</summary>
      <dl className="ids-list">
        <div>
          <dt>Job id</dt>
          <dd className="mono">{job.id}</dd>
        </div>
        <div>
          <dt>State · processing outcome</dt>
          <dd className="mono">
            {job.state} · {job.outcome ?? '—'}
          </dd>
        </div>
        {job.reason && (
          <div>
            <dt>Connector’s note</dt>
            <dd>{job.reason}</dd>
          </div>
        )}
        {job.advice && (
          <div>
            <dt>Connector’s advice</dt>
            <dd>{job.advice}</dd>
          </div>
        )}
        {job.batches.some((b) => b.httpStatus !== undefined) && (
          <div>
            <dt>HTTP answers</dt>
            <dd className="mono">
              {job.batches.map((b) => `batch ${b.index + 1}: ${b.httpStatus ?? '—'}`).join(' · ')}
            </dd>
          </div>
        )}
        {job.archivedPath && (
          <div>
            <dt>File kept at</dt>
            <dd className="mono path">{job.archivedPath}</dd>
          </div>
        )}
      </dl>
      {lines.length > 0 && (
        <>
          <h4>Medfusion’s own words</h4>
          <pre>{lines.join('\n')}</pre>
        </>
      )}
    </details>
  );
}

export function JobDetailsPanel({ connector, job, loading, onClose, stopped, testMode }: Props) {
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
  const result = job ? jobResult(job, stopped) : null;
  const groups = job ? problemGroups(job) : [];
  const held = job ? isHeld(job) : false;
  const message = job && !held ? fileMessage(job, groups, { stopped, testMode }) : null;
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
          <p className="details-result">
            <span className={`pill tone-${result.tone}`}>{result.label}</span>{' '}
            <span className="muted">
              {job.practice} · received {formatDateTime(job.receivedAt)}
              {job.finishedAt ? ` · finished ${formatDateTime(job.finishedAt)}` : ''}
            </span>
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
          {held && <HeldReview connector={connector} job={job} />}
          {message && (
            <div className="file-message">
              <p className="reason">{message.text}</p>
              {message.todo && (
                <p className="todo">
                  <strong>What to do: </strong>
                  {message.todo}
                </p>
              )}
            </div>
          )}
          <div className="actions">
            {/* Only where it can help: a failed file, or appointments Medfusion refused as ERROR. */}
            {/* The engine decides (JobSummary canRetry / canMarkHandled); the window keeps no copy. */}
            {!held && job.canRetry && (
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
            {job.canMarkHandled && (
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
          {groups.length > 0 && <ProblemList groups={groups} />}
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
              <IdList connector={connector} label="DataJobId" ids={job.dataJobIds} />
              <IdList connector={connector} label="MessageId" ids={job.messageIds} />
            </dl>
          </section>
          <TechnicalDetails job={job} groups={groups} />
        </div>
      )}
    </div>
  );
}
