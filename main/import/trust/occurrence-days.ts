// One occurrence of a series on two days. A list of a series' visits numbers each visit's place
// (`Weekly (4 of 8)` on 22 March, `Weekly (5 of 8)` on 29 March), and those rows are one rule
// (occurrence-place.ts). The same place of one patient's rule on two days (`Weekly (4 of 8)` on
// 22 March and again on 24 March) is one visit printed at two slots: a moved visit's old slot
// left in the export, or a copy-paste; sent, both went as booked and the portal kept a visit that
// is not there. The file is held (the repeat-rule check) with both lines named.
import { occurrencePlace, withoutOccurrencePlace } from '../map/occurrence-place.ts';

/** Each patient's occurrence places under each rule, with the day and line each was first seen. */
export class OccurrenceDays {
  private readonly seen = new Map<string, { day: string; line: number }>();
  /** The first place seen on two days: its column, value and both lines. */
  twice?: { column: string; value: string; line: number; otherLine: number };

  note(column: string, value: string, patient: string, day: string, line: number): void {
    if (this.twice) return;
    const place = occurrencePlace(value);
    if (!place) return;
    const key = `${column}\u0000${withoutOccurrencePlace(value).toLowerCase()}\u0000${patient}\u0000${place}`;
    const first = this.seen.get(key);
    if (!first) {
      if (this.seen.size < 20_000) this.seen.set(key, { day, line });
      return;
    }
    if (first.day !== day) this.twice = { column, value, line, otherLine: first.line };
  }
}
