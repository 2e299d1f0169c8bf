// Why a date column went unread when its dates have no year: a list typed by hand writes the day
// and month only (`3/2`, `Tues 3/2`, `March 3rd`, `2 Mar`), the year being the one on the wall
// calendar. Which year is never guessed (a list kept in December books into January), so the
// refusal says what the column holds instead of only that no date was found.
import { monthFromName, weekdaysFromName } from './month-names.ts';
import { readsAsEmpty } from './no-value.ts';

const DATE_HEADER = /date|\bday\b|when/i;
const NUMERIC = /^\d{1,2}[/.-]\d{1,2}$/;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/i;

/** `3/2`, `March 3rd`, `2 Mar`, each maybe after a weekday (`Tues 3/2`): a day and month alone. */
export function isDayAndMonth(value: string): boolean {
  const words = value.replace(/,/g, ' ').trim().split(/\s+/);
  if (words.length > 1 && weekdaysFromName(words[0]!.replace(/\.$/, ''))) words.shift();
  if (words.length === 1) return NUMERIC.test(words[0]!);
  if (words.length !== 2) return false;
  const [a, b] = words as [string, string];
  const month = (w: string): boolean => monthFromName(w.replace(/\.$/, '')) !== undefined;
  return (month(a) && DAY.test(b)) || (DAY.test(a) && month(b));
}

/** `column 'X' holds dates without a year such as '…'`, for the first date column of them; or
 *  the day lines over the rows (`Tues 3/2` alone on a line) that went unread for want of a year. */
export function yearlessDatesNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  for (const r of rows) {
    const filled = r.map((v) => v.trim()).filter(Boolean);
    if (filled.length === 1 && isDayAndMonth(filled[0]!))
      return `lines such as '${filled[0]}' give the rows' day without a year, and no title line states a week or range it falls in ('Week of March 1, 2027', 'Schedule 3/1/2027 - 3/7/2027'): the year is not guessed`;
  }
  for (const [j, header] of headers.entries()) {
    if (!DATE_HEADER.test(header)) continue;
    const values = rows.map((r) => (r[j] ?? '').trim()).filter((v) => v && !readsAsEmpty(v));
    if (values.length > 0 && values.every(isDayAndMonth))
      return `column '${header}' holds dates without a year such as '${values[0]}': the year is not guessed, so they are not read as dates`;
  }
  return undefined;
}
