// A file's other date columns (`Date Booked`, `Last Visit`, `Created`), mapped to no field, are
// written by the same program as its appointment dates, in the same order: a `15/02/2027` there
// says the program writes day-first as surely as a birth date does. Left out, a file whose
// appointment dates all read both ways (`03/04/2027`) had gone by the practice's region alone,
// month-first in the US, beside its own proof of the other order. They are weighed as the birth
// dates are (date-order-decision.ts): proof that the appointment dates are not written alike
// holds the file. Only a column whose filled values are whole dates with a four-digit year counts:
// a note that mentions a date, or a code that looks like one, proves nothing.
import type { TableRow } from '../read/table-types.ts';
import type { DateColumn } from './date-order-decision.ts';

/** A whole numeric date, `15/02/2027`, `15.02.2027`, `15-02-2027`, alone or before a time. */
const WHOLE_DATE = /^\d{1,2}([/.-])\d{1,2}\1\d{4}(?:$|[\sT])/;

/** The unmapped columns of the sample whose filled values are nearly all whole numeric dates. */
export function freeDateColumns(
  headers: readonly string[],
  sample: readonly TableRow[],
  used: ReadonlySet<number>,
): DateColumn[] {
  const out: DateColumn[] = [];
  for (const [j, header] of headers.entries()) {
    if (used.has(j)) continue;
    const values: string[] = [];
    let dates = 0;
    for (const r of sample) {
      const v = (r.values[j] ?? '').trim();
      if (!v) continue;
      values.push(v);
      if (WHOLE_DATE.test(v)) dates++;
    }
    // Nine in ten: a column of dates with the odd `N/A` or `Unknown`, not a note.
    if (dates > 0 && dates >= 0.9 * values.length) out.push({ header, values });
  }
  return out;
}
