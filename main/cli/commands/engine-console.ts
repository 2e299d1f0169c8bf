// How `run`, `retry` and `demo` show a running engine on the terminal: one status line per job
// step, a throttled progress line for large files, and each new problem once. Ids and counts
// only: patients' names never reach the terminal from here.
import type { Engine } from '../../engine/engine.ts';
import type { JobProgress } from '../../engine/job/job-context.ts';
import type { JobDetails } from '../../model/status-and-jobs.ts';
import { displayLines } from '../../model/display-text.ts';

export interface ConsoleOptions {
  out?: (line: string) => void;
  clock?: () => Date;
}

function time(d: Date): string {
  return d.toTimeString().slice(0, 8);
}

export function describeJob(job: JobDetails): string | undefined {
  const c = job.counts;
  const sentBatches = job.batches.filter((b) => b.httpStatus !== undefined).length;
  switch (job.state) {
    case 'received':
      return `received (job ${job.id})`;
    case 'converted':
      return (
        `read: ${c.rows} rows, ${job.batches.reduce((s, b) => s + b.appointmentIds.length, 0)} to send, ` +
        `${c.unchanged} unchanged, ${c.skipped} skipped, ${c.errors} row error${c.errors === 1 ? '' : 's'}`
      );
    case 'sending':
      return `sending batch ${Math.min(sentBatches + 1, job.batches.length)} of ${job.batches.length}`;
    case 'accepted':
      return `accepted by Medfusion (DataJobId ${job.dataJobIds.join(', ') || '-'}); waiting for its processing result`;
    case 'tracked':
      return undefined;
    case 'processed':
      return (
        `done: sent ${c.sent}, unchanged ${c.unchanged}, skipped ${c.skipped}, row errors ${c.errors}` +
        (job.outcome ? `; Medfusion: ${job.outcome}` : '') +
        (job.reason ? ` — ${job.reason}` : '') +
        (job.archivedPath ? `\n          → ${job.archivedPath}` : '')
      );
    case 'failed':
      return (
        `FAILED: ${job.reason ?? 'see the history'}` +
        (job.archivedPath ? `\n          → details in ${job.archivedPath}.error.txt` : '') +
        `\n          → after fixing the cause: appt-connector retry ${job.id}`
      );
  }
}

/** Attach terminal output to an engine; returns a function that detaches it. */
export function attachConsole(engine: Engine, opts: ConsoleOptions = {}): () => void {
  // File names, reasons and problems quote exports: shown cleaned (no escape sequences).
  const print = opts.out ?? ((line: string) => console.log(line));
  const out = (line: string) => print(displayLines(line));
  const clock = opts.clock ?? (() => new Date());
  const last = new Map<string, string>();
  const shownProblems = new Set<string>();
  let lastProgressAt = 0;

  const offJob = engine.onJob((job) => {
    const text = describeJob(job);
    if (!text) return;
    const key = `${job.state}|${text}`;
    if (last.get(job.id) === key) return;
    // Batch-by-batch lines only for the first batch and the last: progress lines cover the rest.
    if (job.state === 'sending' && last.get(job.id)?.startsWith('sending|')) {
      last.set(job.id, key);
      return;
    }
    last.set(job.id, key);
    out(`${time(clock())}  ${job.practice}  ${job.file}  ${text}`);
    if (job.state === 'processed' || job.state === 'failed') last.delete(job.id);
  });
  const offProgress = engine.onProgress((p: JobProgress) => {
    const now = clock().getTime();
    if (now - lastProgressAt < 1000) return;
    lastProgressAt = now;
    if (p.phase === 'reading')
      out(`          … ${p.file}: ${p.done.toLocaleString('en-US')} appointments read`);
    else if (p.phase === 'sending' && p.total && p.total > 1)
      out(
        `          … ${p.file}: batch ${p.done + 1} of ${p.total} (${Math.round((p.done / p.total) * 100)} %)`,
      );
  });
  const offStatus = engine.onStatus((s) => {
    for (const p of s.problems) {
      if (shownProblems.has(p.id)) continue;
      shownProblems.add(p.id);
      out(`${time(clock())}  ! ${p.message}\n          ${p.hint}`);
    }
    for (const id of [...shownProblems]) if (!s.problems.some((p) => p.id === id)) shownProblems.delete(id);
  });
  return () => {
    offJob();
    offProgress();
    offStatus();
  };
}
