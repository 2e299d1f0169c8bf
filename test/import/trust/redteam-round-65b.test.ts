// Red team, round 65b: what three blind corpus layouts (475 ECLIPSE chiropractic, 476 Intrahealth
// Profile, 477 TheraPlatform) found, each probed as a rule another system's export would meet:
//   A. a header `Rm` is a treatment room, never the patient id (it had been read as Indonesian
//      `No.RM`, the medical record: 475 would have sent the room number as the patient's id);
//   B. a count line `9 bookings listed` (bookings, sessions, encounters) is a total, no row error;
//   C. a row with no patient whose service is the clinician's own time (`Clinical Supervision`,
//      `Documentation Time`) is that block, no patient printed once per group; the bare
//      `Supervision` stays asked (ABA's supervision is a session with the client: red team 55k;
//      477's supervision hour is held for it) and beside a client it is a visit.
//   D. a title stating its range in words (`Period: Fri 5 Nov 2027 to Tue 9 Nov 2027`) over rows
//      whose dates read both ways (`05/11/2027`) and fit it only day-first: held (they had gone
//      as 11 May, month-first by the US region, unasked). Found probing 476 at a US practice.
// Each probe is the three-row file (Hollis, Obi, Lindqvist) at the Los Angeles practice, or lines
// written out. Outcomes were worked out by hand before the first run.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { headerConcepts } from '../../../main/import/map/header-meaning.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  linesRunner,
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

const files = exportFiles('redteam-round-65b');
const run = probeRunner(files);
const runLines = linesRunner(files);
const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const patientIds = (r: Run): string[] =>
  r === 'refused' ? [] : r.appointments.map((a) => a.patient.patientId);

describe("A. a header 'Rm' is a room", () => {
  it.each(['Rm', 'Rm #', 'Rm No', 'RM'])("'%s' means a room, never a patient or an id", (header) => {
    const c = headerConcepts(header);
    expect(c.has('room')).toBe(true);
    expect(c.has('patient')).toBe(false);
  });

  it.each(['No.RM', 'No. RM', 'Nomor RM'])("Indonesian '%s' is still the medical record number", (header) => {
    const c = headerConcepts(header);
    expect(c.has('patient') && c.has('id')).toBe(true);
  });

  // The room beside no other patient number: the room (1 or 2, shared) is no patient's id. The
  // ids are then made up (held, or sent with no room number as an id).
  it('a room column and no patient id: no room number goes as a patient id', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PROVIDER,
      APPT,
      ['Rm', ['2', '1', '2']],
      status('Scheduled'),
    ]);
    expect(held(r) || patientIds(r).every((id) => id !== '1' && id !== '2')).toBe(true);
  });

  it('a room column beside Patient ID: the patient ids are Patient ID', async () => {
    const r = await run([
      DATE,
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
      ['Rm', ['2', '1', '2']],
      status('Scheduled'),
    ]);
    expect(held(r)).toBe(false);
    expect(sent(r)).toEqual(ALL_THREE);
    expect(patientIds(r)).toEqual(['100415', '100871', '100954']);
  });
});

describe('B. a count line of bookings or sessions', () => {
  const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID,Status';
  const ROWS = [
    '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel,88101,Scheduled',
    '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,88102,Scheduled',
    '03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Dr. Nina Patel,88103,Scheduled',
  ];
  it.each(['3 bookings listed', '3 sessions', '3 encounters scheduled', '3 booking'])(
    "'%s' under the rows is a total: the three sent, no row error",
    async (footer) => {
      const r = await runLines([HEADER, ...ROWS, '', footer]);
      expect(held(r)).toBe(false);
      expect(sent(r)).toEqual(ALL_THREE);
      expect(r !== 'refused' && r.errors).toEqual([]);
    },
  );
});

