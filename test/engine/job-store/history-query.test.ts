// The history window's list, searched and filtered in the engine over the WHOLE job log (issue 11:
// it used to load the newest 500 files and search only those), with pages and an exact total;
// and *Export CSV* of the filtered list: every matching job, quoted right, with formula cells
// defused. Real job logs in temp folders; expected numbers worked out in the comments.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobStore } from '../../../main/engine/job-store/job-store.ts';
import { historyCsv } from '../../../main/engine/job-store/history-csv.ts';
import { jobHistoryOf } from '../../../main/app-service/engine-adapters.ts';
import { exportHistoryCsv } from '../../../main/app-service/export-history.ts';
import type { JobDetails, JobState } from '../../../main/model/status-and-jobs.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'history-query-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Job i: received on local day 2026-01-(1 + ⌊i/24⌋) at (i mod 24):15, one an hour.
 *  i mod 4: 0 processed (and i mod 8 = 4 with a refused row), 1 failed, 2 held, 3 sending.
 *  Odd i: Northside (key `northside`; renamed Northside Clinic from job 600 on), even: Riverside
 *  (key `riverside`). */
function job(i: number): JobDetails {
  const kind = i % 4;
  const state: JobState = (['processed', 'failed', 'held', 'sending'] as const)[kind]!;
  const n = String(i).padStart(4, '0');
  return {
    id: `job-${n}`,
    file: `export-${n}.csv`,
    practice: i % 2 ? (i < 600 ? 'Northside' : 'Northside Clinic') : 'Riverside',
    practiceKey: i % 2 ? 'northside' : 'riverside',
    receivedAt: new Date(2026, 0, 1 + Math.floor(i / 24), i % 24, 15).toISOString(),
    state,
    counts: { rows: 4, sent: kind === 0 ? 3 : 0, unchanged: 0, skipped: 0, errors: i % 8 === 4 ? 1 : 0 },
    dataJobIds: kind === 0 ? [`DJ-${n}`] : [],
    messageIds: kind === 0 ? [`MSG-${n}`] : [],
    ...(kind === 0 ? { outcome: 'COMPLETED' as const } : {}),
    rowErrors: [],
    batches: [],
    patientIds: [`PAT-${n}`],
  };
}

const JOBS = 1200;
let store: JobStore;
beforeAll(async () => {
  const dir = tempDir();
  const writer = await JobStore.open(dir, { unsafeNoSync: true });
  for (let i = 0; i < JOBS; i += 100)
    await Promise.all(Array.from({ length: 100 }, (_, k) => writer.create(job(i + k))));
  await writer.close();
  // Read back from the file, as the app does after a restart.
  store = await JobStore.open(dir, { readOnly: true });
});
afterAll(async () => {
  await store.close();
});

const ids = (jobs: { id: string }[]) => jobs.map((j) => j.id);

describe('history query over the whole job log', () => {
  it('pages newest first with the total of all 1,200 jobs', () => {
    const first = store.query({ limit: 100 });
    expect(first.total).toBe(1200);
    expect(first.jobs).toHaveLength(100);
    expect(first.jobs[0]!.id).toBe('job-1199');
    expect(first.jobs[99]!.id).toBe('job-1100');
    // The last page: offset 1,100 holds jobs 99 … 0, far beyond the newest 500.
    const last = store.query({ limit: 100, offset: 1100 });
    expect(last.total).toBe(1200);
    expect(last.offset).toBe(1100);
    expect(last.jobs[0]!.id).toBe('job-0099');
    expect(last.jobs[99]!.id).toBe('job-0000');
    expect(store.query({ limit: 100, offset: 1200 }).jobs).toEqual([]);
  });

  it('finds a file, a DataJobId and a patient id beyond the newest 500', () => {
    expect(ids(store.query({ search: 'export-0003.csv' }).jobs)).toEqual(['job-0003']);
    // Part of a DataJobId, any case: DJ-0008 only (DJ-0080… would need more digits).
    expect(ids(store.query({ search: 'dj-0008' }).jobs)).toEqual(['job-0008']);
    expect(store.query({ search: 'dj-0008' }).total).toBe(1);
    // MessageId part "MSG-01": MSG-0100 … MSG-0196, the processed ones (i mod 4 = 0): 25 jobs.
    expect(store.query({ search: 'MSG-01' }).total).toBe(25);
    // Patient ids match whole: PAT-0002 is job 2 only, not PAT-0020….
    expect(ids(store.query({ search: 'pat-0002' }).jobs)).toEqual(['job-0002']);
  });

  it('filters by practice, result and day, alone and together, with exact totals', () => {
    // By key: the 300 files Northside received before its rename are found with the 300 after.
    const northside = store.query({ practiceKey: 'northside', limit: 1000 });
    expect(northside.total).toBe(600);
    expect(northside.jobs.filter((j) => j.practice === 'Northside')).toHaveLength(300);
    expect(northside.jobs.filter((j) => j.practice === 'Northside Clinic')).toHaveLength(300);
    expect(northside.jobs.every((j) => j.practiceKey === 'northside')).toBe(true);
    // held 300 + failed 300 + processed with a refused row (i mod 8 = 4) 150 = 750.
    expect(store.query({ result: 'problems' }).total).toBe(750);
    expect(store.query({ result: 'held' }).total).toBe(300);
    expect(store.query({ result: 'in-progress' }).total).toBe(300);
    expect(store.query({ result: 'processed' }).total).toBe(150);
    // Northside is odd i: failed (i mod 4 = 1) are its only problems.
    expect(store.query({ practiceKey: 'northside', result: 'problems' }).total).toBe(300);
    // 3 and 4 January: i = 48 … 95 (48 jobs), newest first.
    const twoDays = store.query({ from: '2026-01-03', to: '2026-01-04', limit: 500 });
    expect(twoDays.total).toBe(48);
    expect(twoDays.jobs[0]!.id).toBe('job-0095');
    expect(twoDays.jobs[47]!.id).toBe('job-0048');
    // From 50 January (= 19 February) on: i = 1176 … 1199.
    expect(store.query({ from: '2026-02-19' }).total).toBe(24);
    expect(store.query({ to: '2026-01-01' }).total).toBe(24);
    // Day 3 (i 48 … 71), held (i mod 4 = 2), Riverside (even): 50, 54, …, 70 = 6 jobs.
    expect(
      ids(
        store.query({ from: '2026-01-03', to: '2026-01-03', result: 'held', practiceKey: 'riverside' }).jobs,
      ),
    ).toEqual(['job-0070', 'job-0066', 'job-0062', 'job-0058', 'job-0054', 'job-0050']);
    // A day that does not exist matches nothing (not everything).
    expect(store.query({ from: '2026-02-30' }).total).toBe(0);
  });

  it('list() keeps its contract (limit, cursor) and takes the same filters', () => {
    expect(ids(store.list({ limit: 2, before: 'job-0010' }))).toEqual(['job-0009', 'job-0008']);
    expect(ids(store.list({ limit: 2, result: 'held', offset: 1 }))).toEqual(['job-1194', 'job-1190']);
    expect(store.list({ failedOnly: true, limit: 10_000 })).toHaveLength(300);
  });

  it('listAll() returns every match, not a page', () => {
    expect(store.listAll({ result: 'held' })).toHaveLength(300);
    expect(store.listAll({})).toHaveLength(1200);
  });
});

