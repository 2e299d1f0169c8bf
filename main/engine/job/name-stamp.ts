// When a file's NAME says it was run: a scheduled export named with its run date and time
// (`appts_20270301_0900.csv`, `Schedule 2027-03-01 09-00.csv`, `export-20270301T090000.csv`). A
// copy made by a tool that gives each copy a new modification time (a download, an e-mailed
// attachment saved, a sync or SFTP client without "keep times", a backup restored) keeps its name:
// the 08:00 export copied in after the 09:00 one then looks newer by every other clock and would
// book again what 09:00 cancelled, move back what it moved (older-file.ts holds it).
// Only names of one pattern are compared (the same name but for the stamp: `appts_#.csv` beside
// `appts_#.csv`, never beside `Schedule #.csv`), so the two stamps come from one scheduler on one
// clock; the marks a copy adds (` (1)`, ` - Copy`) are no part of the pattern. Only year-first stamps with a time of day are read: a date
// alone is as often the day the file lists (`appts_20270302.csv`, tomorrow's day sheet) as the
// day it ran, and a day-first or month-first date in a name reads both ways. A name with two
// stamps (a range), or one more than a day after the file arrived (a clock set ahead, or no run
// time at all), states nothing: it never holds the exports after it.
import path from 'node:path';
import { wallClockToUtc } from '../../import/map/zoned-time.ts';
import type { ExportRead } from '../exports-read.ts';

/** A run stamp in a file's name, in the practice's zone. */
export interface NameStamp {
  /** The name, lower case, with the stamp taken out: names of one pattern share it. */
  pattern: string;
  /** The stamp as written in the name (`20270301_0900`). */
  text: string;
  /** The instant it names (epoch ms). */
  at: number;
}

/** A year-first date, then a time of day (hours and minutes, seconds optional), each part with
 *  or without a separator: `20270301_0900`, `2027-03-01 09-00`, `20270301T090000`, `2027.03.01_09.00.15`. */
const STAMP =
  /(?<![\p{L}\p{N}])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[-_ .T]|T?)([01]\d|2[0-3])[-_.:hH]?([0-5]\d)(?:[-_.:mM]?([0-5]\d))?(?![\p{N}])/giu;
/** Stamps closer than this are one run (as print stamps: older-file.ts STATED_MARGIN_MS). */
const MARGIN_MS = 60_000;
/** What a copy adds to a name: a browser's second download or our own archive (` (1)`, ` (2)`),
 *  Windows Explorer (` - Copy`, ` - Copy (2)`), older Windows (`Copy of `). A copy ran when its
 *  original did. */
const COPY_MARKS: Array<[RegExp, string]> = [
  [/^copy (?:\(\d+\) )?of /, ''],
  [/ - copy(?: \(\d+\))?(?=\.[^.]*$|$)/, ''],
  [/ ?\(\d+\)(?=\.[^.]*$|$)/, ''],
];
const withoutCopyMarks = (name: string) => COPY_MARKS.reduce((n, [mark, by]) => n.replace(mark, by), name);

/** A stamp more than this after the file arrived cannot be when it ran (as for print stamps). */
const FUTURE_MS = 86_400_000;

/** The run stamp in `file`'s name, read in `timeZone`; undefined when there is none, more than
 *  one, or it lies more than a day after `arrivedMs`. */
export function nameStamp(file: string, timeZone: string, arrivedMs: number): NameStamp | undefined {
  const name = withoutCopyMarks(path.basename(file).toLowerCase());
  const found = [...name.matchAll(STAMP)];
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  // No 31 February: a number that only looks like a date.
  if (date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day) return undefined;
  const at = wallClockToUtc(
    { year: year!, month: month!, day: day! },
    { hour: hour!, minute: minute!, second: second!, millisecond: 0 },
    timeZone,
  ).instant.getTime();
  if (at - arrivedMs > FUTURE_MS) return undefined;
  return { pattern: name.slice(0, m.index) + '#' + name.slice(m.index! + m[0].length), text: m[0], at };
}

/** Whether export `e`'s name says it ran more than a minute after `named` (a name of the same
 *  pattern); false when either has no stamp. */
export function namedAfter(
  e: ExportRead | undefined,
  named: NameStamp | undefined,
  timeZone: string,
): boolean {
  if (!e || !named) return false;
  const theirs = nameStamp(e.file, timeZone, e.arrivedMs);
  return !!theirs && theirs.pattern === named.pattern && theirs.at - named.at > MARGIN_MS;
}

/** Of `exports` (those that arrived before this file and went), the one whose name says it ran
 *  last, if it ran more than a minute after this file's name says this file did. */
export function namedLastAfter(
  exports: readonly ExportRead[],
  named: NameStamp | undefined,
  timeZone: string,
): ExportRead | undefined {
  let last: { e: ExportRead; at: number } | undefined;
  if (!named) return undefined;
  for (const e of exports) {
    const theirs = nameStamp(e.file, timeZone, e.arrivedMs);
    if (theirs && theirs.pattern === named.pattern && (!last || theirs.at > last.at))
      last = { e, at: theirs.at };
  }
  return last && last.at - named.at > MARGIN_MS ? last.e : undefined;
}
