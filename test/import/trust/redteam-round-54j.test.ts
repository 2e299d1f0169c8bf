// Red-team probes (round 54j) against the reading rules merged this stop from blind layouts: eye-
// clinic flow stages read as booked, a `...Status` column of codes asked about, `Procedure Date:`
// title lines naming the day, `Activity` read as the type with QA / QC as blocked time, and a visit
// printed again under another resource sent once. Each file is small and shaped like a real
// export; the right outcome was worked out by hand before the probe first ran. A probe whose name
// starts with FAULT was a wrong send before its fix; the others guard a rule that held.
// Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time from 14 March 2027
// (UTC-7), so 8:00 AM there is 15:00 UTC, 9:30 AM 16:30 UTC, 7:30 AM 14:30 UTC.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { readAll, refusal, tempDir } from '../read/read-helpers.ts';

const files = exportFiles('redteam-round-54j');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const la = { timeZone: 'America/Los_Angeles' };
const statusDoubtOn = (r: Result, column: string) =>
  (r.summary.doubts ?? []).some((d) => d.kind === 'column' && d.field === 'status' && d.column === column);
const row = (t: string, n: string, last: string) => `03/15/2027,${t},"${n}",02/11/1966,Dr. Amy Chen,${last}`;

// ---------------------------------------------------------------------------------------------
// 1. A status column named other than `Status`, of codes, with no status recognised
// ---------------------------------------------------------------------------------------------
describe('1. a status column of codes under a shortened or outcome header', () => {
  const coded = (header: string) => [
    `Date,Time,Patient Name,DOB,Provider,${header}`,
    row('8:00 AM', 'Garcia, Elena', 'SC'),
    row('9:30 AM', 'Brown, Peter', 'X'), // X: cancelled in MOSAIQ's and many systems' codes
    row('10:00 AM', 'Ortiz, Lu', 'SC'),
    row('11:00 AM', 'Kim, Joy', 'N'),
  ];

  it.each([
    'Appt Stat',
    'Sch Stat',
    'Stat',
    'Sts',
    'Disposition',
    'Visit Disposition',
    'Appt Dispo',
    'Visit Outcome',
  ])('FAULT: %s = SC / X / N is asked about (its X row had gone out booked)', async (header) => {
    const r = await collect(files.write(coded(header)), la);
    expect(held(r)).toBe(true);
    expect(statusDoubtOn(r, header)).toBe(true);
  });

  it('the names already asked stay asked (Sch Status, Appt State)', async () => {
    for (const header of ['Sch Status', 'Appt State']) {
      const r = await collect(files.write(coded(header)), la);
      expect(held(r)).toBe(true);
    }
  });

  it("a bare 'Stat' of Y / N (an order's urgency) is not asked about as the status", async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Name,DOB,Provider,Stat',
        row('8:00 AM', 'Garcia, Elena', 'N'),
        row('9:30 AM', 'Brown, Peter', 'Y'),
        row('10:00 AM', 'Ortiz, Lu', ''),
      ]),
      la,
    );
    expect(statusDoubtOn(r, 'Stat')).toBe(false);
  });

  it("'Stat' holding status words is still the status, read (recognize.test's rule)", async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Name,DOB,Provider,Appt Stat',
        row('8:00 AM', 'Garcia, Elena', 'Scheduled'),
        row('9:30 AM', 'Brown, Peter', 'Cancelled'),
        row('10:00 AM', 'Ortiz, Lu', 'Scheduled'),
      ]),
      la,
    );
    expect(held(r)).toBe(false);
    const brown = r.appointments.find((a) => a.start.toISOString() === '2027-03-15T16:30:00.000Z');
    expect(brown?.status).toBe('CANCEL');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Eye-clinic flow stages beside another status
