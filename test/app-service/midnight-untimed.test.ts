// The answer "midnight in this start column means no time was saved" (ReviewAnswers.
// midnightUntimed), end to end through the review's service: offered only where the file's other
// starts are a day's, those rows then row errors and the rest sent, and never widened to a later
// file whose midnight may be real (starts at night) or is its only time. Expected instants worked
// out by hand: Chicago is UTC-6 on 8 March 2027 (daylight time starts 14 March).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewActions } from '../../main/app-service/review-actions.ts';
import { previewExport } from '../../main/app-service/preview-export.ts';
import type { ConnectorServiceDeps } from '../../main/app-service/service-deps.ts';
import { readProfileFile } from '../../main/import/map/choose-profile.ts';
import { importExport } from '../../main/import/import-export.ts';
import type { PracticeSettings, Settings } from '../../main/model/settings.ts';
import type { ReviewAnswers } from '../../preload/ipc-contract.ts';

const HEADER = 'Appt Date,Appt Time,Last Name,First Name,DOB,Chart #,Status';
const PEOPLE = [
  'Haugen,Tessa,02/11/1987,SV10442',
  'Ferris,Wade,10/14/1948,SV10305',
  'Moreau,Celeste,08/19/1971,SV10561',
  'Lindqvist,Annika,05/06/2002,SV10988',
];
/** One row per time, on 8 March 2027, one patient each. */
const list = (times: string[]): string =>
  [HEADER, ...times.map((t, i) => `03/08/2027,${t},${PEOPLE[i]},Scheduled`)].join('\n') + '\n';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function harness() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'midnight-untimed-'));
  dirs.push(dir);
  let practice: PracticeSettings = {
    name: 'Day Clinic',
    inbox: dir,
    practiceId: '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90',
    environment: 'sandbox',
    mappingProfile: 'auto',
    timeZone: 'America/Chicago',
    snapshotMode: false,
    polling: false,
    credentialKey: 'day-clinic',
  };
  const deps = {
    previewExport,
    profilesDir: dir,
    engine: { releaseHeld: async () => 0 },
    jobs: { list: async () => [] },
  } as unknown as ConnectorServiceDeps;
  const review = createReviewActions(deps, {
    findPractice: async (n) => (n === practice.name ? practice : undefined),
    update: async (change) => {
      practice = change({ practices: [practice] } as unknown as Settings).practices[0]!;
    },
  });
  const write = (name: string, times: string[]): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, list(times));
    return f;
  };
  const confirm = async (file: string, answers: ReviewAnswers) => {
    const preview = await previewExport(file, practice);
    return review.confirmMapping({ practice: practice.name, file, columns: preview.columns, answers });
  };
  /** The file read as the engine reads a released one: sent starts, row errors, doubts. */
  const read = async (file: string) => {
    const gen = importExport(file, {
      practiceId: practice.practiceId,
      timeZone: practice.timeZone,
      profile: practice.mappingProfile,
    });
    const starts: string[] = [];
    const errors: string[] = [];
    for (;;) {
      const r = await gen.next();
      if (r.done) return { starts, errors, doubts: r.value.doubts };
      if (r.value.kind === 'appointment') starts.push(r.value.appointment.start.toISOString());
      if (r.value.kind === 'error') errors.push(`line ${r.value.error.line}: ${r.value.error.message}`);
    }
  };
  const profile = () => readProfileFile(practice.mappingProfile, practice.mappingProfile);
  return { dir, write, confirm, read, profile, preview: (f: string) => previewExport(f, practice) };
}

