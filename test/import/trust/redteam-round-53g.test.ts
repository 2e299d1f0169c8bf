// Red team, round 53g: a column that looks like the one needed but is not, attacked for WRONG
// SENDS only. Each probe is a small file of three rows holding the right column and a decoy beside
// it (on either side: column order must not decide), or the decoy alone. Decoy headers are real
// column names of US PM/EHR report layouts (sources in the describe blocks). Outcomes were worked
// out by hand before the first run:
//   'send'  the file goes without a question, with the right column's values;
//   'safe'  held, refused, or sent with the right values (or, with the right column absent, the
//           placeholder: Unassigned provider, the practice's office, an id made from name and
//           birth date, NEW); never with the decoy's values.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). 22 March 2027 is
// a Monday, 23 a Tuesday. Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist
// 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  DATE,
  DOB,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  TIME,
  type Cols,
  type Result,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-53g');

const STATUS: [string, string[]] = ['Status', ['Scheduled', 'Confirmed', 'Scheduled']];
const LOCATION: [string, string[]] = ['Location', ['North Clinic', 'South Clinic', 'North Clinic']];

const RIGHT_STARTS = ['2027-03-22T16:00', '2027-03-22T17:00', '2027-03-23T20:30'];
const RIGHT_IDS = ['100415', '100871', '100954'];
const RIGHT_PROVIDERS = ['Dr. Nina Patel', 'Dr. Raj Lee', 'Dr. Nina Patel'];
const RIGHT_LOCATIONS = ['North Clinic', 'South Clinic', 'North Clinic'];

const run = async (cols: Cols): Promise<Result | 'refused'> => {
  try {
    return await collect(files.write(lines(cols)), { timeZone: 'America/Los_Angeles' });
  } catch {
    return 'refused';
  }
};
const held = (r: Result | 'refused'): boolean => r === 'refused' || (r.summary.doubts ?? []).length > 0;
/** The sent rows in file order (Hollis, Obi, Lindqvist), or null when nothing went. */
const sent = (r: Result | 'refused') => (held(r) || r === 'refused' ? null : r.appointments);

/** The decoy column (header, three values) placed before the right one, or after it. */
const around = (base: Cols, at: number, decoy: [string, string[]], before: boolean): Cols => {
  const cols = [...base];
  cols.splice(before ? at : at + 1, 0, decoy);
  return cols;
};

// ---------------------------------------------------------------------------------------------
// A. Dates of another moment beside the appointment's date, and alone
// ---------------------------------------------------------------------------------------------
// Sources: Open Dental's Appointments report lists appointments "scheduled for or created in a
// date range" (https://opendental.com/manual/reportappts.html: its grid has the appointment's date
// and the date the appointment was entered); Oracle Health Management System's appointment slots
// table prints `Assigned on`, `Admitted on`, `Confirmation sent on`, `Reminder sent on` beside the
// appointment's date and time (docs.oracle.com HMSAG GUID-71400E3C); WebChart's schedule import has
// `sched.Due Date` ("the appointment must be completed by") beside `sched.Start Date`
// (eh-docs appointments-import); NextGen, eCW and AdvancedMD appointment lists print the next and
// last appointment beside the visit; Kareo's Appointments Detail report prints `Date Created`.
const MADE = ['03/01/2027', '03/05/2027', '02/26/2027'];
const NEXT = ['04/19/2027', '04/20/2027', '05/03/2027'];
const otherDates: Array<[string, string[]]> = [
  ['Appt Made Date', MADE],
  ['Date Appt Made', MADE],
  ['Appt Entered Date', MADE],
  ['Appt Created', MADE],
  ['Appt Booked On', MADE],
  ['Appt Last Modified', MADE],
  ['Appt Confirm Date', MADE],
  ['Appt Reminder Date', MADE],
  ['Next Appt', NEXT],
  ['Next Appt Date', NEXT],
  ['Next Appointment', NEXT],
  ['Last Appt Date', MADE],
  ['Previous Appointment', MADE],
  ['Prior Appt Date', MADE],
  ['Original Appt Date', MADE],
  ['Appt Cancel Date', MADE],
  ['Due Date', NEXT],
  ['Follow Up Date', NEXT],
  ['Return Visit Date', NEXT],
  ['Recall Due Date', NEXT],
  ['Last Visit Date', MADE],
];

