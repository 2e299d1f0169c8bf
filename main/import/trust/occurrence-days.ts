// One occurrence of a series at two starts. A list of a series' visits numbers each visit's place
// (`Weekly (4 of 8)` on 22 March, `Weekly (5 of 8)` on 29 March), and those rows are one rule
// (occurrence-place.ts). The same place of one patient's rule at two starts (`Weekly (4 of 8)` on
// 22 March and again on 24 March, or at 9:00 and at 14:00 of one day) is one visit printed at two
// slots: a moved visit's old slot left in the export, or a copy-paste; sent, both went as booked
// and the portal kept a visit that is not there. The file is held (occurrence-twice, asked per
// file) with both lines named. The same start twice is one row repeated, left to the row checks.
import { occurrencePlace, withoutOccurrencePlace } from '../map/occurrence-place.ts';

/** Each patient's occurrence places under each rule, with the start (or day) and line each was
 *  first seen. */
export class OccurrenceDays {
  private readonly seen = new Map<string, { when: string; line: number }>();
  /** The first place seen at two starts: its column, value and both lines. */
  twice?: { column: string; value: string; line: number; otherLine: number };

  note(column: string, value: string, patient: string, when: string, line: number): void {
    if (this.twice) return;
    const place = occurrencePlace(value);
    if (!place) return;
    const key = `${column}\u0000${withoutOccurrencePlace(value).toLowerCase()}\u0000${patient}\u0000${place}`;
    const first = this.seen.get(key);
    if (!first) {
      if (this.seen.size < 20_000) this.seen.set(key, { when, line });
      return;
    }
    if (first.when !== when) this.twice = { column, value, line, otherLine: first.line };
  }
}
