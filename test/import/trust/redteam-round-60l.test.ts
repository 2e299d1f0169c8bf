// Red team, round 60l: the wrong sends 60d left open, each a visit-that-is-not-a-visit going to the
// portal as booked. Each probe is the three-row file (three-row-probes.ts: Hollis, Obi, Lindqvist)
// with the sign on Obi's row. Outcomes were worked out by hand, from the word and the vendors' own
// pages below, before the first run (structured-probes.ts `Outcome`; a hold always fits):
//   held       a person could not be sure what the word says: nothing of Obi's goes unasked;
//   notBooked  not a booked visit (a request, a wait list, gone): never sent booked;
//   booked     the visit is on: all three booked, or held.
//
// Sources (checked 2026-12):
//  - Kalix: a client's booking through the online scheduling widget appears on the calendar as a
//    "tentative (or provisional) appointment" until the practice approves it
//    (help.kalixhealth.com/en/articles/74900-approving-tentative-appointments): `Tentative Online`
//    is that request, not Clinicminds' desk-made tentative time (help.clinicminds.com/en/articles/
//    3884948), so it is asked; bare `Tentative` stays booked (60d B).
//  - Vagaro: Awaiting Confirmation is a booked appointment whose confirmation message went out,
//    its requests are `Requested` (support.vagaro.com/hc/en-us/articles/360003362014, corpus 160):
//    bare `Awaiting Confirmation` and its French `En attente de confirmation` (booked, the patient
//    asked to confirm, as `à confirmer`) stay booked; said whose or how (60d J) they are asked.
//  - TELUS CHR: eBooked appointments "not officially booked until a staff member manually
//    approves"; rejected ones shown struck through (help.inputhealth.com/en/articles/5296661,
//    5192413). HealthMyself approves or declines pending e-bookings
//    (healthmyself.freshdesk.com/support/solutions/articles/36000001270); Healthie's pending
//    requests are confirmed or cancelled (help.gethealthie.com/article/1068); Bravely marks a
//    declined request Rejected (help.bravely.io/en/articles/11532438): a request's state in a
//    column of its own (`Request Status`, `Approval`, `Booking Status`) beside a status of
//    `Scheduled` says whether the visit is booked at all.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { explain, fits, type Outcome } from './structured-probes.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-60l');
const run = probeRunner(files);
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];
const byStatus = (obi: string, others?: string): Cols => [...BASE, status(obi, others)];
const noDoubt = (r: Awaited<ReturnType<typeof run>>): boolean =>
  r !== 'refused' && (r.summary.doubts ?? []).length === 0;

