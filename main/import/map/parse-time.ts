// Times of day as exports write them: 24 h `14:30`, `08:00:00`, `08:00:00.000`, `14h30`,
// `14 h 30`, `14H30`, `14:30 Uhr`, `9:00 hs`; 12 h `9:00 AM`, `9:00AM`, `9 am`, `9:00 a.m.`, `9:00a`, `9a`, `930A`, `0830a`, `8.30am`
// (dotted, UK and Australia), `午前9:30`, `오후 2:30`, `9:00 em`, `9.00 ip.` (other languages' AM/PM,
// meridiem-words.ts); `Noon`, `12 noon`; `0930` (HHMM) and `13.30` (dotted without AM/PM)
// only when the caller knows the column holds times; ranges `2:00 PM - 2:50 PM`, `14:00–14:50`,
// `9:00-9:50 AM` (start and end); a trailing zone abbreviation `9:00 AM EST` (returned, for the
// caller to check against the practice's zone); a trailing UTC offset after a machine's time
// (`9:00:00 AM -05:00`, .NET's DateTimeOffset; returned, the time is then an instant). Impossible times (`25:00`, `10:61`, `13:00 PM`)
// and unknown trailing words are refused with a reason a person can act on.
import { meridiemBefore, meridiemWordAfter } from './meridiem-words.ts';
import { zoneAfterTime } from './written-zone.ts';
import { isKnownZoneAbbreviation } from './zone-abbreviation.ts';

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type TimeParse =
  | {
      ok: true;
      time: TimeOfDay;
      /** The end of a range (`2:00 PM - 2:50 PM`), after the start. */
      end?: TimeOfDay;
      /** A zone abbreviation written after the time (`EST`, `CET`, `UTC+1`), as written. */
      zone?: string;
      /** AM or PM was written (a 12-hour clock); absent for `14:30`, `9:30`, `0930`. */
      meridiem?: true;
      /** A UTC offset written after the time (`-05:00`, `+0100`, `+00:00`), as written: the
       *  time is then an instant, never read in the practice's zone. */
      offset?: string;
    }
  | { ok: false; reason: string };

export interface TimeParseOptions {
  /** The column is known to hold times, so `0930` and `930` are HHMM and `13.30` and `8.30` are
   *  dotted times. Never assumed: a bare number is too easily an id or a duration, and `8.30` a
   *  price or a number of hours. */
  compact?: boolean;
}

export const MIDNIGHT: TimeOfDay = { hour: 0, minute: 0, second: 0, millisecond: 0 };

/** One clock reading as written, before the meridiem is applied. */
interface Clock {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  meridiem?: 'a' | 'p';
  /** Only an hour (`9`, `9 am`): a time only with a meridiem. */
  bare: boolean;
  /** Seconds were written (`09:00:00`): a machine's time, which an offset may follow. */
  seconds?: true;
  /** The hours after noon count from 0, as Japanese and Chinese write them (`午後0:30`). */
  fromZero?: boolean;
  /** Hour 12 is noon or midnight with the word written (`晚上12:00`, meridiem-words.ts). */
  twelveOpen?: boolean;
}

type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const NOT_A_TIME = 'not a time (expected e.g. 14:30, 14:30:00 or 2:30 PM)';
// Sticky (`y`) patterns read the text left to right from `lastIndex`.
// Groups: 1 hour (or HHMM), 2 minutes after a colon, 3 seconds, 4 fraction, 5 minutes after `h`
// (`14h30`, `14H30`, and Quebec's `14 h 30`, `14 h`, spaced as the OQLF writes it), 6 minutes
// after a dot (`8.30`; never the start of a dotted date `15.01.2026`), 7 seconds and 8 fraction
// after dots (the fraction after a colon too, three digits: SQL Server's styles 109, 113 and 114,
// `9:00:00:000AM`): Oracle's default timestamp (`09.00.00.000000 AM`, NLS_TIMESTAMP_FORMAT
// `HH.MI.SSXFF AM`) and DB2's (`09.00.00.000000`).
const CLOCK =
  /(\d{1,4})(?!\d)(?::(\d{2})(?::(\d{2})(?:(?:[.,]|:(?=\d{3}(?!\d)))(\d{1,3})\d*)?)?| ?[hH](?: ?(\d{2})(?!\d))?(?!\p{L})|\.(\d{2})(?:\.(\d{2})(?:\.(\d{1,3})\d*)?)?(?![\d.]))?/uy;
