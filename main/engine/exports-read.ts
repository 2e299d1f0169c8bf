// The exports of one practice that were read and went (sent, or found unchanged), with when each
// was written (its modification time) and when it arrived. A file written before an export that
// arrived earlier and was already sent would undo that export's changes (an 08:00 export dropped
// after the 09:00 one, yesterday's file copied back from processed/ keeping its time): the job
// holds it (plan-job.ts). Arrival keeps apart a file that arrived first and waited (held, then
// released): exports that arrived after it are guarded per appointment by listed ids instead.
// A report that says when it was made (`Printed: 12/01/2026 08:02 AM`) keeps that too: saved again
// from Excel, last week's report has a new modification time but still says it (older-file.ts).
// A full-schedule export (snapshot mode) also keeps what it covered: a file released after it,
// older than it, leaves alone what it cancelled or left out (later-snapshots.ts).
// A stamp more than a day after the file was written, or after it arrived, is never kept (see
// possibleStamp): one wrong clock would otherwise make every later export look older, and be held.
// The same holds for a modification time more than a day after the file arrived (clockAhead: copied
// from a machine whose clock is ahead): it is compared only with others ahead too, so a share whose
// clock is always ahead stays guarded among its own files, and the real exports after it are not held.
// One small JSON file beside the ledger (under its lock), replaced atomically; the newest
// KEEP arrivals are kept.
import fs from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './settings/atomic-write.ts';

export const EXPORTS_READ_FILE = 'exports-read.json';
const VERSION = 1;
/** Arrivals kept: older ones are dropped (a guard that needs one no longer kept holds). */
export const KEEP = 100;

export interface ExportRead {
  /** The file's name as it arrived. */
  file: string;
  /** Its modification time when it was read (epoch ms). */
  modifiedMs: number;
  /** When it arrived (the job's receivedAt, epoch ms). */
  arrivedMs: number;
  /** When the file says it was made (ImportSummary.statedPrintTime, epoch ms), if it does. */
  stated?: StatedTime;
  /** Snapshot mode, when it cancelled what it left out: what it covered. */
  snapshot?: SnapshotScope;
}

/** The instants a print stamp allows (a date alone: its whole day) and the stamp as written. */
export interface StatedTime {
  from: number;
  to: number;
  text: string;
}

/** A print stamp later than this after a file was written or arrived cannot be when it was made: a
 *  report writes its stamp before the file. A whole day allows for the practice's zone set other
 *  than the report machine's (the stamp is read in the practice's) and for small clock drift. */
export const FUTURE_STAMP_MS = 86_400_000;

/** Whether `stated` can be when the file was made: its earliest instant not more than a day after
 *  the file was written (`writtenMs`, when known) and after it arrived (the engine's own clock).
 *  Later, the stamp was misread or the report machine's clock is wrong: it states nothing. */
export function possibleStamp(stated: StatedTime, writtenMs: number | undefined, arrivedMs: number): boolean {
  return stated.from - Math.min(writtenMs ?? arrivedMs, arrivedMs) <= FUTURE_STAMP_MS;
}

/** Whether a file written at `modifiedMs` was written on a clock ahead: more than a day after it
 *  arrived (the engine's own clock), which no file can be. Its time says nothing against a right
 *  clock's: one such file would otherwise make every later export look older, and be held. */
export function clockAhead(modifiedMs: number, arrivedMs: number): boolean {
  return modifiedMs - arrivedMs > FUTURE_STAMP_MS;
}

/** The appointments a snapshot speaks for: those starting in [from, to] (epoch ms, inclusive, the
 *  range it cancelled in) of the providers and locations it has rows of. A provider or office it
 *  has no row of was not in the report (one run per provider), not cancelled. */
export interface SnapshotScope {
  from: number;
  to: number;
  providers: string[];
  locations: string[];
}

