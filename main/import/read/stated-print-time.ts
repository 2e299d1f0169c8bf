// When a report says it was made: `Printed: 12/01/2026 08:02 AM`, `Run Date: 12/01/26`, `Report
// generated 2026-12-01 08:02`, Crystal's `Print Date` and `Print Time` (two stamps, one date and
// one time), an XML root's `generated="2027-03-01T17:42:10"` (Microsoft Access's `dataroot`),
// `GeneratedOn=`, `CreatedDate=`, `exportDate=`, in the title lines or a page footer. Last week's
// report saved again from Excel or re-printed from a spool file has new bytes and a new
// modification time, but still says when it was made: the engine holds it when an export already
// sent says it was made later (older-file.ts).
// The words are the ones report writers print: Crystal's special fields Print Date / Print Time
// and Data Date / Data Time (SAP KB 1217652: the data date is when the saved data was refreshed,
// so it wins over a print date: a report re-printed from saved data is as old as its data), SSRS's
// ExecutionTime ("the date and time that the report began to run"), and the stamps the furniture
// filter already knows (report-furniture.ts STAMP). Never `Report Date` (a day sheet's day) nor a
// bare `Date`. Read only where it is sure: a day/month-ambiguous date (`12/01/2026`) only in the
// order the file settles (its data, a date header or a person's setting), never the region's; a
// stamp with a zone abbreviation, a range, or two stamps that disagree state nothing.
import { parseDateTime } from '../map/parse-date-time.ts';
import type { CalendarDate, DateOrder } from '../map/parse-date.ts';
import { MIDNIGHT, parseTime, type TimeOfDay } from '../map/parse-time.ts';
import { wallClockToUtc } from '../map/zoned-time.ts';
import { writesYearFirst } from '../map/region-date-order.ts';

export interface StatedPrintTime {
  /** The earliest and latest instant the stamp allows: a time is one instant, a date alone its
   *  whole day in the practice's zone. */
  from: Date;
  to: Date;
  /** The stamp as written, its label and value (`Printed: 12/01/2026 08:02 AM`): never the user
   *  named beside it. */
  text: string;
}

const PARTICIPLE = String.raw`printed|generated|created|exported|executed|gedruckt|erstellt|imprimé|édité|impreso|generado`;
/** Group 1: the data's own time (Crystal's Data Date); group 2: when the report was printed or run. */
const LABEL = new RegExp(
  String.raw`(?<![\p{L}])(?:(data\s*(?:date|time))|(print(?:ed)?\s*(?:date|time)|(?:date|time)\s*(?:printed|generated|created|exported|run)|run\s*(?:date|time|on|at)|report\s*(?:run|printed|generated|created)(?:\s*(?:on|at))?|(?:generated|created|creation|export|exported)\s*(?:on|at|date|time)|execution\s*(?:date|time)|(?:${PARTICIPLE})(?:\s*(?:on|at|am|le|el))?|druckdatum|erstellungsdatum|date\s*d'impression|fecha\s*de\s*impresi[oó]n))(?![\p{L}])(\s*by(?![\p{L}]))?`,
  'giu',
);
/** The same, not global: a test leaves no `lastIndex` behind. */
const ANY_LABEL = new RegExp(LABEL.source, 'iu');
/** A participle, alone or with its preposition (`created`, `created on`), is a label at the start
 *  of its line or before `:` or `by`: `Appointments created 12/01/2026` and `Appointments created
 *  on 12/01/2026` are the same filter on the day they were booked, never when the report was made. */
const BARE = new RegExp(String.raw`^(?:${PARTICIPLE})(?:\s*(?:on|at|am|le|el))?$`, 'iu');
/** After a value, a range word and a digit: the value begins a range, no stamp. */
const RANGE_AFTER = /^\s*(?:[-–—~]|to|through|thru|till|until|bis|au|al|hasta)\s*\d/iu;
/** What `Printed by` names before the date: a user, up to three words with no digit. */
const BY_WHOM = /^\s*:?\s*(?:[^\s\d]+\s+){0,3}?(?:(?:on|at|am|le|el),?\s+)?(?=\d)/iu;
const MAX_VALUE_WORDS = 8;
/** Three two-digit parts, the middle one a month and the last a day: year first, it is a date. */
const YEAR_FIRST_TWO_DIGIT = /^\d{2}[/.-](?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])(?!\d)/;

interface Stamp {
  data: boolean;
  text: string;
  /** A date with or without its time. */
  from?: number;
  to?: number;
  /** A date alone: a time stamp of its own may complete it. */
  day?: CalendarDate;
  /** A time alone (`Print Time: 8:02:15AM`). */
  time?: TimeOfDay;
}

export interface PrintTimeOptions {
  /** The file's day/month order, and whether the file (or a person) settled it. */
  order: DateOrder;
  orderSettled: boolean;
  timeZone: string;
}