describe('A. a date of another moment never gives the appointment its day', () => {
  it.each(otherDates)('%s beside Appt Date (before it, then after it): the Appt Date goes', async (h, v) => {
    for (const before of [true, false]) {
      const r = await run(around([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS], 0, [h, v], before));
      const a = sent(r);
      if (a) expect(a.map((x) => x.start.toISOString().slice(0, 16))).toEqual(RIGHT_STARTS);
    }
  });

  it.each(otherDates)('%s alone beside Appt Time: never sent on its dates', async (h, v) => {
    const r = await run([[h, v], TIME, PATIENT, DOB, PID, PROVIDER, STATUS]);
    const a = sent(r);
    // Held or refused, or nothing sent: the file has no appointment date at all.
    expect(a === null || a.length === 0).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Times of another moment beside the appointment's time, and alone
// ---------------------------------------------------------------------------------------------
// Sources: Open Dental's appointment table keeps `DateTimeArrived`, `DateTimeSeated`,
// `DateTimeDismissed` beside `AptDateTime` (opendental.com schema); eCW's patient-flow and
// athenaOne's check-in reports print `Check In`, `Roomed`, `Check Out` beside the appointment time;
// Oracle HMS prints `Slot Time` beside `Appointment Time` (GUID-71400E3C); a request list's
// `Time Requested`. Times on five-minute marks, as a clinic's flow board rounds them: a slot-like
// value proves nothing.
const FLOW = ['8:45 AM', '9:50 AM', '1:20 PM'];
const END = ['9:30 AM', '10:30 AM', '2:00 PM'];
const otherTimes: Array<[string, string[]]> = [
  ['Arrival Time', FLOW],
  ['Arrived', FLOW],
  ['Check In', FLOW],
  ['Check-In Time', FLOW],
  ['Checked In', FLOW],
  ['Appt Check In', FLOW],
  ['Appt Arrival Time', FLOW],
  ['Roomed', FLOW],
  ['Roomed Time', FLOW],
  ['Check Out', END],
  ['Checkout Time', END],
  ['Time Requested', FLOW],
  ['Requested Appt Time', FLOW],
  ['Appt End Time', END],
  ['End Time', END],
  ['Stop Time', END],
  ['Seated', FLOW],
  ['Dismissed', END],
  ['Time Made', FLOW],
  ['Appt Confirm Time', FLOW],
  ['Reminder Time', FLOW],
];

describe('B. a time of another moment never gives the appointment its time', () => {
  it.each(otherTimes)('%s beside Appt Time (before it, then after it): the Appt Time goes', async (h, v) => {
    for (const before of [true, false]) {
      const r = await run(around([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS], 1, [h, v], before));
      const a = sent(r);
      if (a) expect(a.map((x) => x.start.toISOString().slice(0, 16))).toEqual(RIGHT_STARTS);
    }
  });

  it.each(otherTimes)('%s alone beside Appt Date: never sent at its times', async (h, v) => {
    const r = await run([DATE, [h, v], PATIENT, DOB, PID, PROVIDER, STATUS]);
    const a = sent(r);
    expect(a === null || a.length === 0).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Providers in another role beside the visit's provider, and alone
// ---------------------------------------------------------------------------------------------
// Sources: Kareo / Tebra's Appointments Detail prints `Provider`, `Referring Provider`, `Resource`
// and `Scheduled By`; a CMS-1500 export has `Billing Provider`, `Supervising Provider`, `Ordering
// Provider`; NextGen's `Rendering`; athenaOne's appointment report has `Appt Scheduling Provider`
// beside the rendering one and the patient's `PCP`; a vet data export's `ScheduledByName` is "the
// first resource assigned" (vetdata.freshdesk.com ISchedule); Dentrix prints the patient's `Prim
// Prov`; care teams name `Care Coordinator`, `Case Manager`, `Medical Assistant`, `Scribe`.
const OTHER_PEOPLE = ['Dr. Alan Brooks', 'Dr. Maria Chen', 'Dr. Alan Brooks'];
const otherProviders: Array<[string, string[]]> = [
  ['Referring Provider', OTHER_PEOPLE],
  ['Referring Physician', OTHER_PEOPLE],
  ['Referred By', OTHER_PEOPLE],
  ['Referral Source', OTHER_PEOPLE],
  ['PCP', OTHER_PEOPLE],
  ['PCP Name', OTHER_PEOPLE],
  ['Primary Care Provider', OTHER_PEOPLE],
  ['Supervising Physician', OTHER_PEOPLE],
  ['Billing Provider', OTHER_PEOPLE],
  ['Ordering Physician', OTHER_PEOPLE],
  ['Scheduled By', OTHER_PEOPLE],
  ['Scheduler', OTHER_PEOPLE],
  ['Checked In By', OTHER_PEOPLE],
  ['Confirmed By', OTHER_PEOPLE],
  ['Medical Assistant', OTHER_PEOPLE],
  ['Care Coordinator', OTHER_PEOPLE],
  ['Case Manager', OTHER_PEOPLE],
  ['Scribe', OTHER_PEOPLE],
  ['Interpreter', OTHER_PEOPLE],
  ['Cosigner', OTHER_PEOPLE],
  ['Last Seen By', OTHER_PEOPLE],
  ['Next Appt Provider', OTHER_PEOPLE],
  ['Recall Provider', OTHER_PEOPLE],
  ['Covering Provider', OTHER_PEOPLE],
  ['Guarantor', OTHER_PEOPLE],
  ['Emergency Contact', OTHER_PEOPLE],
];

describe('C. a provider in another role is never the visit provider', () => {
  it.each(otherProviders)('%s beside Provider (before it, then after it): Provider goes', async (h, v) => {
    for (const before of [true, false]) {
      const r = await run(around([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS], 5, [h, v], before));
      const a = sent(r);
      if (a) expect(a.map((x) => x.participant.providerName)).toEqual(RIGHT_PROVIDERS);
    }
  });

  it.each(otherProviders)('%s alone: never sent as the provider', async (h, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, [h, v], STATUS]);
    const a = sent(r);
    if (a) for (const x of a) expect(OTHER_PEOPLE).not.toContain(x.participant.providerName);
  });
});

// ---------------------------------------------------------------------------------------------
// D. Numbers of another record beside the patient id, and alone
// ---------------------------------------------------------------------------------------------
// Sources: CollaborateMD's `Patient Account` is the patient's (help.collaboratemd.com appointment
// data), where a practice system's `Account #` may be the guarantor's; claims and billing exports
// print `Claim #`, `Encounter #`, `Visit ID`, `Case #`, `Policy #`, `Subscriber ID`, `Member ID`,
// `Group #`, `Medicaid ID`, `MBI`; a newborn's visit lists the `Mother MRN`; a scheduling list's
// `Confirmation #` and `Reminder ID` are the booking's and the message's.
const NUMBERS = ['5001', '5002', '5003'];
const otherNumbers: Array<[string, string[]]> = [
  ['Account #', ['7001', '7002', '7003']],
  ['Guarantor ID', NUMBERS],
  ['Claim #', NUMBERS],
  ['Encounter #', NUMBERS],
  ['Case #', NUMBERS],
  ['Policy #', ['XJH412557', 'XJH883410', 'MCD220871']],
  ['Subscriber ID', ['XJH412557', 'XJH883410', 'MCD220871']],
  ['Member ID', ['XJH412557', 'XJH883410', 'MCD220871']],
  ['Group #', ['88120', '88120', '45100']],
  ['Medicaid ID', ['AB12345C', 'CD67890E', 'EF24680G']],
  ['MBI', ['1EG4TE5MK73', '2FH5UF6NL84', '3GJ6VG7PM95']],
  ['Mother MRN', ['300221', '300874', '300917']],
  ['Parent ID', NUMBERS],
  ['Household ID', NUMBERS],
  ['Family ID', NUMBERS],
  ['Insured ID', ['XJH412557', 'XJH883410', 'MCD220871']],
  ['Reminder ID', NUMBERS],
  ['Referral #', NUMBERS],
  ['Superbill #', NUMBERS],
  ['Ticket #', NUMBERS],
  ['Batch #', ['B17', 'B17', 'B18']],
  ['Employer ID', NUMBERS],
  ['Room #', ['12', '14', '12']],
  ['Ext', ['221', '305', '221']],
];

describe('D. a number of another record is never the patient id', () => {
  it.each(otherNumbers)(
    '%s beside Patient ID (before it, then after it): the Patient ID goes',
    async (h, v) => {
      for (const before of [true, false]) {
        const r = await run(around([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS], 4, [h, v], before));
        const a = sent(r);
        if (a) expect(a.map((x) => x.patient.patientId)).toEqual(RIGHT_IDS);
      }
    },
  );

  it.each(otherNumbers)('%s alone: never sent as the patient id', async (h, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, [h, v], PROVIDER, STATUS]);
    const a = sent(r);
    if (a) for (const [i, x] of a.entries()) expect(x.patient.patientId).not.toBe(v[i]);
  });
});

// ---------------------------------------------------------------------------------------------
// E. The status of something else beside the visit's status, and alone
// ---------------------------------------------------------------------------------------------
// Sources: Kareo / Tebra's `Confirmation Status` (the appointment's own, README), athenaOne's
// eligibility and claim statuses, a reminder service's `Reminder Status` and `Text Status`, a
// patient list's `Patient Status` (Active / Inactive / Deceased), an appointment list that prints
// the patient's next or last visit beside this one (`Last Appt Status` = `No Show`).
const otherStatuses: Array<[string, string[]]> = [
  ['Reminder Status', ['Sent', 'Cancelled', 'Sent']],
  ['Eligibility Status', ['Active', 'Inactive', 'Active']],
  ['Claim Status', ['Paid', 'Denied', 'Voided']],
  ['Balance Status', ['Paid', 'Cancelled', 'Open']],
  ['Insurance Status', ['Verified', 'Terminated', 'Verified']],
  ['Patient Status', ['Active', 'Inactive', 'Active']],
  ['Pt Status', ['Active', 'Deceased', 'Active']],
  ['Last Appt Status', ['Kept', 'No Show', 'Cancelled']],
  ['Prev Appt Status', ['Kept', 'No Show', 'Cancelled']],
  ['Next Appt Status', ['Scheduled', 'Cancelled', 'Scheduled']],
  ['Prior Visit Status', ['Completed', 'No Show', 'Cancelled']],
  ['Recall Status', ['Due', 'Cancelled', 'Due']],
  ['Referral Status', ['Approved', 'Cancelled', 'Approved']],
  ['Auth Status', ['Approved', 'Cancelled', 'Pending']],
  ['Order Status', ['Active', 'Cancelled', 'Completed']],
  ['Text Status', ['Delivered', 'Cancelled', 'Delivered']],
  ['Forms Status', ['Complete', 'Cancelled', 'Complete']],
  ['Portal Status', ['Active', 'Declined', 'Active']],
  ['Waitlist Status', ['Active', 'Cancelled', 'Active']],
  ['Tx Plan Status', ['Accepted', 'Cancelled', 'Accepted']],
];

describe('E. the status of something else never cancels the visit', () => {
  it.each(otherStatuses)(
    '%s beside Status (before it, then after it): the visit goes as booked',
    async (h, v) => {
      for (const before of [true, false]) {
        const r = await run(around([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS], 6, [h, v], before));
        const a = sent(r);
        // A row may be refused for what the decoy says of the patient (`Pt Status` = `Deceased`).
        if (a) expect(a.every((x) => x.status === 'NEW')).toBe(true);
      }
    },
  );

  it.each(otherStatuses)('%s alone: never the visit status', async (h, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, [h, v]]);
    const a = sent(r);
    if (a) expect(a.every((x) => x.status === 'NEW')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Another place beside the visit's location, and alone
// ---------------------------------------------------------------------------------------------
// Sources: a CMS-1500's `Billing Location` and `Place of Service`; a patient's `Home Location`,
// `Preferred Location`, `Registered Location`; a referral's `Referring Facility`; a lab's `Lab
// Location`; a moved visit's `Original Location`.
const OTHER_PLACES = ['Central Billing Office', 'Eastside Campus', 'Central Billing Office'];
const otherPlaces: Array<[string, string[]]> = [
  ['Billing Location', OTHER_PLACES],
  ['Place of Service', OTHER_PLACES],
  ['Home Location', OTHER_PLACES],
  ['Registered Location', OTHER_PLACES],
  ['Patient Home Clinic', OTHER_PLACES],
  ['Referring Facility', OTHER_PLACES],
  ['Lab Location', OTHER_PLACES],
  ['Original Location', OTHER_PLACES],
  ['Next Appt Location', OTHER_PLACES],
  ['Pharmacy', OTHER_PLACES],
  ['Mailing Location', OTHER_PLACES],
];

describe('F. another place is never where the visit is', () => {
  it.each(otherPlaces)('%s beside Location (before it, then after it): the Location goes', async (h, v) => {
    for (const before of [true, false]) {
      const r = await run(
        around([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS, LOCATION], 7, [h, v], before),
      );
      const a = sent(r);
      if (a) expect(a.map((x) => x.location)).toEqual(RIGHT_LOCATIONS);
    }
  });

  it.each(otherPlaces)('%s alone: never sent as the location', async (h, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS, [h, v]]);
    const a = sent(r);
    if (a) for (const x of a) expect(OTHER_PLACES).not.toContain(x.location);
  });
});

// ---------------------------------------------------------------------------------------------
// G. The last, next or original visit's provider, status and id (fixed in this round)
// ---------------------------------------------------------------------------------------------
// Appointment lists print the patient's last and next visit beside each row (a recall or
// "patients seen" list's `Last Seen By`, NextGen's and eCW's `Last Appt` / `Next Appt` columns,
// Dentrix's `Last Visit`); a rescheduling log prints the status and id the booking had before
// (`Previous Status`, `Original Appt ID`). Before this round, alone: `Last Seen By`, `Last Provider`,
// `Last Doctor`, `Last Visit Provider`, `Last Appt Provider` and `Provider (Last Visit)` went as the
// visit's provider ('last' was read as the provider's last name); `Last Appt Status`, `Prev Appt
// Status`, `Next Appt Status`, `Prior Visit Status`, `Previous Status`, `Old Status`, `Original
// Status`, `Last Status`, `Last Visit Status` cancelled the visit with the other visit's
// `Cancelled`, as did the status of a plan of care, a programme, a coverage, a subscription, a
// survey, a wait-list entry; `Next Appt ID`, `Last Appt ID`, `Original Appt ID`, `Linked Appt #`
// went as this visit's id.
const lastVisitProviders = [
  'Last Provider',
  'Last Visit Provider',
  'Last Doctor',
  'Last Seen By',
  'Last Appt Provider',
  'Provider (Last Visit)',
  'Previous Provider',
  'Next Provider',
];

describe("G1. the last or next visit's provider is never this visit's", () => {
  it.each(lastVisitProviders)('%s alone: never sent as the provider', async (h) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, [h, OTHER_PEOPLE], STATUS]);
    const a = sent(r);
    if (a) for (const x of a) expect(OTHER_PEOPLE).not.toContain(x.participant.providerName);
  });

  it.each(lastVisitProviders)('%s beside Provider: Provider goes, without a question', async (h) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, [h, OTHER_PEOPLE], PROVIDER, STATUS]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.participant.providerName)).toEqual(RIGHT_PROVIDERS);
  });

  it("the provider's last name in a column of its own still goes with the first name (no question)", async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      ['Provider First Name', ['Nina', 'Raj', 'Nina']],
      ['Provider Last Name', ['Patel', 'Lee', 'Patel']],
      STATUS,
    ]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.participant.providerName)).toEqual(['Nina Patel', 'Raj Lee', 'Nina Patel']);
  });
});

