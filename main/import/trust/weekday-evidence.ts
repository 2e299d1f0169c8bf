// Weekdays written apart from the dates, as evidence of day/month order: a column of weekday
// names beside the appointment date (`Tuesday` | `03/02/2027` proves month-first), and title lines
// (`Schedule for Tuesday 03/02/2027`). Each is read as `Tuesday 03/02/2027`, the form a date cell
// with its weekday has, so one rule judges them all. A footer's print stamp (`Printed 25/03/2027
// 08:15`, report-furniture.ts, or a title line stating when it was printed) is read as the title
// lines are, but it only ever confirms the order the file is otherwise read in: a report template
// formats its stamp as its designer set it, often not as the rows (date-order-decision.ts,
// stampAlone), so a stamp alone that disagrees holds the file.
//
// A column counts only when its header says it holds the day: a column of US state codes (`MI`,
// German Mittwoch) or Australian ones (`SA`, Samstag) is all weekday names too, and had decided
// the order of every date in the file.
import { headerWords } from '../map/header-meaning.ts';
import { weekdaysFromName } from '../map/month-names.ts';
import type { ColumnRef, ColumnRefs } from '../map/resolve-columns.ts';
import type { TableRow } from '../read/index.ts';
import { mayStatePrintTime } from '../read/stated-print-time.ts';
import { STAMP_LINES, TITLE_LINES, type DateColumn } from './date-order-decision.ts';

/** Header words that name the day of the week (or a day, beside the date). */
const DAY_WORDS = new Set([
  'day',
  'weekday',
  'wkday',
  'dow',
  'tag',
  'wochentag',
  'jour',
  'dia',
  'dag',
  'weekdag',
  'ukedag',
  'veckodag',
  'giorno',
]);

/** The header names the day of the week (`Day`, `Weekday`, `Tag`, `Jour`). */
export function namesDay(header: string): boolean {
  return headerWords(header).some((w) => DAY_WORDS.has(w));
}

/**
 * The columns headed as the day whose values are all weekday names, beside a start date of the
 * main table. Such a column must also vary, or spell its names out (`Wed` on every row of a
 * one-day list): `MO` on every row of a `Tag` column is as likely a label.
 */
export function weekdayColumns(
  headers: readonly string[],
  sample: readonly TableRow[],
  refs: ColumnRefs,
): number[] {
  const dateRef = refs.date ?? refs.dateTime;
  if (dateRef?.source !== 'main') return [];
  const out: number[] = [];
  for (let j = 0; j < headers.length; j++) {
    if (j === dateRef.index || !namesDay(headers[j]!)) continue;
    const cells = sample.map((r) => (r.values[j] ?? '').trim().replace(/\.$/, '')).filter(Boolean);
    if (cells.length === 0 || cells.some((c) => weekdaysFromName(c) === undefined)) continue;
    if (new Set(cells.map((c) => c.toLowerCase())).size < 2 && cells[0]!.length < 3) continue;
    out.push(j);
  }
  return out;
}

/** The weekday column each row's start day is checked against (map/row-weekday.ts): the first. */
export function weekdayColumnRef(
  headers: readonly string[],
  sample: readonly TableRow[],
  refs: ColumnRefs,
): ColumnRef | undefined {
  const j = weekdayColumns(headers, sample, refs)[0];
  return j === undefined ? undefined : { header: headers[j]!, source: 'main', index: j };
}

/** The weekday evidence of a file: its title lines, its footers' print stamps (those read with the
 *  sample), and each weekday column (weekdayColumns). */
export function weekdayEvidence(
  headers: readonly string[],
  titleLines: readonly string[],
  sample: readonly TableRow[],
  refs: ColumnRefs,
  stampLines: readonly string[] = [],
): DateColumn[] {
  // A title line that states when the report was printed (`Printed on 25/03/2027 by jsmith`) is a
  // print stamp as a footer's is, whatever its place: it proves the stamp's order, not the rows'.
  const titles = titleLines.filter((t) => !mayStatePrintTime(t));
  const stamps = [...titleLines.filter((t) => mayStatePrintTime(t)), ...stampLines];
  const out: DateColumn[] = titles.length ? [{ header: TITLE_LINES, values: titles }] : [];
  if (stamps.length) out.push({ header: STAMP_LINES, values: stamps });
  const dateRef = refs.date ?? refs.dateTime;
  for (const j of weekdayColumns(headers, sample, refs))
    out.push({
      header: `${headers[j]} and ${dateRef!.header}`,
      values: sample.map((r) => `${(r.values[j] ?? '').trim()} ${(r.values[dateRef!.index] ?? '').trim()}`),
      of: dateRef!.header,
    });
  return out;
}
