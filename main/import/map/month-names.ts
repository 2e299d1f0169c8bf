// Month and weekday names as scheduling exports write them, in English, German, French, Spanish,
// Italian, Portuguese, Dutch, Swedish, Norwegian, Danish, Polish, Croatian, Hungarian, Turkish,
// Finnish, Indonesian and Thai (Unicode CLDR's format names, nominative and the genitive Polish, Croatian and Finnish
// write in a date: `15 marca 2027`, `15. maaliskuuta 2027`): full names, the usual abbreviations
// (`Jän`, `Mrz`, `mrt.`, `févr.`, `sept`, `dic`), with or without accents and a trailing dot, any
// case. One table per kind so a new language is one list.

import { ACCENT_MARKS } from './accent-marks.ts';

/** Lower case, accents removed, trailing dot dropped: `Févr.` → `fevr`, `Jän` → `jan`. */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(ACCENT_MARKS, '').toLowerCase().replace(/\.$/, '');
}

/** Full month names, January first; every language's name for month i sits at index i. */
const MONTH_NAMES: readonly string[][] = [
  // English, German, French, Spanish, Swedish and Danish; Italian, Portuguese, Dutch; Polish
  // (name, then the genitive a date writes); Croatian likewise; Hungarian; Turkish (`ı` does not
  // fold: `kasım` as written); Greek, name and genitive (`5 Μαρτίου 2027`; CLDR's `el` short form
  // `5 Μαρ 2027` is the prefix); Ukrainian and Russian, name and genitive (`1 березня 2027 р.`,
  // `1 марта 2027 г.`; CLDR's uk and ru short forms `бер.`, `квіт.`, `февр.` are prefixes; й folded
  // to и: `лютий` → лютии, `май` → маи). `listopad` is October in Croatian and November in Polish and Czech:
  // it stands in both, so it is read as neither, and neither is `lip` (lipanj June, lipiec July).
  [
    'january',
    'januar',
    'janner',
    'janvier',
    'enero',
    'januari',
    'gennaio',
    'janeiro',
    'styczen',
    'stycznia',
    'sijecanj',
    'sijecnja',
    'ocak',
    'ιανουαριος',
    'ιανουαριου',
    'มกราคม',
    'січень',
    'січня',
    'январь',
    'января',
  ],
  [
    'february',
    'februar',
    'feber',
    'fevrier',
    'febrero',
    'februari',
    'febbraio',
    'fevereiro',
    'luty',
    'lutego',
    'veljaca',
    'veljace',
    'subat',
    'φεβρουαριος',
    'φεβρουαριου',
    'กุมภาพันธ์',
    'лютии',
    'лютого',
    'февраль',
    'февраля',
  ],
  [
    'march',
    'marz',
    'maerz',
    'mars',
    'marzo',
    'marts',
    'marco',
    'maart',
    'marzec',
    'marca',
    'ozujak',
    'ozujka',
    'marcius',
    'mart',
    'maret',
    'μαρτιος',
    'μαρτιου',
    'มีนาคม',
    'березень',
    'березня',
    'март',
    'марта',
  ],
  [
    'april',
    'avril',
    'abril',
    'aprile',
    'kwiecien',
    'kwietnia',
    'travanj',
    'travnja',
    'aprilis',
    'nisan',
    'απριλιος',
    'απριλιου',
    'เมษายน',
    'квітень',
    'квітня',
    'апрель',
    'апреля',
  ],
  [
    'may',
    'mai',
    'mayo',
    'maj',
    'maggio',
    'maio',
    'mei',
    'maja',
    'svibanj',
    'svibnja',
    'majus',
    'mayıs',
    'μαιος',
    'μαιου',
    'พฤษภาคม',
    'травень',
    'травня',
    'маи',
    'мая',
  ],
  [
    'june',
    'juni',
    'juin',
    'junio',
    'giugno',
    'junho',
    'czerwiec',
    'czerwca',
    'lipanj',
    'lipnja',
    'junius',
    'haziran',
    'ιουνιος',
    'ιουνιου',
    'มิถุนายน',
    'червень',
    'червня',
    'июнь',
    'июня',
  ],
  [
    'july',
    'juli',
    'juillet',
    'julio',
    'luglio',
    'julho',
    'lipiec',
    'lipca',
    'srpanj',
    'srpnja',
    'julius',
    'temmuz',
    'ιουλιος',
    'ιουλιου',
    'กรกฎาคม',
    'липень',
    'липня',
    'июль',
    'июля',
  ],
  [
    'august',
    'aout',
    'agustus',
    'agosto',
    'augusti',
    'augustus',
    'sierpien',
    'sierpnia',
    'kolovoz',
    'kolovoza',
    'augusztus',
    'agustos',
    'αυγουστος',
    'αυγουστου',
    'สิงหาคม',
    'серпень',
    'серпня',
    'август',
    'августа',
  ],
  [
    'september',
    'septembre',
    'septiembre',
    'setiembre',
    'settembre',
    'setembro',
    'wrzesien',
    'wrzesnia',
    'rujan',
    'rujna',
    'szeptember',
    'eylul',
    'σεπτεμβριος',
    'σεπτεμβριου',
    'กันยายน',
    'вересень',
    'вересня',
    'сентябрь',
    'сентября',
  ],
  [
    'october',
    'oktober',
    'octobre',
    'octubre',
    'ottobre',
    'outubro',
    'pazdziernik',
    'pazdziernika',
    'listopad',
    'listopada',
    'ekim',
    'οκτωβριος',
    'οκτωβριου',
    'ตุลาคม',
    'жовтень',
    'жовтня',
    'октябрь',
    'октября',
  ],
  [
    'november',
    'novembre',
    'noviembre',
    'novembro',
    'listopad',
    'listopada',
    'studeni',
    'studenoga',
    'kasım',
    'νοεμβριος',
    'νοεμβριου',
    'พฤศจิกายน',
    'листопад',
    'листопада',
    'ноябрь',
    'ноября',
  ],
  [
    'december',
    'dezember',
    'decembre',
    'diciembre',
    'desember',
    'dicembre',
    'dezembro',
    'grudzien',
    'grudnia',
    'prosinac',
    'prosinca',
    'aralık',
    'δεκεμβριος',
    'δεκεμβριου',
    'ธันวาคม',
    'грудень',
    'грудня',
    'декабрь',
    'декабря',
  ],
];

