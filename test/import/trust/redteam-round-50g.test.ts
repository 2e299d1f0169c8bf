// Red-team probes, round 50g: the rules merged this stop pushed to send something wrong. Statuses
// read as booked (`Rendered`, `Session Note Signed`, `Departed`) with a negation or a second
// status beside them; `Planned Date` / `Planned Start` / `Planned Time` headers that are a plan of
// care's dates or a planned duration beside the real appointment; `Leader` / `Facilitator` columns
// that hold a group's name, a flag, an interpreter or a video platform; a day written at midnight
// beside a timed column that is not the start (a booking stamp, a check-out, an end); a report's
// print stamp written in another order than the rows.
// Every right outcome was worked out by hand before the probe first ran; a probe lists every
// outcome that is not wrong (held is never wrong). A probe whose name starts with FAULT was a
// wrong send before its fix.
// Calendar, by hand: 1 January 2027 is a Friday, so 15 March 2027 is a Monday (day 74), 3 April a
// Saturday, 4 March a Thursday. Los Angeles is on daylight time from 14 March 2027 (UTC-7): 9:00 AM
// on 15 March is 16:00Z, 10:00 AM 17:00Z; before it UTC-8 (9:00 AM on 4 March is 17:00Z).
// Sydney is UTC+11 until 4 April 2027.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-50g');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const LA = { timeZone: 'America/Los_Angeles' };
const SYD = { timeZone: 'Australia/Sydney' };
const run = (lines: string[], opts: Parameters<typeof collect>[1] = LA): Promise<Result> =>
  collect(files.write(lines), opts);

/** Each sent appointment as `start last provider status`, or `held`. */
const sent = (r: Result): string[] | 'held' =>
  held(r)
    ? 'held'
    : r.appointments.map(
        (a) => `${a.start.toISOString().slice(0, 16)} ${a.patient.lastName} ${a.participant.providerName} ${a.status}`,
      );
/** The outcome is one of `allowed` (each `held` or a whole list of sends). */
function oneOf(r: Result, ...allowed: Array<string[] | 'held'>): void {
  if (process.env.SHOW) console.log(expect.getState().currentTestName, JSON.stringify(sent(r)), JSON.stringify(r.summary.doubts?.map((d) => d.message.slice(0, 140))));
  expect(allowed).toContainEqual(sent(r));
}

// ---------------------------------------------------------------------------------------------
// 1. Statuses read as booked since this stop: Rendered, Session Note Signed, Departed
// ---------------------------------------------------------------------------------------------
const HEAD = 'Appt ID,Date,Time,Patient,DOB,Provider,Status';
/** Two rows on Monday 15 March 2027, the first with status `first`, the second Scheduled. */
const statusPair = (first: string): string[] => [
  HEAD,
  `5001,03/15/2027,9:00 AM,"Ortega, Marisol",06/10/1960,Dr. Ames,${first}`,
  '5002,03/15/2027,10:00 AM,"Osei, Kevin",07/23/1958,Dr. Ames,Scheduled',
];
const SECOND = '2027-03-15T17:00 Osei Dr. Ames NEW';
const firstAs = (status: string): string[] => [`2027-03-15T16:00 Ortega Dr. Ames ${status}`, SECOND];

