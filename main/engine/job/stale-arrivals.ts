// Exports that arrived after a file but were written before it. Listed ids (listed-ids.ts) give
// the last word on an appointment to the export that ARRIVED last, so that a held file released
// late, or a failed job retried, never undoes a later export's changes. But the file held for a
// question may be the newest: the 10:00 export held for a status word, the 09:00 one synced late
// from the share and sent meanwhile (it was newer than anything that had gone). Once the 10:00 file
// is answered, the 09:00 one arrived later but knows less: if it kept the last word, the visits the
// 10:00 file cancelled or moved would stay as the 09:00 one had them, with nothing said.
// So an export that arrived after this file counts as later only when it may have been made after
// it. When every export that arrived after it was written before it, by a clock that says so
// (its modification time, unless this file's is after its own arrival: a clock set ahead; or the
// run time in names of one pattern: older-file.ts) and none says
// the other way, this file goes as it would had it arrived in the order they were written. Any
// later arrival that may be newer, or one no longer kept (exports-read.ts keeps the newest 100),
// keeps the guard for every appointment: listed ids keep only the newest listing of each.
// A print stamp is read with the file's rows: one of these exports that says it was made after this
// file does is asked about once the reading ends (plan-job.ts: older-file.ts's question).
import { clockAhead, KEEP, type ExportRead } from '../exports-read.ts';
import { madeAfter, OLDER_MARGIN_MS, type MadeAt } from './older-file.ts';
import { nameStamp, namedAfter } from './name-stamp.ts';
import type { PracticeContext } from './job-context.ts';

export class StaleArrivals {
  private constructor(private readonly byArrival: ReadonlyMap<number, ExportRead>) {}

  /** The exports that arrived after `arrivedMs` when every one of them was written before this
   *  file (`file`: its clocks, named `name`); undefined when any may be newer, or none arrived. */
  static async of(
    ctx: PracticeContext,
    name: string,
    arrivedMs: number,
    file: MadeAt,
  ): Promise<StaleArrivals | undefined> {
    if (file.modifiedMs === undefined) return undefined;
    const later = (await ctx.ledger.exportsArrivedAfter?.(arrivedMs)) ?? [];
    if (later.length === 0) return undefined;
    // A full list that keeps nothing from before this file may have dropped one after it.
    const before = (await ctx.ledger.exportsArrivedBefore?.(arrivedMs)) ?? [];
    if (before.length === 0 && later.length >= KEEP) return undefined;
    const stabilityMs = ctx.stabilityMs ?? 1000;
    const self: ExportRead = { file: name, modifiedMs: file.modifiedMs, arrivedMs };
    for (const e of later) if (!writtenBefore(e, self, file, stabilityMs)) return undefined;
    return new StaleArrivals(new Map(later.map((e) => [e.arrivedMs, e])));
  }

  /** The export that arrived at `arrivedMs`, when it is one of these (written before this file). */
  at(arrivedMs: number): ExportRead | undefined {
    return this.byArrival.get(arrivedMs);
  }
}

/** Export `e` was written before this file (`self`, made at `file`) by one clock, and made after
 *  it by none of those known before the rows are read. */
function writtenBefore(e: ExportRead, self: ExportRead, file: MadeAt, stabilityMs: number): boolean {
  if (madeAfter(e, file, stabilityMs)) return false;
  const margin = Math.max(stabilityMs, OLDER_MARGIN_MS);
  // A file is written before it arrives: a time after its arrival is a clock set ahead (the
  // exporting PC's, by an hour or by a day), which proves no other file older. Nor does a time a
  // day ahead of its own arrival say anything against this file's.
  const byTime =
    self.modifiedMs - self.arrivedMs <= margin &&
    !clockAhead(e.modifiedMs, e.arrivedMs) &&
    self.modifiedMs - e.modifiedMs > margin;
  if (byTime) return true;
  // This file's name says it ran after e's (names of one pattern: name-stamp.ts).
  const zone = file.timeZone;
  return !!file.named && !!zone && namedAfter(self, nameStamp(e.file, zone, e.arrivedMs, e.modifiedMs), zone);
}
