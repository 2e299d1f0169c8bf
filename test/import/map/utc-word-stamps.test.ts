// A year-first stamp ending in the word `UTC` (Ruby's Time#to_s, which every Rails app's CSV
// writes: `2027-03-11 17:00:00 UTC`; Go's time.String: `2027-03-11 17:00:00 +0000 UTC`) is the
// instant a `Z` would mark, converted as `Z` is, with the same check that a day's schedule marked
// UTC by mistake is held. It had been read as a written zone 'UTC', not the practice's: every such
// export held (found blind on 369-headway's session list written so).
//
// The wrong send this loosening could cause elsewhere: an export that writes the practice's own
// clock and labels it `UTC` by mistake. It is the `Z` case exactly, and caught as `Z` is: read as
// UTC, a day's schedule in the Americas or Asia lands at night in the practice's zone, and the
// file is held (the last test). Only the machine shape is loosened: `UTC` after a US-style or
// typed time (`3/11/2027 5:00 PM UTC`) stays a written zone and holds the file, as before.
//
// Expected instants worked out by hand: Los Angeles is UTC-8 until 2 AM on 14 March 2027 and
// UTC-7 after, so 17:00 UTC on 11 March is 9:00 AM there and 03:00 UTC on 16 March is 8:00 PM on
// the 15th.
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('utc-word');
const la = { timeZone: 'America/Los_Angeles' };
const iso = (raw: string): string | false => {
  const p = parseDateTime(raw, { order: 'MDY' });
  return p.ok && p.kind === 'instant' && p.instant.toISOString();
};

describe('parseDateTime: a year-first stamp ending in UTC', () => {
  it('is the instant, as with Z (Ruby, Go, with or without seconds, T or space)', () => {
    expect(iso('2027-03-11 17:00:00 UTC')).toBe('2027-03-11T17:00:00.000Z');
    expect(iso('2027-03-11T17:00 utc')).toBe('2027-03-11T17:00:00.000Z');
    expect(iso('2027-03-12 00:30:00 +0000 UTC')).toBe('2027-03-12T00:30:00.000Z');
    expect(parseDateTime('2027-03-11 17:00:00 UTC', { order: 'MDY' })).not.toHaveProperty('offset');
  });

  it('is not loosened beyond that shape: a typed time with UTC stays a written zone', () => {
    expect(parseDateTime('3/11/2027 5:00 PM UTC', { order: 'MDY' })).toMatchObject({
      ok: true,
      kind: 'local',
      zone: 'UTC',
    });
    // Go writes another zone's offset with its own name: never read as UTC.
    expect(iso('2027-03-11 09:00:00 -0800 UTC')).not.toBe('2027-03-11T09:00:00.000Z');
  });
});

describe('an export whose starts are written `YYYY-MM-DD HH:MM:SS UTC`', () => {
  const header = 'Session ID,Client First Name,Client Last Name,Date of Birth,Start Time,Status';

  it('converts them to the practice’s clock and sends without a question', async () => {
    const file = files.write([
      header,
      'hw_1,Priya,Raman,1993-05-11,2027-03-11 17:00:00 UTC,Scheduled',
      'hw_2,Jordan,Whitfield,2012-08-29,2027-03-12 00:30:00 UTC,Scheduled',
      'hw_3,Elena,Suarez,1967-12-19,2027-03-16 03:00:00 UTC,Scheduled',
    ]);
    const r = await collect(file, la);
    expect(r.summary.doubts).toEqual([]);
    // 9:00 AM and 4:30 PM on 11 March (UTC-8), 8:00 PM on 15 March (UTC-7).
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-11T17:00:00.000Z',
      '2027-03-12T00:30:00.000Z',
      '2027-03-16T03:00:00.000Z',
    ]);
  });

  it('holds a day’s schedule marked UTC that would start at night in the practice’s zone', async () => {
    // 09:00 to 14:00 as written is a day's schedule; read as UTC, 09:00 and 10:30 are 1:00 and
    // 2:30 AM in Los Angeles: the practice's own clock marked UTC by mistake, asked as with `Z`.
    const file = files.write([
      header,
      's1,Priya,Raman,1993-05-11,2027-03-11 09:00:00 UTC,Scheduled',
      's2,Marco,Bellini,1981-02-03,2027-03-11 10:30:00 UTC,Scheduled',
      's3,Elena,Suarez,1967-12-19,2027-03-11 14:00:00 UTC,Scheduled',
      's4,Jordan,Whitfield,2012-08-29,2027-03-12 16:00:00 UTC,Scheduled',
    ]);
    const r = await collect(file, la);
    expect(r.summary.doubts).toMatchObject([
      { kind: 'start-time', check: 'utc-night', column: 'Start Time' },
    ]);
  });
});