// ---------------------------------------------------------------------------------------------
// A. No status column: a type, reason or category cell that is nothing but "not booked yet".
//    Found (60d): Not Booked, Unscheduled, Appointment Request, Request went booked.
// ---------------------------------------------------------------------------------------------
describe('A. with no status column, a type cell that says the row is not a booked visit', () => {
  it.each<[string, string, Outcome]>([
    ['Type', 'Not Booked', 'notBooked'],
    ['Type', 'Unscheduled', 'notBooked'],
    ['Type', 'Appointment Request', 'notBooked'],
    ['Type', 'Request', 'notBooked'],
    ['Type', 'Requested', 'notBooked'],
    ['Type', 'Proposed', 'notBooked'],
    ['Type', 'Pending Approval', 'notBooked'],
    ['Type', 'Awaiting Approval', 'notBooked'],
    ['Type', 'Wait List', 'notBooked'],
    ['Type', 'Recall Due', 'notBooked'],
    ['Type', 'Cancelled - Rebook', 'notBooked'],
    ['Type', 'Not Scheduled', 'notBooked'],
    ['Type', 'To Be Scheduled', 'notBooked'],
    ['Reason', 'Not Booked', 'notBooked'],
    ['Reason', 'Appointment Request', 'notBooked'],
    ['Appt Type', 'Unscheduled', 'notBooked'],
    ['Appt Type', 'Request', 'notBooked'],
    ['Category', 'Not Booked', 'notBooked'],
    ['Category', 'Appointment Request', 'notBooked'],
    ['Visit Type', 'Booking Request', 'notBooked'],
    // a status word that says the visit is on (booked, or missed: still the patient's booking)
    ['Type', 'Tentative', 'booked'],
    ['Type', 'No Show', 'booked'],
  ])('%s %s', async (header, obi, outcome) => {
    const r = await run([...BASE, col(header, obi, 'Office Visit')]);
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  // A visit kind that names a status, or a request, inside it stays a visit: sent, never held.
  it.each<[string, string]>([
    ['Type', 'No Show Follow-up'],
    ['Type', 'Cancellation List Call'],
    // found held (its cancellation noun, joined by a hyphen, read as the row's cancellation)
    ['Type', 'Post-Cancellation Consult'],
    ['Type', 'Pre-Cancellation Review'],
    ['Type', 'Recall'],
    ['Type', 'Recall Visit'],
    ['Reason', 'Records Request'],
    ['Reason', 'Refill Request'],
    ['Type', 'Unscheduled Visit'],
    ['Type', 'Walk-in (Unscheduled)'],
  ])('%s %s: sent as booked, not held', async (header, obi) => {
    const r = await run([...BASE, col(header, obi, 'Office Visit')]);
    expect(fits(r, 'booked') && noDoubt(r), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A request's state in a column of its own, beside Status = Scheduled. Found (60d): only yes/no
//    flags were read; `Pending` or `Declined` there went booked.
// ---------------------------------------------------------------------------------------------
describe("B. a request's state in its own column, beside Scheduled", () => {
  it.each<[string, string, string, Outcome]>([
    ['Request Status', 'Pending', 'Approved', 'notBooked'],
    ['Request Status', 'Requested', 'Approved', 'notBooked'],
    ['Request Status', 'Declined', 'Approved', 'notBooked'],
    ['Request Status', 'Rejected', 'Accepted', 'notBooked'],
    ['Approval', 'Pending', 'Approved', 'notBooked'],
    ['Approval', 'Declined', 'Approved', 'notBooked'],
    ['Approval Status', 'Denied', 'Approved', 'notBooked'],
    ['Booking Status', 'Pending', 'Confirmed', 'notBooked'],
    ['Booking Status', 'Requested', 'Booked', 'notBooked'],
    ['Online Request Status', 'Awaiting Approval', 'Approved', 'notBooked'],
    ['Request Status', 'Approved', 'Approved', 'booked'],
    ['Request Status', '', 'Approved', 'booked'],
    ['Approval', 'Approved', 'Approved', 'booked'],
    // `Booking Status` beside `Status` is asked which of the two is the status (a fair question)
    ['Booking Status', 'Confirmed', 'Booked', 'booked'],
  ])('%s %s (the others %s)', async (header, obi, others, outcome) => {
    const r = await run([...byStatus('Scheduled'), col(header, obi, others)]);
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  it.each([
    ['Request Status', 'Approved', 'Approved'],
    ['Request Status', '', 'Approved'],
    ['Approval', 'Accepted', 'Approved'],
  ])('%s %s (the others %s): sent, not held (no false hold)', async (header, obi, others) => {
    const r = await run([...byStatus('Scheduled'), col(header, obi, others)]);
    expect(noDoubt(r), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. 60d's judgement calls, decided on the vendors' pages above
// ---------------------------------------------------------------------------------------------
describe('C. status: tentative and awaiting confirmation', () => {
  it.each<[string, Outcome]>([
    ['Tentative Online', 'notBooked'],
    ['Tentative - Web', 'notBooked'],
    ['Tentative (Portal)', 'notBooked'],
    ['Awaiting Confirmation', 'booked'],
    ['En attente de confirmation', 'booked'],
    ['Tentative', 'booked'],
  ])('%s', async (word, outcome) => {
    const r = await run(byStatus(word));
    expect(fits(r, outcome), explain(r)).toBe(true);
  });

  it.each(['Awaiting Confirmation', 'En attente de confirmation', 'Tentative'])(
    '%s is sent, not held (no false hold)',
    async (word) => {
      const r = await run(byStatus(word));
      expect(noDoubt(r), explain(r)).toBe(true);
    },
  );
});
