// The history window's filters (practice by its key, date range, result, free text) as one test
// on an index Entry, so they run over the WHOLE history in the store rather than over a page the
// window happened to load. Dates are local calendar days, as the person reads them on the screen.
import type { HistoryQuery, HistoryResult } from '../../model/status-and-jobs.ts';
import { searchMatcher, TERMINAL_STATES, type Entry, type Interner } from './job-index.ts';

const DAY = /^\d{4}-\d\d-\d\d$/;

/** Start of the local day `YYYY-MM-DD` in ms (NaN when it is not such a day). */
function localDayStart(day: string): number {
  if (!DAY.test(day)) return NaN;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(y, m - 1, d);
  // new Date(2026, 1, 31) is March 3rd: a day that does not exist is refused, not moved.
  return t.getFullYear() === y && t.getMonth() === m - 1 && t.getDate() === d ? t.getTime() : NaN;
}

/** [from, to) in ms for the query's days (open ends: ±Infinity). An unreadable day matches nothing
 *  rather than everything: a wrong filter must not look like "no filter". */
export function receivedRange(q: HistoryQuery): [number, number] {
  let from = -Infinity;
  let to = Infinity;
  if (q.from) from = localDayStart(q.from);
  if (q.to) {
    const start = localDayStart(q.to);
    const next = new Date(start);
    next.setDate(next.getDate() + 1);
    to = next.getTime();
  }
  return Number.isNaN(from) || Number.isNaN(to) ? [1, 0] : [from, to];
}

function needsAPerson(e: Entry): boolean {
  return (
    e.state === 'failed' ||
    e.state === 'held' ||
    e.outcome === 'ERROR' ||
    e.outcome === 'PARTIAL' ||
    e.errors > 0
  );
}

const RESULT_TESTS: Record<HistoryResult, (e: Entry) => boolean> = {
  problems: needsAPerson,
  held: (e) => e.state === 'held',
  'in-progress': (e) => !TERMINAL_STATES.has(e.state) && e.state !== 'held',
  processed: (e) => e.state === 'processed' && !needsAPerson(e),
};

/** One predicate for every filter of the query except the date range (the store narrows that by
 *  binary search, its entries being sorted by receivedAt). */
export function historyFilter(q: HistoryQuery, interner: Interner): (e: Entry) => boolean {
  const text = searchMatcher(q.search ?? '', interner);
  const result = q.result ? RESULT_TESTS[q.result] : undefined;
  // By the practice's key: its files keep the name they arrived under, a rename keeps the key.
  const practice = q.practiceKey;
  const failedOnly = q.failedOnly === true;
  return (e) =>
    (!failedOnly || e.state === 'failed') &&
    (practice === undefined || e.owner === practice) &&
    (result === undefined || result(e)) &&
    text(e);
}