/** Noon said in words (`Noon`, `12 noon`, `12:00 Midday`), or as US clinical notation writes it
 *  (`12N`, `12:00 N`, beside `8:00A` and `1:30P`): 12:00, as sure as `12:00 PM`. */
const NOON = /(?:(?:12(?:[:.]00)?\s*)?(?:noon|midday)|12(?:[:.]00)?\s?n)(?!\p{L})/iuy;
const MERIDIEM = /\s*([ap])(?:\.?\s*m)?\.?(?!\p{L})/iuy;
// An arrow between start and end (`9:00 AM → 9:45 AM`, `9:00->9:45`): how Notion writes a date
// property's end in its CSV export (`March 15, 2027 9:00 AM → 9:45 AM`). An arrow means "until"
// in every calendar that prints one; a start read before it is the start either way.
const RANGE = /\s*(?:->|→|-|–|—|~|to\b|bis\b|à|till\b|until\b)\s*/iuy;
/** `hrs`, `hr`, `h` right after four figures (`0900hrs`, `1430 hrs`). */
const HOURS_WORD = /\s?(?:hrs|hr|h)\.?(?!\p{L})/iuy;
/** Words that only say "o'clock" (`14:30 Uhr`, `14:30 hrs`, Spanish `9:00 hs` for horas). */
const CLOCK_WORDS = new Set(['uhr', 'h', 'hr', 'hrs', 'heures', 'hs', 'horas', 'uur']);
/** The lone names of the North American zones (Windows' `Pacific Time (US & Canada)` and the
 *  like, written after a time without `Time`). */
const REGION_NAME = /^(?:pacific|mountain|central|eastern|alaska|hawaii|atlantic)$/i;
/** The hours (of a 12-hour clock) each part of the day names: `12 in the morning` (midnight or
 *  noon?), `10 in the afternoon`, `12 in the evening` are slips no one can read. */
const DAY_PARTS: Record<string, { half: 'a' | 'p'; hours: [number, number] }> = {
  'in the morning': { half: 'a', hours: [1, 11] },
  'in the afternoon': { half: 'p', hours: [12, 6] },
  'in the evening': { half: 'p', hours: [5, 11] },
};
/** AM or PM in words after a time (`in the morning`), at `words[i]`, for `hour`; null when the
 *  words name a part of the day the hour is not in. */
function halfInWords(words: string[], i: number, hour: number): 'a' | 'p' | null | undefined {
  const said = words
    .slice(i, i + 3)
    .join(' ')
    .toLowerCase()
    .replace(/[.,]$/, '');
  const part = DAY_PARTS[said];
  if (!part) return undefined;
  const [from, to] = part.hours;
  const within = from <= to ? hour >= from && hour <= to : hour >= from || hour <= to;
  return hour >= 1 && hour <= 12 && within ? part.half : null;
}
const ZONE_SHAPE = /^(?:[A-Z]{2,5}|(?:UTC|GMT|UT)[+-]\d{1,2}(?::?\d{2})?)$/;
/** `±HH:MM` or `±HHMM` ending the text: read as a UTC offset only after seconds (`09:00:00
 *  +01:00`) or after AM/PM and a space (.NET's `9:00:00 AM -05:00`, `9:00 PM +0530`). After
 *  `9:00` the dash starts a range (`9:00-10:00`), and so it does in `10:00AM-11:00`. Read wrongly
 *  it cannot shift a start: an offset that is not the practice's holds the file. */
const OFFSET = /(\s*)([+-]\d{2}:?\d{2})$/y;

/** Minutes east of UTC of an offset written `-05:00`, `+0530`, `-05`; undefined past ±14:59. */
export function offsetMinutes(offset: string): number | undefined {
  const digits = offset.slice(1).replace(':', '');
  const [h, m] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
  if (h > 14 || m > 59) return undefined;
  return (offset.startsWith('-') ? -1 : 1) * (h * 60 + m);
}

/** The UTC offset written at `at`, right after `clock` (see OFFSET). */
function readOffset(text: string, at: number, clock: Clock): string | undefined {
  OFFSET.lastIndex = at;
  const m = OFFSET.exec(text);
  if (!m || !(clock.seconds || (clock.meridiem && m[1]))) return undefined;
  return offsetMinutes(m[2]!) === undefined ? undefined : m[2];
}

