// Kill points: the engine, a real `appt-connector run --once` process, kills itself with SIGKILL
// right after a durable step of a job (a journal append, a link, an unlink, a ledger append, the
// moment Medfusion answered a POST), then a plain run finishes on the same folders. A first run
// of each scenario lists its steps; then one killed run per step. Together the scenarios kill at
// every step boundary of every path a file takes: "accepted export" at all of its steps (intake,
// reading, sending, filing into processed/, tracking); the others at the steps only they have
// (filing into failed/, a duplicate's move, a retried file's intake). After each restart:
//  - the export is in exactly one right place (processed/<day>/ or failed/ with its reports),
//    nothing is left in processing/ or the inbox;
//  - the job's state is right: an export Medfusion accepted is never FAILED;
//  - nothing was POSTed twice except the one batch in flight, i.e. only when the kill came right
//    after Medfusion answered and before the journal recorded it (POSTs counted at the sandbox).
import fs from 'node:fs';
import path from 'node:path';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import { listFiles } from '../engine/support/engine-harness.ts';
import { sharedCliBundle } from '../support/shared-cli-bundle.ts';
import { daysSince, filedOn } from '../engine/support/filed-days.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import { KillRig, type Step } from './support/kill-points.ts';

const EXPORT = clinikoCsv(3, { firstId: 70_000 });

interface Scenario {
  name: string;
  /** Exit codes of `run --once` that are right here (1: a job of this run failed, as it should). */
  exitCodes: number[];
  /** Folders before the runs (may run the connector once already); kept and restored for each
   *  kill point. */
  prepare(rig: KillRig): Promise<void>;
  /** Sandbox faults for the runs (each kill point gets a fresh sandbox). */
  arm?(rig: KillRig): void;
  /** The steps to kill at, from the undisturbed run's (default: all). */
  killAt?(steps: Step[]): Step[];
  /** Asserts the final state; returns a one-line outcome for the table. `days`: the processed/
   *  day folders the scenario's runs may have filed into (a run may cross midnight: filed-days.ts). */
  check(rig: KillRig, killedAfter: Step | undefined, postsBefore: number, days: string[]): Promise<string>;
}

function postsExpected(killedAfter: Step | undefined): number {
  // Only the batch in flight may go twice: answered by Medfusion, not yet in the journal.
  return killedAfter?.kind === 'post' ? 2 : 1;
}

const scenarios: Scenario[] = [
  {
    name: 'accepted export',
    exitCodes: [0],
    async prepare(rig) {
      fs.writeFileSync(path.join(rig.inbox, 'week.csv'), EXPORT);
    },
    async check(rig, killedAfter, _postsBefore, days) {
      const jobs = await rig.jobs();
      const day = filedOn(jobs[0], days);
      expect(listFiles(rig.inbox)).toEqual([`processed/${day}/week.csv`]);
      expect(jobs.map((j) => [j.file, j.state, j.outcome, j.counts.sent])).toEqual([
        ['week.csv', 'processed', 'COMPLETED', 3],
      ]);
      expect(jobs[0]!.archivedPath).toBe(path.join(rig.inbox, 'processed', day, 'week.csv'));
      expect(rig.proxy.posts()).toBe(postsExpected(killedAfter));
      return `processed/, processed (COMPLETED), ${rig.proxy.posts()} POST${rig.proxy.posts() === 1 ? '' : 's'}`;
    },
  },
  {
    name: 'refused export (HTTP 400)',
    exitCodes: [0, 1],
    async prepare(rig) {
      fs.writeFileSync(path.join(rig.inbox, 'week.csv'), EXPORT);
    },
    arm(rig) {
      rig.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 'always' });
    },
    // Up to the POST these are the accepted export's steps; from its answer on, its own.
    killAt: (steps) => steps.slice(steps.findIndex((s) => s.kind === 'post')),
    async check(rig, killedAfter) {
      expect(listFiles(rig.inbox)).toEqual([
        'failed/week.csv',
        'failed/week.csv.error.json',
        'failed/week.csv.error.txt',
      ]);
      const jobs = await rig.jobs();
      expect(jobs.map((j) => [j.file, j.state])).toEqual([['week.csv', 'failed']]);
      expect(jobs[0]!.reason).toMatch(/^Medfusion refused 1 of 1 batch/);
      expect(fs.readFileSync(path.join(rig.inbox, 'failed/week.csv.error.txt'), 'utf8')).toContain(
        jobs[0]!.id,
      );
      expect(rig.proxy.posts()).toBe(postsExpected(killedAfter));
      return `failed/ + reports, failed (refused), ${rig.proxy.posts()} POST${rig.proxy.posts() === 1 ? '' : 's'}`;
    },
  },
  {
    name: 'duplicate drop',
    exitCodes: [0],
    async prepare(rig) {
      fs.writeFileSync(path.join(rig.inbox, 'week.csv'), EXPORT);
      const first = await rig.run();
      expect(first.code, first.output).toBe(0);
      // The same bytes under the same name again: recognised, nothing read or sent.
      fs.writeFileSync(path.join(rig.inbox, 'week.csv'), EXPORT);
    },
    async check(rig, _killedAfter, postsBefore, days) {
      const jobs = await rig.jobs();
      // The copy is filed beside the first under another name; on the next day, in that day's folder.
      const [first, copy] = [filedOn(jobs[0], days), filedOn(jobs[1], days)];
      const copyName = first === copy ? 'week (2).csv' : 'week.csv';
      expect(listFiles(rig.inbox)).toEqual(
        [`processed/${copy}/${copyName}`, `processed/${first}/week.csv`].sort(),
      );
      expect(jobs.map((j) => [j.file, j.state])).toEqual([
        ['week.csv', 'processed'],
        ['week.csv', 'processed'],
      ]);
      expect(jobs[1]!.reason).toMatch(/^Same content as week\.csv \(job [\w-]+\), already handled/);
      expect(jobs[1]!.archivedPath).toBe(path.join(rig.inbox, 'processed', copy, copyName));
      expect(rig.proxy.posts() - postsBefore).toBe(0);
      return 'processed/ as "week (2).csv", processed (duplicate), 0 POSTs';
    },
  },
  {
    name: 'retry of a refused export',
    exitCodes: [0],
    async prepare(rig) {
      rig.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
      fs.writeFileSync(path.join(rig.inbox, 'week.csv'), EXPORT);
      const first = await rig.run();
      expect(first.code, first.output).toBe(1);
      // What `appt-connector retry JOB` does: the file back into the inbox, its reports removed.
      fs.renameSync(path.join(rig.inbox, 'failed/week.csv'), path.join(rig.inbox, 'week.csv'));
      fs.rmSync(path.join(rig.inbox, 'failed'), { recursive: true });
    },
    // The retried file's intake is its own; from reading on these are the accepted export's steps.
    killAt: (steps) =>
      steps.slice(
        0,
        steps.findIndex((s) => s.kind === 'journal' && s.detail.includes('doubts')),
      ),
    async check(rig, killedAfter, postsBefore, days) {
      const jobs = await rig.jobs();
      expect(listFiles(rig.inbox)).toEqual([`processed/${filedOn(jobs[0], days)}/week.csv`]);
      // The same job went on.
      expect(jobs.map((j) => [j.file, j.state, j.outcome, j.counts.sent])).toEqual([
        ['week.csv', 'processed', 'COMPLETED', 3],
      ]);
      const posts = rig.proxy.posts() - postsBefore;
      expect(posts).toBe(postsExpected(killedAfter));
      return `processed/, the same job processed (COMPLETED), ${posts} POST${posts === 1 ? '' : 's'}`;
    },
  },
];

