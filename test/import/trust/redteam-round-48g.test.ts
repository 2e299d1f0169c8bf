// Red-team probes (round 48g) against the rules merged this stop about words, ids and rows: an
// imaging schedule's Accession as the appointment id, Treated and Add-On as booked, procedure-day
// cancel reasons and `Cancelled by Facility`, `BLOCK TIME - NAME` skipped as a block, a total
// written after its count, a parent or guardian in a name cell, a twin's number between the names,
// and one given name a run of the other's as one person. Each file is small and shaped like a real
// export; the right outcome was worked out by hand before the probe first ran. A probe whose name
// starts with FAULT was a wrong send before its fix; the others guard a rule that held.
// Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time from 14 March 2027
// (UTC-7), so 9:30 AM there is 16:30 UTC and 8:00 AM is 15:00 UTC.
import { describe, expect, it } from 'vitest';
import { samePerson } from '../../../main/engine/job/same-person.ts';
import { guardianInName } from '../../../main/import/map/guardian-names.ts';
import type { Patient } from '../../../main/model/appointment.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-48g');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const la = { timeZone: 'America/Los_Angeles' };
const at = (r: Result, iso: string) => r.appointments.filter((a) => a.start.toISOString() === iso);
const PROBE = '2027-03-15T16:30:00.000Z';
const errorOn = (r: Result, line: number) => r.errors.find((e) => e.line === line);

// ---------------------------------------------------------------------------------------------
// 1. Accession as the appointment id
// ---------------------------------------------------------------------------------------------
// `Date` and `Time`: an `Exam Date` header is asked about by itself (another event's date?).
const RIS = 'Date,Time,Accession,MRN,Patient,DOB,Procedure,Status';

