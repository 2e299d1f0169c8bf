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

  it('a stated range written during its first day starts at its first row or when it was written, whichever is earlier', () => {
    // New York, EST: 2027-03-01 00:00 = 05:00Z. Written at 8:45 (13:45Z), first row at 9:00 (14:00Z).
    const summary = {
      range: { from: new Date('2027-03-01T14:00:00Z'), to: new Date('2027-03-01T20:00:00Z') },
      statedRange: { from: new Date('2027-03-01T05:00:00Z'), to: new Date('2027-03-02T05:00:00Z') },
    };
    const at = (written: string) =>
      snapshotRange(summary, 'America/New_York', Date.parse(written))!.from.toISOString();
    expect(at('2027-03-01T13:45:00Z')).toBe('2027-03-01T13:45:00.000Z');
    // Written at 11:15, after its first row: from the first row.
    expect(at('2027-03-01T16:15:00Z')).toBe('2027-03-01T14:00:00.000Z');
    // Written the evening before: the whole stated day.
    expect(at('2027-03-01T01:00:00Z')).toBe('2027-03-01T05:00:00.000Z');
    expect(
      snapshotRange(summary, 'America/New_York', Date.parse('2027-03-01T13:45:00Z'))!.to.toISOString(),
    ).toBe('2027-03-02T04:59:59.999Z');
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
