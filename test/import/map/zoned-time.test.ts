import { describe, expect, it } from 'vitest';
import { isValidTimeZone, wallClockToUtc, zoneOffsetMs } from '../../../main/import/map/zoned-time.ts';

const at = (y: number, mo: number, d: number, h: number, mi = 0) =>
  [
    { year: y, month: mo, day: d },
    { hour: h, minute: mi, second: 0, millisecond: 0 },
  ] as const;

describe('wall clock in the practice zone → UTC (Intl only)', () => {
  it.each([
    ['America/New_York', at(2026, 12, 14, 8), '2026-12-14T13:00:00.000Z'],
    ['America/New_York', at(2026, 7, 1, 8), '2026-07-01T12:00:00.000Z'],
    ['America/Los_Angeles', at(2026, 12, 14, 8), '2026-12-14T16:00:00.000Z'],
    ['Europe/Berlin', at(2026, 12, 3, 8, 30), '2026-12-03T07:30:00.000Z'],
    ['Asia/Kolkata', at(2026, 1, 1, 0), '2025-12-31T18:30:00.000Z'],
    ['UTC', at(2026, 6, 1, 12), '2026-06-01T12:00:00.000Z'],
    ['Australia/Sydney', at(2026, 12, 1, 9), '2026-11-30T22:00:00.000Z'],
  ])('%s', (zone, [date, time], iso) => {
    const r = wallClockToUtc(date, time, zone);
    expect(r.instant.toISOString()).toBe(iso);
    expect(r.adjusted).toBeUndefined();
  });

  it('DST gap: 2026-03-08 02:30 in New York does not exist and is shifted forward by the gap (03:30 EDT)', () => {
    const [date, time] = at(2026, 3, 8, 2, 30);
    const r = wallClockToUtc(date, time, 'America/New_York');
    expect(r.adjusted).toBe('gap');
    expect(r.instant.toISOString()).toBe('2026-03-08T07:30:00.000Z'); // = 03:30 EDT (-4)
    // Deterministic: the same answer every time.
    expect(wallClockToUtc(date, time, 'America/New_York').instant.getTime()).toBe(r.instant.getTime());
  });

  it('DST gap in Europe: 2026-03-29 02:15 Berlin → 03:15 CEST', () => {
    const [date, time] = at(2026, 3, 29, 2, 15);
    const r = wallClockToUtc(date, time, 'Europe/Berlin');
    expect(r).toMatchObject({ adjusted: 'gap' });
    expect(r.instant.toISOString()).toBe('2026-03-29T01:15:00.000Z');
  });

  it('DST overlap: 2026-11-01 01:30 in New York happens twice; the earlier (EDT) one is taken', () => {
    const [date, time] = at(2026, 11, 1, 1, 30);
    const r = wallClockToUtc(date, time, 'America/New_York');
    expect(r.adjusted).toBe('overlap');
    expect(r.instant.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT (-4), not 06:30Z
  });

  it('the hours around a transition are exact', () => {
    expect(wallClockToUtc(...at(2026, 3, 8, 1, 59), 'America/New_York').instant.toISOString()).toBe(
      '2026-03-08T06:59:00.000Z',
    );
    expect(wallClockToUtc(...at(2026, 3, 8, 3, 0), 'America/New_York').instant.toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    expect(wallClockToUtc(...at(2026, 11, 1, 2, 0), 'America/New_York').instant.toISOString()).toBe(
      '2026-11-01T07:00:00.000Z',
    );
  });

  it('reads zone offsets from Intl', () => {
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 0, 15))).toBe(-5 * 3600_000);
    expect(zoneOffsetMs('America/New_York', Date.UTC(2026, 6, 15))).toBe(-4 * 3600_000);
    expect(zoneOffsetMs('Asia/Kathmandu', Date.UTC(2026, 6, 15))).toBe(5.75 * 3600_000);
  });

  it('knows which zone names exist', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
