// Red team, round 60a: the hazards of the three blind layouts of this round (corpus 430 Dentrix
// Enterprise, 431 ChiroSpring 360, 432 My Clients Plus) written another way, attacked for WRONG
// SENDS only. Each probe is the three-row file (Hollis, Obi, Lindqvist) with the sign under test on
// Obi's row (line 3) or in the file's columns. Outcomes were worked out by hand before the first run:
//   held       nothing of Obi's goes unasked: the file is held or refused, or Obi's row is a row error;
//   notBooked  Obi's row never goes booked (held, a row error, or sent cancelled);
//   cancel     held, or sent with Obi cancelled and the two others booked;
//   booked     held, or sent with all three booked as written (a hold is no wrong send).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-60a');
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

type Outcome = 'held' | 'notBooked' | 'cancel' | 'booked';

const run = probeRunner(files);

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
const WITHOUT_OBI = [`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`];

/** Whether `r` is no wrong send for the hand-worked `outcome`. */
function fits(r: Run, outcome: Outcome): boolean {
  if (held(r)) return true;
  if (r === 'refused') return true;
  const went = JSON.stringify(sent(r));
  switch (outcome) {
    case 'held':
      return went === JSON.stringify(WITHOUT_OBI) && r.errors.length > 0;
    case 'notBooked':
      return !r.appointments.some((a) => a.patient.lastName === 'Obi' && a.status !== 'CANCEL');
    case 'cancel':
      return went === JSON.stringify(OBI_CANCELLED);
    case 'booked':
      return went === JSON.stringify(ALL_THREE);
  }
}

