// A status column of something other than the appointment: the patient's account, an insurance
// authorisation, a claim, an invoice or payment, a note, a referral, a reminder, the intake forms,
// a dental recall. Its words say nothing of whether the visit is booked (`Recall Status` =
// `Scheduled` says the recall has a visit), so it is never read as the appointment's status; with
// no appointment status beside it, a word of it that would cancel is asked about. Expected
// outcomes worked out by hand from the rows.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect, EXPORTS } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('other-statuses');
const ny = { timeZone: 'America/New_York' };
const NOW = new Date('2027-01-15T00:00:00Z');

const HEADS = [
  'Account Status',
  'Auth Status',
  'Authorization Status',
  'Claim Status',
  'Eligibility Status',
  'Intake Status',
  'Invoice Status',
  'Note Status',
  'Payment Status',
  'Recall Status',
  'Referral Status',
  'Reminder Status',
];

describe('the status of something else is not the appointment status', () => {
  it.each(HEADS)("'%s' is not read as the status", (header) => {
    const r = recognizeColumns(
      ['Appt Date', 'Appt Time', 'Patient Name', 'DOB', 'Provider', header],
      [
        ['03/02/2027', '9:00 AM', 'Lopez, Maria', '03/12/1984', 'Reyes, Carmen', 'Complete'],
        ['03/02/2027', '10:15 AM', 'Okafor, James', '11/02/1979', 'Walsh, Tom', 'Pending'],
      ],
      { now: NOW },
    );
    expect(r.profile.columns.status).toBeUndefined();
  });

  it("beside the appointment's own status, a recall scheduled does not book a cancelled visit", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Provider,Recall Status,Appt Status',
        '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Scheduled,Cancelled',
        '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Left Msg,Confirmed',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['CANCEL', 'NEW']);
  });

  it('alone, intake words go as booked without a question', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Provider,Intake Status',
        '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Complete',
        '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Pending',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });

  it('alone, an account status of Active and Closed asks nothing', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Provider,Account Status',
        '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Active',
        '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Closed',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });

  it('alone, a word of it that would cancel holds the file', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Provider,Payment Status',
        '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Paid',
        '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Cancelled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'status', column: 'Payment Status' }]);
  });

  // A column named only for another thing, with no `Status` in its header: a reminder Cancelled
  // had gone as the appointment cancelled (read as the status by its values alone).
  it.each(['Reminder', 'Confirmation', 'Confirm', 'Recall', 'SMS', 'Text', 'Call', 'Notification'])(
    "alone, a bare '%s' of Sent and Cancelled is asked about, never read as the status",
    async (header) => {
      const r = await collect(
        files.write([
          `Appt Date,Appt Time,Patient Name,DOB,Provider,${header}`,
          '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Sent',
          '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Cancelled',
          '03/02/2027,11:00 AM,"Brown, Ann",01/22/1990,"Walsh, Tom",Scheduled',
        ]),
        ny,
      );
      expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'status', column: header }]);
      const seen = recognizeColumns(
        ['Appt Date', 'Appt Time', 'Patient Name', 'DOB', 'Provider', header],
        [
          ['03/02/2027', '9:00 AM', 'Lopez, Maria', '03/12/1984', 'Reyes, Carmen', 'Sent'],
          ['03/02/2027', '10:15 AM', 'Okafor, James', '11/02/1979', 'Walsh, Tom', 'Cancelled'],
        ],
        { now: NOW },
      );
      expect(seen.profile.columns.status).toBeUndefined();
    },
  );

  it("alone, a bare 'Confirmation' with no word that cancels goes as booked without a question", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Provider,Confirmation',
        '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Confirmed',
        '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Left Message',
        '03/02/2027,11:00 AM,"Brown, Ann",01/22/1990,"Walsh, Tom",Unconfirmed',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
  });
});

// Kareo / Tebra PM keeps the appointment's own status in its `Confirmation Status` field
// (Scheduled, Reminder Sent, Confirmed, Check-in, Seen, Check-out, No-Show, Cancelled,
// Rescheduled). What happened at the visit is nothing a confirmation can be, so such a column is
// the appointment's status: it had been held as "no status column was recognised".
describe('a confirmation column holding what happened at the visit', () => {
  it('a Kareo appointment report: `Confirmation Status` of Check-out, No-Show, Cancelled… is the status', async () => {
    const r = await collect(path.join(EXPORTS, 'kareo_confirmation_status.csv'), {
      timeZone: 'America/Los_Angeles',
    });
    expect(r.summary.doubts).toEqual([]);
    // Pacific: 9 March is PST (UTC-8), 16 March PDT (UTC-7), after the 14 March change.
    expect(r.appointments.map((a) => [a.status, a.start.toISOString(), a.patient.lastName])).toEqual([
      ['NEW', '2027-03-09T16:00:00.000Z', 'Kowalski'], // Check-out
      ['CANCEL', '2027-03-09T16:30:00.000Z', 'McCarthy'], // Cancelled
      ['NEW', '2027-03-09T17:00:00.000Z', 'Nunez'], // No-Show: the appointment did exist
      ['NEW', '2027-03-16T20:00:00.000Z', 'Kowalski'], // Reminder Sent
      ['CANCEL', '2027-03-16T20:20:00.000Z', 'Lee'], // Rescheduled: this booking is off
      ['NEW', '2027-03-16T20:40:00.000Z', 'Ortiz'], // Confirmed
    ]);
  });

  it('a `Recall Status` of Seen and Cancelled is still asked about (a recall can be seen)', async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Patient Name,DOB,Provider,Recall Status',
        '03/02/2027,9:00 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Seen',
        '03/02/2027,10:15 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Cancelled',
        '03/02/2027,11:00 AM,"Brown, Ann",01/22/1990,"Walsh, Tom",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'status', column: 'Recall Status' }]);
  });
});
