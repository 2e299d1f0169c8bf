// Several exports dropped into one week's inbox within a second (redteam-round-61f, -61r1): each
// waited for until its job is final (its verdict read when it sent), with what the sandbox got
// meanwhile as `ACTION Family Mon HH:MM` in Chicago, in the order it arrived.
import { write, final } from './sending-probes.ts';
import { sentItems } from './sandbox-log.ts';
import type { Week } from './week-of-exports.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';

const FAMILY = new Map([
  ['1001', 'Smith'],
  ['1002', 'Garcia'],
  ['1003', 'Nguyen'],
]);
const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/Chicago',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
export const ID = /^\d{8}-\d{6}-[0-9a-f]{6}$/;

/** Drop `files` one after another (within a few ms), wait until each has a final job; their jobs
 *  in the order the files were dropped (the newest job of each name), and the week's sends. */
export async function dropAll(
  w: Week,
  sandboxDir: string,
  files: Array<[name: string, text: string | Uint8Array, written?: Date]>,
  timeoutMs = 30_000,
) {
  const before = new Set(w.h.jobs().map((j) => j.id));
  const n = sentItems(sandboxDir).length;
  for (const [name, text, written] of files) write(w.h, name, text, written);
  const done = (j: JobDetails) =>
    final(j) && (j.state !== 'processed' || j.batches.length === 0 || j.outcome !== undefined);
  const names = [...new Set(files.map(([name]) => name))];
  const count = (all: JobDetails[], f: string) => all.filter((j) => !before.has(j.id) && j.file === f).length;
  const dropped = (f: string) => files.filter(([name]) => name === f).length;
  const js = await w.h.waitFor(
    (all) =>
      names.every(
        (f) =>
          count(all, f) >= dropped(f) && all.filter((j) => !before.has(j.id) && j.file === f).every(done),
      ),
    timeoutMs,
  );
  await new Promise((r) => setTimeout(r, 400));
  // Newest first (the history's order): the first of a name is its newest job.
  const jobs = names.map((f) => js.find((j) => !before.has(j.id) && j.file === f)!);
  return { jobs, sent: sentSince(w, sandboxDir, n) };
}

/** The week's sends from the `n`-th item of the sandbox's log on. */
export function sentSince(w: Week, sandboxDir: string, n: number): string[] {
  return sentItems(sandboxDir)
    .slice(n)
    .filter((s) => s.appointmentId.startsWith(w.v(1).id.replace(/A1$/, '')))
    .map(
      (s) => `${s.action} ${FAMILY.get(s.patientId) ?? s.patientId} Mon ${CLOCK.format(new Date(s.start))}`,
    );
}

/** The jobs' ids sort as the files were dropped (and so does their arrival). */
export function takenInOrder(jobs: JobDetails[]) {
  for (const j of jobs) expect(j.id).toMatch(ID);
  expect([...jobs].sort((a, b) => a.id.localeCompare(b.id)).map((j) => j.file)).toEqual(
    jobs.map((j) => j.file),
  );
  expect([...jobs].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)).map((j) => j.file)).toEqual(
    jobs.map((j) => j.file),
  );
}