/** Finnish months, by the stem every form starts with (`maaliskuu`, `maaliskuuta`, `maalisk.`):
 *  apart from the prefix rule, which would make `mar` both March and `marraskuu` (November). */
const FINNISH_MONTH_STEMS = [
  'tammik',
  'helmik',
  'maalisk',
  'huhtik',
  'toukok',
  'kesak',
  'heinak',
  'elok',
  'syysk',
  'lokak',
  'marrask',
  'jouluk',
];

/** Abbreviations that are not simply the first letters of a full name. */
const MONTH_EXTRA: Record<string, number> = {
  mrz: 3,
  mrt: 3,
  // Thai abbreviations, the initials of each name with a dot after each (`ม.ค.`, `มี.ค.`, ICU's
  // th short months), read with their inner dots taken out (parse-date.ts).
  มค: 1,
  กพ: 2,
  มีค: 3,
  เมย: 4,
  พค: 5,
  มิย: 6,
  กค: 7,
  สค: 8,
  กย: 9,
  ตค: 10,
  พย: 11,
  ธค: 12,
};

/** Full weekday names, Sunday first (index = `Date.getUTCDay()`). */
const WEEKDAY_NAMES: readonly string[][] = [
  // Swedish, Norwegian and Danish names after the others (`ø` does not fold: `søndag` as written),
  // then Hungarian, accents folded (`hétfő` → `hetfo`), which Hungarian lists print after a
  // year-first date (`2027. 03. 15. hétfő`); then Italian, Portuguese (`segunda-feira`), Dutch,
  // Polish (`ł` does not fold), Finnish and Turkish (`pazar` is Sunday and `pazartesi` Monday: a
  // whole name is taken as itself before any prefix).
  [
    'sunday',
    'sonntag',
    'dimanche',
    'domingo',
    'sondag',
    'søndag',
    'vasarnap',
    'domenica',
    'zondag',
    'niedziela',
    'sunnuntai',
    'pazar',
  ],
  [
    'monday',
    'montag',
    'lundi',
    'lunes',
    'mandag',
    'hetfo',
    'lunedi',
    'segunda-feira',
    'maandag',
    'poniedziałek',
    'maanantai',
    'pazartesi',
  ],
  [
    'tuesday',
    'dienstag',
    'mardi',
    'martes',
    'tisdag',
    'tirsdag',
    'kedd',
    'martedi',
    'terca-feira',
    'dinsdag',
    'wtorek',
    'tiistai',
    'salı',
  ],
  [
    'wednesday',
    'mittwoch',
    'mercredi',
    'miercoles',
    'onsdag',
    'szerda',
    'mercoledi',
    'quarta-feira',
    'woensdag',
    'sroda',
    'keskiviikko',
    'carsamba',
  ],
  [
    'thursday',
    'donnerstag',
    'jeudi',
    'jueves',
    'torsdag',
    'csutortok',
    'giovedi',
    'quinta-feira',
    'donderdag',
    'czwartek',
    'torstai',
    'persembe',
  ],
  [
    'friday',
    'freitag',
    'vendredi',
    'viernes',
    'fredag',
    'pentek',
    'venerdi',
    'sexta-feira',
    'vrijdag',
    'piatek',
    'perjantai',
    'cuma',
  ],
  [
    'saturday',
    'samstag',
    'sonnabend',
    'samedi',
    'sabado',
    'lordag',
    'lørdag',
    'szombat',
    'sabato',
    'zaterdag',
    'sobota',
    'lauantai',
    'cumartesi',
  ],
];

