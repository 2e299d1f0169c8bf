// What the blind US outpatient layouts (corpus 252-254) taught, each with values worked out by
// hand:
// - an imaging schedule's Accession is the exam's own number: the appointment id (a real Appt ID
//   beside it still wins);
// - `Treated` (a dialysis run given) and `Add-On` (a case added to a set day) are live bookings;
// - a surgeon's block time printed in the patient column (`BLOCK TIME - GOLDBERG`, no id, no birth
//   date, no status) is skipped like a lunch block, never a row error.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('imaging-surgery-dialysis');
const NOW = new Date('2027-01-15T00:00:00Z');

describe("an imaging schedule's accession number", () => {
  it('is the appointment id, one per exam', async () => {
    const r = await collect(
      files.write([
        'Accession,Scheduled Date,Scheduled Time,Patient Name,MRN,DOB,Procedure,Room,Status',
        'RIC0101,03/02/2027,08:00,"DELGADO, HECTOR",M010982,11/23/1971,XR CHEST 2 VIEWS,X-RAY 1,Scheduled',
        'RIC0102,03/02/2027,09:30,"BRENNAN, MAUREEN",M004417,02/09/1958,MRI BRAIN,MRI 1,Scheduled',
        'RIC0103,03/03/2027,14:45,"DELGADO, HECTOR",M010982,11/23/1971,CT HEAD,CT 2,Cancelled',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['RIC0101', 'RIC0102', 'RIC0103']);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL']);
    // 14:45 in New York on 3 March 2027 (EST, -05:00) is 19:45 UTC
    expect(r.appointments[2]!.start.toISOString()).toBe('2027-03-03T19:45:00.000Z');
  });

  it('gives way to an Appt ID beside it', () => {
    const r = recognizeColumns(
      ['Appt ID', 'Accession #', 'Appt Date', 'Appt Time', 'Patient Name', 'DOB'],
      [
        ['90001', 'RIC0101', '03/02/2027', '9:00 AM', 'Smith, John', '03/14/1978'],
        ['90002', 'RIC0102', '03/02/2027', '9:15 AM', 'Garcia, Maria', '07/02/1985'],
      ],
      { now: NOW },
    );
    expect(r.profile.columns.appointmentId).toBe('Appt ID');
  });
});

describe('dialysis and surgery center words', () => {
  it("'Treated' and 'Add-On' are live bookings, asked about no more", async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,MRN,DOB,Status',
        '03/02/2027,5:30 AM,"ALVAREZ, RUBEN",DV20118,09/14/1952,Treated',
        '03/02/2027,12:45 PM,"Morales, Sofia",101455,06/30/1991,Add-On',
        '03/03/2027,5:30 AM,"ALVAREZ, RUBEN",DV20118,09/14/1952,Hospitalized',
      ]),
      { timeZone: 'America/Los_Angeles' },
    );
    // 'Hospitalized' is still the unit's own word: asked, and only it
    expect(r.summary.doubts.map((d) => d.samples)).toEqual([['Hospitalized']]);
  });

  it("a surgeon's block time in the patient column is skipped, a patient beside it is read", async () => {
    const r = await collect(
      files.write([
        'Date,Room,Start,Case #,Patient,Pt ID,DOB,Surgeon,Status',
        '03/16/2027,OR 1,7:30 AM,C27-01184,"Lindqvist, Paul R",100482,04/19/1962,"Reyes, Marco MD",Confirmed',
        '03/16/2027,OR 2,1:00 PM,,BLOCK TIME - GOLDBERG,,,"Goldberg, Ruth MD",',
        '03/16/2027,OR 1,12:45 PM,C27-01201,"Morales, Sofia",101455,06/30/1991,"Reyes, Marco MD",Add-On',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Lindqvist', 'Morales']);
    // 12:45 PM in Chicago on 16 March 2027 (CDT, -05:00) is 17:45 UTC
    expect(r.appointments[1]!.start.toISOString()).toBe('2027-03-16T17:45:00.000Z');
  });
});
