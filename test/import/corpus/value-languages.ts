// Dates and clock times as other languages and regional settings write them: what Windows, Excel
// and ICU write under the practice's own language (Node's ICU, `Intl.DateTimeFormat`, is the
// independent source for each locale's long, medium and full date and its 12-hour time; the
// expected values stay the layouts' hand-written ones), and the forms ICU, older CLDR and Windows
// wrote that today's ICU does not:
//
// - ICU 72+ (CLDR 42) puts a narrow no-break space (U+202F) before AM/PM and inside Spanish
//   `p. m.`, and older data and Excel a no-break space (U+00A0): CLDR-15667,
//   https://github.com/unicode-org/cldr/pull/2140, https://github.com/python-babel/babel/issues/1012.
//   (Node's V8 writes a plain space, so these are written here.) Any layout.
// - Spanish `p. m.` / `p.m.` for the United States too (es-US, Windows' Spanish regional setting
//   in a US practice); only month names and times there, never a day-first numeric date: the
//   file's own dates say month-first.
// - Older CLDR and Excel: German `vorm.` / `nachm.` (Austria, not public: modelled on CLDR de_AT
//   before v24), Norwegian and Danish `f.m.` / `e.m.`, Korean `오후 9:00` (Windows ko-KR `tt h:mm`),
//   Chinese `下午 09:00` (Windows zh `tt hh:mm`); Japanese lists' `2027年3月15日(月)` and Korean
//   `2027/03/15 (월)`.
//
// Each style goes only to layouts in a zone where that language is written (LANGUAGE_OF). Not
// applied: Hebrew (Jerusalem; its month names are not read, a hold), Arabic (no layout writes it;
// its `ص` / `م` are read and tested in meridiem-words.test.ts).
import { writeTime, type Hm, type Ymd } from './value-codec.ts';

/** The language a zone's practices write their dates in, when it is not English. */
const LANGUAGE_OF: Record<string, string> = {
  'Europe/Berlin': 'de-DE',
  'Europe/Vienna': 'de-AT',
  'Europe/Zurich': 'de-CH',
  'Europe/Paris': 'fr-FR',
  'Europe/Madrid': 'es-ES',
  'Europe/Rome': 'it-IT',
  'Europe/Amsterdam': 'nl-NL',
  'Europe/Warsaw': 'pl-PL',
  'Europe/Lisbon': 'pt-PT',
  'Europe/Stockholm': 'sv-SE',
  'Europe/Copenhagen': 'da-DK',
  'Europe/Oslo': 'nb-NO',
  'Europe/Istanbul': 'tr-TR',
  'Europe/Budapest': 'hu-HU',
  'America/Sao_Paulo': 'pt-BR',
  'America/Mexico_City': 'es-MX',
  'America/Bogota': 'es-CO',
  'America/Argentina/Buenos_Aires': 'es-AR',
  // Quebec's practices (Montreal keeps Toronto's zone) write French.
  'America/Toronto': 'fr-CA',
  'Asia/Tokyo': 'ja-JP',
  'Asia/Seoul': 'ko-KR',
  // Chinese is one of Singapore's official languages.
  'Asia/Singapore': 'zh-SG',
};

/** US zones: Spanish (es-US) beside English. */
const US =
  /^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Indiana\/.*)|Pacific\/Honolulu)$/;

export const languageOf = (zone: string): string | undefined =>
  LANGUAGE_OF[zone] ?? (US.test(zone) ? 'es-US' : undefined);

export interface LanguageDateStyle {
  name: string;
  write: (ymd: Ymd) => string;
}

export interface LanguageTimeStyle {
  name: string;
  write: (hm: Hm) => string;
}

const at = ({ y, m, d }: Ymd, h = 12, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min));

const intlDate =
  (locale: string, dateStyle: 'long' | 'medium' | 'full') =>
  (ymd: Ymd): string =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle }).format(at(ymd));

