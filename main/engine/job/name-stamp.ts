// When a file's NAME says it was run: a scheduled export named with its run date and time
// (`appts_20270301_0900.csv`, `Schedule 2027-03-01 09-00.csv`, `export-20270301T090000.csv`). A
// copy made by a tool that gives each copy a new modification time (a download, an e-mailed
// attachment saved, a sync or SFTP client without "keep times", a backup restored) keeps its name:
// the 08:00 export copied in after the 09:00 one then looks newer by every other clock and would
// book again what 09:00 cancelled, move back what it moved (older-file.ts holds it).
// Only names of one pattern are compared (the same name but for the stamp: `appts_#.csv` beside
// `appts_#.csv`, never beside `Schedule #.csv`), so the two stamps come from one scheduler on one
// clock; the marks a copy adds (` (1)`, ` - Copy`, ` copy 2`, ` (copy)`) are no part of the pattern.
// Only stamps with a time of day are read: a date alone is as often the day the file lists
// (`appts_20270302.csv`, tomorrow's day sheet) as the day it ran. A date is year-first, carries a
// month's name (`Dec 1 2026 8am`), or is numeric with the year last (`12-01-2026 0800`): that one
// reads month-first and day-first, and one name is later than another only when it is in every
// reading both dates have (`12-01-2026` after `11-30-2026`: only month-first is a date of both;
// `01-12-2026` beside `12-01-2026`: later one way, earlier the other, so neither). A time is
// 24-hour, or 12-hour with its am/pm (`08-00-PM` is 20:00, after `09-00-AM`). A name with two
// stamps (a range), or one more than a day after the file arrived (a clock set ahead, or no run
// time at all), states nothing: it never holds the exports after it. Nor does a stamp more than
// three hours after its own file was written, read both on the practice's clock and as UTC: a copy only
// ever gets a LATER modification time, so such a name says no run at all but the window or day the
// file lists (`appts_20270301_1300.csv` for the afternoon, written at 07:55). On a clock west of
// UTC the UTC reading may still be a run (13:00Z is 07:00 in Chicago): that name keeps its stamp.
// A time in the hour a clock going back repeats (`_0130` on the night daylight saving time ends)
// names either of two instants an hour apart: it is later than another stamp only in both, and
// `_0115` (the second pass, the later run) is never read as older than `_0130` (the first). A time
// the clock skipped (`_0230` the night it goes forward) is no run on the practice's clock: no stamp.
import path from 'node:path';
import { monthFromName } from '../../import/map/month-names.ts';
import { wallClockToUtc } from '../../import/map/zoned-time.ts';
import type { ExportRead } from '../exports-read.ts';

/** A run stamp in a file's name, in the practice's zone. */
export interface NameStamp {
  /** The name, lower case, with the stamp taken out: names of one pattern share it. */
  pattern: string;
  /** The stamp as written in the name (`20270301_0900`). */
  text: string;
  /** The instant it names (epoch ms); for a date that reads both ways, its month-first reading
   *  when that is a date, else its day-first one. */
  at: number;
  /** A numeric date with the year last (`12-01-2026`) reads month-first and day-first: the
   *  instants of the readings that are dates (a year-first date or a month's name: both the same). */
  readings: { monthFirst?: number; dayFirst?: number };
  /** The latest instant each reading may be: an hour after it in the hour a clock going back
   *  repeats (twice that night), else the reading itself. */
  latest: { monthFirst?: number; dayFirst?: number };
}

/** A year-first date (`20270301`, `2027-03-01`, `2027.03.01`). */
const YEAR_FIRST = /(?<![\p{L}\p{N}])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])/gu;
/** A numeric date with the year last, month-first or day-first (`12-01-2026`, `1.12.2026`, `12012026`). */
const YEAR_LAST =
  /(?<![\p{L}\p{N}])(?:(\d{1,2})([-_.])(\d{1,2})\2|(\d\d)(\d\d))((?:19|20)\d\d)(?![\p{N}]{3})/gu;