function readClock(
  text: string,
  at: number,
  opts: TimeParseOptions,
): { clock: Clock; next: number } | undefined {
  // Korean, Japanese, Chinese, Hungarian and Turkish write the half of the day first.
  const lead = meridiemBefore(text, at);
  if (lead) at = lead.next;
  NOON.lastIndex = at;
  if (!lead && NOON.test(text)) {
    const clock: Clock = { hour: 12, minute: 0, second: 0, millisecond: 0, meridiem: 'p', bare: false };
    return { clock, next: NOON.lastIndex };
  }
  CLOCK.lastIndex = at;
  const m = CLOCK.exec(text);
  if (!m) return undefined;
  let next = CLOCK.lastIndex;
  const digits = m[1]!;
  const colon = m[2] !== undefined;
  const dotted = m[6] !== undefined;
  const hForm = m[0].length > digits.length && !colon && !dotted;
  let clock: Clock;
  // Four figures with an hours word (`0900hrs`, `1430 hrs`, `0900h`: the 24-hour clock as UK and
  // Australian services and hospitals write it) are a time wherever they are written, as `09:00`
  // is; without the word only in a column of times (`compact`).
  HOURS_WORD.lastIndex = at + digits.length;
  const hours = !colon && !dotted && digits.length >= 3 ? HOURS_WORD.exec(text) : null;
  if (hours) {
    clock = { hour: +digits.slice(0, -2), minute: +digits.slice(-2), second: 0, millisecond: 0, bare: false };
    return { clock, next: HOURS_WORD.lastIndex };
  }
  if (colon || hForm || dotted) {
    if (digits.length > 2) return undefined;
    clock = {
      hour: +digits,
      minute: +(m[2] ?? m[5] ?? m[6] ?? 0),
      second: +(m[3] ?? m[7] ?? 0),
      millisecond: +(m[4] ?? m[8] ?? '').padEnd(3, '0'),
      bare: false,
      ...((m[3] ?? m[7]) === undefined ? {} : { seconds: true as const }),
    };
  } else if (digits.length >= 3) {
    // Figures with AM/PM right after them (`930A`, `0830a`, `1230P`: DentiMax's and MEDENT's
    // lists) say they are a clock as surely as `9:30a` does; bare figures only in a column of times.
    MERIDIEM.lastIndex = next;
    if (!opts.compact && !MERIDIEM.test(text)) return undefined;
    clock = { hour: +digits.slice(0, -2), minute: +digits.slice(-2), second: 0, millisecond: 0, bare: false };
  } else {
    clock = { hour: +digits, minute: 0, second: 0, millisecond: 0, bare: true };
  }
  MERIDIEM.lastIndex = next;
  const mer = MERIDIEM.exec(text);
  const word = mer ? undefined : meridiemWordAfter(text, next);
  if (mer) {
    clock.meridiem = mer[1]!.toLowerCase() as 'a' | 'p';
    next = MERIDIEM.lastIndex;
  } else if (word) {
    clock.meridiem = word.half;
    clock.fromZero = word.fromZero;
    clock.twelveOpen = word.twelveOpen;
    next = word.next;
  }
  if (lead) {
    // `PM 9:00 AM` says two things: no reading.
    if (clock.meridiem && clock.meridiem !== lead.half) return undefined;
    clock.meridiem = lead.half;
    clock.fromZero = lead.fromZero;
    clock.twelveOpen = lead.twelveOpen;
  }
  // `8.30am` is a time wherever it is written; `8.30` alone only in a column of times. A fraction
  // of a second (`09.00.00.000000`) is a database's time wherever it is written: no date, price
  // or version number has one after two dotted pairs.
  if (dotted && !clock.meridiem && !opts.compact && m[8] === undefined) return undefined;
  return { clock, next };
}

/** The clock as a time of day, read with `meridiem` (the written one unless told otherwise). */
function toTime(c: Clock, meridiem = c.meridiem): Read<TimeOfDay> {
  let hour = c.hour;
  if (c.bare && !meridiem) return { ok: false, reason: NOT_A_TIME };
  if (meridiem) {
    if ((hour < 1 && !c.fromZero) || hour > 12)
      return { ok: false, reason: `not a time: a 12-hour clock has no hour ${hour}` };
    if (hour === 12 && c.twelveOpen)
      return {
        ok: false,
        reason: 'hour 12 in the evening could be noon or midnight: write it as 00:00 or 12:00',
      };
    if (meridiem === 'a' && hour === 12) hour = 0;
    else if (meridiem === 'p' && hour !== 12) hour += 12;
  }
  if (hour > 23 || c.minute > 59 || c.second > 59) {
    return { ok: false, reason: 'not a time of day (hours 0-23, minutes and seconds 0-59)' };
  }
  return { ok: true, value: { hour, minute: c.minute, second: c.second, millisecond: c.millisecond } };
}