/** German two-letter weekdays (`Di.`, `Do`): too short for the prefix rule. Two of them name
 *  another day in another language's two-letter set (moment.js's `weekdaysMin`, what calendars and
 *  web agendas print): `Do` is Thursday in German and Dutch (Donnerstag, donderdag) but Sunday in
 *  Spanish, Italian and Portuguese (`do lu ma mi ju vi sá`: domingo, domenica); `Di` is Tuesday in
 *  German and Dutch but Sunday in French (`di lu ma me je ve sa`: dimanche). Each may be either: a
 *  Spanish agenda's `Do 11/04/2027`, Sunday 11 April, had been read as Thursday and had made the
 *  whole file month-first (4 November). (Czech and Slovak `So` is Saturday, sobota; kept Sunday:
 *  those exports write dotted dates, always day-first, where a wrong weekday is a row error.) */
const WEEKDAY_TWO_LETTER: Record<string, readonly number[]> = {
  so: [0],
  mo: [1],
  di: [2, 0],
  mi: [3],
  do: [4, 0],
  fr: [5],
  sa: [6],
};

export const ENGLISH_WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * The one index whose names start with `word` (at least three letters), or undefined when none or
 * more than one do. Why prefixes rather than a list of abbreviations: exports abbreviate freely
 * (`Sept`, `Sep`, `Dece`), and a prefix that fits two different months is refused, never guessed.
 */
function uniquePrefix(table: readonly string[][], word: string): number | undefined {
  if (word.length < 3) return undefined;
  // A whole name is itself (`pazar` beside `pazartesi`), unless it names two (`listopad`:
  // November in Polish, October in Croatian).
  const whole = table.flatMap((names, i) => (names.includes(word) ? [i] : []));
  if (whole.length > 0) return new Set(whole).size === 1 ? whole[0] : undefined;
  let found: number | undefined;
  for (const [i, names] of table.entries()) {
    if (!names.some((n) => n.startsWith(word))) continue;
    if (found !== undefined && found !== i) return undefined;
    found = i;
  }
  return found;
}

// Exports repeat the same few words on every row: remember each answer (bounded, so a column
// of free text cannot grow it without end).
const MEMO_LIMIT = 2000;
const monthMemo = new Map<string, number | undefined>();
const weekdayMemo = new Map<string, readonly number[] | undefined>();

function remembered<T>(
  memo: Map<string, T | undefined>,
  word: string,
  find: (w: string) => T | undefined,
): T | undefined {
  if (memo.has(word)) return memo.get(word);
  const w = normalizeWord(word);
  // Marks left in a word are Thai vowels and tone marks (accent-marks.ts): letters of it.
  const found = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?$/u.test(w) ? find(w) : undefined;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, found);
  return found;
}

