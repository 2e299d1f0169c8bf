// The day/month order a header states for its dates: `Appt Date (MM/DD/YYYY)`, `Date [DD/MM/YY]`,
// `Fecha (dd/mm/aaaa)`, `Datum (TT.MM.JJJJ)`, `Date (jj/mm/aaaa)`. The person who named the column
// said how its values are written, so it settles the order when the values do not
// (date-order-decision.ts); values that prove the other order hold the file.
import type { DateOrder } from './parse-date.ts';

/** One part of a written format: day (d, French j, German T), month (m), year (y, French and
 *  Spanish a, German J). */
const PART = '(d{1,2}|m{1,2}|y{1,4}|j{1,4}|t{1,2}|a{2,4})';
const STATED = new RegExp(`(?<![a-z])${PART}([/.-])${PART}(?:\\2${PART})?(?![a-z])`, 'i');

type Role = 'day' | 'month' | 'year';

/** A part's role. `J` is the French day (`jj/mm/aaaa`) and the German year (`TT.MM.JJJJ`). */
function role(part: string, parts: readonly string[]): Role {
  const c = part[0]!.toLowerCase();
  if (c === 'm') return 'month';
  if (c === 'd' || c === 't') return 'day';
  if (c === 'j') return parts.some((p) => /^t/i.test(p)) || part.length === 4 ? 'year' : 'day';
  return 'year';
}

/**
 * The order of day and month a header states, or undefined when it states none (no format, a
 * format with no day and month, or with the year first: `YYYY-MM-DD` dates are read as written).
 */
export function statedDateOrder(header: string): DateOrder | undefined {
  const m = STATED.exec(header);
  if (!m) return undefined;
  const parts = [m[1]!, m[3]!, m[4]].filter((p): p is string => p !== undefined);
  const roles = parts.map((p) => role(p, parts));
  const day = roles.indexOf('day');
  const month = roles.indexOf('month');
  if (day < 0 || month < 0 || new Set(roles).size !== roles.length || roles[0] === 'year') return undefined;
  return month < day ? 'MDY' : 'DMY';
}
