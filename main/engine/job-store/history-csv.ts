// *Export CSV* of the history: one line per file, in the words and numbers the history window
// shows, for a spreadsheet. papaparse quotes what needs quoting (commas, quotes, line breaks).
// A cell starting with = + - @ (or a tab or carriage return) is a formula to Excel and its
// kin: a file name such as `=HYPERLINK(…).csv` would run when the sheet is opened, so such cells
// get a leading apostrophe. No patient data: the history shows none (patient ids are searchable,
// not shown), and this file travels by e-mail.
import Papa from 'papaparse';
import type { JobSummary } from '../../model/status-and-jobs.ts';

export const HISTORY_CSV_COLUMNS = [
  'Received',
  'Finished',
  'Practice',
  'File',
  'Result',
  'Rows',
  'Sent',
  'Unchanged',
  'Skipped',
  'Failed',
  'Reason',
  'DataJobId',
  'MessageId',
  'Job id',
] as const;

/** papaparse's own `true` uses /^[=+\-@\t\r].*$/, which a line break after the `=` slips past. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Local time as a spreadsheet (and the CLI's history) reads it: `2026-11-25 09:05`. */
export function localTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The result in words (the window's own words, without its live "paused" reading). */
export function resultWords(job: JobSummary): string {
  let words: string;
  if (job.state === 'held') words = 'Held for review';
  else if (job.state === 'failed') words = 'Failed';
  else if (job.outcome === 'ERROR') words = 'Refused by Medfusion';
  else if (job.outcome === 'PARTIAL') words = 'Partly processed';
  else if (job.state === 'received' || job.state === 'converted' || job.state === 'sending')
    words = 'Sending';
  else if (job.state === 'accepted' || job.state === 'tracked' || job.outcome === 'PENDING')
    words = 'Sent, awaiting Medfusion';
  else if (job.counts.errors > 0) words = 'Processed, some rows refused';
  else if (job.counts.sent === 0) words = 'Nothing new to send';
  else words = 'Processed';
  return job.handledAt ? `${words} (handled)` : words;
}

/** The CSV text for these jobs (a header line, then one line per job, CRLF as Excel expects). */
export function historyCsv(jobs: readonly JobSummary[]): string {
  const rows = jobs.map((j) => {
    // As the window counts them: appointments Medfusion refused are failed, not sent.
    const refused = Math.min(j.refusedByMedfusion ?? 0, j.counts.sent);
    return [
      localTime(j.receivedAt),
      localTime(j.finishedAt),
      j.practice,
      j.file,
      resultWords(j),
      j.counts.rows,
      j.counts.sent - refused,
      j.counts.unchanged,
      j.counts.skipped,
      j.counts.errors + refused,
      j.reason ?? '',
      j.dataJobIds.join(' '),
      j.messageIds.join(' '),
      j.id,
    ];
  });
  return Papa.unparse(
    { fields: [...HISTORY_CSV_COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
