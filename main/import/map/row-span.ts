// A row whose own end falls days after its start is no single visit at that start. A scheduler
// that lists a recurring booking or standing order once writes the series' first and last day
// (`Start Date` 03/02/2027, `End Date` 03/30/2027, `Every Tue until 03/30/2027`; a physio's weekly
// block, an infusion's standing order, a dialysis chair's series): sent, the portal would show the
// first visit only, under the series' id, and none of the others. A multi-day stay reads the same.
// Such a row is noted in the file's audit (the file is held and a person asked once), never sent
// by itself. An end the next day is an overnight visit (a sleep study 8 PM to 6 AM) and goes. A
// booked row whose appointment end falls before its start on the same day goes only where the
// start is sure (end-before-start.ts); otherwise it is a row error, as is one whose end is dated
// before its start's day.
import type { FileAudit } from '../trust/file-audit.ts';
import { LongMidnightVisits } from '../trust/long-midnight-visits.ts';
import { endBeforeStartProblem, swappedProblem } from './end-before-start.ts';
import { halfDaySlipProblem } from './half-day-slips.ts';
import { headerConcepts } from './header-meaning.ts';
import { clockAsWritten } from './marked-utc.ts';
import { memoized } from './parse-memo.ts';
import { parseDateTime } from './parse-date-time.ts';
import type { DateOrder } from './parse-date.ts';
import { formatClock, parseTime, type TimeOfDay } from './parse-time.ts';
import { mappedIndexes, type ColumnRef, type ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import { zoneOffsetMs } from './zoned-time.ts';

const DAY_MS = 86_400_000;

/** What else an end column's header may say beside that it is the end (of the appointment, or of
 *  the series it lists): `End Date`, `Date To`, `Appt End`, `Series End Date`, `Repeat Until`. An
 *  end of something else (`Authorization End Date`, `Episode End Date`) is another event's. */
const END_OF_ROW = new Set(['end', 'date', 'time', 'appt', 'series']);

/** Words that say the end as well as `End` does, which the header's meaning leaves as themselves:
 *  a billing-style `From Date` / `Thru Date` (`Date Through`), a standing order's `Start Date` /
 *  `Stop Date`, a Dutch `Datum van` / `Datum tot`. Read as the end here only, where a date days
 *  after the start is what is looked for. */
const END_WORDS = new Set(['end', 'thru', 'through', 'stop', 'tot']);

/** The columns that may give a row's end date: the mapped end, and free columns headed as one. */
export function spanEndColumns(headers: readonly string[], refs: ColumnRefs): ColumnRef[] {
  const out: ColumnRef[] = [];
  if (refs.end?.source === 'main') out.push(refs.end);
  const used = mappedIndexes(refs);
  headers.forEach((header, index) => {
    if (used.has(index)) return;
    const concepts = headerConcepts(header);
    const words = [...concepts];
    if (words.some((c) => END_WORDS.has(c)) && words.every((c) => END_OF_ROW.has(c) || END_WORDS.has(c)))
      out.push({ header, source: 'main', index });
  });
  return out;
}

interface WrittenEnd {
  /** The day number (days since 1970-01-01) of a written end, in the practice's zone. */
  day?: number;
  /** Its time on the clock as written, with whether AM/PM was written (not for an instant). */
  clock?: { time: TimeOfDay; meridiem: boolean };
  /** An end written with its zone or offset (`2027-03-22T09:30:00-07:00`, `…Z`): the moment. */
  ms?: number;
}

function readEnd(value: string, order: DateOrder, timeZone: string, ownClock: boolean): WrittenEnd {
  const parsed = parseDateTime(value, { order, twoDigitYear: 'appointment' });
  const p = ownClock ? clockAsWritten(parsed) : parsed;
  if (!p.ok) {
    // An end time alone (`End Time` = `13:45`).
    const t = parseTime(value);
    return t.ok ? { clock: { time: t.time, meridiem: t.meridiem === true } } : {};
  }
  if (p.kind === 'instant') {
    const ms = p.instant.getTime();
    return { day: Math.floor((ms + zoneOffsetMs(timeZone, ms)) / DAY_MS), ms };
  }
  const clock = p.dateOnly ? undefined : { time: p.time, meridiem: p.meridiem === true };
  return {
    day: Math.floor(Date.UTC(p.date.year, p.date.month - 1, p.date.day) / DAY_MS),
    ...(clock ? { clock } : {}),
  };
}

/** A check of each row: a booked one's end two days or more after its start's local day, or
 *  before its start on the same day, and the clock every end is written on. `end`: the mapped
 *  appointment end, the one column whose clock is the visit's (a series' `End Date` is not). */
export function spanCheck(
  cursor: RowCursor,
  columns: readonly ColumnRef[],
  ctx: {
    order: DateOrder;
    timeZone: string;
    audit: FileAudit | undefined;
    end: ColumnRef | undefined;
    /** The start's time column beside its date column: where its cells carry a day of their own
     *  (`12/4/2026 9:00:00 AM` beside the appointment date 3/2/2027, the day it was booked), an
     *  end written like them (`12/4/2026 9:30:00 AM`) carries that day too (start-day-columns). */
    time?: ColumnRef | undefined;
    /** The practice answered that the start column's UTC mark is its own clock (marked-utc.ts). */
    ownClock?: boolean;
  },
): (startDay: string, line: number, booked: boolean, startAt: Date, zone?: string) => void {
  const readers = columns.map((c) => ({
    header: c.header,
    read: cursor.readerAt(c),
    visit: c.source === ctx.end?.source && c.index === ctx.end?.index,
    // An end of this row's day (`End Date` beside `End Time`), not a series' `Thru` or `Stop`.
    ownEnd: headerConcepts(c.header).has('end'),
  }));
  // A schedule repeats its few end dates on many rows: each is read once.
  const endOf = memoized((v: string) => readEnd(v, ctx.order, ctx.timeZone, ctx.ownClock === true));
  const timeCell = ctx.time ? cursor.readerAt(ctx.time) : undefined;
  // `zone`: the clock the row's start was read on, when a location keeps another (location-clock.ts).
  return (startDay, line, booked, startAt, zone = ctx.timeZone) => {
    const [y, m, d] = startDay.split('-').map(Number);
    const start = Math.floor(Date.UTC(y!, m! - 1, d!) / DAY_MS);
    const timeText = timeCell?.();
    const startWritten = (timeText ? endOf(timeText).day : undefined) ?? start;
    for (const r of readers) {
      const v = r.read();
      if (!v) continue;
      const end = endOf(v);
      // The end's clock tells the file's, whatever the row's status: `13:45` there is a 24-hour
      // clock (trust/start-clock.ts).
      if (end.clock) ctx.audit?.endClock(end.clock.time, end.clock.meridiem);
      if (booked && end.day !== undefined && end.day - start >= 2)
        ctx.audit?.spansDays(r.header, v, startDay, line, end.day - start);
      // The visit's own end dated before its start's day (`03/21/2027 10:30 AM` after a start on
      // 03/22/2027 10:00 AM): one of the two dates is wrong, and a clock that fits (10:00 to
      // 10:30) does not say which; no overnight visit ends the day before it starts.
      if (
        booked &&
        (r.visit || r.ownEnd) &&
        end.day !== undefined &&
        end.day < Math.min(start, startWritten)
      ) {
        cursor.fail(
          'end',
          `ends on an earlier day than it starts (${startDay}): the start's date or the end's is wrong`,
          'Correct the start and end dates in the scheduling software and export again',
          v,
        );
      }
      // An end written as a moment before the start's moment: no overnight visit or lost PM
      // explains it (the moment carries its day and clock), so one of the two is wrong. Found on
      // API dumps whose `Start` and `End` both carry an offset (red team 57d).
      // A long visit's start on the practice's clock: what a long one at midnight UTC is compared
      // with (trust/long-midnight-visits.ts). One subtraction per row; the clock for long ones only.
      if (r.visit && end.ms !== undefined && startAt.getTime() % DAY_MS !== 0) {
        const lasts = end.ms - startAt.getTime();
        if (LongMidnightVisits.isLong(lasts)) {
          const at = localClock(startAt, zone);
          ctx.audit?.longVisit(lasts, at.hour * 60 + at.minute);
        }
      }
      if (booked && r.visit && end.ms !== undefined && end.ms < startAt.getTime()) {
        const at = (ms: number): string => formatClock(localClock(new Date(ms), zone));
        cursor.fail(
          'end',
          swappedProblem(at(startAt.getTime()), at(end.ms)),
          'Correct the start and end times in the scheduling software and export again',
          v,
        );
      }
      if (booked && r.visit && end.clock && (end.day === undefined || end.day === start)) {
        const from = localClock(startAt, zone);
        const problem =
          halfDaySlipProblem(from, end.clock.time, end.clock.meridiem) ??
          endBeforeStartProblem(from, end.clock.time, end.clock.meridiem);
        if (problem)
          cursor.fail(
            'end',
            problem,
            'Correct the start and end times in the scheduling software and export again',
            v,
          );
      }
    }
  };
}

/** An instant's hour and minute on the practice's clock. */
function localClock(at: Date, timeZone: string): { hour: number; minute: number } {
  const ms = at.getTime();
  const minutes = Math.floor(((((ms + zoneOffsetMs(timeZone, ms)) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  return { hour: Math.floor(minutes / 60), minute: minutes % 60 };
}
