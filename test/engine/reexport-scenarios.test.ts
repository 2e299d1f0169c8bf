// Issue 9's proof: the same report exported again day after day, through the real engine, the real
// importer and the real sandbox on loopback. After each day: exactly which NEW / UPDATE / CANCEL
// the sandbox received (read from its own event log, so nothing the engine merely meant to send
// counts) and what the portal then shows (patient, UTC start, active or cancelled). Expected values
// are worked out by hand from the CSV text below; the UTC conversions are in the comments.
import fs from 'node:fs';
import path from 'node:path';
import { confirmMapping, dropAndSettle, harnessFor, type Harness } from './support/engine-harness.ts';
import { portalLines, sentItems, sentLines, type SentItem } from './support/sandbox-log.ts';
import { practiceMemoryFile } from '../../main/engine/practice-folder.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sandboxDir = (h: Harness) => path.join(h.root, 'sandbox');
const portal = (h: Harness) => portalLines(sandboxDir(h), h.settings.practices[0]!.practiceId);

/** Each day's export has the same name (a scheduled report overwriting its file). */
const FILE = 'appointments.csv';

interface Day {
  job: JobDetails;
  /** What the sandbox received while this day's file was processed. */
  sent: SentItem[];
}

/**
 * Drop one day's export into the inbox (written aside, then renamed in, as an exporter does) and
 * wait until it is fully processed (or held), then a little longer so a stray extra send would
 * show up in the sandbox's log.
 */
function day(h: Harness, text: string, name = FILE): Promise<Day> {
  return dropAndSettle(h, name, text);
}

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