describe('1. an Accession column', () => {
  it.each(['Accession', 'Accession Number', 'Accession #'])(
    "an imaging schedule: %s is each exam's own id, sent without a question",
    async (header) => {
      const r = await collect(
        files.write([
          RIS.replace('Accession', header),
          '03/15/2027,8:00 AM,A1000231,55012,"Garcia, Elena",02/11/1966,CT CHEST W CONTRAST,Scheduled',
          '03/15/2027,9:30 AM,A1000240,55020,"Brown, Peter",07/23/1958,MRI KNEE LT,Scheduled',
        ]),
        la,
      );
      expect(held(r)).toBe(false);
      expect(r.appointments.map((a) => a.appointmentId).sort()).toEqual(['A1000231', 'A1000240']);
    },
  );

  it('FAULT-hold: two exams of one patient at one time, each its own accession, go as two', async () => {
    // CT chest and CT abdomen at 8:00: two ordered exams, each its own accession. They had been
    // held as one visit written once per resource (a doctor and a room under two ids).
    const r = await collect(
      files.write([
        RIS,
        '03/15/2027,8:00 AM,A1000231,55012,"Garcia, Elena",02/11/1966,CT CHEST W CONTRAST,Scheduled',
        '03/15/2027,8:00 AM,A1000232,55012,"Garcia, Elena",02/11/1966,CT ABD/PELVIS W CONTRAST,Scheduled',
        '03/15/2027,9:30 AM,A1000240,55020,"Brown, Peter",07/23/1958,MRI KNEE LT,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(false);
    expect(r.appointments.map((a) => a.appointmentId).sort()).toEqual(['A1000231', 'A1000232', 'A1000240']);
  });

  it('two accessions for one procedure of one patient at one start (an order entered twice) are held', async () => {
    const r = await collect(
      files.write([
        RIS,
        '03/15/2027,8:00 AM,A1000231,55012,"Garcia, Elena",02/11/1966,CT CHEST W CONTRAST,Scheduled',
        '03/15/2027,8:00 AM,A1000232,55012,"Garcia, Elena",02/11/1966,CT CHEST W CONTRAST,Scheduled',
        '03/15/2027,9:30 AM,A1000240,55020,"Brown, Peter",07/23/1958,MRI KNEE LT,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });

  it('two Appt IDs of one patient at one start for two procedures are still held (a visit per resource)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Appt ID,MRN,Patient,DOB,Procedure,Status',
        '03/15/2027,8:00 AM,771,55012,"Garcia, Elena",02/11/1966,Cleaning,Scheduled',
        '03/15/2027,8:00 AM,772,55012,"Garcia, Elena",02/11/1966,Exam,Scheduled',
        '03/15/2027,9:30 AM,773,55020,"Brown, Peter",07/23/1958,Exam,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });

  it('an accession repeated on every visit of one patient (a standing lab order) is held, not one id for two days', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Accession,MRN,Patient,DOB,Test,Status',
        '03/15/2027,8:00 AM,L77120,55012,"Garcia, Elena",02/11/1966,INR,Scheduled',
        '03/22/2027,8:00 AM,L77120,55012,"Garcia, Elena",02/11/1966,INR,Scheduled',
        '03/15/2027,9:30 AM,L77188,55020,"Brown, Peter",07/23/1958,CBC,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });

  it('one accession on two exams of one patient at two times of a day is held', async () => {
    const r = await collect(
      files.write([
        RIS,
        '03/15/2027,8:00 AM,A2000100,55012,"Garcia, Elena",02/11/1966,CT HEAD,Scheduled',
        '03/15/2027,9:30 AM,A2000100,55012,"Garcia, Elena",02/11/1966,MRI BRAIN,Scheduled',
        '03/15/2027,10:00 AM,A2000110,55020,"Brown, Peter",07/23/1958,XR CHEST,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });

  it('one accession shared by two exams at one start is one appointment of that patient at that start', async () => {
    // Some RIS give one accession to an order of two procedures done together. One id twice at
    // one start: the portal keeps one of the two rows, whichever came last.
    const r = await collect(
      files.write([
        RIS,
        '03/15/2027,8:00 AM,A3000100,55012,"Garcia, Elena",02/11/1966,CT CHEST,Scheduled',
        '03/15/2027,8:00 AM,A3000100,55012,"Garcia, Elena",02/11/1966,CT ABDOMEN,Scheduled',
        '03/15/2027,9:30 AM,A3000110,55020,"Brown, Peter",07/23/1958,XR CHEST,Scheduled',
      ]),
      la,
    );
    // As with an `Appt ID` written on each procedure line of one visit: the rows of one id are
    // one appointment, of one patient at one start, whichever row's procedure the portal keeps.
    const shared = r.appointments.filter((a) => a.appointmentId === 'A3000100');
    expect(held(r) || shared.length > 0).toBe(true);
    expect(
      new Set(shared.map((a) => `${a.patient.patientId}|${a.start.toISOString()}`)).size,
    ).toBeLessThanOrEqual(1);
  });

  it('FAULT-hold: a real Appt ID beside the Accession is the appointment id, not asked', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Date,Time,Accession,MRN,Patient,DOB,Procedure,Status',
        '900101,03/15/2027,8:00 AM,A1000231,55012,"Garcia, Elena",02/11/1966,CT CHEST,Scheduled',
        '900102,03/15/2027,9:30 AM,A1000240,55020,"Brown, Peter",07/23/1958,MRI KNEE,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(false);
    expect(r.appointments.map((a) => a.appointmentId).sort()).toEqual(['900101', '900102']);
  });

  it('FAULT-hold: an Accession Date column is no appointment id (it was asked about as one)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Accession Date,MRN,Patient,DOB,Procedure,Status',
        '03/15/2027,8:00 AM,03/01/2027,55012,"Garcia, Elena",02/11/1966,CT CHEST,Scheduled',
        '03/15/2027,9:30 AM,03/01/2027,55020,"Brown, Peter",07/23/1958,MRI KNEE,Scheduled',
      ]),
      la,
    );
    expect(held(r)).toBe(false);
    expect(r.appointments.length).toBe(2);
    for (const a of r.appointments) expect(a.appointmentId).not.toMatch(/03\/01\/2027|20270301/);
  });

  it('an accession left empty on one exam does not send that exam under another id kind unasked', async () => {
    // A walk-in exam not yet accessioned: the id made for it now is not the accession it gets
    // tomorrow, and the exam would show twice. Held, a row error, or nothing sent for it.
    const r = await collect(
      files.write([
        RIS,
        '03/15/2027,8:00 AM,A1000231,55012,"Garcia, Elena",02/11/1966,CT CHEST,Scheduled',
        '03/15/2027,9:30 AM,,55020,"Brown, Peter",07/23/1958,XR CHEST,Scheduled',
        '03/15/2027,10:00 AM,A1000250,55030,"Nguyen, Linh",12/01/1990,US ABDOMEN,Scheduled',
      ]),
      la,
    );
    expect(held(r) || at(r, PROBE).length === 0).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Status words: Treated, Add-On, procedure-day reasons, Facility
// ---------------------------------------------------------------------------------------------
const withStatus = (status: string): Promise<Result> =>
  collect(
    files.write([
      'Date,Time,Patient,DOB,Provider,Visit Type,Status',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Colonoscopy,Scheduled',
      `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Colonoscopy,"${status}"`,
    ]),
    la,
  );
/** How the probe row went: held (the file), cancelled, booked, or not sent (a row error). */
const outcome = (r: Result): string =>
  held(r) ? 'held' : at(r, PROBE)[0]?.status === 'CANCEL' ? 'cancelled' : at(r, PROBE)[0] ? 'booked' : 'none';

describe('2. status words', () => {
  it.each([
    ['Treated', 'booked'],
    ['Add-On', 'booked'],
    ['Addon', 'booked'],
    ['Cancelled - No Prep', 'cancelled'],
    ['Canceled - Poor Prep', 'cancelled'],
    ['Cancelled by Facility', 'cancelled'],
    // `Not Cancelled` is a booked word (status-words.ts); who did not cancel changes nothing
    ['Not Cancelled by Facility', 'booked'],
    // A no-show is a booked appointment missed (status-words.ts): beside another booked word the
    // two parts disagree on what happened, not on what is sent (booked either way)
    ['Treated - No Show', 'booked'],
    ['Add-On - No Show', 'booked'],
  ])('%s reads %s', async (status, want) => {
    expect(outcome(await withStatus(status))).toBe(want);
  });

  it.each([
    // a treatment not given: no visit took place, never booked
    'Not Treated',
    'Untreated',
    'Treated - Cancelled',
    'Not Treated - Hospitalized',
    // an add-on asked for or cancelled is no booked add-on
    'Add-On - Cancelled',
    'Add-On Request',
    'Add-On Pending Approval',
    // a prep or clearance state is no cancellation, nor a booking the file proves
    'No Prep',
    'Awaiting Clearance',
    'Cancelled - Prep Complete',
    'Cancelled - Clearance Received',
    // the facility's side missed it, or a cancellation negated or undone
    'Facility No Show',
    'Cancelled in Error by Facility',
    'Treated at Other Facility',
    'Add-On Cancelled',
  ])('%s is not sent as booked', async (status) => {
    expect(outcome(await withStatus(status))).not.toBe('booked');
  });

  it('Add-On as the visit type beside a Cancelled status goes cancelled', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Visit Type,Status',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Colonoscopy,Scheduled',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Add-On,Cancelled',
      ]),
      la,
    );
    expect(outcome(r)).toBe('cancelled');
  });

  it('a note telling of an earlier visit cancelled by the facility beside a booked status is asked, as by the office', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Status,Notes',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed,',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed,Rebooked - first date cancelled by facility',
      ]),
      la,
    );
    // The note's cancellation may be this visit's: the file does not prove it booked.
    expect(outcome(r)).toBe('held');
  });

  it('Cancelled by Facility in a note with no status column is never sent booked', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Notes',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Cancelled by Facility',
      ]),
      la,
    );
    expect(outcome(r)).not.toBe('booked');
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Block time in the patient column
// ---------------------------------------------------------------------------------------------
const ONE = 'Date,Time,Patient,DOB,Provider,Status';
const OTHERS = [
  '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed',
  '03/15/2027,8:15 AM,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed',
  '03/15/2027,8:45 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,Confirmed',
];
/** The probe's name cell on line 5 at 9:30, with a birth date and a status as any patient's. */
const oneColumn = (cell: string, dob = '04/02/1981', status = 'Confirmed'): Promise<Result> =>
  collect(files.write([ONE, ...OTHERS, `03/15/2027,9:30 AM,"${cell}",${dob},Dr. Ames,${status}`]), la);
const nameOf = (r: Result) => {
  const a = at(r, PROBE)[0];
  return a && [a.patient.lastName, a.patient.firstName];
};

describe('3. blocks and patients named like them', () => {
  it.each([
    ['Block, Mary', 'Block', 'Mary'],
    ['Treated, Anna', 'Treated', 'Anna'],
    ['Total, Anna', 'Total', 'Anna'],
    ['Holder, Ann', 'Holder', 'Ann'],
  ])('a patient %s goes as %s, %s', async (cell, last, first) => {
    const r = await oneColumn(cell);
    expect(held(r)).toBe(false);
    expect(nameOf(r)).toEqual([last, first]);
  });

  it('Time, Block (read Block Time, a blocked-time term) is a row error naming the cell, not dropped silently', async () => {
    const r = await oneColumn('Time, Block');
    expect(at(r, PROBE)).toEqual([]);
    expect(errorOn(r, 5)?.value).toBe('Time, Block');
  });

  it('BLOCK TIME - GOLDBERG with a status but no birth date is never sent as a patient', async () => {
    const r = await oneColumn('BLOCK TIME - GOLDBERG', '', 'Scheduled');
    expect(at(r, PROBE)).toEqual([]);
  });

  it('block time in two name columns (BLOCK TIME / GOLDBERG) is never sent as a patient', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Last Name,First Name,DOB,Provider,Status',
        '03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Ames,Confirmed',
        '03/15/2027,8:15 AM,Brown,Peter,07/23/1958,Dr. Ames,Confirmed',
        '03/15/2027,9:30 AM,BLOCK TIME,GOLDBERG,,Dr. Ames,',
      ]),
      la,
    );
    expect(at(r, PROBE)).toEqual([]);
  });

  it('Hold - Smith, Mary with a birth date is not sent under a last name of Hold - Smith', async () => {
    const r = await oneColumn('Hold - Smith, Mary');
    const n = nameOf(r);
    expect(held(r) || n === undefined || !/hold/i.test(n.join(' '))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Totals
// ---------------------------------------------------------------------------------------------
describe('4. totals after their count', () => {
  it('a count then its total label ends the list and drops no row', async () => {
    const r = await collect(
      files.write([
        'Count,Procedure,Date,Time,Patient,DOB,Surgeon,Status',
        '1,Total Knee Arthroplasty,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '2,Total Hip Revision,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '2,Total Cases:',
      ]),
      la,
    );
    expect(held(r)).toBe(false);
    expect(r.errors).toEqual([]);
    expect(r.appointments.length).toBe(2);
    expect(at(r, PROBE)[0]?.patient.lastName).toBe('Brown');
  });

  it('a total naming a provider after its count is no patient', async () => {
    const r = await collect(
      files.write([...[ONE, ...OTHERS], '3,Total Dr. Ames', '3,Total for Garcia Elena Brown Peter']),
      la,
    );
    expect(r.appointments.length).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Parents and guardians in the name
// ---------------------------------------------------------------------------------------------
describe('5. a parent or guardian beside the patient', () => {
  it.each([
    ['Smith, Tommy (Mom: Mary)', 'Smith', 'Tommy'],
    ['Smith, Tommy (Mother: Mary Smith)', 'Smith', 'Tommy'],
    ['Smith, Tommy (parent - Mary)', 'Smith', 'Tommy'],
    ['Smith, Tommy (Dad - John)', 'Smith', 'Tommy'],
    ["Smith, Tommy (Mary's son)", 'Smith', 'Tommy'],
    ['Del Toro, Benicio', 'Del Toro', 'Benicio'],
    ['Fortunato, Ofelia', 'Fortunato', 'Ofelia'],
    ['Forde, Clifford', 'Forde', 'Clifford'],
    ['Ofori, Kwame', 'Ofori', 'Kwame'],
    ['Parent, Marie', 'Parent', 'Marie'],
    ['Oforiwaa, Akosua', 'Oforiwaa', 'Akosua'],
    ['Forrest, Carefree', 'Forrest', 'Carefree'],
  ])('%s goes as %s, %s', async (cell, last, first) => {
    const r = await oneColumn(cell);
    expect(held(r)).toBe(false);
    expect(nameOf(r)).toEqual([last, first]);
  });

  it.each([
    // whose visit it is, the parent's or the child's, is not in the cell
    'Smith, Mary (for Tommy)',
    "Smith, Mary (Tommy's mom)",
    'Smith, Mary obo Tommy',
    'Smith, Mary - Mother of Tommy',
    'Smith, Mary and Tommy',
    'Smith, Mary w/ Tommy',
    'Smith, Mary / Tommy',
    'Smith, Mary + Tommy',
    'Smith, Mary & Tommy',
  ])('%s is not sent as one person (FAULT before: the first three)', async (cell) => {
    const r = await oneColumn(cell);
    expect(held(r) || at(r, PROBE).length === 0).toBe(true);
  });

  it('a first-name cell Mary for Tommy is a row error', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Last Name,First Name,DOB,Provider,Status',
        '03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Ames,Confirmed',
        '03/15/2027,9:30 AM,Smith,Mary for Tommy,04/02/1981,Dr. Ames,Confirmed',
      ]),
      la,
    );
    expect(at(r, PROBE)).toEqual([]);
    expect(errorOn(r, 3)).toBeDefined();
  });

  it('guardianInName finds no second person in names with for or of inside', () => {
    for (const n of [
      'Del Toro, Benicio',
      'Fortunato, Ofelia',
      'Ofori, Kwame',
      'Forde, Clifford',
      'Comfort, Joy',
    ])
      expect(guardianInName(n)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Twins' numbers written other ways
// ---------------------------------------------------------------------------------------------
/** Twins at 9:30 and 9:45 with one birth date and no patient-id column. */
const twins = (one: string, two: string): Promise<Result> =>
  collect(
    files.write([
      ONE,
      ...OTHERS,
      `03/15/2027,9:30 AM,"${one}",06/12/2024,Dr. Ames,Confirmed`,
      `03/15/2027,9:45 AM,"${two}",06/12/2024,Dr. Ames,Confirmed`,
    ]),
    la,
  );

describe("6. twins' numbers", () => {
  it.each([
    ['Mary #1 Smith', 'Mary #2 Smith'],
    ['Smith, Mary 1', 'Smith, Mary 2'],
    ['Smith 1, Mary', 'Smith 2, Mary'],
    ['Smith, Mary (1)', 'Smith, Mary (2)'],
    ['Smith, Mary-1', 'Smith, Mary-2'],
    ['Smith, Twin A', 'Smith, Twin B'],
    ['Smith, Baby Boy 1', 'Smith, Baby Boy 2'],
    ['Smith, Mary Twin 1', 'Smith, Mary Twin 2'],
    ['Smith, Mary #1', 'Smith, Mary #2'],
  ])('%s and %s are never one portal patient', async (one, two) => {
    const r = await twins(one, two);
    const ids = r.appointments.filter((a) => a.patient.dob === '2024-06-12').map((a) => a.patient.patientId);
    expect(held(r) || new Set(ids).size === ids.length).toBe(true);
  });

  it('twins in two name columns, first name Mary 1 and Mary 2, are never one portal patient', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Last Name,First Name,DOB,Provider,Status',
        '03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Ames,Confirmed',
        '03/15/2027,9:30 AM,Smith,Mary 1,06/12/2024,Dr. Ames,Confirmed',
        '03/15/2027,9:45 AM,Smith,Mary 2,06/12/2024,Dr. Ames,Confirmed',
      ]),
      la,
    );
    const ids = r.appointments.filter((a) => a.patient.dob === '2024-06-12').map((a) => a.patient.patientId);
    expect(held(r) || new Set(ids).size === ids.length).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. One person: a given name a run of the other's
// ---------------------------------------------------------------------------------------------
const patient = (patientId: string, lastName: string, firstName: string, dob: string): Patient => ({
  patientId,
  lastName,
  firstName,
  dob,
  email: '',
});

describe('7. same person by given names', () => {
  it('John and John Paul of one birth date count as one person (asked: twins would need telling apart)', () => {
    expect(
      samePerson(
        patient('P-000000000001', 'Smith', 'John', '2020-05-01'),
        patient('P-000000000002', 'Smith', 'John Paul', '2020-05-01'),
      ),
    ).toBe(true);
  });
  it.each([
    ['Ann', 'Joann'],
    ['Ann', 'Anne Marie'],
    ['Mary Ann', 'Ann Marie'],
    ['Jo', 'John'],
    ['Paul', 'Pauline'],
  ])('%s and %s of one birth date are two people', (a, b) => {
    expect(
      samePerson(
        patient('P-000000000001', 'Smith', a, '2020-05-01'),
        patient('P-000000000002', 'Smith', b, '2020-05-01'),
      ),
    ).toBe(false);
  });
  it('John and John Paul of two birth dates, or two own patient ids without birth dates, are two', () => {
    expect(
      samePerson(
        patient('P-000000000001', 'Smith', 'John', '2020-05-01'),
        patient('P-000000000002', 'Smith', 'John Paul', '2021-05-01'),
      ),
    ).toBe(false);
    expect(samePerson(patient('8801', 'Smith', 'John', ''), patient('8802', 'Smith', 'John Paul', ''))).toBe(
      false,
    );
  });
});
