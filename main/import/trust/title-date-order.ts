// A report whose title states its dates (`Appointments for 04/03/2027`) while every row lies
// outside them, unless the title is read in the other day/month order (`03/04/2027` on every row):
// the title and the rows then agree only if one of them is written day-first and the other
// month-first, and nothing says which. Read as the region writes, the rows could go a month off.
// Dates the file itself proves (a 13 or more in a day's place), or an order a person set, settle
// it: then only the title is written otherwise, and nothing is held. So do rows whose dates read
// one way only (`2027/03/08`, `Monday, March 8, 2027` over a day's rows): only the title is then in
// another order (GoodX's `Diary Appointments: 01/03/2027 - 31/03/2027` over year-first rows).
import type { Doubt } from '../../model/doubt.ts';
import { numericParts, orderEvidence, parseDate, type DateOrder } from '../map/parse-date.ts';
import { compare, statedRange } from '../read/stated-range.ts';

/** Whether one of the start dates `values` reads as another day day-first than month-first
 *  (`03/04/2027`; not `03.04.2027`, always day-first, nor `03/03/2027`). */
export function readsBothWays(values: readonly string[]): boolean {
  return values.some((v) => {
    const found = numericParts(v);
    if (!found || found.m[2] === '.') return false;
    const [a, b] = [+found.m[1]!, +found.m[3]!];
    return a <= 12 && b <= 12 && a !== b && !orderEvidence(v);
  });
}

export function titleOrderDoubt(title: string, order: DateOrder): Doubt {
  const read = order === 'DMY' ? 'day-first' : 'month-first';
  const other = order === 'DMY' ? 'month-first' : 'day-first';
  return {
    kind: 'date-order',
    message: `the title line '${title}' covers the rows' dates only read ${other}, while the rows would go ${read}: the title and the rows cannot both be right in one order, and nothing in the file says which is written which way`,
    samples: [title],
    question: 'Are the dates in this export written day-first or month-first?',
  };
}

/**
 * A title that states its range in words (`Period: Fri 5 Nov 2027 to Tue 9 Nov 2027`, Intrahealth
 * Profile's listing, corpus 476 probed at a US practice), so it reads one way only, over rows whose
 * dates read both ways (`05/11/2027`) and lie inside it only read in the other order: the rows are
 * written that other way. Read as the region writes, every row went half a year off (11 May) with
 * no question, for the check above compares a numeric title in the other order only. Held, asked
 * as any date order is: the title's line, for the message; undefined when nothing disagrees.
 */
export function wordTitleAgainstRows(
  titleLines: readonly string[],
  starts: readonly string[],
  order: DateOrder,
  now?: Date,
): string | undefined {
  const other: DateOrder = order === 'DMY' ? 'MDY' : 'DMY';
  const as = statedRange([...titleLines], { order, ...(now ? { now } : {}) });
  const asOther = statedRange([...titleLines], { order: other, ...(now ? { now } : {}) });
  if (!as || !asOther || compare(as.from, asOther.from) !== 0 || compare(as.to, asOther.to) !== 0)
    return undefined;
  const inside = (o: DateOrder): boolean =>
    starts.every((v) => {
      const p = parseDate(v, { order: o, ...(now ? { now } : {}) });
      return p.ok && compare(p.date, as.from) >= 0 && compare(p.date, as.to) <= 0;
    });
  const written = starts.filter((v) => v.trim() !== '');
  if (written.length === 0 || !readsBothWays(written)) return undefined;
  return !inside(order) && inside(other) ? as.text : undefined;
}
