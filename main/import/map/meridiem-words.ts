// AM and PM as other languages write them, before or after the time, as Unicode CLDR's day
// periods (and the Windows and Excel regional settings built on them) have them: Swedish `fm` /
// `em`, Norwegian and Danish `f.m.` / `e.m.`, Finnish `ap.` / `ip.`, German (older Austrian
// Excel) `vorm.` / `nachm.`, Irish `r.n.` / `i.n.`, Greek `π.μ.` / `μ.μ.`, Arabic `ص` / `م`,
// Persian `ق.ظ.` / `ب.ظ.`, Hungarian `de.` / `du.` and Turkish `ÖÖ` / `ÖS` (before the time),
// Korean `오전` / `오후` and `AM 9:00` / `PM 9:00` (CLDR 48 writes Latin AM/PM before the time),
// Japanese `午前` / `午後`, Chinese `上午` / `下午` and the finer periods ICU writes for `B h:mm`
// (`凌晨`, `早上`, `清晨` in the morning; `中午`, `晚上` after noon). English `AM` / `p.m.` after the
// time is parse-time.ts's own pattern. A word not listed here is never dropped: the time that
// carries it is refused (parse-time.ts).

export type Half = 'a' | 'p';

/** The half of the day each marker names, by its lower-case spelling. */
const HALF: Record<string, Half> = {
  fm: 'a',
  'f.m.': 'a',
  em: 'p',
  'e.m.': 'p',
  'ap.': 'a',
  'ip.': 'p',
  'vorm.': 'a',
  'nachm.': 'p',
  'r.n.': 'a',
  'i.n.': 'p',
  'π.μ.': 'a',
  πμ: 'a',
  'μ.μ.': 'p',
  μμ: 'p',
  ص: 'a',
  م: 'p',
  'ق.ظ.': 'a',
  'ق.ظ': 'a',
  'ب.ظ.': 'p',
  'ب.ظ': 'p',
  'de.': 'a',
  'du.': 'p',
  öö: 'a',
  ös: 'p',
  오전: 'a',
  오후: 'p',
  午前: 'a',
  午後: 'p',
  上午: 'a',
  下午: 'p',
  凌晨: 'a',
  早上: 'a',
  清晨: 'a',
  中午: 'p',
  晚上: 'p',
};

/** Latin AM/PM written before the time (Korean in CLDR 48: `PM 9:00`). */
const BEFORE_ONLY: Record<string, Half> = { am: 'a', 'a.m.': 'a', pm: 'p', 'p.m.': 'p' };

/** Japanese and Chinese count the hours after noon from 0 (`午後0:30` is 12:30, CLDR's `K:mm`). */
const FROM_ZERO = /^[\u3400-\u9fff]+$/u;

/** `晚上` is the evening, 19:00 to midnight: `晚上12:00` could be noon's 12 or midnight. */
const TWELVE_OPEN = new Set(['晚上']);

export interface MeridiemWord {
  half: Half;
  /** Hour 12 with this word is no one time (`晚上12:00`). */
  twelveOpen: boolean;
  /** The clock counts from 0 (`午後0:30`). */
  fromZero: boolean;
  /** Where the text goes on after the word. */
  next: number;
}

const BEFORE = /([^\s\d]+)\s*(?=\d)/uy;
const AFTER = /\s*([^\s\d]+)/uy;

function read(re: RegExp, text: string, at: number, table: Record<string, Half>[]): MeridiemWord | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const half = table.map((t) => t[word]).find(Boolean);
  return (
    half && { half, twelveOpen: TWELVE_OPEN.has(word), fromZero: FROM_ZERO.test(word), next: re.lastIndex }
  );
}

/** A marker written at `at`, right before the time's first digit. */
export const meridiemBefore = (text: string, at: number): MeridiemWord | undefined =>
  read(BEFORE, text, at, [HALF, BEFORE_ONLY]);

/** A marker written at `at`, right after the time. */
export const meridiemWordAfter = (text: string, at: number): MeridiemWord | undefined =>
  read(AFTER, text, at, [HALF]);
