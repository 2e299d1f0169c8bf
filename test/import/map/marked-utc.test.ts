// The practice's answer that its start column writes its own clock marked as UTC by mistake
// (MappingProfile.markedUtc, map/marked-utc.ts): the `Z`, zero offset or UTC header of that
// column is set aside and the clock read as written in the practice's zone. Applied to the column
// answered for only; an offset of another hour is its own clock. Expected instants worked out by
// hand: New York is UTC-5 on 12 January 2027 (10:00 there is 15:00Z).
import { describe, expect, it } from 'vitest';
import { checkProfile, ProfileError } from '../../../main/import/map/profile.ts';
import { clockAsWritten } from '../../../main/import/map/marked-utc.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { startList, startProfile } from '../trust/start-lists.ts';

const files = exportFiles('marked-utc');
const ny = { timeZone: 'America/New_York' };
const list = startList(files, 58231);
const profile = startProfile(files);

const starts = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => a.start.toISOString());

const DAY = [
  '2027-01-12T10:00:00.000Z',
  '2027-01-12T10:30:00Z',
  '2027-01-12T13:15:00+00:00',
  '2027-01-12T15:45:00.000Z',
];

describe('times marked UTC answered as the practice’s own clock', () => {
  it('unanswered: held with the question, which names both answers', async () => {
    const { file, headers } = list(DAY);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start') });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', column: 'start' }]);
    expect(r.summary.doubts[0]!.question).toContain('--marked-utc local');
    expect(r.summary.doubts[0]!.question).toContain('--marked-utc utc');
  });

  it('answered: `Z` and `+00:00` read as written in New York, nothing asked', async () => {
    const { file, headers } = list(DAY);
    const r = await collect(file, {
      ...ny,
      profile: profile(headers, 'start', { markedUtc: { column: 'start' } }),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(starts(r)).toEqual([
      '2027-01-12T15:00:00.000Z',
      '2027-01-12T15:30:00.000Z',
      '2027-01-12T18:15:00.000Z',
      '2027-01-12T20:45:00.000Z',
    ]);
  });

  it('an offset of another hour is its own clock, not a mark: 10:00-05:00 stays 15:00Z, 16:00+01:00 15:00Z', async () => {
    const { file, headers } = list([
      '2027-01-12T10:00:00-05:00',
      '2027-01-12T16:00:00+01:00',
      '2027-01-12T11:00:00Z',
    ]);
    const r = await collect(file, {
      ...ny,
      profile: profile(headers, 'start', { markedUtc: { column: 'start' } }),
    });
    expect(starts(r)).toEqual([
      '2027-01-12T15:00:00.000Z',
      '2027-01-12T15:00:00.000Z',
      '2027-01-12T16:00:00.000Z',
    ]);
  });

  it('a UTC header on the column answered for is set aside as a `Z` is: `Start (UTC)` 10:00 is 10:00 in New York', async () => {
    const { file, headers } = list(
      ['2027-01-12 10:00', '2027-01-12 10:30', '2027-01-12 15:45'],
      'Start (UTC)',
    );
    const asked = await collect(file, { ...ny, profile: profile(headers, 'Start (UTC)') });
    expect(asked.summary.doubts).toMatchObject([{ check: 'utc-night', column: 'Start (UTC)' }]);
    const r = await collect(file, {
      ...ny,
      profile: profile(headers, 'Start (UTC)', { markedUtc: { column: 'Start (UTC)' } }),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(starts(r)).toEqual([
      '2027-01-12T15:00:00.000Z',
      '2027-01-12T15:30:00.000Z',
      '2027-01-12T20:45:00.000Z',
    ]);
  });

  it('an answer for another column changes nothing: the file is read as UTC and still asks', async () => {
    const { file, headers } = list(DAY, 'appt_start');
    const r = await collect(file, {
      ...ny,
      profile: profile(headers, 'appt_start', { markedUtc: { column: 'start' } }),
    });
    expect(r.summary.doubts).toMatchObject([{ check: 'utc-night', column: 'appt_start' }]);
    expect(starts(r)[0]).toBe('2027-01-12T10:00:00.000Z');
  });

  it('a midnight written with `Z` is midnight at the practice, held as any midnight start', async () => {
    const { file, headers } = list(['2027-01-12T00:00:00Z', '2027-01-12T00:00:00Z', '2027-01-13T00:00:00Z']);
    const r = await collect(file, {
      ...ny,
      profile: profile(headers, 'start', { markedUtc: { column: 'start' } }),
    });
    expect(r.summary.doubts).toMatchObject([{ check: 'midnight', column: 'start' }]);
  });

  it('clockAsWritten: the written date and clock of a zero-offset instant, with no zone', () => {
    const p = clockAsWritten({ ok: true, kind: 'instant', instant: new Date('2027-11-07T01:30:00.250Z') });
    expect(p).toEqual({
      ok: true,
      kind: 'local',
      date: { year: 2027, month: 11, day: 7 },
      time: { hour: 1, minute: 30, second: 0, millisecond: 250 },
      dateOnly: false,
    });
    const other = { ok: true as const, kind: 'instant' as const, instant: new Date(0), offset: '-05:00' };
    expect(clockAsWritten(other)).toBe(other);
  });

  it('the profile keeps it only with a column', () => {
    expect(() => checkProfile({ name: 'p', columns: {}, markedUtc: {} } as never, 'p.json')).toThrow(
      ProfileError,
    );
    expect(
      checkProfile({ name: 'p', columns: {}, markedUtc: { column: 'start' } }, 'p.json').markedUtc,
    ).toEqual({
      column: 'start',
    });
  });
});
