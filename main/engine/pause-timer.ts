// A person's timed pause of one practice while its runner runs (*Pause for 1 h*, *Pause until
// tomorrow*): until when, the timer that ends it by itself, and the exports left in the inbox
// meanwhile (taken once it ends). Kept durably by practice-pauses.ts; what ending the pause sets
// going (the inbox looked at again, the queue moving) is the runner's, through `due`.
import fs from 'node:fs/promises';

/** Longest delay setTimeout takes (about 24.8 days); a longer pause is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class PauseTimer {
  private untilMs?: number;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** Exports left in the inbox because of the pause, by path. */
  private readonly left = new Set<string>();

  constructor(
    private readonly clock: () => Date,
    /** The pause's time came: the owner ends it (end()). */
    private readonly due: () => void,
  ) {}

  get paused(): boolean {
    return this.untilMs !== undefined;
  }

  /** Until when (ISO), while paused. */
  get until(): string | undefined {
    return this.untilMs === undefined ? undefined : new Date(this.untilMs).toISOString();
  }

  /** Exports waiting in the inbox because of the pause. */
  get waiting(): number {
    return this.left.size;
  }

  /** Paused until `until` (paused again: the new time counts). */
  start(until: Date): void {
    this.untilMs = until.getTime();
    this.arm();
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.untilMs === undefined || this.stopped) return;
    const left = this.untilMs - this.clock().getTime();
    if (left <= 0) {
      this.due();
      return;
    }
    // Fires early only if the clock was set back or the pause is longer than a timer can wait:
    // then it is simply armed again.
    this.timer = setTimeout(() => this.arm(), Math.min(left, MAX_TIMER_MS));
    this.timer.unref?.();
  }

  /** A timer does not run while the computer sleeps: is the pause's time past? */
  isDue(): boolean {
    return this.untilMs !== undefined && this.clock().getTime() >= this.untilMs;
  }

  /** The pause is over (Resume, or its time came): the files left are forgotten here, to be looked
   *  at again as if they had just arrived. Returns false when not paused. */
  end(): boolean {
    if (this.untilMs === undefined) return false;
    this.untilMs = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.left.clear();
    return true;
  }

  /** An export left in the inbox because of the pause. Returns true when it was not counted yet. */
  leave(file: string): boolean {
    if (this.left.has(file)) return false;
    this.left.add(file);
    return true;
  }

  /** Files left during the pause that a person took away are no longer waiting. Returns true
   *  when one was. */
  async dropGone(): Promise<boolean> {
    let dropped = false;
    for (const file of [...this.left]) {
      const there = await fs.access(file).then(
        () => true,
        () => false,
      );
      if (!there) dropped = this.left.delete(file) || dropped;
    }
    return dropped;
  }

  /** The runner stops: no timer is left armed (the pause itself is kept durably elsewhere). */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