function ms(t: TimeOfDay): number {
  return ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.millisecond;
}

const opposite = (m: 'a' | 'p'): 'a' | 'p' => (m === 'a' ? 'p' : 'a');

/**
 * Start and end of a range where only one side says AM/PM. `9:00-9:50 AM`: the end's meridiem
 * applies to the start when that puts the start first; `11:00-1:00 PM` is 11 AM to 1 PM. The
 * other way round (`2:00 PM - 2:50`) the start's meridiem carries to the end likewise.
 */
function readRange(start: Clock, end: Clock): Read<{ time: TimeOfDay; end: TimeOfDay }> {
  const tries: Array<[('a' | 'p')?, ('a' | 'p')?]> = [];
  if (!start.meridiem && end.meridiem) tries.push([end.meridiem, end.meridiem], [undefined, end.meridiem]);
  else if (start.meridiem && !end.meridiem)
    tries.push(
      [start.meridiem, start.meridiem],
      [start.meridiem, undefined],
      [start.meridiem, opposite(start.meridiem)],
    );
  else tries.push([start.meridiem, end.meridiem]);
  let invalid: string | undefined;
  let backwards = false;
  for (const [m1, m2] of tries) {
    const s = toTime(start, m1);
    const e = toTime(end, m2);
    if (!s.ok || !e.ok) {
      invalid ??= !s.ok ? s.reason : !e.ok ? e.reason : undefined;
      continue;
    }
    if (ms(e.value) > ms(s.value)) return { ok: true, value: { time: s.value, end: e.value } };
    backwards = true;
  }
  const lostPm = !start.meridiem && !end.meridiem ? endLostPm(start, end) : undefined;
  if (lostPm) return { ok: true, value: lostPm };
  return { ok: false, reason: backwards || !invalid ? 'the time range ends before it starts' : invalid };
}

/** A visit across noon typed without AM/PM (`11:30-1:00`, `12:30-1:00`), the end's PM left
 *  out: read so where the start is before 13:00 and the visit then lasts at most 6 hours, as a
 *  separate end column is (end-before-start.ts). The start stays as written, so the reading never
 *  moves it; the file's clock is checked on the starts as for any time without AM/PM. */
function endLostPm(start: Clock, end: Clock): { time: TimeOfDay; end: TimeOfDay } | undefined {
  const s = toTime(start);
  const e = toTime(end, 'p');
  if (!s.ok || !e.ok || end.hour === 12 || s.value.hour >= 13) return undefined;
  const lasts = ms(e.value) - ms(s.value);
  return lasts > 0 && lasts <= 6 * 3_600_000 ? { time: s.value, end: e.value } : undefined;
}

/** `09:05`: a clock time as messages show it (hours and minutes, 24-hour). */
export function formatClock(t: Pick<TimeOfDay, 'hour' | 'minute'>): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/**
 * Parse a time of day, or a range of two, optionally followed by a zone abbreviation. An
 * unknown word after the time is an error, never dropped. Abbreviations written in capitals that
 * the zone table does not know (`9:00 XST`) are returned as `zone` too: the caller checks every
 * zone with `zoneAbbreviationAgrees` and holds the file on one it cannot place.
 */
