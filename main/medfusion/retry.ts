// Retrying temporary failures: exponential backoff with full jitter (a random wait between 0 and
// min(cap, base·2^(attempt-1))), so many connectors that failed together do not come back together.
// A server's Retry-After wins over the computed wait. Only `retryable` outcomes are retried;
// accepted, rejected and unauthorized come back at once.

export interface RetryOptions {
  /** Total tries, the first included (>= 1). */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /**
   * A Retry-After longer than this is not waited out here: the last outcome is returned so the
   * caller can schedule the work for later instead of blocking (default 5 minutes).
   */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1). */
  random?: () => number;
  /**
   * Narrow which retryable outcomes are retried, e.g. not a POST that may have arrived
   * (`mayHaveArrived`) when a duplicate would matter. Default: all of them.
   */
  shouldRetry?: (outcome: { kind: 'retryable' }) => boolean;
  /** Called before each wait, e.g. for a log line (ids only). */
  onRetry?: (info: { attempt: number; delayMs: number; outcome: { kind: 'retryable' } }) => void;
  /** Stop waiting/retrying when aborted; the last outcome is returned. */
  signal?: AbortSignal;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before try `attempt + 1` after try `attempt` (1-based) failed. */
export function backoffDelayMs(
  attempt: number,
  opts: Pick<RetryOptions, 'baseMs' | 'capMs' | 'random'>,
  retryAfterMs?: number,
): number {
  if (retryAfterMs !== undefined) return Math.max(0, retryAfterMs);
  const ceiling = Math.min(opts.capMs, opts.baseMs * 2 ** (attempt - 1));
  return Math.floor((opts.random ?? Math.random)() * ceiling);
}

export async function withRetry<T extends { kind: string }>(
  fn: (attempt: number) => Promise<T>,
  opts: RetryOptions,
): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep;
  const maxRetryAfterMs = opts.maxRetryAfterMs ?? 5 * 60_000;
  const attempts = Math.max(1, Math.floor(opts.maxAttempts));
  for (let attempt = 1; ; attempt++) {
    const outcome = await fn(attempt);
    if (outcome.kind !== 'retryable' || attempt >= attempts || opts.signal?.aborted) return outcome;
    if (opts.shouldRetry && !opts.shouldRetry(outcome as T & { kind: 'retryable' })) return outcome;
    const retryAfterMs = (outcome as { retryAfterMs?: unknown }).retryAfterMs;
    const hinted = typeof retryAfterMs === 'number' ? retryAfterMs : undefined;
    if (hinted !== undefined && hinted > maxRetryAfterMs) return outcome;
    const delayMs = backoffDelayMs(attempt, opts, hinted);
    opts.onRetry?.({ attempt, delayMs, outcome: outcome as T & { kind: 'retryable' } });
    await sleep(delayMs);
    if (opts.signal?.aborted) return outcome;
  }
}
