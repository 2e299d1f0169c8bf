// Red-team probes (round 49d) against patient and appointment identity: ids that are no ids (slot
// numbers, day counters, zip codes, phones, an account shared by a family), ids a spreadsheet
// changed, one person written several ways, newborns and twins, a visit written once per
// procedure, reminder or resource, a reschedule under one id, and derived ids after a column is
// renamed or moved. Each probe tries to make the importer send a wrong identity: an appointment on
// another patient, two shown as one, or one shown twice. The right outcome of each was worked out
// by hand before the probe first ran; a probe whose name starts with FAULT was a wrong send before
// its fix; the others guard a rule that held.
// Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time from 14 March 2027
// (UTC-7), so 8:00 AM there is 15:00 UTC, 9:30 AM is 16:30 UTC, 10:00 AM 17:00 UTC.
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../main/model/appointment.ts';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-49d');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const la = { timeZone: 'America/Los_Angeles' };
const run = (lines: string[]) => collect(files.write(lines), la);
const EIGHT = '2027-03-15T15:00:00.000Z';
const NINE30 = '2027-03-15T16:30:00.000Z';
const TEN = '2027-03-15T17:00:00.000Z';
const at = (r: Result, iso: string): Appointment[] =>
  r.appointments.filter((a) => a.start.toISOString() === iso);
const pid = (r: Result, iso: string): string | undefined => at(r, iso)[0]?.patient.patientId;
const distinct = <T>(xs: T[]): number => new Set(xs).size;

