// Appointment lists of English-speaking practices outside the US from systems the connector had
// not met (Vision in the UK, Socrates in Ireland, a Singapore clinic): each once misread or held
// on a column that merely looked like something, each beside its neighbour that must stay as it
// was. Expected values worked out by hand from the lines below; the practice's zone is the
// country's.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { splitName } from '../../../main/import/map/names.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';
import { exportFiles } from '../trust/export-files.ts';
import { collect, startsAndNames as summaryOf } from './support.ts';

const files = exportFiles('english-abroad');

describe('a UK GP list: the title after the given name, the book owner', () => {
  const VISION = [
    'Session,Date,Time,Patient Name,NHS Number,Date of Birth,Slot Type,Book Owner,Status',
    'Morning Surgery,01/03/2027,08:30,"ROBERTS, Gareth Mr",485 777 3456,04/05/1962,Normal,Dr A Khan,Seen',
    'Morning Surgery,01/03/2027,08:40,"HUSSAIN, Amira Mrs",943 476 5919,11/10/1988,Normal,Dr A Khan,DNA',
    'Nurse Clinic,02/03/2027,14:00,"BLAKE, Chloe Miss",401 023 2137,07/08/1991,Bloods,Nurse J Price,Cancelled by Patient',
  ];

  it("'SURNAME, Forename Title' goes without the title, and the book owner is the provider", async () => {
    // The given names had gone as 'Gareth Mr', 'Amira Mrs'; the provider as Unassigned.
    const r = await collect(files.write(VISION), { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    // London is on GMT (UTC+0) in early March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-01T08:30:00.000Z', 'Gareth', 'Roberts', '1962-05-04'],
      ['NEW', '2027-03-01T08:40:00.000Z', 'Amira', 'Hussain', '1988-10-11'],
      ['CANCEL', '2027-03-02T14:00:00.000Z', 'Chloe', 'Blake', '1991-08-07'],
    ]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'Dr A Khan',
      'Dr A Khan',
      'Nurse J Price',
    ]);
  });

  it('only a courtesy title after a given name is dropped', () => {
    expect(splitName('Smith, John Dr')).toMatchObject({ first: 'John', last: 'Smith' });
    expect(splitName('Jones, Ann Marie Ms.')).toMatchObject({ first: 'Ann Marie', last: 'Jones' });
    // a middle name stays a middle name, a suffix-like word or a name that only ends like one stays
    expect(splitName('Dean, Mary Master')).toMatchObject({ first: 'Mary', last: 'Dean' });
    expect(splitName('Price, Tomos')).toMatchObject({ first: 'Tomos', last: 'Price' });
    expect(splitName('Mister, Miss')).toMatchObject({ first: 'Miss', last: 'Mister' });
  });

  it("'Book Owner' and 'Diary Owner' read as the provider; the owner of a pet or account does not", () => {
    expect(headerScore('providerName', headerConcepts('Book Owner'))).toBeGreaterThan(0.5);
    expect(headerScore('providerName', headerConcepts('Diary Owner'))).toBeGreaterThan(0.5);
    expect(headerScore('providerName', headerConcepts('Account Owner'))).toBe(0);
  });
});

describe('an Irish GP list: the GMS (medical card) number is no appointment id', () => {
  it('a Socrates-style list goes with derived ids, never the GMS number', async () => {
    // 'GMS No' had been asked about as the appointment id (A123456 beside empty cells).
    const r = await collect(
      files.write([
        'Appt Date,Time,Surname,Forename,DOB,PPSN,GMS No,Doctor,Appt Type,Status',
        '01/03/2027,09:00,Ó Briain,Seán,14/02/1955,1234567T,A123456,Dr Ní Bhriain,Consultation,Attended',
        '01/03/2027,09:15,FITZGERALD,AOIFE,03/07/1992,7654321WA,,Dr Ní Bhriain,Consultation,DNA',
        '29/03/2027,11:00,McCarthy,Conor,22/11/1983,2345678K,B998877,Dr Byrne,Vaccination,Cancelled',
      ]),
      { timeZone: 'Europe/Dublin' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Dublin: GMT in early March, IST (UTC+1) from 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-01T09:00:00.000Z', 'Seán', 'Ó Briain', '1955-02-14'],
      ['NEW', '2027-03-01T09:15:00.000Z', 'Aoife', 'Fitzgerald', '1992-07-03'],
      ['CANCEL', '2027-03-29T10:00:00.000Z', 'Conor', 'McCarthy', '1983-11-22'],
    ]);
    for (const a of r.appointments) {
      expect(a.appointmentId).not.toMatch(/^[ABC]\d{6}$/);
      expect(a.patient.patientId).not.toMatch(/^[ABC]\d{6}$|^\d{7}[A-Z]/);
    }
  });

  it('a GMS or medical card number header reads as a scheme number, an appointment number still as the id', () => {
    for (const h of ['GMS No', 'GMS Number', 'GMS #', 'Medical Card No', 'Medical Card Number'])
      expect(headerScore('appointmentId', headerConcepts(h)), h).toBe(0);
    expect(headerScore('appointmentId', headerConcepts('Appt No'))).toBeGreaterThan(0.5);
  });
});

