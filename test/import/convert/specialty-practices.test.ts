// Specialty practice systems read with no question where a person reads them with certainty:
// a therapy practice's sessions and attendance (Owl Practice), a med spa's guests (Zenoti), a
// pediatric practice's custodian (PCC). Each beside its neighbour that must still be asked.
// Expected values worked out by hand from the files.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, EXPORTS, tempDir, writeLines } from './support.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function scratch(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

const OWL = path.join(EXPORTS, '67-owl-practice-sessions/sessions_export.csv');
const ZENOTI = path.join(EXPORTS, '68-zenoti-medspa-appointments/Appointments_Report.csv');
const PCC = path.join(EXPORTS, '70-pcc-pediatric-schedule/appointments.csv');

describe("a therapy practice's sessions (Owl Practice)", () => {
  it('goes with no question: Session ID is the id, Attendance the status, Non-Billable a visit', async () => {
    const r = await collect(OWL, { timeZone: 'America/Toronto' });
    expect(r.summary.doubts).toEqual([]);
    // Toronto is EST (-05:00) until 14 March 2027, EDT (-04:00) after
    expect(r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString()])).toEqual([
      ['58211', 'NEW', '2027-03-01T14:00:00.000Z'], // Attended
      ['58212', 'CANCEL', '2027-03-01T15:00:00.000Z'], // Late Cancelled
      ['58219', 'NEW', '2027-03-01T18:30:00.000Z'], // Non-Billable: it took place
      ['58225', 'CANCEL', '2027-03-08T14:00:00.000Z'], // Cancelled
      ['58230', 'NEW', '2027-03-08T15:00:00.000Z'], // No Show: missed, still an appointment
      ['58241', 'NEW', '2027-03-15T17:30:00.000Z'], // attendance not marked yet
    ]);
  });

  it('an attendance word it does not know beside them is still asked, the file held', async () => {
    const file = path.join(scratch(), 'sessions_export.csv');
    fs.writeFileSync(file, fs.readFileSync(OWL, 'utf8').replace('Non-Billable', 'Pending Review'));
    const r = await collect(file, { timeZone: 'America/Toronto' });
    const doubt = r.summary.doubts.find((d) => d.column === 'Attendance');
    expect(doubt?.samples).toContain('Pending Review');
  });

  it('a Session ID shared by two clients (a group session) is no appointment id', async () => {
    const file = writeLines(scratch(), 'group.csv', [
      'Session ID,Client First Name,Client Last Name,Date of Birth,Date,Start Time,Attendance',
      '7001,Ana,Lima,1990-01-05,2027-03-01,9:00 AM,Attended',
      '7001,Ben,Ortiz,1985-07-19,2027-03-01,9:00 AM,Attended',
      '7002,Ana,Lima,1990-01-05,2027-03-08,9:00 AM,',
    ]);
    const r = await collect(file, { timeZone: 'America/Toronto' });
    expect(r.summary.doubts.map((d) => [d.field, d.column])).toContainEqual(['appointmentId', 'Session ID']);
  });
});

describe("a session's date and number", () => {
  it("Practice Better's `Session Date` of full date-times is surely the start", async () => {
    const file = path.join(EXPORTS, '30-practice-better-sessions-offset/sessions.csv');
    const r = await collect(file, { timeZone: 'America/Toronto' });
    expect(r.summary.doubts).toEqual([]);
    // -05:00 and -04:00 are Toronto's own offsets on those days
    expect(r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString()])).toEqual([
      ['ses_8f2a', 'NEW', '2027-03-04T15:00:00.000Z'],
      ['ses_8f2b', 'CANCEL', '2027-03-04T16:30:00.000Z'],
      ['ses_8f40', 'NEW', '2027-03-18T14:00:00.000Z'],
    ]);
  });

  it("a `Session #` counting each client's visits (1, 1, 2) is no appointment id", async () => {
    const file = writeLines(scratch(), 'sessions.csv', [
      'Session #,Client First Name,Client Last Name,Date of Birth,Session Date,Session Time,Status',
      '1,Ana,Lima,1990-01-05,2027-03-01,9:00 AM,Attended',
      '1,Ben,Ortiz,1985-07-19,2027-03-01,10:00 AM,Attended',
      '2,Ana,Lima,1990-01-05,2027-03-08,9:00 AM,Scheduled',
    ]);
    const r = await collect(file, { timeZone: 'America/Toronto' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId.startsWith('A-'), a.start.toISOString()])).toEqual([
      [true, '2027-03-01T14:00:00.000Z'],
      [true, '2027-03-01T15:00:00.000Z'],
      [true, '2027-03-08T14:00:00.000Z'],
    ]);
  });
});

describe("a med spa's guest is the patient (Zenoti)", () => {
  it('Guest Code is the patient id, never the appointment id; only Open and Closed are asked', async () => {
    const r = await collect(ZENOTI, { timeZone: 'America/Phoenix' });
    expect(r.summary.doubts.map((d) => [d.kind, d.samples])).toEqual([['status', ['Closed', 'Open']]]);
    // Phoenix keeps MST (-07:00) all year
    expect(
      r.appointments
        .slice(0, 3)
        .map((a) => [a.patient.patientId, a.patient.firstName, a.patient.lastName, a.start.toISOString()]),
    ).toEqual([
      ['SCT00193', 'Harper', 'Lopez', '2027-03-02T17:00:00.000Z'],
      ['SCT00211', 'Mei', 'Chen', '2027-03-02T18:15:00.000Z'],
      ['SCT00193', 'Harper', 'Lopez', '2027-03-09T17:00:00.000Z'],
    ]);
    // neither the guest's code nor the invoice number is the appointment's
    for (const a of r.appointments) expect(a.appointmentId).toMatch(/^A-/);
  });
});

describe("a child's custodian is another person (PCC)", () => {
  it("the custodian's e-mail is never sent as the child's, nor the family account as its id", async () => {
    const r = await collect(PCC, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.firstName, a.patient.email, a.start.toISOString()])).toEqual([
      ['Ava', 'no-email@invalid', '2027-03-01T13:40:00.000Z'],
      ['Noah', 'no-email@invalid', '2027-03-01T13:40:00.000Z'],
      ['Chidi', 'no-email@invalid', '2027-03-01T14:20:00.000Z'],
      ['Ella', 'no-email@invalid', '2027-03-01T15:00:00.000Z'],
      ['Lucía', 'no-email@invalid', '2027-03-02T19:15:00.000Z'],
    ]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toBe('20418');
  });

  it("a patient's own e-mail beside the custodian's still goes", async () => {
    const file = path.join(scratch(), 'appointments.csv');
    const lines = fs.readFileSync(PCC, 'utf8').trimEnd().split('\n');
    const text = lines.map(
      (l, i) => `${l},${i === 0 ? 'Patient Email' : i === 5 ? 'lucia.m@example.com' : ''}`,
    );
    fs.writeFileSync(file, `${text.join('\n')}\n`);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => a.patient.email)).toEqual([
      'no-email@invalid',
      'no-email@invalid',
      'no-email@invalid',
      'no-email@invalid',
      'lucia.m@example.com',
    ]);
  });
});
