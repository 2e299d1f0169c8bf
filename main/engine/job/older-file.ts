// A file written before an export already sent for the practice, and arriving after it (the 08:00
// export copied in after the 09:00 one with its time kept, yesterday's file put back from
// processed/): what it would send is older than what the portal has, and would undo the later
// changes. Listed ids (listed-ids.ts) guard by arrival, and here the older file arrived last.
// Such a file is held; accepted once, like a mass cancellation (mass-cancel.ts: for that file's
// content), it goes. The arrival order alone decides nothing: exports copied by hand, a sync
// tool or a scheduler all arrive in the order they were written.
// A report that says when it was made (`Printed: 12/01/2026 08:02 AM`: stated-print-time.ts) is
// judged by that as well: last week's report opened in Excel and saved into the inbox again, or
// re-printed from a spool file, has a new modification time but says it was made before an export
// already sent that says so too. One that says it was made later, or says nothing, is judged by
// its modification time alone. A stamp more than a day after its file was written states nothing
// and is never remembered (exports-read.ts possibleStamp): one report machine's clock set ahead
// would otherwise hold every later export, day after day.
import type { Doubt } from '../../model/doubt.ts';
import type { ExportRead, StatedTime } from '../exports-read.ts';
import { practiceArgument } from './mass-cancel.ts';
import { namedAfter, type NameStamp } from './name-stamp.ts';

/** Modification times closer than this are clock noise (FAT keeps them to 2 s). */
export const OLDER_MARGIN_MS = 2000;
/** Print stamps closer than this are one run (a stamp shows minutes, not seconds). */
export const STATED_MARGIN_MS = 60_000;

/** When a file was made, by the clocks it has: its modification time, its print stamp and the
 *  run time in its name (name-stamp.ts, in `timeZone`). */
export interface MadeAt {
  modifiedMs?: number;
  stated?: StatedTime;
  named?: NameStamp;
  timeZone?: string;
}

/** The export, read before this file, that says it was made more than a minute after this file
 *  says it was (a date alone: after that whole day), if `last` is one. */
export function statedBefore(
  last: ExportRead | undefined,
  stated: StatedTime | undefined,
): ExportRead | undefined {
  return last?.stated && stated && last.stated.from - stated.to > STATED_MARGIN_MS ? last : undefined;
}

/** Whether export `e` was made after this file, by either clock; one no longer kept counts as
 *  made after (hold rather than guess). */
export function madeAfter(e: ExportRead | undefined, file: MadeAt, stabilityMs: number): boolean {
  if (!e) return true;
  const margin = Math.max(stabilityMs, OLDER_MARGIN_MS);
  return (
    (file.modifiedMs !== undefined && e.modifiedMs - file.modifiedMs > margin) ||
    statedBefore(e, file.stated) !== undefined ||
    (file.timeZone !== undefined && namedAfter(e, file.named, file.timeZone))
  );
}

/** The export, read before `arrivedMs`, that this file (modified at `modifiedMs`) was written
 *  before by more than the stability window (and 2 s), if there is one. */
export function writtenBefore(
  last: ExportRead | undefined,
  modifiedMs: number,
  stabilityMs: number,
): ExportRead | undefined {
  return last && last.modifiedMs - modifiedMs > Math.max(stabilityMs, OLDER_MARGIN_MS) ? last : undefined;
}

const when = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

/** When the export that holds this file says it was made after it was written (within the day
 *  its stamp may be: exports-read.ts possibleStamp), that stamp may be the wrong one: said, so a
 *  person can tell a wrong clock from an older file. */
function stampAfterWritten(later: ExportRead): string {
  if (!later.stated || later.stated.from - later.modifiedMs <= STATED_MARGIN_MS) return '';
  return (
    `; but ${later.file} was written at ${when(later.modifiedMs)} UTC, before its own stamp: if the clock ` +
    `of the computer that printed it was wrong, or the practice's time zone is not the report's, this file ` +
    `may be the newer one`
  );
}

export function olderFileDoubt(opts: {
  later: ExportRead;
  /** This file: its name, and the print stamps when they decided (`later` says it was made after). */
  file: string;
  modifiedMs: number;
  stated?: StatedTime;
  /** The run times in the two names, when they decided (name-stamp.ts). */
  named?: { file: string; later: string };
  /** Appointments the file would send (what a person accepts). */
  sends: string[];
  practiceName: string;
}): Doubt {
  const { later, modifiedMs, sends, stated } = opts;
  const n = sends.length;
  const sending = `it would send ${n} appointment${n === 1 ? '' : 's'}; nothing was sent`;
  return {
    // Accepted like a mass cancellation: for this file's content, at most this many.
    kind: 'mass-cancel',
    check: 'older-file',
    message: opts.named
      ? `this file (${opts.file}) is named for a run before ${later.file} (already sent): sending it would ` +
        `undo later changes ('${opts.named.file}' against '${opts.named.later}' in their names; a copy keeps ` +
        `its name, not always its time); ${sending}`
      : stated && later.stated
        ? `this file (${opts.file}) says it was made before ${later.file} (already sent): sending it would ` +
          `undo later changes ('${stated.text}' against '${later.stated.text}'; a report saved or ` +
          `printed again keeps the time it was made)${stampAfterWritten(later)}; ${sending}`
        : `this file was written before ${later.file} (already sent): sending it would undo later changes ` +
          `(written ${when(modifiedMs)} UTC, ${later.file} ${when(later.modifiedMs)} UTC); ${sending}`,
    // Ids only: this text goes into the history and the log.
    samples: sends.slice(0, 5),
    count: n,
    countsSends: true,
    question:
      'Is this file really the newest schedule? If yes, accept it once (Review → Confirm, or `appt-connector mapping ' +
      `confirm --practice ${practiceArgument(opts.practiceName)} --accept-cancellations\`). If it is an older export ` +
      'put into the inbox again, leave it: it stays held and unsent (export again for anything that changed since).',
  };
}
