// Red team, round 51h: the questions round 51 lets a file answer itself, attacked again with the
// exports where the file's "proof" is something else. Each probe tries to make a loosened rule SEND
// something wrong; its outcome was worked out by hand before it first ran (the expectation is the
// hand-worked one). A probe whose name starts with FAULT sent wrong before its fix.
// A. `Care Provider` / `Primary Provider` is each visit's provider when one patient's two visits
//    name two people (per-visit-provider.ts): here the "one patient" is a family's account, one
//    person is written two ways, or the visit's own provider is in a column beside it.
// B. A column headed only `Hours` of AM/PM ranges is the visit's time when ranges differ on one
//    day and provider (session-hours.ts): here the ranges are each site's opening hours or a
//    provider's morning and afternoon sessions shared by several patients.
// C. A bare `id` is the booking's when one patient has two ids at two starts (bare-id-column.ts):
//    here `id` is the provider's, a row number per day, or a recurring series'.
// D. Bump columns asked as withdrawal columns, in other spellings.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7): 8:00 AM is
// 15:00Z, 8:30 AM 15:30Z, 9:00 AM 16:00Z, 9:15 AM 16:15Z, 10:00 AM 17:00Z, 11:00 AM 18:00Z,
// 1:00 PM 20:00Z, 1:30 PM 20:30Z, 2:00 PM 21:00Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-51h');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const run = (lines: string[], timeZone = 'America/Los_Angeles'): Promise<Result> =>
  collect(files.write(lines), { timeZone });
const starts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString().slice(0, 16));
const providers = (r: Result): string[] => r.appointments.map((a) => a.participant.providerName ?? '');
const ids = (r: Result): string[] => r.appointments.map((a) => a.appointmentId);
const doubtColumns = (r: Result): string[] => r.summary.doubts.map((d) => d.column ?? '');

// ---------------------------------------------------------------------------------------------
// A. A provider header that may name the patient's usual provider
// ---------------------------------------------------------------------------------------------
describe('A. Care Provider: what looks like one patient seen by two people', () => {
  it('not sent: a family account (Account #) and one name, no birth date: father and son James Whitaker', async () => {
    // By hand: Account # is a family's; James Whitaker Sr. and Jr. share it and the name, each with
    // his own usual provider, so nothing proves the column is the visit's: held. Ran: refused
    // before mapping (the importer needs a birth date column), which sends nothing either; with a
    // birth date column the two Jameses are two patients (51d's father-and-son probe).
    const lines = [
      'Account #,Patient,Date,Time,Care Provider,Status',
      '4812370,"Fernandez, Jose",03/15/2027,8:30 AM,"Patel, Ravi MD",Scheduled',
      '5520981,"Whitaker, James",03/15/2027,9:15 AM,"Patel, Ravi MD",Scheduled',
      '5520981,"Whitaker, James",03/16/2027,1:30 PM,"Okafor, Ada DO",Scheduled',
    ];
    await expect(run(lines)).rejects.toThrow(/date of birth/);
  });

  it('held: one patient, one provider written with and without a middle initial (Patel, Ravi MD / Patel, Ravi K MD)', async () => {
    const r = await run([
      'Patient ID,Patient,DOB,Date,Time,Care Provider,Status',
      '4812370,"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,"Okafor, Ada DO",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,"Patel, Ravi MD",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/16/2027,1:30 PM,"Patel, Ravi K MD",Scheduled',
    ]);
    expect(doubtColumns(r)).toContain('Care Provider');
  });

  it('held: one patient, one provider as Dr. Patel and Ravi Patel, MD', async () => {
    const r = await run([
      'Patient ID,Patient,DOB,Date,Time,Care Provider,Status',
      '4812370,"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,"Okafor, Ada DO",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,Dr. Patel,Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/16/2027,1:30 PM,"Ravi Patel, MD",Scheduled',
    ]);
    expect(doubtColumns(r)).toContain('Care Provider');
  });

  it('sent with the visit’s own Provider: Primary Provider beside it varies for one patient', async () => {
    const r = await run([
      'Patient ID,Patient,DOB,Date,Time,Provider,Primary Provider,Status',
      '4812370,"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,"Lee, Ann MD","Patel, Ravi MD",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,"Lee, Ann MD","Patel, Ravi MD",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/16/2027,1:30 PM,"Lee, Ann MD","Okafor, Ada DO",Scheduled',
    ]);
    // By hand: the visit's provider has its own column; the usual one is never sent in its place.
    if (!held(r)) {
      expect(r.appointments).toHaveLength(3);
      for (const p of providers(r)) expect(p).toMatch(/Ann Lee/);
    }
  });

  it('held: one patient’s second row with the provider cell empty (nothing shows two people)', async () => {
    const r = await run([
      'Patient ID,Patient,DOB,Date,Time,Care Provider,Status',
      '4812370,"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,"Okafor, Ada DO",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,"Patel, Ravi MD",Scheduled',
      '5520981,"Whitaker, Janelle",12/01/1990,03/16/2027,1:30 PM,,Scheduled',
    ]);
    expect(doubtColumns(r)).toContain('Care Provider');
  });

  it('held: two patients with one name under two ids, each with one provider (no patient twice)', async () => {
    const r = await run([
      'Patient ID,Patient,DOB,Date,Time,Care Provider,Status',
      '5520981,"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,"Patel, Ravi MD",Scheduled',
      '5520982,"Whitaker, Janelle",03/22/1971,03/16/2027,1:30 PM,"Okafor, Ada DO",Scheduled',
    ]);
    expect(doubtColumns(r)).toContain('Care Provider');
  });
});

