// `appt-connector history`: the job history from the command line, newest first. Reads the job
// store read-only, so it is safe while `run` (or the desktop app) is working on the same folder.
// Exit codes: 0 listed (even when empty), 1 the history could not be read, 2 bad usage.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { JobStore } from '../../engine/job-store/index.ts';
import { localTime } from '../../engine/job-store/history-csv.ts';
import { dataPaths, defaultDataDir } from '../../engine/settings/index.ts';
import type { JobDetails, JobSummary } from '../../model/status-and-jobs.ts';
import { formatRowError } from '../../model/row-error.ts';
import { formatSkippedRows } from '../../model/skipped-rows.ts';
import { describeDoubt } from './describe-doubt.ts';
import { displayLines } from '../../model/display-text.ts';

const USAGE = `usage: appt-connector history [--failed] [--search TEXT] [--limit N] [--before JOB] [--job JOB] [--json] [--data-dir DIR]
  --failed     only jobs that failed
  --search     file name, DataJobId, MessageId or patient id
  --limit      how many jobs (default 50)
  --before     the next page: jobs received before this job id (printed at the end of a page)
  --job        everything about one job: row errors, batches, server answers
  --json       machine-readable output
  --data-dir   the connector's data folder (default $APPT_DATA_DIR or ~/.appt-connector)`;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function outcomeOf(j: JobSummary): string {
  if (j.state === 'failed') return 'FAILED';
  // Not a failure and not in progress: waiting for a person to confirm the mapping.
  if (j.state === 'held') return 'HELD for review';
  if (j.state === 'processed') return j.outcome ?? 'done';
  return `${j.state}…`;
}

export function formatTable(jobs: JobSummary[]): string {
  const head = ['TIME', 'FILE', 'PRACTICE', 'SENT/SAME/SKIP/ERR', 'DATAJOBIDS', 'OUTCOME', 'JOB', 'REASON'];
  const rows = jobs.map((j) => [
    localTime(j.receivedAt),
    clip(j.file, 32),
    clip(j.practice, 20),
    `${j.counts.sent}/${j.counts.unchanged}/${j.counts.skipped}/${j.counts.errors}`,
    clip(j.dataJobIds.join(','), 38),
    outcomeOf(j),
    j.id,
    clip(j.reason ?? '', 60),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  return [head, ...rows]
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatJob(j: JobDetails): string {
  const lines = [
    `Job ${j.id}`,
    `  file        ${j.file}${j.archivedPath ? `  (now ${j.archivedPath})` : ''}`,
    `  practice    ${j.practice}`,
    `  received    ${localTime(j.receivedAt)}${j.finishedAt ? `, finished ${localTime(j.finishedAt)}` : ''}`,
    `  state       ${j.state}${j.outcome ? ` (${j.outcome})` : ''}`,
    `  rows        ${j.counts.rows}: ${j.counts.sent} sent, ${j.counts.unchanged} unchanged, ${j.counts.skipped} skipped, ${j.counts.errors} with errors`,
  ];
  if (j.reason) lines.push(`  reason      ${j.reason}`);
  if (j.doubts?.length) {
    lines.push(`  uncertain (${j.doubts.length}):`);
    for (const d of j.doubts) lines.push(...describeDoubt(d, '    '));
  }
  if (j.advice) lines.push(`  what to do  ${j.advice}`);
  for (const b of j.batches) {
    lines.push(
      `  batch ${b.index + 1}: ${b.appointmentIds.length} appointments` +
        (b.httpStatus ? `, HTTP ${b.httpStatus}` : '') +
        (b.dataJobId ? `, DataJobId ${b.dataJobId}` : '') +
        (b.messageId ? `, MessageId ${b.messageId}` : ''),
    );
    if (b.serverText) lines.push(`    server said: ${clip(b.serverText.replace(/\s+/g, ' '), 300)}`);
    for (const [id, o] of Object.entries(b.outcomes ?? {}))
      if (o.state === 'ERROR') lines.push(`    appointment ${id}: ${o.error ?? 'ERROR'}`);
  }
  if (j.skippedRows?.length) {
    lines.push(`  skipped rows (not sent, on purpose):`);
    for (const r of j.skippedRows) lines.push(`    ${formatSkippedRows(r)}`);
  }
  if (j.rowErrors.length) {
    lines.push(`  row errors (${j.rowErrors.length}):`);
    for (const e of j.rowErrors.slice(0, 50)) lines.push(`    ${formatRowError(e)}`);
    if (j.rowErrors.length > 50) lines.push(`    … and ${j.rowErrors.length - 50} more (see --json)`);
  }
  return lines.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        failed: { type: 'boolean', default: false },
        search: { type: 'string' },
        limit: { type: 'string' },
        before: { type: 'string' },
        job: { type: 'string' },
        json: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    console.error(`--limit must be a whole number from 1 to 10000, not '${values.limit}'.\n\n${USAGE}`);
    return 2;
  }
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  let store: JobStore;
  try {
    store = await JobStore.open(dataPaths(dataDir).jobs, { readOnly: true });
  } catch (err) {
    console.error(`Cannot read the history in ${dataPaths(dataDir).jobs}: ${(err as Error).message}`);
    return 1;
  }
  try {
    if (values.job !== undefined) {
      const job = store.get(values.job);
      if (!job) {
        console.error(
          `No job '${values.job}' in the history in ${dataDir}. List jobs with: appt-connector history`,
        );
        return 1;
      }
      // JSON escapes control characters itself; the text form is cleaned.
      console.log(values.json ? JSON.stringify(job, null, 2) : displayLines(formatJob(job)));
      return 0;
    }
    const jobs = store.list({
      failedOnly: values.failed,
      limit,
      ...(values.search ? { search: values.search } : {}),
      ...(values.before ? { before: values.before } : {}),
    });
    const next = jobs.length === limit ? jobs.at(-1)!.id : null;
    if (values.json) {
      console.log(JSON.stringify({ jobs, next, counts: store.counts() }, null, 2));
      return 0;
    }
    if (jobs.length === 0) {
      const what = values.failed ? 'failed jobs' : 'jobs';
      console.log(
        values.search
          ? `No ${what} match '${values.search}' (searched file names, DataJobIds, MessageIds and patient ids).`
          : `No ${what} in the history in ${dataDir} yet.` +
              (values.failed
                ? ''
                : ' Start the connector (appt-connector run) and drop an export into an inbox.'),
      );
      return 0;
    }
    console.log(displayLines(formatTable(jobs)));
    const c = store.counts();
    console.log(
      `\n${jobs.length} job(s) shown. ${c.failed} failed, ${c.held} held for review, ${c.queued} in progress, ${c.sentToday} appointment(s) sent today` +
        (c.lastSuccessAt ? `, last success ${localTime(c.lastSuccessAt)}.` : '.'),
    );
    if (next) console.log(`More: appt-connector history --before ${next}${values.failed ? ' --failed' : ''}`);
    console.log('Details of one job: appt-connector history --job JOB-ID');
    return 0;
  } finally {
    await store.close();
  }
}