/** What no sent file may hold (a held file sends nothing): one appointment id on two patients, or on two starts. */
function identitySound(r: Result): void {
  if (held(r)) return; // a held file sends nothing
  const seen = new Map<string, Appointment>();
  for (const a of r.appointments) {
    const before = seen.get(a.appointmentId);
    if (before) {
      expect(a.patient.patientId, `id ${a.appointmentId} on two patients`).toBe(before.patient.patientId);
      expect(a.start.toISOString(), `id ${a.appointmentId} at two starts`).toBe(before.start.toISOString());
    }
    seen.set(a.appointmentId, a);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. An appointment-number column that numbers something else
// ---------------------------------------------------------------------------------------------
describe('1. an Appt # that is a slot number or a counter', () => {
  it('a per-day counter (1, 2 on each day, other patients) is never one appointment', async () => {
    const r = await run([
      'Appt #,Date,Time,Patient,DOB,Provider',
      '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
      '2,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee',
      '1,03/16/2027,8:00 AM,"Novak, Ivan",01/30/1971,Dr. Lee',
      '2,03/16/2027,9:30 AM,"Okafor, Ada",09/09/1984,Dr. Lee',
    ]);
    identitySound(r);
    // Held (the id is reused for other patients) or sent under ids of their own: four appointments.
    if (!held(r)) expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(4);
  });

  it('a slot number of the day grid repeated for two patients at other times is never one appointment', async () => {
    const r = await run([
      'Slot,Appt #,Date,Time,Patient,DOB',
      '08:00,12,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '09:30,18,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '08:00,12,03/16/2027,8:00 AM,"Novak, Ivan",01/30/1971',
    ]);
    identitySound(r);
    if (!held(r)) expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(3);
  });

  it('a row counter 1..4 headed Appt # is not the id, or the file is held', async () => {
    const r = await run([
      'Appt #,Date,Time,Patient,DOB',
      '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '2,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '3,03/15/2027,10:00 AM,"Novak, Ivan",01/30/1971',
      '4,03/15/2027,11:00 AM,"Okafor, Ada",09/09/1984',
    ]);
    identitySound(r);
    // Tomorrow's list numbers its own rows 1..4: under these ids it would move today's visits onto
    // other patients. Sent only under ids that are not the counter.
    if (!held(r)) expect(r.appointments.map((a) => a.appointmentId)).not.toContain('1');
  });

  it('an appointment id equal to the patient id on every row is held', async () => {
    const r = await run([
      'Appointment ID,Patient ID,Date,Time,Patient,DOB',
      '40817,40817,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '39201,39201,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '41555,41555,03/15/2027,10:00 AM,"Novak, Ivan",01/30/1971',
    ]);
    expect(held(r)).toBe(true);
  });

  it('a Visit ID per encounter on rows per procedure goes as one appointment', async () => {
    const r = await run([
      'Visit ID,Date,Time,Patient,DOB,Provider,CPT,Procedure',
      'V-7001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,99213,Office visit',
      'V-7001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,93000,ECG',
      'V-7002,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,99214,Office visit',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(distinct(at(r, EIGHT).map((a) => a.appointmentId))).toBe(1);
    expect(at(r, EIGHT)[0]?.appointmentId).toBe('V-7001');
  });

  it('one Visit ID on two patients (a family seen together) is held', async () => {
    const r = await run([
      'Visit ID,Date,Time,Patient,DOB,Provider',
      'V-7001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
      'V-7001,03/15/2027,8:00 AM,"Garcia, Tomas",04/03/2015,Dr. Lee',
      'V-7002,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee',
    ]);
    expect(held(r)).toBe(true);
  });

  it('an id written as a telephone number is refused on its row', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      '(555) 123-4567,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
    ]);
    identitySound(r);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('(555) 123-4567');
  });

  it('an appointment id 1.23457E+11 is refused, never sent', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      '1.23457E+11,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '1.23458E+11,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
    ]);
    expect(r.appointments.filter((a) => /E\+/i.test(a.appointmentId))).toEqual([]);
  });

  it('an appointment id turned into a date (12-Mar) is refused, never sent', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      '12-Mar,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
    ]);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('12-Mar');
  });

  it('48121 and 48121.00 on two patients: never one appointment for both', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      '48121,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '48121.00,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '48122,03/15/2027,10:00 AM,"Novak, Ivan",01/30/1971',
    ]);
    identitySound(r);
    // Two patients, two ids as written: the portal keeps them apart (the ledger's reading of
    // 48121.00 as 48121 only holds a later file that writes one appointment the other way).
    if (!held(r)) expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(3);
  });

  it('0048121 and 48121 on two patients: never one appointment for both', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      '0048121,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '48121,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '48122,03/15/2027,10:00 AM,"Novak, Ivan",01/30/1971',
    ]);
    identitySound(r);
    if (!held(r)) expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(3);
  });

  it('an id of zeros on several rows is no appointment `0`', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      '0,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '0,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '5503,03/15/2027,10:00 AM,"Novak, Ivan",01/30/1971',
    ]);
    identitySound(r);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('0');
  });

  it('an id `N/A` on walk-ins is no shared appointment', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB',
      'N/A,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      'N/A,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958',
      '5503,03/15/2027,10:00 AM,"Novak, Ivan",01/30/1971',
    ]);
    identitySound(r);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('N/A');
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A patient-id column that is no patient's id
// ---------------------------------------------------------------------------------------------
describe('2. a patient id that is a zip code, a phone, an account, a mask', () => {
  it('zip codes in a Patient ID column never make two people one patient', async () => {
    const r = await run([
      'Date,Time,Patient ID,Patient,DOB',
      '03/15/2027,8:00 AM,90210,"Garcia, Elena",02/11/1966',
      '03/15/2027,9:30 AM,90210,"Brown, Peter",07/23/1958',
      '03/15/2027,10:00 AM,94110,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('a Zip column beside no patient id is not taken for the patient id', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Zip',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,90210',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,90210',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
    expect(pid(r, EIGHT)).not.toBe('90210');
  });

  it('phone numbers in a Patient ID column are not the patient id', async () => {
    const r = await run([
      'Date,Time,Patient ID,Patient,DOB',
      '03/15/2027,8:00 AM,555-201-3344,"Garcia, Elena",02/11/1966',
      '03/15/2027,9:30 AM,555-201-3344,"Garcia, Tomas",04/03/2015',
      '03/15/2027,10:00 AM,555-877-1200,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
    expect(r.appointments.map((a) => a.patient.patientId)).not.toContain('555-201-3344');
  });

  it("a family's guarantor Account # is never one patient for mother and child", async () => {
    const r = await run([
      'Date,Time,Account #,Patient,DOB',
      '03/15/2027,8:00 AM,A1001,"Garcia, Elena",02/11/1966',
      '03/15/2027,9:30 AM,A1001,"Garcia, Tomas",04/03/2015',
      '03/15/2027,10:00 AM,A1002,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('one Patient ID on two people with other names and birth dates is held or not used', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient ID,Patient,DOB',
      '5501,03/15/2027,8:00 AM,P-100,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,P-100,"Brown, Peter",07/23/1958',
      '5503,03/15/2027,10:00 AM,P-101,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('masked SSNs (***-**-1234) are never the patient id', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,SSN',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,***-**-1234',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,***-**-1234',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('NEW PT written in the chart column for new patients makes no shared patient', async () => {
    const r = await run([
      'Appt ID,Date,Time,Chart #,Patient,DOB',
      '5501,03/15/2027,8:00 AM,NEW PT,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,NEW PT,"Brown, Peter",07/23/1958',
      '5503,03/15/2027,10:00 AM,C-3321,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('a chart number of zeros on two people makes no shared patient', async () => {
    const r = await run([
      'Appt ID,Date,Time,Chart #,Patient,DOB',
      '5501,03/15/2027,8:00 AM,00000,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,00000,"Brown, Peter",07/23/1958',
      '5503,03/15/2027,10:00 AM,C-3321,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('a patient id 1.23457E+11 is refused, never sent', async () => {
    const r = await run([
      'Appt ID,Date,Time,MRN,Patient,DOB',
      '5501,03/15/2027,8:00 AM,1.23457E+11,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,1.23457E+11,"Brown, Peter",07/23/1958',
    ]);
    expect(r.appointments.filter((a) => /E\+/i.test(a.patient.patientId))).toEqual([]);
  });

  it('MRN 000457 and 457 for one person (name and birth date alike) are one patient, or held', async () => {
    const r = await run([
      'Appt ID,Date,Time,MRN,Patient,DOB',
      '5501,03/15/2027,8:00 AM,000457,"Garcia, Elena",02/11/1966',
      '5502,03/16/2027,8:00 AM,457,"Garcia, Elena",02/11/1966',
      '5503,03/15/2027,10:00 AM,000912,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    const ids = r.appointments.filter((a) => a.patient.lastName === 'Garcia').map((a) => a.patient.patientId);
    expect(distinct(ids)).toBe(1);
  });

  it('MRN 000457 and 457 on two different people are held, or not one patient', async () => {
    const r = await run([
      'Appt ID,Date,Time,MRN,Patient,DOB',
      '5501,03/15/2027,8:00 AM,000457,"Garcia, Elena",02/11/1966',
      '5502,03/15/2027,9:30 AM,457,"Brown, Peter",07/23/1958',
      '5503,03/15/2027,10:00 AM,000912,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    // Two people under the ids the export gives them: never one patient for both.
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('a Patient ID blank on one of two rows of one person gives no second patient', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient ID,Patient,DOB',
      '5501,03/15/2027,8:00 AM,P-100,"Garcia, Elena",02/11/1966',
      '5502,03/16/2027,8:00 AM,,"Garcia, Elena",02/11/1966',
      '5503,03/15/2027,10:00 AM,P-101,"Novak, Ivan",01/30/1971',
    ]);
    if (held(r)) return;
    const ids = r.appointments.filter((a) => a.patient.lastName === 'Garcia').map((a) => a.patient.patientId);
    // Two patients on the portal for one person (P-100 and one made from the name) is one shown twice.
    expect(distinct(ids)).toBeLessThanOrEqual(1);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. One person written several ways; two people written alike
// ---------------------------------------------------------------------------------------------
/** The patient ids of rows whose last name is `last` (compared without case). */
const pidsOf = (r: Result, last: string): string[] =>
  r.appointments.filter((a) => a.patient.lastName.toLowerCase() === last).map((a) => a.patient.patientId);

/** Twins at 8:00 (lines 2 and 3): a newborn's temporary name is refused on its row (no patient
 *  to send yet); sent, they must be two patients under two appointment ids. Peter Brown goes. */
function newbornsApart(r: Result): void {
  if (held(r)) return;
  expect(at(r, TEN)).toHaveLength(1);
  const twins = at(r, EIGHT);
  if (twins.length === 0) {
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
    return;
  }
  expect(twins).toHaveLength(2);
  expect(twins[0]!.patient.patientId).not.toBe(twins[1]!.patient.patientId);
  expect(twins[0]!.appointmentId).not.toBe(twins[1]!.appointmentId);
}

describe('3. names: one person several ways, two people alike', () => {
  it('SMITH, JOHN JR / Smith, John / Smith Jr, John with one birth date: one patient, or held', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"SMITH, JOHN JR",02/11/1966',
      '03/16/2027,8:00 AM,"Smith, John",02/11/1966',
      '03/17/2027,8:00 AM,"Smith Jr, John",02/11/1966',
    ]);
    if (held(r)) return;
    expect(distinct(pidsOf(r, 'smith'))).toBe(1);
  });

  it('upper and title case of one person are one patient', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"GARCIA, ELENA",02/11/1966',
      '03/16/2027,8:00 AM,"Garcia, Elena",02/11/1966',
    ]);
    if (held(r)) return;
    expect(distinct(pidsOf(r, 'garcia'))).toBe(1);
  });

  it('Smith,John and Smith, John are one patient', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Smith,John",02/11/1966',
      '03/16/2027,8:00 AM,"Smith, John",02/11/1966',
    ]);
    if (held(r)) return;
    expect(distinct(pidsOf(r, 'smith'))).toBe(1);
  });

  // Known gap (left, see the report): within one file with no patient-id column, `Garcia-Lopez`
  // and `Garcia Lopez` of one birth date go as two patient records (ids made from the name as
  // written; folding the spelling into the id would give every such patient already sent a new id).
  // Both visits go, each under its own appointment id; across exports, the same visit under the
  // other spelling is held (test/engine/redteam-round-49d-ledger.test.ts).
  it('Garcia-Lopez and Garcia Lopez of one birth date: both visits sent, none merged or lost', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Garcia-Lopez, Maria",02/11/1966',
      '03/16/2027,8:00 AM,"Garcia Lopez, Maria",02/11/1966',
      '03/17/2027,8:00 AM,"Brown, Peter",07/23/1958',
    ]);
    if (held(r)) return;
    const ids = r.appointments
      .filter((a) => /garcia/i.test(a.patient.lastName))
      .map((a) => a.patient.patientId);
    expect(ids.length).toBe(2);
    expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(3);
  });

  it("O'Brien and OBrien of one birth date: both visits sent, none merged or lost", async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      `03/15/2027,8:00 AM,"O'Brien, Sean",02/11/1966`,
      '03/16/2027,8:00 AM,"OBrien, Sean",02/11/1966',
    ]);
    if (held(r)) return;
    expect(r.appointments.map((a) => a.start.toISOString()).sort()).toEqual([
      '2027-03-15T15:00:00.000Z',
      '2027-03-16T15:00:00.000Z',
    ]);
    expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(2);
  });

  it('a nickname in brackets is the same person: Smith, John (Jack) and Smith, John', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Smith, John (Jack)",02/11/1966',
      '03/16/2027,8:00 AM,"Smith, John",02/11/1966',
    ]);
    if (held(r)) return;
    expect(distinct(pidsOf(r, 'smith'))).toBe(1);
  });

  it('father and son of one name, other birth dates, are two patients', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Smith, John",02/11/1966',
      '03/15/2027,9:30 AM,"Smith, John",04/03/1995',
    ]);
    if (held(r)) return;
    expect(pid(r, EIGHT)).not.toBe(pid(r, NINE30));
  });

  it('Baby Boy Smith and Baby Girl Smith (twins, one birth date) are two patients', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Smith, Baby Boy",11/20/2026',
      '03/15/2027,8:00 AM,"Smith, Baby Girl",11/20/2026',
      '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958',
    ]);
    newbornsApart(r);
  });

  it('Baby Boy A Smith and Baby Boy B Smith (twin boys) are two patients', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Smith, Baby Boy A",11/20/2026',
      '03/15/2027,8:00 AM,"Smith, Baby Boy B",11/20/2026',
      '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958',
    ]);
    newbornsApart(r);
  });

  it('Twin A / Twin B with no other name part are two appointments, never one', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Smith, Twin A",11/20/2026',
      '03/15/2027,8:00 AM,"Smith, Twin B",11/20/2026',
      '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958',
    ]);
    newbornsApart(r);
  });

  it('Infant of Maria Garcia is never sent as Maria Garcia', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Infant of Maria Garcia",11/20/2026',
      '03/15/2027,9:30 AM,"Garcia, Maria",02/11/1990',
    ]);
    if (held(r)) return;
    for (const a of at(r, EIGHT)) expect(a.patient.firstName.toLowerCase()).not.toBe('maria');
  });

  it('two unnamed newborns (Baby Garcia) of one mother and day are never one appointment', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider',
      '03/15/2027,8:00 AM,"Garcia, Baby",11/20/2026,Dr. Lee',
      '03/15/2027,8:00 AM,"Garcia, Baby",11/20/2026,Dr. Lee',
      '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958,Dr. Lee',
    ]);
    identitySound(r);
    // Two rows alike in everything: one appointment sent once is what the file can prove; twins it
    // cannot tell apart. Sent as two under one id would be one shown for two.
    if (held(r)) return;
    expect(at(r, EIGHT).length).toBeLessThanOrEqual(1);
  });

  it('Test, Patient and ZZZTEST rows are not sent as patients', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Test, Patient",01/01/1980',
      '03/15/2027,9:30 AM,"Zzztest, Mary",01/01/1980',
      '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958',
    ]);
    if (held(r)) return;
    expect(at(r, TEN).length).toBe(1);
    expect(r.appointments.map((a) => `${a.patient.lastName}`.toLowerCase())).not.toContain('zzztest');
    expect(
      r.appointments.map((a) => `${a.patient.lastName},${a.patient.firstName}`.toLowerCase()),
    ).not.toContain('test,patient');
  });

  it('one name and birth date under two Patient IDs: two ids kept as the export gives them', async () => {
    // Two charts for one person is the practice's to merge; the ids are the export's own, and each
    // appointment keeps its own id: nothing is merged or split by the importer.
    const r = await run([
      'Appt ID,Date,Time,Patient ID,Patient,DOB',
      '5501,03/15/2027,8:00 AM,P-100,"Garcia, Elena",02/11/1966',
      '5502,03/16/2027,8:00 AM,P-200,"Garcia, Elena",02/11/1966',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(r.appointments.map((a) => a.appointmentId).sort()).toEqual(['5501', '5502']);
  });

  it('a name blank of its birth date on one row is not a second patient of the same name', async () => {
    const r = await run([
      'Date,Time,Patient,DOB',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966',
      '03/16/2027,8:00 AM,"Garcia, Elena",',
      '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958',
    ]);
    if (held(r)) return;
    // Sent under a patient made from the name alone, Elena Garcia would be two patients.
    expect(distinct(pidsOf(r, 'garcia'))).toBeLessThanOrEqual(1);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. One visit on several rows; two visits on one id
// ---------------------------------------------------------------------------------------------
describe('4. one visit written several times, and a reschedule under one id', () => {
  it('the same appointment once per reminder (SMS, e-mail) goes once', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Reminder',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,SMS',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Email',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,SMS',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(distinct(at(r, EIGHT).map((a) => a.appointmentId))).toBe(1);
  });

  it('the same appointment once per reminder with no id column goes under one id', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider,Reminder Type',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Text',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Voice',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Text',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(distinct(at(r, EIGHT).map((a) => a.appointmentId))).toBe(1);
  });

  it('a provider and a room at one minute for one patient, no id column: one appointment, or held', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Resource',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Room 2',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(distinct(at(r, EIGHT).map((a) => a.appointmentId))).toBe(1);
  });

  it('a doctor and a hygienist at one minute under one Appt ID: one appointment, or held', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Provider',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,"Lee, Anna DDS"',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,"Park, June RDH"',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,"Lee, Anna DDS"',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(at(r, EIGHT).length).toBeLessThanOrEqual(1);
  });

  it("FAULT: one patient, provider and start at two offices, no id column: held, never sent at the last row's", async () => {
    // One derived id for both rows (the id is made from patient, provider and day): sent, the
    // portal had shown North Clinic, the last row's, whichever office the patient is booked at.
    const r = await run([
      'Date,Time,Patient,DOB,Provider,Location',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Main St Clinic',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,North Clinic',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Main St Clinic',
    ]);
    expect(held(r)).toBe(true);
    expect(r.summary.doubts.map((d) => d.check)).toContain('location-split');
  });

  it('one appointment at two offices, answered once: the file then goes, the last row deciding', async () => {
    const head = 'Date,Time,Patient,DOB,Provider,Location';
    const lines = [
      head,
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Main St Clinic',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,North Clinic',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Main St Clinic',
    ];
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        location: 'Location',
      },
      head.split(','),
    );
    const file = files.write(lines);
    expect((await collect(file, { ...la, profile })).summary.doubts.map((d) => d.check)).toEqual([
      'location-split',
    ]);
    await answerOn(profile, file, la);
    const r = await collect(files.write(lines), { ...la, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(at(r, EIGHT).at(-1)?.location).toBe('North Clinic');
  });

  it('FAULT: one Appt ID on two rows naming two offices is held', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Provider,Location',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Main St Clinic',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,North Clinic',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Main St Clinic',
    ]);
    expect(held(r)).toBe(true);
    expect(r.summary.doubts.map((d) => d.check)).toContain('location-split');
  });

  it('one visit on two rows at one office (a row per procedure) goes, with no question', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Provider,Location,Procedure',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Main St Clinic,Office visit',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Main St Clinic,ECG',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,North Clinic,Office visit',
    ]);
    expect(held(r)).toBe(false);
    expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(2);
    expect(at(r, EIGHT).map((a) => a.location)).toContain('Main St Clinic');
  });

  it('two rows of one visit in two rooms of one office (Op 1, Op 2) go once, with no question', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider,Room',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Op 1',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Op 2',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Op 1',
    ]);
    expect(held(r)).toBe(false);
    expect(distinct(at(r, EIGHT).map((a) => a.appointmentId))).toBe(1);
  });

  it('a family at one start at two offices is two appointments, nothing asked of the offices', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider,Location',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Main St Clinic',
      '03/15/2027,8:00 AM,"Garcia, Tomas",04/03/2015,Dr. Kim,North Clinic',
    ]);
    expect(r.summary.doubts.map((d) => d.check)).not.toContain('location-split');
    if (held(r)) return;
    expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(2);
  });

  it('one patient at one start under two ids (a row per resource) is held', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Provider',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
      '5509,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Room 2',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee',
    ]);
    expect(held(r)).toBe(true);
  });

  it('a reschedule as a cancelled row and a new row under one id is never sent as cancelled', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Status',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Scheduled',
      '5501,03/12/2027,8:00 AM,"Garcia, Elena",02/11/1966,Cancelled',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Scheduled',
    ]);
    if (held(r)) return;
    // Whichever row came last would decide: the visit at 15 March would be cancelled on the portal.
    const last = r.appointments.filter((a) => a.appointmentId === '5501').at(-1);
    expect(last?.status).not.toBe('CANCEL');
  });

  it('a booked and a cancelled row at one start with no id column is held', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider,Status',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Scheduled',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Cancelled',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Scheduled',
    ]);
    expect(held(r)).toBe(true);
  });

  it('one id at two starts, both booked (a status history of a moved visit) is held', async () => {
    const r = await run([
      'Appt ID,Date,Time,Patient,DOB,Status',
      '5501,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Scheduled',
      '5501,03/15/2027,10:00 AM,"Garcia, Elena",02/11/1966,Scheduled',
      '5502,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Scheduled',
    ]);
    identitySound(r);
  });

  it('two visits of one patient on one day with one provider get two ids', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
      '03/15/2027,10:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
    ]);
    expect(held(r)).toBe(false);
    expect(distinct(r.appointments.map((a) => a.appointmentId))).toBe(2);
  });

  it('two procedures of one visit under no id column, one provider: one appointment', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Provider,Procedure',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Office visit',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,ECG',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Office visit',
    ]);
    identitySound(r);
    if (held(r)) return;
    expect(distinct(at(r, EIGHT).map((a) => a.appointmentId))).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Derived ids from one export to the next
