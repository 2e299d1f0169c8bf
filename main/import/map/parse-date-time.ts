// One field holding a date and a time, in either order and with any spacing
// (`9:00 AM   1/15/2025` from Open Dental, `2026-12-14 08:00:00`, `15.01.2026 14:30`), or an
// ISO-8601 timestamp with `Z` or an offset (Cliniko), which is an instant already and is never
// re-interpreted in the practice's zone.
import { parseDate, type CalendarDate, type DateParseOptions } from './parse-date.ts';
import { MIDNIGHT, parseTime, type TimeOfDay } from './parse-time.ts';

export type DateTimeParse =
  | { ok: true; kind: 'instant'; instant: Date }
  | { ok: true; kind: 'local'; date: CalendarDate; time: TimeOfDay; dateOnly: boolean }
  | { ok: false; reason: string };

const ISO_ZONED =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3})\d*)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)$/i;

function zonedInstant(m: RegExpExecArray): DateTimeParse {
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  const s = m[6] ? +m[6] : 0;
  const ms = m[7] ? +m[7].padEnd(3, '0') : 0;
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return { ok: false, reason: 'not a real date and time' };
  }
  let offsetMin = 0;
  const z = m[8]!.toUpperCase();
  if (z !== 'Z') {
    const sign = z.startsWith('-') ? -1 : 1;
    const digits = z.slice(1).replace(':', '');
    const [oh, om] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)];
    if (oh > 14 || om > 59) return { ok: false, reason: `not a time zone offset: ${z}` };
    offsetMin = sign * (oh * 60 + om);
  }
  return { ok: true, kind: 'instant', instant: new Date(probe.getTime() - offsetMin * 60_000) };
}

const TIME_TOKEN = /^\d{1,2}:\d{2}(:\d{2}([.,]\d+)?)?([ap]\.?m\.?)?$/i;
const MERIDIEM = /^[ap]\.?m\.?$/i;

/** Parse a combined date-time text. A date alone is accepted as midnight (`dateOnly: true`). */
export function parseDateTime(raw: string, opts: DateParseOptions): DateTimeParse {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) return { ok: false, reason: 'the date and time are empty' };
  const zoned = ISO_ZONED.exec(text);
  if (zoned) return zonedInstant(zoned);
  // `2026-12-14T08:00:00` (no zone): split the T like a space.
  const spaced = text.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ');
  const timeParts: string[] = [];
  const dateParts: string[] = [];
  for (const token of spaced.split(' ')) {
    if (TIME_TOKEN.test(token) || (MERIDIEM.test(token) && timeParts.length > 0)) timeParts.push(token);
    else dateParts.push(token);
  }
  const date = parseDate(dateParts.join(' '), opts);
  if (!date.ok) return { ok: false, reason: dateParts.length ? date.reason : 'there is no date in it' };
  if (timeParts.length === 0)
    return { ok: true, kind: 'local', date: date.date, time: MIDNIGHT, dateOnly: true };
  const time = parseTime(timeParts.join(' '));
  if (!time.ok) return { ok: false, reason: time.reason };
  return { ok: true, kind: 'local', date: date.date, time: time.time, dateOnly: false };
}

/** Shaped like a date with a time (or an ISO timestamp); used to recognise columns by value. */
export function looksLikeDateTime(raw: string): boolean {
  const t = raw.trim();
  if (ISO_ZONED.test(t)) return true;
  const r = parseDateTime(t, { order: 'MDY' });
  const rd = r.ok ? r : parseDateTime(t, { order: 'DMY' });
  return rd.ok && (rd.kind === 'instant' || !rd.dateOnly);
}
