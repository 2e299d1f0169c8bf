// The date range a report export states in its title lines ("Dates: 03/01/2027 - 03/05/2027",
// "Termine vom 01.03.2027 bis 05.03.2027", "Schedule for 03/01/2027"). A snapshot import uses it
// as the range the file covers, so an appointment alone on the first or last day that is gone
// from a later export is seen as cancelled. Only what the title says plainly counts: two dates
// joined by a range word, or one date after a schedule label. A print date ("Printed 03/06/2027")
// is never a range, and two title lines stating different ranges state none.
import { weekdaysFromName } from '../map/month-names.ts';
import { parseDate, type CalendarDate, type DateOrder } from '../map/parse-date.ts';

export interface StatedRange {
  from: CalendarDate;
  /** Inclusive last day (a one-day schedule has to = from). */
  to: CalendarDate;
  /** The title line that states it, trimmed, for messages. */
  text: string;
  /** A one-day title's date as written, with its weekday (`Monday 03/15/2027`). */
  day?: string;
}

const NUM = String.raw`\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})`;
const WORD = String.raw`\p{L}{3,12}\.?`;
const NAMED_DMY = String.raw`\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?${WORD},?\s*(?:de\s+)?\d{4}`;
const NAMED_MDY = String.raw`${WORD}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`;
/** A date inside a line of text, with a weekday in front if one is written. */
const DATE_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\p{L}{2,12}\.?,?\s+)?(?:${NUM}|${NAMED_DMY}|${NAMED_MDY})(?![\p{L}\d])`,
  'giu',
);

/** What may stand between the two dates of a range. */
const BETWEEN =
  /^(?:[-–—~]|(?:[-–—~]\s*)?(?:to|through|thru|till|until|bis(?:\s+zum|\s+einschl(?:ießlich|\.)?)?|au|al|hasta|a|à)\s*:?)$/iu;

/** Words saying the line is about the schedule (`Appointments for Dr Lee on 03/01/2027`). */
const SCHEDULE_WORD =
  /(?:schedule|appointments?|appts?|day\s*sheet|daysheet|agenda|dates|termine|terminliste|tagesliste|rendez-vous|planning|citas)(?![\p{L}])/iu;
/** ...and the words just before a lone date that make it the day the schedule covers, or a
 *  spaced dash after what the schedule is of (`Day Sheet for Dr. Emily Roy - Monday, March 1, 2027`). */
const ONE_DAY_LEAD =
  /(?:(?:schedule|appointments?|appts?|day\s*sheet|daysheet|agenda|dates|termine|terminliste|tagesliste|rendez-vous|planning|citas|for|on|am|für|vom|du|del|de|le|para|pour)\s*[:\-–]?|\s[-–—])\s*$/iu;

/** Dates that are about the report, not the schedule it lists. */
const NOT_THE_SCHEDULE =
  /\b(?:print(?:ed)?|generated|run|created|exported|as of|gedruckt|erstellt|druckdatum|imprimé|édité|impreso|generado)\b/iu;

/** A line that is only a schedule's date label and its date: `Schedule Date:`, `Appointment Date:`
 *  name the day listed, and so do a procedure list's `Procedure Date:` / `Surgery Date:` (an
 *  endoscopy or surgery center's case schedule, corpus 393) and a clinic list's `Clinic Date:`:
 *  each names the day its rows happen, never a day the report is about otherwise. A bare `Date:`
 *  never does, with or without its weekday: it may be the day the report was printed (eCW's
 *  Resource Schedule and many report writers print one; a Friday print of Monday's schedule,
 *  `Date: Fri 03/12/2027`, labelled-days-over-headers.test.ts). */
const DAY_LABEL =
  /^\s*(?:schedule|appointments?|appts?|visit|procedures?|surgery|surgical|clinic)\s+date\s*:\s*$/iu;

function labelledDay(line: string, before: string, d: Found): boolean {
  return DAY_LABEL.test(before) && /^[\s,;]*$/.test(line.slice(d.end));
}

export interface Found {
  start: number;
  end: number;
  date: CalendarDate;
}

/** The dates written in a line of text, read in `order`; undefined when one cannot be trusted. */
export function datesIn(line: string, order: DateOrder, now?: Date): Found[] | undefined {
  const found: Found[] = [];
  for (const m of line.matchAll(DATE_IN_TEXT)) {
    const opts = { order, twoDigitYear: 'appointment' as const, ...(now ? { now } : {}) };
    const written = m[0];
    // The leading word is tried as a weekday; if it is not one (`vom`, `Dates:`), the date
    // starts after it.
    // A two-letter word the weekday names do not know is skipped, never read as a Finnish or Dutch
    // weekday (parse-date.ts reads `to` as Finnish Thursday): in a title the `to` of `03/12/2027 to
    // 03/18/2027` ends a range, and read as the day it had lost a range ending on a Thursday.
    const lead = /^(\p{L}{2,12})\.?,?\s+/u.exec(written);
    const twoLetter = lead?.[1]!.length === 2 && weekdaysFromName(lead[1]!) === undefined;
    let parsed = twoLetter ? ({ ok: false } as const) : parseDate(written, opts);
    let start = m.index;
    if (!parsed.ok) {
      // A weekday that contradicts its date is not skipped over: the line cannot be trusted.
      if (lead && weekdaysFromName(lead[1]!) !== undefined) return undefined;
      if (lead) {
        const rest = parseDate(written.slice(lead[0].length), opts);
        if (!rest.ok) return undefined;
        parsed = rest;
        start += lead[0].length;
      }
    }
    if (!parsed.ok) return undefined;
    found.push({ start, end: m.index + written.length, date: parsed.date });
  }
  return found;
}