/** A month's name before or after the day (`Dec 1 2026`, `December 1st, 2026`, `01-Dec-2026`). */
const MONTH_NAMED =
  /(?<![\p{L}\p{N}])(?:(\p{L}{3,9})\.?[-_ ]?(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})[-_ ]?(\p{L}{3,9})\.?)[-_ ]?,?[-_ ]?((?:19|20)\d\d)/gu;
/** The time of day right after a date: hours and minutes (seconds optional), each with or without
 *  a separator, or a 12-hour time with its am/pm (`0900`, `09-00`, `T090015`, `08-00-PM`, `8am`). */
const TIME =
  /(?:[-_ .@]|T|, ?)?(\d{1,2})(?:[-_.:hH]?([0-5]\d))?(?:[-_.:mM]?([0-5]\d))?(?:[-_ .]?([ap])\.?m\.?(?![\p{L}]))?(?![\p{N}])/iuy;
/** Stamps closer than this are one run (as print stamps: older-file.ts STATED_MARGIN_MS). */
const MARGIN_MS = 60_000;
/** What a copy adds to a name: a browser's second download or our own archive (` (1)`, ` (2)`),
 *  Windows Explorer (` - Copy`, ` - Copy (2)`), older Windows (`Copy of `, `Copy (2) of `), a
 *  Mac's Finder (` copy`, ` copy 2`), Linux file managers (` (copy)`, ` (another copy)`,
 *  ` (3rd copy)`). A copy ran when its original did. */
const END = '(?=\\.[^.]*$|$)';
const COPY_MARKS: Array<[RegExp, string]> = [
  [/^copy (?:\(\d+\) )?of /, ''],
  [new RegExp(` - copy(?: \\(\\d+\\))?${END}`), ''],
  [new RegExp(` copy(?: \\d+)?${END}`), ''],
  [new RegExp(` \\((?:another |\\d+(?:st|nd|rd|th) )?copy\\)${END}`), ''],
  [new RegExp(` ?\\(\\d+\\)${END}`), ''],
];
const withoutCopyMarks = (name: string) => COPY_MARKS.reduce((n, [mark, by]) => n.replace(mark, by), name);

/** How far the second pass of a repeated hour lies after the first (daylight saving time's hour;
 *  the few half-hour shifts are covered by it too). */
const REPEATED_MS = 3_600_000;

/** A stamp more than this after the file arrived cannot be when it ran (as for print stamps). */
const FUTURE_MS = 86_400_000;
/** A stamp more than this after its own file was written is no run time: clocks of two machines
 *  differ by minutes, and a report server one or two zones ahead of the practice (a stamp on its
 *  clock) still keeps its stamps. */
const AFTER_WRITTEN_MS = 3 * 3_600_000;

interface Found {
  index: number;
  end: number;
  /** The date's readings: month-first and day-first (the same one for an unambiguous date). */
  monthFirst?: [number, number, number];
  dayFirst?: [number, number, number];
}

const isDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  // No 31 February: a number that only looks like a date.
  return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** Every date in `name`, with the readings that are dates. */
function datesIn(name: string): Found[] {
  const out: Found[] = [];
  const add = (index: number, end: number, y: number, mf: [number, number], df: [number, number]) => {
    const f: Found = { index, end };
    if (isDate(y, ...mf)) f.monthFirst = [y, ...mf];
    if (isDate(y, ...df)) f.dayFirst = [y, ...df];
    if (f.monthFirst || f.dayFirst) out.push(f);
  };
  for (const m of name.matchAll(YEAR_FIRST)) {
    const [y, mo, d] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    add(m.index!, m.index! + m[0].length, y, [mo, d], [mo, d]);
  }
  for (const m of name.matchAll(YEAR_LAST)) {
    const a = Number(m[1] ?? m[4]);
    const b = Number(m[3] ?? m[5]);
    add(m.index!, m.index! + m[0].length, Number(m[6]), [a, b], [b, a]);
  }
  for (const m of name.matchAll(MONTH_NAMED)) {
    const month = monthFromName(m[1] ?? m[4]!);
    if (month === undefined) continue;
    const d = Number(m[2] ?? m[3]);
    add(m.index!, m.index! + m[0].length, Number(m[5]), [month, d], [month, d]);
  }
  return out;
}