const CJK_WEEKDAY: Record<string, string[]> = {
  'ja-JP': ['日', '月', '火', '水', '木', '金', '土'],
  'ko-KR': ['일', '월', '화', '수', '목', '금', '토'],
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date written in the zone's language: ICU's long, medium and full dates, and the forms lists
 *  print in Japan and Korea. Dates only: whether a style may hold is value-dates.ts's rule. */
export function languageDateStyles(zone: string): LanguageDateStyle[] {
  const locale = languageOf(zone);
  if (!locale) return [];
  // In the US, Spanish beside English on every layout: the full date holds the long one
  // (`lunes, 15 de marzo de 2027`), so the long is left out to keep the family's run short.
  const lengths = locale === 'es-US' ? (['medium', 'full'] as const) : (['long', 'medium', 'full'] as const);
  const styles: LanguageDateStyle[] = lengths.map((s) => ({
    name: `dates ${s} in ${locale}`,
    write: intlDate(locale, s),
  }));
  const days = CJK_WEEKDAY[locale];
  if (days) {
    const wd = (ymd: Ymd): string => days[at(ymd).getUTCDay()]!;
    styles.push(
      locale === 'ja-JP'
        ? { name: 'dates ja list 2027年3月15日(月)', write: (x) => `${x.y}年${x.m}月${x.d}日(${wd(x)})` }
        : {
            name: 'dates ko list 2027/03/15 (월)',
            write: (x) => `${x.y}/${pad(x.m)}/${pad(x.d)} (${wd(x)})`,
          },
    );
  }
  return styles;
}

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** `9:00 PM` with another space before the marker. */
const spaced =
  (space: string) =>
  (hm: Hm): string =>
    writeTime(hm, '12h AM/PM').replace(' ', space);

/** A 12-hour time with a marker of the language's own: `[before, after]` markers for AM and PM. */
const marked =
  (am: string, pm: string, before: boolean, twoDigits = false) =>
  ({ h, min }: Hm): string => {
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const clock = `${twoDigits ? pad(h12) : h12}:${pad(min)}`;
    const marker = h < 12 ? am : pm;
    return before ? `${marker}${clock}` : `${clock}${marker}`;
  };

/** ICU's own 12-hour time in the locale (Japanese and Chinese count from 0 after noon: 午後0:30). */
const intlTime =
  (locale: string) =>
  ({ h, min }: Hm): string =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      hour: 'numeric',
      minute: '2-digit',
      ...(/^(ja|zh)/.test(locale) ? { hour12: true } : { hourCycle: 'h12' as const }),
    }).format(new Date(Date.UTC(2027, 0, 4, h, min)));

/** Whether ICU's 12-hour time in the locale is English `9:00 PM` (then another style has it). */
const englishMarker = (locale: string): boolean =>
  /^\d{1,2}[:.]\d{2} [AP]M$/.test(intlTime(locale)({ h: 21, min: 0 }));

/** 12-hour times every layout may meet (ICU 72+ spaces) and those of the zone's language. All
 *  carry AM/PM, so none may hold. */
export function languageTimeStyles(zone: string): LanguageTimeStyle[] {
  const styles: LanguageTimeStyle[] = [
    { name: 'times 12h AM/PM after U+202F (ICU 72+)', write: spaced(NNBSP) },
    { name: 'times 12h AM/PM after U+00A0', write: spaced(NBSP) },
  ];
  const locale = languageOf(zone);
  if (!locale) return styles;
  if (!englishMarker(locale)) styles.push({ name: `times 12h in ${locale}`, write: intlTime(locale) });
  const lang = locale.slice(0, 2);
  if (lang === 'es')
    styles.push({
      name: 'times 12h es p. m. (ICU 72+)',
      write: marked(`${NNBSP}a.${NNBSP}m.`, `${NNBSP}p.${NNBSP}m.`, false),
    });
  if (lang === 'de')
    styles.push({ name: 'times 12h de vorm./nachm.', write: marked(' vorm.', ' nachm.', false) });
  if (lang === 'nb' || lang === 'da')
    styles.push({ name: 'times 12h f.m./e.m.', write: marked(' f.m.', ' e.m.', false) });
  if (lang === 'ko') styles.push({ name: 'times 12h ko 오후 9:00', write: marked('오전 ', '오후 ', true) });
  if (lang === 'zh')
    styles.push({ name: 'times 12h zh 下午 09:00', write: marked('上午 ', '下午 ', true, true) });
  return styles;
}
