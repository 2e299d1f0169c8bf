// A column headed as the appointment's day whose every value is a date at midnight
// (`2016-04-29T00:00:00Z`, `3/2/2027 12:00:00 AM`): a data set or a database dump writes the day
// of the visit so when it keeps no time of day (the Kaggle "Medical Appointment No Shows" data
// set's `AppointmentDay`). It is not read as a start (never midnight), and the refusal says so,
// rather than that no date column was found.
import { headerConcepts, headerScore } from './header-meaning.ts';

/** A date (digits with `-`, `/` or `.`) then a clock at midnight, with an optional zone. */
const AT_MIDNIGHT =
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[T ]\s*(?:00:00(?::00(?:\.0+)?)?|12:00(?::00)?\s*AM)\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;

/** `column 'X' gives the day only (…)`, for the column headed most surely as a date whose sampled
 *  values are all at midnight; undefined when there is none. */
export function midnightDaysNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  let best: { header: string; value: string; score: number } | undefined;
  for (const [j, header] of headers.entries()) {
    const c = headerConcepts(header);
    const score = Math.max(headerScore('date', c), headerScore('dateTime', c));
    if (score <= 0 || (best && best.score >= score)) continue;
    const values = rows.map((r) => (r[j] ?? '').trim()).filter(Boolean);
    if (values.length > 0 && values.every((v) => AT_MIDNIGHT.test(v)))
      best = { header, value: values[0]!, score };
  }
  return best
    ? `column '${best.header}' gives the appointment's day only ('${best.value}': midnight on every row) with no time of day, and no appointment is sent at a guessed time`
    : undefined;
}