// ---------------------------------------------------------------------------------------------
// B. A column headed only for hours
// ---------------------------------------------------------------------------------------------
describe('B. Hours that differ on a day but are no visit’s own', () => {
  it('FAULT: held: each site’s opening hours (no provider column): North 08:00 AM to 05:00 PM, South 10:00 AM to 06:00 PM', async () => {
    // By hand: a walk-in list gives no visit time; the hours are the sites'. They differ on one
    // day because the sites differ: nothing may go at 8:00 or 10:00.
    const r = await run([
      'Patient,DOB,Location,Date,Hours,Status',
      'Ethan Greenberg,06/14/2019,North Clinic,03/15/2027,08:00 AM to 05:00 PM,Scheduled',
      'Zara Haddad,01/09/2018,South Clinic,03/15/2027,10:00 AM to 06:00 PM,Scheduled',
      'Mateo Rivera,10/03/2020,North Clinic,03/15/2027,08:00 AM to 05:00 PM,Scheduled',
    ]);
    expect(held(r) || r.appointments.length === 0).toBe(true);
  });

  it('FAULT: held: a provider’s morning and afternoon sessions, two patients in each', async () => {
    // By hand: two patients with one provider in one range (and the ranges four hours long) are a
    // session's, not two visits at one time; which time each visit is is not in the file.
    const r = await run([
      'Patient,DOB,Provider,Date,Hours,Status',
      'Ethan Greenberg,06/14/2019,Alyssa Romano RBT,03/15/2027,08:00 AM to 12:00 PM,Scheduled',
      'Zara Haddad,01/09/2018,Alyssa Romano RBT,03/15/2027,08:00 AM to 12:00 PM,Scheduled',
      'Mateo Rivera,10/03/2020,Alyssa Romano RBT,03/15/2027,01:00 PM to 05:00 PM,Scheduled',
      'Lena Park,04/22/2017,Alyssa Romano RBT,03/15/2027,01:00 PM to 05:00 PM,Scheduled',
    ]);
    expect(held(r) || r.appointments.length === 0).toBe(true);
  });

  it('FAULT: held: one provider’s session (09:00 AM to 12:00 PM) over a visit of the same day (10:00 AM to 11:00 AM)', async () => {
    const r = await run([
      'Patient,DOB,Provider,Date,Hours,Status',
      'Ethan Greenberg,06/14/2019,Alyssa Romano RBT,03/15/2027,09:00 AM to 12:00 PM,Scheduled',
      'Zara Haddad,01/09/2018,Alyssa Romano RBT,03/15/2027,10:00 AM to 11:00 AM,Scheduled',
    ]);
    expect(held(r)).toBe(true);
  });

  it('sent from Time: Hours of opening hours beside a real Time column', async () => {
    const r = await run([
      'Patient,DOB,Provider,Date,Time,Hours,Status',
      'Ethan Greenberg,06/14/2019,Alyssa Romano RBT,03/15/2027,9:15 AM,08:00 AM to 12:00 PM,Scheduled',
      'Zara Haddad,01/09/2018,Alyssa Romano RBT,03/15/2027,2:00 PM,01:00 PM to 05:00 PM,Scheduled',
    ]);
    // By hand: the Time column is the start; Hours is never read in its place.
    if (!held(r)) expect(starts(r)).toEqual(['2027-03-15T16:15', '2027-03-15T21:00']);
  });

  it('sent: one provider’s visits back to back on one day (09:00 to 10:00, 10:00 to 11:00, 01:00 to 02:00 PM)', async () => {
    // By hand: ranges that only touch are three visits; no two overlap. A control for the
    // overlap rule (a false hold here would be a new fault).
    const r = await run([
      'Patient,DOB,Provider,Date,Hours,Status',
      'Ethan Greenberg,06/14/2019,Alyssa Romano RBT,03/15/2027,09:00 AM to 10:00 AM,Scheduled',
      'Zara Haddad,01/09/2018,Alyssa Romano RBT,03/15/2027,10:00 AM to 11:00 AM,Scheduled',
      'Mateo Rivera,10/03/2020,Alyssa Romano RBT,03/15/2027,01:00 PM to 02:00 PM,Scheduled',
    ]);
    expect(held(r)).toBe(false);
    expect(starts(r)).toEqual(['2027-03-15T16:00', '2027-03-15T17:00', '2027-03-15T20:00']);
  });

  it('sent: two providers’ visits at one site that overlap each other (each provider’s own do not)', async () => {
    const r = await run([
      'Patient,DOB,Provider,Location,Date,Hours,Status',
      'Ethan Greenberg,06/14/2019,Alyssa Romano RBT,North Clinic,03/15/2027,09:00 AM to 10:00 AM,Scheduled',
      'Zara Haddad,01/09/2018,Naomi Feld BCBA,North Clinic,03/15/2027,09:00 AM to 11:00 AM,Scheduled',
      'Mateo Rivera,10/03/2020,Alyssa Romano RBT,North Clinic,03/15/2027,01:00 PM to 02:00 PM,Scheduled',
    ]);
    expect(held(r)).toBe(false);
    expect(starts(r)).toEqual(['2027-03-15T16:00', '2027-03-15T16:00', '2027-03-15T20:00']);
  });
});

