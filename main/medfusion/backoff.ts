// The one backoff policy for temporary Medfusion failures (network, 5xx, 429): exponential waits
// below a cap, with a random part so many connectors that failed together do not come back
// together, and a server's Retry-After as the least wait. The engine (unattended sends, tried for
// as long as the failure lasts) and `appt-connector send` (a person waiting, a few tries) both use
// it; where they differ, the difference is a field of the policy, said why below.

export interface BackoffPolicy {
  /** First delay. */
  baseMs: number;
  /** No computed delay is longer than this. */
  capMs: number;
  /**
   * `full`: a wait between 0 and the exponential delay — spreads a crowd best, right for a few
   * tries a person is waiting on (`send`). `half`: between half of it and all of it — the engine
   * retries with no attempt limit, and keeping half makes sure its waits really grow, so an outage
   * is not met with a stream of near-immediate retries from every practice. Default `half`.
   */
  jitter?: 'full' | 'half';
  /**
   * The longest Retry-After obeyed as given (default capMs). The engine clamps a longer one to its
   * cap: it then simply tries again, and a Retry-After is never a reason to stop a practice for
   * hours. `send` refuses to block on a long one at all (withRetry's maxRetryAfterMs hands the
   * outcome back), so what reaches here is obeyed as given.
   */
  retryAfterCapMs?: number;
}

/**
 * The wait before try `attempt + 1` after try `attempt` (1-based) failed. A server's Retry-After
 * wins when it asks for more than the computed wait.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered =
    (policy.jitter ?? 'half') === 'full'
      ? Math.floor(random() * exp)
      : Math.round(exp / 2 + random() * (exp / 2));
  if (retryAfterMs === undefined) return jittered;
  const hinted = Math.min(policy.retryAfterCapMs ?? policy.capMs, Math.max(0, retryAfterMs));
  return Math.max(jittered, Math.round(hinted));
}
