// Placeholder until the full table lands (dates branch): US/Canada zones month-first, the rest of
// the world day-first, UTC unknown.
import type { DateOrder } from './parse-date.ts';

const MONTH_FIRST =
  /^(America\/(New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Toronto|Vancouver)|Pacific\/Honolulu)$/;

export function regionDateOrder(timeZone: string, _locale?: string): DateOrder | undefined {
  if (MONTH_FIRST.test(timeZone)) return 'MDY';
  if (/^(Europe|Africa|Asia|Australia|Pacific|America)\//.test(timeZone)) return 'DMY';
  return undefined;
}
