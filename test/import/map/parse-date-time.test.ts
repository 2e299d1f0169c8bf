import { describe, expect, it } from 'vitest';
import { orderEvidence, parseDate } from '../../../main/import/map/parse-date.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';

const NOW = new Date('2026-11-25T00:00:00Z');

describe('parseDate', () => {
  it.each([
    ['2026-12-14', 'MDY', '2026-12-14'],
    ['2026/1/5', 'DMY', '2026-01-05'],
    ['1/15/2025', 'MDY', '2025-01-15'],
    ['01/02/2026', 'MDY', '2026-01-02'],
    ['01/02/2026', 'DMY', '2026-02-01'],
    ['15.01.2026', 'MDY', '2026-01-15'], // dotted dates are always day-first
    ['03.04.2026', 'MDY', '2026-04-03'],
    ['31-12-2026', 'DMY', '2026-12-31'],
    ['15 Jan 2026', 'MDY', '2026-01-15'],
    ['Jan 15, 2026', 'DMY', '2026-01-15'],
    ['December 3rd, 2026', 'MDY', '2026-12-03'],
    ['2/29/2028', 'MDY', '2028-02-29'],
    ['  2026-12-14  ', 'MDY', '2026-12-14'],
  ] as const)('%s (%s) is %s', (text, order, iso) => {
    const r = parseDate(text, { order, now: NOW });
    expect(
      r.ok &&
        `${r.date.year}-${String(r.date.month).padStart(2, '0')}-${String(r.date.day).padStart(2, '0')}`,
    ).toBe(iso);
  });

  it.each([
    ['2026-02-30', 'day 30 does not exist'],
    ['2026-13-45', 'no month 13'],
    ['2/29/2027', 'day 29 does not exist'],
    ['13/13/2026', 'no month 13'],
    ['tomorrow', 'not a date'],
    ['', 'empty'],
  ])('%s is refused (%s)', (text, why) => {
    const r = parseDate(text, { order: 'MDY', now: NOW });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  it('reads two-digit years by one rule: appointments 20YY, birth dates 19YY when 20YY is in the future', () => {
    const appt = parseDate('03/04/27', { order: 'MDY', now: NOW });
    expect(appt.ok && appt.date.year).toBe(2027);
    const dob = parseDate('03/04/57', { order: 'MDY', twoDigitYear: 'birth', now: NOW });
    expect(dob.ok && dob.date.year).toBe(1957);
    const young = parseDate('03/04/19', { order: 'MDY', twoDigitYear: 'birth', now: NOW });
    expect(young.ok && young.date.year).toBe(2019);
  });

  it('finds day/month order evidence only in values that settle it', () => {
    expect(orderEvidence('25/12/2026')).toBe('DMY');
    expect(orderEvidence('12/25/2026')).toBe('MDY');
    expect(orderEvidence('12/25/2026 9:00 AM')).toBe('MDY');
    expect(orderEvidence('03/04/2026')).toBeUndefined();
    expect(orderEvidence('2026-12-25')).toBeUndefined();
    expect(orderEvidence('03.04.2026')).toBe('DMY');
  });
});

describe('parseTime', () => {
  it.each([
    ['08:00:00', 8, 0, 0],
    ['8:05', 8, 5, 0],
    ['23:59:59', 23, 59, 59],
    ['9:00 AM', 9, 0, 0],
    ['9:00AM', 9, 0, 0],
    ['12:15 am', 0, 15, 0],
    ['12:30 PM', 12, 30, 0],
    ['3:30 p.m.', 15, 30, 0],
    ['7 pm', 19, 0, 0],
    ['14:30:15.250', 14, 30, 15],
  ])('%s → %i:%i:%i', (text, h, m, s) => {
    const r = parseTime(text);
    expect(r.ok && [r.time.hour, r.time.minute, r.time.second]).toEqual([h, m, s]);
  });

  it.each(['25:00', '24:00', '10:61', '25:61:00', '13:00 PM', '0:30 AM', '930', 'midnight', ''])(
    '%s is refused',
    (text) => {
      expect(parseTime(text).ok).toBe(false);
    },
  );
});

describe('parseDateTime', () => {
  it('reads Open Dental human-readable time-then-date with three spaces', () => {
    const r = parseDateTime('9:00 AM   1/15/2025', { order: 'MDY' });
    expect(r).toMatchObject({
      ok: true,
      kind: 'local',
      date: { year: 2025, month: 1, day: 15 },
      time: { hour: 9, minute: 0 },
    });
  });

  it.each([
    ['1/15/2025 9:00 AM', 2025, 1, 15, 9, 0],
    ['2026-12-14 08:00:00', 2026, 12, 14, 8, 0],
    ['2026-12-14T08:30:00', 2026, 12, 14, 8, 30],
    ['15.01.2026  14:30', 2026, 1, 15, 14, 30],
    ['3:30 PM 12/15/2026', 2026, 12, 15, 15, 30],
  ])('%s', (text, y, mo, d, h, mi) => {
    const r = parseDateTime(text, { order: 'MDY' });
    expect(r).toMatchObject({
      ok: true,
      kind: 'local',
      date: { year: y, month: mo, day: d },
      time: { hour: h, minute: mi },
    });
  });

  it('keeps UTC `Z` timestamps as instants and honours explicit offsets', () => {
    const z = parseDateTime('2026-12-18T16:00:00Z', { order: 'MDY' });
    expect(z.ok && z.kind === 'instant' && z.instant.toISOString()).toBe('2026-12-18T16:00:00.000Z');
    const off = parseDateTime('2026-12-18T08:00:00-08:00', { order: 'MDY' });
    expect(off.ok && off.kind === 'instant' && off.instant.toISOString()).toBe('2026-12-18T16:00:00.000Z');
    const ms = parseDateTime('2026-12-18T16:00:00.123+0530', { order: 'MDY' });
    expect(ms.ok && ms.kind === 'instant' && ms.instant.toISOString()).toBe('2026-12-18T10:30:00.123Z');
  });

  it('reads a date and time with a UTC offset after it as that instant (.NET DateTimeOffset)', () => {
    // 9:00 at UTC-5 is 14:00Z; 9:00 at UTC+1 is 08:00Z; 14:00 at +00:00 is 14:00Z, no offset kept.
    const us = parseDateTime('3/2/2027 9:00:00 AM -05:00', { order: 'MDY' });
    expect(us).toMatchObject({ ok: true, kind: 'instant', offset: '-05:00' });
    expect(us.ok && us.kind === 'instant' && us.instant.toISOString()).toBe('2027-03-02T14:00:00.000Z');
    const de = parseDateTime('02.03.2027 09:00:00 +01:00', { order: 'DMY' });
    expect(de.ok && de.kind === 'instant' && de.instant.toISOString()).toBe('2027-03-02T08:00:00.000Z');
    const utc = parseDateTime('3/2/2027 2:00:00 PM +00:00', { order: 'MDY' });
    expect(utc).toMatchObject({ ok: true, kind: 'instant' });
    expect(utc).not.toHaveProperty('offset');
    expect(utc.ok && utc.kind === 'instant' && utc.instant.toISOString()).toBe('2027-03-02T14:00:00.000Z');
  });

  it('treats a date-only value (or one with 00:00:00) as a date at midnight', () => {
    expect(parseDateTime('1979-06-02', { order: 'MDY' })).toMatchObject({
      ok: true,
      dateOnly: true,
      date: { year: 1979 },
    });
    expect(parseDateTime('1979-06-02 00:00:00', { order: 'MDY' })).toMatchObject({
      ok: true,
      date: { year: 1979, month: 6, day: 2 },
      time: { hour: 0, minute: 0 },
    });
  });

  it.each([
    '2026-02-30 10:00',
    '2026-12-14 25:00',
    '2026-12-14T10:00:00+25',
    '9:00 AM',
    'soon',
    '2026-02-30T10:00:00Z',
  ])('%s is refused', (text) => {
    expect(parseDateTime(text, { order: 'MDY' }).ok).toBe(false);
  });
});
