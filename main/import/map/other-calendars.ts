// The date columns of a file written in another calendar than the Gregorian, each converted only
// where the file proves its calendar (buddhist-era-dates.ts, solar-hijri-dates.ts, minguo-dates.ts),
// and VA FileMan's internal `3270315.093` (fileman-dates.ts), a count from 1700 more than a calendar.
// Decided once per file from its first rows; the import rewrites every row with them, and the
// review's sense check (mapping-sample.ts) its sample, so a column a person confirms is judged by
// the dates the import reads, not by the typed `1160301`.
import { buddhistEraColumns } from './buddhist-era-dates.ts';
import type { CalendarColumns } from './calendar-columns.ts';
import { fileManColumns } from './fileman-dates.ts';
import { minguoColumns } from './minguo-dates.ts';
import { solarHijriColumns } from './solar-hijri-dates.ts';

export function otherCalendarColumns(
  headers: readonly string[],
  rows: readonly string[][],
  timeZone: string,
  titleLines: readonly string[] = [],
): CalendarColumns[] {
  return [
    buddhistEraColumns(headers, rows, timeZone),
    solarHijriColumns(headers, rows, timeZone),
    minguoColumns(headers, rows, timeZone),
    fileManColumns(headers, rows, titleLines),
  ].filter((c) => c !== undefined);
}
