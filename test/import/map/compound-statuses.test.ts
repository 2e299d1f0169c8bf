// US statuses written as two parts: a stage of a booked visit after another (`Checked in -
// Waiting`, `Arrived - In Room`: Tebra/Kareo's Roomed, CollaborateMD's In Room, Best Practice's
// Waiting), or a cancellation and why (`Cancelled - Weather`, `Canceled - Pt Request`: FHIR's
// appointment-cancellation-reason Weather, Lack of Transportation). Before, each was asked, so a
// day sheet of them was held. Now every part booked is booked; a cancellation with only who, how,
// when or why after it is cancelled; a part that disagrees, moves, undoes or is unknown is still
// asked. Meanings decided by hand.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
type Row = [string, 'NEW' | 'CANCEL' | 'unknown'];

describe('compound statuses', () => {
  it.each<Row>([
    ['Checked in - Waiting', 'NEW'],
    ['Checked In - Roomed', 'NEW'],
    ['Arrived - In Room', 'NEW'],
    ['Confirmed - Left Message', 'NEW'],
    ['Scheduled > Confirmed', 'NEW'],
    ['Cancelled - Weather', 'CANCEL'],
    ['Canceled - Pt Request', 'CANCEL'],
    ['Cancelled per patient request', 'CANCEL'],
    ['Cancelled - Lack of Transportation', 'CANCEL'],
    ['Cancelled - Sick', 'CANCEL'],
    // procedure days (a GI practice's endoscopy center): the prep not done, no clearance, or who
    ['Cancelled - No Prep', 'CANCEL'],
    ['Canceled - Poor Prep', 'CANCEL'],
    ['Cancelled - No Clearance', 'CANCEL'],
    ['Cancelled by Facility', 'CANCEL'],
    // a sedated procedure's driver home, a specialist's prior authorization or referral (corpus 338)
    ['Cancelled - No Driver', 'CANCEL'],
    ['Canceled - No Escort', 'CANCEL'],
    ['Cancelled - No Auth', 'CANCEL'],
    ['Cancelled - No Referral', 'CANCEL'],
    ['Cancelled - Pending Auth', 'unknown'], // pending is a booked word: the parts disagree
    ['No Driver', 'unknown'], // no cancellation word
    ['Pending Auth', 'unknown'], // booked on the schedule awaiting the payer, or a request not booked yet?
    // still asked: a part that moves, disagrees, undoes, is pending or unknown
    ['Rescheduled - Moved to 3/5', 'unknown'],
    ['Confirmed - Rescheduled', 'unknown'],
    ['Cancelled/Checked In', 'unknown'],
    ['Checked Out / Cancelled', 'unknown'],
    ['Scheduled - Del', 'unknown'],
    ['Confirmed - Wait List', 'unknown'],
    ['Cancelled - Error', 'unknown'],
    ['Cancelled - Tentative', 'unknown'],
    ['Cancelled - Emergency', 'unknown'], // Dentrix's EMERGENCY is a booked status
    ['Cancelled - Pt Request Pending', 'unknown'],
    ['Cancel - Pt Request', 'unknown'], // a request to cancel, maybe not yet done
    ['Cancellation Request', 'unknown'],
    ['Weather - Cancelled', 'unknown'],
    ['Prep - Cancelled', 'unknown'],
    ['Cancelled - Prep Pending', 'unknown'],
    ['Cancelled - Poor', 'unknown'], // poor what: no reason named
    ['No Prep', 'unknown'], // no cancellation word: a note, maybe still booked
    ['Facility No Show', 'unknown'], // the practice's side missed it: asked
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe('a day sheet of compound statuses', () => {
  const files = exportFiles('compound-statuses');
  it('goes without a question, each row as its status says', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status',
        '2001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Checked in - Waiting',
        '2002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Arrived - In Room',
        '2003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Cancelled - Weather',
        '2004,P4,Green,Tom,01/02/1965,12/08/2026,10:30 AM,"Lee, Kim",Canceled - Pt Request',
        '2005,P5,White,Eve,02/03/1975,12/08/2026,11:00 AM,"Lee, Kim",Confirmed - Left Message',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL', 'CANCEL', 'NEW']);
  });
});

describe("athenaOne's encounter stages", () => {
  it.each<Row>([
    ['Intake', 'NEW'],
    ['Exam', 'NEW'],
    ['Sign-off', 'NEW'],
    ['Ready for staff', 'NEW'],
    ['Ready for checkout', 'NEW'],
    ['Checked In - Intake', 'NEW'],
    // Timely's tentative booking, the time reserved for the client: booked, as Tentative is
    ['Pencilled', 'NEW'],
    ['Pencilled in', 'NEW'],
    ['Penciled-in', 'NEW'],
    // a standby list (not booked), or a booking on call for an earlier slot: still asked
    ['Standby', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  const files = exportFiles('encounter-stages');
  it('a Visit column of Exam and Intake is still the kind of visit, not a status by its values', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Appt Status,Visit',
        '3001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Intake,Exam',
        '3002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Exam,Intake',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });
});
