// A start date-time column beside a column headed as the appointment's own date that gives
// another day. Recognition takes the date-time column for the start and leaves the date column
// out; where the two agree nothing is lost. Where they do not, the date-time's day is not the
// appointment's: an ODBC or MS Query export writes a TIME column as a timestamp "set to the
// current date" (the day of the export), so `Start Time` = `12/4/2026 9:00:00 AM` beside
// `Appointment Date` = `3/2/2027` would have gone to the portal on the day it was exported. Which
// column holds the day is asked, never guessed. The same for a start date beside a time column
// (`Date`, `Time`) and another column that reads as the visit's date (`Service Date`, `DOS`):
// recognition takes the surer header, but where the two give other days only one can be right.
import type { Doubt } from '../../model/doubt.ts';
import { formatDate, type DateOrder } from '../map/parse-date.ts';
import { parseDateTime } from '../map/parse-date-time.ts';
import type { FieldCandidate } from '../map/recognize.ts';
import { bareMomentHeader, headerWords } from '../map/header-meaning.ts';
import { SURE } from './column-doubts.ts';
import { ownString } from '../own-string.ts';

export interface StartDayInput {
  /** The column taken as the start: its date and time, or its date beside a time column. */
  start: { header: string; field: StartField; values: readonly string[] };
  /** Recognition's candidates, and the columns it mapped. */
  candidates: readonly FieldCandidate[];
  mapped: ReadonlySet<string>;
  values: (header: string) => readonly string[];
  timeZone: string;
  dateOrder: DateOrder;
  /** Line number of each value's row, for the message. */
  lines: readonly number[];
  /** Whether a time column is mapped beside the start. */
  timeColumn?: boolean;
}

/** Words a start header shares with the booking's own moment: `Scheduled Date` is the visit's at
 *  some systems and when the booking was made at others (`Date Scheduled`, `Booked`). */
const BOOKING_DEED = new Set(['scheduled', 'planned', 'booked', 'booking', 'made']);

/** A time written in a cell (`9:00`, `0900h` is not counted: dates alone never carry a colon). */
const CLOCK = /\d:\d\d/;

/** The doubt of a start date-time whose header may name the booking's moment, beside a date-only
 *  column headed as the appointment's date that gives the same days, with no time column. The
 *  days agree whichever is the visit's, but the times come only from the date-time column: if it
 *  is when the booking was made, every visit would go at the booking's minute. A file whose date
 *  column says the day alone does not prove whose the times are; the person is asked. */
function bookingTimeDoubt(input: StartDayInput, others: readonly string[]): Doubt | undefined {
  if (input.start.field !== 'dateTime' || input.timeColumn) return undefined;
  if (!headerWords(input.start.header).some((w) => BOOKING_DEED.has(w))) return undefined;
  const dayOnly = others.find((h) => {
    const cells = input.values(h).filter((v) => v.trim());
    return cells.length > 0 && !cells.some((v) => CLOCK.test(v));
  });
  if (!dayOnly) return undefined;
  const i = input.start.values.findIndex((v) => v.trim());
  const sample = input.start.values[i]?.trim() ?? '';
  return {
    kind: 'column',
    field: 'dateTime',
    column: input.start.header,
    message: `'${input.start.header}' gives the times and '${dayOnly}' the days alone (line ${input.lines[i] ?? i + 2}: '${sample}'): '${input.start.header}' may be when the booking was made, and the appointments would go at its times`,
    samples: [sample],
    question: `Is '${input.start.header}' the appointment's start, day and time? Confirm the mapping only if it is, not when the booking was made`,
  };
}

/** The day a cell names, in the practice's zone (`YYYY-MM-DD`), or undefined. */
export function dayOf(v: string, order: DateOrder, dayFormat: Intl.DateTimeFormat): string | undefined {
  const p = parseDateTime(v, { order, twoDigitYear: 'appointment' });
  if (!p.ok) return undefined;
  if (p.kind === 'local') return formatDate(p.date);
  return p.midnightOf ? formatDate(p.midnightOf) : dayFormat.format(p.instant);
}

/** Whether two date columns give one day on every row: filled on the same rows, each pair of
 *  cells the same day. Then whichever is the appointment's, it goes on that day. */
export function sameDayEveryRow(
  a: readonly string[],
  b: readonly string[],
  order: DateOrder,
  timeZone: string,
): boolean {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
  let days = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = (a[i] ?? '').trim();
    const y = (b[i] ?? '').trim();
    if (!x && !y) continue;
    const dx = x && dayOf(x, order, dayFormat);
    if (!dx || dx !== (y && dayOf(y, order, dayFormat))) return false;
    days++;
  }
  return days > 0;
}

