// Starts that are all exactly noon. A program that keeps an appointment's day without its time
// writes a time all the same, and noon is the one chosen where midnight would move the day in
// another time zone (`03/15/2027 12:00:00 PM`, `12:00` on every row; start-time-beside.ts meets it
// beside a time column). A file whose every start is 12:00 shows no visit's hour, so it is asked,
// like midnight on every row, never sent as a list of lunchtime visits. One start at noon says
// nothing (a one-row export), nor does noon among other times (a day's schedule).
import type { Doubt } from '../../model/doubt.ts';
import type { TimeOfDay } from '../map/parse-time.ts';

const MAX_SAMPLES = 3;

export class NoonOnly {
  private starts = 0;
  private noons = 0;
  private readonly samples: string[] = [];

  /** A start read on the clock (every start of the file). */
  start(time: TimeOfDay, value: string): void {
    this.starts++;
    if (time.hour !== 12 || time.minute !== 0 || time.second !== 0) return;
    this.noons++;
    if (this.samples.length < MAX_SAMPLES && !this.samples.includes(value)) this.samples.push(value);
  }

  /** The question when every start (two or more) is noon; `where`: the start-time column's names. */
  doubt(where: Pick<Doubt, 'kind' | 'field' | 'column'>): Doubt | undefined {
    if (this.starts < 2 || this.noons !== this.starts) return undefined;
    return {
      check: 'noon-only',
      ...where,
      message: `every start of the file (${this.starts} rows) is 12:00 noon, which is how some programs write a day saved without a time; every visit would go at 12:00 PM`,
      samples: [...this.samples],
      question:
        'Do these appointments really all start at 12:00 noon? Confirm the mapping only if so; otherwise export the appointments with their start times',
    };
  }
}
