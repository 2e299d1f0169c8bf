// A status with a note on billing after it: Booker's `No Show-Don't Charge` (a no-show the
// practice does not bill), `Late Cancel - No Charge`, `Attended - Paid`, as WriteUpp practices name
// the statuses they bill. Before, each was asked, so a day sheet of them was held. The note never
// changes whether the visit stands: the status before it decides; a note alone, or after a word
// that is no status, is still asked. Also two documented words that had been asked: Fixed
// Dental's `Upcoming` and SystmOne's `Started`. Meanings decided by hand.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
type Row = [string, 'NEW' | 'CANCEL' | 'unknown'];

describe('a status with a note on billing', () => {
  it.each<Row>([
    ["No Show-Don't Charge", 'NEW'],
    ['No Show - Charge', 'NEW'],
    ['No Show - No Charge', 'NEW'],
    ['DNA - Fee Waived', 'NEW'],
    ['Attended - Paid', 'NEW'],
    ['Checked out (unpaid)', 'NEW'],
    ["Late Cancel - Don't Charge", 'CANCEL'],
    ['Late cancel - no charge', 'CANCEL'],
    ['Cancelled - No Charge', 'CANCEL'],
    // a med spa's deposit: kept or forfeited, the status before it decides
    ['Confirmed - Deposit Paid', 'NEW'],
    ['Booked (deposit received)', 'NEW'],
    ['No Show - Deposit Forfeited', 'NEW'],
    ['Cancelled - Deposit Forfeited', 'CANCEL'],
    ['Late Cancel - Deposit Kept', 'CANCEL'],
    ['Cancelled (forfeited)', 'CANCEL'],
    ['DNA - Deposit Kept', 'NEW'],
    // a forfeit follows a no-show or a late cancellation: beside a booked status that says
    // neither, the status and the note disagree (red team 51g)
    ['Confirmed - Deposit Forfeited', 'unknown'],
    ['Scheduled - Forfeited', 'unknown'],
    ['Booked (deposit kept)', 'unknown'],
    ['Arrived - Deposit Retained', 'unknown'],
    // a refund may be given because the visit was called off: asked
    ['Confirmed - Refunded', 'unknown'],
    ['Cancelled (Refunded)', 'unknown'],
    ['Deposit Forfeited', 'unknown'],
    // a note alone, or after a word that is no status: still asked
    ['Paid', 'unknown'],
    ['Charge', 'unknown'],
    ['Deposit - Paid', 'unknown'],
    // a note does not save a status that is itself asked
    ['Cancelled? - No Charge', 'unknown'],
    ['Confirmed - Rescheduled - Paid', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe('documented words that had been asked', () => {
  it.each<Row>([
    ['Upcoming', 'NEW'], // Fixed Dental (AU)
    ['Started', 'NEW'], // SystmOne: the consultation under way
    // booked by its own entry (WellSky's task not begun), never as `Started` (the patient in)
    ['Not started', 'NEW'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe('a day sheet of billed statuses', () => {
  const files = exportFiles('fee-notes');
  it('goes without a question, each row as the status before its note says', async () => {
    const r = await collect(
      files.write([
        'Appointment ID,Patient ID,First Name,Last Name,Birthdate,Date,Time,Practitioner,Status',
        "88213,4471,Chloé,Tremblay,1986-05-09,2027-03-12,9:00 AM,Jordan Lee RMT,No Show-Don't Charge",
        '88214,4502,Marcus,Campbell,1974-11-03,2027-03-12,2:30 PM,Jordan Lee RMT,No Show - Charge',
        '88215,4588,Priya,Sandhu,1999-02-21,2027-03-15,12:00 PM,Jordan Lee RMT,Late Cancel - No Charge',
        '88216,4590,Owen,Hart,1990-01-02,2027-03-15,1:00 PM,Jordan Lee RMT,Completed - Paid',
      ]),
      { timeZone: 'America/Toronto' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'CANCEL', 'NEW']);
  });
});