/** Step details carry temp paths and job ids: the table shows their shape. */
function label(step: Step, rig: KillRig): string {
  const detail = step.detail
    .split(rig.inbox)
    .join('<inbox>')
    .replace(/\d{8}-\d{6}-[0-9a-f]{6}/g, 'JOB')
    .replace(/processed\/\d{4}-\d{2}-\d{2}/g, 'processed/<day>');
  return `${step.kind} ${detail}`;
}

function assertOneCopy(rig: KillRig, jobs: JobDetails[]): void {
  // Never a job that says FAILED for a file Medfusion accepted.
  for (const j of jobs) {
    const accepted = j.batches.some((b) => b.httpStatus !== undefined && b.httpStatus < 300);
    if (accepted) expect(j.state, `${j.id}: ${j.reason}`).not.toBe('failed');
    expect(j.movingTo).toBeUndefined();
  }
  expect(listFiles(rig.inbox).filter((f) => f.startsWith('processing/') || !f.includes('/'))).toEqual([]);
}

// The scenarios run side by side: each run spends much of its time waiting (stability window,
// status polls).
describe.concurrent.each(scenarios)('kill after every step: $name', (scenario) => {
  test('each step boundary, then restart', async () => {
    const table: string[] = [];
    const rig = await new KillRig(sharedCliBundle()).open();
    const since = new Date();
    try {
      await scenario.prepare(rig);
      rig.snapshot();
      // The steps of an undisturbed run.
      scenario.arm?.(rig);
      const postsBefore = rig.proxy.posts();
      const r = await rig.run();
      expect(scenario.exitCodes, r.output).toContain(r.code);
      const steps = rig.steps();
      table.push(`| (no kill) | ${await scenario.check(rig, undefined, postsBefore, daysSince(since))} |`);
      const targets = scenario.killAt?.(steps) ?? steps;
      expect(targets.length).toBeGreaterThanOrEqual(4);

      // Every kill point is run and tabled; wrong outcomes are collected and reported together.
      const wrong: string[] = [];
      for (const target of targets) {
        await rig.restore();
        scenario.arm?.(rig);
        const postsBefore = rig.proxy.posts();
        const killed = await rig.run(target.n);
        const seen = rig.steps();
        const at = seen[seen.length - 1];
        expect(
          killed.signal,
          `step ${target.n} (${target.kind}) not reached:\n${killed.output.slice(-2000)}`,
        ).toBe('SIGKILL');
        expect(at?.n).toBe(target.n);
        // The run that was killed did the same steps up to here as the undisturbed one.
        expect(at?.kind).toBe(target.kind);

        const again = await rig.run();
        let outcome: string;
        try {
          expect(scenario.exitCodes, again.output.slice(-3000)).toContain(again.code);
          assertOneCopy(rig, await rig.jobs());
          outcome = await scenario.check(rig, at, postsBefore, daysSince(since));
        } catch (err) {
          const jobs = (await rig.jobs()).map((j) => `${j.state}: ${j.reason ?? ''}`.slice(0, 120));
          outcome = `**WRONG**: files ${JSON.stringify(listFiles(rig.inbox))}, jobs ${JSON.stringify(jobs)}, ${rig.proxy.posts() - postsBefore} POSTs`;
          wrong.push(`after step ${target.n} (${label(at!, rig)}): ${(err as Error).message.split('\n')[0]}`);
        }
        table.push(`| ${target.n}. ${label(at!, rig)} | ${outcome} |`);
      }
      console.log(
        `kill points, ${scenario.name} (${steps.length} steps, ${targets.length} killed):\n${table.join('\n')}`,
      );
      expect(wrong).toEqual([]);
    } finally {
      await rig.close();
    }
  }, 900_000);
});