/** What `value` (the words after a label) begins with, read sure; undefined when nothing or unsure. */
function valueOf(
  value: string,
  opts: PrintTimeOptions,
): { written: string; from?: number; to?: number; day?: CalendarDate; time?: TimeOfDay } | undefined {
  const words = value.trim().split(/\s+/).slice(0, MAX_VALUE_WORDS);
  for (let k = words.length; k > 0; k--) {
    const written = words
      .slice(0, k)
      .join(' ')
      .replace(/[,;.]$/, '');
    if (!/\d/.test(written)) return undefined;
    const readings = (['MDY', 'DMY'] as const).map((order) =>
      parseDateTime(written, { order, twoDigitYear: 'appointment' }),
    );
    const ok = readings.filter((r) => r.ok);
    if (ok.length === 0) {
      const t = parseTime(written);
      if (t.ok && !t.end && !t.zone && !t.offset) return { written, time: t.time };
      continue;
    }
    if (RANGE_AFTER.test(words.slice(k).join(' '))) return undefined;
    // `26-12-05` where dates are written year first (Korea, Japan, Hungary: region-date-order.ts)
    // is 5 December 2026, read day-first 26 December 2005: unsure, as in the data
    // (date-order-decision.ts asks about such dates); read so, each month's first report would
    // say it was made years before the last one of the month before, and be held as older.
    if (writesYearFirst(opts.timeZone) && YEAR_FIRST_TWO_DIGIT.test(written)) return undefined;
    const at = ok.map((r) => at1(r, opts.timeZone));
    if (at.some((a) => a === undefined)) return undefined;
    const [first, second] = at as Array<NonNullable<ReturnType<typeof at1>>>;
    const same = !second || (first!.from === second.from && first!.to === second.to);
    if (same) return { written, ...first! };
    // Both readings are dates, and different ones: only the file's settled order reads it.
    if (!opts.orderSettled) return undefined;
    return { written, ...(opts.order === 'MDY' ? first! : second) };
  }
  return undefined;
}

/** The instants one reading allows. */
function at1(
  r: ReturnType<typeof parseDateTime>,
  zone: string,
): { from: number; to: number; day?: CalendarDate } | undefined {
  if (!r.ok) return undefined;
  if (r.kind === 'instant') return { from: r.instant.getTime(), to: r.instant.getTime() };
  if (r.end || r.zone) return undefined;
  const from = wallClockToUtc(r.date, r.time, zone).instant.getTime();
  if (!r.dateOnly) return { from, to: from };
  const next = new Date(Date.UTC(r.date.year, r.date.month - 1, r.date.day + 1));
  const end = wallClockToUtc(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
    MIDNIGHT,
    zone,
  ).instant.getTime();
  return { from, to: end - 1, day: r.date };
}

/** Whether a line may state when the report was made (a reader keeps such footer lines). */
export function mayStatePrintTime(line: string): boolean {
  return /\d/.test(line) && ANY_LABEL.test(line);
}

/** The stamps one line states; `next`: the line after it, the value of a label that ends its own. */
function stampsIn(line: string, next: string | undefined, opts: PrintTimeOptions): Stamp[] {
  const out: Stamp[] = [];
  for (const m of line.matchAll(LABEL)) {
    const label = (m[1] ?? m[2]!).replace(/\s+/g, ' ');
    let rest = line.slice(m.index + m[0].length);
    if (BARE.test(label) && !m[3] && line.slice(0, m.index).trim() && !/^\s*[:=]/.test(rest)) continue;
    if (m[3]) {
      const user = BY_WHOM.exec(rest);
      if (!user) continue;
      rest = rest.slice(user[0].length);
    } else rest = rest.replace(/^\s*[:=]?\s*/, '');
    if (rest === '' && next !== undefined) rest = next;
    const v = valueOf(rest, opts);
    if (!v) continue;
    const { written, ...when } = v;
    out.push({ data: m[1] !== undefined, text: `${label}: ${written}`, ...when });
  }
  return out;
}

/**
 * The time the lines (title lines, then footer stamps and an XML root's named values as
 * `name: value`) state the report was made, in the practice's zone; undefined when none states
 * it surely, or two disagree by more than a minute.
 */
export function statedPrintTime(
  lines: readonly string[],
  opts: PrintTimeOptions,
): StatedPrintTime | undefined {
  const all: Stamp[] = [];
  lines.forEach((raw, i) => {
    // `GeneratedOn`, `exportDate`: an XML name's words.
    const line = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
    all.push(...stampsIn(line, lines[i + 1], opts));
  });
  const data = all.some((s) => s.data);
  const stamps = all.filter((s) => s.data === data);
  const times = [...new Map(stamps.filter((s) => s.time).map((s) => [JSON.stringify(s.time), s])).values()];
  const dated = stamps.filter((s) => s.from !== undefined);
  // `Print Date: 12/01/2026` and `Print Time: 8:02:15AM`: one instant, when there is one of each.
  const days = new Set(dated.map((s) => (s.day ? JSON.stringify(s.day) : '')));
  if (times.length === 1 && days.size === 1 && dated[0]?.day) {
    const t = times[0]!;
    const at = wallClockToUtc(dated[0].day, t.time!, opts.timeZone).instant.getTime();
    return { from: new Date(at), to: new Date(at), text: `${dated[0].text}, ${t.text}` };
  }
  if (dated.length === 0) return undefined;
  const from = Math.max(...dated.map((s) => s.from!));
  const to = Math.min(...dated.map((s) => s.to!));
  if (from - to > 60_000) return undefined;
  const narrowest = dated.reduce((a, b) => (b.to! - b.from! < a.to! - a.from! ? b : a));
  return { from: new Date(Math.min(from, to)), to: new Date(Math.max(from, to)), text: narrowest.text };
}
