// What a file's starts say about midnight in its start column (the `midnight` question and the
// practice's answer that it means "no time was saved", map/midnight-untimed.ts). The answer is safe
// only where the file shows a day's schedule: other starts that are real times, none of them at
// night. Midnight beside 23:00 and 01:00 (a sleep lab) may be a real visit; midnight as the only
// time of a file is a date with no time, which says nothing of the visits' hours. Both are asked.
import { isMidnight, isNightStart } from '../map/midnight-untimed.ts';
import type { TimeOfDay } from '../map/parse-time.ts';

const MAX_SAMPLES = 3;

export class UntimedMidnights {
  /** Starts other than midnight (timed), and those among them at night (20:00 to 04:59). */
  private timed = 0;
  private night = 0;
  readonly nightSamples: string[] = [];
  /** Rows the practice's answer read as saved without a time (row errors). */
  answeredCount = 0;
  readonly answeredSamples: string[] = [];

  /** A start read on the clock (every start, midnight or not). */
  start(time: TimeOfDay, value: string): void {
    if (isMidnight(time)) return;
    this.timed++;
    if (!isNightStart(time)) return;
    this.night++;
    if (this.nightSamples.length < MAX_SAMPLES && !this.nightSamples.includes(value))
      this.nightSamples.push(value);
  }

  /** A midnight start the answer made a row error. */
  answered(value: string): void {
    this.answeredCount++;
    if (this.answeredSamples.length < MAX_SAMPLES && !this.answeredSamples.includes(value))
      this.answeredSamples.push(value);
  }

  /** Whether "midnight means no time was saved" can be taken for this file: it has starts that
   *  are real times, none at night. */
  get answerable(): boolean {
    return this.timed > 0 && this.night === 0;
  }

  /** Why the answer cannot be taken for this file (undefined when it can). */
  get notAnswerable(): string | undefined {
    if (this.timed === 0)
      return 'no start of the file has a time other than midnight, so nothing shows it is a day schedule';
    if (this.night > 0)
      return `${this.night} start${this.night === 1 ? ' is' : 's are'} at night (${this.nightSamples.map((s) => `'${s}'`).join(', ')}), so a start at midnight may be a real visit`;
    return undefined;
  }
}
