// The two files written beside an export that landed in failed/: `<name>.error.txt` for the
// person at the front desk (what happened, every row error, what to do) and `<name>.error.json`
// for scripts. Neither holds secrets; row errors may quote a cell value, which stays on this machine.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BatchRecord } from '../../model/status-and-jobs.ts';
import { formatRowError, type RowError } from '../../model/row-error.ts';
import { displayLines } from '../../model/display-text.ts';

export interface ErrorReport {
  jobId: string;
  file: string;
  practice: string;
  at: string;
  /** One line: what happened. */
  reason: string;
  /** What to do, in plain words. */
  advice: string;
  rowErrors: RowError[];
  /** Batches Medfusion refused, with its own words. */
  rejectedBatches: Pick<BatchRecord, 'index' | 'appointmentIds' | 'httpStatus' | 'serverText'>[];
  counts?: { rows: number; sent: number; unchanged: number; skipped: number; errors: number };
}

export function errorReportText(r: ErrorReport): string {
  const lines = [
    `The export "${r.file}" could not be sent completely.`,
    '',
    `What happened: ${r.reason}`,
    `What to do: ${r.advice}`,
    '',
    `Practice: ${r.practice}`,
    `Job: ${r.jobId}`,
    `When: ${r.at}`,
  ];
  if (r.counts) {
    const c = r.counts;
    lines.push(
      `Rows read: ${c.rows}; appointments sent: ${c.sent}; unchanged: ${c.unchanged}; skipped: ${c.skipped}; rows with errors: ${c.errors}`,
    );
  }
  if (r.rejectedBatches.length) {
    lines.push('', 'Medfusion refused these batches:');
    for (const b of r.rejectedBatches) {
      lines.push(
        `  - batch ${b.index + 1} (HTTP ${b.httpStatus || '?'}; appointments ${b.appointmentIds.join(', ')}):`,
        `    ${(b.serverText ?? '').replace(/\s+/g, ' ').trim() || '(no text from the server)'}`,
      );
    }
  }
  if (r.rowErrors.length) {
    lines.push('', `Rows that could not be read (${r.rowErrors.length}); the other rows went on:`);
    for (const e of r.rowErrors) lines.push(`  - ${formatRowError(e)}`);
  }
  lines.push(
    '',
    'After fixing the cause, send the file again: move it back into the inbox folder,',
    `or run: appt-connector retry ${r.jobId}`,
    '',
  );
  return lines.join('\n');
}

/** Writes both reports beside `failedFile`; returns their paths. */
export async function writeErrorReport(
  failedFile: string,
  report: ErrorReport,
): Promise<{ txt: string; json: string }> {
  const dir = path.dirname(failedFile);
  const base = path.basename(failedFile);
  const txt = path.join(dir, `${base}.error.txt`);
  const json = path.join(dir, `${base}.error.json`);
  // Opened in a terminal or an editor: the export's text in it is shown cleaned.
  await fs.writeFile(txt, displayLines(errorReportText(report)), { encoding: 'utf8', mode: 0o600 });
  await fs.writeFile(json, `${JSON.stringify(report, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
  return { txt, json };
}
