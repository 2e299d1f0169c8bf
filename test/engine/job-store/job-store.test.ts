// The job store against real files in a temp folder: durability across a torn write, compaction,
// search, paging, counts, retention, the read-only reader, the one-writer lock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { JobStore, JOBS_FILE } from '../../../main/engine/job-store/job-store.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';

const dirs: string[] = [];
const open: JobStore[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jobstore-'));
  dirs.push(d);
  return d;
}
async function openStore(dir: string, opts: Parameters<typeof JobStore.open>[1] = {}): Promise<JobStore> {
  const s = await JobStore.open(dir, opts);
  open.push(s);
  return s;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const T0 = Date.parse('2026-03-02T10:00:00Z');
function job(i: number, over: Partial<JobDetails> = {}): JobDetails {
  return {
    id: `job-${i}`,
    file: `export-${i}.csv`,
    practice: i % 2 ? 'Northside' : 'Riverside',
    receivedAt: new Date(T0 + i * 60_000).toISOString(),
    state: 'received',
    counts: { rows: 3, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    rowErrors: [],
    batches: [],
    patientIds: [`PAT-${i}`, 'PAT-shared'],
    ...over,
  };
}

describe('JobStore', () => {
  it('keeps every acknowledged write after a torn last line, and repairs the file', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    await s.create(job(1));
    await s.update('job-1', { state: 'sending', batches: [{ index: 0, appointmentIds: ['A1', 'A2'] }] });
    await s.create(job(2));
    await s.close();
    const file = path.join(dir, JOBS_FILE);
    const goodSize = fs.statSync(file).size;
    // What a SIGKILL in the middle of a write leaves: half a record, no newline.
    fs.appendFileSync(file, '{"op":"patch","id":"job-1","patch":{"state":"acce');

    const again = await openStore(dir);
    expect(again.warnings.join()).toContain('unfinished last record');
    expect(fs.statSync(file).size).toBe(goodSize);
    expect(again.get('job-1')?.state).toBe('sending');
    expect(again.get('job-1')?.batches[0]?.appointmentIds).toEqual(['A1', 'A2']);
    expect(again.unfinished().map((j) => j.id)).toEqual(['job-1', 'job-2']);
    // New writes after the repair land on a clean line and survive another reopen.
    await again.update('job-1', { state: 'accepted' });
    await again.close();
    const third = await openStore(dir);
    expect(third.get('job-1')?.state).toBe('accepted');
    expect(third.warnings).toEqual([]);
  });

  it('survives a real SIGKILL of a writing process: every resolved create is on disk', async () => {
    const dir = tempDir();
    const script = path.join(dir, 'writer.mts');
    const storeUrl = new URL('../../../main/engine/job-store/job-store.ts', import.meta.url).href;
    fs.writeFileSync(
      script,
      `import { JobStore } from ${JSON.stringify(storeUrl)};
       const s = await JobStore.open(${JSON.stringify(path.join(dir, 'jobs'))});
       for (let i = 0; ; i++) {
         await s.create({ id: 'k' + i, file: 'f' + i + '.csv', practice: 'P', receivedAt: new Date().toISOString(),
           state: 'received', counts: { rows: 0, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
           dataJobIds: [], messageIds: [], rowErrors: [], batches: [] });
         process.stdout.write('k' + i + '\\n');
         if (i === 40) process.kill(process.pid, 'SIGKILL');
       }`,
    );
    const runTs = path.resolve('bin/run-ts.mjs');
    const r = spawnSync(process.execPath, [runTs, script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBe('SIGKILL');
    const acked = r.stdout.trim().split('\n');
    expect(acked.length).toBe(41);
    const s = await openStore(path.join(dir, 'jobs'));
    for (const id of acked) expect(s.get(id)?.id).toBe(id);
  });

  it('skips a damaged record in the middle and keeps the ones after it', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    await s.create(job(1));
    await s.close();
    fs.appendFileSync(path.join(dir, JOBS_FILE), 'garbage\n');
    const s2 = await openStore(dir);
    await s2.create(job(2));
    await s2.close();
    const s3 = await openStore(dir);
    expect(s3.warnings.join()).toContain('damaged record');
    expect(s3.list().map((j) => j.id)).toEqual(['job-2', 'job-1']);
  });

  it('refuses a history written by a newer format, and a file that is not a history', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, JOBS_FILE), '{"v":99,"kind":"appt-connector-jobs","createdAt":"x"}\n');
    await expect(JobStore.open(dir)).rejects.toThrow(/newer Appointment Connector \(history format 99/);
    fs.writeFileSync(path.join(dir, JOBS_FILE), '{"hello":1}\n');
    await expect(JobStore.open(dir)).rejects.toThrow(/not an Appointment Connector job history/);
    // The failed opens released the lock.
    expect(fs.existsSync(path.join(dir, 'jobs.lock'))).toBe(false);
  });

  it('compacts when records pile up, and answers the same afterwards', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    for (let i = 0; i < 400; i++) await s.create(job(i));
    for (let i = 0; i < 400; i++)
      await s.update(`job-${i}`, { state: 'sending', attempts: 1, nextAttemptAt: '2026-03-02T11:00:00Z' });
    const before = { list: s.list({ limit: 500 }), one: s.get('job-7'), hash: s.counts() };
    for (let i = 0; i < 400; i++)
      await s.update(`job-${i}`, {
        state: i % 10 ? 'processed' : 'failed',
        reason: i % 10 ? undefined : 'rejected',
        attempts: undefined,
      });
    // 1 header + 400 puts + 800 patches > 2 × 400 jobs and > 1000 records: compaction ran.
    await s.compact(); // waits for a running one, then compacts again: both must be harmless
    const lines = fs.readFileSync(path.join(dir, JOBS_FILE), 'utf8').trim().split('\n');
    expect(lines.length).toBe(401);
    expect(before.list.length).toBe(400);
    expect(before.one?.attempts).toBe(1);
    expect(s.get('job-7')?.attempts).toBeUndefined();
    expect(s.get('job-7')?.nextAttemptAt).toBe('2026-03-02T11:00:00Z');
    expect(s.get('job-10')?.reason).toBe('rejected');
    expect(s.list({ failedOnly: true }).length).toBe(40);
    await s.close();
    const re = await openStore(dir);
    expect(re.list({ limit: 500 }).map((j) => j.state)).toEqual(s.list({ limit: 500 }).map((j) => j.state));
    expect(re.get('job-10')).toEqual(s.get('job-10'));
  });

  it('searches by file name, DataJobId, MessageId and patient id; filters failures; pages by cursor', async () => {
    const s = await openStore(tempDir());
    for (let i = 0; i < 30; i++) await s.create(job(i));
    await s.update('job-3', { dataJobIds: ['DJ-AAA-111'], messageIds: ['MSG-ZZZ-9'] });
    await s.update('job-4', { state: 'failed', reason: 'The server rejected the file' });
    await s.update('job-5', { state: 'failed', reason: 'x' });

    expect(s.list({ search: 'EXPORT-12' }).map((j) => j.id)).toEqual(['job-12']);
    expect(s.list({ search: 'aaa-111' }).map((j) => j.id)).toEqual(['job-3']);
    expect(s.list({ search: 'msg-zzz' }).map((j) => j.id)).toEqual(['job-3']);
    expect(s.list({ search: 'pat-17' }).map((j) => j.id)).toEqual(['job-17']);
    // A patient id matches whole ids only: PAT-1 is not PAT-17.
    expect(s.list({ search: 'PAT-1' }).map((j) => j.id)).toEqual(['job-1']);
    expect(s.list({ search: 'PAT-shared' }).length).toBe(30);
    expect(s.list({ search: 'nothing-like-this' })).toEqual([]);
    expect(s.list({ failedOnly: true }).map((j) => j.id)).toEqual(['job-5', 'job-4']);
    expect(s.list({ failedOnly: true })[1]?.reason).toBe('The server rejected the file');

    const page1 = s.list({ limit: 10 });
    expect(page1.map((j) => j.id)).toEqual(Array.from({ length: 10 }, (_, k) => `job-${29 - k}`));
    const page2 = s.list({ limit: 10, before: page1.at(-1)!.id });
    expect(page2[0]?.id).toBe('job-19');
    const last = s.list({ limit: 50, before: 'job-2' });
    expect(last.map((j) => j.id)).toEqual(['job-1', 'job-0']);
    expect(s.list({ before: 'no-such-job' })).toEqual([]);
    // Summaries carry no patient ids or row details; details do.
    expect(page1[0]).not.toHaveProperty('patientIds');
    expect(s.get('job-3')?.patientIds).toEqual(['PAT-3', 'PAT-shared']);
  });

  it('orders by receivedAt even when a job arrives with an older time', async () => {
    const s = await openStore(tempDir());
    await s.create(job(5));
    await s.create(job(9));
    await s.create(job(7));
    expect(s.list().map((j) => j.id)).toEqual(['job-9', 'job-7', 'job-5']);
    expect(s.list({ before: 'job-9' }).map((j) => j.id)).toEqual(['job-7', 'job-5']);
  });

  it('recognises the same content for the same practice only', async () => {
    const s = await openStore(tempDir());
    await s.create(job(1, { contentHash: 'abc', practice: 'Northside' }));
    await s.create(job(2, { practice: 'Northside' }));
    await s.update('job-2', { contentHash: 'def' });
    expect(s.findByContentHash('Northside', 'abc')?.id).toBe('job-1');
    expect(s.findByContentHash('Northside', 'def')?.id).toBe('job-2');
    expect(s.findByContentHash('Riverside', 'abc')).toBeUndefined();
    await s.create(job(3, { contentHash: 'abc', practice: 'Northside' }));
    expect(s.findByContentHash('Northside', 'abc')?.id).toBe('job-3');
  });

  it('counts appointments sent per day, today, failures, queue and last success', async () => {
    const now = new Date('2026-03-05T15:00:00');
    const s = await openStore(tempDir(), { clock: () => now });
    const at = (iso: string) => new Date(iso).toISOString();
    const sent = (n: number) => ({ rows: n, sent: n, unchanged: 0, skipped: 0, errors: 0 });
    await s.create(
      job(1, {
        receivedAt: at('2026-03-03T09:00:00'),
        state: 'processed',
        counts: sent(4),
        finishedAt: at('2026-03-03T09:01:00'),
      }),
    );
    await s.create(
      job(2, {
        receivedAt: at('2026-03-05T08:00:00'),
        state: 'processed',
        counts: sent(2),
        finishedAt: at('2026-03-05T08:02:00'),
      }),
    );
    await s.create(
      job(3, {
        receivedAt: at('2026-03-05T09:00:00'),
        state: 'processed',
        counts: sent(5),
        finishedAt: at('2026-03-05T09:01:00'),
      }),
    );
    await s.create(job(4, { receivedAt: at('2026-03-05T10:00:00'), state: 'failed' }));
    await s.create(job(5, { receivedAt: at('2026-03-05T11:00:00'), state: 'sending' }));
    await s.create(job(6, { receivedAt: at('2026-02-01T11:00:00'), state: 'processed', counts: sent(9) }));
    expect(s.dailyCounts(4)).toEqual([
      { day: '2026-03-02', sent: 0 },
      { day: '2026-03-03', sent: 4 },
      { day: '2026-03-04', sent: 0 },
      { day: '2026-03-05', sent: 7 },
    ]);
    expect(s.counts()).toEqual({
      failed: 1,
      queued: 1,
      held: 0,
      sentToday: 7,
      lastSuccessAt: at('2026-03-05T09:01:00'),
    });
  });

  it('prunes finished jobs older than the cutoff, never unfinished ones, and durably', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    for (let i = 0; i < 10; i++) await s.create(job(i, { state: i === 2 ? 'sending' : 'processed' }));
    expect(await s.prune(new Date(T0 + 5 * 60_000))).toBe(4); // jobs 0,1,3,4; job 2 is unfinished
    expect(s.get('job-0')).toBeUndefined();
    expect(s.list().map((j) => j.id)).toEqual(['job-9', 'job-8', 'job-7', 'job-6', 'job-5', 'job-2']);
    await s.update('job-2', { state: 'processed' });
    await s.close();
    const re = await openStore(dir);
    expect(re.size).toBe(6);
    expect(re.get('job-2')?.state).toBe('processed');
  });

  it('serialises concurrent writes: all land, in order, none interleaved', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    await Promise.all(Array.from({ length: 200 }, (_, i) => s.create(job(i, { rowErrors: [] }))));
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        s.update(`job-${i}`, { reason: 'x'.repeat(5000 + i), state: 'failed' }),
      ),
    );
    await s.close();
    const re = await openStore(dir);
    expect(re.warnings).toEqual([]);
    expect(re.size).toBe(200);
    expect(re.get('job-199')?.reason?.length).toBe(5199);
  });

  it('rejects duplicates, unknown ids and writes to a read-only or closed store', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    await s.create(job(1));
    await expect(s.create(job(1))).rejects.toThrow(/already exists/);
    await expect(s.update('nope', { state: 'failed' })).rejects.toThrow(/no job nope/);
    const reader = await openStore(dir, { readOnly: true });
    expect(reader.get('job-1')?.file).toBe('export-1.csv');
    await expect(reader.create(job(2))).rejects.toThrow(/read-only/);
    await s.close();
    await expect(s.create(job(3))).rejects.toThrow(/closed/);
    const missing = await openStore(path.join(dir, 'not-there'), { readOnly: true });
    expect(missing.list()).toEqual([]);
  });

  it('refuses a second writer process on the same folder', async () => {
    const dir = tempDir();
    const other = spawnSync(process.execPath, ['-e', 'console.log(process.pid)']);
    expect(other.status).toBe(0);
    // A live foreign pid (our parent) holds the lock; a dead one is taken over.
    fs.writeFileSync(path.join(dir, 'jobs.lock'), String(process.ppid));
    await expect(JobStore.open(dir)).rejects.toThrow(/Another Appointment Connector \(process \d+\)/);
    fs.writeFileSync(path.join(dir, 'jobs.lock'), String(other.pid));
    const s = await openStore(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'jobs.lock'), 'utf8')).pid).toBe(process.pid);
    await s.close();
    expect(fs.existsSync(path.join(dir, 'jobs.lock'))).toBe(false);
  });
});

describe('JobStore damage', () => {
  it('starts a fresh history when even the header line was torn', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, JOBS_FILE), '{"v":1,"kind":"appt-conn');
    const s = await openStore(dir);
    await s.create(job(1));
    await s.close();
    const again = await openStore(dir);
    expect(again.list().map((j) => j.id)).toEqual(['job-1']);
  });

  it('still shows a job whose details were damaged on disk, from its summary', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    await s.create(job(1, { rowErrors: [{ file: 'f', line: 1, message: 'm', hint: 'h' }] }));
    await s.close();
    const file = path.join(dir, JOBS_FILE);
    // Damage the body (after the tab) but keep the line's ends intact.
    const text = fs.readFileSync(file, 'utf8').replace('"rowErrors":[{', '"rowErrors":[{{');
    fs.writeFileSync(file, text);
    const again = await openStore(dir);
    const j = again.get('job-1');
    expect(j?.file).toBe('export-1.csv');
    expect(j?.rowErrors).toEqual([]);
    expect(again.warnings.join()).toContain('damaged record');
  });
});
