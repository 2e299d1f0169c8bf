// A column headed as when the booking was made (`Date Scheduled`, `Scheduled On`, `Booked On`,
// `Date Booked`: header-meaning.ts reads the deed as 'booked') whose days all fall after the
// start's. A visit is booked before it takes place, so on such a file one of the two is not what
// its header says: `Date Scheduled` is also written for the day a visit is scheduled for, and a
// bare `Date` beside it may be the day the booking was keyed in. Recognition takes the bare `Date`
// as the start; had it been the booking's day, every visit would have gone weeks early. Asked,
// never guessed. Decided once per file, on the sample rows.
import type { Doubt } from '../../model/doubt.ts';
import { headerConcepts } from '../map/header-meaning.ts';
import type { DateOrder } from '../map/parse-date.ts';
import { dayOf, type StartField } from './start-day-columns.ts';

export interface BookedAfterInput {
  start: { header: string; field: StartField; values: readonly string[] };
  headers: readonly string[];
  values: (header: string) => readonly string[];
  dateOrder: DateOrder;
  timeZone: string;
  lines: readonly number[];
}

/** The doubt of a booking deed's column that is after the start on every row it fills. */
export function bookedAfterStartDoubt(input: BookedAfterInput): Doubt | undefined {
  const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: input.timeZone, dateStyle: 'short' });
  const starts = input.start.values.map((v) => (v.trim() ? dayOf(v, input.dateOrder, dayFormat) : undefined));
  for (const header of input.headers) {
    if (header === input.start.header || !headerConcepts(header).has('booked')) continue;
    const values = input.values(header);
    let after = 0;
    let first: { line: number; start: string; booked: string } | undefined;
    let disproved = false;
    values.forEach((v, i) => {
      const start = starts[i];
      if (disproved || !v.trim() || !start) return;
      const booked = dayOf(v, input.dateOrder, dayFormat);
      if (!booked || booked <= start) {
        disproved = true;
        return;
      }
      after++;
      first ??= { line: input.lines[i] ?? i + 2, start: input.start.values[i]!.trim(), booked: v.trim() };
    });
    if (disproved || !first) continue;
    const s = input.start.header;
    return {
      kind: 'column',
      field: input.start.field,
      column: s,
      message: `'${header}' reads as when the booking was made, but it is after '${s}' on every row it fills (${after}; line ${first.line}: '${first.booked}' beside '${first.start}'): a visit is booked before it takes place, so one of the two is not what its header says, and the appointments would go on the days of '${s}'`,
      samples: [first.start, first.booked],
      question: `Which column holds the appointment's date: '${s}' or '${header}'? Confirm the mapping only if '${s}' does`,
    };
  }
  return undefined;
}
