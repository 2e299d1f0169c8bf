// A start column that writes most starts with their zone and some without: an API's serialiser
// writes `2027-03-22T16:00:00Z` for a time it knows is UTC and `2027-03-22T10:00:00` for one it
// does not (.NET's DateTimeKind.Unspecified, a script's naive datetime), so the plain one may be
// UTC written without its `Z` or the practice's clock, hours apart. Read on the practice's clock
// it went as a guess (red team 57d). The file is held and one question asked; confirming says the
// plain starts are the practice's clock, as they are then read. A format that defines a plain
// time as the sender's clock (HL7 v2) is asked only when a zoned start shows the sender's clock is
// not plainly the practice's (`+0000`, `-0500` at a Los Angeles practice): its plain starts are
// then on a clock the file does not name (red team 57r1). A column whose zoned starts are on two
// clocks, some at the practice's offset and some at another (`-0700` beside `-0000` or `Z`), is
// asked too: one writer wrote both, so one of its clocks is not what it says (59r1: HL7's `-0000`,
// an offset not known in RFC 3339's reading, sent 10:00 as 3 AM beside starts at -0700).
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

  /** A start of the column `header` written with its zone or offset (`zoned`), or with a time and
   *  none; `ownClock` false when its zone is not the practice's at that instant. */
  note(value: string, zoned: boolean, header: string | undefined, ownClock = true): void {
    this.column ??= header;
    if (zoned) {
      this.zoned ??= value;
      if (!ownClock) this.otherClock ??= value;
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

  /** Zoned starts on the practice's offset and on another in one column. */
  private twoClocks(timeZone: string): Doubt | undefined {
    if (this.ownClock === undefined || this.otherClock === undefined) return undefined;
    return {
      kind: 'time-zone',
      check: 'starts-without-zone',
      ...(this.column ? { column: this.column } : {}),
      message: `the starts carry two clocks: '${this.ownClock}' at ${timeZone}'s offset, '${this.otherClock}' at another; one program wrote both, so one of its offsets is not the time it says (a fixed offset, or '-0000' for an offset it did not know)`,
      samples: [this.ownClock, this.otherClock],
      question: `Are the starts the times their offsets say ('${this.ownClock}', '${this.otherClock}')? Confirm the mapping only if they are; otherwise have the export write every start with the practice's offset`,
    };
  }
}
