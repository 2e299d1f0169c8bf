// The details of a file held for review, for front-desk staff: what the connector is not sure
// of, in plain words with values from the file, and the *Review* button that opens the settings
// preview on this file. No command lines and no job ids here: the engine's own reason and advice
// (which may name them for the command line) are left to the log.
import { useState, type ReactNode } from 'react';
import type { ActionResult, ConnectorApi, Doubt, JobDetails } from '../shared/types.ts';
import { describeError } from '../shared/connector.ts';

/** One doubt in plain words; `children` (an answer control in the review) go inside the item. */
export function DoubtItem({ doubt, children }: { doubt: Doubt; children?: ReactNode }) {
  return (
    <li className="doubt">
      <div>
        {doubt.column && <span className="where">Column ‘{doubt.column}’: </span>}
        {doubt.message}
      </div>
      {doubt.samples.length > 0 && (
        <div className="samples">
          For example:{' '}
          {doubt.samples.map((s, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <q className="mono">{s}</q>
            </span>
          ))}
        </div>
      )}
      <div className="question">{doubt.question}</div>
      {children}
    </li>
  );
}

export function HeldReview({ connector, job }: { connector: ConnectorApi; job: JobDetails }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [busy, setBusy] = useState(false);
  const doubts = job.doubts ?? [];

  async function review() {
    setBusy(true);
    try {
      const r = await connector.openReview(job.id);
      // Success is the settings window coming forward; only a refusal needs words here.
      setResult(r.ok ? null : r);
    } catch (err) {
      setResult({ ok: false, message: describeError(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="held" aria-labelledby="held-title">
      <h3 id="held-title">Waiting for you to check how this file is read</h3>
      <p>
        Nothing from this file has been sent. The connector is not sure about{' '}
        {doubts.length === 1 ? 'one thing' : `${doubts.length || 'some'} things`} below, and never sends a
        guess. Check them once in the review; your answers are remembered for this practice, and the files
        waiting are then sent.
      </p>
      {doubts.length > 0 && (
        <ol className="doubts">
          {doubts.map((d, i) => (
            <DoubtItem key={i} doubt={d} />
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={review}>
          Review
        </button>
      </div>
      <p role="status" className={result ? 'bad-text' : ''}>
        {result?.message ?? ''}
      </p>
    </section>
  );
}
