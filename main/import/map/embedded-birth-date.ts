// Why no birth-date column was found when the birth date is there, written inside another cell
// among other answers: Microsoft Bookings' report puts all of a booking's questions and answers in
// one `Custom Fields` cell (`Date of birth: 04/12/1975; Reason for visit: knee pain`), and a
// calendar's notes carry `DOB 04/12/1975` in free text. Such a date is not read (a cell of several
// answers is not a column the practice can check, and the label may be another person's, a
// parent's `DOB:`), so the refusal says where it is instead of only that no column was found.
// Only the wording of a refusal depends on it.
import { looksLikeDate } from './parse-date.ts';

/** A birth-date label and the value after it: `Date of birth: 04/12/1975`, `DOB 04/12/1975`. */
const LABELLED = /\b(date of birth|birth ?date|birthday|d\.?o\.?b\.?)\s*[:=-]?\s*([0-9][0-9./-]{5,9}[0-9])/i;

/** `column 'X' has the date of birth inside its text ('Date of birth: …')`, for the first column
 *  where most filled cells carry a labelled birth date. The date itself is never quoted. */
export function embeddedBirthDateNote(
  headers: readonly string[],
  rows: readonly string[][],
): string | undefined {
  for (const [j, header] of headers.entries()) {
    const values = rows.map((r) => (r[j] ?? '').trim()).filter(Boolean);
    const labels = values.flatMap((v) => {
      const m = LABELLED.exec(v);
      return m && looksLikeDate(m[2]!) ? [m[1]!] : [];
    });
    if (labels.length === 0 || labels.length * 2 < values.length) continue;
    return `the date of birth is only written inside column '${header}' among other text ('${labels[0]}: …'), which is not read as a birth-date column`;
  }
  return undefined;
}
