// Headers in a language whose every country writes numeric dates day-first: German, Dutch, French,
// Italian, Portuguese and Spanish (CLDR's short dates: de `8.12.2026`, nl `8-12-2026`,
// fr `08/12/2026`, it `08/12/2026`, pt `08/12/2026`, es `8/12/2026`, es-US `8/12/2026` too; French
// Canada writes the year first, `2026-12-08`; https://en.wikipedia.org/wiki/Date_format_by_country).
// A scheduling program set to one of these languages writes its dates so. In a practice whose
// region writes month-first (the US), such a file's dates that read both ways (`03/04/2027`) are
// not settled by the region: the program may be set to its language's order or to the US one.
// The file is held and the order asked (date-order-decision.ts), never read month-first by the
// region alone. Except where the region's own form of the language writes month-first: Spanish
// in Puerto Rico and Panama (CLDR es-PR, es-PA: `12/08/2026`, as Intl shows), where a clinic's
// Spanish export is the region's own and says nothing against its order. The words are ones English exports do not use as a header word; two different
// ones are asked for, so that one stray header (`Data`) decides nothing.
import { ACCENT_MARKS } from './accent-marks.ts';
import { localeDateOrder } from './region-date-order.ts';

/** The country of a month-first zone where a day-first language is spoken (tzdb zone.tab). */
const ZONE_COUNTRY: Record<string, string> = { 'America/Puerto_Rico': 'PR', 'America/Panama': 'PA' };

const WORDS = new Map<string, string>([
  // German
  ['datum', 'de'],
  ['uhrzeit', 'de'],
  ['vorname', 'de'],
  ['nachname', 'de'],
  ['geburtsdatum', 'de'],
  ['termin', 'de'],
  // Dutch
  ['tijd', 'nl'],
  ['voornaam', 'nl'],
  ['achternaam', 'nl'],
  ['geboortedatum', 'nl'],
  // French
  ['heure', 'fr'],
  ['prenom', 'fr'],
  ['naissance', 'fr'],
  // Spanish
  ['fecha', 'es'],
  ['hora', 'es'],
  ['nombre', 'es'],
  ['apellido', 'es'],
  ['apellidos', 'es'],
  ['nacimiento', 'es'],
  ['cita', 'es'],
  // Portuguese
  ['nome', 'pt'],
  ['sobrenome', 'pt'],
  ['apelido', 'pt'],
  ['nascimento', 'pt'],
  // Italian
  ['cognome', 'it'],
  ['nascita', 'it'],
  ['orario', 'it'],
]);

/** Up to two headers whose words are those of a day-first language, when the file has two such
 *  headers (of different words); otherwise undefined. `timeZone`: the practice's, whose country
 *  may write the language month-first. */
export function dayFirstHeaders(headers: readonly string[], timeZone?: string): string[] | undefined {
  const country = timeZone ? ZONE_COUNTRY[timeZone] : undefined;
  const ownLanguage = (lang: string): boolean => !!country && localeDateOrder(`${lang}-${country}`) === 'MDY';
  const found: string[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    const word = h
      .normalize('NFKD')
      .replace(ACCENT_MARKS, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => WORDS.has(w) && !seen.has(w) && !ownLanguage(WORDS.get(w)!));
    if (!word) continue;
    seen.add(word);
    found.push(h.trim());
    if (found.length === 2) return found;
  }
  return undefined;
}
