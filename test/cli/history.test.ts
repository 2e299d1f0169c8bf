// `appt-connector history` as a user runs it: a real process over a real job store.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../main/cli/index.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { dataPaths } from '../../main/engine/settings/index.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let dataDir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/appt-connector.mjs', 'history', ...args], {
    encoding: 'utf8',
    env: { ...process.env, APPT_DATA_DIR: dataDir },
    timeout: 20_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same command in this process (spawning costs seconds; two tests above do spawn). */
async function inProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void out.push(String(m)));
  const error = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void err.push(String(m)));
  const before = process.env.APPT_DATA_DIR;
  process.env.APPT_DATA_DIR = dataDir;
  try {
    const code = await main(['history', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.env.APPT_DATA_DIR = before;
    log.mockRestore();
    error.mockRestore();
  }
}

function job(i: number, over: Partial<JobDetails> = {}): JobDetails {
  return {
    id: `20260302-10000${i}-abc${i}`,
    file: `clinic-export-${i}.csv`,
    practice: 'Main Street Clinic',
    receivedAt: new Date(Date.UTC(2026, 2, 2, 10, i)).toISOString(),
    state: 'processed',
    counts: { rows: 5, sent: 4, unchanged: 1, skipped: 0, errors: 0 },
    dataJobIds: [`dj-${i}`],
    messageIds: [`msg-${i}`],
    outcome: 'COMPLETED',
    patientIds: [`P-${i}`],
    rowErrors: [],
    batches: [{ index: 0, appointmentIds: ['A1', 'A2', 'A3', 'A4'], httpStatus: 202, dataJobId: `dj-${i}` }],
    ...over,
  };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'history-cli-'));
  const store = await JobStore.open(dataPaths(dataDir).jobs);
  for (let i = 1; i <= 3; i++) await store.create(job(i));
  await store.create(
    job(4, {
      state: 'failed',
      outcome: undefined,
      counts: { rows: 3, sent: 0, unchanged: 0, skipped: 1, errors: 2 },
      skippedRows: [{ reason: 'no patient (open slot or blocked time)', count: 1, lines: [4] }],
      dataJobIds: [],
      reason: 'Medfusion refused the file (HTTP 400)',
      advice: 'Check the practice id in Settings.',
      rowErrors: [
        {
          file: 'clinic-export-4.csv',
          line: 3,
          column: 'Date',
          field: 'start',
          value: '2026-13-45',
          message: 'is not a date',
          hint: 'Use MM/DD/YYYY.',
        },
      ],
      batches: [
        { index: 0, appointmentIds: ['B1'], httpStatus: 400, serverText: 'IntegrationPracticeId unknown' },
      ],
    }),
  );
  // Left open on purpose: history reads while the engine holds the store.
  (globalThis as { heldStore?: JobStore }).heldStore = store;
});

afterAll(async () => {
  await (globalThis as { heldStore?: JobStore }).heldStore?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('appt-connector history', () => {
  it('prints a table, newest first, with counts, DataJobIds, outcome and reason', () => {
    const r = cli();
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(
      /^TIME\s+FILE\s+PRACTICE\s+SENT\/SAME\/SKIP\/ERR\s+DATAJOBIDS\s+OUTCOME\s+JOB\s+REASON$/,
    );
    expect(lines[1]).toMatch(
      /clinic-export-4\.csv .*0\/0\/1\/2 .*FAILED .*Medfusion refused the file \(HTTP 400\)/,
    );
    expect(lines[2]).toMatch(/clinic-export-3\.csv .*4\/1\/0\/0 .*dj-3 .*COMPLETED/);
    expect(r.out).toContain('1 failed, 0 held for review, 0 in progress');
  });

  it('--json for scripts; exit 2 on bad usage (spawned)', () => {
    const failed = JSON.parse(cli('--failed', '--json').out) as {
      jobs: { file: string }[];
      counts: { failed: number };
    };
    expect(failed.jobs.map((j) => j.file)).toEqual(['clinic-export-4.csv']);
    expect(failed.counts.failed).toBe(1);
    const bad = cli('--limit', 'lots');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--limit must be a whole number from 1 to 10000, not 'lots'");
  });

  it('searches, limits and pages', async () => {
    const byPatient = JSON.parse((await inProcess('--search', 'p-2', '--json')).out) as {
      jobs: { file: string }[];
    };
    expect(byPatient.jobs.map((j) => j.file)).toEqual(['clinic-export-2.csv']);
    const page = JSON.parse((await inProcess('--limit', '2', '--json')).out) as {
      jobs: { id: string }[];
      next: string;
    };
    expect(page.jobs.length).toBe(2);
    const rest = JSON.parse((await inProcess('--before', page.next, '--json')).out) as {
      jobs: { file: string }[];
    };
    expect(rest.jobs.map((j) => j.file)).toEqual(['clinic-export-2.csv', 'clinic-export-1.csv']);
    expect((await inProcess('--limit', '2')).out).toContain(
      `More: appt-connector history --before ${page.next}`,
    );
    expect((await inProcess('--search', 'zzz')).out).toContain("No jobs match 'zzz'");
  });

  it('shows one job in full: row errors, server words, what to do', async () => {
    const r = await inProcess('--job', '20260302-100004-abc4');
    expect(r.code).toBe(0);
    expect(r.out).toContain('what to do  Check the practice id in Settings.');
    expect(r.out).toContain('server said: IntegrationPracticeId unknown');
    expect(r.out).toContain('1 × no patient (open slot or blocked time): line 4');
    expect(r.out).toContain(
      "clinic-export-4.csv, line 3, column 'Date': is not a date (value '2026-13-45'). Use MM/DD/YYYY.",
    );
    expect((await inProcess('--job', 'nope')).code).toBe(1);
  });

  it('exits 2 on an unknown option and 0 on an empty history', async () => {
    expect((await inProcess('--bogus')).code).toBe(2);
    const empty = await inProcess('--data-dir', path.join(dataDir, 'none'));
    expect(empty.code).toBe(0);
    expect(empty.out).toContain('No jobs in the history');
  });
});