const CANCEL_SECOND = ['Scheduled', 'Cancelled', 'Scheduled'];
const notTheVisitsStatus = [
  'Previous Status',
  'Old Status',
  'Prior Status',
  'Original Status',
  'Last Status',
  'Last Visit Status',
  'Follow Up Status',
  'Plan Status',
  'Treatment Plan Status',
  'Coverage Status',
  'Enrollment Status',
  'Program Status',
  'Subscription Status',
  'Survey Status',
  'Telehealth Link Status',
  'Prescription Status',
  'Reschedule Status',
];

describe("G2. another visit's or thing's status never cancels this visit", () => {
  it.each(notTheVisitsStatus)('%s alone, Cancelled on the second row: asked, never a CANCEL', async (h) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, [h, CANCEL_SECOND]]);
    const a = sent(r);
    if (a) expect(a.every((x) => x.status === 'NEW')).toBe(true);
  });

  // With no status column of the visit, a free column of status words is asked about (README:
  // "no status column but one whose words look like statuses"): held, or booked; the question
  // names the column.
  it.each(notTheVisitsStatus)('%s alone, booked words only: asked about, or booked', async (h) => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      [h, ['Scheduled', 'Confirmed', 'Scheduled']],
    ]);
    const a = sent(r);
    if (a) expect(a.map((x) => x.status)).toEqual(['NEW', 'NEW', 'NEW']);
    else if (r !== 'refused') expect(JSON.stringify(r.summary.doubts)).toContain(h);
  });

  // The visit's own status under a header with a word beside `Status`: still read, its cancel
  // word cancels without a question (guards against a false hold from the fix).
  it.each([
    'Visit Status',
    'Booking Status',
    'Check-In Status',
    'Exam Status',
    'Case Status',
    'Current Status',
    'Status Code',
    'New Status',
    'Appt Status Text',
    'Schedule Status',
    'Flow Status',
  ])("%s is the visit's own: the second row cancelled, no question", async (h) => {
    const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, [h, CANCEL_SECOND]]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.status)).toEqual(['NEW', 'CANCEL', 'NEW']);
  });
});