describe('midnight answered as no time saved', () => {
  it('offered for a day schedule: the midnight row is a row error, the others go, the question not kept as answered', async () => {
    const h = harness();
    const file = h.write('day.csv', ['8:30 AM', '12:00 AM', '1:15 PM']);
    const preview = await h.preview(file);
    const asked = preview.doubts.filter((d) => d.check === 'midnight');
    expect(asked).toMatchObject([{ column: 'Appt Time', midnightUntimed: true }]);
    expect(asked[0]!.question).toContain('--midnight no-time');
    expect(await h.confirm(file, { midnightUntimed: { column: 'Appt Time' } })).toMatchObject({ ok: true });
    const p = h.profile();
    expect(p.midnightUntimed).toEqual({ column: 'Appt Time' });
    expect(p.confirmed?.answered ?? []).not.toContain('midnight@Appt Time');
    const out = await h.read(file);
    // 8:30 AM CST = 14:30Z, 1:15 PM CST = 19:15Z; line 3 (12:00 AM) is never sent.
    expect(out.starts).toEqual(['2027-03-08T14:30:00.000Z', '2027-03-08T19:15:00.000Z']);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatch(/^line 3: .*12:00 AM.*saved without a time/);
    expect(out.doubts.filter((d) => d.check === 'midnight')).toEqual([]);
    // A later day file of the layout, written 00:00 on the 24-hour clock: the same answer.
    const later = h.write('later.csv', ['09:00', '00:00', '16:45']);
    const again = await h.read(later);
    expect(again.starts).toEqual(['2027-03-08T15:00:00.000Z', '2027-03-08T22:45:00.000Z']);
    expect(again.errors).toHaveLength(1);
    expect(again.doubts.filter((d) => d.check === 'midnight')).toEqual([]);
  });

  it('never widened: a later file with starts at night, or whose only time is midnight, is held again', async () => {
    const h = harness();
    const file = h.write('day.csv', ['8:30 AM', '12:00 AM', '1:15 PM']);
    expect(await h.confirm(file, { midnightUntimed: { column: 'Appt Time' } })).toMatchObject({ ok: true });
    // A sleep lab's night: 11:00 PM and 1:00 AM beside 12:00 AM, a midnight that may be real.
    const lab = h.write('lab.csv', ['11:00 PM', '12:00 AM', '1:00 AM']);
    const night = (await h.read(lab)).doubts.filter((d) => d.check === 'midnight');
    expect(night).toHaveLength(1);
    expect(night[0]!.message).toContain('asked again');
    expect(night[0]!.midnightUntimed).toBeUndefined();
    // Only midnight in the whole file: a date with no time, nothing shows a day's hours.
    const only = h.write('only.csv', ['12:00 AM', '12:00 AM']);
    expect((await h.read(only)).doubts.filter((d) => d.check === 'midnight')).toHaveLength(1);
    // Answering the night file so is refused; nothing changes in the mapping.
    expect(await h.confirm(lab, { midnightUntimed: { column: 'Appt Time' } })).toMatchObject({
      ok: false,
      message: expect.stringContaining("'no time was saved'"),
    });
    expect(h.profile().midnightUntimed).toEqual({ column: 'Appt Time' });
  });

  it('one date-time column alike: the answer is kept for it and its midnight row is a row error', async () => {
    const h = harness();
    const file = path.join(h.dir, 'stamps.csv');
    fs.writeFileSync(
      file,
      [
        'Start,Last Name,First Name,DOB,Chart #,Status',
        `2027-03-08 08:30,${PEOPLE[0]},Scheduled`,
        `2027-03-08 00:00,${PEOPLE[1]},Scheduled`,
        `2027-03-08 13:15,${PEOPLE[2]},Scheduled`,
        '',
      ].join('\n'),
    );
    const asked = (await h.preview(file)).doubts.filter((d) => d.check === 'midnight');
    expect(asked).toMatchObject([{ column: 'Start', midnightUntimed: true }]);
    expect(await h.confirm(file, { midnightUntimed: { column: 'Start' } })).toMatchObject({ ok: true });
    const out = await h.read(file);
    expect(out.starts).toEqual(['2027-03-08T14:30:00.000Z', '2027-03-08T19:15:00.000Z']);
    expect(out.errors).toEqual([expect.stringMatching(/^line 3: /)]);
    expect(out.doubts.filter((d) => d.check === 'midnight')).toEqual([]);
  });

  it('refused where not offered; confirming midnight as real drops the answer', async () => {
    const h = harness();
    const lab = h.write('lab.csv', ['11:00 PM', '12:00 AM', '1:00 AM']);
    const asked = (await h.preview(lab)).doubts.filter((d) => d.check === 'midnight');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.midnightUntimed).toBeUndefined();
    expect(await h.confirm(lab, { midnightUntimed: { column: 'Appt Time' } })).toMatchObject({ ok: false });
    const day = h.write('day.csv', ['8:30 AM', '12:00 AM', '1:15 PM']);
    expect(await h.confirm(day, { midnightUntimed: { column: 'Appt Time' } })).toMatchObject({ ok: true });
    // The practice confirms the sleep lab's midnight as real: the no-time answer is dropped.
    expect(await h.confirm(lab, {})).toMatchObject({ ok: true });
    expect(h.profile().midnightUntimed).toBeUndefined();
  });
});
