import { describe, expect, it } from 'vitest';
import { snapshotRange, wholeDaysRange } from '../../main/engine/job/snapshot-range.ts';
import { isIgnoredName } from '../../main/engine/watch/ignored-names.ts';

describe('snapshot range', () => {
  it('covers the whole calendar days of the first and last appointment in the practice zone', () => {
    // 09:00 and 15:30 in New York on 2026-12-14 and 2026-12-15 (EST, UTC-5).
    const r = wholeDaysRange(
      { from: new Date('2026-12-14T14:00:00Z'), to: new Date('2026-12-15T20:30:00Z') },
      'America/New_York',
    );
    expect(r.from.toISOString()).toBe('2026-12-14T05:00:00.000Z');
    expect(r.to.toISOString()).toBe('2026-12-16T04:59:59.999Z');
  });

  it('uses the local day, not the UTC day, for evening appointments', () => {
    // 19:00 Los Angeles on 2026-12-14 is already 2026-12-15 in UTC.
    const r = wholeDaysRange(
      { from: new Date('2026-12-15T03:00:00Z'), to: new Date('2026-12-15T03:00:00Z') },
      'America/Los_Angeles',
    );
    expect(r.from.toISOString()).toBe('2026-12-14T08:00:00.000Z');
    expect(r.to.toISOString()).toBe('2026-12-15T07:59:59.999Z');
  });

  it('a day with a daylight-saving change is 23 hours long', () => {
    const r = wholeDaysRange(
      { from: new Date('2026-03-08T15:00:00Z'), to: new Date('2026-03-08T15:00:00Z') },
      'America/New_York',
    );
    expect(r.to.getTime() + 1 - r.from.getTime()).toBe(23 * 3_600_000);
  });
});

describe('inbox names', () => {
  it('never takes a saved mapping profile for an export', () => {
    expect(isIgnoredName('/inbox/appt-connector.profile.json')).toBe(true);
    expect(isIgnoredName('/inbox/appointments.csv')).toBe(false);
  });
});

describe('snapshot range of an export', () => {
  it('uses the range the export states: [first day 00:00, day after the last 00:00) becomes inclusive', () => {
    const r = snapshotRange(
      {
        range: { from: new Date('2027-03-02T14:00:00Z'), to: new Date('2027-03-02T15:00:00Z') },
        statedRange: { from: new Date('2027-03-01T05:00:00Z'), to: new Date('2027-03-06T05:00:00Z') },
      },
      'America/New_York',
    );
    expect(r!.from.toISOString()).toBe('2027-03-01T05:00:00.000Z');
    expect(r!.to.toISOString()).toBe('2027-03-06T04:59:59.999Z');
  });

  it("without a stated range: the whole days of the file's own dates; without appointments: none", () => {
    const r = snapshotRange(
      { range: { from: new Date('2026-12-14T14:00:00Z'), to: new Date('2026-12-14T20:30:00Z') } },
      'America/New_York',
    );
    expect([r!.from.toISOString(), r!.to.toISOString()]).toEqual([
      '2026-12-14T05:00:00.000Z',
      '2026-12-15T04:59:59.999Z',
    ]);
    expect(snapshotRange({}, 'America/New_York')).toBeUndefined();
  });
});
