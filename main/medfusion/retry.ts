// Retrying temporary failures in place, for a person waiting on one request (`send`): a few tries
// with the one backoff policy (./backoff.ts) at full jitter. Only `retryable` outcomes are
// retried; accepted, rejected and unauthorized come back at once.
import { backoffDelay } from './backoff.ts';

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
    const delayMs = backoffDelay(
      attempt,
      // Full jitter: few tries, so spreading them matters more than guaranteed growth. A
      // Retry-After that got this far is at most maxRetryAfterMs and is waited out as given.
      { baseMs: opts.baseMs, capMs: opts.capMs, jitter: 'full', retryAfterCapMs: maxRetryAfterMs },
      opts.random,
      hinted,
    );
    opts.onRetry?.({ attempt, delayMs, outcome: outcome as T & { kind: 'retryable' } });
    await sleep(delayMs);
    if (opts.signal?.aborted) return outcome;
  }
}
