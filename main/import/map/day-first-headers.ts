// Headers in a language whose every country writes numeric dates day-first: German, Dutch, French,
// Italian, Portuguese, Spanish, Russian, Ukrainian, Romanian, Turkish and Polish (CLDR's short
// dates: de `8.12.2026`, nl `8-12-2026`, fr `08/12/2026`, it `08/12/2026`, pt `08/12/2026`,
// es `8/12/2026`, ru and uk `08.12.2026`, ro `08.12.2026`, tr and pl `8.12.2026`; es-US `8/12/2026` too; French
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
  ['geburtstag', 'de'],
  ['termin', 'de'],
  ['arzt', 'de'],
  ['behandler', 'de'],
  ['beginn', 'de'],
  ['dauer', 'de'],
  // Dutch
  ['tijd', 'nl'],
  ['voornaam', 'nl'],
  ['achternaam', 'nl'],
  ['geboortedatum', 'nl'],
  ['afspraak', 'nl'],
  ['behandelaar', 'nl'],
  // French
  ['heure', 'fr'],
  ['prenom', 'fr'],
  ['naissance', 'fr'],
  ['praticien', 'fr'],
  ['medecin', 'fr'],
  ['statut', 'fr'],
  ['motif', 'fr'],
  // Spanish
  ['fecha', 'es'],
  ['hora', 'es'],
  ['nombre', 'es'],
  ['apellido', 'es'],
  ['apellidos', 'es'],
  ['nacimiento', 'es'],
  ['cita', 'es'],
  ['paciente', 'es'],
  ['expediente', 'es'],
  ['estatus', 'es'],
  ['inicio', 'es'],
  ['consultorio', 'es'],
  ['sucursal', 'es'],
  ['cedula', 'es'],
  // Portuguese
  ['nome', 'pt'],
  ['sobrenome', 'pt'],
  ['apelido', 'pt'],
  ['nascimento', 'pt'],
  ['prontuario', 'pt'],
  ['profissional', 'pt'],
  ['horario', 'pt'],
  ['situacao', 'pt'],
  // Italian
  ['cognome', 'it'],
  ['nascita', 'it'],
  ['orario', 'it'],
  ['paziente', 'it'],
  ['appuntamento', 'it'],
  // Russian and Ukrainian (CLDR ru, uk: 08.12.2026), folded as header-words.ts folds them
  ['дата', 'ru'],
  ['время', 'ru'],
  ['пациент', 'ru'],
  ['врач', 'ru'],
  ['фамилия', 'ru'],
  ['отчество', 'ru'],
  ['рождения', 'ru'],
  ['час', 'uk'],
  ['пацієнт', 'uk'],
  ['лікар', 'uk'],
  ['прізвище', 'uk'],
  ['народження', 'uk'],
  // Romanian (ro: 08.12.2026), Turkish (tr: 8.12.2026), Polish (pl: 8.12.2026)
  ['prenume', 'ro'],
  ['nasterii', 'ro'],
  ['programare', 'ro'],
  ['pacient', 'ro'],
  ['tarih', 'tr'],
  ['saat', 'tr'],
  ['hasta', 'es'], // Turkish the patient, Spanish until: either is day-first
  ['randevu', 'tr'],
  ['pacjent', 'pl'],
  ['lekarz', 'pl'],
  ['nazwisko', 'pl'],
  ['urodzenia', 'pl'],
  // Chinese: the mainland and Taiwan write the year first (zh 2026/12/8), and every form of
  // Chinese that puts the year last writes the day first (zh-HK, zh-MO 8/12/2026, zh-SG
  // 08/12/26), so a Chinese file's year-last dates are Hong Kong's order or the US program's.
  // Chinese headers are one word each.
  ['预约日期', 'zh'],
  ['預約日期', 'zh'],
  ['预约时间', 'zh'],
  ['預約時間', 'zh'],
  ['日期', 'zh'],
  ['时间', 'zh'],
  ['時間', 'zh'],
  ['姓名', 'zh'],
  ['出生日期', 'zh'],
  ['医生', 'zh'],
  ['醫生', 'zh'],
  ['醫師', 'zh'],
  ['状态', 'zh'],
  ['狀態', 'zh'],
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
      .split(/[^\p{L}]+/u)
      .find((w) => WORDS.has(w) && !seen.has(w) && !ownLanguage(WORDS.get(w)!));
    if (!word) continue;
    seen.add(word);
    found.push(h.trim());
    if (found.length === 2) return found;
  }
  return undefined;
}
