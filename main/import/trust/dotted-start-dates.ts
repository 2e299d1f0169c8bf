// Appointment dates written with dots in a file read month-first. A dotted date is read day-first
// wherever it is written (map/parse-date.ts: `04.03.2027` is 4 March, as Europe writes it), yet
// some US programs and hands write dots month-first too (`03.25.2027`; date-order-decision.ts
// dottedColumns). Where the file's order is month-first (its slashed dates, or the practice's
// region) and no dotted date says day-first by itself (`22.03.2027`, no month 22), one that reads
// both ways is a guess: a hand-edited `04.03.2027` among `03/22/2027` may be 3 April. The file is
// held and asked; a dotted date that only makes sense month-first is file-audit.ts's otherOrder.
// Headers in a day-first language (`Datum`, `Fecha`) say the program writes its dots day-first:
// not asked (file-audit.ts).
import type { Doubt } from '../../model/doubt.ts';

const MAX_SAMPLES = 3;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(?:\d{2}|\d{4})(?!\d)/;

export class DottedStartDates {
  /** A dotted start date that proves day-first (its first part above 12). */
  private dayFirst = false;
  private readonly both: string[] = [];
  private bothCount = 0;

  /** A start date cell of a file read month-first, once per distinct value. */
  note(value: string): void {
    const m = DOTTED.exec(value.trim());
    if (!m) return;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) this.dayFirst = true;
    else if (a <= 12 && b <= 12 && a !== b) {
      this.bothCount++;
      if (this.both.length < MAX_SAMPLES) this.both.push(value.trim());
    }
  }

  /** The question when some dotted start dates read both ways and none proves day-first. */
  doubt(column: string | undefined): Doubt | undefined {
    if (this.dayFirst || this.bothCount === 0) return undefined;
    const sample = this.both[0]!;
    const [d, m] = sample.split('.');
    return {
      kind: 'date-order',
      check: 'dotted-date-order',
      ...(column ? { column } : {}),
      message: `the file's dates are read month-first, but dates written with dots are read day-first, and none of them shows which ('${sample}' goes as day ${Number(d)} of month ${Number(m)}; month-first it is day ${Number(m)} of month ${Number(d)})`,
      samples: [...this.both],
      question: `Are the dates written with dots ('${sample}') day-first? Confirm the mapping only if they are; if they are month-first, export the dates with slashes (MM/DD/YYYY)`,
    };
  }
}
