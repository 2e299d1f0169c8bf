// A start at exactly midnight UTC whose row's own end is hours after it (map/row-start.ts): a real
// start, as Cliniko writes every start in UTC, or an untimed item a program wrote as the date at
// UTC midnight with its end a default length on (a working day's 8 hours). A short end is a
// visit's, as such programs give untimed items none or a whole day; a long one (three hours or
// more, as range-windows.ts counts a long visit) is a visit only where the file shows visits that
// long starting about that hour in the practice's zone (a sleep lab's nights from 8 PM, where 8 PM
// in New York is midnight UTC). Otherwise it counts as a date with no time: in Los Angeles an
// untimed item with an 8-hour default would go as 5 PM to 1 AM (red team 59r1).
import { ownString } from '../own-string.ts';
import { LONG_MINUTES } from './range-windows.ts';

const LONG_MS = LONG_MINUTES * 60_000;
/** How near another long visit's start must be, in minutes on the practice's clock. */
const NEAR_MINUTES = 60;
/** Long midnight starts kept to compare (beyond, each counts as unproven). */
const MAX_KEPT = 200;
const DAY_MINUTES = 24 * 60;

export class LongMidnightVisits {
  private readonly midnights: Array<{ at: number; value: string }> = [];
  private overflow = 0;
  /** Local start minutes of the file's other long visits (not at midnight UTC). */
  private readonly visitStarts = new Set<number>();

  /** Whether a visit of `lastsMs` is long. */
  static isLong(lastsMs: number): boolean {
    return lastsMs >= LONG_MS;
  }

  /** A start at midnight UTC (`value`), `localMinutes` after midnight here, lasting `lastsMs`. */
  midnight(value: string, lastsMs: number, localMinutes: number): void {
    if (lastsMs < LONG_MS) return;
    if (this.midnights.length < MAX_KEPT) this.midnights.push({ at: localMinutes, value: ownString(value) });
    else this.overflow++;
  }

  /** Another row's visit (its start not at midnight UTC), `localMinutes` after midnight here. */
  visit(lastsMs: number, localMinutes: number): void {
    if (lastsMs >= LONG_MS && this.visitStarts.size < DAY_MINUTES) this.visitStarts.add(localMinutes);
  }

  /** The long midnight starts no other long visit of the file starts near: their count and values. */
  unproven(): { count: number; values: string[] } {
    const near = (at: number): boolean => {
      for (const v of this.visitStarts) {
        const d = Math.abs(v - at);
        if (Math.min(d, DAY_MINUTES - d) <= NEAR_MINUTES) return true;
      }
      return false;
    };
    const values = this.midnights.filter((m) => !near(m.at)).map((m) => m.value);
    return { count: values.length + this.overflow, values };
  }
}
