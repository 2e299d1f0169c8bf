// Year-first dates in the styles of Hungary, Korea, Japan and China, which ISO_DATE does not take:
// `2027. 03. 15.` and `2027.03.15.` (Hungarian and Korean: a dot after every part, often a space),
// `2027年3月15日`, `2027년 3월 15일` (the units written), and a weekday after the date, as Japanese,
// Korean and Chinese lists print it: `2027/03/15 (月)`, `2027年3月15日（月）`, `2027-03-15 월요일`,
// `2027/03/15 星期一`. Such files had been refused: no date column was found.
import { weekdaysFromName } from './month-names.ts';

/** A year-first date as written, and the weekdays a name written after it may mean. */
export interface YearFirstDate {
  year: number;
  month: number;
  day: number;
  weekday?: { word: string; days: readonly number[] };
}

const DOTTED = /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?/;
const SLASHED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const UNITS = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;

/** The day a CJK weekday character names, Sunday = 0 (月 is Monday in Japanese, 一 in Chinese). */
const CJK_DAYS: Record<string, number> = {
  日: 0,
  天: 0,
  月: 1,
  火: 2,
  水: 3,
  木: 4,
  金: 5,
  土: 6,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  일: 0,
  월: 1,
  화: 2,
  수: 3,
  목: 4,
  금: 5,
  토: 6,
};

/** `(月)`, `（月）`, `月曜日`, `월요일`, `星期一`, `周一`, `(Mon)`: the weekdays it names, if any. */
function weekdayAfter(text: string): { word: string; days: readonly number[] } | undefined {
  const word = text.replace(/^[(（]\s*|\s*[)）]$/g, '').trim();
  const cjk = /^(?:星期|周|週|禮拜|礼拜)?(\S)(?:曜日|曜|요일)?$/u.exec(word);
  const day = cjk ? CJK_DAYS[cjk[1]!] : undefined;
  if (day !== undefined) return { word, days: [day] };
  const days = /^\p{L}+\.?$/u.test(word) ? weekdaysFromName(word.replace(/\.$/, '')) : undefined;
  return days === undefined ? undefined : { word, days };
}

/** The year-first date a text is, or undefined when it is not one of these shapes. */
export function yearFirstDate(text: string): YearFirstDate | undefined {
  const m = UNITS.exec(text) ?? DOTTED.exec(text);
  const s = m ? undefined : SLASHED.exec(text);
  const found = m
    ? { year: +m[1]!, month: +m[2]!, day: +m[3]! }
    : s && { year: +s[1]!, month: +s[3]!, day: +s[4]! };
  if (!found) return undefined;
  const rest = text.slice((m ?? s)![0].length).replace(/^[\s,]+/, '');
  if (!rest) return found;
  const weekday = weekdayAfter(rest);
  return weekday ? { ...found, weekday } : undefined;
}
