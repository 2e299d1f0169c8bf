// The one backoff policy: the engine's half jitter with Retry-After clamped to the cap, and the
// full jitter `send` uses. Expected waits worked out by hand from base·2^(attempt-1).
import { backoffDelay } from '../../main/medfusion/backoff.ts';
import { SEND_BACKOFF } from '../../main/engine/schedule/backoff.ts';

describe('backoffDelay', () => {
  it("half jitter (the engine's): between half and all of the exponential delay, below the cap", () => {
    // 2 s, 4 s, 8 s …; random 0 keeps half, random 0.5 three quarters.
    expect([1, 2, 3].map((a) => backoffDelay(a, SEND_BACKOFF, () => 0))).toEqual([1_000, 2_000, 4_000]);
    expect([1, 2, 3].map((a) => backoffDelay(a, SEND_BACKOFF, () => 0.5))).toEqual([1_500, 3_000, 6_000]);
    // attempt 10: 2 s · 512 = 1024 s, capped at 300 s; half of that at least.
    expect(backoffDelay(10, SEND_BACKOFF, () => 0)).toBe(150_000);
    expect(backoffDelay(10, SEND_BACKOFF, () => 0.999_999)).toBe(300_000);
  });

  it('a Retry-After is the least wait, and the engine clamps a long one to its 5-minute cap', () => {
    expect(backoffDelay(1, SEND_BACKOFF, () => 0, 7_000)).toBe(7_000);
    expect(backoffDelay(1, SEND_BACKOFF, () => 0, 500)).toBe(1_000);
    expect(backoffDelay(1, SEND_BACKOFF, () => 0, 3_600_000)).toBe(300_000);
  });

  it("full jitter (send's): anywhere from 0, and a Retry-After up to retryAfterCapMs is obeyed as given", () => {
    const full = { baseMs: 2_000, capMs: 10_000, jitter: 'full' as const, retryAfterCapMs: 60_000 };
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, full, () => 0.5))).toEqual([1_000, 2_000, 4_000, 5_000]);
    expect(backoffDelay(3, full, () => 0)).toBe(0);
    expect(backoffDelay(1, full, () => 0, 45_000)).toBe(45_000);
  });
});
