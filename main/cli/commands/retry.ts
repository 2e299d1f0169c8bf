// `appt-connector retry JOB`: send a failed job again, or the appointments Medfusion processed as
// ERROR in a job (outcome ERROR or PARTIAL). Its export goes back from failed/ or processed/ into
// the inbox and the same job goes on (batches Medfusion already accepted are not sent again; of
// those, only the appointments it refused are).
// If a connector is already running on this data folder (its lock's holder is alive: pid and
// process start) it picks the file up by itself; if not, this command runs the engine until the
// inbox is handled and prints the outcome.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createEngine, type RunningEngine } from '../../engine/engine-factory.ts';
import { DataFolderInUseError, JobStore } from '../../engine/job-store/index.ts';
import { retryJob } from '../../engine/retry-job.ts';
import { practiceOfJob } from '../../engine/job-practice.ts';
import { dataPaths } from '../../engine/settings/index.ts';
import { attachConsole } from './engine-console.ts';
import type { CredentialStore } from '../../credentials/credential-store.ts';
import type { Settings } from '../../model/settings.ts';
import {
  prepareEngineRun,
  sandboxUrlOption,
  tuningFromEnv,
  untilInboxesDone,
  type EngineCliOptions,
} from './run.ts';

const USAGE = `usage: appt-connector retry JOB [--config FILE] [--data-dir DIR] [--sandbox-url URL]
  JOB   the job id, as shown by \`appt-connector history\` and in <name>.error.txt: a failed
        job, or one Medfusion processed with errors (outcome ERROR or PARTIAL)`;

export async function run(argv: string[]): Promise<number> {
  let jobId: string | undefined;
  let rest: string[];
  try {
    const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
    jobId = positionals[0];
    rest = argv.filter((a) => a !== jobId);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!jobId || argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return jobId ? 0 : 2;
  }
  const prepared = await prepareEngineRun(rest, USAGE);
  if ('exit' in prepared) return prepared.exit;
  const { o, settings, credentials, sandbox } = prepared;
  try {
    return await retryWithEngine(jobId, o, settings, credentials, sandbox.url);
  } finally {
    await sandbox.close();
  }
}

async function retryWithEngine(
  jobId: string,
  o: EngineCliOptions,
  settings: Settings,
  credentials: CredentialStore,
  sandboxUrl: string | undefined,
): Promise<number> {
  let running: RunningEngine | undefined;
  try {
    running = await createEngine({
      dataDir: o.dataDir,
      settings,
      credentials,
      ...sandboxUrlOption(sandboxUrl),
      tuning: tuningFromEnv(),
    });
  } catch (err) {
    // Only a connector that really runs (its pid AND process start checked, main/os) can take the
    // file over; any other reason not to start is said as it is, and is a failure.
    if (!(err instanceof DataFolderInUseError)) {
      console.error(`The connector could not start: ${(err as Error).message}`);
      return 1;
    }
    const holder = err.holder;
    // Another connector owns this data folder: hand the file back to it through the inbox.
    const store = await JobStore.open(dataPaths(o.dataDir).jobs, { readOnly: true });
    const job = store.get(jobId);
    const result = await retryJob(store, jobId, job && practiceOfJob(settings.practices, job));
    await store.close();
    console.log(result.message ?? '');
    if (result.ok) {
      const where = holder.host === os.hostname() ? `process ${holder.pid}` : `on ${holder.host}`;
      console.log(
        `A connector is running on this data folder (${where}, since ${holder.since}): it picks the file ` +
          'up from the inbox if it watches that inbox; see `appt-connector history`.',
      );
    }
    return result.ok ? 0 : 1;
  }
  const result = await running.engine.retry(jobId);
  if (!result.ok) {
    console.error(result.message);
    await running.close();
    return 1;
  }
  console.log(result.message);
  const detach = attachConsole(running.engine);
  await running.engine.start();
  await untilInboxesDone(running);
  const job = running.journal.get(jobId);
  detach();
  await running.close();
  if (!job) return 1;
  const outcome = job.outcome ? ` (Medfusion: ${job.outcome})` : '';
  console.log(`Job ${jobId}: ${job.state}${outcome}${job.reason ? ` — ${job.reason}` : ''}`);
  // Refused again (the patient is still deactivated, say): not a success.
  return job.state === 'processed' && job.outcome !== 'ERROR' && job.outcome !== 'PARTIAL' ? 0 : 1;
}