// ---------------------------------------------------------------------------------------------
describe('2. eye-clinic flow stages', () => {
  const file = (status: string) =>
    files.write([
      'Date,Time,Patient Name,DOB,Provider,Status',
      row('8:00 AM', 'Garcia, Elena', 'Confirmed'),
      row('9:30 AM', 'Brown, Peter', status),
      row('10:00 AM', 'Ortiz, Lu', 'Confirmed'),
    ]);

  it.each([
    'Not Dilated',
    'Consulting - Cancelled',
    'Consulting Cancelled',
    'Pre-Test Cancelled',
    'Not Pre-Tested',
  ])("'%s' is asked, never sent as booked", async (status) => {
    const r = await collect(file(status), la);
    expect(held(r)).toBe(true);
  });

  it("'Dilating (no show)' goes booked: both parts are booked words (a no-show stays on the portal)", async () => {
    const r = await collect(file('Dilating (no show)'), la);
    expect(held(r)).toBe(false);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Activity as the type; QA / QC as blocked time
// ---------------------------------------------------------------------------------------------
describe('3. Activity and machine QA', () => {
  it('an Activity column of statuses with no status column is asked (its Cancelled row)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Name,DOB,Provider,Activity',
        row('8:00 AM', 'Garcia, Elena', 'Scheduled'),
        row('9:30 AM', 'Brown, Peter', 'Cancelled'),
        row('10:00 AM', 'Ortiz, Lu', 'No Show'),
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });

  it("a patient's row whose Activity is QA is asked, not sent as a visit nor dropped unseen", async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient Name,DOB,Provider,Activity,Status',
        row('8:00 AM', 'Garcia, Elena', 'IMRT Treatment,Scheduled'),
        row('9:30 AM', 'Brown, Peter', 'QA,Scheduled'),
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Procedure / Surgery / Clinic Date: title lines
// ---------------------------------------------------------------------------------------------
describe('4. a title line naming the day', () => {
  const body = [
    'Time,Patient Name,DOB,Physician,Procedure',
    '7:30 AM,"Garcia, Elena",02/11/1966,Dr. Amy Chen,Colonoscopy',
    '8:15 AM,"Brown, Peter",07/23/1958,Dr. Amy Chen,EGD',
  ];

  it("'Procedure Date: 03/15/2027' names the day (7:30 AM is 14:30 UTC)", async () => {
    const r = await collect(
      files.write(['Endoscopy Case Schedule', 'Procedure Date: 03/15/2027', ...body]),
      la,
    );
    expect(held(r)).toBe(false);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T14:30:00.000Z',
      '2027-03-15T15:15:00.000Z',
    ]);
  });

  it.each([
    ['Next Procedure Date: 03/22/2027'], // a recall list's next visit, not the day listed
    ['Last Procedure Date: 03/01/2027'],
    ['Procedure Date: 03/15/2027 - 03/19/2027'], // a range: which day is each row?
    ['Procedure Date: 03/15/2027 to 03/19/2027'],
    ['Surgery Date: Tuesday 03/15/2027'], // the weekday disagrees (15 March 2027 is a Monday)
  ])("'%s' names no day for the rows: the file is refused", async (title) => {
    await expect(collect(files.write(['Endoscopy Case Schedule', title, ...body]), la)).rejects.toThrow(
      /cannot find appointment date/,
    );
  });

  it('a second page under another Procedure Date is held, never sent on the first day', async () => {
    const r = await collect(
      files.write([
        'Endoscopy Case Schedule',
        'Procedure Date: 03/15/2027',
        ...body,
        '',
        'Endoscopy Case Schedule',
        'Procedure Date: 03/16/2027',
        'Time,Patient Name,DOB,Physician,Procedure',
        '7:30 AM,"Kim, Joy",03/11/1970,Dr. Amy Chen,Colonoscopy',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A visit printed again under another resource
// ---------------------------------------------------------------------------------------------
describe('5. reprints under another resource', () => {
  const HEAD = 'Appt #,Date,Time,Patient ID,Patient Name,Birthdate,Purpose,Status';
  const mohs = (s: string) => `9101,03/15/2027,07:30 AM,30415,"Lindqvist, Erik",02/19/1946,Mohs Surgery,${s}`;

  it('a reprint whose status differs is held (one id booked and cancelled)', async () => {
    const r = await collect(
      files.write([
        'Appointments by Resource',
        'Date Range: 03/15/2027 - 03/15/2027',
        'Resource: Hale, Jonathan MD',
        HEAD,
        mohs('Confirmed'),
        'Total for Hale, Jonathan MD: 1',
        '',
        'Resource: Mohs OR 1',
        HEAD,
        mohs('Cancelled'),
        'Total for Mohs OR 1: 1',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
    expect(r.skipped).toEqual([]);
  });

  it("without ids, the patient's second visit of the day is its own, the reprint of the first skipped", async () => {
    const HEADN = 'Date,Time,Patient Name,Birthdate,Purpose,Status';
    const visit = (t: string) => `03/15/2027,${t},"Lindqvist, Erik",02/19/1946,Mohs Surgery,Confirmed`;
    const r = await collect(
      files.write([
        'Appointments by Resource',
        'Date Range: 03/15/2027 - 03/15/2027',
        'Resource: Hale, Jonathan MD',
        HEADN,
        visit('07:30 AM'), // line 5
        visit('01:00 PM'),
        'Total for Hale, Jonathan MD: 2',
        '',
        'Resource: Mohs OR 1',
        HEADN,
        visit('07:30 AM'), // line 11
        'Total for Mohs OR 1: 1',
      ]),
      la,
    );
    // 7:30 AM PDT is 14:30 UTC, 1:00 PM 20:00 UTC: both visits, each once.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T14:30:00.000Z',
      '2027-03-15T20:00:00.000Z',
    ]);
    expect(r.skipped.map((s) => s.line)).toEqual([11]);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. FHIR: a `#id` participant is the patient only when it points at a contained Patient
// ---------------------------------------------------------------------------------------------
describe('6. FHIR contained participants', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());
  const P = (id: string, family: string, given: string, dob: string) =>
    `{ "resourceType": "Patient", "id": "${id}", "name": [{ "family": "${family}", "given": ["${given}"] }], "birthDate": "${dob}" }`;
  // A parent who brings the child: a RelatedPerson has a name and a birth date of its own.
  const PARENT = `{ "resourceType": "RelatedPerson", "id": "rp1", "patient": { "reference": "Patient/4704007" },
     "name": [{ "family": "Smart", "given": ["Nancy"] }], "birthDate": "1980-05-01" }`;
  const appointment = (contained: string[], refs: string[]) => `{
  "resourceType": "Appointment",
  "id": "a1",
  "contained": [${contained.join(', ')}],
  "status": "booked",
  "start": "2027-03-15T16:00:00Z",
  "participant": [
    { "actor": { "reference": "Practitioner/7", "display": "Dr. Owen Whitaker" } },
${refs.map((r) => `    { "actor": { "reference": "${r}" } }`).join(',\n')}
  ]
}`;

  it("a contained parent (RelatedPerson) is never read as the patient: the child's reference alone is refused", async () => {
    const e = await refusal(t.write('parent.json', appointment([PARENT], ['Patient/4704007', '#rp1'])));
    expect(e.message).toContain('Patient/4704007');
    expect(e.message).not.toContain('Nancy');
  });

  it('two contained Patients on one booking are not sent as one of them', async () => {
    const file = t.write(
      'two.json',
      appointment(
        [P('p1', 'Vance', 'Harriet', '1958-10-04'), P('p2', 'Vance', 'Tom', '1956-01-09')],
        ['#p1', '#p2'],
      ),
    );
    const outcome = await readAll(file).then(
      ({ rows }) => rows.map((r) => r.problem ?? `sent ${r.record?.['First Name']}`),
      (err: Error) => [`refused: ${err.message}`],
    );
    // Either the file is refused or its row is a problem: never one patient's appointment.
    expect(outcome.length).toBeGreaterThan(0);
    expect(outcome.some((o) => o.startsWith('sent'))).toBe(false);
  });

  it('a contained Patient beside another patient only referenced is not sent as the contained one', async () => {
    const file = t.write(
      'mixed.json',
      appointment([P('p1', 'Vance', 'Harriet', '1958-10-04')], ['#p1', 'Patient/999']),
    );
    const outcome = await readAll(file).then(
      ({ rows }) => rows.map((r) => r.problem ?? `sent ${r.record?.['First Name']}`),
      (err: Error) => [`refused: ${err.message}`],
    );
    expect(outcome.length).toBeGreaterThan(0);
    expect(outcome.some((o) => o.startsWith('sent'))).toBe(false);
  });
});
