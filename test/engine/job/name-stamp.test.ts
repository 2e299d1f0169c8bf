// The run time in an export's name (main/engine/job/name-stamp.ts). Instants worked out by hand:
// Chicago is UTC-6 in December (CST) and UTC-5 in July (CDT).
import { nameStamp, namedAfter, namedLastAfter } from '../../../main/engine/job/name-stamp.ts';
import type { ExportRead } from '../../../main/engine/exports-read.ts';

const ZONE = 'America/Chicago';
const ARRIVED = Date.parse('2026-12-06T10:00:00Z');
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const at = (file: string, arrived = ARRIVED) => iso(nameStamp(file, ZONE, arrived)?.at);
const read = (file: string, arrivedMs = ARRIVED - 60_000): ExportRead => ({
  file,
  modifiedMs: arrivedMs,
  arrivedMs,
});

describe('the run time in a file name', () => {
  it('reads year-first dates with a time of day, with or without separators, in the practice zone', () => {
    expect(at('appts_20261201_0900.csv')).toBe('2026-12-01T15:00:00.000Z');
    expect(at('Schedule 2026-12-01 09-00.csv')).toBe('2026-12-01T15:00:00.000Z');
    expect(at('export-20261201T090015.csv')).toBe('2026-12-01T15:00:15.000Z');
    expect(at('Appointments_2026.12.01_17.45.csv')).toBe('2026-12-01T23:45:00.000Z');
    expect(at('appts_202612010900.csv')).toBe('2026-12-01T15:00:00.000Z');
    // Daylight saving time: 09:00 CDT is 14:00 UTC.
    expect(at('appts_20260701_0900.csv', Date.parse('2026-07-02T00:00:00Z'))).toBe(
      '2026-07-01T14:00:00.000Z',
    );
  });

  it('the name less its stamp is its pattern; the stamp is kept as written', () => {
    expect(nameStamp('APPTS_20261201_0900.CSV', ZONE, ARRIVED)).toMatchObject({
      pattern: 'appts_#.csv',
      text: '20261201_0900',
    });
    expect(nameStamp('Schedule 2026-12-01 09-00 (3).csv', ZONE, ARRIVED)?.pattern).toBe('schedule #.csv');
    expect(nameStamp('/in/processing/Schedule 2026-12-01 09-00.csv', ZONE, ARRIVED)?.pattern).toBe(
      'schedule #.csv',
    );
  });

  it('states nothing for a date alone, two stamps, an impossible date, or a time more than a day after arrival', () => {
    expect(at('appts_20261201.csv')).toBeUndefined();
    expect(at('appts_20261201_0900-20261202_0900.csv')).toBeUndefined();
    expect(at('appts_20260231_0900.csv')).toBeUndefined();
    expect(at('appts_12-01-2026.csv')).toBeUndefined();
    expect(at('Schedule Dec 1 2026.csv')).toBeUndefined();
    // An hour with no minutes and no am/pm is no time of day (a copy's number, a version).
    expect(at('appts_20261201_2.csv')).toBeUndefined();
    expect(at('appts_20261201_13pm.csv')).toBeUndefined();
    expect(at('appts_120261201_0900.csv')).toBeUndefined();
    expect(at('appts_20261208_0900.csv')).toBeUndefined();
    // Within the day after arrival: a report machine's zone may run ahead of the practice's.
    expect(at('appts_20261206_1800.csv')).toBe('2026-12-07T00:00:00.000Z');
  });

  it('states nothing for a time window named after the file was written (over three hours after, in the zone and as UTC alike)', () => {
    // Written 1 Dec 07:55 in Berlin (CET, UTC+1: 06:55Z), arrived 07:00Z. `_1300` read in Berlin is
    // 12:00Z, as UTC 13:00Z: both more than three hours after the writing, so no run: the afternoon
    // it lists.
    const written = Date.parse('2026-12-01T06:55:00Z');
    const arrived = Date.parse('2026-12-01T07:00:00Z');
    expect(nameStamp('appts_20261201_1300.csv', 'Europe/Berlin', arrived, written)).toBeUndefined();
    // Written after its stamp, or within three hours (a report server a zone or two ahead): a run.
    expect(nameStamp('appts_20261201_0800.csv', 'Europe/Berlin', arrived, written)?.at).toBe(
      Date.parse('2026-12-01T07:00:00Z'),
    );
    expect(nameStamp('appts_20261201_0700.csv', 'Europe/Berlin', arrived, written)?.at).toBe(
      Date.parse('2026-12-01T06:00:00Z'),
    );
    expect(nameStamp('appts_20261201_1000.csv', 'Europe/Berlin', arrived, written)?.at).toBe(
      Date.parse('2026-12-01T09:00:00Z'),
    );
    // Chicago (CST, UTC-6), written 07:55 (13:55Z): `_1300` is 19:00Z in Chicago, but 13:00Z as
    // UTC is before the writing: a run time written in UTC may be meant, so the stamp stays.
    const chicagoWritten = Date.parse('2026-12-01T13:55:00Z');
    expect(iso(nameStamp('appts_20261201_1300.csv', ZONE, chicagoWritten + 60_000, chicagoWritten)?.at)).toBe(
      '2026-12-01T19:00:00.000Z',
    );
    // `_1800` in Chicago: 00:00Z the next day, and 18:00Z as UTC, both over three hours after
    // 13:55Z: no run. (`_1600`: 16:00Z as UTC is 2 h 05 after the writing: kept.)
    expect(
      nameStamp('appts_20261201_1800.csv', ZONE, chicagoWritten + 60_000, chicagoWritten),
    ).toBeUndefined();
    expect(iso(nameStamp('appts_20261201_1600.csv', ZONE, chicagoWritten + 60_000, chicagoWritten)?.at)).toBe(
      '2026-12-01T22:00:00.000Z',
    );
  });
});

