// The bad-input corpus (test/fixtures/bad/, written by make-corpus.ts) dropped at once into ONE
// running connector: each file gets the outcome test/fixtures/bad/manifest.json names (failed/
// with a report naming the file, the line and the problem; or processed with its bad rows
// explained by line and column), and the connector keeps running: a good export afterwards goes
// through.
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness } from '../engine/support/engine-harness.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

interface Expectation {
  outcome: 'failed' | 'processed' | 'held';
  line?: number;
  column?: string;
  words?: string;
  rowErrors?: number;
  knownGap?: string;
}

const CORPUS = path.resolve('test/fixtures/bad');
const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as {
  files: Record<string, Expectation>;
};
const names = fs.readdirSync(CORPUS).filter((f) => f !== 'manifest.json');

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// 'held': read, nothing sent, waiting for a person (an export the connector is not sure of).
const finished = (j: JobDetails) => j.state === 'processed' || j.state === 'failed' || j.state === 'held';

test('the corpus has at least 30 files and the manifest covers exactly them', () => {
  expect(names.length).toBeGreaterThanOrEqual(30);
  expect(Object.keys(manifest.files).sort()).toEqual([...names].sort());
});

test('every bad file is refused or explained clearly, nothing is lost, the connector keeps running', async () => {
  h = await createHarness();
  const running = await h.start();
  const inbox = h.inbox();
  for (const name of names) fs.copyFileSync(path.join(CORPUS, name), path.join(inbox, name));
  const jobs = await h.waitFor((js) => js.filter(finished).length >= names.length, 60_000);

  const files = listFiles(inbox);
  for (const [name, want] of Object.entries(manifest.files)) {
    const job = jobs.find((j) => j.file === name);
    expect(job, `${name}: no job`).toBeDefined();
    const where = `${name}: ${job!.state} ${job!.reason ?? ''} ${JSON.stringify(job!.rowErrors.slice(0, 2))}`;
    expect(job!.state, where).toBe(want.outcome);
    const words = want.words ? new RegExp(want.words) : undefined;
    if (want.outcome === 'failed') {
      // The source is kept in failed/ with a report a person can read.
      expect(files, where).toContain(`failed/${name}`);
      expect(files, where).toContain(`failed/${name}.error.txt`);
      const report = fs.readFileSync(path.join(inbox, 'failed', `${name}.error.txt`), 'utf8');
      expect(report, where).toContain(`"${name}"`);
      expect(report, where).toMatch(words!);
      expect(report, where).toMatch(/What to do:/);
      expect(job!.reason, where).toMatch(words!);
      expect(job!.rowErrors[0]!.line, where).toBe(want.line);
      expect(job!.counts.sent, where).toBe(0);
    } else if (want.outcome === 'held') {
      // Kept in processing/ with nothing sent, and the doubt says why in plain words.
      expect(
        files.some((f) => f.startsWith('processing/') && f.endsWith(`-${name}`)),
        where,
      ).toBe(true);
      expect(job!.counts.sent, where).toBe(0);
      expect(job!.doubts?.map((d) => d.message).join(' | '), where).toMatch(words!);
    } else {
      expect(
        files.some((f) => f.startsWith('processed/') && f.endsWith(`/${name}`)),
        where,
      ).toBe(true);
      expect(job!.rowErrors, where).toHaveLength(want.rowErrors ?? 0);
      if (want.rowErrors) {
        const e = job!.rowErrors[0]!;
        expect(e.file, where).toBe(name);
        expect(e.line, where).toBe(want.line);
        if (want.column) expect(e.column, where).toBe(want.column);
        expect(e.message, where).toMatch(words!);
        expect(e.hint.length, where).toBeGreaterThan(10); // says what to do
      }
    }
  }
  // Nothing is left half-done in the inbox.
  const held = jobs.filter((j) => j.state === 'held').map((j) => j.file);
  expect(
    files.filter(
      (f) =>
        !/^(processed|failed)\//.test(f) && !held.some((n) => f === `processing/${n}` || f.endsWith(`-${n}`)),
    ),
  ).toEqual([]);

  // Still running: a good export after the corpus is sent.
  fs.writeFileSync(path.join(inbox, 'good-after.csv'), clinikoCsv(3, { firstId: 77_000 }));
  const after = await h.waitFor((js) => js.some((j) => j.file === 'good-after.csv' && finished(j)));
  const good = after.find((j) => j.file === 'good-after.csv')!;
  expect(good.state).toBe('processed');
  expect(good.counts.sent).toBe(3);
  expect(h.sandbox.received().flatMap((r) => r.appointmentIds)).toEqual(
    expect.arrayContaining(['77000', '77001', '77002']),
  );
  expect(running.engine.getStatus().state).not.toBe('stopped');
}, 90_000);

// Two rows carrying the same appointment id for different patients: the column is not an id
// after all, so the file is held for a person to say which column is (never a guess, and never a
// switch to derived ids that would double every appointment on the portal). Nothing is sent.
test('two different rows with the same appointment id in one export hold the file', async () => {
  h = await createHarness();
  await h.start();
  fs.copyFileSync(path.join(CORPUS, 'duplicate-ids.csv'), path.join(h.inbox(), 'duplicate-ids.csv'));
  const [job] = await h.waitFor((js) => js.length === 1 && finished(js[0]!));
  expect(job!.state).toBe('held');
  expect(job!.doubts).toMatchObject([{ kind: 'appointment-id', samples: ['40000'] }]);
  expect(job!.counts.sent).toBe(0);
  expect(h.sandbox.received()).toEqual([]);
}, 30_000);
