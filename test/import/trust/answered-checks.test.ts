// A confirmation answers what the held file asked, and nothing more. A person who confirms the
// mapping on a file held for a status word has said nothing about start times: a later file whose
// `1:30` is a 12-hour clock without AM/PM, or whose starts are at midnight, is held like any other.
// (Confirming had switched off every content check for good: the later 1:30 went out at night.)
// Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { answeredChecks, isAnswered } from '../../../main/import/trust/answered-checks.ts';
import type { Doubt } from '../../../main/model/doubt.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('answered-checks');
const HEAD = 'Date,Time,Patient,DOB,Provider,Status';
const COLUMNS = {
  date: 'Date',
  time: 'Time',
  patientName: 'Patient',
  dob: 'DOB',
  providerName: 'Provider',
  status: 'Status',
};
const ny = { timeZone: 'America/New_York' };
const NAMES = ['Smith, John', 'Brown, Carl', 'White, Dana', 'Green, Eve'];
/** Rows on 2 March 2027 at `times`, with `status` on each. */
const day = (times: string[], status = 'Booked'): string =>
  files.write([
    HEAD,
    ...times.map((t, i) => `03/02/2027,${t},"${NAMES[i]}",04/05/19${60 + i},Dr Lee,${status}`),
  ]);

describe('what a confirmation answers', () => {
  it('a mapping confirmed on a morning list held for a status word: a later 1:30 and 3:15 are held, not sent at night', async () => {
    const profile = confirmedProfile(files, COLUMNS, HEAD.split(','));
    // The first file: 8:30–11:45, held only for 'Pending Approval' (a status word it does not know).
    const first = day(['8:30', '9:15', '11:45'], 'Pending Approval');
    const held = await collect(first, { ...ny, profile });
    expect(held.summary.doubts.map((d) => d.kind)).toEqual(['status']);
    await answerOn(profile, first, ny);

    // The next day's file: 1:30 and 3:15 with none after 12:59 (a 12-hour clock, AM/PM left out).
    const later = await collect(day(['9:00', '1:30', '3:15']), { ...ny, profile });
    expect(later.summary.doubts).toMatchObject([
      { kind: 'start-time', column: 'Time', samples: ['1:30', '3:15'] },
    ]);
  });

  it('the check a person answered is not asked again; another one still is', async () => {
    const profile = confirmedProfile(files, COLUMNS, HEAD.split(','));
    // Held for the 12-hour clock; the person confirms: this practice's early times are real.
    const first = day(['6:30', '9:15', '11:45']);
    expect((await collect(first, { ...ny, profile })).summary.doubts).toHaveLength(1);
    await answerOn(profile, first, ny);

    const again = await collect(day(['5:45', '10:00']), { ...ny, profile });
    expect(again.summary.doubts).toEqual([]);
    // 05:45 EST is 10:45Z, worked out by hand (New York is UTC-5 before 14 March).
    expect(again.appointments[0]!.start.toISOString()).toBe('2027-03-02T10:45:00.000Z');

    // A later file whose starts are at exactly midnight: a date written without its time.
    const midnight = await collect(day(['12:00:00 AM', '12:00:00 AM']), { ...ny, profile });
    expect(midnight.summary.doubts).toMatchObject([{ kind: 'start-time', column: 'Time' }]);
    expect(midnight.summary.doubts[0]!.message).toContain('exactly midnight');
  });

  it('a profile confirmed before answers were kept asks each check once more', async () => {
    // No `answered` in it (written by an earlier version): the checks run, the file is held.
    const profile = confirmedProfile(files, COLUMNS, HEAD.split(','));
    const r = await collect(day(['9:00', '1:30']), { ...ny, profile });
    expect(r.summary.doubts.map((d) => d.kind)).toEqual(['start-time']);
  });
});

describe('a check about particular people is answered for them only', () => {
  const twins = (subjects: string[]): Doubt => ({
    kind: 'column',
    check: 'names-apart',
    field: 'patientName',
    column: 'Patient',
    message: 'the patient on line 3 has the family name, first name and birth date of the one on line 2',
    samples: [],
    question: 'Can the export give each patient their own id?',
    subjects,
  });

  it('a confirmation keeps one key per person, beside what was answered before', () => {
    expect(answeredChecks([twins(['P-aaa', 'P-bbb'])], ['midnight@Time'])).toEqual([
      'midnight@Time',
      'names-apart#P-aaa',
      'names-apart#P-bbb',
    ]);
  });

  it('is answered only when every person it names was', () => {
    const d = twins(['P-aaa', 'P-bbb']);
    expect(isAnswered(['names-apart#P-aaa'], d)).toBe(false);
    expect(isAnswered(['names-apart#P-aaa', 'names-apart#P-bbb'], d)).toBe(true);
    // The practice-wide keys of the version before answer no one.
    expect(isAnswered(['names-apart@Patient', 'names-apart'], d)).toBe(false);
  });
});