describe('dates with the year last or a month name, 12-hour times', () => {
  const readings = (file: string) => {
    const r = nameStamp(file, ZONE, ARRIVED)?.readings;
    return r && { monthFirst: iso(r.monthFirst), dayFirst: iso(r.dayFirst) };
  };
  it('a numeric date with the year last reads month-first and day-first, where each is a date', () => {
    // 12-01: 1 December or 12 January; 11-30: 30 November only; 30.11: 30 November only.
    expect(readings('appts_12-01-2026 0900.csv')).toEqual({
      monthFirst: '2026-12-01T15:00:00.000Z',
      dayFirst: '2026-01-12T15:00:00.000Z',
    });
    expect(readings('Schedule 11-30-2026 1700.csv')).toEqual({
      monthFirst: '2026-11-30T23:00:00.000Z',
      dayFirst: undefined,
    });
    expect(readings('Termine_30.11.2026_17.00.csv')).toEqual({
      monthFirst: undefined,
      dayFirst: '2026-11-30T23:00:00.000Z',
    });
    expect(at('appts_01122026_0900.csv')).toBe('2026-01-12T15:00:00.000Z');
  });
  it('a month name before or after the day; am/pm after the time', () => {
    expect(at('Schedule Dec 1 2026 8am.csv')).toBe('2026-12-01T14:00:00.000Z');
    expect(at('Schedule December 1st, 2026 8-30 PM.csv')).toBe('2026-12-02T02:30:00.000Z');
    expect(at('appts 01-Dec-2026 0800.csv')).toBe('2026-12-01T14:00:00.000Z');
    expect(at('appts_2026-12-01_12-00-AM.csv')).toBe('2026-12-01T06:00:00.000Z');
    expect(at('appts_2026-12-01_12-15-PM.csv')).toBe('2026-12-01T18:15:00.000Z');
    expect(nameStamp('appts_2026-12-01_08-00-PM.csv', ZONE, ARRIVED)?.pattern).toBe('appts_#.csv');
  });
  it('later only when later in every reading both dates have', () => {
    const mine = (f: string) => nameStamp(f, ZONE, ARRIVED);
    expect(namedAfter(read('appts_12-01-2026 0900.csv'), mine('appts_12-01-2026 0800.csv'), ZONE)).toBe(true);
    // 11-30 is month-first only: 12-01 beside it is 1 December.
    expect(namedAfter(read('appts_12-01-2026 0900.csv'), mine('appts_11-30-2026 1700.csv'), ZONE)).toBe(true);
    expect(namedAfter(read('appts_11-30-2026 1700.csv'), mine('appts_12-01-2026 0900.csv'), ZONE)).toBe(
      false,
    );
    // 01-12 beside 12-01: later month-first, earlier day-first.
    expect(namedAfter(read('appts_01-12-2026 0800.csv'), mine('appts_12-01-2026 0900.csv'), ZONE)).toBe(
      false,
    );
    expect(namedAfter(read('appts_12-01-2026 0900.csv'), mine('appts_01-12-2026 0800.csv'), ZONE)).toBe(
      false,
    );
    expect(
      namedAfter(read('appts_2026-12-01_08-00-PM.csv'), mine('appts_2026-12-01_09-00-AM.csv'), ZONE),
    ).toBe(true);
    expect(
      namedAfter(read('appts_2026-12-01_09-00-AM.csv'), mine('appts_2026-12-01_08-00-PM.csv'), ZONE),
    ).toBe(false);
    expect(namedAfter(read('Schedule Dec 1 2026 9am.csv'), mine('Schedule Dec 1 2026 8am.csv'), ZONE)).toBe(
      true,
    );
  });
  it("a Mac's and Linux file managers' copy marks are no part of the pattern", () => {
    const mine = nameStamp('appts_20261201_0800.csv', ZONE, ARRIVED);
    for (const copy of [
      'appts_20261201_0900 copy.csv',
      'appts_20261201_0900 copy 2.csv',
      'appts_20261201_0900 (copy).csv',
      'appts_20261201_0900 (another copy).csv',
      'appts_20261201_0900 (3rd copy).csv',
    ])
      expect(namedAfter(read(copy), mine, ZONE)).toBe(true);
    expect(namedAfter(read('appts_20261201_0900 copyedit.csv'), mine, ZONE)).toBe(false);
  });
});

