// The held-file review through the connector service, on the real job store, settings file,
// importer and profile checker in a temp folder: a job id is resolved to its held file only when
// the job is held and the file lies in its practice's inbox; confirming writes the profile
// (confirmed headers, status words, date order) and asks the engine to release the held files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryCredentialStore } from '../../main/credentials/credential-store.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import type { Doubt } from '../../main/model/doubt.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { readProfileFile } from '../../main/import/map/choose-profile.ts';
import { createConnectorService } from '../../main/app-service/connector-service.ts';
import { jobHistoryOf, settingsFileAt } from '../../main/app-service/engine-adapters.ts';
import { previewExport } from '../../main/app-service/preview-export.ts';
import { importExport } from '../../main/import/import-export.ts';
import { createStatusFeed } from '../support/status-feed.ts';
import { twoListsWorkbook } from '../import/read/xlsx-builder.ts';

// Written by hand: test/renderer/fixtures/held_export.csv (see its header line).
const HELD = path.resolve('test/renderer/fixtures/held_export.csv');
const HEADERS = [
  'Appt #',
  'Account',
  'Visit Date',
  'Start',
  'Patient Name',
  'Birth Date',
  'Doctor',
  'Visit Type',
  'Appt Status',
];
const CONFIRMED_AT = new Date('2027-03-30T14:05:00.000Z');