export class ExportsRead {
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private exports: ExportRead[],
  ) {}

  /** Open the list kept in `dir` (empty when there is none, or it cannot be understood: the
   *  guard then starts again with the next export, it never holds a file by itself). */
  static async open(dir: string): Promise<ExportsRead> {
    const file = path.join(dir, EXPORTS_READ_FILE);
    let exports: ExportRead[] = [];
    try {
      const doc = JSON.parse(await fs.readFile(file, 'utf8')) as { v?: unknown; exports?: unknown };
      // A stamp kept by a version before possibleStamp that could not be right is dropped.
      if (doc.v === VERSION && Array.isArray(doc.exports))
        exports = doc.exports.filter(isExportRead).map((e) => withPossibleStamp(e));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT' && !(err instanceof SyntaxError)) throw err;
    }
    return new ExportsRead(file, exports);
  }

  /** Of the exports that arrived before `arrivedMs`, the one written last, of those whose clock is
   *  ahead when this file's (written at `modifiedMs`) is, else of those whose clock is not. */
  writtenLastBefore(arrivedMs: number, modifiedMs: number): ExportRead | undefined {
    const ahead = clockAhead(modifiedMs, arrivedMs);
    let last: ExportRead | undefined;
    for (const e of this.exports)
      if (
        e.arrivedMs < arrivedMs &&
        clockAhead(e.modifiedMs, e.arrivedMs) === ahead &&
        (!last || e.modifiedMs > last.modifiedMs)
      )
        last = e;
    return last;
  }

  /** Of the exports that arrived before `arrivedMs`, the one that says it was made last. */
  statedLastBefore(arrivedMs: number): ExportRead | undefined {
    let last: ExportRead | undefined;
    for (const e of this.exports)
      if (e.arrivedMs < arrivedMs && e.stated && (!last || e.stated.from > last.stated!.from)) last = e;
    return last;
  }

  /** The export that arrived at `arrivedMs`, when it is still kept. */
  arrivedAt(arrivedMs: number): ExportRead | undefined {
    return this.exports.find((e) => e.arrivedMs === arrivedMs);
  }

  /** The exports that arrived before `arrivedMs`, oldest first. */
  arrivedBefore(arrivedMs: number): ExportRead[] {
    return this.exports.filter((e) => e.arrivedMs < arrivedMs);
  }

  /** The exports that arrived after `arrivedMs`, oldest first. */
  arrivedAfter(arrivedMs: number): ExportRead[] {
    return this.exports.filter((e) => e.arrivedMs > arrivedMs);
  }

  /** This export was read and goes (again on a resume: the same arrival replaces its entry). */
  record(e: ExportRead): Promise<void> {
    const run = this.writing.then(async () => {
      const next = this.exports.filter((x) => !(x.arrivedMs === e.arrivedMs && x.file === e.file));
      next.push(
        withPossibleStamp({
          file: e.file,
          modifiedMs: e.modifiedMs,
          arrivedMs: e.arrivedMs,
          ...(e.stated ? { stated: e.stated } : {}),
          ...(e.snapshot ? { snapshot: e.snapshot } : {}),
        }),
      );
      next.sort((a, b) => a.arrivedMs - b.arrivedMs);
      const kept = next.slice(-KEEP);
      await writeFileAtomic(this.file, `${JSON.stringify({ v: VERSION, exports: kept })}\n`);
      this.exports = kept;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }
}

/** `e` without its stamp when the stamp cannot be when it was made (possibleStamp). */
function withPossibleStamp(e: ExportRead): ExportRead {
  if (!e.stated || possibleStamp(e.stated, e.modifiedMs, e.arrivedMs)) return e;
  const { stated: _dropped, ...rest } = e;
  return rest;
}

function isExportRead(v: unknown): v is ExportRead {
  const e = v as ExportRead;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.file === 'string' &&
    Number.isFinite(e.modifiedMs) &&
    Number.isFinite(e.arrivedMs) &&
    (e.stated === undefined || isStated(e.stated)) &&
    (e.snapshot === undefined || isScope(e.snapshot))
  );
}

function isStated(v: unknown): v is StatedTime {
  const t = v as StatedTime;
  return (
    typeof t === 'object' &&
    t !== null &&
    Number.isFinite(t.from) &&
    Number.isFinite(t.to) &&
    typeof t.text === 'string'
  );
}

const isTexts = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isScope(v: unknown): v is SnapshotScope {
  const s = v as SnapshotScope;
  return (
    typeof s === 'object' &&
    s !== null &&
    Number.isFinite(s.from) &&
    Number.isFinite(s.to) &&
    isTexts(s.providers) &&
    isTexts(s.locations)
  );
}
