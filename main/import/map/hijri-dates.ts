// Why no appointment date was found when the file's dates are Hijri: a Saudi or Gulf clinic's list
// may give the date only in the Islamic calendar (`1448/09/01 هـ`, header `التاريخ الهجري`), and an
// Iranian one in the Persian solar Hijri calendar (`1405/12/10`). The Islamic ones are never
// converted: the months of the Umm al-Qura calendar begin when the new moon is sighted and
// announced, not by a rule a program could follow, so a converted date can be a day off. Solar
// ones are, in a Persian file (solar-hijri-dates.ts); elsewhere this note stands. The refusal says what the
// column holds and asks for Gregorian dates instead of only saying that no date was found.
import { headerConcepts } from './header-meaning.ts';
import { readsAsEmpty } from './no-value.ts';

/** A year-first date of the Hijri era's 14th or 15th century, `هـ` (hijri) after it or not. */
const HIJRI_DATE = /^1[34]\d\d([/.-])\d{1,2}\1\d{1,2}(?:\s*(هـ|ه))?$/;

/** `column 'X' holds dates of the Hijri calendar …`, for the first column of Hijri dates. */
export function hijriDatesNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  for (const [j, header] of headers.entries()) {
    const values = rows.map((r) => (r[j] ?? '').trim()).filter((v) => v && !readsAsEmpty(v));
    if (values.length === 0 || !values.every((v) => HIJRI_DATE.test(v))) continue;
    // Marked `هـ` or headed Hijri, the dates are the Islamic calendar's; bare, they may be the
    // Persian solar Hijri calendar's as well (1405 is 2026 in both).
    const islamic = headerConcepts(header).has('hijri') || values.some((v) => HIJRI_DATE.exec(v)![2]);
    const calendar = islamic
      ? 'the Hijri (Islamic) calendar'
      : 'a Hijri calendar (the Islamic or the Persian solar Hijri)';
    return `column '${header}' holds dates of ${calendar} such as '${values[0]}', not Gregorian dates: they are not converted (a Hijri month begins when its new moon is sighted, so a computed date can be a day off)`;
  }
  return undefined;
}
