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
import { orderEvidence, type DateOrder } from '../map/parse-date.ts';
import { regionDateOrder } from '../map/region-date-order.ts';

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

/** The hold for a file of another layout than the one that settled the remembered order, read
 *  against it with appointment dates that read both ways: by the region, or by a proof only in
 *  another column (one birth date `06/13/1970`) where the region does not read it so either. A
 *  program may write its visit dates one way and its birth dates the other (59r1: a London
 *  practice's day-first memory set aside, 04/03/2027 went as 3 April on one birth date's word). */
export function otherLayoutOrderDoubt(
  remembered: RememberedOrder | undefined,
  headers: readonly string[],
  decided: DateOrderDecision,
  columns: readonly DateColumn[],
  file: { timeZone: string; startColumn?: string },
): Doubt | undefined {
  if (!remembered || sameLayoutOrder(remembered, headers) || decided.doubt) return undefined;
  if (decided.order === remembered.order) return undefined;
  const words = (o: DateOrder): string => (o === 'DMY' ? 'day-first' : 'month-first');
  const question = 'Are the dates in this export written day-first or month-first?';
  if (decided.source === 'region') {
    const samples = ambiguousSamples(columns);
    if (samples.length === 0) return undefined;
    return {
      kind: 'date-order',
      message: `this practice's earlier exports of other columns were written ${words(remembered.order)}, this file's dates are read ${words(decided.order)} by the region (${decided.evidence ?? 'the time zone'}), and nothing in it tells whether '${samples[0]}' is day-first or month-first`,
      samples,
      question,
    };
  }
  const start = file.startColumn;
  if (decided.source !== 'data' || !start || regionDateOrder(file.timeZone) === decided.order)
    return undefined;
  // The appointment dates prove their own order (a value, a header, a weekday beside them): sent.
  if (decided.evidence?.includes(`column '${start}'`)) return undefined;
  const own = columns.filter((c) => c.header === start || c.of === start);
  if (own.some((c) => c.stated || c.values.some((v) => orderEvidence(v.trim())))) return undefined;
  const samples = ambiguousSamples(own);
  if (samples.length === 0) return undefined;
  return {
    kind: 'date-order',
    message: `this practice's earlier exports of other columns were written ${words(remembered.order)}, and in this file only ${decided.evidence ?? 'another column'} is ${words(decided.order)}: its appointment dates such as '${samples[0]}' read both ways`,
    samples,
    question,
  };
}
