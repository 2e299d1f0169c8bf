// A report whose title states its dates (`Appointments for 04/03/2027`) while every row lies
// outside them, unless the title is read in the other day/month order (`03/04/2027` on every row):
// the title and the rows then agree only if one of them is written day-first and the other
// month-first, and nothing says which. Read as the region writes, the rows could go a month off.
// Dates the file itself proves (a 13 or more in a day's place), or an order a person set, settle
// it: then only the title is written otherwise, and nothing is held. So do rows whose dates read
// one way only (`2027/03/08`, `Monday, March 8, 2027` over a day's rows): only the title is then in
// another order (GoodX's `Diary Appointments: 01/03/2027 - 31/03/2027` over year-first rows).
import type { Doubt } from '../../model/doubt.ts';
import { numericParts, orderEvidence, type DateOrder } from '../map/parse-date.ts';

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