describe("C. a row with no patient whose service is the clinician's own time", () => {
  const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID,Service,Status';
  const TWO = [
    '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel,88101,Individual Therapy,Scheduled',
    '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,88102,Individual Therapy,Scheduled',
  ];
  const noPatient = (service: string) => `03/23/2027,12:00 PM,,,,Dr. Nina Patel,88104,${service},Scheduled`;

  it.each(['Clinical Supervision', 'Peer Consultation', 'Documentation Time', 'Case Consultation'])(
    "'%s' with no client and a booked status: skipped as the clinician's time, the two visits sent",
    async (service) => {
      const r = await runLines([HEADER, ...TWO, noPatient(service)]);
      expect(held(r)).toBe(false);
      expect(sent(r)).toEqual([`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`]);
      expect(r !== 'refused' && r.skipped.map((s) => s.line)).toEqual([4]);
    },
  );

  // The check itself stands: a visit's service with no patient may be a patient printed once, and
  // so may ABA's bare `Supervision` (a session with the client: red team 55k).
  it.each(['Individual Therapy', 'Supervision'])(
    "'%s' with no client and a booked status is still asked",
    async (service) => {
      expect(held(await runLines([HEADER, ...TWO, noPatient(service)]))).toBe(true);
    },
  );

  // ABA's supervision (97155) is a session with the client: beside a patient it is the visit.
  it("'Supervision' beside a client is that client's visit", async () => {
    const abaObi = TWO[1]!.replace('Individual Therapy', 'Supervision');
    const lindqvist =
      '03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Dr. Nina Patel,88103,Supervision,Scheduled';
    const r = await runLines([HEADER, TWO[0]!, abaObi, lindqvist]);
    expect(held(r)).toBe(false);
    expect(sent(r)).toEqual(ALL_THREE);
  });
});

describe('D. a title in words against rows that read both ways', () => {
  const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID,Status';
  const TITLE = ['Appointment Listing', 'Period: Fri 5 Nov 2027 to Tue 9 Nov 2027'];
  const rows = (d1: string, d2: string, d3: string) => [
    `${d1},9:00 AM,"Hollis, Grace",06/02/1970,100415,Dr. Nina Patel,88101,Scheduled`,
    `${d2},10:00 AM,"Obi, Adaeze",04/05/1999,100871,Dr. Raj Lee,88102,Scheduled`,
    `${d3},1:30 PM,"Lindqvist, Sven",08/09/1963,100954,Dr. Nina Patel,88103,Scheduled`,
  ];

  // Birth dates that read both ways too (a 29 would prove month-first: the data's order).
  // Inside 5-9 November only day-first: a person reads 5 and 8 November; the region says May.
  it('rows 05/11/2027 and 08/11/2027 under 5-9 Nov: held, never sent as 11 May', async () => {
    const r = await runLines([...TITLE, HEADER, ...rows('05/11/2027', '05/11/2027', '08/11/2027')]);
    expect(held(r)).toBe(true);
    expect(r !== 'refused' && (r.summary.doubts ?? []).some((d) => d.kind === 'date-order')).toBe(true);
  });

  // By hand: Los Angeles is on daylight time until 7 November 2027 (UTC-7), then UTC-8. 5 Nov 9:00
  // = 16:00Z, 10:00 = 17:00Z; 8 Nov 13:30 = 21:30Z.
  it('rows 11/05/2027 and 11/08/2027 under the same title: sent as written, no question', async () => {
    const r = await runLines([...TITLE, HEADER, ...rows('11/05/2027', '11/05/2027', '11/08/2027')]);
    expect(sent(r)).toEqual([
      '2027-11-05T16:00 NEW Hollis',
      '2027-11-05T17:00 NEW Obi',
      '2027-11-08T21:30 NEW Lindqvist',
    ]);
  });

  // A title that fits the rows in neither order says nothing of the order (not this report's range).
  it('rows in March under a November title: no date-order question from the title', async () => {
    const r = await runLines([...TITLE, HEADER, ...rows('03/05/2027', '03/05/2027', '03/08/2027')]);
    expect(r !== 'refused' && (r.summary.doubts ?? []).some((d) => d.kind === 'date-order')).toBe(false);
  });
});
