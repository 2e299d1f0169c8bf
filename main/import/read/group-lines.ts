// Group lines of a printed report saved as CSV: `Provider: Lee, Anna DDS`, `Location: North
// Clinic`, `Date: 03/02/2027` on a line of their own, then the rows of that provider, place or day,
// which do not repeat it (Dentrix's and Eaglesoft's appointment lists, Crystal and SSRS reports
// grouped by provider or day). Such a line states, in the report's own words, a value every row
// under it has, as a title line states a filter (stated-filters.ts: same labels, same checks
// that the value names one provider or place). So it is read as a column of those rows when that
// is certain: the label names the provider, the office or the appointment's date; the table has
// no column of its own for it; and the rows begin under such a line (the level is known before
// the first row, so no row goes without it). A line that repeats what the rows already say (the
// provider column of every row under it is that provider) says nothing new and holds nothing.
// Anything else stays a group heading, and the file is held (report-furniture.ts).
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import { dayLine } from './day-lines.ts';
import { statedFilters, type StatedField } from './stated-filters.ts';
import type { StatedPeriods } from './stated-period.ts';

export type GroupField = StatedField | 'date';

export interface GroupLine {
  /** The label as written (`Provider`, `Appt Date`): a carried column takes it as its header. */
  label: string;
  field: GroupField;
  value: string;
  /** A day printed alone, with no label (`Tuesday, March 2, 2027`): day-lines.ts. */
  bare?: true;
  /** The line says its group goes on from the page before (`Lee, Anna DDS (continued)`,
   *  `Mon 03/15/27 (continued)`). */
  continued?: true;
}

// `Label: value` in one cell, the value maybe split by the delimiter (`Provider: Lee, Anna DDS`
// unquoted), or the label and the value in two cells (`Provider:`, `Lee, Anna DDS`).
const LABEL = /^(\p{L}[\p{L}\s.'()#/_-]{0,40}?)\s*[:=]\s*(.*)$/su;
// A group header printed again at the top of a page (Crystal's "Repeat Group Header On Each
// Page" with a "continued" text): the same group, not one named `Lee, Anna DDS (continued)`.
export const CONTINUED =
  /\s*(?:\((?:continued|cont(?:'d|inued|\.)?|fortsetzung|forts\.|suite|contin[uú]a(?:ci[oó]n)?)\)|[-–]\s*(?:continued|cont(?:'d|\.)?))\s*$/i;
// One date and nothing else but a weekday's name: `03/02/2027`, `2027-03-02`, `Tue 03/02/2027`.
const ONE_DATE = /^(?:\p{L}+\.?,?\s+)?(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})(?:\s*\(\p{L}+\.?\))?$/u;
/** How surely a label must name the appointment's date: `Date`, `Appt Date`, `Datum`, not
 *  `Run Date` or `Report Date` (when the report was printed), 0.6. */
const DATE_LABEL = 0.9;
/** A column names the field this surely: the table has its own, and the group line only repeats it. */
const OWN_COLUMN = 0.9;

/** The line's filled cells, trimmed: a group line has few (the rows fill most columns). */
function filledCells(values: readonly string[], width: number): string[] | undefined {
  const cells: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (t !== '' && cells.push(t) > 3) return undefined;
  }
  const fits = values.length === width;
  return cells.length > 0 && (cells.length * 2 <= width || !fits) ? cells : undefined;
}

/** Whether a group or page line's label names the appointment's date (`Date`, `Appt Date`,
 *  `Datum`), not when the report was printed (`Run Date`, `Report Date`, `Printed`). */
export function labelNamesTheDate(label: string): boolean {
  return headerScore('date', headerConcepts(label)) >= DATE_LABEL;
}

/** What a line states for its rows, when it is a group line of a field a group can carry;
 *  `periods`: what the title states, to give a day typed without its year one (day-lines.ts). */
export function groupLine(
  values: readonly string[],
  width: number,
  periods?: StatedPeriods,
): GroupLine | undefined {
  const cells = filledCells(values, width);
  if (!cells) return undefined;
  const head = LABEL.exec(cells[0]!);
  if (!head) {
    const last = cells[cells.length - 1]!;
    const unmarked = last.replace(CONTINUED, '').trim();
    if (unmarked === last) return dayLine(cells, periods, true);
    const day = dayLine([...cells.slice(0, -1), unmarked].filter(Boolean), periods, true);
    return day && { ...day, continued: true };
  }
  const label = head[1]!.trim();
  const written = [head[2]!, ...cells.slice(1)].filter(Boolean).join(', ');
  const value = written.replace(CONTINUED, '').trim();
  if (!value) return undefined;
  const stated = statedFilters([[`${label}: ${value}`]]);
  const fields = (['providerId', 'providerName', 'location'] as const).filter((f) => stated[f] !== undefined);
  if (fields.length === 1)
    return {
      label,
      field: fields[0]!,
      value: stated[fields[0]!]!,
      ...(CONTINUED.test(written) ? { continued: true as const } : {}),
    };
  if (!labelNamesTheDate(label)) return undefined;
  // A labelled day marked as continued (`Date: Monday, March 22, 2027 (continued)`) is checked as
  // a bare one is: the day above goes on, and a continuation of another day holds the file.
  const continued = CONTINUED.test(written) ? ({ continued: true } as const) : {};
  const date = ONE_DATE.exec(value);
  if (date) return { label, field: 'date', value: date[1]!, ...continued };
  // A day in words under the label (`Date: Monday, March 15, 2027`: the long date Crystal, SSRS and
  // JasperReports print in a day group's header) is held to a bare day line's test: one whole
  // date with its year and nothing more, never a range or a stamp with a time.
  const day = dayLine([value]);
  return day && { label, field: 'date', value: day.value, ...continued };
}

/** The column of the table that holds `line`'s field already: its header is the label, or names
 *  the same thing as surely as a plain `Provider`, `Location` or `Date`; -1 when none. */
export function ownColumn(headers: readonly string[], line: GroupLine): number {
  const same = headers.findIndex((h) => h.trim().toLowerCase() === line.label.toLowerCase());
  if (same >= 0) return same;
  // A provider's id and name are one provider: a `Provider ID` column beside a `Provider:` line
  // is checked against it, never paired with it unseen.
  const fields =
    line.field === 'date'
      ? (['date', 'dateTime'] as const)
      : line.field === 'location'
        ? (['location'] as const)
        : (['providerName', 'providerId'] as const);
  return headers.findIndex((h) => {
    const concepts = headerConcepts(h);
    return fields.some((f) => headerScore(f, concepts) >= OWN_COLUMN);
  });
}

/** A value as compared with a row's cell: case, punctuation and leading zeros aside. */
function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b0+(?=\d)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether a row's own cell says what the group line says (a date-time cell: on that day). */
export function repeats(cell: string, value: string): boolean {
  const c = plain(cell);
  const v = plain(value);
  return c === v || c.startsWith(`${v} `);
}