describe('1. Rendered, Session Note Signed, Departed beside other words', () => {
  // A negated or cancelled form is no kept visit: booked on the portal it would be a wrong send.
  it.each([
    ['Not Rendered'], // the session did not take place (TherapyPM leaves it unrendered)
    ['Unrendered'],
    ['Non-Rendered'],
    ['Rendered - Cancelled'], // rendered then cancelled: the two disagree, or it is cancelled
    ['Rendered / Voided'], // the claim voided: was there a session?
    ['Rendered - Rescheduled'], // moved: the old slot is gone
    ['Departed - Cancelled'],
    ['Cancelled - Departed'],
    ['Session Note Not Signed - Cancelled'],
    ['Not Departed - Cancelled'],
  ])('`%s` is never sent booked', async (status) => {
    oneOf(await run(statusPair(status)), 'held', firstAs('CANCEL'));
  });
  it.each([
    ['Departed - LWBS'], // came, left without being seen: a missed visit (booked)
    ['Departed AMA'], // left against medical advice: came
    ['Departed - Seen'],
    ['Rendered - Billed'],
    ['Note Signed - No Show'], // a no-show documented: booked and missed
    ['Not Yet Rendered'], // booked, not yet held
    ['Session Note Not Signed'], // held, its note still to sign
  ])('`%s` is a booked visit, or asked', async (status) => {
    oneOf(await run(statusPair(status)), 'held', firstAs('NEW'));
  });
  it.each([
    ['Departed - Deleted'],
    ['Rendered (Deleted)'],
    ['Departed - Entered in Error'],
    ['Rendered in Error'],
  ])('`%s` (deleted, in error) is never sent booked', async (status) => {
    // deleted: the slot is gone (CANCEL) or asked; never NEW
    oneOf(await run(statusPair(status)), 'held', firstAs('CANCEL'), [SECOND]);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Planned Date / Planned Start / Planned Time
// ---------------------------------------------------------------------------------------------
const RIGHT_PAIR = ['2027-03-15T16:00 Ortega Dr. Ames NEW', '2027-03-15T17:00 Osei Dr. Ames NEW'];
/** The two visits of 15 March under `head`, each row's cells given by `cells(i)`. */
const planned = (head: string, cells: (i: number) => string): string[] => [
  head,
  `5101,${cells(0)},"Ortega, Marisol",06/10/1960,Dr. Ames,Scheduled`,
  `5102,${cells(1)},"Osei, Kevin",07/23/1958,Dr. Ames,Scheduled`,
];
const TIMES = ['9:00 AM', '10:00 AM'];

describe('2. a Planned Date that is not the visit', () => {
  it('`Planned Date` = the plan of care end (30 June) beside Appt Date and Appt Time: the visits, or asked', async () => {
    const r = await run(
      planned(
        'Appt ID,Appt Date,Appt Time,Planned Date,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},06/30/2027`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Date` = the plan of care end beside a bare `Date` and `Time`: never 30 June', async () => {
    const r = await run(
      planned('Appt ID,Date,Time,Planned Date,Patient,DOB,Provider,Status', (i) => `03/15/2027,${TIMES[i]},06/30/2027`),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Date` first, then `Service Date` and `Start Time`: never 30 June', async () => {
    const r = await run(
      planned(
        'Appt ID,Planned Date,Service Date,Start Time,Patient,DOB,Provider,Status',
        (i) => `06/30/2027,03/15/2027,${TIMES[i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Date` one day per patient (their plan reviews) beside `Visit Date`: never the plan dates', async () => {
    const r = await run(
      planned(
        'Appt ID,Visit Date,Visit Time,Planned Date,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},${['04/12/2027', '05/03/2027'][i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Discharge` (a date) beside Appt Date: the visits, or asked', async () => {
    const r = await run(
      planned(
        'Appt ID,Appt Date,Appt Time,Planned Discharge,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},06/30/2027`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Discharge Date` the only date, beside `Time`: asked (the visit day is not there)', async () => {
    const r = await run(
      planned('Appt ID,Planned Discharge Date,Time,Patient,DOB,Provider,Status', (i) => `06/30/2027,${TIMES[i]}`),
    );
    oneOf(r, 'held');
  });
  it('`Planned Time` = a planned duration in minutes (45, 60) beside Appt Time: never 0:45 or 1:00', async () => {
    const r = await run(
      planned(
        'Appt ID,Appt Date,Appt Time,Planned Time,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},${['45', '60'][i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Time` = a duration written 0:45 / 1:00 beside Appt Time: never those', async () => {
    const r = await run(
      planned(
        'Appt ID,Appt Date,Appt Time,Planned Time,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},${['0:45', '1:00'][i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Time` = 0:45 / 1:00 beside `Date` only (no other time): asked, never 00:45', async () => {
    const r = await run(
      planned('Appt ID,Date,Planned Time (hrs),Patient,DOB,Provider,Status', (i) => `03/15/2027,${['0:45', '1:00'][i]}`),
    );
    oneOf(r, 'held');
  });
  it('`Planned Start` = the plan of care start (1 March) beside `Visit Date` and `Visit Time`: never 1 March', async () => {
    const r = await run(
      planned(
        'Appt ID,Planned Start,Visit Date,Visit Time,Patient,DOB,Provider,Status',
        (i) => `03/01/2027,03/15/2027,${TIMES[i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Start` (plan start) beside `Appointment` date-times: never 1 March', async () => {
    const r = await run(
      planned(
        'Appt ID,Planned Start,Appointment,Patient,DOB,Provider,Status',
        (i) => `03/01/2027,03/15/2027 ${TIMES[i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('a recall list: `Last Visit` and `Next Planned Date` (not booked): nothing sent at the planned day', async () => {
    const r = await run([
      'Patient ID,Patient,DOB,Provider,Last Visit,Next Planned Date',
      '8801,"Ortega, Marisol",06/10/1960,Dr. Ames,01/11/2027,04/12/2027',
      '8802,"Osei, Kevin",07/23/1958,Dr. Ames,01/18/2027,04/19/2027',
    ]);
    expect(held(r) || r.appointments.length === 0).toBe(true);
  });
  it('`Planned Visits` (a count) beside Appt Date and Time: the visits', async () => {
    const r = await run(
      planned(
        'Appt ID,Appt Date,Appt Time,Planned Visits,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},${['12', '8'][i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
  it('`Planned Date` and `Actual Date` differing on a row (done a day late): asked, or the planned day', async () => {
    // Credible writes the planned visit and the actual one: the booking is the planned; sending
    // the actual day would be the wrong slot for a booking, so either planned or asked.
    const r = await run(
      planned(
        'Appt ID,Planned Date,Planned Time,Actual Date,Actual Time,Patient,DOB,Provider,Status',
        (i) => `03/15/2027,${TIMES[i]},${['03/16/2027', '03/15/2027'][i]},${TIMES[i]}`,
      ),
    );
    oneOf(r, 'held', RIGHT_PAIR);
  });
});