// ---------------------------------------------------------------------------------------------
/** Each appointment's id by its start and last name: what must stay alike from one export to the next. */
const idsByVisit = (r: Result): Record<string, string> =>
  Object.fromEntries(
    r.appointments.map((a) => [
      `${a.start.toISOString()} ${a.patient.lastName.toLowerCase()}`,
      a.appointmentId,
    ]),
  );
const patientsByVisit = (r: Result): Record<string, string> =>
  Object.fromEntries(
    r.appointments.map((a) => [
      `${a.start.toISOString()} ${a.patient.lastName.toLowerCase()}`,
      a.patient.patientId,
    ]),
  );

const BASE = [
  'Date,Time,Patient,DOB,Provider',
  '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
  '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee',
  '03/15/2027,10:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
];

describe('5. derived ids stay the same for the same appointment', () => {
  it('columns renamed (Patient Name, Birth Date, Doctor): the same ids', async () => {
    const a = await run(BASE);
    const b = await run(['Appt Date,Appt Time,Patient Name,Birth Date,Doctor', ...BASE.slice(1)]);
    expect(held(a) || held(b)).toBe(false);
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
  });

  it('columns moved: the same ids', async () => {
    const a = await run(BASE);
    const b = await run([
      'Provider,Patient,DOB,Date,Time',
      'Dr. Lee,"Garcia, Elena",02/11/1966,03/15/2027,8:00 AM',
      'Dr. Lee,"Brown, Peter",07/23/1958,03/15/2027,9:30 AM',
      'Dr. Lee,"Garcia, Elena",02/11/1966,03/15/2027,10:00 AM',
    ]);
    expect(held(b)).toBe(false);
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
  });

  it('a column added (Reason, Phone): the same ids', async () => {
    const a = await run(BASE);
    const b = await run([
      'Date,Time,Patient,DOB,Provider,Reason,Phone',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Follow-up,(555) 201-3344',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Physical,(555) 877-1200',
      '03/15/2027,10:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Labs,(555) 201-3344',
    ]);
    expect(held(b)).toBe(false);
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
  });

  it('the name split into Last Name / First Name columns: the same ids', async () => {
    const a = await run(BASE);
    const b = await run([
      'Date,Time,Last Name,First Name,DOB,Provider',
      '03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee',
      '03/15/2027,9:30 AM,Brown,Peter,07/23/1958,Dr. Lee',
      '03/15/2027,10:00 AM,Garcia,Elena,02/11/1966,Dr. Lee',
    ]);
    expect(held(b)).toBe(false);
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
    expect(patientsByVisit(b)).toEqual(patientsByVisit(a));
  });

  it('names written first name first in the next export: the same ids', async () => {
    const a = await run(BASE);
    const b = await run([
      'Date,Time,Patient,DOB,Provider',
      '03/15/2027,8:00 AM,Elena Garcia,02/11/1966,Dr. Lee',
      '03/15/2027,9:30 AM,Peter Brown,07/23/1958,Dr. Lee',
      '03/15/2027,10:00 AM,Elena Garcia,02/11/1966,Dr. Lee',
    ]);
    if (held(b)) return;
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
  });

  it('names in capitals in the next export: the same ids', async () => {
    const a = await run(BASE);
    const b = await run(BASE.map((l, i) => (i === 0 ? l : l.replace(/"[^"]+"/, (m) => m.toUpperCase()))));
    expect(held(b)).toBe(false);
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
  });

  it('the birth date written as 1966-02-11 in the next export: the same ids', async () => {
    const a = await run(BASE);
    const b = await run([
      'Date,Time,Patient,DOB,Provider',
      '03/15/2027,8:00 AM,"Garcia, Elena",1966-02-11,Dr. Lee',
      '03/15/2027,9:30 AM,"Brown, Peter",1958-07-23,Dr. Lee',
      '03/15/2027,10:00 AM,"Garcia, Elena",1966-02-11,Dr. Lee',
    ]);
    expect(held(b)).toBe(false);
    expect(idsByVisit(b)).toEqual(idsByVisit(a));
  });

  // Known gap (left, see the report): slots are numbered in file order, so a patient's two visits
  // of one day listed in the other order swap ids. The portal ends right (two UPDATEs that swap the
  // starts back: test/engine/redteam-round-49d-ledger.test.ts); the same two ids are used.
  it('rows sorted by patient, not time, in the next export: the same ids, none new', async () => {
    const a = await run(BASE);
    const b = await run([
      'Date,Time,Patient,DOB,Provider',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee',
      '03/15/2027,10:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee',
    ]);
    if (held(b)) return;
    expect(Object.values(idsByVisit(b)).sort()).toEqual(Object.values(idsByVisit(a)).sort());
    expect(idsByVisit(b)[`${NINE30} brown`]).toBe(idsByVisit(a)[`${NINE30} brown`]);
  });
});
