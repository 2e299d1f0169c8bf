// Date columns the mapping leaves out (`Booked On`, `Created`, `Scheduled On`, a second birth date)
// as proof of the day/month order, beside the mapped ones (date-order-decision.ts reads them all
// alike). A program writes every date of one export with one format setting, so `25/11/2026 14:05`
// under `Booked On` says how `03/04/2027` under `Appt Date` is ordered, but only when both are
// written alike: the same separators, year length and padding (date-styles.ts). A column written
// otherwise may come from another program or a spreadsheet that rewrote it (`2027-01-05` saved as
// `1/5/2027`), and proves nothing. Decided once per file, on the sample rows.
import type { TableRow } from '../read/index.ts';
import type { DateColumn } from './date-order-decision.ts';
import { dateStyle, mixesPadding, type DateStyle } from './date-styles.ts';

/** A cell that is a numeric date and nothing else, a clock time after it allowed (`25/11/2026
 *  14:05`, `3-4-27 9:30 AM`): free text that mentions a date (`seen 25/11`) is no date column. */
const WHOLE_DATE =
  /^\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[AaPp]\.?[Mm]\.?)?)?$/;

export interface OtherDateColumns {
  /** Written like the dates they are compared with: their proof counts. */
  columns: DateColumn[];
  /** Headers of date columns written otherwise: looked at, proving nothing. */
  unlike: string[];
}

/** Whether two columns write their numeric dates in one format: the same separators and year
 *  lengths, and no part padded in one and not in the other. */
function sameFormat(a: DateStyle, b: DateStyle): boolean {
  const same = <T>(x: Set<T>, y: Set<T>): boolean => x.size === y.size && [...x].every((v) => y.has(v));
  return (
    same(a.separators, b.separators) &&
    same(a.yearLengths, b.yearLengths) &&
    ![0, 1].some((i) => (a.zero[i]! && b.single[i]!) || (a.single[i]! && b.zero[i]!))
  );
}

/**
 * The columns of numeric dates besides the mapped ones (`mapped`: their indexes), each compared
 * with the first of the mapped date columns `dated` written with numeric dates (the appointment
 * dates, else the birth dates). None when no mapped column has numeric dates, or that one pads
 * its dates both ways (a spreadsheet rewrote some of them).
 */
export function otherDateColumns(
  headers: readonly string[],
  sample: readonly TableRow[],
  mapped: ReadonlySet<number>,
  dated: readonly DateColumn[],
): OtherDateColumns {
  const out: OtherDateColumns = { columns: [], unlike: [] };
  let refStyle: DateStyle | undefined;
  for (const c of dated) if ((refStyle = dateStyle(c.values))) break;
  if (!refStyle || mixesPadding(refStyle)) return out;
  for (let j = 0; j < headers.length; j++) {
    if (mapped.has(j)) continue;
    const values = sample.map((r) => (r.values[j] ?? '').trim());
    const filled = values.filter(Boolean);
    if (filled.length === 0 || !filled.every((v) => WHOLE_DATE.test(v))) continue;
    const style = dateStyle(filled)!;
    if (!mixesPadding(style) && sameFormat(style, refStyle))
      out.columns.push({ header: headers[j]!, values: filled });
    else out.unlike.push(headers[j]!);
  }
  return out;
}
