// A time cell written as a range (`05:30-10:30`, `5:30 AM-10:30 AM`) far longer than the file's
// other visits, on a booked row whose words name no visit that long (map/long-visit-words.ts: an
// infusion, a surgery, a day programme…), or name nothing at all: an OTP's dosing window or a
// clinic's open hours read as likely as a visit, and its first time is no one's appointment
// (map/dose-words.ts says the same of such a window named). A person could not call it a visit at
// its start either, so the file is held and the range asked as an off-book text of the time column
// (answered per text, map/note-statuses.ts). Far longer: at least three hours, and three times the
// longest of the file's ranges under three hours (its ordinary visits: a two-hour visit among
// hour-long ones makes a four-hour one no outlier); where every range is three hours or more the
// file shows that length is its visits', and nothing is asked. Per row, one comparison; the long
// unnamed ranges are kept by text, few per file.
import type { Doubt } from '../../model/doubt.ts';
import { ownString } from '../own-string.ts';
import { statusOption } from './status-option.ts';

export const LONG_MINUTES = 180;
const TIMES_TYPICAL = 3;
/** Distinct long texts kept (a file of thousands of windows holds on the first few). */
const MAX_KEPT = 40;

interface Sighting {
  column: string;
  minutes: number;
  line: number;
  count: number;
}

export class RangeWindows {
  /** The longest range under three hours: the file's ordinary visits. */
  private ordinary = 0;
  private readonly long = new Map<string, Sighting>();

  /** A booked row's time range of `minutes` (`value` as written in `column`); `named` when the
   *  row's words name a visit that long. */
  range(column: string, value: string, minutes: number, line: number, named: boolean): void {
    if (minutes < LONG_MINUTES && minutes > this.ordinary) this.ordinary = minutes;
    if (named || minutes < LONG_MINUTES) return;
    const seen = this.long.get(value);
    if (seen) seen.count++;
    else if (this.long.size < MAX_KEPT)
      this.long.set(ownString(value), { column: ownString(column), minutes, line, count: 1 });
  }

  doubts(): Doubt[] {
    if (!this.long.size || this.ordinary === 0) return [];
    const floor = Math.max(LONG_MINUTES, TIMES_TYPICAL * this.ordinary);
    const byColumn = new Map<string, Array<[string, Sighting]>>();
    for (const [value, s] of this.long)
      if (s.minutes >= floor) byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), [value, s]]);
    return [...byColumn].map(([column, windows]) => {
      const [first, s] = windows[0]!;
      const count = windows.reduce((n, [, w]) => n + w.count, 0);
      return {
        check: 'off-book-text',
        kind: 'status',
        field: 'status',
        column,
        message: `this time column writes a range of ${Math.round(s.minutes / 6) / 10} hours ('${first}', line ${s.line}${count > 1 ? `, ${count} rows` : ''}) where the file's visits are far shorter and the row names no visit that long: a dosing window or open hours, not an appointment at its first time`,
        samples: windows.map(([v]) => v),
        question: `Is '${first}' a window the patient comes in at any time within (a dosing window, walk-in or open hours)? Answer the text shown as not an appointment in the review (${statusOption(first, 'skip')}; kept for that text of '${column}' only), or export without those rows; answer booked only if it is one visit that long booked from its start`,
      };
    });
  }
}