function findMonth(w: string): number | undefined {
  const extra = MONTH_EXTRA[w];
  if (extra) return extra;
  const finnish = FINNISH_MONTH_STEMS.findIndex((stem) => w.startsWith(stem));
  if (finnish >= 0) return finnish + 1;
  const i = uniquePrefix(MONTH_NAMES, w);
  return i === undefined ? undefined : i + 1;
}

function findWeekdays(w: string): readonly number[] | undefined {
  if (w.length === 2) return WEEKDAY_TWO_LETTER[w];
  const i = uniquePrefix(WEEKDAY_NAMES, w);
  return i === undefined ? undefined : [i];
}

/** Month number 1-12 for a month name or abbreviation in any supported language. */
export function monthFromName(word: string): number | undefined {
  return remembered(monthMemo, word, findMonth);
}

/** The weekdays 0-6 (Sunday = 0) a weekday name or abbreviation may mean in the languages read:
 *  one, or two for `Do` and `Di` (see WEEKDAY_TWO_LETTER); undefined when it is no weekday name. */
export function weekdaysFromName(word: string): readonly number[] | undefined {
  return remembered(weekdayMemo, word, findWeekdays);
}

/** Weekday 0-6 (Sunday = 0) for a weekday name or abbreviation in any supported language, when it
 *  means one day only. */
export function weekdayFromName(word: string): number | undefined {
  const days = weekdaysFromName(word);
  return days?.length === 1 ? days[0] : undefined;
}

/** Two-letter weekdays of the languages whose short form is two letters: Finnish `su ma ti ke to
 *  pe la` (its only abbreviation: a Finnish list writes `pe 26.3.2027`) and Dutch `zo ma di wo do
 *  vr za`, as moment.js's fi and nl locales print them. `ma` is Monday there (and in Danish and
 *  Norwegian) but Tuesday in French, Spanish and Italian (`ma` for mardi, martes, martedì): either.
 *  Read only in front of a date in its own cell, where nothing else stands: alone, `to`, `la` and
 *  `su` are English and Spanish words (`03/02/2027 to 03/05/2027`), never a weekday's proof. */
// `su` and `pe` are other days in other day-first languages' two-letter forms (moment.js
// weekdaysMin): Croatian, Bosnian and Serbian `su` Saturday (subota: `ne po ut sr če pe su`),
// Turkish `Pe` Thursday (Perşembe: `Pz Pt Sa Ça Pe Cu Ct`). Each may be either: read Finnish only,
// a Turkish `Pe 02.12.2027` (Thursday 2 December) or a Croatian `su 04.12.2027` (Saturday) had
// been refused as a wrong weekday. (Slovenian `to` is Tuesday too, but `to` stays Thursday alone:
// as Tuesday it took the end of an English title range, `03/12/2027 to 03/16/2027`.)
const LEADING_TWO_LETTER: Record<string, readonly number[]> = {
  su: [0, 6],
  zo: [0],
  ma: [1, 2],
  ti: [2],
  ke: [3],
  wo: [3],
  to: [4],
  pe: [5, 4],
  vr: [5],
  la: [6],
  za: [6],
  // The rest of those sets, and Polish (`nd pn wt śr cz pt so`) and English (`Su Mo Tu We Th Fr
  // Sa`) as calendars print them: `Tu 03/02/2027`, a Croatian `ut 02.03.2027` or a Turkish
  // `Ça 03.03.2027` had been refused as no date. Turkish `Pt` (Pazartesi) is Monday, Polish `pt`
  // (piątek) Friday: either. Words the two-letter days above already read (`Sa`, `So`, `Di`, `Do`)
  // keep their days there.
  tu: [2],
  we: [3],
  th: [4],
  ne: [0],
  po: [1],
  ut: [2],
  sr: [3],
  ce: [4], // če
  nd: [0],
  pn: [1],
  wt: [2],
  cz: [4],
  pt: [1, 5],
  pz: [0],
  ca: [3], // Ça
  cu: [5],
  ct: [6],
};

/** The weekdays a word written in front of a date in its cell may mean (`Tue 12/08/2026`,
 *  `pe 26.3.2027`): weekdaysFromName's, or a Finnish or Dutch two-letter day. */
export function weekdaysBeforeDate(word: string): readonly number[] | undefined {
  return weekdaysFromName(word) ?? LEADING_TWO_LETTER[normalizeWord(word)];
}
