// wallClockToUtc keeps each zone's offset per local hour (zoned-time.ts): this checks, minute by
// minute, that the cached answers are the exact ones on and around DST transitions, in the order a
// file meets them (an hour already cached, then a transition next to it, then the cached hour
// again). Expected values come from @js-temporal/polyfill: ZonedDateTime with disambiguation
// 'compatible' is exactly the rule zoned-time.ts documents (a time in a gap is moved forward by
// the gap's length, a time that happens twice is taken at its earlier occurrence).
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { wallClockToUtc } from '../../../main/import/map/zoned-time.ts';

function expected(zone: string, y: number, mo: number, d: number, h: number, mi: number): string {
  const zdt = Temporal.PlainDateTime.from({
    year: y,
    month: mo,
    day: d,
    hour: h,
    minute: mi,
  }).toZonedDateTime(zone, { disambiguation: 'compatible' });
  return new Date(zdt.epochMilliseconds).toISOString();
}

function actual(zone: string, y: number, mo: number, d: number, h: number, mi: number): string {
  return wallClockToUtc(
    { year: y, month: mo, day: d },
    { hour: h, minute: mi, second: 0, millisecond: 0 },
    zone,
  ).instant.toISOString();
}

/** Every `step` minutes from `fromDay` 00:00 to `toDay` 23:59 (local), in file order. */
function sweep(zone: string, y: number, mo: number, fromDay: number, toDay: number, step: number): string[] {
  const wrong: string[] = [];
  for (let d = fromDay; d <= toDay; d++)
    for (let m = 0; m < 24 * 60; m += step) {
      const [h, mi] = [Math.floor(m / 60), m % 60];
      const a = actual(zone, y, mo, d, h, mi);
      const e = expected(zone, y, mo, d, h, mi);
      if (a !== e) wrong.push(`${zone} ${y}-${mo}-${d} ${h}:${mi}: ${a}, expected ${e}`);
    }
  return wrong;
}

describe('zone offsets cached per hour stay exact at DST transitions', () => {
  it.each([
    // zone, year, month, first day, last day (the transition in between)
    ['America/New_York', 2026, 3, 7, 9], // spring forward 2026-03-08 02:00 → 03:00
    ['America/New_York', 2026, 10, 31, 31], // the day before fall back…
    ['America/New_York', 2026, 11, 1, 2], // …and fall back 2026-11-01 02:00 → 01:00
    ['Europe/London', 2026, 3, 28, 30], // 2026-03-29 01:00 GMT → 02:00 BST
    ['Europe/London', 2026, 10, 24, 26], // 2026-10-25 02:00 BST → 01:00 GMT
    ['Australia/Adelaide', 2026, 4, 4, 6], // +10:30 → +09:30 on 2026-04-05 03:00 → 02:00
    ['Australia/Adelaide', 2026, 10, 3, 5], // +09:30 → +10:30 on 2026-10-04 02:00 → 03:00
    ['Australia/Lord_Howe', 2026, 4, 4, 6], // a 30-minute DST: +11 → +10:30 at 02:00 → 01:30
    ['Australia/Lord_Howe', 2026, 10, 3, 5], // +10:30 → +11 at 02:00 → 02:30
    ['Asia/Kolkata', 2026, 3, 7, 8], // +05:30 all year
  ] as const)('%s %i-%i, days %i-%i, every 5 minutes', (zone, y, mo, from, to) => {
    expect(sweep(zone, y, mo, from, to, 5)).toEqual([]);
  });

  it('by hand: the edges themselves, asked after the hours around them are cached', () => {
    const z = 'America/New_York';
    actual(z, 2026, 3, 8, 1, 0); // 01:00 EST cached
    actual(z, 2026, 3, 8, 3, 0); // 03:00 EDT cached
    expect(actual(z, 2026, 3, 8, 1, 59)).toBe('2026-03-08T06:59:00.000Z'); // 01:59 EST (-5)
    expect(actual(z, 2026, 3, 8, 2, 0)).toBe('2026-03-08T07:00:00.000Z'); // gap: 03:00 EDT
    expect(actual(z, 2026, 3, 8, 2, 59)).toBe('2026-03-08T07:59:00.000Z'); // gap: 03:59 EDT
    expect(actual(z, 2026, 3, 8, 3, 0)).toBe('2026-03-08T07:00:00.000Z'); // 03:00 EDT (-4)
    expect(actual(z, 2026, 11, 1, 0, 59)).toBe('2026-11-01T04:59:00.000Z'); // 00:59 EDT (-4)
    expect(actual(z, 2026, 11, 1, 1, 30)).toBe('2026-11-01T05:30:00.000Z'); // twice: EDT one
    expect(actual(z, 2026, 11, 1, 2, 0)).toBe('2026-11-01T07:00:00.000Z'); // 02:00 EST (-5)
    const l = 'Europe/London';
    expect(actual(l, 2026, 3, 29, 0, 59)).toBe('2026-03-29T00:59:00.000Z'); // GMT
    expect(actual(l, 2026, 3, 29, 1, 30)).toBe('2026-03-29T01:30:00.000Z'); // gap: 02:30 BST
    expect(actual(l, 2026, 3, 29, 2, 0)).toBe('2026-03-29T01:00:00.000Z'); // 02:00 BST (+1)
    expect(actual(l, 2026, 10, 25, 1, 30)).toBe('2026-10-25T00:30:00.000Z'); // twice: BST one
    expect(actual(l, 2026, 10, 25, 2, 0)).toBe('2026-10-25T02:00:00.000Z'); // GMT
    const a = 'Australia/Adelaide';
    expect(actual(a, 2026, 1, 15, 9, 0)).toBe('2026-01-14T22:30:00.000Z'); // +10:30
    expect(actual(a, 2026, 7, 15, 9, 0)).toBe('2026-07-14T23:30:00.000Z'); // +09:30
  });
});
