// An eye clinic's patient-flow stages shown as the appointment's status: pre-testing by the
// technician, the dilating drops taking effect, back with the doctor (OptoMate's book marks
// Confirmed, Waiting Room, Pre-Test, Consulting, Dilating, Complete, Cancelled, No Show:
// manula.com/manuals/monkey-software-pty-ltd/optomate-touch/1/en/topic/appointments). Medflow's
// daily schedule (corpus 386) held the file for `Dilating`, `In Tech Room` and `Ready for MD`.
// Meanings decided by hand: each is a patient in the office for a booked visit (NEW); a denial
// or a reason not to come stays asked. What the words could mean elsewhere: a room or a service
// column holding `Pretest` is a resource, not a status (service-resources.ts keeps it there);
// in a status cell no system writes `Dilating` or `Consulting` for a visit that is gone.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
const files = exportFiles('eye-clinic-flow-statuses');

describe("an eye clinic's visit stages", () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Dilating', 'NEW'],
    ['DILATING', 'NEW'],
    ['Pre-Test', 'NEW'],
    ['Pretest', 'NEW'],
    ['In Pretest', 'NEW'],
    ['Consulting', 'NEW'],
    ['In Tech Room', 'NEW'],
    ['Ready for MD', 'NEW'],
    ['With MD', 'NEW'],
    ['Cancelled', 'CANCEL'],
    // not a stage of a visit: still asked
    ['Not Dilated', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it('a Honolulu daily schedule with flow stages is sent, each stage as booked', async () => {
    const r = await collect(
      files.write([
        'Date,Appt Time,Patient Name,MRN,DOB,Physician,Technician,Appt Type,Pt Flow Status',
        '3/8/2027,8:00 AM,"Fujimoto, Kenji",198230,11/2/1956,"Matsuda, Grant MD","Pua, Kalei COT",Glaucoma F/U,Dilating',
        '3/8/2027,8:15 AM,"Santos, Maria",210877,2/28/1962,"Matsuda, Grant MD","Reyes, Ana COA",Diabetic Eye Exam,In Tech Room',
        '3/8/2027,8:45 AM,"Akana, Bradley",215003,9/9/1979,"Lee, Christine MD","Reyes, Ana COA",New Patient,Ready for MD',
        '3/8/2027,9:00 AM,"Kahale, Noelani",220118,4/11/1993,"Lee, Christine MD",,Contact Lens Fit,Cancelled',
      ]),
      { timeZone: 'Pacific/Honolulu' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Hawaii keeps UTC-10 all year: 8:00 AM on 8 March is 18:00 UTC.
    expect(r.appointments.map((a) => [a.patient.patientId, a.start.toISOString(), a.status])).toEqual([
      ['198230', '2027-03-08T18:00:00.000Z', 'NEW'],
      ['210877', '2027-03-08T18:15:00.000Z', 'NEW'],
      ['215003', '2027-03-08T18:45:00.000Z', 'NEW'],
      ['220118', '2027-03-08T19:00:00.000Z', 'CANCEL'],
    ]);
  });
});
