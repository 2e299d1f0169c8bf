// The fault matrix: every way Medfusion (here the sandbox's fault switches) can misbehave, one row
// each, through the real engine. Each row states the outcome a user should see: retried then
// processed, failed with the server's words, or the practice paused with a credentials problem.
// Whatever happens, the export ends in processed/ or failed/ (or waits, paused, in the inbox
// until the user fixes the credentials): nothing is lost.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createHarness, listFiles, type Harness } from '../engine/support/engine-harness.ts';
import { clinikoCsv } from '../engine/support/generate-export.ts';
import type { FaultRule } from '../../main/sandbox/faults.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Outcome = 'processed' | 'failed' | 'paused';
interface Row {
  fault: string;
  rules?: FaultRule[];
  /** Something other than a fault rule: expired tokens, an unknown practice id. */
  arrange?: (h: Harness) => void;
  /** Runs once the engine is up, before the export is dropped. */
  afterStart?: (h: Harness) => Promise<void>;
  outcome: Outcome;
  /** Words the job's reason (failed) or the credentials problem (paused) must contain. */
  words?: RegExp;
  /** At least this many ms from the drop to the accepted POST (a Retry-After honoured). */
  minSpreadMs?: number;
  /** The engine's longest wait between tries (the harness's default is 400 ms). */
  capMs?: number;
}

const POST = 'appointmentsdata' as const;
const finished = (j: JobDetails) => j.state === 'processed' || j.state === 'failed';
const MATRIX: Row[] = [
  { fault: '500 twice', rules: [{ route: POST, status: 500, times: 2 }], outcome: 'processed' },
  { fault: '502 twice', rules: [{ route: POST, status: 502, times: 2 }], outcome: 'processed' },
  {
    fault: '503 with Retry-After: 2',
    rules: [{ route: POST, status: 503, retryAfter: 2, times: 1 }],
    outcome: 'processed',
    // The engine waits max(backoff, Retry-After) up to its cap: with a 3 s cap, the server's 2 s.
    capMs: 3000,
    minSpreadMs: 1900,
  },
  {
    fault: '429 twice',
    rules: [{ route: POST, status: 429, retryAfter: 0, times: 2 }],
    outcome: 'processed',
  },
  {
    fault: '503 from the token endpoint',
    rules: [{ route: 'token', status: 503, times: 2 }],
    outcome: 'processed',
  },
  {
    fault: 'answer slower than the timeout',
    rules: [{ route: POST, delayMs: 2500, times: 1 }],
    outcome: 'processed',
  },
  {
    fault: 'connection reset before handling',
    rules: [{ route: POST, drop: true, times: 1 }],
    outcome: 'processed',
  },
  {
    fault: 'accepted, then the connection dropped',
    rules: [{ route: POST, drop: true, phase: 'after', times: 1 }],
    outcome: 'processed',
  },
  {
    fault: 'expired token',
    // A first export makes the engine hold a token; then every token issued stops working.
    afterStart: async (x) => {
      fs.writeFileSync(path.join(x.inbox(), 'warm-up.csv'), clinikoCsv(1, { firstId: 70_000 }));
      await x.waitFor((jobs) => jobs.some((j) => j.file === 'warm-up.csv' && finished(j)));
      x.sandbox.faults.expireTokens();
    },
    outcome: 'processed',
  },
  {
    fault: '401 that persists',
    rules: [{ route: POST, status: 401, times: 'always' }],
    outcome: 'paused',
    words: /credentials|Credentials/,
  },
  {
    fault: '404 practice (unknown practice id)',
    arrange: (x) => (x.settings.practices[0]!.practiceId = crypto.randomUUID()),
    outcome: 'failed',
    words: /Not found: no practice with integration id/,
  },
  { fault: '415', rules: [{ route: POST, status: 415, times: 1 }], outcome: 'failed', words: /415/ },
  { fault: '400', rules: [{ route: POST, status: 400, times: 1 }], outcome: 'failed', words: /400/ },
];

test.each(MATRIX)(
  '$fault → $outcome',
  async (row) => {
    h = await createHarness({
      requestTimeoutMs: 1000,
      ...(row.capMs ? { tuning: { sendPolicy: { baseMs: 50, capMs: row.capMs } } } : {}),
    });
    const harness = h;
    row.arrange?.(harness);
    if (row.rules) harness.sandbox.faults.set(row.rules);
    const running = await harness.start();
    await row.afterStart?.(harness);
    const inbox = harness.inbox();
    fs.writeFileSync(path.join(inbox, '.a.tmp'), clinikoCsv(3));
    const droppedAt = Date.now();
    fs.renameSync(path.join(inbox, '.a.tmp'), path.join(inbox, 'a.csv'));

    if (row.outcome === 'paused') {
      const until = Date.now() + 15_000;
      let problem;
      while (!(problem = running.engine.getStatus().problems.find((p) => p.kind === 'credentials'))) {
        if (Date.now() > until)
          throw new Error(`no credentials problem: ${JSON.stringify(running.engine.getStatus())}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(`${problem.message} ${problem.hint}`).toMatch(row.words!);
      const job = harness.jobs().find((j) => j.file === 'a.csv');
      if (job) expect(finished(job)).toBe(false); // waiting, not given up
      expect(listFiles(inbox).some((f) => f.startsWith('failed/') || f.startsWith('processed/'))).toBe(false);
      // The user fixes the credentials and resumes: the same export goes through.
      harness.sandbox.faults.clear();
      running.engine.resumePractice(harness.settings.practices[0]!.name);
    }

    const jobs = await harness.waitFor((js) => js.some((j) => j.file === 'a.csv' && finished(j)));
    const job = jobs.find((j) => j.file === 'a.csv');
    const expected = row.outcome === 'paused' ? 'processed' : row.outcome;
    expect(job!.state, job!.reason).toBe(expected);
    const files = listFiles(inbox);
    expect(files.filter((f) => /a\.csv$/.test(f))).toEqual([
      expect.stringMatching(new RegExp(`^${expected}/`)),
    ]);
    const received = harness.sandbox.received();
    if (expected === 'processed') {
      const ids = new Set(received.flatMap((r) => r.appointmentIds));
      expect([...ids]).toEqual(expect.arrayContaining(['90000', '90001', '90002']));
      expect(job!.counts.sent).toBe(3);
    } else {
      expect(job!.reason).toMatch(row.words!);
      const report = fs.readFileSync(path.join(inbox, 'failed', 'a.csv.error.txt'), 'utf8');
      expect(report).toMatch(row.words!);
      expect(report).toMatch(/What to do/);
    }
    if (row.minSpreadMs) {
      // The 503 was answered before recording: the one record is the retry, sent after the wait.
      expect(received).toHaveLength(1);
      expect(Date.parse(received[0]!.receivedAt) - droppedAt).toBeGreaterThanOrEqual(row.minSpreadMs);
    }
  },
  30_000,
);
