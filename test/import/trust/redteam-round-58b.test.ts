// Red team, round 58b: the hazards of a specialty practice's day (corpus layouts 418 ophthalmology,
// 419 chiropractic, 420 speech therapy) attacked for WRONG SENDS: a visit sent on the date of
// something else (the surgery, the recall, the authorization, the injury), a procedure line under
// a visit sent as a visit of its own, an untimed pickup or drop-off sent at midnight, one visit
// printed twice sent twice, a counter or an authorization number taken for the appointment id, a
// guardian sent as the patient. Most probes are the three-row file (Hollis, Obi, Lindqvist) with
// the sign on Obi's row (line 3); the rest are short reports written out line by line. Outcomes
// were worked out by hand before the first run:
//   booked     held, or sent with all three booked as written (a hold is no wrong send);
//   cancel     held, or sent with Obi cancelled and the two others booked;
//   obiAsked   nothing of Obi's goes unasked: held, refused, or Obi's row a row error (the two
//              others as written);
//   none       nothing is sent: held, refused, or no appointment at all.
// Revised after the first run (two probes, no wrong send found by either):
//   - C, the whole visit printed again with another procedure and no appointment id: both lines
//     came out under one made-up id, which the engine's plan keeps once (a later row for an id
//     replaces the earlier: engine/job/planned-appointments.ts), so the portal gets Obi once, as
//     the corpus judges a `sameAs` line; these probes now count the appointments by id.
//   - H, `Recall Due` as the status: the row is skipped (status-words.ts: a recall due is an
//     intention, no booking), which sends nothing of Obi's either: `obiAsked` now takes a skip.
// The fix of this round (status-words.ts: the technician's workup `In Workup`, `Workup Done`, an
// eye clinic's stage before the doctor, found by corpus layout 418) is probed in I.
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
  linesRunner,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Result,
  type Run,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-58b');
const run = probeRunner(files);
const runLines = linesRunner(files);

type Outcome = 'booked' | 'cancel' | 'obiAsked' | 'none';

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
const WITHOUT_OBI = [`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`];

/** What the portal gets: one appointment per id, the last row for an id replacing the earlier
 *  (engine/job/planned-appointments.ts), in the order the ids first come. */
function onPortal(r: Result): string[] {
  const byId = new Map<string, string>();
  for (const a of r.appointments)
    byId.set(a.appointmentId, `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName}`);
  return [...byId.values()];
}

/** Whether `r` is no wrong send for the hand-worked `outcome`. */
function fits(r: Run, outcome: Outcome): boolean {
  if (held(r) || r === 'refused') return true;
  const went = JSON.stringify(onPortal(r));
  switch (outcome) {
    case 'booked':
      return went === JSON.stringify(ALL_THREE);
    case 'cancel':
      return went === JSON.stringify(OBI_CANCELLED);
    case 'obiAsked':
      // Obi's row a row error, or skipped as no booking
      return went === JSON.stringify(WITHOUT_OBI) && (r.errors.length > 0 || r.skipped.length > 0);
    case 'none':
      return r.appointments.length === 0;
  }
}

/** The same column's three values: another thing's date, the same on Hollis's and Obi's rows. */
const dates = (header: string): [string, string[]] => [header, ['04/05/2027', '04/05/2027', '04/06/2027']];
const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')];