/** The time of day written right after position `at` of `name`, and where it ends. */
function timeAfter(name: string, at: number): { hms: [number, number, number]; end: number } | undefined {
  TIME.lastIndex = at;
  const t = TIME.exec(name);
  if (!t) return undefined;
  let hour = Number(t[1]);
  const ampm = t[4]?.toLowerCase();
  if (ampm) {
    // A 12-hour clock: 12 AM is midnight, 12 PM noon.
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  } else if (t[2] === undefined || t[1]!.length !== 2 || hour > 23) return undefined;
  return { hms: [hour, Number(t[2] ?? 0), Number(t[3] ?? 0)], end: at + t[0].length };
}

/** The run stamp in `file`'s name, read in `timeZone`; undefined when there is none, more than
 *  one, it lies more than a day after `arrivedMs`, or more than three hours after `writtenMs` (the
 *  file's modification time) both in `timeZone` and as UTC. */
export function nameStamp(
  file: string,
  timeZone: string,
  arrivedMs: number,
  writtenMs?: number,
): NameStamp | undefined {
  const name = withoutCopyMarks(path.basename(file).toLowerCase());
  const found: Array<Found & { hms: [number, number, number]; stop: number }> = [];
  for (const f of datesIn(name)) {
    const t = timeAfter(name, f.end);
    if (t) found.push({ ...f, hms: t.hms, stop: t.end });
  }
  if (found.length !== 1) return undefined;
  const f = found[0]!;
  const instant = (ymd: [number, number, number] | undefined) => {
    if (!ymd) return undefined;
    const [year, month, day] = ymd;
    const [hour, minute, second] = f.hms;
    const zoned = wallClockToUtc({ year, month, day }, { hour, minute, second, millisecond: 0 }, timeZone);
    if (zoned.adjusted === 'gap') return undefined;
    const ms = zoned.instant.getTime();
    if (ms - arrivedMs > FUTURE_MS) return undefined;
    const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
    const after = (t: number) => writtenMs !== undefined && t - writtenMs > AFTER_WRITTEN_MS;
    if (after(ms) && after(asUtc)) return undefined;
    return { ms, latest: zoned.adjusted === 'overlap' ? ms + REPEATED_MS : ms };
  };
  const mf = instant(f.monthFirst);
  const df = instant(f.dayFirst);
  const readings = { monthFirst: mf?.ms, dayFirst: df?.ms };
  const at = readings.monthFirst ?? readings.dayFirst;
  if (at === undefined) return undefined;
  return {
    pattern: name.slice(0, f.index) + '#' + name.slice(f.stop),
    text: name.slice(f.index, f.stop),
    at,
    readings,
    latest: { monthFirst: mf?.latest, dayFirst: df?.latest },
  };
}

/** Whether `theirs` names a run more than a minute after `mine`: of one pattern, and later in
 *  every reading both dates have (names of one pattern write their dates one way: `11-30-2026`
 *  is month-first, so its day-first reading is no reading of `12-01-2026` beside it either). */
function laterThan(theirs: NameStamp, mine: NameStamp): boolean {
  if (theirs.pattern !== mine.pattern) return false;
  let read = false;
  for (const k of ['monthFirst', 'dayFirst'] as const) {
    // Their earliest instant against my latest: later whichever pass of a repeated hour each was.
    const a = mine.latest[k];
    const b = theirs.readings[k];
    if (a === undefined || b === undefined) continue;
    if (!(b - a > MARGIN_MS)) return false;
    read = true;
  }
  return read;
}

/** Whether export `e`'s name says it ran more than a minute after `named` (a name of the same
 *  pattern); false when either has no stamp. */
export function namedAfter(
  e: ExportRead | undefined,
  named: NameStamp | undefined,
  timeZone: string,
): boolean {
  if (!e || !named) return false;
  const theirs = nameStamp(e.file, timeZone, e.arrivedMs, e.modifiedMs);
  return !!theirs && laterThan(theirs, named);
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
    const theirs = nameStamp(e.file, timeZone, e.arrivedMs, e.modifiedMs);
    if (theirs && laterThan(theirs, named) && (!last || theirs.at > last.at)) last = { e, at: theirs.at };
  }
  return last?.e;
}
