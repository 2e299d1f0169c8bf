// One person, two appointments at one start (same-person.ts), through the real engine, importer
// and sandbox: a NEW that lands at the start of an active appointment of the same person (same
// patient id, or same name and birth date) that the file does not list is held, not sent beside
// it. Accepted once for that file, the old one is cancelled and the file's sent. The exceptions
// go as before: a snapshot (it cancels the old one itself), a report of another provider, two
// patients of one name. (An old one the file lists at that start is never asked about here: the
// importer holds one patient's two ids at one start itself, 'resource-split'.)
// New York is on EST (UTC-5) in December: every start below is local + 5 h.
import path from 'node:path';
import {
  confirmMapping,
  dropAndSettle,
  harnessFor,
  saveSettings,
  type Harness,
} from './support/engine-harness.ts';
import { portalLines, sentItems, sentLines, type SentItem } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import type { Doubt } from '../../main/model/doubt.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sandboxDir = (h: Harness) => path.join(h.root, 'sandbox');
const portal = (h: Harness) => portalLines(sandboxDir(h), h.settings.practices[0]!.practiceId);
const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

/** A test's own harness (saved settings for `mapping confirm`), started. */
async function start(
  onTestFinished: (fn: () => Promise<void>) => void,
  over: { snapshotMode?: boolean } = {},
): Promise<Harness> {
  const h = await harnessFor(onTestFinished, { over: [over], tuning: { inboxCheckMs: 300 } });
  saveSettings(h);
  await h.start();
  return h;
}

/** Drop one export and wait until it is processed or held; what the sandbox received for it. */
const day = (h: Harness, name: string, text: string) => dropAndSettle(h, name, text);

function goes(job: JobDetails): void {
  expect(job.state, `${job.reason} ${JSON.stringify(job.doubts)}`).toBe('processed');
}

function heldFor(job: JobDetails): Doubt {
  expect(job.state, job.reason).toBe('held');
  expect(job.doubts!.map((d) => d.check)).toEqual(['same-person-twice']);
  return job.doubts![0]!;
}

/** `mapping confirm --accept-cancellations` from the command line; the job then goes. */
async function accept(h: Harness, job: JobDetails): Promise<SentItem[]> {
  const sentBefore = sentItems(sandboxDir(h)).length;
  // Waits until the job is held (the engine may be reading it again) and retries a refusal that
  // raced such a reading, as a person would.
  await confirmMapping(h, '--accept-cancellations', '--job', job.id);
  await h.waitFor((jobs) => jobs.some((j) => j.id === job.id && j.state === 'processed'));
  await sleep(400);
  return sentItems(sandboxDir(h)).slice(sentBefore);
}

// Dentrix's Appointment List, with and without its Chart # column (the patient id).
const DENTRIX_TITLE = [
  'Dentrix Appointment List',
  'Riverside Family Dental',
  'Date Range: 12/07/2026 - 12/11/2026',
];
const DENTRIX_ROWS = [
  ['12/07/2026', '8:00 AM', "O'BRIEN, SEAN", 'OBR0012', '06/09/1977', 'DDS1', 'PROPH'], // 13:00Z
  ['12/07/2026', '9:00 AM', 'MCDONALD, AILSA', 'MCD0040', '12/01/1990', 'DDS1', 'CROWN PREP'], // 14:00Z
  ['12/10/2026', '11:00 AM', 'PRICE, OLIVIA', 'PRI0007', '03/15/1988', 'HYG1', 'PROPH'], // 16:00Z
];
function dentrix(withChart: boolean): string {
  const q = (cells: string[]) => cells.map((c) => `"${c}"`).join(',');
  const cols = (r: string[]) => (withChart ? r : [...r.slice(0, 3), ...r.slice(4)]);
  return lines(
    ...DENTRIX_TITLE,
    q(cols(['Appt Date', 'Time', 'Patient Name', 'Chart #', 'Birth Date', 'Provider', 'Reason'])),
    ...DENTRIX_ROWS.map((r) => q(cols(r))),
  );
}

