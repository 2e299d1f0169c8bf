// stampedDateDay: which day a date column's zoned timestamp gives a start whose time comes from a
// time column. Worked by hand: Berlin keeps CET (UTC+1) on 22 March 2027, Los Angeles PDT (UTC-7).
import { describe, expect, it } from 'vitest';
import { stampedDateDay } from '../../../main/import/map/stamped-date-day.ts';

const t = (hour: number, minute = 0) => ({ hour, minute, second: 0, millisecond: 0 });
const at = (iso: string) => new Date(iso);

describe('stampedDateDay', () => {
  it('a local midnight written in UTC is that local day (Berlin 22 March 00:00 = 21 March 23:00Z)', () => {
    expect(stampedDateDay(at('2027-03-21T23:00:00Z'), undefined, t(9), 'Europe/Berlin')).toEqual({
      kind: 'day',
      date: { year: 2027, month: 3, day: 22 },
    });
  });
  it('a moment at another hour on the same day written and local is that day', () => {
    // 14:22 PDT written with its offset: 22 March both ways
    expect(stampedDateDay(at('2027-03-22T21:22:00Z'), '-07:00', t(9), 'America/Los_Angeles')).toEqual({
      kind: 'day',
      date: { year: 2027, month: 3, day: 22 },
    });
  });
  it('a moment whose written day is not the local day is unsure (02:40Z on the 23rd is 19:40 on the 22nd)', () => {
    expect(stampedDateDay(at('2027-03-23T02:40:00Z'), undefined, t(10), 'America/Los_Angeles')).toEqual({
      kind: 'unsure',
      written: { year: 2027, month: 3, day: 23 },
      local: { year: 2027, month: 3, day: 22 },
    });
  });
  it('the time column repeating the local clock or the written clock leaves the timestamp the start', () => {
    // 16:00Z is 9:00 PDT
    expect(stampedDateDay(at('2027-03-22T16:00:00Z'), undefined, t(9), 'America/Los_Angeles')).toEqual({
      kind: 'start',
    });
    expect(stampedDateDay(at('2027-03-22T16:00:00Z'), undefined, t(16), 'America/Los_Angeles')).toEqual({
      kind: 'start',
    });
    // 09:00-05:00 is 14:00Z, 7:00 PDT: the written clock 9:00
    expect(stampedDateDay(at('2027-03-22T14:00:00Z'), '-05:00', t(9), 'America/Los_Angeles')).toEqual({
      kind: 'start',
    });
  });
});

describe('stampedDateDay: another day in UTC (round 62r3)', () => {
  it("UTC's midnight printed on the practice's clock is unsure (22 March 00:00Z = 21 March 17:00-07:00)", () => {
    expect(stampedDateDay(at('2027-03-22T00:00:00Z'), '-07:00', t(9), 'America/Los_Angeles')).toEqual({
      kind: 'unsure',
      written: { year: 2027, month: 3, day: 22 },
      local: { year: 2027, month: 3, day: 21 },
    });
  });
  it('23:00 on the practice’s clock, the next day in UTC, is unsure', () => {
    expect(stampedDateDay(at('2027-03-22T06:00:00Z'), '-07:00', t(9), 'America/Los_Angeles').kind).toBe(
      'unsure',
    );
  });
  it('east of UTC, UTC’s midnight on the practice’s clock is that day (Tokyo 09:00+09:00)', () => {
    expect(stampedDateDay(at('2027-03-22T00:00:00Z'), '+09:00', t(10), 'Asia/Tokyo')).toEqual({
      kind: 'day',
      date: { year: 2027, month: 3, day: 22 },
    });
  });
});

describe('stampedDateDay: a time column repeating a printed UTC midnight (round 62r3)', () => {
  it('17:00-07:00 with a 5 PM time is unsure, not the start', () => {
    expect(stampedDateDay(at('2027-03-22T00:00:00Z'), '-07:00', t(17), 'America/Los_Angeles').kind).toBe(
      'unsure',
    );
  });
});
