// A file written before an export already sent for the practice, and arriving after it (the 08:00
// export copied in after the 09:00 one with its time kept, yesterday's file put back from
// processed/): what it would send is older than what the portal has, and would undo the later
// changes. Listed ids (listed-ids.ts) guard by arrival, and here the older file arrived last.
// Such a file is held; accepted once, like a mass cancellation (mass-cancel.ts: for that file's
// content), it goes. The arrival order alone decides nothing: exports copied by hand, a sync
// tool or a scheduler all arrive in the order they were written.
import type { Doubt } from '../../model/doubt.ts';
import type { ExportRead } from '../exports-read.ts';
import { practiceArgument } from './mass-cancel.ts';

/** Modification times closer than this are clock noise (FAT keeps them to 2 s). */
export const OLDER_MARGIN_MS = 2000;

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

export function olderFileDoubt(opts: {
  later: ExportRead;
  modifiedMs: number;
  /** Appointments the file would send (what a person accepts). */
  sends: string[];
  practiceName: string;
}): Doubt {
  const { later, modifiedMs, sends } = opts;
  const n = sends.length;
  return {
    // Accepted like a mass cancellation: for this file's content, at most this many.
    kind: 'mass-cancel',
    check: 'older-file',
    message:
      `this file was written before ${later.file} (already sent): sending it would undo later changes ` +
      `(written ${when(modifiedMs)} UTC, ${later.file} ${when(later.modifiedMs)} UTC); it would send ` +
      `${n} appointment${n === 1 ? '' : 's'}; nothing was sent`,
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
