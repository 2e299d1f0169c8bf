// A start date-time column beside a column headed as the appointment's own date that gives
// another day. Recognition takes the date-time column for the start and leaves the date column
// out; where the two agree nothing is lost. Where they do not, the date-time's day is not the
// appointment's: an ODBC or MS Query export writes a TIME column as a timestamp "set to the
// current date" (the day of the export), so `Start Time` = `12/4/2026 9:00:00 AM` beside
// `Appointment Date` = `3/2/2027` would have gone to the portal on the day it was exported. Which
// column holds the day is asked, never guessed.
import type { Doubt } from '../../model/doubt.ts';
import { formatDate, type DateOrder } from '../map/parse-date.ts';
import { parseDateTime } from '../map/parse-date-time.ts';
import type { FieldCandidate } from '../map/recognize.ts';
import { SURE } from './column-doubts.ts';

export interface StartDayInput {
  /** The column taken as the start date and time. */
  start: { header: string; values: readonly string[] };
  /** Recognition's candidates, and the columns it mapped. */
  candidates: readonly FieldCandidate[];
  mapped: ReadonlySet<string>;
  values: (header: string) => readonly string[];
  timeZone: string;
  dateOrder: DateOrder;
  /** Line number of each value's row, for the message. */
  lines: readonly number[];
}

/** The day a cell names, in the practice's zone (`YYYY-MM-DD`), or undefined. */
function dayOf(v: string, order: DateOrder, dayFormat: Intl.DateTimeFormat): string | undefined {
  const p = parseDateTime(v, { order, twoDigitYear: 'appointment' });
  if (!p.ok) return undefined;
  if (p.kind === 'local') return formatDate(p.date);
  return p.midnightOf ? formatDate(p.midnightOf) : dayFormat.format(p.instant);
}

export function startDayDoubt(input: StartDayInput): Doubt | undefined {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: input.timeZone, dateStyle: 'short' });
  // Only a column that reads surely as the appointment's date: a `Booking Date` or `Referral
  // Date` is another event's, another day by nature.
  const others = [
    ...new Set(
      input.candidates
        .filter(
          (c) =>
            (c.field === 'date' || c.field === 'dateTime') &&
            c.confidence >= SURE &&
            c.column !== input.start.header &&
            !input.mapped.has(c.column),
        )
        .map((c) => c.column),
    ),
  ];
  for (const other of others) {
    const values = input.values(other);
    let differ = 0;
    let first: { line: number; start: string; date: string } | undefined;
    input.start.values.forEach((sv, i) => {
      const dv = values[i] ?? '';
      if (!sv.trim() || !dv.trim()) return;
      const a = dayOf(sv, input.dateOrder, dayFormat);
      const b = dayOf(dv, input.dateOrder, dayFormat);
      if (!a || !b || a === b) return;
      differ++;
      first ??= { line: input.lines[i] ?? i + 2, start: sv.trim(), date: dv.trim() };
    });
    if (!first) continue;
    const f: { line: number; start: string; date: string } = first;
    return {
      kind: 'column',
      field: 'dateTime',
      column: input.start.header,
      message: `'${input.start.header}' gives another day than '${other}' on ${differ} row${differ === 1 ? '' : 's'} (line ${f.line}: '${f.start}' beside '${f.date}'): a time exported with the day of the export (as ODBC writes a time column) would go on the wrong day`,
      samples: [f.start, f.date],
      question: `Which column holds the appointment's date? If '${other}' does, map it as the date and '${input.start.header}' as the start time; confirm the mapping only if '${input.start.header}' is the start, day and time`,
    };
  }
  return undefined;
}
