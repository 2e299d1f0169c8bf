import { backoffDelay } from '../../main/medfusion/backoff.ts';
import { withRetry } from '../../main/medfusion/retry.ts';

type O = { kind: 'retryable'; retryAfterMs?: number } | { kind: 'accepted' } | { kind: 'rejected' };

describe('withRetry', () => {
  it('backs off exponentially with full jitter, capped', () => {
    const full = { baseMs: 100, capMs: 1000, jitter: 'full' as const, retryAfterCapMs: 60_000 };
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(a, full, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffDelay(3, full, () => 0)).toBe(0);
    expect(backoffDelay(3, full, () => 0.999, 2500)).toBe(2500);
  });

  it('retries only retryable outcomes, waiting the computed or the server-given time', async () => {
    const waits: number[] = [];
    const seq: O[] = [{ kind: 'retryable' }, { kind: 'retryable', retryAfterMs: 1234 }, { kind: 'accepted' }];
    const calls: number[] = [];
    const out = await withRetry(
      async (attempt) => {
        calls.push(attempt);
        return seq[attempt - 1]!;
      },
      {
        maxAttempts: 5,
        baseMs: 100,
        capMs: 1000,
        random: () => 0.5,
        sleep: async (ms) => void waits.push(ms),
      },
    );
    expect(out.kind).toBe('accepted');
    expect(calls).toEqual([1, 2, 3]);
    expect(waits).toEqual([50, 1234]);
  });

  it('returns a final outcome at once and gives up after maxAttempts', async () => {
    let n = 0;
    const rejected = await withRetry<O>(async () => (n++, { kind: 'rejected' }), {
      maxAttempts: 5,
      baseMs: 1,
      capMs: 1,
      sleep: async () => {},
    });
    expect(rejected.kind).toBe('rejected');
    expect(n).toBe(1);
    n = 0;
    const last = await withRetry<O>(async () => (n++, { kind: 'retryable' }), {
      maxAttempts: 3,
      baseMs: 1,
      capMs: 1,
      sleep: async () => {},
    });
    expect(last.kind).toBe('retryable');
    expect(n).toBe(3);
  });

  it('hands back a Retry-After longer than maxRetryAfterMs instead of blocking', async () => {
    let n = 0;
    const out = await withRetry<O>(async () => (n++, { kind: 'retryable', retryAfterMs: 3_600_000 }), {
      maxAttempts: 5,
      baseMs: 1,
      capMs: 1,
      maxRetryAfterMs: 60_000,
      sleep: async () => {
        throw new Error('must not wait');
      },
    });
    expect(out).toEqual({ kind: 'retryable', retryAfterMs: 3_600_000 });
    expect(n).toBe(1);
  });
});

describe('withRetry shouldRetry', () => {
  it('lets the caller keep some retryable outcomes from being retried', async () => {
    let n = 0;
    const out = await withRetry(async () => (n++, { kind: 'retryable' as const, mayHaveArrived: true }), {
      maxAttempts: 5,
      baseMs: 1,
      capMs: 1,
      sleep: async () => {},
      shouldRetry: (o) => !('mayHaveArrived' in o),
    });
    expect(out.kind).toBe('retryable');
    expect(n).toBe(1);
  });
});
