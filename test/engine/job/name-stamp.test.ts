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

  it('states nothing for a date alone, two stamps, an impossible date, a day-first date, or a time more than a day after arrival', () => {
    expect(at('appts_20261201.csv')).toBeUndefined();
    expect(at('appts_20261201_0900-20261202_0900.csv')).toBeUndefined();
    expect(at('appts_20260231_0900.csv')).toBeUndefined();
    expect(at('appts_01122026_0900.csv')).toBeUndefined();
    expect(at('appts_120261201_0900.csv')).toBeUndefined();
    expect(at('appts_20261208_0900.csv')).toBeUndefined();
    // Within the day after arrival: a report machine's zone may run ahead of the practice's.
    expect(at('appts_20261206_1800.csv')).toBe('2026-12-07T00:00:00.000Z');
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
