// Times of day as exports write them: 24 h `14:30`, `08:00:00`, `08:00:00.000`, and 12 h
// `9:00 AM`, `9:00AM`, `9 am`, `9:00 a.m.`. Impossible times (`25:00`, `10:61`, `13:00 PM`) are
// refused with a reason a person can act on.

export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type TimeParse = { ok: true; time: TimeOfDay } | { ok: false; reason: string };

const TIME = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?(?:\s*([ap])\.?\s*m\.?)?$/i;

export const MIDNIGHT: TimeOfDay = { hour: 0, minute: 0, second: 0, millisecond: 0 };

export function formatTime(t: TimeOfDay): string {
  return [t.hour, t.minute, t.second].map((n) => String(n).padStart(2, '0')).join(':');
}

export function parseTime(raw: string): TimeParse {
  const text = raw.trim();
  if (!text) return { ok: false, reason: 'the time is empty' };
  const m = TIME.exec(text);
  // A bare number ("9") is only a time with AM/PM after it; "0930" is not accepted: too easily
  // confused with an id or a duration.
  if (!m || (m[2] === undefined && !m[5])) {
    return { ok: false, reason: 'not a time (expected e.g. 14:30, 14:30:00 or 2:30 PM)' };
  }
  let hour = +m[1]!;
  const minute = m[2] === undefined ? 0 : +m[2];
  const second = m[3] === undefined ? 0 : +m[3];
  const millisecond = m[4] === undefined ? 0 : +m[4].padEnd(3, '0');
  const meridiem = m[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12)
      return { ok: false, reason: `not a time: a 12-hour clock has no hour ${hour}` };
    if (meridiem === 'a' && hour === 12) hour = 0;
    else if (meridiem === 'p' && hour !== 12) hour += 12;
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: 'not a time of day (hours 0-23, minutes and seconds 0-59)' };
  }
  return { ok: true, time: { hour, minute, second, millisecond } };
}

/** Shaped like a time (valid or not): used when recognising columns by their values. */
export function looksLikeTime(raw: string): boolean {
  const t = raw.trim();
  return /^\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?\s*([ap]\.?m\.?)?$/i.test(t) || /^\d{1,2}\s*[ap]\.?m\.?$/i.test(t);
}