const OTHER_VISIT_IDS = ['5001', '5002', '5003'];
describe("G3. another visit's id, or the patient's old number, is never this one's", () => {
  it.each(['Next Appt ID', 'Last Appt ID', 'Original Appt ID', 'Linked Appt #', 'Prior Appt ID'])(
    '%s alone: never sent as the appointment id',
    async (h) => {
      const r = await run([DATE, TIME, PATIENT, DOB, PID, PROVIDER, STATUS, [h, OTHER_VISIT_IDS]]);
      const a = sent(r);
      if (a) for (const x of a) expect(OTHER_VISIT_IDS).not.toContain(x.appointmentId);
    },
  );

  it('an Appt ID beside Next Appt ID goes as the id, without a question', async () => {
    const r = await run([
      ['Appt ID', ['A-881', 'A-882', 'A-883']],
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      STATUS,
      ['Next Appt ID', ['A-990', 'A-991', 'A-992']],
    ]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.appointmentId)).toEqual(['A-881', 'A-882', 'A-883']);
  });

  it.each([
    ['Previous MRN', ['M01', 'M02', 'M03']],
    ['Old Chart #', ['7001', '7002', '7003']],
    ['Prior Patient ID', ['7001', '7002', '7003']],
    ['Former MRN', ['7001', '7002', '7003']],
  ] as Array<[string, string[]]>)('%s alone: never sent as the patient id', async (h, v) => {
    const r = await run([DATE, TIME, PATIENT, DOB, [h, v], PROVIDER, STATUS]);
    const a = sent(r);
    if (a) for (const [i, x] of a.entries()) expect(x.patient.patientId).not.toBe(v[i]);
  });

  it.each([
    ['Previous MRN', ['M01', 'M02', 'M03']],
    ['Old Chart #', ['7001', '7002', '7003']],
  ] as Array<[string, string[]]>)(
    '%s beside Patient ID: the Patient ID goes, without a question',
    async (h, v) => {
      const r = await run([DATE, TIME, PATIENT, DOB, [h, v], PID, PROVIDER, STATUS]);
      expect(held(r)).toBe(false);
      expect(sent(r)!.map((x) => x.patient.patientId)).toEqual(RIGHT_IDS);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// G4. The same in XML: a record of another visit holding the field (fixed in this round)
// ---------------------------------------------------------------------------------------------
// An XML export nests the patient's last or next visit, or the booking a moved visit came from,
// inside each appointment (`<NextAppointment><Provider>`, `<OriginalAppointment><Status>`): the
// column is named by its path, and the header rules judged only its last part (`Provider`,
// `Status`). Before this round `NextAppointment/Provider` and `LastVisit/Provider` went as the
// visit's provider, and `OriginalAppointment/Status` = `Cancelled` cancelled the visit.
const xmlRows = [
  ['03/22/2027', '9:00 AM', 'Hollis', 'Grace', '06/02/1970', '100415'],
  ['03/22/2027', '10:00 AM', 'Obi', 'Adaeze', '04/05/1999', '100871'],
  ['03/23/2027', '1:30 PM', 'Lindqvist', 'Sven', '08/29/1963', '100954'],
];
const runXml = async (inner: (i: number) => string, status = true): Promise<Result | 'refused'> => {
  const body = xmlRows
    .map(
      ([d, t, last, first, dob, pid], i) =>
        `<Appointment><Date>${d}</Date><Time>${t}</Time><PatientID>${pid}</PatientID>` +
        `<LastName>${last}</LastName><FirstName>${first}</FirstName><DOB>${dob}</DOB>` +
        `${status ? '<Status>Scheduled</Status>' : ''}${inner(i)}</Appointment>`,
    )
    .join('');
  try {
    return await collect(
      files.write(`<?xml version="1.0"?>\n<Appointments>${body}</Appointments>\n`, 'xml'),
      {
        timeZone: 'America/Los_Angeles',
      },
    );
  } catch {
    return 'refused';
  }
};

describe('G4. an XML record of another visit never gives this visit its provider or status', () => {
  it.each(['NextAppointment', 'LastVisit', 'PreviousAppointment', 'OriginalAppointment'])(
    '%s/Provider alone: never the provider',
    async (holder) => {
      const r = await runXml(() => `<${holder}><Provider>Dr. Alan Brooks</Provider></${holder}>`);
      const a = sent(r);
      if (a) for (const x of a) expect(x.participant.providerName).not.toBe('Dr. Alan Brooks');
    },
  );

  it('NextAppointment/Provider beside Provider: Provider goes, without a question', async () => {
    const r = await runXml(
      (i) =>
        `<Provider>${RIGHT_PROVIDERS[i]}</Provider><NextAppointment><Provider>Dr. Alan Brooks</Provider></NextAppointment>`,
    );
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.participant.providerName)).toEqual(RIGHT_PROVIDERS);
  });

  it.each(['OriginalAppointment', 'LastVisit', 'PreviousAppointment', 'NextAppointment'])(
    '%s/Status alone, Cancelled on the second row: asked, never a CANCEL',
    async (holder) => {
      const r = await runXml((i) => `<${holder}><Status>${CANCEL_SECOND[i]}</Status></${holder}>`, false);
      const a = sent(r);
      if (a) expect(a.every((x) => x.status === 'NEW')).toBe(true);
    },
  );

  it("the visit's own Appointment/Status still cancels without a question", async () => {
    const r = await runXml((i) => `<Status>${CANCEL_SECOND[i]}</Status>`, false);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.status)).toEqual(['NEW', 'CANCEL', 'NEW']);
  });
});

