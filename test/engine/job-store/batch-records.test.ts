// `batch` records (journal format 2, issue 10 item 9): a batch's progress written alone, replayed
// onto the job at open; DataJobIds, MessageIds and row errors appended, not rewritten. And the
// format-1 journals written before them: read as they are, upgraded when opened for writing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JobStore, JOBS_FILE } from '../../../main/engine/job-store/job-store.ts';
import type { BatchRecord, JobDetails } from '../../../main/model/status-and-jobs.ts';

const dirs: string[] = [];
const open: JobStore[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'jobstore-batch-'));
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

function lines(dir: string): string[] {
  return fs.readFileSync(path.join(dir, JOBS_FILE), 'utf8').split('\n').filter(Boolean);
}

const planned = (i: number, ids: string[]): BatchRecord => ({ index: i, appointmentIds: ids });

function bigJob(): JobDetails {
  return {
    id: 'job-1',
    file: 'week.csv',
    practice: 'Northside',
    receivedAt: '2026-03-02T10:00:00.000Z',
    state: 'converted',
    counts: { rows: 5, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    rowErrors: [],
    batches: [planned(0, ['A0-1', 'A0-2']), planned(1, ['A1-1', 'A1-2']), planned(2, ['A2-1'])],
    patientIds: ['PAT-1', 'PAT-2'],
  };
}

describe('batch records', () => {
  it('replace their batch by index, append ids and row errors, and read back the same after a reopen, a torn write and compaction', async () => {
    const dir = tempDir();
    const s = await openStore(dir);
    await s.create(bigJob());
    const accepted: BatchRecord = {
      ...planned(1, ['A1-1', 'A1-2']),
      httpStatus: 202,
      dataJobId: 'DJ-B1',
      messageId: 'MSG-B1',
      location: 'http://127.0.0.1/status/1',
    };
    const r1 = await s.updateBatches(
      'job-1',
      [accepted],
      { state: 'sending', counts: { rows: 5, sent: 2, unchanged: 0, skipped: 0, errors: 0 } },
      { dataJobIds: ['DJ-B1'], messageIds: ['MSG-B1'] },
    );
    const refusal = { file: 'week.csv', line: 0, field: 'Email', message: 'not an e-mail', hint: 'fix it' };
    await s.updateBatches(
      'job-1',
      [],
      { counts: { rows: 5, sent: 2, unchanged: 0, skipped: 0, errors: 1 } },
      { rowErrors: [refusal] },
    );
    const rejected: BatchRecord = { ...planned(0, ['A0-1']), httpStatus: 400, serverText: 'bad practice' };
    await s.updateBatches('job-1', [rejected], { attempts: 2, nextAttemptAt: '2026-03-02T10:05:00.000Z' });
    // An ordinary patch in between still works, and removes a field.
    await s.update('job-1', { nextAttemptAt: undefined });
    const last = await s.updateBatches(
      'job-1',
      [{ ...planned(2, ['A2-1']), httpStatus: 202, dataJobId: 'DJ-B2', messageId: 'MSG-B2' }],
      { attempts: 0 },
      { dataJobIds: ['DJ-B2'], messageIds: ['MSG-B2'] },
    );

    const expected: JobDetails = {
      ...bigJob(),
      state: 'sending',
      counts: { rows: 5, sent: 2, unchanged: 0, skipped: 0, errors: 1 },
      dataJobIds: ['DJ-B1', 'DJ-B2'],
      messageIds: ['MSG-B1', 'MSG-B2'],
      rowErrors: [refusal],
      batches: [
        rejected,
        accepted,
        { ...planned(2, ['A2-1']), httpStatus: 202, dataJobId: 'DJ-B2', messageId: 'MSG-B2' },
      ],
      attempts: 0,
    };
    expect(s.get('job-1')).toEqual(expected);
    expect(last).toEqual(expected);
    // What an earlier call returned is not changed by later writes.
    expect(r1.batches[0]).toEqual(planned(0, ['A0-1', 'A0-2']));
    expect(r1.dataJobIds).toEqual(['DJ-B1']);
    expect(r1.rowErrors).toEqual([]);
    // Search sees appended DataJobIds and MessageIds.
    expect(s.list({ search: 'dj-b2' }).map((j) => j.id)).toEqual(['job-1']);
    expect(s.list({ search: 'MSG-B1' })[0]?.dataJobIds).toEqual(['DJ-B1', 'DJ-B2']);

    // Each batch record holds its own batch only: no other batch's appointment ids.
    const written = lines(dir);
    expect(JSON.parse(written[0]!).v).toBe(3); // format 3: batch records and practice keys
    expect(written).toHaveLength(1 + 1 + 4 + 1);
    const batchLines = written.filter((l) => l.startsWith('{"op":"batch"'));
    expect(batchLines).toHaveLength(4);
    expect(batchLines[0]).toContain('A1-1');
    expect(batchLines[0]).not.toMatch(/A0-|A2-/);
    expect(batchLines[1]).not.toMatch(/A\d-/);
    expect(batchLines[2]).not.toMatch(/A1-|A2-/);
    await s.close();

    // A kill in the middle of the next batch record: the half line is cut off at the next open.
    const file = path.join(dir, JOBS_FILE);
    const goodSize = fs.statSync(file).size;
    fs.appendFileSync(file, '{"op":"batch","id":"job-1","s":{"counts":{"rows":5,"se');
    const again = await openStore(dir);
    expect(again.warnings.join()).toContain('unfinished last record');
    expect(fs.statSync(file).size).toBe(goodSize);
    expect(again.get('job-1')).toEqual(expected);
    expect(again.unfinished()).toEqual([expected]);
    expect(again.list({ search: 'DJ-B1' }).map((j) => j.id)).toEqual(['job-1']);

    // Compaction keeps one record per job, with the same answers.
    await again.compact();
    expect(lines(dir)).toHaveLength(2);
    expect(lines(dir)[1]!.startsWith('{"op":"put","id":"job-1"')).toBe(true);
    expect(again.get('job-1')).toEqual(expected);
    await again.close();
    const third = await openStore(dir, { readOnly: true });
    expect(third.get('job-1')).toEqual(expected);
    expect(third.list({ search: 'MSG-B2' }).map((j) => j.id)).toEqual(['job-1']);
    expect(third.warnings).toEqual([]);
  });

  it('grow the file linearly: 2,000 accepted batches of one job cost one line each and under twice the job', async () => {
    const dir = tempDir();
    // No compaction meanwhile (it would fold the records away): every line appended stays.
    const s = await openStore(dir, { unsafeNoSync: true, compactRatio: Infinity });
    const n = 2000;
    const ids = (i: number) => Array.from({ length: 50 }, (_, k) => `APPT-${i * 50 + k}`);
    await s.create({
      ...bigJob(),
      counts: { rows: n * 50, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
      batches: Array.from({ length: n }, (_, i) => planned(i, ids(i))),
    });
    const file = path.join(dir, JOBS_FILE);
    const afterCreate = fs.statSync(file).size;
    for (let i = 0; i < n; i++)
      await s.updateBatches(
        'job-1',
        [{ ...planned(i, ids(i)), httpStatus: 202, dataJobId: `DJ-${i}`, messageId: `MSG-${i}` }],
        { counts: { rows: n * 50, sent: (i + 1) * 50, unchanged: 0, skipped: 0, errors: 0 } },
        { dataJobIds: [`DJ-${i}`], messageIds: [`MSG-${i}`] },
      );
    const job = s.get('job-1')!;
    expect(job.dataJobIds).toHaveLength(n);
    expect(job.batches.every((b, i) => b.dataJobId === `DJ-${i}` && b.appointmentIds.length === 50)).toBe(
      true,
    );
    await s.close();
    expect(lines(dir)).toHaveLength(1 + 1 + n);
    const appended = fs.statSync(file).size - afterCreate;
    // The job as one record. Whole-list rewrites would have appended about n/2 times that
    // (≈ 1,000 × 1.6 MB); single-batch records add about as much as the job, once.
    const re = await openStore(dir);
    await re.compact();
    const oneRecord = fs.statSync(file).size;
    expect(re.get('job-1')).toEqual(job);
    expect(appended).toBeLessThanOrEqual(2 * oneRecord);
  });
});

describe('format-1 journals (written before batch records)', () => {
  const v1 = [
    '{"v":1,"kind":"appt-connector-jobs","createdAt":"2026-02-01T00:00:00.000Z"}',
    // A finished job, one record.
    '{"op":"put","id":"job-0","s":{"file":"old.csv","practice":"Northside","receivedAt":"2026-02-01T09:00:00.000Z","state":"processed","counts":{"rows":1,"sent":1,"unchanged":0,"skipped":0,"errors":0},"dataJobIds":["DJ-OLD"],"messageIds":[],"patientIds":["PAT-9"],"finishedAt":"2026-02-01T09:01:00.000Z","outcome":"COMPLETED"}}\t{"rowErrors":[],"batches":[{"index":0,"appointmentIds":["OLD-1"],"httpStatus":202,"dataJobId":"DJ-OLD"}]}',
    // A job in flight: every patch rewrote the whole batch list and DataJobId list.
    '{"op":"put","id":"job-1","s":{"file":"week.csv","practice":"Northside","receivedAt":"2026-03-02T10:00:00.000Z","state":"received","counts":{"rows":3,"sent":0,"unchanged":0,"skipped":0,"errors":0},"dataJobIds":[],"messageIds":[],"patientIds":["PAT-1"]}}\t{"rowErrors":[],"batches":[]}',
    '{"op":"patch","id":"job-1","s":{"state":"sending"}}\t{"batches":[{"index":0,"appointmentIds":["A1","A2"]},{"index":1,"appointmentIds":["A3"]}],"attempts":0,"nextAttemptAt":null}',
    '{"op":"patch","id":"job-1","s":{"counts":{"rows":3,"sent":2,"unchanged":0,"skipped":0,"errors":0},"dataJobIds":["DJ-1"],"messageIds":["MSG-1"]}}\t{"batches":[{"index":0,"appointmentIds":["A1","A2"],"httpStatus":202,"dataJobId":"DJ-1","messageId":"MSG-1"},{"index":1,"appointmentIds":["A3"]}],"attempts":0}',
  ];
  const inFlight: JobDetails = {
    id: 'job-1',
    file: 'week.csv',
    practice: 'Northside',
    receivedAt: '2026-03-02T10:00:00.000Z',
    state: 'sending',
    counts: { rows: 3, sent: 2, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: ['DJ-1'],
    messageIds: ['MSG-1'],
    patientIds: ['PAT-1'],
    rowErrors: [],
    batches: [
      { index: 0, appointmentIds: ['A1', 'A2'], httpStatus: 202, dataJobId: 'DJ-1', messageId: 'MSG-1' },
      { index: 1, appointmentIds: ['A3'] },
    ],
    attempts: 0,
  };

  it('are read as they are by a reader, and upgraded (compacted into the current format, 3) by the writer', async () => {
    const dir = tempDir();
    const file = path.join(dir, JOBS_FILE);
    fs.writeFileSync(file, `${v1.join('\n')}\n`);
    const original = fs.readFileSync(file);

    // `history` while an older-format file is in place: read, never rewritten.
    const reader = await openStore(dir, { readOnly: true });
    expect(reader.get('job-1')).toEqual(inFlight);
    expect(reader.get('job-0')?.batches[0]?.dataJobId).toBe('DJ-OLD');
    expect(reader.list({ search: 'DJ-1' }).map((j) => j.id)).toEqual(['job-1']);
    expect(reader.warnings).toEqual([]);
    await reader.close();
    expect(fs.readFileSync(file).equals(original)).toBe(true);

    // The engine opens it for writing: rewritten in format 3, one record per job, same answers,
    // and the job in flight resumes from where it was.
    const writer = await openStore(dir);
    const upgraded = lines(dir);
    expect(JSON.parse(upgraded[0]!)).toMatchObject({ v: 3, kind: 'appt-connector-jobs' });
    expect(upgraded).toHaveLength(3);
    expect(writer.unfinished()).toEqual([inFlight]);
    expect(writer.get('job-0')?.outcome).toBe('COMPLETED');
    await writer.updateBatches(
      'job-1',
      [{ index: 1, appointmentIds: ['A3'], httpStatus: 202, dataJobId: 'DJ-2' }],
      { counts: { rows: 3, sent: 3, unchanged: 0, skipped: 0, errors: 0 } },
      { dataJobIds: ['DJ-2'] },
    );
    await writer.close();
    const after = await openStore(dir, { readOnly: true });
    expect(after.get('job-1')?.dataJobIds).toEqual(['DJ-1', 'DJ-2']);
    expect(after.get('job-1')?.batches[1]?.httpStatus).toBe(202);
    expect(after.list().map((j) => j.id)).toEqual(['job-1', 'job-0']);
  });
});
