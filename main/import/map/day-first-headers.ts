// Headers in a language whose every country writes numeric dates day-first: German, Dutch, French,
// Italian, Portuguese and Spanish (CLDR's short dates: de `8.12.2026`, nl `8-12-2026`,
// fr `08/12/2026`, it `08/12/2026`, pt `08/12/2026`, es `8/12/2026`, es-US `8/12/2026` too; French
// Canada writes the year first, `2026-12-08`; https://en.wikipedia.org/wiki/Date_format_by_country).
// A scheduling program set to one of these languages writes its dates so. In a practice whose
// region writes month-first (the US), such a file's dates that read both ways (`03/04/2027`) are
// not settled by the region: the program may be set to its language's order or to the US one.
// The file is held and the order asked (date-order-decision.ts), never read month-first by the
// region alone. The words are ones English exports do not use as a header word; two different
// ones are asked for, so that one stray header (`Data`) decides nothing.
import { ACCENT_MARKS } from './accent-marks.ts';

const WORDS = new Set([
  // German
  'datum',
  'uhrzeit',
  'vorname',
  'nachname',
  'geburtsdatum',
  'termin',
  // Dutch
  'tijd',
  'voornaam',
  'achternaam',
  'geboortedatum',
  // French
  'heure',
  'prenom',
  'naissance',
  // Spanish
  'fecha',
  'hora',
  'nombre',
  'apellido',
  'apellidos',
  'nacimiento',
  'cita',
  // Portuguese
  'nome',
  'sobrenome',
  'apelido',
  'nascimento',
  // Italian
  'cognome',
  'nascita',
  'orario',
]);

/** Up to two headers whose words are those of a day-first language, when the file has two such
 *  headers (of different words); otherwise undefined. */
export function dayFirstHeaders(headers: readonly string[]): string[] | undefined {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    const word = h
      .normalize('NFKD')
      .replace(ACCENT_MARKS, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .find((w) => WORDS.has(w) && !seen.has(w));
    if (!word) continue;
    seen.add(word);
    found.push(h.trim());
    if (found.length === 2) return found;
  }
  return undefined;
}