// ---------------------------------------------------------------------------------------------
// H. Other look-alikes probed this round, found safe (kept so they stay so)
// ---------------------------------------------------------------------------------------------
// Open Dental's appointment table keeps `DateTimeAskedToArrive` (the time the patient is asked to
// come, before the visit) beside `AptDateTime` (opendental.com schema); a reminder's "please arrive
// by"; a guarantor's or caller's name where no patient column is; a patient's own `Status`
// (Active / Cancelled account) beside the visit's `Appt Status`.
describe('H. other look-alikes', () => {
  const APT = ['2027-03-22 09:00:00', '2027-03-22 10:00:00', '2027-03-23 13:30:00'];
  const ASK = ['2027-03-22 08:45:00', '2027-03-22 09:45:00', '2027-03-23 13:15:00'];
  const od: Cols = [
    ['AptNum', ['11', '12', '13']],
    ['PatNum', ['415', '871', '954']],
    PATIENT,
    ['Birthdate', ['1970-06-02', '1999-04-05', '1963-08-29']],
  ];

  it.each(['DateTimeAskedToArrive', 'Arrive By', 'Please Arrive At', 'DateTimeArrived', 'DateTimeSeated'])(
    '%s alone (no AptDateTime): never sent at its times',
    async (h) => {
      const a = sent(await run([...od, [h, ASK], PROVIDER]));
      expect(a === null || a.length === 0).toBe(true);
    },
  );

  it('DateTimeAskedToArrive beside AptDateTime: the visit goes at AptDateTime, without a question', async () => {
    // By hand: 09:00 PDT = 16:00Z; the arrival 08:45 (15:45Z) never. Before this round its `To`
    // made it the visit's end, and every row was refused as ending before its start (a fault
    // found here, fixed: header-meaning.ts, the end's `never`).
    const r = await run([...od, ['DateTimeAskedToArrive', ASK], ['AptDateTime', APT], PROVIDER]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.start.toISOString().slice(0, 16))).toEqual(RIGHT_STARTS);
  });

  it.each(['Guarantor', 'Responsible Party', 'Insured Name', 'Parent Name', 'Caller', 'Account Holder'])(
    "%s alone (no patient column, children's visits): never sent as the patient",
    async (h) => {
      const a = sent(
        await run([
          DATE,
          TIME,
          ['DOB', ['06/02/2015', '04/05/2017', '08/29/2012']],
          PID,
          PROVIDER,
          STATUS,
          [h, ['Hollis, Mark', 'Obi, Chinedu', 'Lindqvist, Karin']],
        ]),
      );
      if (a) for (const x of a) expect(['Mark', 'Chinedu', 'Karin']).not.toContain(x.patient.firstName);
    },
  );

  it("a patient's Status (Active / Cancelled) beside the visit's Appt Status never cancels the visit", async () => {
    const a = sent(
      await run([
        ['Status', ['Active', 'Cancelled', 'Active']],
        DATE,
        TIME,
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        ['Appt Status', ['Scheduled', 'Confirmed', 'Scheduled']],
      ]),
    );
    if (a) expect(a.every((x) => x.status === 'NEW')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// I. A bare `Date` beside a column headed by the appointment's word alone (fixed in this round)
// ---------------------------------------------------------------------------------------------
// `Date` = the day the booking was made, `Appointment` (or `Visit`, `Appt`) = the visit's day:
// before this round the bare `Date` won by its date word and the visits went on the booking days
// (1 March 17:00Z for Hollis). The appointment's word alone over dates is as surely its date: where
// the two give other days, the file is asked about (column-doubts.ts, appointmentHeaderRival).
describe('I. a bare Date never wins silently over a column headed as the appointment', () => {
  it.each(['Appointment', 'Visit', 'Appt', 'Cita'])(
    'Date (booking days) beside %s (visit days): asked which is the appointment date',
    async (h) => {
      const r = await run([
        ['Date', MADE],
        [h, DATE[1]],
        ['Time', TIME[1]],
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        STATUS,
      ]);
      const a = sent(r);
      if (a) expect(a.map((x) => x.start.toISOString().slice(0, 16))).toEqual(RIGHT_STARTS);
      else if (r !== 'refused') expect(JSON.stringify(r.summary.doubts)).toContain(h);
    },
  );

  it('Date and Appointment giving the same day on every row: one date, no question', async () => {
    const r = await run([
      ['Date', DATE[1]],
      ['Appointment', DATE[1]],
      ['Time', TIME[1]],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      STATUS,
    ]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.start.toISOString().slice(0, 16))).toEqual(RIGHT_STARTS);
  });

  it('an Appointment column of visit kinds beside Date is no date: no question', async () => {
    const r = await run([
      ['Date', DATE[1]],
      ['Appointment', ['Follow-up', 'New Patient', 'Follow-up']],
      ['Time', TIME[1]],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      STATUS,
    ]);
    expect(held(r)).toBe(false);
    expect(sent(r)!.map((x) => x.start.toISOString().slice(0, 16))).toEqual(RIGHT_STARTS);
  });
});
