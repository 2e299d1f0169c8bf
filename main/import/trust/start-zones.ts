// A start column that writes most starts with their zone and some without: an API's serialiser
// writes `2027-03-22T16:00:00Z` for a time it knows is UTC and `2027-03-22T10:00:00` for one it
// does not (.NET's DateTimeKind.Unspecified, a script's naive datetime), so the plain one may be
// UTC written without its `Z` or the practice's clock, hours apart. Read on the practice's clock
// it went as a guess (red team 57d). The file is held and one question asked; confirming says the
// plain starts are the practice's clock, as they are then read. A format that defines a plain
// time as the sender's clock (HL7 v2) is asked only when a zoned start shows the sender's clock is
// not plainly the practice's (`+0000`, `-0500` at a Los Angeles practice): its plain starts are
// then on a clock the file does not name (red team 57r1). A start written in UTC (`Z`, `-0000`)
// that lands at night here, in a column whose other starts carry the practice's own offset, is
// asked too: the writer knows the practice's offset, so its UTC one is likely the practice's clock
// marked UTC (59r1: HL7's `-0000`, 'offset not known' in RFC 3339, sent 10:00 as 3 AM beside
// starts at -0700). A UTC start by day beside them is an instant like any (written-zones.test.ts).
import type { Doubt } from '../../model/doubt.ts';

/** A start written at UTC: `Z`, `+0000`, `-00:00` at its end. */
const ZERO_OFFSET = /(?:z|[+-]00:?00)$/i;

export class StartZones {
  private zoned?: string;
  private plain?: string;
  private plainCount = 0;
  private column?: string;
  /** A zoned start whose zone or offset is not the practice's at that instant. */
  private otherClock?: string;
  /** A zoned start at the practice's own offset at that instant, that offset not UTC's. */
  private ownClock?: string;
  /** A start written in UTC that falls between 00:00 and 04:59 on the practice's clock. */
  private utcNight?: string;

  /** A start of the column `header` written with its zone or offset (`zoned`), or with a time and
   *  none; `ownClock` false when its zone is not the practice's at that instant. */
  note(value: string, zoned: boolean, header: string | undefined, ownClock = true, night = false): void {
    this.column ??= header;
    if (zoned) {
      this.zoned ??= value;
      if (!ownClock) {
        this.otherClock ??= value;
        if (night && ZERO_OFFSET.test(value.trim())) this.utcNight ??= value;
      }
      // A `Z` or `+0000` on the practice's clock is a UTC writer's in a zone at UTC that season
      // (London in winter), not proof the writer writes the practice's offset.
      else if (!ZERO_OFFSET.test(value.trim())) this.ownClock ??= value;
    } else {
      this.plain ??= value;
      this.plainCount++;
    }
  }

  /** `plainLocal`: the format defines a plain start as the sender's clock (HL7 v2). */
  doubt(timeZone: string, plainLocal = false): Doubt | undefined {
    if (this.zoned === undefined) return undefined;
    if (this.plain === undefined) return this.twoClocks(timeZone);
    if (plainLocal && this.otherClock === undefined) return undefined;
    const zoned = plainLocal ? this.otherClock! : this.zoned;
    const column = this.column;
    const rows = this.plainCount === 1 ? 'one start is' : `${this.plainCount} starts are`;
    return {
      kind: 'time-zone',
      check: 'starts-without-zone',
      ...(column ? { column } : {}),
      message: `${rows} written without a zone ('${this.plain}') in a column whose other starts carry one ('${zoned}'): a start without its zone may be UTC written without its 'Z' or the practice's clock (${timeZone}), hours apart`,
      samples: [this.plain, zoned],
      question: `Are the starts written without a zone ('${this.plain}') on the practice's clock (${timeZone})? Confirm the mapping only if they are: they are then sent as written on ${timeZone}'s clock. Otherwise have the export write every start with its zone`,
    };
  }

  /** A UTC start at night here beside starts at the practice's own offset. */
  private twoClocks(timeZone: string): Doubt | undefined {
    if (this.ownClock === undefined || this.utcNight === undefined) return undefined;
    return {
      kind: 'time-zone',
      check: 'starts-without-zone',
      ...(this.column ? { column: this.column } : {}),
      message: `'${this.utcNight}' is written in UTC, at night on ${timeZone}'s clock, beside starts at the practice's own offset ('${this.ownClock}'): it may be the practice's clock marked UTC ('-0000' is an offset not known), hours apart`,
      samples: [this.ownClock, this.utcNight],
      question: `Is '${this.utcNight}' the UTC time it says (at night on ${timeZone}'s clock)? Confirm the mapping only if it is; otherwise have the export write every start with the practice's offset`,
    };
  }
}
