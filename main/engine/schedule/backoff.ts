// Exponential backoff with "full jitter" below a cap. Why jitter: after an outage every practice
// would otherwise retry in the same second and knock the server over again.

export interface BackoffPolicy {
  /** First delay. */
  baseMs: number;
  /** No delay is longer than this. There is no attempt limit: a temporary failure (network, 5xx,
   *  429) is tried again for as long as it lasts, at most this far apart. */
  capMs: number;
}

export const SEND_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/**
 * Delay before attempt `attempt + 1` (attempt counts from 1). A server's Retry-After wins when it
 * asks for more. Jitter keeps at least half of the exponential delay so retries do not bunch up.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  return Math.round(Math.min(policy.capMs, Math.max(jittered, retryAfterMs ?? 0)));
}

/** Poll schedule for processing status: 2 s, 4 s, 8 s … up to a cap, no jitter needed. */
export interface PollPolicy {
  firstMs: number;
  capMs: number;
  /** Stop and record PENDING after this long. */
  giveUpAfterMs: number;
}

/** How often each practice's inbox is checked (reconnect, sweep): cheap, one stat and one readdir. */
export const INBOX_CHECK_MS = 30_000;

export const TRACK_POLL: PollPolicy = { firstMs: 2_000, capMs: 5 * 60_000, giveUpAfterMs: 60 * 60_000 };

export function pollDelay(poll: number, policy: PollPolicy): number {
  return Math.min(policy.capMs, policy.firstMs * 2 ** Math.max(0, poll));
}