describe('a Singapore clinic list: names family name first', () => {
  const LIST = [
    'Visit Date,Appt Time,Patient Name,NRIC/FIN,Date of Birth,Doctor,Branch,Appointment Status',
    '01-Mar-2027,09:30 AM,TAN AH KOW,S1234567D,12-Jan-1958,Dr Lim Wei Ming,Tampines,Confirmed',
    '02-Mar-2027,02:00 PM,WONG MEI LING,F1234567N,20-Dec-1990,Dr Chua,Bedok,Arrived',
  ];

  it('names in capitals without a comma are asked about (they had gone as Tan Kow, Wong Ling)', async () => {
    const r = await collect(files.write(LIST), { timeZone: 'Asia/Singapore' });
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]!.message).toContain('family name first (Asia/Singapore)');
    expect(r.summary.doubts[0]!.message).toContain('Tan Wei Ming would go as first name Tan');
  });

  it('the same names with a comma go: the comma says which is the family name', async () => {
    const lines = LIST.map((l) =>
      l.replace('TAN AH KOW', '"TAN, AH KOW"').replace('WONG MEI LING', '"WONG, MEI LING"'),
    );
    const r = await collect(files.write(lines), { timeZone: 'Asia/Singapore' });
    expect(r.summary.doubts).toEqual([]);
    // Singapore is UTC+8 all year
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-01T01:30:00.000Z', 'Ah Kow', 'Tan', '1958-01-12'],
      ['NEW', '2027-03-02T06:00:00.000Z', 'Mei Ling', 'Wong', '1990-12-20'],
    ]);
  });
});

describe("an NHS trust's outpatient clinic list", () => {
  const FIXTURE = path.resolve('test/fixtures/false-holds/nhs-outpatient-clinic-list.csv');

  it("goes: 'Clinic Date', '0900hrs', 'D.O.B.' and the hospital number read", async () => {
    // It had been held four ways: no start time, D.O.B. and Clinic Date unsure, Hospital No. as
    // the appointment id.
    const r = await collect(FIXTURE, { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    // GMT until 28 March 2027, BST (UTC+1) after; births 19xx (20xx would be after the visit)
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-01T09:00:00.000Z', 'Bethan', 'Jones', '1958-06-17'],
      ['NEW', '2027-03-01T09:20:00.000Z', 'Oliver', 'Smith', '1981-02-02'],
      ['CANCEL', '2027-03-01T09:40:00.000Z', 'Zara', 'Khan', '1999-11-11'],
      ['NEW', '2027-03-29T13:00:00.000Z', 'Bethan', 'Jones', '1958-06-17'],
    ]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual([
      'H123456',
      'H234567',
      'H345678',
      'H123456',
    ]);
  });

  it("with the NHS number beside the hospital number, the trust's own number is the patient id", async () => {
    // Both had read as the patient id and been asked about; the record number the trust's own
    // system keys its patients by wins over the national number (header-words.ts, 'national').
    const lines = fs.readFileSync(FIXTURE, 'utf8').trim().split('\n');
    const nhs = ['NHS No.', '943 476 5919', '401 023 2137', '450 557 7104', '943 476 5919'];
    const withNhs = [lines[0]!, ...lines.slice(1).map((l, i) => `${l},${nhs[i]}`)];
    const r = await collect(files.write(withNhs), { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual([
      'H123456',
      'H234567',
      'H345678',
      'H123456',
    ]);
  });

  it('four figures with an hours word are a time anywhere; four figures alone are not', () => {
    expect(parseTime('0900hrs')).toMatchObject({ ok: true, time: { hour: 9, minute: 0 } });
    expect(parseTime('1430 hrs')).toMatchObject({ ok: true, time: { hour: 14, minute: 30 } });
    expect(parseTime('0745h')).toMatchObject({ ok: true, time: { hour: 7, minute: 45 } });
    expect(parseTime('2460hrs').ok).toBe(false);
    expect(parseTime('0900').ok).toBe(false);
    expect(parseTime('0900 hours later').ok).toBe(false);
  });
});
