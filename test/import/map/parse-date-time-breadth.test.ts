// Combined date-and-time cells in every form issue 9 lists: any date form beside any time form,
// in either order, with a range end and a zone abbreviation passed through.
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import type { DateOrder } from '../../../main/import/map/parse-date.ts';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD HH:MM[-HH:MM][ zone]`, `date-only YYYY-MM-DD`, `instant ISO` or `refused: why`. */
function read(text: string, order: DateOrder, compact = false): string {
  const r = parseDateTime(text, { order, compact });
  if (!r.ok) return `refused: ${r.reason}`;
  if (r.kind === 'instant') return `instant ${r.instant.toISOString()}`;
  const date = `${r.date.year}-${two(r.date.month)}-${two(r.date.day)}`;
  if (r.dateOnly) return `date-only ${date}`;
  const end = r.end ? `-${two(r.end.hour)}:${two(r.end.minute)}` : '';
  return `${date} ${two(r.time.hour)}:${two(r.time.minute)}${end}${r.zone ? ` ${r.zone}` : ''}`;
}

describe('parseDateTime: date and time in one cell', () => {
  it.each<[string, DateOrder, string]>([
    ['12/08/2026 2:00 PM - 2:50 PM EST', 'MDY', '2026-12-08 14:00-14:50 EST'],
    ['12/08/2026 2:00 PM', 'MDY', '2026-12-08 14:00'],
    ['12/08/2026 2:00 PM', 'DMY', '2026-08-12 14:00'],
    ['2:00 PM 12/08/2026', 'MDY', '2026-12-08 14:00'],
    ['9:00a 12/08/2026', 'MDY', '2026-12-08 09:00'],
    ['Tue 12/08/2026 9:00 AM', 'MDY', '2026-12-08 09:00'],
    ['9:00 AM Tue 12/08/2026', 'MDY', '2026-12-08 09:00'],
    ['Tuesday, December 8, 2026 9:00 AM', 'DMY', '2026-12-08 09:00'],
    ['Tuesday, December 8, 2026 at 9:00 AM', 'DMY', '2026-12-08 09:00'],
    ['December 8, 2026, 9:00 AM', 'DMY', '2026-12-08 09:00'],
    ['Di., 08.12.2026 14:30', 'MDY', '2026-12-08 14:30'],
    ['Di., 08.12.2026 14:30 Uhr', 'MDY', '2026-12-08 14:30'],
    ['08.12.2026 um 14:30', 'MDY', '2026-12-08 14:30'],
    ['8. Dezember 2026 14:30', 'MDY', '2026-12-08 14:30'],
    ['8 décembre 2026 14h30', 'MDY', '2026-12-08 14:30'],
    ['8 de diciembre de 2026 14:30', 'MDY', '2026-12-08 14:30'],
    ['8 de diciembre de 2026 a las 14:30', 'MDY', '2026-12-08 14:30'],
    ['diciembre 8, 2026 2:30 p.m.', 'MDY', '2026-12-08 14:30'],
    ['8-Dec-26 09:00', 'MDY', '2026-12-08 09:00'],
    ['20261208 09:00', 'DMY', '2026-12-08 09:00'],
    // YYYYMMDD HHMM is one machine stamp (HL7's DTM with a space): the four digits are its time
    ['20261208 0930', 'DMY', '2026-12-08 09:30'],
    ['20261208 930', 'DMY', 'refused: not a time (expected e.g. 14:30, 14:30:00 or 2:30 PM)'],
    ['2026-12-08 14:00 CET', 'DMY', '2026-12-08 14:00 CET'],
    // a year-first stamp ending UTC is the instant `Z` marks (Ruby's Time#to_s): utc-word-stamps.test.ts
    ['2026-12-08T14:00:00 UTC', 'DMY', 'instant 2026-12-08T14:00:00.000Z'],
    ['08/12/2026 14:00 UTC', 'DMY', '2026-12-08 14:00 UTC'],
    ['08/12/2026 14:00–14:50', 'DMY', '2026-12-08 14:00-14:50'],
    ['12/08/2026 9:00-9:50 AM', 'MDY', '2026-12-08 09:00-09:50'],
    // date only
    ['Tuesday, December 8, 2026', 'MDY', 'date-only 2026-12-08'],
    ['8 de diciembre de 2026', 'MDY', 'date-only 2026-12-08'],
    // an instant stays an instant
    ['2026-12-08T14:00:00Z', 'MDY', 'instant 2026-12-08T14:00:00.000Z'],
  ])('%s (%s) → %s', (text, order, expected) => {
    expect(read(text, order)).toBe(expected);
  });

  it('reads HHMM beside a date only when the caller says the cell holds a time', () => {
    expect(read('20261208 930', 'DMY', true)).toBe('2026-12-08 09:30');
  });

  it.each<[string, DateOrder, string]>([
    ['Tue 12/08/2026 9:00 AM', 'DMY', "'Tue' but 2026-08-12 is a Wednesday"],
    ['12/08/2026 9:00 AM foo', 'MDY', "'foo' after the time"],
    ['12/08/2026 25:00', 'MDY', 'hours 0-23'],
    ['12/08/2026 2:50 PM - 2:00 PM', 'MDY', 'ends before it starts'],
    ['31 Nov 2026 9:00', 'MDY', 'day 31 does not exist'],
    // the reason names what is wrong, whichever side of the cell it is on
    ['9:00 AM 2026-02-30', 'MDY', 'day 30 does not exist'],
    ['2026-02-30 9 am', 'MDY', 'day 30 does not exist'],
    ['13:00 PM 13/13/2026', 'MDY', 'no month 13'],
    ['9:00 AM - 9:50 AM', 'MDY', 'there is no date in it'],
    ['Room 4 9:00', 'MDY', 'not a date'],
  ])('%s (%s) is refused: %s', (text, order, why) => {
    expect(read(text, order)).toContain(why);
  });
});
