// The practice's twelve-hour answer (MappingProfile.afterNoon, map/after-noon.ts): the hours its
// start column writes without AM/PM that are after noon. Applied to that column only and to a time
// without AM/PM only; an hour before the range, or 24-hour time beside a moved one, is asked again.
// Expected instants worked out by hand: New York is UTC-5 on 2 March 2027 (1:00 PM is 18:00Z).
import { describe, expect, it } from 'vitest';
import { afterNoonReader, answeredMorning } from '../../../main/import/map/after-noon.ts';
import { checkProfile, ProfileError } from '../../../main/import/map/profile.ts';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from '../trust/export-files.ts';

const files = exportFiles('after-noon');
const ny = { timeZone: 'America/New_York' };
const HEADERS = ['Appt ID', 'Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'];
const NAMES = ['Smith, John', 'Brown, Carl', 'White, Dana', 'Green, Eve', 'Black, Fay', 'Stone, Gil'];

/** One row per start on 2 March 2027. */
const list = (times: string[]): string =>
  files.write([
    HEADERS.join(','),
    ...times.map(
      (t, i) => `${7001 + i},03/02/2027,${t},"${NAMES[i % NAMES.length]}",04/05/19${50 + i},Dr Lee,Booked`,
    ),
  ]);

/** A confirmed profile whose answer is `afterNoon`. */
const answered = (afterNoon: { column: string; from: number; to: number }): string =>
  confirmedProfile(
    files,
    {
      appointmentId: 'Appt ID',
      date: 'Date',
      time: 'Time',
      patientName: 'Patient',
      dob: 'DOB',
      providerName: 'Provider',
      status: 'Status',
    },
    HEADERS,
    { afterNoon },
  );

const starts = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => a.start.toISOString());

describe('hours after noon, as the practice answered', () => {
  it('1 to 6: 1:00 and 4:15 go after noon; 12:30, 8:00 and 2:00 PM as written; nothing asked', async () => {
    const r = await collect(list(['12:30', '1:00', '4:15', '8:00', '2:00 PM']), {
      ...ny,
      profile: answered({ column: 'Time', from: 1, to: 6 }),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(starts(r)).toEqual([
      '2027-03-02T17:30:00.000Z',
      '2027-03-02T18:00:00.000Z',
      '2027-03-02T21:15:00.000Z',
      '2027-03-02T13:00:00.000Z',
      '2027-03-02T19:00:00.000Z',
    ]);
  });

  it('5 to 7 (an evening clinic): a later 4:30 is not covered and is asked again, with the hours to offer', async () => {
    const r = await collect(list(['4:30', '5:00', '6:15']), {
      ...ny,
      profile: answered({ column: 'Time', from: 5, to: 7 }),
    });
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Time', samples: ['4:30'], plainHours: { from: 4, to: 7 } },
    ]);
  });

  it('24-hour times are never moved: 13:00 and 17:30 as written; beside them a 1:15 the answer would move is asked', async () => {
    const profile = answered({ column: 'Time', from: 1, to: 6 });
    const day = await collect(list(['08:00', '13:00', '17:30']), { ...ny, profile });
    expect(day.summary.doubts).toEqual([]);
    expect(starts(day)).toEqual([
      '2027-03-02T13:00:00.000Z',
      '2027-03-02T18:00:00.000Z',
      '2027-03-02T22:30:00.000Z',
    ]);
    const mixed = await collect(list(['1:15', '14:00']), { ...ny, profile });
    expect(mixed.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Time', samples: ['1:15'] },
    ]);
  });

  it('an answer for another start column is not applied: 1:00 is asked as before', async () => {
    const r = await collect(list(['12:30', '1:00']), {
      ...ny,
      profile: answered({ column: 'Start', from: 1, to: 6 }),
    });
    expect(r.summary.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Time', plainHours: { from: 1, to: 1 } },
    ]);
  });

  it('a profile whose hours run backwards is refused with words', () => {
    const bad = { name: 'x', columns: {}, afterNoon: { column: 'Time', from: 6, to: 1 } };
    expect(() => checkProfile(bad, 'p.json')).toThrow(ProfileError);
    expect(() => checkProfile(bad, 'p.json')).toThrow(/'from' \(6\) must not be after 'to' \(1\)/);
    expect(() => checkProfile({ ...bad, afterNoon: { column: 'Time', from: 1, to: 12 } }, 'p.json')).toThrow(
      /afterNoon\.to/,
    );
  });
});

describe('where the morning begins after the hours answered', () => {
  const hour = (h: number) => ({ hour: h, minute: 30, second: 0, millisecond: 0 });
  it('1 to 3 answered on a file of 1:30 and 3:15 (night hour 3): the morning begins at 7', () => {
    expect(answeredMorning(3, { from: 1, to: 9, night: 3 })).toBe(7);
    const read = afterNoonReader({ column: 'Time', from: 1, to: 3, morning: 7 }, 'Time')!;
    // 2:30 after noon; 4:30 and 6:30 never shown: asked; 7:30 and 9:30 morning.
    expect([2, 4, 6, 7, 9].map((h) => read(hour(h))?.reading)).toEqual([
      'after-noon',
      'not-covered',
      'not-covered',
      'before-noon',
      'before-noon',
    ]);
  });
  it('1 to 4 answered on a file that showed 5:45 (left out of the range): 5:xx is the morning', () => {
    expect(answeredMorning(4, { from: 1, to: 9, night: 5 })).toBe(5);
  });
  it('to 8 answered (a sleep lab): the morning begins at 9', () => {
    expect(answeredMorning(8, { from: 1, to: 8, night: 3 })).toBe(9);
  });
  it('an answer kept before the morning was remembered: every hour after the range is before noon', () => {
    const read = afterNoonReader({ column: 'Time', from: 1, to: 3 }, 'Time')!;
    expect(read(hour(4))?.reading).toBe('before-noon');
  });
});