// Each scenario has its own folders, sandbox and engine, and spends most of its time waiting
// (stability windows, tracking polls, the quiet moment after each day): they run side by side.
describe.concurrent('re-exports of the same report through the engine', () => {
  it('1. real appointment ids: a move is one UPDATE, a cancel one CANCEL, a new row one NEW; an unchanged re-export sends nothing', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status';
    // Chicago is on CST (UTC-6) until 2027-03-14, so every start below is local + 6 h.
    const d1 = day(
      h,
      csv(
        header,
        'A-1001,P-501,Anna,Berg,1980-02-03,2027-03-01,09:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed', // 15:00Z
        'A-1002,P-502,Ben,Cole,1975-06-07,2027-03-01,09:30,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed', // 15:30Z
        'A-1003,P-503,Cara,Dunn,1990-11-12,2027-03-02,10:00,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled', // 16:00Z
        'A-1004,P-504,Dev,Egan,1968-04-05,2027-03-02,14:15,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled', // 20:15Z
      ),
    );
    const one = await d1;
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(sentLines(one.sent)).toEqual([
      'NEW A-1001 P-501 2027-03-01T15:00:00.000Z',
      'NEW A-1002 P-502 2027-03-01T15:30:00.000Z',
      'NEW A-1003 P-503 2027-03-02T16:00:00.000Z',
      'NEW A-1004 P-504 2027-03-02T20:15:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-501 2027-03-01T15:00:00.000Z active',
      'P-502 2027-03-01T15:30:00.000Z active',
      'P-503 2027-03-02T16:00:00.000Z active',
      'P-504 2027-03-02T20:15:00.000Z active',
    ]);

    // Day 2: A-1002 moved to 11:00 (17:00Z); A-1003 cancelled; A-1005 booked on 03-03 08:45 (14:45Z).
    const day2 = csv(
      header,
      'A-1001,P-501,Anna,Berg,1980-02-03,2027-03-01,09:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
      'A-1002,P-502,Ben,Cole,1975-06-07,2027-03-01,11:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed', // 17:00Z
      'A-1003,P-503,Cara,Dunn,1990-11-12,2027-03-02,10:00,Dr Jane Smith,Checkup,Harbour Clinic,Cancelled',
      'A-1004,P-504,Dev,Egan,1968-04-05,2027-03-02,14:15,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled',
      'A-1005,P-505,Eva,Fox,2001-09-30,2027-03-03,08:45,Dr Jane Smith,Checkup,Harbour Clinic,Scheduled', // 14:45Z
    );
    const two = await day(h, day2);
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(sentLines(two.sent)).toEqual([
      'CANCEL A-1003 P-503 2027-03-02T16:00:00.000Z',
      'NEW A-1005 P-505 2027-03-03T14:45:00.000Z',
      'UPDATE A-1002 P-502 2027-03-01T17:00:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-501 2027-03-01T15:00:00.000Z active',
      'P-502 2027-03-01T17:00:00.000Z active',
      'P-503 2027-03-02T16:00:00.000Z cancelled',
      'P-504 2027-03-02T20:15:00.000Z active',
      'P-505 2027-03-03T14:45:00.000Z active',
    ]);

    // Day 3: the same schedule exported again (rows in another order, as a report sorted by
    // patient would print them): nothing changed, nothing is sent.
    const [hd, ...rows] = day2.trim().split('\r\n');
    const three = await day(h, csv(hd!, ...rows.reverse()));
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(three.sent).toEqual([]);
    expect(portal(h)).toHaveLength(5);
    expect(sentItems(sandboxDir(h))).toHaveLength(4 + 3);

    // Day 4: A-1003 is booked again at its old time: one send brings it back on the portal.
    const four = await day(h, day2.replace(/Cancelled\r\n/, 'Scheduled\r\n'));
    expect(four.job.state, four.job.reason).toBe('processed');
    expect(four.sent.map((s) => `${s.appointmentId} ${s.patientId} ${s.start}`)).toEqual([
      'A-1003 P-503 2027-03-02T16:00:00.000Z',
    ]);
    expect(portal(h)).toContain('P-503 2027-03-02T16:00:00.000Z active');
    expect(portal(h).filter((l) => l.endsWith('cancelled'))).toEqual([]);
    expect(sentItems(sandboxDir(h))).toHaveLength(4 + 3 + 1);
  });

  it('1b. the status column gone: an appointment a row said was cancelled is not booked again by a file that cannot say cancelled; the rest of the file goes', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type';
    const anna = (time: string) => `C-1,P-511,Anna,Berg,1980-02-03,2027-03-01,${time},Dr Jane Smith,Checkup`;
    const ben = 'C-2,P-512,Ben,Cole,1975-06-07,2027-03-01,09:30,Dr Jane Smith,Checkup'; // 15:30Z
    // CST (UTC-6): 09:00 = 15:00Z, 11:00 = 17:00Z.
    const one = await day(h, csv(`${header},Status`, `${anna('09:00')},Scheduled`, `${ben},Scheduled`));
    expect(sentLines(one.sent)).toEqual([
      'NEW C-1 P-511 2027-03-01T15:00:00.000Z',
      'NEW C-2 P-512 2027-03-01T15:30:00.000Z',
    ]);
    const two = await day(h, csv(`${header},Status`, `${anna('09:00')},Scheduled`, `${ben},Cancelled`));
    expect(sentLines(two.sent)).toEqual(['CANCEL C-2 P-512 2027-03-01T15:30:00.000Z']);

    // Day 3: the report lost its Status column. Ben's row is still listed; nothing in the file
    // says booked or cancelled, so it is refused, not sent as an UPDATE that books it again.
    // Anna's move to 11:00 still goes.
    const three = await day(h, csv(header, anna('11:00'), ben));
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(sentLines(three.sent)).toEqual(['UPDATE C-1 P-511 2027-03-01T17:00:00.000Z']);
    expect(three.job.rowErrors).toMatchObject([{ line: 3, appointmentId: 'C-2', field: 'status' }]);
    expect(three.job.rowErrors[0]!.message).toContain('was sent as cancelled');
    expect(portal(h)).toEqual([
      'P-511 2027-03-01T17:00:00.000Z active',
      'P-512 2027-03-01T15:30:00.000Z cancelled',
    ]);

    // Day 4: the Status column back, and Ben booked again: now it goes.
    const four = await day(h, csv(`${header},Status`, `${anna('11:00')},Scheduled`, `${ben},Scheduled`));
    expect(sentLines(four.sent)).toEqual(['UPDATE C-2 P-512 2027-03-01T15:30:00.000Z']);
    expect(portal(h)).toContain('P-512 2027-03-01T15:30:00.000Z active');
  });

  it('1c. a patient id given to another person in a later export: those rows are refused, naming the appointment sent for the first; a name changed alone still goes', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appt Date,Appt Time,Patient Name,Chart #,DOB,Provider,Appt Type,Status';
    // CST (UTC-6): 03/02 09:00 = 15:00Z, 10:15 = 16:15Z; 03/03 15:30 = 21:30Z, 16:00 = 22:00Z.
    const maria = '03/02/2027,9:00 AM,"Lopez, Maria",10452,03/12/1984,"Reyes, Carmen MD",Follow Up,Scheduled';
    const james =
      '03/02/2027,10:15 AM,"Okafor, James",10460,11/02/1979,"Walsh, Tom DO",New Patient,Confirmed';
    const one = await day(h, csv(header, maria, james));
    expect(one.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW 10452 2027-03-02T15:00:00.000Z',
      'NEW 10460 2027-03-02T16:15:00.000Z',
    ]);

    // Day 2: chart 10452 given to Sofia Lopez, born 2016: another name and another birth date.
    const sofia =
      '03/03/2027,3:30 PM,"Lopez, Sofia",10452,06/05/2016,"Reyes, Carmen MD",Well Child,Scheduled';
    const linda = '03/03/2027,4:00 PM,"Chen, Linda",10471,07/22/1990,"Walsh, Tom DO",Physical,Confirmed';
    const two = await day(h, csv(header, sofia, linda));
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW 10471 2027-03-03T22:00:00.000Z',
    ]);
    const mariaId = one.sent[0]!.appointmentId;
    expect(two.job.rowErrors).toMatchObject([{ line: 2, field: 'patientId', value: '10452' }]);
    expect(two.job.rowErrors[0]!.message).toContain(`(appointment ${mariaId} on 2027-03-02)`);
    expect(two.job.rowErrors[0]!.message).not.toContain('Sofia');

    // Day 3: Maria married: a new last name, the same birth date. The same person: it goes.
    const married = maria.replace('"Lopez, Maria"', '"Reyes, Maria"');
    const three = await day(h, csv(header, married, james));
    expect(three.job.rowErrors).toEqual([]);
    expect(three.sent.map((s) => `${s.action} ${s.appointmentId} ${s.patientId}`)).toEqual([
      `UPDATE ${mariaId} 10452`,
    ]);
  });

  it('1d. no patient-id column: a name or a birth date corrected moves the appointment to the corrected patient (same person); another person under the id is still held', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appointment ID,Patient Name,DOB,Appt Date,Appt Time,Provider,Appt Type,Status';
    // CST (UTC-6): 9:00 AM = 15:00Z, 10:00 AM = 16:00Z.
    const jon = (name: string) =>
      `48121,"${name}",04/12/1961,03/02/2027,9:00 AM,"Lee, Anna MD",Follow Up,Scheduled`;
    const thanh = (dob: string) =>
      `48123,"Nguyen, Thanh",${dob},03/02/2027,10:00 AM,"Lee, Anna MD",Physical,Scheduled`;
    const one = await day(h, csv(header, jon('Smith, Jon'), thanh('07/04/1988')));
    expect(one.sent.map((s) => `${s.action} ${s.appointmentId}`)).toEqual(['NEW 48121', 'NEW 48123']);
    const before = one.sent.map((s) => s.patientId);

    // Day 2: Jon's first name corrected to John; Thanh's birth date corrected to 07/14. The patient
    // ids are made from name and birth date, so both change: one person each, sent as UPDATEs.
    const two = await day(h, csv(header, jon('Smith, John'), thanh('07/14/1988')));
    // Before the fix: held, as if appointment 48121 moved to another patient.
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.appointmentId} ${s.start}`)).toEqual([
      'UPDATE 48121 2027-03-02T15:00:00.000Z',
      'UPDATE 48123 2027-03-02T16:00:00.000Z',
    ]);
    for (const [i, s] of two.sent.entries()) expect(s.patientId).not.toBe(before[i]);

    // Day 3: 48121 now for someone of another name and another birth date: held, nothing sent.
    const other = '48121,"Brown, Lisa",02/14/1990,03/02/2027,9:00 AM,"Lee, Anna MD",Follow Up,Scheduled';
    const three = await day(h, csv(header, other, thanh('07/14/1988')));
    expect(three.job.state, three.job.reason).toBe('held');
    expect(three.job.doubts!.map((d) => d.kind)).toEqual(['identity']);
    expect(three.sent).toEqual([]);
  });

  it('1e. a new patient listed first without a chart number, then with one: asked once, then the same person, one UPDATE; a chart number for another name is still held', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago' }],
      tuning: { inboxCheckMs: 300 },
    });
    // `mapping confirm` reads the practice from settings.json in the data folder.
    fs.mkdirSync(h.dataDir, { recursive: true });
    fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
    await h.start();
    // Dentrix-style: a new patient's appointment is booked before the patient record exists, so
    // the first export has no chart number for Devin Moss; the next one has it.
    const header = 'Appt ID,Date,Time,Patient,Chart #,DOB,Provider,Type,Status';
    const lena =
      '88120,03/02/2027,9:00 AM,"Harper, Lena",1041,04/12/1988,"Shaw, Riley PsyD",Follow Up,Scheduled';
    const devin = (chart: string, name = 'Moss, Devin') =>
      `88131,03/02/2027,10:00 AM,"${name}",${chart},09/30/1979,"Shaw, Riley PsyD",New Patient,Scheduled`;
    // A chart number missing where the other rows have one is asked once (patient-id-gaps): the
    // patient would go under an id made from name and birth date until the number is filled in.
    const one = await day(h, csv(header, lena, devin('')));
    expect(one.job.state, one.job.reason).toBe('held');
    expect(one.job.doubts!.map((d) => d.check)).toContain('patient-id-gaps');
    await confirmMapping(h);
    await h.waitFor((jobs) => jobs.some((j) => j.id === one.job.id && j.state === 'processed'));
    await sleep(400);
    // CST (UTC-6): 10:00 AM = 16:00Z.
    const made = sentItems(sandboxDir(h)).find((s) => s.appointmentId === '88131')!;
    expect(made.patientId).toMatch(/^P-[0-9a-f]{12}$/);

    // Before the fix: held for good ("sent for patient id P-…, this file gives it to 1102"), and
    // confirming the mapping did not release it.
    const two = await day(h, csv(header, lena, devin('1102')));
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.appointmentId} ${s.patientId} ${s.start}`)).toEqual([
      'UPDATE 88131 1102 2027-03-02T16:00:00.000Z',
    ]);

    // Another name under the appointment, with a chart number: not the same person, held.
    const three = await day(h, csv(header, lena, devin('1207', 'Moss, Dana')));
    expect(three.job.state, three.job.reason).toBe('held');
    expect(three.sent).toEqual([]);
  });

  it('1f. two reports of one system, one with the e-mail column and one without: the e-mail sent stays, nothing is sent for its absence', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Los_Angeles' }] });
    await h.start();
    // Cliniko's appointments export (with `email`) and the same rows from a report without it.
    // The end stays at 17:30 on every day: the day-3 move to 17:00 must not end before it starts
    // (a row error since red team 57d).
    const head =
      'id,starts_at,ends_at,patient_id,patient_first_name,patient_last_name,patient_date_of_birth,practitioner,appointment_type,business,did_not_arrive,cancelled_at,cancellation_reason';
    const hana = (start: string, email?: string) =>
      `88001,${start},2026-12-18T17:30:00Z,2201,Hana,Yamamoto,1987-02-14,Dr Aroha Ngata,Initial Consultation,Chico Physio,false,,` +
      (email === undefined ? '' : `,${email}`);
    const one = await day(h, csv(`${head},email`, hana('2026-12-18T16:00:00Z', 'hana.y@example.org')));
    expect(one.sent.map((s) => `${s.action} ${s.appointmentId}`)).toEqual(['NEW 88001']);

    // Before the fix: UPDATE 88001 carrying no-email@invalid, wiping the address from the portal.
    const two = await day(h, csv(head, hana('2026-12-18T16:00:00Z')));
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent).toEqual([]);

    // Moved, in the report without e-mail: one UPDATE, which carries the e-mail sent on day 1 ...
    const three = await day(h, csv(head, hana('2026-12-18T17:00:00Z')));
    expect(three.sent.map((s) => `${s.action} ${s.appointmentId} ${s.start}`)).toEqual([
      'UPDATE 88001 2026-12-18T17:00:00.000Z',
    ]);
    // ... so the export with the e-mail at the new time finds nothing changed (had day 3 sent the
    // placeholder, this would be another UPDATE).
    const four = await day(h, csv(`${head},email`, hana('2026-12-18T17:00:00Z', 'hana.y@example.org')));
    expect(four.job.state, four.job.reason).toBe('processed');
    expect(four.sent).toEqual([]);
  });

  it('2. no id column (derived ids): a move within the day is one UPDATE; two same-day appointments of a patient stay two', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    // A chart number but no appointment id: the connector derives the ids (patient, provider, day, slot).
    const header = 'Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status';
    const gail = 'P-601,Gail,Hart,1971-01-21,2027-03-01,08:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed'; // 14:00Z
    const hugo = (time: string) =>
      `P-602,Hugo,Ives,1983-05-06,2027-03-01,${time},Dr Jane Smith,Checkup,Harbour Clinic,Confirmed`;
    const iris = (time: string) =>
      `P-603,Iris,Jones,1959-12-24,2027-03-01,${time},Dr Jane Smith,Checkup,Harbour Clinic,Confirmed`;
    // An evening appointment: 18:30 CST on 03-01 is already 03-02 in UTC (00:30Z).
    const jude = (time: string) =>
      `P-604,Jude,King,1964-02-29,2027-03-01,${time},Dr Jane Smith,Checkup,Harbour Clinic,Confirmed`;
    // CST (UTC-6): Hugo 09:00 = 15:00Z; Iris 10:00 = 16:00Z and 15:00 = 21:00Z.
    const one = await day(h, csv(header, gail, hugo('09:00'), iris('10:00'), iris('15:00'), jude('18:30')));
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(one.sent.map((s) => s.action)).toEqual(['NEW', 'NEW', 'NEW', 'NEW', 'NEW']);
    const ids = one.sent.map((s) => s.appointmentId);
    for (const id of ids) expect(id).toMatch(/^A-[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(5); // Iris's two appointments have two ids
    const idOf = (patient: string, start: string) =>
      one.sent.find((s) => s.patientId === patient && s.start === start)!.appointmentId;
    const hugoId = idOf('P-602', '2027-03-01T15:00:00.000Z');
    expect(portal(h)).toEqual([
      'P-601 2027-03-01T14:00:00.000Z active',
      'P-602 2027-03-01T15:00:00.000Z active',
      'P-603 2027-03-01T16:00:00.000Z active',
      'P-603 2027-03-01T21:00:00.000Z active',
      'P-604 2027-03-02T00:30:00.000Z active',
    ]);

    // Day 2: Hugo moved from 09:00 to 13:30 the same day, same provider (13:30 CST = 19:30Z).
    const two = await day(h, csv(header, gail, iris('10:00'), hugo('13:30'), iris('15:00'), jude('18:30')));
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(sentLines(two.sent)).toEqual([`UPDATE ${hugoId} P-602 2027-03-01T19:30:00.000Z`]);
    expect(portal(h)).toEqual([
      'P-601 2027-03-01T14:00:00.000Z active',
      'P-602 2027-03-01T19:30:00.000Z active',
      'P-603 2027-03-01T16:00:00.000Z active',
      'P-603 2027-03-01T21:00:00.000Z active',
      'P-604 2027-03-02T00:30:00.000Z active',
    ]);

    // Day 3: Iris's afternoon appointment moves from 15:00 to 16:00 (22:00Z); it stays her second
    // of the day, so it keeps its id: one UPDATE, her morning one untouched. Jude's evening
    // appointment moves to 17:00 (23:00Z on 03-01): another UTC day, the same local day, so the
    // same id: one UPDATE.
    const irisLate = idOf('P-603', '2027-03-01T21:00:00.000Z');
    const judeId = idOf('P-604', '2027-03-02T00:30:00.000Z');
    const three = await day(h, csv(header, gail, iris('10:00'), hugo('13:30'), iris('16:00'), jude('17:00')));
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(sentLines(three.sent)).toEqual([
      `UPDATE ${irisLate} P-603 2027-03-01T22:00:00.000Z`,
      `UPDATE ${judeId} P-604 2027-03-01T23:00:00.000Z`,
    ]);
    expect(portal(h)).toEqual([
      'P-601 2027-03-01T14:00:00.000Z active',
      'P-602 2027-03-01T19:30:00.000Z active',
      'P-603 2027-03-01T16:00:00.000Z active',
      'P-603 2027-03-01T22:00:00.000Z active',
      'P-604 2027-03-01T23:00:00.000Z active',
    ]);

    // Day 4: Iris's morning appointment is cancelled (the row stays, with its status). Her
    // afternoon one keeps its id: only the morning one is cancelled.
    const irisEarly = idOf('P-603', '2027-03-01T16:00:00.000Z');
    const cancelledMorning = iris('10:00').replace(/Confirmed$/, 'Cancelled');
    const four = await day(
      h,
      csv(header, gail, cancelledMorning, hugo('13:30'), iris('16:00'), jude('17:00')),
    );
    expect(four.job.state, four.job.reason).toBe('processed');
    expect(sentLines(four.sent)).toEqual([`CANCEL ${irisEarly} P-603 2027-03-01T16:00:00.000Z`]);
    expect(portal(h)).toEqual([
      'P-601 2027-03-01T14:00:00.000Z active',
      'P-602 2027-03-01T19:30:00.000Z active',
      'P-603 2027-03-01T16:00:00.000Z cancelled',
      'P-603 2027-03-01T22:00:00.000Z active',
      'P-604 2027-03-01T23:00:00.000Z active',
    ]);
    expect(sentItems(sandboxDir(h))).toHaveLength(5 + 1 + 2 + 1);
  });

  it('2b. no id column: when the first of two same-day appointments moves to another day, the second keeps its own id (not sent onto itself)', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status';
    const maria = (date: string, time: string, type: string) =>
      `P-701,Maria,Lopez,1980-04-12,${date},${time},Dr Helen Ng,${type},Harbour Clinic,Confirmed`;
    // CST (UTC-6): 09:00 = 15:00Z, 14:00 = 20:00Z; Tuesday 08:00 = 14:00Z.
    const one = await day(
      h,
      csv(header, maria('2027-03-01', '09:00', 'Lab draw'), maria('2027-03-01', '14:00', 'Consult')),
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(portal(h)).toEqual([
      'P-701 2027-03-01T15:00:00.000Z active',
      'P-701 2027-03-01T20:00:00.000Z active',
    ]);

    // The lab draw moves to Tuesday. The consult is now Monday's first: numbered alone it would
    // take the lab draw's id (an UPDATE to 20:00Z) beside its own old id at 20:00Z, twice on the
    // portal (this was held). It keeps the id sent for it at 20:00Z (derived-slots.ts): unchanged.
    // The lab draw on another day is a new id, sent as NEW; outside snapshot mode its Monday id is
    // left as it is (see "Appointment and patient ids").
    const two = await day(
      h,
      csv(header, maria('2027-03-01', '14:00', 'Consult'), maria('2027-03-02', '08:00', 'Lab draw')),
    );
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW P-701 2027-03-02T14:00:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-701 2027-03-01T15:00:00.000Z active',
      'P-701 2027-03-01T20:00:00.000Z active',
      'P-701 2027-03-02T14:00:00.000Z active',
    ]);
  });

  it('2c. an appointment-id column added to an export that had none: held, not sent beside the derived ids; accepted once, the derived ones are cancelled and the own ids sent', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago' }],
      tuning: { inboxCheckMs: 300 },
    });
    fs.mkdirSync(h.dataDir, { recursive: true });
    fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
    await h.start();
    const header = 'Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    const row = (patient: string, name: string, time: string, status: string) =>
      `${patient},${name},1980-02-03,2027-03-01,${time},Dr Jane Smith,Checkup,${status}`;
    // CST (UTC-6): 09:00 = 15:00Z, 10:00 = 16:00Z, 10:30 = 16:30Z, 11:00 = 17:00Z, 12:00 = 18:00Z.
    const one = await day(
      h,
      csv(
        header,
        row('P-701', 'Gail,Hart', '09:00', 'Confirmed'),
        row('P-702', 'Hugo,Ives', '10:00', 'Confirmed'),
        row('P-703', 'Iris,Jones', '11:00', 'Confirmed'),
      ),
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    const derived = one.sent.map((s) => s.appointmentId);
    for (const id of derived) expect(id).toMatch(/^A-[0-9a-f]{16}$/);

    // Day 2: the same query with the appointment number added. Gail unchanged, Hugo moved to
    // 10:30, Iris cancelled (her 88125 was never sent: alone it would be skipped as nothing to cancel).
    const withIds = (...rows: string[]) => csv(`Appt ID,${header}`, ...rows);
    const gail = `88120,${row('P-701', 'Gail,Hart', '09:00', 'Confirmed')}`;
    const hugo = `88121,${row('P-702', 'Hugo,Ives', '10:30', 'Confirmed')}`;
    const iris = `88125,${row('P-703', 'Iris,Jones', '11:00', 'Cancelled')}`;
    const two = await day(h, withIds(gail, hugo, iris));
    // Before the fix: NEW 88120 and 88121 beside the derived ids, Iris's derived id left booked.
    expect(two.job.state, two.job.reason).toBe('held');
    expect(two.sent).toEqual([]);
    const doubt = two.job.doubts!.find((d) => d.kind === 'mass-cancel')!;
    expect(doubt.count).toBe(3);
    expect(doubt.samples).toEqual(derived);
    expect(doubt.message).toContain('ids of its own (88120');

    await confirmMapping(h, '--accept-cancellations');
    await h.waitFor((jobs) => jobs.some((j) => j.id === two.job.id && j.state === 'processed'));
    await sleep(400);
    expect(sentLines(sentItems(sandboxDir(h)).slice(3))).toEqual([
      `CANCEL ${derived[0]} P-701 2027-03-01T15:00:00.000Z`,
      `CANCEL ${derived[1]} P-702 2027-03-01T16:00:00.000Z`,
      `CANCEL ${derived[2]} P-703 2027-03-01T17:00:00.000Z`,
      'NEW 88120 P-701 2027-03-01T15:00:00.000Z',
      'NEW 88121 P-702 2027-03-01T16:30:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-701 2027-03-01T15:00:00.000Z active',
      'P-701 2027-03-01T15:00:00.000Z cancelled',
      'P-702 2027-03-01T16:00:00.000Z cancelled',
      'P-702 2027-03-01T16:30:00.000Z active',
      'P-703 2027-03-01T17:00:00.000Z cancelled',
    ]);

    // Day 3: the own ids from now on, one appointment more: it goes without a question.
    const three = await day(
      h,
      withIds(gail, hugo, iris, `88130,${row('P-704', 'Jude,King', '12:00', 'Confirmed')}`),
    );
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(sentLines(three.sent)).toEqual(['NEW 88130 P-704 2027-03-01T18:00:00.000Z']);
  });

  it('2d. the appointment-id column gone from an export that had one: held, not sent beside the own ids; accepted once, the own ones are cancelled and ids made from patient, provider and time sent', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago' }],
      tuning: { inboxCheckMs: 300 },
    });
    fs.mkdirSync(h.dataDir, { recursive: true });
    fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
    await h.start();
    const header = 'Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    const row = (patient: string, name: string, time: string, status: string) =>
      `${patient},${name},1980-02-03,2027-03-01,${time},Dr Jane Smith,Checkup,${status}`;
    // CST (UTC-6): 09:00 = 15:00Z, 10:00 = 16:00Z, 10:30 = 16:30Z, 11:00 = 17:00Z.
    const one = await day(
      h,
      csv(
        `Appt ID,${header}`,
        `88120,${row('P-701', 'Gail,Hart', '09:00', 'Confirmed')}`,
        `88121,${row('P-702', 'Hugo,Ives', '10:00', 'Confirmed')}`,
        `88125,${row('P-703', 'Iris,Jones', '11:00', 'Confirmed')}`,
      ),
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(one.sent.map((s) => s.appointmentId)).toEqual(['88120', '88121', '88125']);

    // Day 2: the report edited, its Appt ID column gone. Gail unchanged, Hugo moved to 10:30, Iris
    // cancelled (under an id made from her row, never sent: alone it would be skipped).
    const noIds = () =>
      csv(
        header,
        row('P-701', 'Gail,Hart', '09:00', 'Confirmed'),
        row('P-702', 'Hugo,Ives', '10:30', 'Confirmed'),
        row('P-703', 'Iris,Jones', '11:00', 'Cancelled'),
      );
    const two = await day(h, noIds());
    // Before the fix: NEW A-… for Gail and Hugo beside 88120 and 88121, and 88125 left booked.
    expect(two.job.state, two.job.reason).toBe('held');
    expect(two.sent).toEqual([]);
    const doubt = two.job.doubts!.find((d) => d.kind === 'mass-cancel')!;
    expect(doubt.count).toBe(3);
    expect(doubt.samples).toEqual(['88120', '88121', '88125']);
    expect(doubt.message).toContain("sent before under the export's own ids (88120");
    expect(doubt.question).toContain('lose its appointment-id column');

    await confirmMapping(h, '--accept-cancellations');
    await h.waitFor((jobs) => jobs.some((j) => j.id === two.job.id && j.state === 'processed'));
    await sleep(400);
    const sent = sentItems(sandboxDir(h)).slice(3);
    const cancels = sent.filter((s) => s.action === 'CANCEL');
    const news = sent.filter((s) => s.action !== 'CANCEL');
    expect(sent).toHaveLength(5);
    expect(sentLines(cancels)).toEqual([
      'CANCEL 88120 P-701 2027-03-01T15:00:00.000Z',
      'CANCEL 88121 P-702 2027-03-01T16:00:00.000Z',
      'CANCEL 88125 P-703 2027-03-01T17:00:00.000Z',
    ]);
    expect(news.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW P-701 2027-03-01T15:00:00.000Z',
      'NEW P-702 2027-03-01T16:30:00.000Z',
    ]);
    for (const s of news) expect(s.appointmentId).toMatch(/^A-[0-9a-f]{16}$/);
    expect(portal(h)).toEqual([
      'P-701 2027-03-01T15:00:00.000Z active',
      'P-701 2027-03-01T15:00:00.000Z cancelled',
      'P-702 2027-03-01T16:00:00.000Z cancelled',
      'P-702 2027-03-01T16:30:00.000Z active',
      'P-703 2027-03-01T17:00:00.000Z cancelled',
    ]);

    // Day 3: the same export without ids again: nothing new, nothing asked.
    const three = await day(h, noIds());
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(three.sent).toEqual([]);
  });

  it('2e. the appointment-id and patient-id columns both gone: held (patients known by name and birth date), not sent twice; accepted once, the own ids of those patients are cancelled', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago' }],
      tuning: { inboxCheckMs: 300 },
    });
    fs.mkdirSync(h.dataDir, { recursive: true });
    fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
    await h.start();
    const header = 'First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    const row = (name: string, time: string, status: string) =>
      `${name},1980-02-03,2027-03-01,${time},Dr Jane Smith,Checkup,${status}`;
    // CST (UTC-6): 09:00 = 15:00Z, 10:00 = 16:00Z, 10:30 = 16:30Z, 11:00 = 17:00Z.
    const one = await day(
      h,
      csv(
        `Appt ID,Patient ID,${header}`,
        `88130,7701,${row('Gail,Hart', '09:00', 'Confirmed')}`,
        `88131,7702,${row('Hugo,Ives', '10:00', 'Confirmed')}`,
        `88135,7703,${row('Iris,Jones', '11:00', 'Confirmed')}`,
        `88136,7704,${row('Jude,King', '11:00', 'Confirmed')}`,
      ),
    );
    expect(one.sent.map((s) => s.appointmentId)).toEqual(['88130', '88131', '88135', '88136']);

    // Day 2: both id columns gone: patients now under ids made from name and birth date. Gail
    // unchanged, Hugo moved to 10:30, Iris cancelled; Jude's row is not in this export.
    const two = await day(
      h,
      csv(
        header,
        row('Gail,Hart', '09:00', 'Confirmed'),
        row('Hugo,Ives', '10:30', 'Confirmed'),
        row('Iris,Jones', '11:00', 'Cancelled'),
      ),
    );
    // Before the fix: processed, NEW A-… for Gail and Hugo beside 88130 and 88131, 88135 booked.
    expect(two.job.state, two.job.reason).toBe('held');
    expect(two.sent).toEqual([]);
    const doubt = two.job.doubts!.find((d) => d.kind === 'mass-cancel')!;
    // Gail, Hugo and Iris are this file's patients; Jude is not, and is left alone.
    expect(doubt.samples).toEqual(['88130', '88131', '88135']);

    await confirmMapping(h, '--accept-cancellations');
    await h.waitFor((jobs) => jobs.some((j) => j.id === two.job.id && j.state === 'processed'));
    await sleep(400);
    const sent = sentItems(sandboxDir(h)).slice(4);
    expect(sentLines(sent.filter((s) => s.action === 'CANCEL'))).toEqual([
      'CANCEL 88130 7701 2027-03-01T15:00:00.000Z',
      'CANCEL 88131 7702 2027-03-01T16:00:00.000Z',
      'CANCEL 88135 7703 2027-03-01T17:00:00.000Z',
    ]);
    expect(sent.filter((s) => s.action !== 'CANCEL').map((s) => s.start)).toEqual([
      '2027-03-01T15:00:00.000Z',
      '2027-03-01T16:30:00.000Z',
    ]);
    expect(portal(h).filter((l) => l.endsWith('active'))).toHaveLength(3); // Gail, Hugo, Jude
  });

  it('2f. no id column: an export that leaves out the morning appointment keeps the afternoon one under its own id; two rows never share one id', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    const smith = (time: string, type: string, status = 'Scheduled') =>
      `P-611,John,Smith,1961-04-12,2027-03-02,${time},Dr Anna Lee,${type},${status}`;
    const nguyen = 'P-612,Thanh,Nguyen,1988-07-04,2027-03-02,15:00,Dr Anna Lee,Physical,Scheduled';
    // CST (UTC-6): 08:00 = 14:00Z, 09:00 = 15:00Z, 14:00 = 20:00Z, 15:00 = 21:00Z.
    const one = await day(h, csv(header, smith('09:00', 'Lab Draw'), smith('14:00', 'Follow Up'), nguyen));
    expect(one.sent).toHaveLength(3);
    const idAt = (start: string) => one.sent.find((s) => s.start === start)!.appointmentId;
    const lab = idAt('2027-03-02T15:00:00.000Z');
    const followUp = idAt('2027-03-02T20:00:00.000Z');

    // Day 2, an "upcoming" list run at 11:15: the lab draw is over and not listed; the follow-up
    // is cancelled. Numbered alone, it would come out under the lab draw's id.
    const two = await day(h, csv(header, smith('14:00', 'Follow Up', 'Cancelled'), nguyen));
    // Before the fix: CANCEL <lab> at 20:00Z, and the follow-up left booked.
    expect(sentLines(two.sent)).toEqual([`CANCEL ${followUp} P-611 2027-03-02T20:00:00.000Z`]);
    expect(portal(h)).toEqual([
      'P-611 2027-03-02T15:00:00.000Z active',
      'P-611 2027-03-02T20:00:00.000Z cancelled',
      'P-612 2027-03-02T21:00:00.000Z active',
    ]);

    // Day 3: booked again: the follow-up comes back under its id (before: held as landing on itself).
    const three = await day(h, csv(header, smith('14:00', 'Follow Up'), nguyen));
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(sentLines(three.sent)).toEqual([`UPDATE ${followUp} P-611 2027-03-02T20:00:00.000Z`]);

    // Day 4: a new 08:00 visit listed first takes slot 1, the lab draw's id, which the 09:00 row
    // keeps as its own: two appointments under one id, one of them lost (held until 59f). The
    // file lists all the patient's visits of the day, so either reading (a visit added, or the lab
    // draw moved and another booked at 09:00) leaves the same three: the 08:00 settles after the
    // file's other rows under an id of its own (derived-slots.ts), the only thing sent.
    const four = await day(
      h,
      csv(
        header,
        smith('08:00', 'Fasting Labs'),
        smith('09:00', 'Lab Draw'),
        smith('14:00', 'Follow Up'),
        nguyen,
      ),
    );
    expect(four.job.state, four.job.reason).toBe('processed');
    expect(four.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW P-611 2027-03-02T14:00:00.000Z',
    ]);
    expect([lab, followUp]).not.toContain(four.sent[0]!.appointmentId);
    expect(portal(h)).toEqual([
      'P-611 2027-03-02T14:00:00.000Z active',
      'P-611 2027-03-02T15:00:00.000Z active',
      'P-611 2027-03-02T20:00:00.000Z active',
      'P-612 2027-03-02T21:00:00.000Z active',
    ]);
  });

  it('3. a row counter instead of ids: a row inserted at the top shifts every number; only the new appointment is sent', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = '#,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    const rows = [
      'P-701,Jon,Kerr,1966-07-08,2027-03-02,09:00,Dr Jane Smith,Checkup,Confirmed', // 15:00Z
      'P-702,Kim,Lowe,1992-03-04,2027-03-02,09:30,Dr Jane Smith,Checkup,Confirmed', // 15:30Z
      'P-703,Lea,Moss,1979-10-11,2027-03-02,10:00,Dr Jane Smith,Checkup,Confirmed', // 16:00Z
    ];
    const numbered = (rs: string[]) => rs.map((r, i) => `${i + 1},${r}`);
    const one = await day(h, csv(header, ...numbered(rows)));
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(one.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW P-701 2027-03-02T15:00:00.000Z',
      'NEW P-702 2027-03-02T15:30:00.000Z',
      'NEW P-703 2027-03-02T16:00:00.000Z',
    ]);
    // The counter is not taken for the id: "1", "2", "3" are not what was sent.
    for (const s of one.sent) expect(s.appointmentId).not.toMatch(/^\d+$/);

    // Day 2: an 08:30 appointment (14:30Z) for a new patient is printed first: every # shifts by one.
    const added = 'P-704,Max,Nye,1985-02-28,2027-03-02,08:30,Dr Jane Smith,Checkup,Confirmed';
    const two = await day(h, csv(header, ...numbered([added, ...rows])));
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW P-704 2027-03-02T14:30:00.000Z',
    ]);
    expect(one.sent.map((s) => s.appointmentId)).not.toContain(two.sent[0]!.appointmentId);
    expect(portal(h)).toEqual([
      'P-701 2027-03-02T15:00:00.000Z active',
      'P-702 2027-03-02T15:30:00.000Z active',
      'P-703 2027-03-02T16:00:00.000Z active',
      'P-704 2027-03-02T14:30:00.000Z active',
    ]);
    // No appointment id was ever sent for two patients.
    const owner = new Map<string, string>();
    for (const s of sentItems(sandboxDir(h))) {
      expect(owner.get(s.appointmentId) ?? s.patientId).toBe(s.patientId);
      owner.set(s.appointmentId, s.patientId);
    }
    expect(sentItems(sandboxDir(h))).toHaveLength(3 + 1);
  });

  it('4. snapshot mode with a stated range: an appointment alone on the first day and gone is cancelled once; one outside the range is left alone', async ({
    onTestFinished,
  }) => {
    // 1 of the range's 3 is cancelled (33 %): allowed (the mass-cancel guard: snapshot-guard.test.ts).
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago', snapshotMode: true, maxSnapshotCancelPercent: 50 }],
    });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    // Sent earlier from another file: Monday 03/08/2027 10:00 CST = 16:00Z, outside 03/01-03/05.
    const other = await day(
      h,
      csv(header, 'B-2001,P-809,Ola,Park,1977-08-09,03/08/2027,10:00,Dr Jane Smith,Checkup,Confirmed'),
      'next-week.csv',
    );
    expect(other.job.state, other.job.reason).toBe('processed');
    expect(sentLines(other.sent)).toEqual(['NEW B-2001 P-809 2027-03-08T16:00:00.000Z']);

    const title = ['Appointment Report', 'Dates: 03/01/2027 - 03/05/2027', ''];
    const mon = 'B-1001,P-801,Pia,Quinn,1988-01-02,03/01/2027,09:00,Dr Jane Smith,Checkup,Confirmed'; // 15:00Z, alone on Mon
    const tue = 'B-1002,P-802,Rob,Ross,1970-05-17,03/02/2027,10:00,Dr Jane Smith,Checkup,Confirmed'; // 16:00Z
    const thu = 'B-1003,P-803,Sue,Tate,1995-09-03,03/04/2027,11:00,Dr Jane Smith,Checkup,Confirmed'; // 17:00Z
    const one = await day(h, csv(...title, header, mon, tue, thu));
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(sentLines(one.sent)).toEqual([
      'NEW B-1001 P-801 2027-03-01T15:00:00.000Z',
      'NEW B-1002 P-802 2027-03-02T16:00:00.000Z',
      'NEW B-1003 P-803 2027-03-04T17:00:00.000Z',
    ]);

    // Day 2: Monday's only appointment is gone from the same report; its own rows now start on
    // Tuesday, but the title still states 03/01-03/05, so Monday is covered: B-1001 is cancelled.
    const two = await day(h, csv(...title, header, tue, thu));
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(sentLines(two.sent)).toEqual(['CANCEL B-1001 P-801 2027-03-01T15:00:00.000Z']);
    expect(portal(h)).toEqual([
      'P-801 2027-03-01T15:00:00.000Z cancelled',
      'P-802 2027-03-02T16:00:00.000Z active',
      'P-803 2027-03-04T17:00:00.000Z active',
      'P-809 2027-03-08T16:00:00.000Z active',
    ]);

    // Day 3: the same again: the cancel is not sent twice, next week's appointment still stands.
    const three = await day(h, csv(...title, header, thu, tue));
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(three.sent).toEqual([]);
    expect(portal(h)).toContain('P-809 2027-03-08T16:00:00.000Z active');
    expect(sentItems(sandboxDir(h))).toHaveLength(1 + 3 + 1);
  });

  it('4b. snapshot mode: a row with one bad field is still present (never cancelled); a row error without a readable id cancels nothing', async ({
    onTestFinished,
  }) => {
    // 1 of the range's 3 is cancelled (33 %): allowed (the mass-cancel guard: snapshot-guard.test.ts).
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago', snapshotMode: true, maxSnapshotCancelPercent: 50 }],
    });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    const title = ['Appointment Report', 'Dates: 03/01/2027 - 03/05/2027', ''];
    const a = 'D-1,P-901,Pia,Quinn,1988-01-02,03/01/2027,09:00,Dr Jane Smith,Checkup,Confirmed'; // 15:00Z
    const b = 'D-2,P-902,Rob,Ross,1970-05-17,03/02/2027,10:00,Dr Jane Smith,Checkup,Confirmed'; // 16:00Z
    const c = 'D-3,P-903,Sue,Tate,1995-09-03,03/04/2027,11:00,Dr Jane Smith,Checkup,Confirmed'; // 17:00Z
    const one = await day(h, csv(...title, header, a, b, c));
    expect(sentLines(one.sent)).toHaveLength(3);

    // Day 2: D-2's birth date is impossible (month 13): a row error, but D-2 is still booked.
    const bBad = b.replace('1970-05-17', '1970-13-17');
    const two = await day(h, csv(...title, header, a, bBad, c));
    expect(two.job.rowErrors).toMatchObject([{ appointmentId: 'D-2', field: 'dob' }]);
    expect(two.sent).toEqual([]);

    // Day 3: a row whose id cannot be read either (empty id and a broken date): it may be any of
    // them, so nothing is cancelled, although D-3 is missing.
    const broken = ',P-903,Sue,Tate,1995-09-03,03/44/2027,11:00,Dr Jane Smith,Checkup,Confirmed';
    const three = await day(h, csv(...title, header, a, b, broken));
    expect(three.job.rowErrors).toHaveLength(1);
    expect(three.sent).toEqual([]);
    expect(portal(h)).toEqual([
      'P-901 2027-03-01T15:00:00.000Z active',
      'P-902 2027-03-02T16:00:00.000Z active',
      'P-903 2027-03-04T17:00:00.000Z active',
    ]);

    // Day 4: clean again without D-3: now it is cancelled, once.
    const four = await day(h, csv(...title, header, a, b));
    expect(sentLines(four.sent)).toEqual(['CANCEL D-3 P-903 2027-03-04T17:00:00.000Z']);
  });

  it('4c. snapshot mode without a status column: an appointment the snapshot cancelled for being gone is booked again when listed again', async ({
    onTestFinished,
  }) => {
    // 1 of the range's 3 is cancelled (33 %): allowed (the mass-cancel guard: snapshot-guard.test.ts).
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago', snapshotMode: true, maxSnapshotCancelPercent: 50 }],
    });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type';
    const title = ['Appointment Report', 'Dates: 03/01/2027 - 03/05/2027', ''];
    const a = 'E-1,P-921,Pia,Quinn,1988-01-02,03/01/2027,09:00,Dr Jane Smith,Checkup'; // 15:00Z
    const b = 'E-2,P-922,Rob,Ross,1970-05-17,03/02/2027,10:00,Dr Jane Smith,Checkup'; // 16:00Z
    const c = 'E-3,P-923,Sue,Tate,1995-09-03,03/04/2027,11:00,Dr Jane Smith,Checkup'; // 17:00Z
    const one = await day(h, csv(...title, header, a, b, c));
    expect(sentLines(one.sent)).toHaveLength(3);
    const two = await day(h, csv(...title, header, a, c));
    expect(sentLines(two.sent)).toEqual(['CANCEL E-2 P-922 2027-03-02T16:00:00.000Z']);
    // Absence cancelled it; presence books it again (no row ever said cancelled).
    const three = await day(h, csv(...title, header, a, b, c));
    expect(three.job.rowErrors).toEqual([]);
    expect(sentLines(three.sent)).toEqual(['UPDATE E-2 P-922 2027-03-02T16:00:00.000Z']);
    expect(portal(h)).toContain('P-922 2027-03-02T16:00:00.000Z active');
  });

  it('5. a status word learnt once: the first file is held, confirmed once from the command line, then the word goes straight through', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/Chicago' }],
      tuning: { inboxCheckMs: 300 },
    });
    // `mapping confirm` reads the practice from settings.json in the data folder.
    fs.mkdirSync(h.dataDir, { recursive: true });
    fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status';
    const row = (id: string, patient: string, name: string, time: string, status: string) =>
      `${id},${patient},${name},1980-02-03,2027-03-03,${time},Dr Jane Smith,Checkup,Harbour Clinic,${status}`;
    // 2027-03-03 CST (UTC-6): 09:00 = 15:00Z, 09:30 = 15:30Z, 10:00 = 16:00Z.
    const one = await day(
      h,
      csv(
        header,
        row('C-1', 'P-901', 'Uma,Vance', '09:00', 'Confirmed'),
        row('C-2', 'P-902', 'Vic,Wade', '09:30', 'Confirmed'),
        row('C-3', 'P-903', 'Wes,Xu', '10:00', 'Umgebucht'),
      ),
    );
    expect(one.job.state).toBe('held');
    expect(one.job.doubts!.some((d) => d.kind === 'status' && d.samples.includes('Umgebucht'))).toBe(true);
    expect(one.sent).toEqual([]);

    await confirmMapping(h, '--status', 'Umgebucht=cancelled');
    // The held job goes at the next inbox check: C-1 and C-2 as NEW; C-3 "Umgebucht" (cancelled)
    // was never sent, so there is nothing to cancel and nothing to create.
    await h.waitFor((jobs) => jobs.some((j) => j.id === one.job.id && j.state === 'processed'));
    await sleep(400);
    expect(sentLines(sentItems(sandboxDir(h)))).toEqual([
      'NEW C-1 P-901 2027-03-03T15:00:00.000Z',
      'NEW C-2 P-902 2027-03-03T15:30:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-901 2027-03-03T15:00:00.000Z active',
      'P-902 2027-03-03T15:30:00.000Z active',
    ]);

    // Day 2: C-2 is now "Umgebucht" too. The word is known: not held, C-2 is cancelled.
    const two = await day(
      h,
      csv(
        header,
        row('C-1', 'P-901', 'Uma,Vance', '09:00', 'Confirmed'),
        row('C-2', 'P-902', 'Vic,Wade', '09:30', 'Umgebucht'),
        row('C-3', 'P-903', 'Wes,Xu', '10:00', 'Umgebucht'),
      ),
    );
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.job.doubts).toBeUndefined();
    expect(sentLines(two.sent)).toEqual(['CANCEL C-2 P-902 2027-03-03T15:30:00.000Z']);
    expect(portal(h)).toEqual([
      'P-901 2027-03-03T15:00:00.000Z active',
      'P-902 2027-03-03T15:30:00.000Z cancelled',
    ]);
    expect(h.jobs().filter((j) => j.state === 'held')).toEqual([]);
    expect(sentItems(sandboxDir(h))).toHaveLength(2 + 1);
  });

  it('6. day/month order learnt from data: remembered for a file of ambiguous dates; a file proving the other order is held, not flipped', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'Europe/London' }] });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Clinician,Type,Status';
    const row = (id: string, patient: string, date: string, time: string) =>
      `${id},${patient},Ann,Lee${patient.slice(2)},02/01/1980,${date},${time},Dr Ian Wood,Review,Booked`;
    // Day 1: 15/03/2027 can only be 15 March (no 15th month): day-first is proven.
    // London is on GMT (UTC+0) until 2027-03-28, BST (UTC+1) from then.
    const one = await day(
      h,
      csv(header, row('D-1', 'P-11', '15/03/2027', '09:00'), row('D-2', 'P-12', '05/04/2027', '10:00')),
    );
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(sentLines(one.sent)).toEqual([
      'NEW D-1 P-11 2027-03-15T09:00:00.000Z', // 15 March 09:00 GMT
      'NEW D-2 P-12 2027-04-05T09:00:00.000Z', // 5 April 10:00 BST
    ]);
    const memory = JSON.parse(
      fs.readFileSync(practiceMemoryFile(h.dataDir, h.settings.practices[0]!), 'utf8'),
    );
    expect(memory.dateOrder).toMatchObject({ order: 'DMY', source: 'data' });

    // Day 2: the report now starts later; every date could be read both ways (D-2 is unchanged).
    // Read day-first as remembered.
    const two = await day(
      h,
      csv(
        header,
        row('D-2', 'P-12', '05/04/2027', '10:00'), // unchanged: 5 April (month-first: 4 May)
        row('D-3', 'P-13', '02/04/2027', '10:00'), // 2 April 10:00 BST = 09:00Z (month-first: 4 Feb)
        row('D-4', 'P-14', '11/03/2027', '14:00'), // 11 March 14:00 GMT = 14:00Z (month-first: 3 Nov)
      ),
    );
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(sentLines(two.sent)).toEqual([
      'NEW D-3 P-13 2027-04-02T09:00:00.000Z',
      'NEW D-4 P-14 2027-03-11T14:00:00.000Z',
    ]);

    // London's region is day-first anyway, so day 2 alone cannot tell the memory from the region;
    // day 3 can: without the settled order, a file whose data proves month-first is simply read
    // month-first (checked by deleting the memory file first: the file is then processed).
    // Day 3: 03/25/2027 can only be month-first. Against the settled day-first order: held,
    // nothing sent (03/12/2027 is not read as 3 December either).
    const three = await day(
      h,
      csv(header, row('D-5', 'P-15', '03/25/2027', '09:00'), row('D-6', 'P-16', '03/12/2027', '11:00')),
    );
    expect(three.job.state, three.job.reason).toBe('held');
    expect(three.job.doubts!.map((d) => d.kind)).toContain('date-order');
    expect(three.sent).toEqual([]);
    expect(portal(h)).toEqual([
      'P-11 2027-03-15T09:00:00.000Z active',
      'P-12 2027-04-05T09:00:00.000Z active',
      'P-13 2027-04-02T09:00:00.000Z active',
      'P-14 2027-03-11T14:00:00.000Z active',
    ]);
    const still = JSON.parse(
      fs.readFileSync(practiceMemoryFile(h.dataDir, h.settings.practices[0]!), 'utf8'),
    );
    expect(still.dateOrder).toMatchObject({ order: 'DMY', source: 'data' });
    expect(sentItems(sandboxDir(h))).toHaveLength(2 + 2);
  });

  it('7. a change undone: an export byte-identical to an earlier one (not the last) is read, not taken for a duplicate', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    // 2027-03-01 CST (UTC-6): 09:00 = 15:00Z, 10:00 = 16:00Z, 11:00 = 17:00Z.
    const day1 = csv(
      header,
      'E-1,P-41,Nia,Ortiz,1982-06-15,2027-03-01,09:00,Dr Jane Smith,Checkup,Confirmed',
      'E-2,P-42,Otto,Pratt,1958-11-30,2027-03-01,10:00,Dr Jane Smith,Checkup,Confirmed',
    );
    const one = await day(h, day1);
    expect(sentLines(one.sent)).toEqual([
      'NEW E-1 P-41 2027-03-01T15:00:00.000Z',
      'NEW E-2 P-42 2027-03-01T16:00:00.000Z',
    ]);
    // Day 2: E-1 moved to 11:00, E-2 cancelled.
    const two = await day(
      h,
      csv(
        header,
        'E-1,P-41,Nia,Ortiz,1982-06-15,2027-03-01,11:00,Dr Jane Smith,Checkup,Confirmed',
        'E-2,P-42,Otto,Pratt,1958-11-30,2027-03-01,10:00,Dr Jane Smith,Checkup,Cancelled',
      ),
    );
    expect(sentLines(two.sent)).toEqual([
      'CANCEL E-2 P-42 2027-03-01T16:00:00.000Z',
      'UPDATE E-1 P-41 2027-03-01T17:00:00.000Z',
    ]);
    // Day 3: the practice undid both (E-1 back to 09:00, E-2 booked again): the report is now
    // byte for byte day 1's. It is the schedule as it stands today and must be read.
    const three = await day(h, day1);
    expect(
      three.job.reason ?? '',
      'BUG (main/engine/intake.ts, takeIn): a file whose content equals ANY ' +
        'earlier processed job of the practice is recorded as a duplicate (journal.findByContentHash), ' +
        'even when a later file changed the same appointments since; the portal keeps the stale state.',
    ).not.toMatch(/^Same content as/);
    expect(three.sent.map((s) => `${s.appointmentId} ${s.patientId} ${s.start}`).sort()).toEqual([
      'E-1 P-41 2027-03-01T15:00:00.000Z',
      'E-2 P-42 2027-03-01T16:00:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-41 2027-03-01T15:00:00.000Z active',
      'P-42 2027-03-01T16:00:00.000Z active',
    ]);
    expect(sentItems(sandboxDir(h))).toHaveLength(2 + 2 + 2);
  });

  it('7b. a change undone under a new name (appts_0800, _0900, _1000): the bytes of an older export are read; the same bytes as the latest are a duplicate whatever the name', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/Chicago' }] });
    await h.start();
    const header = 'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Status';
    // 2027-03-01 CST (UTC-6): 09:00 = 15:00Z, 10:00 = 16:00Z, 11:00 = 17:00Z.
    const at0800 = csv(
      header,
      'E-1,P-41,Nia,Ortiz,1982-06-15,2027-03-01,09:00,Dr Jane Smith,Checkup,Confirmed',
      'E-2,P-42,Otto,Pratt,1958-11-30,2027-03-01,10:00,Dr Jane Smith,Checkup,Confirmed',
    );
    const one = await day(h, at0800, 'appts_20270301_0800.csv');
    expect(sentLines(one.sent)).toEqual([
      'NEW E-1 P-41 2027-03-01T15:00:00.000Z',
      'NEW E-2 P-42 2027-03-01T16:00:00.000Z',
    ]);
    // 09:00: E-1 moved to 11:00, E-2 cancelled.
    const two = await day(
      h,
      csv(
        header,
        'E-1,P-41,Nia,Ortiz,1982-06-15,2027-03-01,11:00,Dr Jane Smith,Checkup,Confirmed',
        'E-2,P-42,Otto,Pratt,1958-11-30,2027-03-01,10:00,Dr Jane Smith,Checkup,Cancelled',
      ),
      'appts_20270301_0900.csv',
    );
    expect(sentLines(two.sent)).toEqual([
      'CANCEL E-2 P-42 2027-03-01T16:00:00.000Z',
      'UPDATE E-1 P-41 2027-03-01T17:00:00.000Z',
    ]);
    // 10:00: both undone, byte for byte the 08:00 file under a third name. Before the fix it was
    // filed as "Same content as appts_20270301_0800.csv" and the portal kept the 09:00 state.
    const three = await day(h, at0800, 'appts_20270301_1000.csv');
    expect(three.job.duplicateOf).toBeUndefined();
    expect(sentLines(three.sent)).toEqual([
      'UPDATE E-1 P-41 2027-03-01T15:00:00.000Z',
      'UPDATE E-2 P-42 2027-03-01T16:00:00.000Z',
    ]);
    expect(portal(h)).toEqual([
      'P-41 2027-03-01T15:00:00.000Z active',
      'P-42 2027-03-01T16:00:00.000Z active',
    ]);
    // The same bytes as the practice's latest export, under yet another name: nothing new.
    const four = await day(h, at0800, 'appts_20270301_1100.csv');
    expect(four.job.duplicateOf).toBe(three.job.id);
    expect(four.sent).toEqual([]);
  });
});