// A practice-management CSV with its own appointment and patient ids.
const OWN_HEADER =
  'Appointment ID,Start Date,Start Time,Patient ID,Patient Full Name,Patient DOB,Resource,Status,Reason';
const own = (
  id: string,
  time: string,
  patient: string,
  name: string,
  dob: string,
  resource: string,
  status = 'Scheduled',
) => `${id},12/07/2026,${time},${patient},"${name}",${dob},"${resource}",${status},Follow up`;
const WHITFIELD = 'Dana Whitfield, MD';
const ORTEGA = 'Luis Ortega, PA-C';
const kowalski = own('300412', '9:00 AM', '22018', 'KOWALSKI, ANNA', '05/06/1970', WHITFIELD); // 14:00Z
const mccarthy = (id: string, status?: string) =>
  own(id, '9:30 AM', '22031', 'MCCARTHY, IAN', '11/09/1962', WHITFIELD, status); // 14:30Z
const banks = own('300420', '1:00 PM', '22044', 'BANKS, TONYA', '02/17/1990', ORTEGA); // 18:00Z

// Each test has its own folders, sandbox and engine and mostly waits (stability windows, polls,
// the quiet moment after each export): the tests run side by side.
describe.concurrent(
  'a NEW at the start of an appointment of the same person that the file does not list',
  () => {
    it('1. the patient-id column dropped (ids made from patient, provider and day): held; accepted once, the old ones are cancelled and the file sent', async ({
      onTestFinished,
    }) => {
      const h = await start(onTestFinished);
      const one = await day(h, 'ApptList_1204.csv', dentrix(true));
      goes(one.job);
      const old = one.sent.map((s) => s.appointmentId);
      expect(one.sent.map((s) => `${s.patientId} ${s.start}`).sort()).toEqual([
        'MCD0040 2026-12-07T14:00:00.000Z',
        'OBR0012 2026-12-07T13:00:00.000Z',
        'PRI0007 2026-12-10T16:00:00.000Z',
      ]);

      // Before the fix: NEW A-… P-… for all three beside the old ones (a second patient record each).
      const two = await day(h, 'ApptList_1207.csv', dentrix(false));
      expect(two.sent).toEqual([]);
      const doubt = heldFor(two.job);
      expect(doubt.kind).toBe('mass-cancel');
      expect(doubt.count).toBe(3);
      expect(doubt.samples).toEqual(old); // in order of start, as sent
      expect(doubt.message).toMatch(
        new RegExp(
          `^appointment id A-[0-9a-f]{16} \\(patient id P-[0-9a-f]{12}\\) would be booked on the portal for ` +
            `2026-12-07T13:00:00.000Z, where appointment id ${old[0]} \\(patient id OBR0012\\), a patient of the same ` +
            'name and birth date, is already on the portal and this file does not list it: .*; 2 more appointments',
        ),
      );
      // Ids only: the message goes into the history and the log.
      expect(`${doubt.message} ${doubt.question}`).not.toMatch(/sean|brien|ailsa|olivia/i);
      expect(doubt.question).toContain('cancelled or replaced, or is it the same visit');

      const sent = await accept(h, two.job);
      const news = sent.filter((s) => s.action === 'NEW');
      expect(sentLines(sent.filter((s) => s.action === 'CANCEL'))).toEqual(
        [
          `CANCEL ${old[0]} OBR0012 2026-12-07T13:00:00.000Z`,
          `CANCEL ${old[1]} MCD0040 2026-12-07T14:00:00.000Z`,
          `CANCEL ${old[2]} PRI0007 2026-12-10T16:00:00.000Z`,
        ].sort(),
      );
      expect(news.map((s) => s.start).sort()).toEqual([
        '2026-12-07T13:00:00.000Z',
        '2026-12-07T14:00:00.000Z',
        '2026-12-10T16:00:00.000Z',
      ]);
      for (const s of news) expect(s.patientId).toMatch(/^P-[0-9a-f]{12}$/);
      expect(sent).toHaveLength(6);
      expect(portal(h).filter((l) => l.endsWith(' active'))).toHaveLength(3);
    });

    it('1b. the patient-id column added to an export that had none: held, not sent beside the ids made from name and birth date', async ({
      onTestFinished,
    }) => {
      const h = await start(onTestFinished);
      const one = await day(h, 'ApptList_1204.csv', dentrix(false));
      expect(one.sent.map((s) => s.patientId)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^P-[0-9a-f]{12}$/)]),
      );
      const two = await day(h, 'ApptList_1207.csv', dentrix(true));
      expect(two.sent).toEqual([]);
      const doubt = heldFor(two.job);
      expect(doubt.samples).toEqual(one.sent.map((s) => s.appointmentId));
      expect(doubt.message).toContain(
        '(patient id OBR0012) would be booked on the portal for 2026-12-07T13:00:00.000Z',
      );
    });

    it("2. a patient merge (Open Dental's PatNum 2232 merged into 1987): held, naming both appointment and patient ids; the other rows are unchanged", async ({
      onTestFinished,
    }) => {
      const h = await start(onTestFinished);
      const header = 'LName\tFName\tMiddleI\tPreferred\tBirthdate\tAptDateTime\tPatNum';
      const confirmationList = (nguyen: string) =>
        lines(
          header,
          'McAllister\tRobert\tJ\tBo\t4/3/1971\t9:00 AM   12/8/2026\t2231', // 14:00Z
          `Nguyen\tThi\t\t\t11/12/1988\t10:30 AM   12/8/2026\t${nguyen}`, // 15:30Z
          'Okonkwo-Bauer\tAda\tM\t\t2/1/2016\t1:15 PM   12/9/2026\t2240', // 18:15Z
          `Nguyen\tThi\t\t\t11/12/1988\t3:45 PM   12/16/2026\t${nguyen}`, // 20:45Z
        );
      const one = await day(h, 'ConfirmationList_1208.txt', confirmationList('2232'));
      goes(one.job);
      const idAt = (start: string) => one.sent.find((s) => s.start === start)!.appointmentId;
      const morning = idAt('2026-12-08T15:30:00.000Z');
      const later = idAt('2026-12-16T20:45:00.000Z');

      // Before the fix: NEW for 1987 at 15:30Z and 20:45Z beside 2232's (four appointments for two).
      const two = await day(h, 'ConfirmationList_1209.txt', confirmationList('1987'));
      expect(two.sent).toEqual([]);
      const doubt = heldFor(two.job);
      expect(doubt.samples).toEqual([morning, later]);
      expect(doubt.message).toMatch(
        new RegExp(
          `^appointment id A-[0-9a-f]{16} \\(patient id 1987\\) would be booked on the portal for 2026-12-08T15:30:00.000Z, ` +
            `where appointment id ${morning} \\(patient id 2232\\), a patient of the same name and birth date,`,
        ),
      );
      expect(doubt.message).toContain('; 1 more appointment the same way');
    });

    it('3. own ids: a new id for the same patient at the same start, the old one not listed (300413 replaced by 300441): held; accepted for that file only', async ({
      onTestFinished,
    }) => {
      const h = await start(onTestFinished);
      const one = await day(
        h,
        'Appointments_1204.csv',
        lines(OWN_HEADER, kowalski, mccarthy('300413'), banks),
      );
      expect(sentLines(one.sent)).toEqual([
        'NEW 300412 22018 2026-12-07T14:00:00.000Z',
        'NEW 300413 22031 2026-12-07T14:30:00.000Z',
        'NEW 300420 22044 2026-12-07T18:00:00.000Z',
      ]);
      // Before the fix: NEW 300441 beside 300413.
      const two = await day(
        h,
        'Appointments_1205.csv',
        lines(OWN_HEADER, kowalski, mccarthy('300441'), banks),
      );
      expect(two.sent).toEqual([]);
      const doubt = heldFor(two.job);
      expect(doubt.message).toBe(
        'appointment id 300441 (patient id 22031) would be booked on the portal for 2026-12-07T14:30:00.000Z, where ' +
          'appointment id 300413 (patient id 22031), the same patient, is already on the portal and this file does ' +
          'not list it: the patient would see two appointments at one time; nothing was sent',
      );
      expect(doubt.samples).toEqual(['300413']);

      expect(sentLines(await accept(h, two.job))).toEqual([
        'CANCEL 300413 22031 2026-12-07T14:30:00.000Z',
        'NEW 300441 22031 2026-12-07T14:30:00.000Z',
      ]);

      // The acceptance was for that file: the next replacement (300420 by 300460) is asked again.
      const banks2 = banks.replace('300420', '300460');
      const three = await day(
        h,
        'Appointments_1206.csv',
        lines(OWN_HEADER, kowalski, mccarthy('300441'), banks2),
      );
      expect(three.sent).toEqual([]);
      expect(heldFor(three.job).samples).toEqual(['300420']);
    });

    it('3a. one deleted (just absent) and another of the patient’s moved onto its start: held, not shown twice; accepted, the old one is cancelled', async ({
      onTestFinished,
    }) => {
      const h = await start(onTestFinished);
      // McCarthy's follow-up a week later, 12/14 9:30 AM (14:30Z).
      const nextWeek = own('300414', '9:30 AM', '22031', 'MCCARTHY, IAN', '11/09/1962', WHITFIELD).replace(
        '12/07/2026',
        '12/14/2026',
      );
      await day(h, 'Appointments_1204.csv', lines(OWN_HEADER, kowalski, mccarthy('300413'), nextWeek, banks));
      // 300413 deleted, 300414 dragged onto its 12/07 9:30 AM. Before the fix: UPDATE 300414 to
      // 14:30Z beside 300413, still booked there.
      const moved = own('300414', '9:30 AM', '22031', 'MCCARTHY, IAN', '11/09/1962', WHITFIELD);
      const two = await day(h, 'Appointments_1205.csv', lines(OWN_HEADER, kowalski, moved, banks));
      expect(two.sent).toEqual([]);
      const doubt = heldFor(two.job);
      expect(doubt.message).toBe(
        'appointment id 300414 (patient id 22031) would be moved on the portal to 2026-12-07T14:30:00.000Z, where ' +
          'appointment id 300413 (patient id 22031), the same patient, is already on the portal and this file does ' +
          'not list it: the patient would see two appointments at one time; nothing was sent',
      );
      expect(doubt.samples).toEqual(['300413']);

      expect(sentLines(await accept(h, two.job))).toEqual([
        'CANCEL 300413 22031 2026-12-07T14:30:00.000Z',
        'UPDATE 300414 22031 2026-12-07T14:30:00.000Z',
      ]);
    });

    it('3b. the schedule moved to another practice system (new appointment and patient ids, a provider column it does not recognise): held, not shown twice', async ({
      onTestFinished,
    }) => {
      const h = await start(onTestFinished);
      await day(h, 'Appointments_1204.csv', lines(OWN_HEADER, kowalski, mccarthy('300413'), banks));
      const two = await day(
        h,
        'appointments_1207.csv',
        lines(
          'Appt ID,Appt Date,Appt Time,Patient ID,Patient Name,Patient DOB,Appt Status,Appt Type,Rndrng Prvdr',
          '1907712,12/07/2026,09:00AM,44810,"Kowalski, Anna",05/06/1970,f - Future,PHYSICAL,DANA WHITFIELD MD',
          '1907713,12/07/2026,09:30AM,44902,"McCarthy, Ian",11/09/1962,f - Future,FOLLOW UP,DANA WHITFIELD MD',
          '1907720,12/07/2026,01:00PM,44915,"Banks, Tonya",02/17/1990,f - Future,SICK VISIT,LUIS ORTEGA PA-C',
        ),
      );
      expect(two.sent).toEqual([]);
      const doubt = heldFor(two.job);
      expect(doubt.samples).toEqual(['300412', '300413', '300420']);
      expect(doubt.message).toContain(
        'appointment id 1907712 (patient id 44810) would be booked on the portal for 2026-12-07T14:00:00.000Z, where appointment id 300412 (patient id 22018)',
      );
    });
  },
);

