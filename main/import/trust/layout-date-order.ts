// The day/month order a practice's earlier exports settled (practice memory) is that export's
// layout's: a second system exporting into the same inbox (a lab's list beside the schedule, a
// new program after a switch) writes its dates its own way. Remembered with the columns of the
// export that settled it, the order reads later files of those columns only; a file of other
// columns is settled by its own data, its headers or the region, and held when nothing in it
// proves the order and the region's reading is not the remembered one: the day-first order of a
// practice's schedule had sent a new system's month-first 03/04/2027 as 3 April, unasked.
import type { Doubt } from '../../model/doubt.ts';
import { ambiguousSamples, type DateColumn, type DateOrderDecision } from './date-order-decision.ts';
import { layoutDoubt } from './column-doubts.ts';
import type { DateOrder } from '../map/parse-date.ts';

export interface RememberedOrder {
  order: DateOrder;
  source: 'data' | 'person';
  /** The columns of the export that settled it; absent in memories kept before they were. */
  headers?: readonly string[];
}

/** The remembered order, when it is this file's layout's (or kept without its columns). */
export function sameLayoutOrder(
  remembered: RememberedOrder | undefined,
  headers: readonly string[],
): { order: DateOrder; source: 'data' | 'person' } | undefined {
  if (!remembered) return undefined;
  if (remembered.headers && layoutDoubt(remembered.headers, headers)) return undefined;
  return { order: remembered.order, source: remembered.source };
}

/** The hold for a file of another layout than the one that settled the remembered order, read by
 *  the region against it with dates that read both ways. */
export function otherLayoutOrderDoubt(
  remembered: RememberedOrder | undefined,
  headers: readonly string[],
  decided: DateOrderDecision,
  columns: readonly DateColumn[],
): Doubt | undefined {
  if (!remembered || sameLayoutOrder(remembered, headers) || decided.doubt) return undefined;
  if (decided.source !== 'region' || decided.order === remembered.order) return undefined;
  const samples = ambiguousSamples(columns);
  if (samples.length === 0) return undefined;
  const words = (o: DateOrder): string => (o === 'DMY' ? 'day-first' : 'month-first');
  return {
    kind: 'date-order',
    message: `this practice's earlier exports of other columns were written ${words(remembered.order)}, this file's dates are read ${words(decided.order)} by the region (${decided.evidence ?? 'the time zone'}), and nothing in it tells whether '${samples[0]}' is day-first or month-first`,
    samples,
    question: 'Are the dates in this export written day-first or month-first?',
  };
}
