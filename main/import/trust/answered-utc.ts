// The practice's answer that its start column writes its own clock marked as UTC by mistake
// (map/marked-utc.ts) checked on every later file: the answer is remembered, and the export may
// since have been fixed to write true UTC (a script updated, pandas upgraded). Read by the answer,
// a New York day of 8:00 to 17:30 written as the real `13:00Z` to `22:30Z` would go five hours
// late, with nothing else to notice it. The check is the utc-night check (file-audit.ts) turned
// round: every start, read as the UTC it is marked as, falls in a day's schedule (07:00 to 18:59
// in the practice's zone), while read as written, as the answer reads it, one starts at night
// (22:00 to 05:59; not 21:00, where an evening clinic that answered ends its day). The clock the practice answered for wrote a day; this file's written clock does not,
// and its UTC does. Held with the same question, whose `utc` answer drops the one kept.
import type { Doubt } from '../../model/doubt.ts';
import { utcNightQuestion } from './utc-night-question.ts';

const MAX_SAMPLES = 5;
const hh = (hour: number): string => `${String(hour).padStart(2, '0')}:xx`;

export class AnsweredUtc {
  private count = 0;
  private utcDay = true;
  private readonly edge: string[] = [];
  private edgeCount = 0;
  private first = '';

  /** One start the answer read as written: its hour as written, and the hour in the practice's
   *  zone of the UTC instant it is marked as. */
  start(writtenHour: number, utcLocalHour: number, value: string): void {
    this.count++;
    if (utcLocalHour < 7 || utcLocalHour > 18) this.utcDay = false;
    if (writtenHour >= 6 && writtenHour < 22) return;
    if (this.edgeCount++ === 0)
      this.first = `'${value.trim()}' goes at ${hh(writtenHour)}, its UTC at ${hh(utcLocalHour)}`;
    if (this.edge.length < MAX_SAMPLES && !this.edge.includes(value.trim())) this.edge.push(value.trim());
  }

  doubt(at: Pick<Doubt, 'kind' | 'field' | 'column'>, timeZone: string): Doubt | undefined {
    if (!this.utcDay || this.edgeCount === 0) return undefined;
    return {
      check: 'utc-night',
      ...at,
      message: `the times marked UTC were answered as the practice's own clock, but in this file ${this.edgeCount} of ${this.count} would then start between 22:00 and 05:59 in ${timeZone} (${this.first}), while read as the UTC they are marked as every one is a day's schedule: the export may write true UTC now, and the answer would move every appointment`,
      samples: this.edge,
      question: utcNightQuestion(timeZone, 'these appointments really start at those hours'),
    };
  }
}
