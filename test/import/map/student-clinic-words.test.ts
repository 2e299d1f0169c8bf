// Words of US student health, counseling center, vaccine clinic and pharmacy exports (corpus
// 325-329). Meanings decided by hand:
// - `Student ID` (`Student #`, `Student Number`) is the student's number from the registrar: in a
//   college health or counseling export the patient is the student, so it is the patient's id,
//   never the appointment's (read by its `ID` it had been taken for the appointment id, and the
//   Titanium Schedule file held because a student's two sessions shared it). Beside the health
//   service's own `MRN` (Medicat) the MRN is the patient id: graded as a national number is.
// - `Cancelled by Counselor` (Therasoft, counseling centers) and `Cancelled by Pharmacist` /
//   `by Pharmacy` are cancellations by the practice's side, as `Cancelled by Therapist` is; a
//   counselor's or pharmacist's no-show is asked, as a therapist's is.
// - `Vaccinated` / `Immunized` (a vaccine clinic's registrant given the shot) is a visit that took
//   place (NEW). The wrong send it could cause elsewhere: a status saying the patient was
//   vaccinated ELSEWHERE (a reason the visit is off) read as booked; only the bare word is read,
//   and `Vaccinated Elsewhere`, `Already Vaccinated`, `Not Vaccinated` stay asked.
import { describe, expect, it } from 'vitest';
import { best } from './best-field.ts';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
const files = exportFiles('student-clinic-words');
const NOW = new Date('2026-11-25T00:00:00Z');

describe('a student number', () => {
  it.each(['Student ID', 'Student #', 'Student No.', 'Student Number', 'StudentID', 'student_id'])(
    '%s names the patient id',
    (h) => expect(best(h)).toBe('patientId'),
  );

  it('is the patient id alone, and gives way to the MRN beside it', () => {
    const row = ['03/12/2027', '8:30 AM', 'Whitaker', 'Jordan', '2000481736', 'M104522', '04/17/2005'];
    const headers = ['Appt Date', 'Start Time', 'Last Name', 'First Name', 'Student ID', 'MRN', 'DOB'];
    const pick = (hs: string[], r: string[]) =>
      Object.fromEntries(recognizeColumns(hs, [r], { now: NOW }).fields.map((f) => [f.field, f.column]));
    const both = pick(headers, row);
    expect(both.patientId).toBe('MRN');
    expect(both.appointmentId).toBeUndefined();
    const alone = pick(
      headers.filter((h) => h !== 'MRN'),
      row.filter((v) => v !== 'M104522'),
    );
    expect(alone.patientId).toBe('Student ID');
    expect(alone.appointmentId).toBeUndefined();
  });
});

describe('status words of counseling centers, pharmacies and vaccine clinics', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Cancelled by Counselor', 'CANCEL'],
    ['Cancelled by Counsellor', 'CANCEL'],
    ['Canceled by Pharmacist', 'CANCEL'],
    ['Cancelled by Pharmacy', 'CANCEL'],
    ['Cancelled by Client', 'CANCEL'],
    // the practice's side missed it: asked, as `Therapist No Show` is
    ['Counselor No Show', 'unknown'],
    ['Pharmacist No Show', 'unknown'],
    ['Vaccinated', 'NEW'],
    ['VACCINATED', 'NEW'],
    ['Immunized', 'NEW'],
    ['Vaccinated Elsewhere', 'unknown'],
    ['Already Vaccinated', 'unknown'],
    ['Not Vaccinated', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe("a counseling center's appointments (Titanium Schedule)", () => {
  it('are sent with no question: Student ID the patient id, Attendance the status, groups one row each', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Minutes,Schedule,Client,Student ID,Birth Date,Appointment Type,Attendance,Group Name',
        '3/12/2027,9:00 AM,50,"Morales, Diego PhD","Tran, Vivian",A04417823,2/21/2004,Individual Counseling,Kept,',
        '3/12/2027,3:00 PM,90,Group Room B,"Castro, Isabel",A04388120,11/15/2003,Group Therapy,Kept,Anxiety Toolbox',
        '3/12/2027,3:00 PM,90,Group Room B,"Hollis, Brandon",A04611875,6/6/2005,Group Therapy,Cancelled by Client,Anxiety Toolbox',
        '3/15/2027,8:00 AM,50,"Feld, Rachel LPC","Tran, Vivian",A04417823,2/21/2004,Individual Counseling,,',
        '3/15/2027,1:00 PM,50,"Feld, Rachel LPC","Benally, Tyler",A04502210,9/3/2006,Initial Consultation,Cancelled by Counselor,',
      ]),
      { timeZone: 'America/Phoenix' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Arizona keeps UTC-7 all year: 9:00 AM is 16:00 UTC on 12 March and on 15 March alike.
    expect(r.appointments.map((a) => [a.patient.patientId, a.start.toISOString(), a.status])).toEqual([
      ['A04417823', '2027-03-12T16:00:00.000Z', 'NEW'],
      ['A04388120', '2027-03-12T22:00:00.000Z', 'NEW'],
      ['A04611875', '2027-03-12T22:00:00.000Z', 'CANCEL'],
      ['A04417823', '2027-03-15T15:00:00.000Z', 'NEW'],
      ['A04502210', '2027-03-15T20:00:00.000Z', 'CANCEL'],
    ]);
    // each group member's visit has an id of its own
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(5);
  });
});

// A pharmacy's immunization list prints the prescription each vaccine was dispensed under. Read by
// its `#` it had been taken for the appointment id: Margaret Duncan's Tdap keeps Rx 6020125 when
// her booking moves, so her cancelled and her new booking were one id (held), and a blood pressure
// check has no Rx at all. It is the prescription's number: left out, ids derived.
describe("a pharmacy's prescription number", () => {
  it.each(['Rx #', 'RX#', 'Rx Number', 'Prescription #', 'Script #'])('%s names no field', (h) =>
    expect(best(h)).toBeUndefined(),
  );

  it('is never the appointment id: a moved booking and a service with no Rx go without a question', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Service,Rx #,Status',
        '03/15/2027,08:45 AM,"DUNCAN, MARGARET",06/01/1971,Immunization,6020125,Rescheduled',
        '03/16/2027,01:15 PM,"DUNCAN, MARGARET",06/01/1971,Immunization,6020125,Booked',
        '03/16/2027,03:30 PM,"PRUITT, DONNA",07/19/1958,Blood Pressure Check,,Arrived',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Chicago is CDT (UTC-5) from 14 March 2027: 8:45 AM is 13:45 UTC.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2027-03-15T13:45:00.000Z', 'CANCEL'],
      ['2027-03-16T18:15:00.000Z', 'NEW'],
      ['2027-03-16T20:30:00.000Z', 'NEW'],
    ]);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('6020125');
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(3);
  });
});