describe.concurrent('two appointments of one person at one start that go as before', () => {
  it('a report run per provider: the other provider has no row in it, so its appointment at that start is left alone', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    await day(h, 'whitfield.csv', lines(OWN_HEADER, kowalski, mccarthy('300413')));
    const withOrtega = own('300450', '9:00 AM', '22018', 'KOWALSKI, ANNA', '05/06/1970', ORTEGA);
    const two = await day(h, 'ortega.csv', lines(OWN_HEADER, withOrtega, banks));
    goes(two.job);
    expect(sentLines(two.sent)).toEqual([
      'NEW 300420 22044 2026-12-07T18:00:00.000Z',
      'NEW 300450 22018 2026-12-07T14:00:00.000Z',
    ]);
  });

  it('an appointment moved to a start where the patient has nothing else: goes, nothing asked', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    await day(h, 'Appointments_1204.csv', lines(OWN_HEADER, kowalski, mccarthy('300413'), banks));
    // 300413 moved from 9:30 to 11:00 AM (16:00Z); Kowalski's 9:00 AM is another patient's.
    const later = own('300413', '11:00 AM', '22031', 'MCCARTHY, IAN', '11/09/1962', WHITFIELD);
    const two = await day(h, 'Appointments_1205.csv', lines(OWN_HEADER, kowalski, later, banks));
    goes(two.job);
    expect(sentLines(two.sent)).toEqual(['UPDATE 300413 22031 2026-12-07T16:00:00.000Z']);
  });

  it('two patients of one name with other birth dates (a father and his son): not one person', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    const smith = (id: string, patient: string, dob: string) =>
      own(id, '9:00 AM', patient, 'SMITH, JOHN', dob, WHITFIELD); // 14:00Z
    await day(h, 'day1.csv', lines(OWN_HEADER, smith('5101', '8801', '03/02/1961'), banks));
    // The day's new bookings: the son, booked at his father's time.
    const two = await day(h, 'day2.csv', lines(OWN_HEADER, smith('5102', '8802', '07/19/1994'), banks));
    goes(two.job);
    expect(sentLines(two.sent)).toEqual(['NEW 5102 8802 2026-12-07T14:00:00.000Z']);
  });

  it('snapshot mode: the old id is not listed, so the snapshot cancels it and the new one goes (no question)', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished, { snapshotMode: true });
    const more = ['BANKS, TONYA', 'REED, MARTIN', 'OKAFOR, GRACE', 'LINDQVIST, ERIK'].map((name, i) =>
      own(`30050${i}`, `${i + 1}:00 PM`, `2210${i}`, name, '02/17/1990', ORTEGA),
    );
    await day(h, 'Appointments_1204.csv', lines(OWN_HEADER, kowalski, mccarthy('300413'), ...more));
    // 1 of 6 cancelled: under the mass-cancel limit of 20 %.
    const two = await day(
      h,
      'Appointments_1205.csv',
      lines(OWN_HEADER, kowalski, mccarthy('300441'), ...more),
    );
    goes(two.job);
    expect(sentLines(two.sent)).toEqual([
      'CANCEL 300413 22031 2026-12-07T14:30:00.000Z',
      'NEW 300441 22031 2026-12-07T14:30:00.000Z',
    ]);
  });
});
