// The history table: one Tab stop for the whole list (roving tabindex), arrow keys move between rows,
// Enter (or a click) opens the details panel.
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import type { JobSummary } from '../shared/types.ts';
import { baseName, formatDateTime } from '../shared/format.ts';
import { jobResult, type Stopped } from './job-result.ts';
import { shownCounts } from './job-counts.ts';

interface Props {
  jobs: JobSummary[];
  openId: string | null;
  onOpen: (jobId: string) => void;
  emptyText: string;
  /** Practices whose files wait (refused sign-in, pause): their rows say so. */
  stopped?: Stopped;
}

function moveFocus(e: KeyboardEvent<HTMLTableRowElement>, step: 1 | -1): void {
  const next = step === 1 ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling;
  if (next instanceof HTMLElement) {
    e.preventDefault();
    next.focus();
  }
}

export function JobTable({ jobs, openId, onOpen, emptyText, stopped }: Props) {
  // Roving tabindex: the list is ONE Tab stop (the row last focused, else the open one, else the
  // first); ↑/↓ move between rows. 500 rows used to be 500 Tab presses to get past the list.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const tabStop = [focusedId, openId].find((id) => id && jobs.some((j) => j.id === id)) ?? jobs[0]?.id;
  return (
    <div className="table-wrap">
      <table className="jobs" aria-describedby="jobs-help">
        <caption className="sr-only">Files sent to Medfusion, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">File</th>
            <th scope="col" className="wide-only">
              Practice
            </th>
            <th scope="col" className="num" title="Appointments Medfusion took">
              Sent
            </th>
            <th scope="col" className="num wide-only" title="Already sent before, nothing new">
              Unchanged
            </th>
            <th
              scope="col"
              className="num wide-only"
              title="Rows that are not appointments to send (e.g. in the past)"
            >
              Skipped
            </th>
            <th scope="col" className="num" title="Rows refused by us or by Medfusion">
              Failed
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const r = jobResult(job, stopped);
            return (
              <tr
                key={job.id}
                tabIndex={job.id === tabStop ? 0 : -1}
                onFocus={() => setFocusedId(job.id)}
                className={`job-row${openId === job.id ? ' open' : ''}`}
                aria-label={`${baseName(job.file)}, ${formatDateTime(job.receivedAt)}, ${r.label}`}
                data-job-id={job.id}
                onClick={() => onOpen(job.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(job.id);
                  } else if (e.key === 'ArrowDown') moveFocus(e, 1);
                  else if (e.key === 'ArrowUp') moveFocus(e, -1);
                }}
              >
                <td className="nowrap">{formatDateTime(job.receivedAt)}</td>
                <td className="file" title={job.file}>
                  {baseName(job.file)}
                </td>
                <td className="practice wide-only" title={job.practice}>
                  {job.practice}
                </td>
                <td className="num">{shownCounts(job).sent}</td>
                <td className="num wide-only">{job.counts.unchanged}</td>
                <td className="num wide-only">{job.counts.skipped}</td>
                <td className={`num${shownCounts(job).failed > 0 ? ' bad-text' : ''}`}>
                  {shownCounts(job).failed}
                </td>
                <td>
                  <span className={`pill tone-${r.tone}`}>{r.label}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {jobs.length === 0 && <p className="empty">{emptyText}</p>}
      <p id="jobs-help" className="sr-only">
        Press Enter on a row to see its details, and Escape to close them.
      </p>
    </div>
  );
}