export function compare(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function rangeIn(line: string, order: DateOrder, now: Date | undefined): StatedRange | undefined {
  const dates = datesIn(line, order, now);
  if (!dates) return undefined;
  const text = line.trim();
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const before = line.slice(i > 0 ? dates[i - 1]!.end : 0, d.start);
    if (NOT_THE_SCHEDULE.test(before)) continue;
    const next = dates[i + 1];
    if (next && BETWEEN.test(line.slice(d.end, next.start).trim())) {
      return compare(next.date, d.date) >= 0 ? { from: d.date, to: next.date, text } : undefined;
    }
    if ((SCHEDULE_WORD.test(before) && ONE_DAY_LEAD.test(before)) || labelledDay(line, before, d))
      return { from: d.date, to: d.date, text, day: line.slice(d.start, d.end).trim() };
  }
  return undefined;
}

/**
 * The date range the title lines state, read with the file's day/month order (dotted dates are
 * always day-first). Undefined when no line states one, when a stated range ends before it
 * starts, or when two lines state different ranges.
 */
export function statedRange(
  titleLines: string[],
  opts: { order: DateOrder; now?: Date },
): StatedRange | undefined {
  let found: StatedRange | undefined;
  for (const line of titleLines) {
    const r = rangeIn(line, opts.order, opts.now);
    if (!r) continue;
    if (found && (compare(found.from, r.from) !== 0 || compare(found.to, r.to) !== 0)) return undefined;
    found ??= r;
  }
  return found;
}

/**
 * The one day a report's title states, as written, and the title line's index: a one-day
 * report (`Appointments for Monday 03/15/2027`) whose rows give only their times. Read under
 * either day/month order only to find the date; the rows then read it with the file's order, as
 * they read a day printed above them (so `03/04/2027` is asked like any other date of the file).
 */
export function statedDay(titleLines: string[]): { index: number; day: string } | undefined {
  for (const order of ['MDY', 'DMY'] as const) {
    const r = statedRange(titleLines, { order });
    if (r?.day) return { index: titleLines.findIndex((t) => t.trim() === r.text), day: r.day };
  }
  return undefined;
}
