// The engine's schedule: how far apart sends are retried (the policy itself, shared with the CLI's
// `send`, is medfusion/backoff.ts), how often processing status is polled, how often inboxes are
// checked.
import type { BackoffPolicy } from '../../medfusion/backoff.ts';

export { backoffDelay, type BackoffPolicy } from '../../medfusion/backoff.ts';

/** No attempt limit: a temporary failure (network, 5xx, 429) is tried again for as long as it
 *  lasts, at most 5 minutes apart; a longer Retry-After is clamped to those 5 minutes. */
export const SEND_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000, jitter: 'half' };

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