export function parseTime(raw: string, opts: TimeParseOptions = {}): TimeParse {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'the time is empty' };
  const first = readClock(text, 0, opts);
  if (!first) return { ok: false, reason: NOT_A_TIME };
  let at = first.next;
  let second: Clock | undefined;
  let offset = readOffset(text, at, first.clock);
  RANGE.lastIndex = at;
  if (!offset && RANGE.exec(text)) {
    const r = readClock(text, RANGE.lastIndex, opts);
    if (!r) return { ok: false, reason: `not a time range: '${text.slice(RANGE.lastIndex)}' is not a time` };
    second = r.clock;
    // A bare hour that starts a range to a clock time (`9-9:30`, `2 - 2:30p`: a slot typed by a
    // front desk) is that hour: the range says it is a time. Two bare numbers (`9-10`) are not.
    if (!second.bare) first.clock.bare = false;
    at = r.next;
    offset = readOffset(text, at, second);
  }
  if (offset) at = text.length;
  let zone: string | undefined;
  const words = text.slice(at).split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const w = word.replace(/^\((.*)\)$/, '$1').replace(/,$/, '');
    if (CLOCK_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) {
      // `14 Uhr` is a time: the word says the number is an hour.
      first.clock.bare = false;
      continue;
    }
    // `9am sharp`: the word says the time is exact, and nothing of which time it is.
    if (/^sharp\.?$/i.test(w)) continue;
    // `9 in the morning`, `2 in the afternoon`: AM or PM in words, on a clock that wrote none.
    const half = !second && !first.clock.meridiem ? halfInWords(words, i, first.clock.hour) : undefined;
    if (half === null)
      return { ok: false, reason: `not a time: '${text}' names a part of the day its hour is not in` };
    if (half) {
      first.clock.meridiem = half;
      i += 2;
      continue;
    }
    // `AMERICA/NEW_YORK`, `(GMT-05:00) Eastern Time (US & Canada)`: the rest names the zone.
    const rest = words.slice(i).join(' ');
    if (!zone && zoneAfterTime(rest)) {
      zone = rest;
      break;
    }
    // A US or Canadian zone's lone name ending the time (`10:00 AM Pacific`, `(Eastern)`) is its
    // clock, as `Pacific Time` is: checked against the practice's like any zone (the file is held
    // when it is not the practice's, never shifted), so a lone word meaning a room instead cannot
    // move a start either.
    if (!zone && i === words.length - 1 && REGION_NAME.test(w)) {
      zone = `${w} Time`;
      break;
    }
    if (!zone && (isKnownZoneAbbreviation(w) || ZONE_SHAPE.test(w))) {
      zone = w;
      continue;
    }
    // `5 patients` is no time at all rather than a time with a stray word.
    if (first.clock.bare && !first.clock.meridiem && !second) return { ok: false, reason: NOT_A_TIME };
    return {
      ok: false,
      reason: `'${word}' after the time is neither part of a time nor a time zone (expected e.g. 14:30, 2:30 PM or 9:00 AM EST)`,
    };
  }
  const withZone = {
    ...(zone === undefined ? {} : { zone }),
    ...(first.clock.meridiem || second?.meridiem ? { meridiem: true as const } : {}),
    ...(offset ? { offset } : {}),
  };
  if (!second) {
    const t = toTime(first.clock);
    return t.ok ? { ok: true, time: t.value, ...withZone } : t;
  }
  const range = readRange(first.clock, second);
  return range.ok ? { ok: true, time: range.value.time, end: range.value.end, ...withZone } : range;
}

/** Whether a text starts as a time does: a digit (after a bracket), or AM/PM written before the
 *  time (`下午9:00`, `PM 9:00`, `du. 9:00`). */
export function startsLikeTime(text: string): boolean {
  return /^\(?\d/.test(text) || meridiemBefore(text, 0) !== undefined;
}

/** Shaped like a time (valid or not): used when recognising columns by their values. */
export function looksLikeTime(raw: string): boolean {
  const t = raw.trim();
  return (
    /^\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?\s*([ap]\.?m\.?)?$/i.test(t) ||
    /^\d{1,2}\s*[ap]\.?m\.?$/i.test(t) ||
    parseTime(t).ok
  );
}

/**
 * A valid HHMM time (`0930`, `930`, `1430`) or dotted time (`8.30`, `13.30`) with nothing else:
 * what a time column holds in some exports. Only a column whose header says it holds times may
 * be read this way (`{ compact: true }`).
 */
/**
 * A time written as the seconds after midnight (`32400` = 09:00: Best Practice's
 * `AppointmentTime`, which its own queries compare with 86400), or undefined. A whole number of
 * minutes from 00:40 to 23:59, no leading zero: below 2400 it may as well be HHMM (`900`, `1200`)
 * or minutes after midnight (`540`), and `063000` is HHMMSS. A time only in a column whose values
 * are all so written (recognize.ts), never one value by itself.
 */
export function secondsAfterMidnight(raw: string): TimeOfDay | undefined {
  const t = raw.trim();
  if (!/^[1-9]\d{3,4}$/.test(t)) return undefined;
  const n = Number(t);
  if (n < 2400 || n >= 86_400 || n % 60 !== 0) return undefined;
  return { hour: Math.floor(n / 3600), minute: (n % 3600) / 60, second: 0, millisecond: 0 };
}

export function looksLikeCompactTime(raw: string): boolean {
  const t = raw.trim();
  return /^(?:\d{3,4}|\d{1,2}\.\d{2})$/.test(t) && parseTime(t, { compact: true }).ok;
}
