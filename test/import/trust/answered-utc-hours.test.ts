// The marked-UTC answer remembers the mark and the hours of the file it was given on
// (MappingProfile.markedUtc marks/from/to, trust/answered-utc.ts), so a New York day clinic whose
// later export writes true UTC with no start at night is asked again instead of going 4 or 5 hours
// late. Expected values worked out by hand: New York is UTC-5 in January and UTC-4 from 14 March
// 2027 (the second Sunday of March); 13:00Z on 12 January is 8:00 there, 20:00Z on 15 March 16:00.
import { describe, expect, it } from 'vitest';
import { keptClock } from '../../../main/import/trust/answered-utc.ts';
import { utcMarkOf } from '../../../main/import/map/utc-mark.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { startList, startProfile } from './start-lists.ts';

const files = exportFiles('answered-utc-hours');
const ny = { timeZone: 'America/New_York' };
const list = startList(files, 71400);
const profile = startProfile(files);

/** What a `local` answer on the 08:00Z to 17:00Z file below keeps (8:00 is 480, 17:00 1020). */
const KEPT = { column: 'start', marks: ['Z'], from: 480, to: 1020 };
const ANSWERED_DAY = [
  '2027-01-12T08:00:00Z',
  '2027-01-12T10:30:00Z',
  '2027-01-12T14:15:00Z',
  '2027-01-12T17:00:00Z',
];

const isoStarts = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => a.start.toISOString());
const utcNight = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts.filter((d) => d.check === 'utc-night');

describe('a marked-UTC answer remembers its mark and hours', () => {
  it('the first question carries the marks and the hours as written, what an answer keeps', async () => {
    const { file, headers } = list(ANSWERED_DAY);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start') });
    expect(utcNight(r)).toHaveLength(1);
    expect(utcNight(r)[0]!.writtenClock).toEqual({ marks: ['Z'], from: 480, to: 1020 });
  });

  it('a later file of true UTC, 13:00Z to 21:00Z (8:00 to 16:00 in New York), no start at night: held again', async () => {
    const { file, headers } = list(['2027-01-19T13:00:00Z', '2027-01-19T15:30:00Z', '2027-01-19T21:00:00Z']);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start', { markedUtc: KEPT }) });
    expect(utcNight(r)).toHaveLength(1);
    expect(utcNight(r)[0]!.message).toContain('08:00 to 17:00');
    expect(utcNight(r)[0]!.samples).toEqual(['2027-01-19T21:00:00Z']);
  });

  it('the same across the March clock change: 12:00Z to 20:00Z on 15 March is 8:00 to 16:00 EDT, held', async () => {
    const { file, headers } = list(['2027-03-15T12:00:00Z', '2027-03-15T16:00:00Z', '2027-03-15T20:00:00Z']);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start', { markedUtc: KEPT }) });
    expect(utcNight(r)).toHaveLength(1);
  });

  it('an answer kept before the hours were remembered is checked for night only (13:00Z to 21:00Z goes as written)', async () => {
    const { file, headers } = list(['2027-01-19T13:00:00Z', '2027-01-19T21:00:00Z']);
    const r = await collect(file, {
      ...ny,
      profile: profile(headers, 'start', { markedUtc: { column: 'start' } }),
    });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-01-19T18:00:00.000Z', '2027-01-20T02:00:00.000Z']);
  });

  it('the same hours again go as the practice’s clock: 08:30Z is 8:30 in New York', async () => {
    const { file, headers } = list(['2027-01-19T08:30:00Z', '2027-01-19T16:45:00Z']);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start', { markedUtc: KEPT }) });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-01-19T13:30:00.000Z', '2027-01-19T21:45:00.000Z']);
  });

  it('an evening slot added to the same day goes: 19:00Z beside 08:00Z (whose UTC, 3:00 AM, is no day)', async () => {
    const { file, headers } = list(['2027-01-19T08:00:00Z', '2027-01-19T12:00:00Z', '2027-01-19T19:00:00Z']);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start', { markedUtc: KEPT }) });
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)[2]).toBe('2027-01-20T00:00:00.000Z');
  });

  it('an afternoon-only file within the answered hours goes (13:00Z to 17:00Z)', async () => {
    const { file, headers } = list(['2027-01-19T13:00:00Z', '2027-01-19T17:00:00Z']);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start', { markedUtc: KEPT }) });
    expect(r.summary.doubts).toEqual([]);
  });

  it('another mark at the same hours is held: answered on `Z`, now `+00:00` (the writer changed)', async () => {
    const { file, headers } = list(['2027-01-19T08:00:00+00:00', '2027-01-19T16:00:00+00:00']);
    const r = await collect(file, { ...ny, profile: profile(headers, 'start', { markedUtc: KEPT }) });
    expect(utcNight(r)).toHaveLength(1);
    expect(utcNight(r)[0]!.message).toContain("marked them 'Z'; this file marks them '+00:00'");
  });

  it('a UTC header answered, cells now marked `Z`: held', async () => {
    const { file, headers } = list(['2027-01-19 08:00Z', '2027-01-19 16:00Z'], 'Start (UTC)');
    const kept = { column: 'Start (UTC)', marks: ['header'], from: 480, to: 1020 };
    const r = await collect(file, { ...ny, profile: profile(headers, 'Start (UTC)', { markedUtc: kept }) });
    expect(utcNight(r)).toHaveLength(1);
  });

  it('utcMarkOf names how a value says UTC', () => {
    expect(utcMarkOf('2027-01-12T10:00:00.000Z')).toBe('Z');
    expect(utcMarkOf('2027-01-12 10:00 Zulu')).toBe('Z');
    expect(utcMarkOf('2027-01-12T10:00:00+00:00')).toBe('+00:00');
    expect(utcMarkOf('2027-01-12T10:00:00-0000')).toBe('+00:00');
    expect(utcMarkOf('01/12/2027 10:00 AM UTC')).toBe('UTC');
    expect(utcMarkOf('01/12/2027 10:00 UTC+00:00')).toBe('UTC');
    expect(utcMarkOf('2027-01-12 10:00')).toBe('header');
  });

  it('a second local answer widens the hours and adds the marks; another column starts afresh', () => {
    const kept = { column: 'start', marks: ['Z' as const], from: 480, to: 1020 };
    expect(keptClock('start', { marks: ['+00:00'], from: 420, to: 900 }, kept)).toEqual({
      column: 'start',
      marks: ['+00:00', 'Z'],
      from: 420,
      to: 1020,
    });
    expect(keptClock('appt', { marks: ['UTC'], from: 600, to: 660 }, kept)).toEqual({
      column: 'appt',
      marks: ['UTC'],
      from: 600,
      to: 660,
    });
    expect(keptClock('start', undefined, kept)).toEqual({ column: 'start' });
  });
});