// ---------------------------------------------------------------------------------------------
// C. A bare id that is something else
// ---------------------------------------------------------------------------------------------
describe('C. a bare id that is the provider’s, a row number per day, or a series’', () => {
  const head = 'id,first_name,last_name,birth_date,appointment_date,status,emr_patient_id';
  const noneTwice = (r: Result, id: string) => {
    if (!held(r)) expect(ids(r).filter((i) => i === id).length).toBeLessThanOrEqual(1);
  };

  it('never the provider’s id as two bookings’: id = 12 (Dr Ames) and 14 (Dr Cho)', async () => {
    const r = await run([
      head,
      '12,Marisol,Ybarra,1986-04-19,2027-03-15T08:30:00-07:00,confirmed,E40112',
      '12,Derek,Haskins,1979-11-02,2027-03-15T09:15:00-07:00,confirmed,E38870',
      '14,Derek,Haskins,1979-11-02,2027-03-16T10:00:00-07:00,confirmed,E38870',
    ]);
    noneTwice(r, '12');
  });

  it('never a row number of each day: 1, 2 on Monday, 1 on Tuesday', async () => {
    const r = await run([
      head,
      '1,Marisol,Ybarra,1986-04-19,2027-03-15T08:30:00-07:00,confirmed,E40112',
      '2,Derek,Haskins,1979-11-02,2027-03-15T09:15:00-07:00,confirmed,E38870',
      '1,Derek,Haskins,1979-11-02,2027-03-16T10:00:00-07:00,confirmed,E38870',
    ]);
    noneTwice(r, '1');
  });

  it('never a recurring series’ id: Derek’s weekly series S501 (two starts) beside his one-off S502', async () => {
    const r = await run([
      head,
      'S500,Marisol,Ybarra,1986-04-19,2027-03-15T08:30:00-07:00,confirmed,E40112',
      'S501,Derek,Haskins,1979-11-02,2027-03-15T09:15:00-07:00,confirmed,E38870',
      'S502,Derek,Haskins,1979-11-02,2027-03-16T10:00:00-07:00,confirmed,E38870',
      'S501,Derek,Haskins,1979-11-02,2027-03-22T09:15:00-07:00,confirmed,E38870',
    ]);
    noneTwice(r, 'S501');
  });

  it('the file’s own appointment_id wins over a bare id beside it', async () => {
    const r = await run([
      `${head},appointment_id`,
      'Qd8kZr,Marisol,Ybarra,1986-04-19,2027-03-15T08:30:00-07:00,confirmed,E40112,AP-1001',
      'Lm3pTw,Derek,Haskins,1979-11-02,2027-03-15T09:15:00-07:00,confirmed,E38870,AP-1002',
      'Jc9uAs,Derek,Haskins,1979-11-02,2027-03-16T10:00:00-07:00,confirmed,E38870,AP-1003',
    ]);
    if (!held(r)) expect(ids(r)).toEqual(['AP-1001', 'AP-1002', 'AP-1003']);
  });

  it('held: a visit log (visit_type beside it is fine) with the id of a call about each visit (call_outcome)', async () => {
    const r = await run([
      `${head},call_outcome`,
      'Qd8kZr,Marisol,Ybarra,1986-04-19,2027-03-15T08:30:00-07:00,confirmed,E40112,Left message',
      'Lm3pTw,Derek,Haskins,1979-11-02,2027-03-15T09:15:00-07:00,confirmed,E38870,Confirmed',
      'Jc9uAs,Derek,Haskins,1979-11-02,2027-03-16T10:00:00-07:00,confirmed,E38870,No answer',
    ]);
    expect(doubtColumns(r)).toContain('id');
  });
});