// ---------------------------------------------------------------------------------------------
// A. Status words of the three systems, written another way (Dentrix's appointment statuses and
//    broken appointments, ChiroSpring's missed appointments, a behavioral-health attendance list)
// ---------------------------------------------------------------------------------------------
describe('A. status words of dental, chiropractic and behavioral-health lists', () => {
  it.each<[string, Outcome]>([
    // live: Dentrix's statuses (FIRM-E confirmed by e-mail, READY for the operatory, NOFLEX a fixed
    // time, EMERGENCY an emergency patient), attendance kept, a missed visit
    ['FIRM-E', 'booked'],
    ['READY', 'booked'],
    ['EMERGENCY', 'booked'],
    ['Kept', 'booked'],
    ['Missed', 'booked'],
    ['Missed Appointment', 'booked'],
    // gone: broken, late-cancelled, cancelled by either side, moved off the book to the
    // Unscheduled List (Dentrix's Wait/Will Call): never booked
    ['BROKEN', 'cancel'],
    ['Broken Appt', 'cancel'],
    ['Late Cancel', 'cancel'],
    ['Late Cancellation', 'cancel'],
    ['Canceled by Clinician', 'cancel'],
    ['Clinician Canceled', 'cancel'],
    ['Canceled by Client', 'cancel'],
    ['Wait/Will Call', 'notBooked'],
    ['Broken - Wait/Will Call', 'notBooked'],
  ])('Status = %s: %s', async (obi, outcome) => {
    expect(fits(await run([...BASE, status(obi)]), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A visit type that sounds like a status, beside a Status column that says the visit is on
// ---------------------------------------------------------------------------------------------
describe('B. a visit kind that sounds like a status', () => {
  it.each<[string, string, Outcome]>([
    ['Category', 'Missed Appt Re-Exam', 'booked'],
    ['Appt Reason', 'No Show Follow-Up', 'booked'],
    ['Appt Reason', 'Broken crown #19, Limited Exam', 'booked'],
    ['Category', 'Reschedule Consult', 'booked'],
    ['Service', 'Cancellation Fill-In', 'booked'],
  ])('%s = %s, Status Confirmed: %s', async (header, kind, outcome) => {
    const cols: Cols = [...BASE, col(header, kind, 'Adjustment'), status('Confirmed', 'Confirmed')];
    expect(fits(await run(cols), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. A family's or an insurer's number beside (or instead of) the patient's: two patients of one
//    household never become one patient on the portal
// ---------------------------------------------------------------------------------------------
describe("C. a household, guarantor or insurer's number", () => {
  const noId: Cols = [DATE, TIME, PATIENT, DOB, PROVIDER, APPT];
  /** Patient ids sent, or null when held. */
  const ids = (r: Run): string[] | null =>
    held(r) || r === 'refused' ? null : r.appointments.map((a) => a.patient.patientId);

  // The chart beside the family's guarantor, in either order: the chart is the patient's id.
  it.each<[string, boolean]>([
    ['Guarantor', false],
    ['Guarantor', true],
    ['Acct #', true],
    ['Household #', true],
  ])('Chart Number beside %s (account first: %s): the chart is the patient id', async (header, first) => {
    const chart: [string, string[]] = ['Chart Number', ['HOL0415', 'OBI0871', 'LIN0954']];
    const family: [string, string[]] = [header, ['HOL0400', 'HOL0400', 'LIN0950']];
    const cols: Cols = [
      DATE,
      TIME,
      PATIENT,
      DOB,
      ...(first ? [family, chart] : [chart, family]),
      PROVIDER,
      APPT,
    ];
    const got = ids(await run(cols));
    if (got !== null) expect(got).toEqual(['HOL0415', 'OBI0871', 'LIN0954']);
  });

  // Only the family's or the insurer's number: Hollis and Obi share it, so it is nobody's id.
  it.each<string>([
    'Acct #',
    'Account Number',
    'Guarantor',
    'Guarantor ID',
    'Household #',
    'Insured ID',
    'Member ID',
  ])('%s shared by Hollis and Obi, no patient id: they are never sent as one patient', async (header) => {
    const got = ids(await run([...noId, [header, ['A-1040', 'A-1040', 'A-1954']]]));
    if (got !== null) expect(got[0]).not.toBe(got[1]);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A time range in one cell (My Clients Plus's agenda), the AM/PM written once at its end
// ---------------------------------------------------------------------------------------------
describe('D. a time range in one cell', () => {
  it.each<[string, string[], Outcome]>([
    ['short am/pm', ['9:00a - 9:50a', '10:00a - 10:50a', '1:30p - 2:20p'], 'booked'],
    ['en dash, no spaces', ['9:00 AM–9:50 AM', '10:00 AM–10:50 AM', '1:30 PM–2:20 PM'], 'booked'],
    ['AM/PM once at the end', ['9:00 - 9:50 AM', '10:00 - 10:50 AM', '1:30 - 2:20 PM'], 'booked'],
    // 10:00 to noon: a 10 PM start would end the next day at noon, no visit
    ['a range ending at noon', ['9:00 - 9:50 AM', '10:00 - 12:00 PM', '1:30 - 2:20 PM'], 'booked'],
    ['24-hour', ['09:00 - 09:50', '10:00 - 10:50', '13:30 - 14:20'], 'booked'],
  ])('Time = %s: %s', async (_, times, outcome) => {
    const cols: Cols = [DATE, ['Time', times], PATIENT, DOB, PID, PROVIDER, APPT];
    expect(fits(await run(cols), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// E. Several date columns: the visit's is never taken from when it was booked or the injury date,
//    whichever stands first; an End column before the Start
// ---------------------------------------------------------------------------------------------
describe('E. several date and time columns', () => {
  const booked: [string, string[]] = ['Date Made', ['02/03/2027', '03/01/2027', '03/12/2027']];
  const injury: [string, string[]] = ['Injury Date', ['', '01/21/2027', '']];
  it.each<[string, Cols]>([
    ['Date Made first', [booked, DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT]],
    ['Injury Date first', [injury, DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT]],
    [
      'End before Start',
      [
        DATE,
        ['End', ['9:50 AM', '10:50 AM', '2:20 PM']],
        ['Start', ['9:00 AM', '10:00 AM', '1:30 PM']],
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        APPT,
      ],
    ],
  ])('%s: booked at the visit', async (_, cols) => {
    expect(fits(await run(cols), 'booked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. A preferred or former name in the patient's cell: the portal shows the legal name
// ---------------------------------------------------------------------------------------------
describe('F. a preferred or former name written with the patient', () => {
  it.each<[string, string, string]>([
    ['Obi, Adaeze (Ada)', 'Adaeze', 'Obi'],
    ['Obi, Adaeze "Ada"', 'Adaeze', 'Obi'],
    ['OBI, ADAEZE (ADA)', 'Adaeze', 'Obi'],
  ])('Patient = %s: %s %s', async (name, first, last) => {
    const r = await run([
      DATE,
      TIME,
      ['Patient', ['Hollis, Grace', name, 'Lindqvist, Sven']],
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    if (held(r) || r === 'refused') return;
    const obi = r.appointments.filter((a) => a.patient.patientId === '100871');
    // a row error is no wrong send; what goes carries the legal name only
    for (const a of obi) expect([a.patient.firstName, a.patient.lastName]).toEqual([first, last]);
  });
});

// ---------------------------------------------------------------------------------------------
// G. US territories across the Pacific and the Caribbean write dates month first: a file whose
//    dates prove no order is never read day first there
// ---------------------------------------------------------------------------------------------
describe('G. US territories: month first or asked', () => {
  const rows = lines([
    ['Appt Date', ['03/04/2027', '03/04/2027', '03/05/2027']],
    TIME,
    PATIENT,
    ['DOB', ['06/02/1970', '04/05/1999', '08/09/1963']],
    PID,
    PROVIDER,
    APPT,
  ]);
  // Month first by hand: 4 March 2027 (Thursday) 9:00 and 10:00, 5 March 13:30 local.
  it.each<[string, string[]]>([
    ['Pacific/Guam', ['2027-03-03T23:00', '2027-03-04T00:00', '2027-03-05T03:30']],
    ['Pacific/Saipan', ['2027-03-03T23:00', '2027-03-04T00:00', '2027-03-05T03:30']],
    ['Pacific/Pago_Pago', ['2027-03-04T20:00', '2027-03-04T21:00', '2027-03-06T00:30']],
    ['America/St_Thomas', ['2027-03-04T13:00', '2027-03-04T14:00', '2027-03-05T17:30']],
  ])('%s: held, or sent month first', async (timeZone, utc) => {
    const r = await collect(files.write(rows), { timeZone }).catch(() => 'refused' as const);
    if (held(r) || r === 'refused') return;
    expect(r.appointments.map((a) => a.start.toISOString().slice(0, 16))).toEqual(utc);
  });
});

// ---------------------------------------------------------------------------------------------
// H. A group's sites in a state split between two clocks (Dentrix Enterprise lists each clinic;
//    Indiana, Idaho, Michigan, Alaska, Nevada): a site on another clock than the practice's is
//    asked, never sent on the practice's clock. Found by this round: a Location column of sites
//    written `City, ST` (`Evansville, IN`) read as people's `Last, First` names and was left out,
//    so nothing checked it and Evansville's (Central) visits went an hour early at an
//    Indianapolis practice; and the Upper Peninsula's Central towns, West Wendover (Mountain),
//    Lewiston, Idaho (Pacific) and Adak (Hawaii-Aleutian) were in no list.
//    Measured on the commit before the fix: all 9 held probes below were sent on the practice's
//    clock, and the 3 controls went with the practice's name as the location, not the site.
// ---------------------------------------------------------------------------------------------
describe('H. a site on another clock, however it is written', () => {
  const rowsWith = (header: string, sites: string[]): string[] =>
    lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, [header, sites]]);
  const runIn = async (timeZone: string, rows: string[]): Promise<Run> =>
    collect(files.write(rows), { timeZone }).catch(() => 'refused' as const);

  // Obi's visit is at the site on the other clock: held (the file's one question), never sent.
  it.each<[string, string, string[]]>([
    ['America/Indiana/Indianapolis', 'Location', ['Indianapolis, IN', 'Evansville, IN', 'Indianapolis, IN']],
    ['America/Indiana/Indianapolis', 'Clinic', ['Castleton, IN', 'Evansville, Indiana', 'Greenwood, IN']],
    ['America/New_York', 'Location', ['Knoxville, TN', 'Nashville, TN', 'Knoxville, TN']],
    ['America/Boise', 'Location', ['Boise, ID', 'Moscow, ID', 'Nampa, ID']],
    ['America/Chicago', 'Facility', ['Pensacola, FL', 'Tallahassee, FL', 'Pensacola, FL']],
    ['America/Boise', 'Location', ['Treasure Valley Chiropractic - Boise', 'Lewiston Chiropractic', 'Boise']],
    ['America/Detroit', 'Location', ['Detroit', 'Iron Mountain', 'Detroit']],
    ['America/Los_Angeles', 'Location', ['Reno NV', 'West Wendover NV', 'Reno NV']],
    ['America/Anchorage', 'Location', ['Anchorage', 'Adak', 'Anchorage']],
  ])('%s, %s = %s: held', async (timeZone, header, sites) => {
    expect(held(await runIn(timeZone, rowsWith(header, sites)))).toBe(true);
  });

  // Controls: every site on the practice's clock (the same towns' neighbours, Lewiston at a Maine
  // practice), sent as written with the site as the location.
  it.each<[string, string[], string[]]>([
    [
      'America/Indiana/Indianapolis',
      ['Indianapolis, IN', 'Fishers, IN', 'Indianapolis, IN'],
      ['2027-03-22T13:00', '2027-03-22T14:00', '2027-03-23T17:30'],
    ],
    [
      'America/Chicago',
      ['Pensacola, FL', 'Pensacola, FL', 'Pensacola, FL'],
      ['2027-03-22T14:00', '2027-03-22T15:00', '2027-03-23T18:30'],
    ],
    [
      'America/New_York',
      ['Portland, ME', 'Lewiston, ME', 'Portland, ME'],
      ['2027-03-22T13:00', '2027-03-22T14:00', '2027-03-23T17:30'],
    ],
  ])('%s, Location = %s: sent on its clock, at its site', async (timeZone, sites, utc) => {
    const r = await runIn(timeZone, rowsWith('Location', sites));
    expect(held(r)).toBe(false);
    if (r === 'refused') return;
    expect(r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.location}`)).toEqual(
      utc.map((u, i) => `${u} ${sites[i]}`),
    );
  });

  // A Location of people written `Last, First` stays no location (location-people.ts): the
  // credential or given name after the comma is no state.
  it.each<[string[]]>([[['Smith, MD', 'Jones, DO', 'Smith, MD']], [['Hollis, Al', 'Obi, Jo', 'Hollis, Al']]])(
    'Location = %s: not sent as a site',
    async (people) => {
      const r = await runIn('America/Los_Angeles', rowsWith('Location', people));
      if (held(r) || r === 'refused') return;
      expect(r.appointments.every((a) => !people.includes(a.location))).toBe(true);
    },
  );
});
