// A repeat rule written with the occurrence's place in its series: Schedulicity's and booking
// tools' `Weekly (4 of 8)`, `Every Tue - visit 3 of 10`. The place changes from one occurrence to
// the next (`4 of 8` on 9 March, `5 of 8` on 16 March) while the rule stays, so the rule is
// compared without it. Only `N of M` (and its German, French, Spanish, Dutch, Italian words) is
// a place: `4/8` may be an end date (`Weekly until 4/8`), so it stays part of the rule.

const PLACE =
  /[\s,;:-]*\(?\s*(?:(?:visit|session|occurrence|appt|appointment|#)\s*)?\d+\s*(?:of|von|sur|de|van|di)\s*\d+\s*\)?/gi;

/** `value` without its occurrence places, spaces folded: `Weekly (4 of 8)` → `Weekly`. */
export function withoutOccurrencePlace(value: string): string {
  const v = value.replace(PLACE, ' ').replace(/\s+/g, ' ').trim();
  return v || value.trim();
}

const ONE_PLACE =
  /\(?\s*(?:(?:visit|session|occurrence|appt|appointment|#)\s*)?(\d+)\s*(?:of|von|sur|de|van|di)\s*(\d+)\s*\)?/i;

/** The occurrence's place a rule states, as `N/M` (`Weekly (4 of 8)` → `4/8`), if it states one. */
export function occurrencePlace(value: string): string | undefined {
  const m = ONE_PLACE.exec(value);
  return m ? `${Number(m[1])}/${Number(m[2])}` : undefined;
}