// ---------------------------------------------------------------------------------------------
// D. Bump spelled otherwise beside a booked status
// ---------------------------------------------------------------------------------------------
describe('D. bumped in other words, beside Status = Scheduled', () => {
  const file = (header: string, value: string): string[] => [
    `Date,Time,Patient,DOB,Provider,Status,${header}`,
    '03/15/2027,8:30 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled,',
    `03/15/2027,9:15 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled,${value}`,
    '03/15/2027,1:30 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled,',
  ];
  it.each([
    ['Bumped?', 'Y'],
    ['Was Bumped', 'Yes'],
    ['Bump Status', 'Bumped'],
    ['Bumped By', 'jsmith'],
    ['Bump Date', '03/14/2027'],
  ])('never sent booked as if not bumped: %s = %s', async (header, value) => {
    const r = await run(file(header, value));
    // By hand: each says Peter Brown's 9:15 was bumped; it may not go as booked without a question.
    if (!held(r)) expect(starts(r)).not.toContain('2027-03-15T16:15');
  });
});

// ---------------------------------------------------------------------------------------------
// E. What a file "leaves unstated" (unstated-fields.ts): the engine keeps, for an id already sent,
//    what was sent for each such field. A file that has the column says it; only a file with none
//    may keep the old value.
// ---------------------------------------------------------------------------------------------
describe('E. a field is unstated only when the file has no column for it', () => {
  const unstated = (r: Result): string[][] =>
    r.items.flatMap((i) => (i.kind === 'appointment' ? [[...(i.unstated ?? [])]] : []));

  it('FAULT: a preset layout (OpenEMR report) with a Reason column it does not name: reason not unstated', async () => {
    // By hand: 7 of the preset's 8 columns, so the OpenEMR preset reads it; its Reason column
    // (Knee pain → Follow-up MRI) says the reason, so a reason sent before must not be kept over it.
    const r = await run([
      'Provider,Date,Time,Patient,DOB,Type,Status,Reason',
      '"Lee, Anna",03/15/2027,8:30 AM,Jose Fernandez,08/09/1963,Office Visit,-,Follow-up MRI',
      '"Lee, Anna",03/15/2027,9:15 AM,Janelle Whitaker,12/01/1990,Office Visit,-,Knee pain',
    ]);
    expect(r.appointments).toHaveLength(2);
    for (const u of unstated(r)) expect(u).not.toContain('reason');
    // And the preset reads it (a column recognition is sure of that the preset does not name).
    expect(r.appointments.map((a) => a.reason)).toEqual(['Follow-up MRI', 'Knee pain']);
  });

  it('a file with no Provider column, grouped by provider lines (Provider: Lee, Anna MD): provider stated', async () => {
    const r = await run([
      'Provider: Lee, Anna MD',
      'Patient,DOB,Date,Time,Type,Status',
      '"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,Office Visit,Scheduled',
      'Provider: Okafor, Ada DO',
      '"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,Office Visit,Scheduled',
    ]);
    if (!held(r)) {
      expect(providers(r)).toEqual([expect.stringMatching(/Anna Lee/), expect.stringMatching(/Ada Okafor/)]);
      for (const u of unstated(r)) expect(u).not.toContain('provider');
    }
  });

  it('a title stating the location (Location: North Clinic) and no Location column: location stated', async () => {
    const r = await run([
      'Location: North Clinic',
      'Patient,DOB,Date,Time,Provider,Type,Status',
      '"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,"Lee, Anna MD",Office Visit,Scheduled',
    ]);
    if (!held(r)) {
      expect(r.appointments[0]!.location).toBe('North Clinic');
      expect(unstated(r)[0]).not.toContain('location');
    }
  });

  it('a file with no Type, Reason, Location or Provider column: all four unstated (kept by the engine)', async () => {
    const r = await run([
      'Patient,DOB,Date,Time,Status',
      '"Fernandez, Jose",08/09/1963,03/15/2027,8:30 AM,Scheduled',
      '"Whitaker, Janelle",12/01/1990,03/15/2027,9:15 AM,Scheduled',
    ]);
    expect(held(r)).toBe(false);
    for (const u of unstated(r))
      expect([...u].sort()).toEqual(['description', 'location', 'provider', 'reason', 'type']);
  });
});
