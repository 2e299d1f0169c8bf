// Statuses of US urgent-care queue tools and orthodontic patient flow (corpus 295-299, blind):
// ClockwiseMD calls a patient back to an exam room and discharges them (Called Back, Discharged),
// Solv's bookings end `discharged`, Tops Ortho seats the patient (Seated) and OrthoTrac's Patient
// Flow marks each arrival Early, Late or On Time. All held their files as unknown words. And
// ClockwiseMD's `Removed` (taken out of the queue: never came, or left unseen) went out as a
// cancellation. Meanings decided by hand from the vendors' help pages.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const classify = statusClassifier(undefined);
const files = exportFiles('urgent-care-ortho-statuses');

describe('urgent-care queue and orthodontic patient-flow words', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Discharged', 'NEW'],
    ['discharged', 'NEW'],
    ['Called Back', 'NEW'],
    ['Seated', 'NEW'],
    ['Early', 'NEW'],
    ['On Time', 'NEW'],
    ['Arrived Early', 'NEW'],
    // NextGen's Discharge (the bill sent) stays asked, as before
    ['Discharge', 'unknown'],
    // removed from a queue (missed) or a booking taken off the book: asked
    ['Removed', 'unknown'],
    ['REMOVED', 'unknown'],
    // a denial before a live word is no visit
    ['Not Seated', 'unknown'],
    ['Cancelled', 'CANCEL'],
    ['Deleted', 'CANCEL'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it('a queue list with Discharged, Called Back and Cancelled rows is sent without a question', async () => {
    const r = await collect(
      files.write([
        'Queue #,Patient Name,Date of Birth,Visit Time,Checked In,Status',
        '1,Hannah Kowalski,04/18/1990,11/05/2027 08:30 AM,11/05/2027 08:21 AM,Discharged',
        '2,Priya Raman,01/15/1999,11/05/2027 10:20 AM,11/05/2027 10:20 AM,Called Back',
        '3,Omar Farouk,03/27/1994,11/08/2027 11:00 AM,,Cancelled',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Chicago: 5 November 2027 is CDT (UTC-5), 8:30 AM is 13:30 UTC; 8 November CST (UTC-6).
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2027-11-05T13:30:00.000Z', 'NEW'],
      ['2027-11-05T15:20:00.000Z', 'NEW'],
      ['2027-11-08T17:00:00.000Z', 'CANCEL'],
    ]);
  });

  it('a Removed row holds the file: it is never sent as a cancellation', async () => {
    const r = await collect(
      files.write([
        'Patient Name,Date of Birth,Visit Time,Status',
        'Hannah Kowalski,04/18/1990,11/05/2027 08:30 AM,Discharged',
        'Grace Lindqvist,12/29/1985,11/05/2027 09:15 AM,Removed',
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', column: 'Status', samples: ['Removed'] }]);
  });
});

describe("a bare 'Confirmed' column of confirmation words", () => {
  it('with no word that cancels, asks nothing and every row goes as booked', async () => {
    const r = await collect(
      files.write([
        'Date Time\tPatNum\tPatient\tBirthdate\tConfirmed',
        '11/5/2027 9:00 AM\t3381\tErikson, Dagny\t4/23/1986\tpwConnect Confirmed',
        '11/5/2027 10:30 AM\t2974\tKasaiuli, Ben\t9/2/1964\tLeft Msg',
        '11/5/2027 1:00 PM\t3410\tNguyen, Thao\t1/11/2019\tNot Called',
        '11/5/2027 2:15 PM\t3122\tMatthews, Ruth\t6/5/1950\tUnconfirmed',
      ]),
      { timeZone: 'America/Anchorage' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Anchorage on 5 November 2027 is AKDT (UTC-8): 9:00 AM is 17:00 UTC.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status])).toEqual([
      ['2027-11-05T17:00:00.000Z', 'NEW'],
      ['2027-11-05T18:30:00.000Z', 'NEW'],
      ['2027-11-05T21:00:00.000Z', 'NEW'],
      ['2027-11-05T22:15:00.000Z', 'NEW'],
    ]);
  });

  it('with a word that cancels, the column is the status: the cancelled row is never sent booked', async () => {
    const r = await collect(
      files.write([
        'Date Time\tPatNum\tPatient\tBirthdate\tConfirmed',
        '11/5/2027 9:00 AM\t3381\tErikson, Dagny\t4/23/1986\tConfirmed',
        '11/5/2027 10:30 AM\t2974\tKasaiuli, Ben\t9/2/1964\tCancelled',
      ]),
      { timeZone: 'America/Anchorage' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });
});