const STATUS_DOUBT: Doubt = {
  kind: 'status',
  field: 'status',
  column: 'Appt Status',
  message: 'A status word the connector does not know',
  samples: ['Umgebucht'],
  question: "What does 'Umgebucht' mean: booked, or cancelled?",
};
const DATE_DOUBT: Doubt = {
  kind: 'date-order',
  field: 'date',
  column: 'Visit Date',
  message: 'No date in this file shows whether the day or the month comes first',
  samples: ['03/04/2027'],
  question: 'Is 03/04/2027 the 3rd of April or the 4th of March?',
};

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function harness() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
  const store = await JobStore.open(path.join(dir, 'jobs'));
  cleanups.push(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const released: string[] = [];
  const reviews: Array<{ practice: string; jobId: string }> = [];
  const credentials = new MemoryCredentialStore();
  const settings = settingsFileAt(path.join(dir, 'settings.json'), dir, credentials);
  const service = createConnectorService({
    engine: {
      ...createStatusFeed(),
      onJobChanged: () => () => {},
      rescan: async () => {},
      pause: () => {},
      resume: () => {},
      retry: async () => ({ ok: true }),
      applySettings: async () => {},
      // As the engine would: every held job of the practice goes back to planning.
      releaseHeld: async (name) => {
        released.push(name);
        return store.list({}).filter((j) => j.state === 'held' && j.practice === name).length;
      },
    },
    jobs: jobHistoryOf(store),
    settings,
    credentials,
    loginItem: { get: () => false, set: () => {} },
    host: {
      pickFolder: async () => null,
      pickFile: async () => null,
      showInFolder: () => {},
      openReview: (r) => void reviews.push(r),
    },
    testConnection: async () => ({ ok: true }),
    previewExport,
    profilesDir: path.join(dir, 'profiles'),
    now: () => CONFIRMED_AT,
  });

  const practices: PracticeSettings[] = ['North Clinic', 'South Clinic'].map((name) => {
    const inbox = path.join(dir, `inbox-${name.split(' ')[0]!.toLowerCase()}`);
    fs.mkdirSync(path.join(inbox, 'processing'), { recursive: true });
    return {
      name,
      inbox,
      practiceId: '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90',
      environment: 'sandbox',
      mappingProfile: 'auto',
      timeZone: 'Europe/Berlin',
      snapshotMode: false,
      polling: true,
      credentialKey: name.toLowerCase().replace(' ', '-'),
    };
  });
  for (const p of practices) expect(await service.savePractice(p)).toMatchObject({ ok: true });

  /** A job in the store; `held` puts a copy of the export where the engine keeps held files. */
  async function job(id: string, over: Partial<JobDetails> = {}): Promise<JobDetails> {
    const practice = practices.find((p) => p.name === (over.practice ?? 'North Clinic'))!;
    const where = path.join(practice.inbox, 'processing', `${id}-held_export.csv`);
    fs.copyFileSync(HELD, where);
    const j: JobDetails = {
      id,
      file: 'held_export.csv',
      practice: practice.name,
      receivedAt: '2027-03-30T13:00:00.000Z',
      state: 'held',
      counts: { rows: 3, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
      dataJobIds: [],
      messageIds: [],
      rowErrors: [],
      batches: [],
      doubts: [STATUS_DOUBT, DATE_DOUBT],
      archivedPath: where,
      ...over,
    };
    await store.create(j);
    return j;
  }
  return { dir, service, store, released, reviews, practices, job };
}

describe('review: from a job id to the held file', () => {
  it('opens the review for a held job, naming its practice and job only', async () => {
    const h = await harness();
    await h.job('20270330-130000-aaaaaa');
    expect(await h.service.openReview('20270330-130000-aaaaaa')).toEqual({ ok: true });
    expect(h.reviews).toEqual([{ practice: 'North Clinic', jobId: '20270330-130000-aaaaaa' }]);
  });

  it.each([
    ['an unknown job', async () => {}, /no file nope/],
    [
      'a job that is not held',
      (h: Awaited<ReturnType<typeof harness>>) => h.job('nope', { state: 'processed' }),
      /not waiting for review \(it is processed\)/,
    ],
    [
      'a held job whose recorded path is outside its inbox',
      (h: Awaited<ReturnType<typeof harness>>) =>
        h.job('nope', { archivedPath: path.join(h.dir, 'settings.json') }).then(() => {
          // and nothing in processing/ under its name either
          fs.rmSync(path.join(h.practices[0]!.inbox, 'processing', 'nope-held_export.csv'));
        }),
      /no longer in North Clinic's inbox folder/,
    ],
    [
      'a held job of a practice that was removed',
      (h: Awaited<ReturnType<typeof harness>>) =>
        h.job('nope', { practice: 'South Clinic' }).then(async () => {
          await h.service.removePractice('South Clinic');
        }),
      /South Clinic, which is no longer in the settings/,
    ],
  ])('refuses %s, and opens nothing', async (_what, setUp, message) => {
    const h = await harness();
    await setUp(h);
    const r = await h.service.openReview('nope');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
    expect(h.reviews).toEqual([]);
    const preview = await h.service.previewHeldFile('nope');
    expect(preview.headers).toEqual([]);
    expect(preview.errors[0]!.message).toMatch(message);
  });

  it('previews the held file with the engine’s doubts and the sample dates read both ways', async () => {
    const h = await harness();
    await h.job('20270330-130000-aaaaaa');
    await h.job('20270330-131500-bbbbbb');
    await h.job('20270330-132000-cccccc', { practice: 'South Clinic' });
    const p = await h.service.previewHeldFile('20270330-130000-aaaaaa');
    expect(p.file).toBe('held_export.csv');
    expect(p.headers).toEqual(HEADERS);
    expect(p.review).toEqual({ jobId: '20270330-130000-aaaaaa', practice: 'North Clinic', heldFiles: 2 });
    expect(p.doubts.slice(0, 2)).toEqual([STATUS_DOUBT, DATE_DOUBT]);
    // 3 April 2027 is a Saturday, 4 March 2027 a Thursday (1 January 2027 is a Friday).
    expect(p.dateReadings).toEqual([
      {
        text: '03/04/2027',
        dayFirst: expect.stringMatching(/^Sat,? 3 April 2027$/),
        monthFirst: expect.stringMatching(/^Thu,? 4 March 2027$/),
      },
    ]);
  });
});

/** The file read again as the engine reads a released one, with the practice's saved mapping:
 *  its appointments and what it still asks. */
async function readAgain(file: string, saved: PracticeSettings, timeZone = saved.timeZone) {
  const rows = importExport(file, { practiceId: saved.practiceId, timeZone, profile: saved.mappingProfile });
  const appointments: Appointment[] = [];
  let step = await rows.next();
  for (; !step.done; step = await rows.next())
    if (step.value.kind === 'appointment') appointments.push(step.value.appointment);
  return { appointments, doubts: step.value.doubts };
}

describe('review: confirming the mapping once', () => {
  it('writes the profile with the confirmed headers, status words and date order, then releases the held files', async () => {
    const h = await harness();
    await h.job('20270330-130000-aaaaaa');
    await h.job('20270330-131500-bbbbbb');
    const preview = await h.service.previewHeldFile('20270330-130000-aaaaaa');
    const r = await h.service.confirmMapping({
      practice: 'North Clinic',
      jobId: '20270330-130000-aaaaaa',
      columns: preview.columns,
      answers: { statusWords: [{ word: 'Umgebucht', meaning: 'cancel' }], dateOrder: 'DMY' },
    });
    expect(r).toMatchObject({ ok: true, released: 2 });
    expect(r.message).toMatch(/2 held files of North Clinic are being read again with it now/);
    expect(h.released).toEqual(['North Clinic']);

    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'North Clinic')!;
    expect(saved.mappingProfile).toBe(path.join(h.dir, 'profiles', 'north-clinic.profile.json'));
    // The importer's own reader accepts it.
    const profile = readProfileFile(saved.mappingProfile, HELD);
    // The held file asked whether 'Account' (one value per patient, no patient-id column) is the
    // patient id: confirming answers that check, and only that one, for later files.
    expect(profile.confirmed).toEqual({
      headers: HEADERS,
      at: '2027-03-30T14:05:00.000Z',
      answered: ['patient-id-candidate@Account'],
    });
    expect(profile.dateOrder).toBe('DMY');
    expect(profile.status?.cancel).toContain('Umgebucht');
    expect(profile.status?.new ?? []).not.toContain('Umgebucht');
    expect(profile.columns).toMatchObject(
      Object.fromEntries(preview.columns.filter((c) => c.column).map((c) => [c.field, c.column])),
    );
    // South Clinic is untouched.
    const south = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(south.mappingProfile).toBe('auto');

    // Answered again the other way: the word moves, it is never in two lists.
    await h.service.confirmMapping({
      practice: 'North Clinic',
      jobId: '20270330-131500-bbbbbb',
      columns: preview.columns,
      answers: { statusWords: [{ word: 'umgebucht', meaning: 'new' }] },
    });
    const again = readProfileFile(saved.mappingProfile, HELD);
    expect(again.status?.new).toContain('umgebucht');
    expect((again.status?.cancel ?? []).map((w) => w.toLowerCase())).not.toContain('umgebucht');
    expect(again.dateOrder).toBe('DMY'); // kept from the first answer
  });

  it('a mapping that makes no sense is refused: nothing written, nothing released', async () => {
    const h = await harness();
    await h.job('20270330-130000-aaaaaa');
    const preview = await h.service.previewHeldFile('20270330-130000-aaaaaa');
    // held_export.csv row 1: 9101,A-3301,03/04/2027,9:00 AM,"Keller, Anna",05/06/1984,…
    // A patient id added by hand, from the wrong column.
    const columns = [
      ...preview.columns.filter((c) => c.field !== 'patientId'),
      { field: 'patientId', column: 'Birth Date', confidence: 1 },
    ];
    const r = await h.service.confirmMapping({
      practice: 'North Clinic',
      jobId: '20270330-130000-aaaaaa',
      columns,
      answers: { statusWords: [{ word: 'Umgebucht', meaning: 'cancel' }], dateOrder: 'DMY' },
    });
    expect(r).toEqual({
      ok: false,
      message:
        "Not saved. The patient id cannot be read from column 'Birth Date' (e.g. '05/06/1984'): it holds dates of birth. " +
        "Choose the column with the patient's chart or account number, or leave it out.",
    });
    expect(h.released).toEqual([]);
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'North Clinic')!;
    expect(saved.mappingProfile).toBe('auto');
  });

  it('a sample export picked in the window can be confirmed too (nothing held: says so)', async () => {
    const h = await harness();
    const preview = await h.service.previewExport({ file: HELD, practice: 'South Clinic' });
    const r = await h.service.confirmMapping({
      practice: 'South Clinic',
      file: HELD,
      columns: preview.columns,
      answers: {},
    });
    expect(r).toMatchObject({ ok: true, released: 0 });
    expect(r.message).toMatch(/No file of South Clinic was waiting/);
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(saved.mappingProfile, HELD).confirmed?.headers).toEqual(HEADERS);
  });

  it('names asked about as family name first: the answer is kept as the name order, and the file then reads so', async () => {
    const h = await harness();
    // SCHMIDT ANNA M is written last name first with a middle initial, so WEBER JONAS may be too:
    // the file is asked about ('name-order'), and the question offers the last-first order.
    const file = path.join(h.dir, 'names.csv');
    fs.writeFileSync(
      file,
      'Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Doctor\n' +
        'A-1,2027-03-30,09:00,SCHMIDT ANNA M,1980-02-14,Dr Petra Vogt\n' +
        'A-2,2027-03-30,09:30,WEBER JONAS,1975-06-01,Dr Petra Vogt\n',
    );
    const preview = await h.service.previewExport({ file, practice: 'South Clinic' });
    expect(preview.doubts.map((d) => d.check)).toContain('name-order');
    const r = await h.service.confirmMapping({
      practice: 'South Clinic',
      file,
      columns: preview.columns,
      answers: { nameOrder: 'last-first' },
    });
    expect(r).toMatchObject({ ok: true });
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(saved.mappingProfile, file).patientNameOrder).toBe('last-first');
    // Read again as the engine reads a released file: nothing left to ask, the names the right way
    // round (worked out by hand: family name, given name, then the middle initial).
    const named = await readAgain(file, saved);
    expect(named.doubts).toEqual([]);
    expect(named.appointments.map((a) => [a.patient.firstName, a.patient.lastName])).toEqual([
      ['Anna', 'Schmidt'],
      ['Jonas', 'Weber'],
    ]);
    // Answered again, given name first: the family-first order saved before is dropped (as the
    // command line's --name-order first-last drops it), not kept beside the new answer.
    const again = await h.service.confirmMapping({
      practice: 'South Clinic',
      file,
      columns: preview.columns,
      answers: { nameOrder: 'first-last' },
    });
    expect(again).toMatchObject({ ok: true });
    const resaved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(resaved.mappingProfile, file).patientNameOrder).toBeUndefined();
  });

  it('a date printed once per day, answered as the day above: kept in the mapping, and the file then reads so', async () => {
    const h = await harness();
    // A report that prints each day's date once: lines 3 and 5 have no date ('date-gaps').
    const file = path.join(h.dir, 'days.csv');
    fs.writeFileSync(
      file,
      'Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Doctor\n' +
        'A-1,2027-03-30,09:00,Anna Schmidt,1980-02-14,Dr Petra Vogt\n' +
        'A-2,,09:30,Jonas Weber,1975-06-01,Dr Petra Vogt\n' +
        'A-3,2027-03-31,10:00,Lena Fischer,1990-11-23,Dr Petra Vogt\n' +
        'A-4,,10:30,Paul Becker,1968-04-09,Dr Petra Vogt\n',
    );
    const preview = await h.service.previewExport({ file, practice: 'South Clinic' });
    expect(preview.doubts.map((d) => d.check)).toContain('date-gaps');
    const r = await h.service.confirmMapping({
      practice: 'South Clinic',
      file,
      columns: preview.columns,
      answers: { blankDate: 'above' },
    });
    expect(r).toMatchObject({ ok: true });
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(saved.mappingProfile, file).blankDate).toBe('above');
    const filled = await readAgain(file, saved);
    expect(filled.doubts).toEqual([]);
    // Worked out by hand: each empty date the day of the row above, in Berlin's summer time
    // (UTC+2 from 28 March 2027).
    expect(filled.appointments.map((a) => [a.appointmentId, a.start.toISOString()])).toEqual([
      ['A-1', '2027-03-30T07:00:00.000Z'],
      ['A-2', '2027-03-30T07:30:00.000Z'],
      ['A-3', '2027-03-31T08:00:00.000Z'],
      ['A-4', '2027-03-31T08:30:00.000Z'],
    ]);
  });

  it('times without AM/PM answered as hours after noon: kept for the column, read so, and an hour outside asked again', async () => {
    const h = await harness();
    // An afternoon clinic (12:30 to 4:15, no AM/PM): the question offers the file's hours, 1 to 4.
    const file = path.join(h.dir, 'afternoon.csv');
    const list = (times: string[]) =>
      'Appt ID,Appt Date,Appt Time,Patient Name,Birth Date,Doctor\n' +
      times.map((t, i) => `A-${i + 1},2027-03-30,${t},"Schmidt, Anna",1980-02-14,Dr Petra Vogt\n`).join('');
    fs.writeFileSync(file, list(['12:30', '1:15', '4:15']));
    const preview = await h.service.previewExport({ file, practice: 'South Clinic' });
    expect(preview.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Appt Time', plainHours: { from: 1, to: 4 } },
    ]);
    const r = await h.service.confirmMapping({
      practice: 'South Clinic',
      file,
      columns: preview.columns,
      answers: { afterNoon: { column: 'Appt Time', from: 1, to: 6 } },
    });
    expect(r).toMatchObject({ ok: true });
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    const profile = readProfileFile(saved.mappingProfile, file);
    expect(profile.afterNoon).toEqual({ column: 'Appt Time', from: 1, to: 6, morning: 7 });
    // Not kept as confirmed as read: that would wave a later file's 7:30 AM-or-PM through unasked.
    expect(profile.confirmed?.answered ?? []).not.toContain('twelve-hour-clock@Appt Time');
    const read = async () => {
      const again = await readAgain(file, saved, 'Europe/Berlin');
      return { starts: again.appointments.map((a) => a.start.toISOString()), doubts: again.doubts };
    };
    // Berlin is UTC+2 on 30 March 2027 (summer time from the 28th): 12:30, 13:15, 16:15 there.
    expect(await read()).toEqual({
      starts: ['2027-03-30T10:30:00.000Z', '2027-03-30T11:15:00.000Z', '2027-03-30T14:15:00.000Z'],
      doubts: [],
    });
    // A later file writes 24-hour time (14:00) beside a time the answer would move (1:15): the
    // answer was for a clock without AM/PM, so the file is asked again (7:30 is before noon by it).
    fs.writeFileSync(file, list(['7:30', '1:15', '14:00']));
    const later = await read();
    expect(later.doubts).toMatchObject([
      { check: 'twelve-hour-clock', column: 'Appt Time', samples: ['1:15'] },
    ]);
  });

  describe('times marked UTC answered as the practice’s own clock', () => {
    // A New York clinic's day as written (10:00 to 15:45) marked Z, as an old pandas to_json writes
    // naive times: read as UTC the first would start at 5:00 AM in New York.
    const PEOPLE = ['"Ortega, Marisol",1979-06-14', '"Osei, Kevin",1988-02-27', '"Feldman, Ruth",1951-09-03'];
    const list = (starts: string[], startHeader = 'Start') =>
      `Appt ID,Patient ID,Patient Name,Birth Date,${startHeader},Doctor\n` +
      starts.map((t, i) => `A-${i + 1},P-${i + 1},${PEOPLE[i]},${t},Dr Helen Park\n`).join('');
    const DAY = ['2027-01-12T10:00:00.000Z', '2027-01-12T10:30:00.000Z', '2027-01-12T15:45:00+00:00'];
    /** Every row's start or row error, as a released file is read with the practice's mapping. */
    async function readWith(file: string, saved: PracticeSettings) {
      const rows = importExport(file, {
        practiceId: saved.practiceId,
        timeZone: saved.timeZone,
        profile: saved.mappingProfile,
      });
      const out: string[] = [];
      let step = await rows.next();
      for (; !step.done; step = await rows.next()) {
        const v = step.value;
        if (v.kind === 'appointment') out.push(v.appointment.start.toISOString());
        else if (v.kind === 'error') out.push(`line ${v.error.line}: ${v.error.message}`);
      }
      return { rows: out, doubts: step.value.doubts };
    }
    async function newYork(h: Awaited<ReturnType<typeof harness>>, name = 'South Clinic') {
      const p = h.practices.find((x) => x.name === name)!;
      expect(await h.service.savePractice({ ...p, timeZone: 'America/New_York' })).toMatchObject({
        ok: true,
      });
      return (await h.service.getSettings()).practices.find((x) => x.name === name)!;
    }

    it('kept for the start column, the file then read as written in New York; the other practice still asks', async () => {
      const h = await harness();
      await newYork(h);
      await newYork(h, 'North Clinic');
      const file = path.join(h.dir, 'pandas.csv');
      fs.writeFileSync(file, list(DAY));
      const preview = await h.service.previewExport({ file, practice: 'South Clinic' });
      expect(preview.doubts).toMatchObject([{ check: 'utc-night', column: 'Start' }]);
      // The question names both answers and where a wrong zone setting is changed.
      expect(preview.doubts[0]!.question).toContain('--marked-utc local');
      expect(preview.doubts[0]!.question).toContain(
        'tray menu Settings…, the practice\'s "Time zone of the times in the exports"',
      );
      const r = await h.service.confirmMapping({
        practice: 'South Clinic',
        file,
        columns: preview.columns,
        answers: { markedUtc: { column: 'Start', reading: 'local' } },
      });
      expect(r).toMatchObject({ ok: true });
      const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
      const profile = readProfileFile(saved.mappingProfile, file);
      // With the marks and the hours as written (10:00 is 600, 15:45 is 945), checked on later files.
      expect(profile.markedUtc).toEqual({ column: 'Start', marks: ['+00:00', 'Z'], from: 600, to: 945 });
      // Not kept as confirmed as UTC: the question was answered the other way.
      expect(profile.confirmed?.answered ?? []).not.toContain('utc-night@Start');
      // By hand: New York is UTC-5 on 12 January 2027, so 10:00 there is 15:00Z.
      expect(await readWith(file, saved)).toEqual({
        rows: ['2027-01-12T15:00:00.000Z', '2027-01-12T15:30:00.000Z', '2027-01-12T20:45:00.000Z'],
        doubts: [],
      });
      // The other practice never answered: the same file is still held for the question there.
      const north = await h.service.previewExport({ file, practice: 'North Clinic' });
      expect(north.doubts).toMatchObject([{ check: 'utc-night', column: 'Start' }]);
    });

    it('a later file of the layout: a time the clock change skips or repeats is a row error, as any local time', async () => {
      const h = await harness();
      await newYork(h);
      const file = path.join(h.dir, 'pandas.csv');
      fs.writeFileSync(file, list(DAY));
      const preview = await h.service.previewExport({ file, practice: 'South Clinic' });
      await h.service.confirmMapping({
        practice: 'South Clinic',
        file,
        columns: preview.columns,
        answers: { markedUtc: { column: 'Start', reading: 'local' } },
      });
      const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
      // 14 March 2027 02:30 does not exist in New York (2:00 goes to 3:00); 7 November 01:30
      // happens twice. Neither is shifted nor pinned; 10:00 on 15 March is EDT (UTC-4): 14:00Z.
      fs.writeFileSync(
        file,
        list(['2027-03-14T02:30:00.000Z', '2027-03-15T10:00:00.000Z', '2027-11-07T01:30:00.000Z']),
      );
      const later = await readWith(file, saved);
      expect(later.rows).toHaveLength(3);
      expect(later.rows[0]).toMatch(/^line 2: .*does not exist in America\/New_York/);
      expect(later.rows[1]).toBe('2027-03-15T14:00:00.000Z');
      expect(later.rows[2]).toMatch(/^line 4: .*happens twice in America\/New_York/);
    });

    it('another layout confirmed later is not read with it; answered UTC keeps none; asked nothing, it is refused', async () => {
      const h = await harness();
      await newYork(h);
      const file = path.join(h.dir, 'pandas.csv');
      fs.writeFileSync(file, list(DAY));
      const confirm = async (f: string, answers: object) => {
        const preview = await h.service.previewExport({ file: f, practice: 'South Clinic' });
        return h.service.confirmMapping({
          practice: 'South Clinic',
          file: f,
          columns: preview.columns,
          answers,
        });
      };
      const profileNow = async () => {
        const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
        return readProfileFile(saved.mappingProfile, file);
      };
      // A file that asks nothing of its times: a local answer is never applied unasked.
      const plain = path.join(h.dir, 'plain.csv');
      fs.writeFileSync(plain, list(['2027-01-12T15:00:00Z', '2027-01-12T16:00:00Z']));
      expect(await confirm(plain, { markedUtc: { column: 'Start', reading: 'local' } })).toMatchObject({
        ok: false,
        message: expect.stringContaining("asks nothing about the times of column 'Start'"),
      });
      expect(await confirm(file, { markedUtc: { column: 'Start', reading: 'local' } })).toMatchObject({
        ok: true,
      });
      expect((await profileNow()).markedUtc).toEqual({
        column: 'Start',
        marks: ['+00:00', 'Z'],
        from: 600,
        to: 945,
      });
      // Another export of the practice, its start column named otherwise, confirmed as shown.
      const other = path.join(h.dir, 'other.csv');
      fs.writeFileSync(other, list(['2027-01-12T15:00:00Z'], 'Appt Start'));
      expect(await confirm(other, {})).toMatchObject({ ok: true });
      expect((await profileNow()).markedUtc).toBeUndefined();
      // Answered on the first layout as really UTC: no local answer is kept, and the question is
      // kept as answered for later files (the UTC reading confirmed, as before this answer).
      expect(await confirm(file, { markedUtc: { column: 'Start', reading: 'utc' } })).toMatchObject({
        ok: true,
      });
      const utc = await profileNow();
      expect(utc.markedUtc).toBeUndefined();
      expect(utc.confirmed?.answered).toContain('utc-night@Start');
    });
  });

  it('a workbook asked which sheet is the list: confirming on it keeps the sheet shown, not asked again', async () => {
    const h = await harness();
    const book = path.join(h.dir, 'lists.xlsx');
    fs.writeFileSync(book, twoListsWorkbook());
    const preview = await h.service.previewExport({ file: book, practice: 'South Clinic' });
    expect(preview.doubts.filter((d) => d.kind === 'sheet').map((d) => d.samples)).toEqual([
      ['Bookings', 'Waitlist'],
    ]);
    const r = await h.service.confirmMapping({
      practice: 'South Clinic',
      file: book,
      columns: preview.columns,
      answers: {},
    });
    expect(r).toMatchObject({ ok: true });
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(saved.mappingProfile, book).sheet).toBe('Bookings');
    const after = await h.service.previewExport({ file: book, practice: 'South Clinic' });
    expect(after.doubts.filter((d) => d.kind === 'sheet')).toEqual([]);
  });

  it('a held workbook: the sheet picked in the review is previewed, then kept in the mapping', async () => {
    const h = await harness();
    const id = '20270330-140000-cccccc';
    const south = h.practices.find((p) => p.name === 'South Clinic')!;
    const where = path.join(south.inbox, 'processing', `${id}-lists.xlsx`);
    fs.writeFileSync(where, twoListsWorkbook());
    // Held as the engine holds it: with the importer's sheet question among its doubts.
    const asked = (await previewExport(where, south)).doubts.filter((d) => d.kind === 'sheet');
    await h.job(id, { practice: 'South Clinic', file: 'lists.xlsx', archivedPath: where, doubts: asked });
    const first = await h.service.previewHeldFile(id);
    expect(first.sheet).toBe('Bookings');
    const picked = await h.service.previewSheet({ jobId: id, sheet: 'Waitlist' });
    expect(picked.sheet).toBe('Waitlist');
    // The question stays on screen (the engine's), the rows are the Waitlist's (Dunn and Egan).
    expect(picked.doubts.filter((d) => d.kind === 'sheet').map((d) => d.samples)).toEqual([
      ['Bookings', 'Waitlist'],
    ]);
    expect(picked.sampleRows.map((r) => r.patient)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Dunn/), expect.stringMatching(/Egan/)]),
    );
    const base = { practice: 'South Clinic', jobId: id, columns: picked.columns };
    const gone = await h.service.confirmMapping({ ...base, answers: { sheet: 'Archive' } });
    expect(gone).toMatchObject({ ok: false });
    expect(gone.message).toMatch(/no sheet 'Archive'/);
    expect(await h.service.confirmMapping({ ...base, answers: { sheet: 'Waitlist' } })).toMatchObject({
      ok: true,
    });
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(saved.mappingProfile, where).sheet).toBe('Waitlist');
  });

  it('a sample workbook picked in the settings: another sheet is previewed, its question stays, the pick is kept', async () => {
    const h = await harness();
    const book = path.join(h.dir, 'lists.xlsx');
    fs.writeFileSync(book, twoListsWorkbook());
    const arg = { file: book, practice: 'South Clinic', sheet: 'Waitlist' };
    const picked = await h.service.previewSheet(arg);
    expect(picked.sheet).toBe('Waitlist');
    // The importer asks nothing of a named sheet; the person is still answering which one it is.
    expect(picked.doubts.filter((d) => d.kind === 'sheet').map((d) => d.samples)).toEqual([
      ['Bookings', 'Waitlist'],
    ]);
    expect(picked.sampleRows.map((r) => r.patient)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Dunn/), expect.stringMatching(/Egan/)]),
    );
    expect(picked.sampleRows.map((r) => r.patient).join()).not.toMatch(/Lee|Chan/);
    const gone = await h.service.previewSheet({ ...arg, file: path.join(h.dir, 'gone.xlsx') });
    expect(gone.errors.map((e) => e.message).join()).toMatch(/is not a file on this computer/);
    const r = await h.service.confirmMapping({
      practice: 'South Clinic',
      file: book,
      columns: picked.columns,
      answers: { sheet: 'Waitlist' },
    });
    expect(r).toMatchObject({ ok: true, released: 0 });
    const saved = (await h.service.getSettings()).practices.find((p) => p.name === 'South Clinic')!;
    expect(readProfileFile(saved.mappingProfile, book).sheet).toBe('Waitlist');
  });

  it('refuses a job that is not held or belongs to another practice, and releases nothing', async () => {
    const h = await harness();
    await h.job('20270330-130000-aaaaaa', { practice: 'South Clinic' });
    await h.job('20270330-131500-bbbbbb', { state: 'failed' });
    const base = { practice: 'North Clinic', columns: [], answers: {} };
    const other = await h.service.confirmMapping({ ...base, jobId: '20270330-130000-aaaaaa' });
    expect(other).toMatchObject({
      ok: false,
      message: 'That file belongs to South Clinic, not North Clinic.',
    });
    const failed = await h.service.confirmMapping({ ...base, jobId: '20270330-131500-bbbbbb' });
    expect(failed).toMatchObject({ ok: false, message: expect.stringMatching(/not waiting for review/) });
    const gone = await h.service.confirmMapping({ ...base, file: path.join(h.dir, 'nope.csv') });
    expect(gone.ok).toBe(false);
    expect(h.released).toEqual([]);
    expect(fs.existsSync(path.join(h.dir, 'profiles'))).toBe(false);
  });
});