/** The free columns that read surely as the appointment's date, beside the start taken. Only
 *  such a column: a `Booking Date` or `Referral Date` is another event's, another day by nature.
 *  Beside a start date (with a time column), only another date: a date-time column beside a date
 *  and a time column is the other form of the start, which recognition weighs by its header
 *  (an audit trail's `Date/Time` beside `Appt Date`, `Appt Time`). Beside a start under a bare
 *  header (`Date`), also any date column under another bare one (`Date B`, `Date 2`): recognition
 *  scores a letter below a number, but neither header says whose date it is, and the start had
 *  gone on the days of whichever came first. */
export function sameDayColumns(
  candidates: readonly FieldCandidate[],
  mapped: ReadonlySet<string>,
  startHeader: string,
  start: StartField = 'dateTime',
): string[] {
  return [
    ...new Set(
      candidates
        .filter(
          (c) =>
            (c.field === 'date' || (c.field === 'dateTime' && start === 'dateTime')) &&
            (c.confidence >= SURE || (bareMomentHeader(startHeader) && bareMomentHeader(c.column))) &&
            c.column !== startHeader &&
            !mapped.has(c.column),
        )
        .map((c) => c.column),
    ),
  ];
}

/** The first row where the start's day is not the date column's, and how many such rows. */
export interface OtherDay {
  line: number;
  start: string;
  date: string;
  count: number;
}

/** The start's field: a date and time in one column, or a date beside a time column. */
export type StartField = 'dateTime' | 'date';

/** The doubt of a start column whose day is not that of the date column `other`. */
export function otherDayDoubt(start: StartField, startHeader: string, other: string, f: OtherDay): Doubt {
  const rows = `${f.count} row${f.count === 1 ? '' : 's'} (line ${f.line}: '${f.start}' beside '${f.date}')`;
  // Two date columns that both read as the visit's (`Date` and `Service Date`, `DOS`, or two bare
  // `Date` columns of date-times): only one can be, and the header does not say which.
  if (start === 'date' || (bareMomentHeader(startHeader) && bareMomentHeader(other)))
    return {
      kind: 'column',
      field: start,
      column: startHeader,
      message: `'${startHeader}' gives another day than '${other}' on ${rows}: both read as the appointment's date, and the appointments would go on the days of '${startHeader}'`,
      samples: [f.start, f.date],
      question: `Which column holds the appointment's date: '${startHeader}' or '${other}'? Confirm the mapping only if '${startHeader}' does`,
    };
  return {
    kind: 'column',
    field: 'dateTime',
    column: startHeader,
    message: `'${startHeader}' gives another day than '${other}' on ${rows}: a time exported with the day of the export (as ODBC writes a time column) would go on the wrong day`,
    samples: [f.start, f.date],
    question: `Which column holds the appointment's date? If '${other}' does, map it as the date and '${startHeader}' as the start time; confirm the mapping only if '${startHeader}' is the start, day and time`,
  };
}

/** The check of the rows recognition read (the first 500). */
export function startDayDoubt(input: StartDayInput): Doubt | undefined {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: input.timeZone, dateStyle: 'short' });
  for (const other of sameDayColumns(input.candidates, input.mapped, input.start.header, input.start.field)) {
    const values = input.values(other);
    let first: OtherDay | undefined;
    input.start.values.forEach((sv, i) => {
      const dv = values[i] ?? '';
      if (!sv.trim() || !dv.trim()) return;
      const a = dayOf(sv, input.dateOrder, dayFormat);
      const b = dayOf(dv, input.dateOrder, dayFormat);
      if (!a || !b || a === b) return;
      if (first) first.count++;
      else first = { line: input.lines[i] ?? i + 2, start: sv.trim(), date: dv.trim(), count: 1 };
    });
    if (first) return otherDayDoubt(input.start.field, input.start.header, other, first);
  }
  return bookingTimeDoubt(
    input,
    sameDayColumns(input.candidates, input.mapped, input.start.header, input.start.field),
  );
}

/** The same check on every row of a file longer than recognition read (map/row-start-day.ts):
 *  an export that lists today's appointments first agrees on its first 500 rows and gives
 *  tomorrow's the day of the export. Read while the rows are mapped, held at the end. */
export class StartDayRows {
  private first: { field: StartField; start: string; other: string; day: OtherDay } | undefined;
  /** A row whose start, in `startHeader`, is not on the day `other` gives. */
  note(
    field: StartField,
    startHeader: string,
    other: string,
    start: string,
    date: string,
    line: number,
  ): void {
    if (this.first) this.first.day.count++;
    else
      this.first = {
        field,
        start: ownString(startHeader),
        other: ownString(other),
        day: { line, start: ownString(start), date: ownString(date), count: 1 },
      };
  }
  doubt(): Doubt | undefined {
    return this.first && otherDayDoubt(this.first.field, this.first.start, this.first.other, this.first.day);
  }
}
