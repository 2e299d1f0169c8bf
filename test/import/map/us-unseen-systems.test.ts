// Statuses and headers of US systems the connector had not seen (corpus layouts 71 to 75), each of
// which held a clear file: RXNT's `Check-In Completed` and its `Person Resource` beside a
// `Material Resource` (help.rxnt.com), Eyefinity's `Walk In` status (help.eyefinity.com),
// CollaborateMD's `Patient Account` (help.collaboratemd.com, Appointment Data), MEDITECH's `Unit
// Number` (the medical record number). Meanings, ids and providers are worked out by hand.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
const files = exportFiles('us-unseen-systems');
const ny = { timeZone: 'America/New_York' };

describe('a booked stage said to be done is a live appointment', () => {
  it.each([
    ['Check-In Completed', 'NEW'],
    ['Check-Out Completed', 'NEW'],
    ['CHECK IN COMPLETE', 'NEW'],
    ['Intake Done', 'NEW'],
    ['Checked Out - Completed', 'NEW'],
    ['Visit Completed', 'NEW'],
    ['Appointment Completed', 'NEW'],
    ['Appt Done', 'NEW'],
    ['Termin erledigt', 'NEW'],
    // not a stage done: a negation, a cancellation or a move, asked
    ['Check-In Not Completed', 'unknown'],
    ['Cancellation Completed', 'unknown'],
    ['Reschedule Completed', 'unknown'],
    ['Completed Cancel', 'unknown'],
    ['Visit Not Completed', 'unknown'],
    ['Appointment Request Completed', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe('who the patient waits for or is with: in the office, a live appointment', () => {
  // Prognocis' patient workflow (Ready for Nurse, With Nurse, Ready for Doc), a medical
  // assistant, an eye clinic's technician
  it.each(['Ready for Doc', 'With Doc', 'Ready for MA', 'With MA', 'Ready for Tech', 'With Technician'])(
    '%s → NEW',
    (word) => {
      expect(classify(word)).toBe('NEW');
    },
  );
  it.each(['Ready for Cancellation', 'With Doc - Cancelled'])('%s is not read as in the office', (word) => {
    expect(classify(word)).not.toBe('NEW');
  });
});

describe('a walk-in is a live appointment', () => {
  it.each(['Walk In', 'Walk-In', 'WALKIN', 'walked in'])('%s → NEW', (word) => {
    expect(classify(word)).toBe('NEW');
  });
  it.each(['Walk In List', 'Walk-In Cancelled'])('%s is not read as a walk-in', (word) => {
    expect(classify(word)).not.toBe('NEW');
  });
});

describe('a resource that is a person is the provider, one that is material is not', () => {
  const report = (headers: string, a: string, b: string): string[] => [
    `Appt #,Appointment Date,Start Time,Patient Name,DOB,${headers},Appointment Status`,
    `A-1,3/8/2027,8:00 AM,"Thompson, Gregory",5/3/1958,${a},Scheduled`,
    `A-2,3/8/2027,9:00 AM,"Baker, Shanice",9/22/1994,${b},Scheduled`,
  ];

  it("'Person Resource' beside 'Material Resource': the person, no question", async () => {
    const r = await collect(
      files.write(
        report('Person Resource,Material Resource', '"Ellis, Mark MD",Exam 1', '"Shah, Priya NP",Exam 2'),
      ),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Mark Ellis, MD',
      'Priya Shah, NP',
    ]);
  });

  it("'Equipment' beside 'Provider' is never the provider", async () => {
    const r = await collect(
      files.write(report('Provider,Equipment', '"Ellis, Mark",Slit Lamp', '"Shah, Priya",OCT')),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Mark Ellis', 'Priya Shah']);
  });
});

describe("the patient's account and the unit number are the patient id", () => {
  /** Three visits, John Smith twice, with the id column `header` = `ids`. */
  const dayList = (header: string, ...ids: [string, string, string]): string[] => [
    `Appt Date,Appt Time,${header},Patient Name,DOB,Provider,Status`,
    `03/08/2027,09:00,${ids[0]},"Smith, John",01/02/1970,"Lee, Anna",Scheduled`,
    `03/08/2027,09:30,${ids[1]},"Jones, Mary",03/04/1980,"Lee, Anna",Scheduled`,
    `03/09/2027,09:00,${ids[2]},"Smith, John",01/02/1970,"Lee, Anna",Scheduled`,
  ];

  it.each([
    'Patient Account',
    'Patient Acct',
    'Pt Account',
    'Unit Number',
    'Unit #',
    'Unit No',
    'Pt Unit No',
  ])("'%s'", async (header) => {
    const r = await collect(files.write(dayList(header, 'M0041', 'M0042', 'M0041')), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['M0041', 'M0042', 'M0041']);
  });

  it("a 'Patient Account' shared by two patients (a family's) is held", async () => {
    const r = await collect(files.write(dayList('Patient Account', '20418', '20418', '20418')), ny);
    // a doubt holds the file: nothing is sent
    const doubt = r.summary.doubts.find((d) => d.field === 'patientId');
    expect(doubt?.message).toContain("not one patient's own id");
  });

  it("an address's 'Unit Number' is no patient id", async () => {
    const r = await collect(files.write(dayList('Address Unit Number', '4B', '12', '4B')), ny);
    expect(r.appointments.map((a) => a.patient.patientId)).not.toContain('4B');
  });
});
