// A full-schedule export (snapshot mode) speaks for every appointment of its dates, providers and
// offices: one it does not list is not booked (it cancelled it, or there was nothing to cancel).
// A file read after it but older than it (a held file released, a failed job retried) must not
// book again what it left out: the 09:00 file held for a note, the 10:00 snapshot sent, then the
// 09:00 file confirmed booked an appointment deleted in between. No export after the 09:00 one
// lists that id, so listed ids (listed-ids.ts) cannot tell; the snapshot's reach can.
// Only a snapshot written after this file counts (one written earlier, copied in later, knew
// nothing of what was booked since), and only one that cancelled what it left out (not cut short,
// no row without an id: it is recorded only then). The newest 100 exports are kept
// (exports-read.ts): a file held longer than that is judged by them alone.
import type { Appointment } from '../../model/appointment.ts';
import { UNASSIGNED_PROVIDER } from '../../import/map/row-defaults.ts';
import type { SnapshotScope } from '../exports-read.ts';
import type { PracticeContext } from './job-context.ts';

/** Why a booked appointment of an older file is not sent. */
export const LEFT_OUT_LATER =
  'left as the later export had it (a later full-schedule export of its day did not list it): not booked';

interface Reach {
  from: number;
  to: number;
  /** A file whose rows name no provider covers them all (as same-person.ts reads it). */
  everyProvider: boolean;
  providers: ReadonlySet<string>;
  locations: ReadonlySet<string>;
}

/** What a snapshot that cancels in `range` covers, to record when it goes. */
export function snapshotScope(
  range: { from: Date; to: Date },
  r: { providers: ReadonlySet<string>; locations: ReadonlySet<string> },
): SnapshotScope {
  return {
    from: range.from.getTime(),
    to: range.to.getTime(),
    providers: [...r.providers],
    locations: [...r.locations],
  };
}

export class LaterSnapshots {
  private constructor(private readonly reaches: readonly Reach[]) {}

  /** The snapshots that arrived after `arrivedMs` and were written after `writtenMs` (this file's
   *  modification time, when known). One ledger call per reading; none for the newest file. */
  static async of(
    ctx: PracticeContext,
    arrivedMs: number,
    writtenMs: number | undefined,
  ): Promise<LaterSnapshots> {
    const later = (await ctx.ledger.exportsArrivedAfter?.(arrivedMs)) ?? [];
    const reaches: Reach[] = [];
    for (const e of later) {
      if (!e.snapshot || (writtenMs !== undefined && e.modifiedMs <= writtenMs)) continue;
      reaches.push({
        from: e.snapshot.from,
        to: e.snapshot.to,
        everyProvider: e.snapshot.providers.includes(UNASSIGNED_PROVIDER),
        providers: new Set(e.snapshot.providers),
        locations: new Set(e.snapshot.locations),
      });
    }
    return new LaterSnapshots(reaches);
  }

  /** A later snapshot covers this booked appointment's start, provider and office (and, as the
   *  caller has checked, did not list its id). */
  leftOut(a: Appointment): boolean {
    const start = a.start.getTime();
    for (const r of this.reaches)
      if (
        start >= r.from &&
        start <= r.to &&
        (r.everyProvider || r.providers.has(a.participant.identifier)) &&
        r.locations.has(a.location)
      )
        return true;
    return false;
  }
}