// ---------------------------------------------------------------------------------------------
// A. The date of something else beside the visit's own date (layouts 418-420: Surgery Date,
//    Recall Due, Auth Date, Re-Exam Due, Auth End, POC End), written before it
// ---------------------------------------------------------------------------------------------
describe('A. another date column beside the visit date', () => {
  it.each<string>([
    'Surgery Date',
    'Recall Due',
    'Auth Date',
    'Auth Expires',
    'Re-Exam Due',
    'POC End',
    'Auth End',
    'Date of Injury',
    'Referral Date',
    'Last Visit',
    'Next Recall',
  ])('%s before the visit date: booked as written', async (header) => {
    expect(fits(await run([dates(header), ...BASE]), 'booked')).toBe(true);
  });

  it('a surgery date and time beside the visit date and time: booked as written', async () => {
    const surgery: [string, string[]] = [
      'Surgery Date/Time',
      ['04/05/2027 7:00 AM', '04/05/2027 7:30 AM', '04/06/2027 8:00 AM'],
    ];
    expect(fits(await run([surgery, ...BASE]), 'booked')).toBe(true);
  });

  it("Re-Exam Due on Obi's own visit day, the others later: booked as written", async () => {
    const due: [string, string[]] = ['Re-Exam Due', ['04/05/2027', '03/22/2027', '04/06/2027']];
    expect(fits(await run([...BASE, due]), 'booked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. No visit date at all: only the date of something else beside the visit's time. The visits'
//    day is not in the file; nothing may go on the surgery's, the recall's or the injury's day.
// ---------------------------------------------------------------------------------------------
describe("B. only another thing's date beside the time", () => {
  it.each<string>([
    'Surgery Date',
    'Recall Due',
    'Auth Expires',
    'Re-Exam Due',
    'Date of Injury',
    'Referral Date',
    'Last Visit',
    'POC End',
  ])('%s and Appt Time: nothing sent', async (header) => {
    const r = await run([dates(header), TIME, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')]);
    expect(fits(r, 'none')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Procedure lines under a visit (layout 418): the visit goes once, the line never as a visit
// ---------------------------------------------------------------------------------------------
describe('C. procedure lines under a visit', () => {
  const HEAD = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Procedure,Status';
  const HOLLIS = '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel,,Checked Out';
  const OBI =
    '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,92134 OCT Macula OU,Checked In';
  const LINDQVIST = '03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Dr. Nina Patel,,Scheduled';
  const report = (procedureLine: string): string[] => [HEAD, HOLLIS, OBI, procedureLine, LINDQVIST];
  it.each<[string, string]>([
    ['only the procedure', ',,,,,,92083 Visual Field OU,'],
    ['the procedure and a status', ',,,,,,92083 Visual Field OU,Checked In'],
    ['the procedure and the time', ',10:00 AM,,,,,92083 Visual Field OU,'],
    [
      'the date, the patient and the procedure, no time',
      '03/22/2027,,"Obi, Adaeze",04/05/1999,100871,,92083 Visual Field OU,',
    ],
    [
      'the whole visit again with another procedure',
      '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,92083 Visual Field OU,Checked In',
    ],
  ])('%s: the three visits, each once', async (_, line) => {
    expect(fits(await runLines(report(line)), 'booked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A pickup or a drop-off without a time (layouts 418, 387, 305): never midnight
// ---------------------------------------------------------------------------------------------
describe('D. an untimed pickup or drop-off', () => {
  it.each<[string, string]>([
    ['', 'CL Pickup'],
    ['12:00 AM', 'Hearing Aid Drop-off'],
    ['12:00 AM', 'Glasses Pickup'],
    ['Walk-In', 'Hearing Aid Repair'],
    ['TBD', 'CL Pickup'],
    ['Any Time', 'Orthotics Pickup'],
    ['--', 'Glasses Pickup'],
  ])('Appt Time %j for a %s: nothing of Obi sent unasked', async (time, type) => {
    const t: [string, string[]] = ['Appt Time', ['9:00 AM', time, '1:30 PM']];
    const kind = col('Appt Type', type, 'Exam');
    expect(
      fits(await run([DATE, t, PATIENT, DOB, PID, PROVIDER, kind, status('Scheduled')]), 'obiAsked'),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// E. One patient twice in a morning (layouts 418, 419): a technician's workup before the doctor is
//    two bookings; one visit printed under two resources at one minute is one
// ---------------------------------------------------------------------------------------------
describe('E. one patient twice', () => {
  const HEAD = 'Appt Date,Start,Patient #,Patient Name,DOB,Resource,Appt Type,Status';
  const HOLLIS = '03/22/2027,9:00 AM,100415,"Hollis, Grace",06/02/1970,Dr. Nina Patel,Glaucoma F/U,Scheduled';
  const LINDQVIST =
    '03/23/2027,1:30 PM,100954,"Lindqvist, Sven",08/29/1963,Dr. Nina Patel,Cataract Eval,Scheduled';
  const obi = (time: string, resource: string, type: string): string =>
    `03/22/2027,${time},100871,"Obi, Adaeze",04/05/1999,${resource},${type},Scheduled`;

  it('the workup at 9:30 and the exam at 10:00: four visits, ids unique', async () => {
    const r = await runLines([
      HEAD,
      HOLLIS,
      obi('9:30 AM', 'TECH - Workup 1', 'Cataract Eval Workup'),
      obi('10:00 AM', 'Dr. Raj Lee', 'Cataract Eval'),
      LINDQVIST,
    ]);
    if (held(r) || r === 'refused') return;
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      '2027-03-22T16:30 NEW Obi',
      `${STARTS[1]} NEW Obi`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(4);
  });

  it('the 10:00 exam printed under the doctor and the OCT room: Obi once', async () => {
    const r = await runLines([
      HEAD,
      HOLLIS,
      obi('10:00 AM', 'Dr. Raj Lee', 'Cataract Eval'),
      obi('10:00 AM', 'OCT Room', 'Cataract Eval'),
      LINDQVIST,
    ]);
    expect(fits(r, 'booked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Counters and authorization numbers beside no appointment id (layouts 419, 420)
// ---------------------------------------------------------------------------------------------
describe('F. a counter or an authorization number is no appointment id', () => {
  const NO_ID: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, status('Scheduled')];
  it.each<[string, string[]]>([
    ['Visit Tracker', ['7 of 12', '2 of 6', '8 of 12']],
    ['Visit #', ['7', '2', '7']],
    ['Auth #', ['A-55102', 'A-55130', 'A-55102']],
    ['Authorization', ['PA20931', 'PA21010', 'PA20931']],
  ])('%s: booked, no id taken from it', async (header, values) => {
    const r = await run([...NO_ID, [header, values]]);
    expect(fits(r, 'booked')).toBe(true);
    if (held(r) || r === 'refused') return;
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(ids.some((id) => values.includes(id))).toBe(false);
    expect(new Set(ids).size).toBe(3);
  });

  it('a group session id on Obi and a second child at one start: each child its own id, or held', async () => {
    const r = await runLines([
      'Session ID,Date,Start Time,Client,Client ID,Client DOB,Therapist,Status',
      'S-1,03/22/2027,9:00 AM,"Hollis, Grace",100415,06/02/1970,"Kim, Hannah CCC-SLP",Completed',
      'S-2,03/22/2027,10:00 AM,"Obi, Adaeze",100871,04/05/1999,"Kim, Hannah CCC-SLP",Completed',
      'S-2,03/22/2027,10:00 AM,"Ellison, Theo",100902,02/05/2017,"Kim, Hannah CCC-SLP",No Show',
      'S-3,03/23/2027,1:30 PM,"Lindqvist, Sven",100954,08/29/1963,"Kim, Hannah CCC-SLP",Scheduled',
    ]);
    if (held(r) || r === 'refused') return;
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[1]} NEW Obi`,
      `${STARTS[1]} NEW Ellison`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
// G. The parent or guardian beside the client (layout 420): never the patient
// ---------------------------------------------------------------------------------------------
describe('G. a guardian beside the client', () => {
  const client: [string, string[]] = ['Client', PATIENT[1]];
  it.each<[string, string[]]>([
    ['Parent/Guardian', ['Hollis, Anne', 'Obi, Chinedu', 'Lindqvist, Karin']],
    ['Guardian', ['Hollis, Anne', '', 'Lindqvist, Karin']],
    ['Responsible Party', ['Hollis, Anne', 'Obi, Chinedu', 'Lindqvist, Karin']],
  ])('%s before the client: the clients go', async (header, values) => {
    const r = await run([
      DATE,
      TIME,
      [header, values],
      client,
      DOB,
      PID,
      PROVIDER,
      APPT,
      status('Scheduled'),
    ]);
    expect(fits(r, 'booked')).toBe(true);
    if (held(r) || r === 'refused') return;
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Grace', 'Adaeze', 'Sven']);
  });
});

// ---------------------------------------------------------------------------------------------
// H. Status words of these specialties
// ---------------------------------------------------------------------------------------------
describe('H. specialty status words', () => {
  it.each<[string, Outcome]>([
    ['Missed', 'booked'], // ChiroHD: not marked arrived in time, a missed (live) visit
    ['In Workup', 'booked'], // with the technician now (held is no wrong send)
    ['Late Cancellation', 'cancel'],
    ['Late Cancel - Fee Charged', 'cancel'],
    ['Canceled', 'cancel'],
    ['Ready for Pickup', 'obiAsked'], // an order's state, not the visit's
    ['Recall Due', 'obiAsked'], // a recall not yet booked
    ['Auth Expired', 'obiAsked'], // the authorization lapsed: is the visit still on?
    ['Re-Exam Due', 'obiAsked'],
  ])('Status = %s: %s', async (obi, outcome) => {
    expect(fits(await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status(obi)]), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// I. The fix: the technician's workup is a stage of a visit under way (status-words.ts)
// ---------------------------------------------------------------------------------------------
describe("I. the technician's workup", () => {
  // Sends: the patient is in the office with the technician, or done and waiting for the doctor.
  it.each<string>([
    'In Workup',
    'IN WORKUP',
    'Workup',
    'Work-Up',
    'In Work-Up',
    'Workup Done',
    'Workup Complete',
  ])('Status = %s: all three go booked, nothing asked', async (obi) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status(obi)]);
    expect(held(r)).toBe(false);
    expect(sent(r)).toEqual(ALL_THREE);
  });

  // A workup still to do, or one called off: the word alone does not say the visit is on.
  it.each<[string, Outcome]>([
    ['Workup Cancelled', 'obiAsked'],
    ['Needs Workup', 'obiAsked'],
    ['Workup - No Show', 'booked'],
    ['Cancelled - Workup', 'cancel'],
  ])('Status = %s: %s', async (obi, outcome) => {
    expect(fits(await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status(obi)]), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// J. A recall list mixed into the schedule, and visit counts written as fractions (7/12: the
//    seventh of twelve visits a care plan or an authorization allows), which read like dates
// ---------------------------------------------------------------------------------------------
describe('J. recall rows and visit fractions', () => {
  const recall: [string, string[]] = ['Recall Due', ['09/22/2027', '04/05/2027', '09/23/2027']];
  it("Obi's row has no visit date and no time, only a recall due: nothing of Obi sent unasked", async () => {
    const date: [string, string[]] = ['Appt Date', ['03/22/2027', '', '03/23/2027']];
    const time: [string, string[]] = ['Appt Time', ['9:00 AM', '', '1:30 PM']];
    const r = await run([date, time, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled'), recall]);
    expect(fits(r, 'obiAsked')).toBe(true);
  });

  it("Obi's row has a time and a recall due but no visit date: never sent on the recall's day", async () => {
    const date: [string, string[]] = ['Appt Date', ['03/22/2027', '', '03/23/2027']];
    const r = await run([date, TIME, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled'), recall]);
    expect(fits(r, 'obiAsked')).toBe(true);
  });

  const fractions = (header: string): [string, string[]] => [header, ['7/12', '2/6', '8/12']];
  it.each<string>(['Visits', 'Visit', 'Visit Count', 'Auth Visits', 'Visits Used'])(
    '%s as 7/12 beside the visit date and time: booked as written',
    async (header) => {
      expect(fits(await run([fractions(header), ...BASE]), 'booked')).toBe(true);
    },
  );

  it('Visits as 7/12 beside one date-and-time cell: booked as written', async () => {
    const at: [string, string[]] = [
      'Appointment',
      ['3/22/2027 9:00 AM', '3/22/2027 10:00 AM', '3/23/2027 1:30 PM'],
    ];
    const r = await run([PATIENT, DOB, PID, at, fractions('Visits'), PROVIDER, APPT, status('Scheduled')]);
    expect(fits(r, 'booked')).toBe(true);
  });

  it.each<string>(['Visits', 'Visit', 'Auth Visits'])(
    '%s as 7/12 and a time, no visit date: nothing sent',
    async (header) => {
      const r = await run([fractions(header), TIME, PATIENT, DOB, PID, PROVIDER, APPT, status('Scheduled')]);
      expect(fits(r, 'none')).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// K. A family booked on one row (a chiropractor's family adjustment, siblings in one speech
//    group slot): one name cell holding two patients is no one patient's appointment
// ---------------------------------------------------------------------------------------------
describe('K. two patients in one name cell', () => {
  it.each<string>([
    'Obi, Adaeze & Chidi',
    'Obi, Adaeze and Chidi',
    'Obi, Adaeze / Chidi',
    'Obi, Adaeze + Chidi',
  ])('Patient = %s: nothing of Obi sent unasked', async (name) => {
    const patient: [string, string[]] = ['Patient', [PATIENT[1][0]!, name, PATIENT[1][2]!]];
    const r = await run([DATE, TIME, patient, DOB, PID, PROVIDER, APPT, status('Scheduled')]);
    expect(fits(r, 'obiAsked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// L. The status of another thing beside the visit's own `Scheduled`: the authorization, the
//    recall, the lens or hearing-aid order. Its `Cancelled` or `Denied` is not the visit's.
// ---------------------------------------------------------------------------------------------
describe("L. another thing's status beside the visit's", () => {
  it.each<[string, string, string]>([
    ['Auth Status', 'Denied', 'Approved'],
    ['Auth Status', 'Expired', 'Approved'],
    ['Authorization Status', 'Cancelled', 'Approved'],
    ['Recall Status', 'Cancelled', 'Scheduled'],
    ['CL Order Status', 'Cancelled', 'Dispensed'],
    ['Hearing Aid Status', 'Returned', 'Fit'],
    ['Eligibility', 'Inactive', 'Active'],
  ])('%s = %s on Obi: never sent cancelled (booked as written, or held)', async (header, obi, others) => {
    expect(fits(await run([...BASE, col(header, obi, others)]), 'booked')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// M. Zones named the practice's way, and a night visit on a clock change (a sleep lab beside an
//    eye or chiropractic practice), away from Los Angeles: the file written line by line
// ---------------------------------------------------------------------------------------------
describe('M. zones and clock changes of other US practices', () => {
  const head = (timeHeader: string): string =>
    `Appt Date,${timeHeader},Patient,DOB,Patient ID,Provider,Status`;
  const row = (date: string, time: string, name: string, dob: string, id: string): string =>
    `${date},${time},"${name}",${dob},${id},Dr. Nina Patel,Scheduled`;
  const at = async (timeZone: string, lines: string[]): Promise<Run> => {
    try {
      return await collect(files.write(lines), { timeZone });
    } catch {
      return 'refused';
    }
  };

  // Louisville keeps Eastern time: 'ET' is its own clock. By hand: 12 March 2027 EST (UTC-5),
  // 15 March EDT (UTC-4): 9:00 = 14:00Z, 10:00 = 14:00Z.
  it("Start (ET) at a Louisville practice: sent on the practice's clock, or held", async () => {
    const r = await at('America/Kentucky/Louisville', [
      head('Start (ET)'),
      row('03/12/2027', '9:00 AM', 'Hollis, Grace', '06/02/1970', '100415'),
      row('03/15/2027', '10:00 AM', 'Obi, Adaeze', '04/05/1999', '100871'),
    ]);
    if (held(r) || r === 'refused') return;
    expect(sent(r)).toEqual(['2027-03-12T14:00 NEW Hollis', '2027-03-15T14:00 NEW Obi']);
  });

  // A Chicago sleep study's check-in at 1:30 AM on 7 November 2027 happens twice (CDT, then CST);
  // 2:30 AM on 14 March 2027 never happens. Neither may go at a guessed hour.
  it.each<[string, string]>([
    ['11/07/2027', '1:30 AM'],
    ['03/14/2027', '2:30 AM'],
  ])('a sleep study at %s %s in Chicago: nothing of Obi sent unasked', async (date, time) => {
    const r = await at('America/Chicago', [
      head('Appt Time'),
      row('11/06/2027', '9:00 PM', 'Hollis, Grace', '06/02/1970', '100415'),
      row(date, time, 'Obi, Adaeze', '04/05/1999', '100871'),
    ]);
    if (held(r) || r === 'refused') return;
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Hollis']);
  });
});