describe('Export CSV', () => {
  const tricky: JobDetails[] = [
    {
      ...job(0),
      id: 'job-a',
      file: '=HYPERLINK("http://evil.example","open").csv',
      practice: 'Smith, Jones & Co',
      receivedAt: new Date(2026, 0, 5, 9, 7).toISOString(),
      finishedAt: new Date(2026, 0, 5, 9, 8).toISOString(),
      state: 'processed',
      outcome: 'COMPLETED',
      counts: { rows: 5, sent: 4, unchanged: 1, skipped: 0, errors: 0 },
      dataJobIds: ['DJ-1', 'DJ-2'],
      messageIds: ['M-1'],
    },
    {
      ...job(1),
      id: 'job-b',
      file: '-2+3.csv',
      practice: '@Riverside',
      receivedAt: new Date(2026, 0, 5, 10, 30).toISOString(),
      state: 'failed',
      counts: { rows: 2, sent: 0, unchanged: 0, skipped: 0, errors: 2 },
      reason: 'The file could not be read: "Date" is\nmissing',
      dataJobIds: [],
      messageIds: [],
    },
  ];

  it('quotes commas, quotes and line breaks, and defuses formula cells (worked out by hand)', () => {
    const csv = historyCsv(tricky);
    expect(csv.split('\r\n')).toEqual([
      'Received,Finished,Practice,File,Result,Rows,Sent,Unchanged,Skipped,Failed,Reason,DataJobId,MessageId,Job id',
      '2026-01-05 09:07,2026-01-05 09:08,"Smith, Jones & Co",' +
        '"\'=HYPERLINK(""http://evil.example"",""open"").csv",Processed,5,4,1,0,0,,DJ-1 DJ-2,M-1,job-a',
      '2026-01-05 10:30,,"\'@Riverside","\'-2+3.csv",Failed,2,0,0,0,2,' +
        '"The file could not be read: ""Date"" is\nmissing",,,job-b',
    ]);
    // And a spreadsheet reader gets the cells back whole.
    const back = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
    expect(back[1]![3]).toBe('\'=HYPERLINK("http://evil.example","open").csv');
    expect(back[2]![10]).toBe('The file could not be read: "Date" is\nmissing');
  });

  it('a formula after a line break is defused too (papaparse`s own pattern misses it)', () => {
    const csv = historyCsv([{ ...tricky[0]!, file: '=1+2\nx.csv' }]);
    expect(csv.split('\r\n')[1]).toContain(',"\'=1+2\nx.csv",');
  });

  it('saves every job matching the filters, not only the page, where the person chose', async () => {
    const out = path.join(tempDir(), 'history.csv');
    const asked: string[] = [];
    const result = await exportHistoryCsv(
      { result: 'held', practiceKey: 'riverside', offset: 100, limit: 50 },
      jobHistoryOf(store),
      {
        pickSaveFile: async (name) => (asked.push(name), out),
        pickFolder: async () => null,
        pickFile: async () => null,
        showInFolder: () => {},
        openReview: () => {},
      },
      () => new Date(2026, 10, 25, 9, 0),
    );
    // Held (i mod 4 = 2) are all even, so all 300 are Riverside's.
    expect(result).toEqual({ ok: true, message: 'Saved 300 files to history.csv.' });
    expect(asked).toEqual(['sending-history-2026-11-25.csv']);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFReceived,')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(301);
    expect(rows[1]![13]).toBe('job-1198');
    expect(rows[300]![13]).toBe('job-0002');
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(['Held for review']));
  });

  it('a cancelled save dialog writes nothing and says nothing', async () => {
    const r = await exportHistoryCsv(
      {},
      jobHistoryOf(store),
      {
        pickSaveFile: async () => null,
        pickFolder: async () => null,
        pickFile: async () => null,
        showInFolder: () => {},
        openReview: () => {},
      },
      () => new Date(),
    );
    expect(r).toEqual({ ok: true, message: '' });
  });
});
