// Nepal's official calendar, the Bikram Sambat (BS, वि.सं.), which Nepali hospital lists print as
// the `Miti (BS)` beside or instead of the Gregorian `Date (AD)`: its years run about 56 years 8
// months ahead (2082-11-18 BS is 2 March 2026) and its months have 29 to 32 days set year by year
// from the sun's course, so no rule converts it; the published tables would have to be kept up.
// A column headed so is never the start (header-meaning.ts); where it is the only date, the
// refusal names it and asks for the Gregorian date instead of reading 2082 as a Gregorian year.
import { headerConcepts } from './header-meaning.ts';
import { readsAsEmpty } from './no-value.ts';

/** `column 'X' holds Bikram Sambat dates …`, for the first column headed as Nepal's calendar. */
export function bikramSambatNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  for (const [j, header] of headers.entries()) {
    if (!headerConcepts(header).has('bikramsambat')) continue;
    const example = rows.map((r) => (r[j] ?? '').trim()).find((v) => v && !readsAsEmpty(v));
    return `column '${header}' holds dates of Nepal's Bikram Sambat calendar${example ? ` such as '${example}'` : ''} (about 56 years 8 months ahead of the Gregorian), not Gregorian dates: they are not converted`;
  }
  return undefined;
}
