// Renaming a practice keeps its problems attached to it: a problem names its practice by the
// practice's stable key (its credentialKey) and keeps the name only for its words. Through the
// real engine, job store and sandbox: a refused sign-in stays the same problem on the renamed
// practice's line and clears once the credentials work; a file that arrived before the rename and
// fails after it counts on the renamed line; the history finds the practice's files by its key,
// whatever name they arrived under.
import { createHarness, type Harness, dropExport } from './support/engine-harness.ts';
import { clinikoCsv } from './support/generate-export.ts';
import type { Settings } from '../../main/model/settings.ts';
import type { EngineStatus } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

function renamed(settings: Settings, name: string): Settings {
  return { ...settings, practices: settings.practices.map((p) => ({ ...p, name })) };
}

async function statusUntil(
  get: () => EngineStatus,
  test: (s: EngineStatus) => boolean,
  timeoutMs = 15_000,
): Promise<EngineStatus> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = get();
    if (test(s)) return s;
    if (Date.now() > until) throw new Error(`timed out; problems: ${JSON.stringify(s.problems)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('a refused sign-in stays the same problem on the renamed line, and clears once the credentials work', async () => {
  h = await createHarness();
  await h.credentials.set('practice-1/password', 'not-the-password');
  const running = await h.start();
  const status = () => running.engine.getStatus();
  dropExport(h.inbox(), 'monday.csv', clinikoCsv(2));
  const refused = (s: EngineStatus) => s.problems.find((p) => p.kind === 'credentials');
  const before = refused(await statusUntil(status, (s) => refused(s) !== undefined))!;
  expect(before).toMatchObject({ practice: 'Practice 1', practiceKey: 'practice-1' });

  await running.engine.applySettings(renamed(h.settings, 'Main Street Clinic'));
  // The file still waits in processing/: read again at the restart, refused again.
  const after = await statusUntil(status, (s) => refused(s) !== undefined);
  const problem = refused(after)!;
  // The same problem (one id for the practice's whole life: one notification), in the new name.
  expect(problem.id).toBe(before.id);
  expect(problem).toMatchObject({ practice: 'Main Street Clinic', practiceKey: 'practice-1' });
  expect(problem.message).toContain('Main Street Clinic');
  expect(after.practices).toMatchObject([
    { name: 'Main Street Clinic', credentialKey: 'practice-1', signInRefused: true, problems: 1 },
  ]);

  // The person enters the right password and resumes the practice under its new name.
  await h.credentials.delete('practice-1/password');
  running.engine.resumePractice('Main Street Clinic');
  await h.waitFor((jobs) => jobs.some((j) => j.file === 'monday.csv' && j.state === 'processed'));
  const done = status();
  expect(done.problems.filter((p) => p.kind === 'credentials')).toEqual([]);
  expect(done.practices).toMatchObject([{ name: 'Main Street Clinic', signInRefused: false }]);
});

test('a file that arrived before the rename and fails after it: its problem is on the renamed line; the history finds it by key', async () => {
  h = await createHarness({ practices: 2 });
  const running = await h.start();
  // Medfusion is down: monday.csv waits for it (never failed for an outage).
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 503, times: 'always' });
  dropExport(h.inbox(), 'monday.csv', clinikoCsv(3));
  await h.waitFor((jobs) => jobs.some((j) => j.file === 'monday.csv' && j.waitingSince !== undefined));
  // Another practice's file, so a filter that ignored the practice would be seen.
  dropExport(h.inbox(1), 'other.csv', clinikoCsv(2, { firstId: 70_000 }));

  const next = renamed(h.settings, 'Main Street Clinic');
  next.practices[1] = h.settings.practices[1]!;
  await running.engine.applySettings(next);
  // Medfusion answers again, and refuses the document: the file fails, after the rename.
  h.sandbox.faults.set({ route: 'appointmentsdata', status: 400, times: 1 });
  const jobs = await h.waitFor(
    (all) =>
      all.some((j) => j.file === 'monday.csv' && j.state === 'failed') &&
      all.some((j) => j.file === 'other.csv' && j.state === 'processed'),
  );
  const monday = jobs.find((j) => j.file === 'monday.csv')!;
  expect(monday).toMatchObject({ practice: 'Practice 1', practiceKey: 'practice-1' });

  const s = running.engine.getStatus();
  const failed = s.problems.find((p) => p.id === `failed:${monday.id}`);
  // Said in the name the person knows now, attached by the key.
  expect(failed).toMatchObject({ practice: 'Main Street Clinic', practiceKey: 'practice-1' });
  expect(s.practices?.map((l) => [l.name, l.problems])).toEqual([
    ['Main Street Clinic', 1],
    ['Practice 2', 0],
  ]);

  // *Show problems* on the renamed line: its files that need someone, by key.
  const shown = running.journal.query({ practiceKey: 'practice-1', result: 'problems' });
  expect(shown.jobs.map((j) => [j.file, j.practice])).toEqual([['monday.csv', 'Practice 1']]);
  expect(running.journal.query({ practiceKey: 'practice-1' }).total).toBe(1);
  expect(running.journal.query({ practiceKey: 'practice-2' }).jobs.map((j) => j.file)).toEqual(['other.csv']);

  // Marked as handled: the line has nothing left for a person.
  expect(await running.engine.markHandled(monday.id)).toMatchObject({ ok: true });
  expect(running.engine.getStatus().practices?.map((l) => l.problems)).toEqual([0, 0]);
});
