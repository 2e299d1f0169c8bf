// Statuses of US imaging and surgery systems: a surgery centre's case done in full or in part
// (AmkaiOffice: Pending, In Progress, Performed, Partially Performed/Billable, Partially
// Performed/Not Billable, Cancelled: officehelp.amkaicloud.com/Modules/CDM/PACU_Phase_1.htm), a
// patient tracked through pre-op, the OR and recovery, an exam ready for the scan or started.
// `Performed` and `Partially Performed/Billable` held the file as unknown words (corpus 301).
// A report's stages (Dictated, Typed, Read, Signed, Approved, Scanned) stay asked: a document
// list writes them too, and booked it would go to the portal as appointments. Meanings by hand.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
const files = exportFiles('imaging-surgery-statuses');

describe('the case or exam under way or done is booked; report stages are asked', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Performed', 'NEW'],
    ['PERFORMED', 'NEW'],
    ['Partially Performed/Billable', 'NEW'],
    ['Partially Performed/Not Billable', 'NEW'],
    ['Partially Performed', 'NEW'],
    ['Pre-Admit', 'NEW'],
    ['Pre-Op', 'NEW'],
    ['In OR', 'NEW'],
    ['PACU', 'NEW'],
    ['In Recovery', 'NEW'],
    ['Ready For Scan', 'NEW'],
    ['Scanning', 'NEW'],
    ['Exam Started', 'NEW'],
    ['Postponed', 'CANCEL'],
    // a document's states as much as an exam's: asked
    ['Dictated', 'unknown'],
    ['Typed', 'unknown'],
    ['Read', 'unknown'],
    ['Signed', 'unknown'],
    ['Approved', 'unknown'],
    ['Scanned', 'unknown'],
    // discharged from care elsewhere: asked, as before
    ['Discharged', 'unknown'],
    // a denial before a stage is none
    ['Not Performed', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it("a surgery centre's day with Performed, Partially Performed and Pending cases is sent with no question", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Arrival,Begin,Patient,MRN,DOB,Surgeon,Procedure,Appt Status',
        '03/15/2027,6:15 AM,7:30 AM,"CASTILLO, RAMONA",200415,07/14/1961,"Bhatt, Nikhil MD",ARTHROSCOPY SHOULDER,Performed',
        '03/15/2027,8:30 AM,9:30 AM,"BEGAY, LORRAINE",201290,02/19/1972,"Osei, Kofi MD",COLONOSCOPY,Partially Performed/Billable',
        '03/16/2027,7:00 AM,8:00 AM,"MORENO, ESTEBAN",201502,05/25/1979,"Osei, Kofi MD",EGD,Cancelled',
        '03/16/2027,11:45 AM,1:00 PM,"TSOSIE, MARVIN",201610,12/28/1983,"Bhatt, Nikhil MD",CARPAL TUNNEL RELEASE,Pending',
      ]),
      { timeZone: 'America/Phoenix' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Arizona keeps MST (UTC-7) all year: 7:30 AM is 14:30 UTC, 1:00 PM is 20:00 UTC; the
    // Arrival column is never the start.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2027-03-15T14:30:00.000Z', 'NEW'],
      ['2027-03-15T16:30:00.000Z', 'NEW'],
      ['2027-03-16T15:00:00.000Z', 'CANCEL'],
      ['2027-03-16T20:00:00.000Z', 'NEW'],
    ]);
  });
});