describe('an export named for a later run', () => {
  const mine = nameStamp('appts_20261201_0800.csv', ZONE, ARRIVED);
  it('only of the same pattern, and more than a minute later', () => {
    expect(namedAfter(read('appts_20261201_0900.csv'), mine, ZONE)).toBe(true);
    expect(namedAfter(read('appts_20261201_0801.csv'), mine, ZONE)).toBe(false);
    expect(namedAfter(read('appts_20261201_0700.csv'), mine, ZONE)).toBe(false);
    expect(namedAfter(read('Schedule_20261201_0900.csv'), mine, ZONE)).toBe(false);
    // A copy's marks are no part of the pattern: a copy ran when its original did.
    expect(namedAfter(read('appts_20261201_0900 - Copy.csv'), mine, ZONE)).toBe(true);
    expect(namedAfter(read('appts_20261201_0900 (1).csv'), mine, ZONE)).toBe(true);
    expect(namedAfter(read('Copy of appts_20261201_0900.csv'), mine, ZONE)).toBe(true);
    expect(namedAfter(read('appts_20261201_0900 - Copy (2).csv'), mine, ZONE)).toBe(true);
    expect(namedAfter(read('appts_20261201_0900_2.csv'), mine, ZONE)).toBe(false);
    expect(namedAfter(read('appts_20261201_0900.csv'), undefined, ZONE)).toBe(false);
  });

  it('the one named last of those that arrived before', () => {
    const list = [
      read('appts_20261201_0900.csv'),
      read('appts_20261201_1000.csv'),
      read('other_20261202_0900.csv'),
    ];
    expect(namedLastAfter(list, mine, ZONE)?.file).toBe('appts_20261201_1000.csv');
    expect(namedLastAfter(list, nameStamp('appts_20261201_1000.csv', ZONE, ARRIVED), ZONE)).toBeUndefined();
    expect(namedLastAfter(list, undefined, ZONE)).toBeUndefined();
  });
});

describe('the night the clocks go back or forward (Chicago, 2026)', () => {
  const NOV2 = Date.parse('2026-11-02T12:00:00Z');
  // 1 November: 01:00–02:00 happens twice, 06:00–07:00 UTC (CDT) and 07:00–08:00 UTC (CST).
  const nov = (file: string) => read(file, NOV2 - 60_000);

  it('a time in the repeated hour is its first pass, and may be up to an hour later', () => {
    const s = nameStamp('appts_20261101_0130.csv', ZONE, NOV2)!;
    expect(iso(s.at)).toBe('2026-11-01T06:30:00.000Z');
    expect(iso(s.latest.monthFirst)).toBe('2026-11-01T07:30:00.000Z');
    // Outside it: one instant.
    const t = nameStamp('appts_20261101_0300.csv', ZONE, NOV2)!;
    expect(t.latest.monthFirst).toBe(t.at);
  });

  it('01:15 is never named before 01:30 that night (the second pass may be the later run); 00:50 and 03:00 are', () => {
    const n0130 = nameStamp('appts_20261101_0130.csv', ZONE, NOV2);
    const n0115 = nameStamp('appts_20261101_0115.csv', ZONE, NOV2);
    expect(namedAfter(nov('appts_20261101_0130.csv'), n0115, ZONE)).toBe(false);
    expect(namedAfter(nov('appts_20261101_0115.csv'), n0130, ZONE)).toBe(false);
    // 00:50 CDT (05:50 UTC) is before either pass of 01:30; 03:00 CST (09:00 UTC) after both.
    expect(
      namedAfter(nov('appts_20261101_0130.csv'), nameStamp('appts_20261101_0050.csv', ZONE, NOV2), ZONE),
    ).toBe(true);
    expect(namedAfter(nov('appts_20261101_0300.csv'), n0130, ZONE)).toBe(true);
  });

  it('a time the clock skipped (02:30 on 8 March) is no run on the practice clock', () => {
    expect(nameStamp('appts_20260308_0230.csv', ZONE, Date.parse('2026-03-09T00:00:00Z'))).toBeUndefined();
    expect(nameStamp('appts_20260308_0330.csv', ZONE, Date.parse('2026-03-09T00:00:00Z'))).toBeDefined();
  });
});
