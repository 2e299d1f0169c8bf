// Red-team probes (fourth round) against patient names and the ids made from them or read beside
// them: particles and hyphens, credentials and guardians, middle initials, suffixes, twins' numbers,
// names in one column and in two, and patient-id columns (leading zeros, letters, MRN beside an
// account, a patient id that is the appointment id, one person under two ids). Each file is small
// and modelled on a real export's shape; the outcome was worked out by hand before the probe ran. A
// probe whose name starts with FAULT was a wrong send before its fix; the others guard a rule that
// held. Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time from 14 March
// 2027 (UTC-7), so 9:30 AM there is 16:30 UTC.
import { describe, expect, it } from 'vitest';
import { guardianInName } from '../../../main/import/map/guardian-names.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-patient-names-4');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const la = { timeZone: 'America/Los_Angeles' };

const ONE = 'Date,Time,Patient,DOB,Provider,Status';
const OTHERS = [
  '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed',
  '03/15/2027,8:15 AM,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed',
  '03/15/2027,8:45 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,Confirmed',
];
/** A one-column list of comma names with the probe's cell on line 5, at 9:30 on the Monday. */
const oneColumn = (cell: string): Promise<Result> =>
  collect(files.write([ONE, ...OTHERS, `03/15/2027,9:30 AM,"${cell}",04/02/1981,Dr. Ames,Confirmed`]), la);
const TWO = 'Date,Time,Last Name,First Name,DOB,Provider,Status';
const twoColumns = (last: string, first: string): Promise<Result> =>
  collect(
    files.write([
      TWO,
      '03/15/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Ames,Confirmed',
      '03/15/2027,8:15 AM,Brown,Peter,07/23/1958,Dr. Ames,Confirmed',
      `03/15/2027,9:30 AM,${last},${first},04/02/1981,Dr. Ames,Confirmed`,
    ]),
    la,
  );
/** The probe row's appointment (the one at 16:30 UTC), or undefined when it was not sent. */
const probeRow = (r: Result) =>
  r.appointments.find((a) => a.start.toISOString() === '2027-03-15T16:30:00.000Z');
const errorOn = (r: Result, line: number) => r.errors.find((e) => e.line === line);

describe('1. names that go as written, in one column', () => {
  it.each([
    ['van der Berg, Anna', 'van der Berg', 'Anna'],
    ['Anna van der Berg', 'van der Berg', 'Anna'],
    ['de la Cruz, Maria', 'de la Cruz', 'Maria'],
    ['Maria de la Cruz', 'de la Cruz', 'Maria'],
    ['Ahmad bin Ismail', 'bin Ismail', 'Ahmad'],
    ['MCDONALD, SEAN', 'McDonald', 'Sean'],
    ['Mc Donald, Sean', 'Mc Donald', 'Sean'],
    ["O'Brien, Pat", "O'Brien", 'Pat'],
    ['St. John, Mary', 'St. John', 'Mary'],
    ['Smith-Jones, Amy', 'Smith-Jones', 'Amy'],
    // A middle initial is no part of the first name sent, with or without its dot.
    ['Smith, John A', 'Smith', 'John'],
    ['Smith, John A.', 'Smith', 'John'],
    ['Smith, Mary Ann', 'Smith', 'Mary Ann'],
    // Suffixes and titles are left out wherever they stand.
    ['SMITH JR, JOHN', 'Smith', 'John'],
    ['Smith, John Jr.', 'Smith', 'John'],
    ['John Smith III', 'Smith', 'John'],
    ['Dr. John Smith', 'Smith', 'John'],
    ['Smith, John (Johnny)', 'Smith', 'John'],
    ['Smith,John', 'Smith', 'John'],
    // A parent named as a bracketed label is a note beside the patient's name.
    ['Smith, Tommy (Guardian: Mary)', 'Smith', 'Tommy'],
  ])('%s goes as %s, %s', async (cell, last, first) => {
    const r = await oneColumn(cell);
    expect(held(r)).toBe(false);
    const a = probeRow(r);
    expect([a?.patient.lastName, a?.patient.firstName]).toEqual([last, first]);
  });
  it('the same person with and without a middle initial is one made-up patient id', async () => {
    const r = await collect(
      files.write([
        ONE,
        '03/15/2027,8:00 AM,"Smith, John A",04/02/1981,Dr. Ames,Confirmed',
        '03/16/2027,8:30 AM,"Smith, John",04/02/1981,Dr. Ames,Confirmed',
        '03/15/2027,9:00 AM,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed',
      ]),
      la,
    );
    const ids = r.appointments.filter((a) => a.patient.lastName === 'Smith').map((a) => a.patient.patientId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });
});

describe('2. names that are more than one patient’s name: refused rows', () => {
  it.each([
    // Credentials after a patient's name (a clinician booked as a patient, or a typed note).
    ['Smith, John MD'],
    ['Smith, Jane RN'],
    ['Jane Smith RN'],
    ['Smith, John MD PhD'],
    ['Mary Smith-Jones MD'],
    ['Smith, John & Mary'],
    ['Smith, John - NEW PT'],
    ['Cher'],
    ['Smith, Mary 2'],
    ['Smith, Tommy c/o Mary Smith'],
  ])('%s is a row error, never sent', async (cell) => {
    const r = await oneColumn(cell);
    expect(probeRow(r)).toBeUndefined();
    expect(errorOn(r, 5)).toBeDefined();
  });
  // A parent or guardian named in the cell: whose visit it is, is not said. These went as last
  // name `Parent of Smith`, first name `Mary for Tommy`, first name Tommy (the relation dropped as
  // a bracketed note), or (held for the name order) first name Mother.
  it.each([
    ['Parent of Smith, Tommy', 'Parent of'],
    ['Smith, Mary for Tommy', 'for'],
    ['Smith, Mary (Mother of Tommy)', 'Mother of'],
    ['Mother of Tommy Smith', 'Mother of'],
    ['Smith, Tommy (Parent of)', 'Parent of'],
  ])('FAULT: %s is a row error naming %s', async (cell, word) => {
    const r = await oneColumn(cell);
    expect(probeRow(r)).toBeUndefined();
    expect(errorOn(r, 5)?.message).toContain(`('${word}')`);
    expect(held(r)).toBe(false);
  });
  it('FAULT: a twin’s number between the names (Mary 2 Smith) is refused when the patient id is made up', async () => {
    // Sent as Mary Smith, twin 2 and twin 1 (`Mary 1 Smith`, here or in the next file) were one
    // patient id made from name and birth date.
    const lines = [
      'Date,Time,Patient,DOB,Provider,Status',
      '03/15/2027,8:30 AM,Mary 2 Smith,04/02/2015,Dr. Ames,Confirmed',
      '03/15/2027,9:00 AM,Peter Brown,07/23/1958,Dr. Ames,Confirmed',
      '03/15/2027,9:30 AM,Linh Nguyen,12/01/1990,Dr. Ames,Confirmed',
      '03/15/2027,9:45 AM,Elena Garcia,02/11/1966,Dr. Ames,Confirmed',
    ];
    const r = await collect(files.write(lines), la);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Brown', 'Nguyen', 'Garcia']);
    expect(errorOn(r, 2)?.message).toContain("('2')");
    // With the practice's own patient id each twin is apart: the row goes, as Mary Smith.
    const withIds = lines.map((l, i) => (i === 0 ? `Chart #,${l}` : `${7700 + i},${l}`));
    const s = await collect(files.write(withIds), la);
    expect(s.errors).toEqual([]);
    expect(s.appointments[0]?.patient).toMatchObject({
      patientId: '7701',
      firstName: 'Mary',
      lastName: 'Smith',
    });
  });
  it.each([
    ['Parent of Smith, Tommy', 'Parent of'],
    ['Legal guardian of Ann', 'guardian of'],
    ['Smith, Tommy C/O Mary', 'C/O'],
    ['Lee, Ann care of Bo Lee', 'care of'],
    ['Smith, Tommy', undefined],
    ['Offord, Francesca', undefined],
    ['Forde, Clifford', undefined],
    ['Fortune, Ofelia', undefined],
    ['Motherwell, Ann', undefined],
  ])('guardianInName(%s) is %s', (cell, want) => {
    expect(guardianInName(cell)).toBe(want);
  });
});

describe('3. names the file leaves unsure: held', () => {
  it.each([
    // A word in capitals first where the others are comma names: family name first or not.
    ['SMITH Jr John'],
    ['DE LA CRUZ MARIA'],
    // A name without a comma in a list of comma names may be family name first.
    ['Amy Smith-Jones'],
    ['Sam (Samantha) Smith'],
  ])('%s holds the file', async (cell) => {
    expect(held(await oneColumn(cell))).toBe(true);
  });
});

describe('4. names in two columns', () => {
  it.each([
    ['Smith Jr', 'John', 'Smith', 'John'],
    ['Smith', 'John Jr', 'Smith', 'John'],
    ['van der Berg', 'Anna', 'van der Berg', 'Anna'],
    ['SMITH', 'JOHN', 'Smith', 'John'],
  ])('%s | %s goes as %s, %s', async (l, f, last, first) => {
    const r = await twoColumns(l, f);
    expect(held(r)).toBe(false);
    const a = probeRow(r);
    expect([a?.patient.lastName, a?.patient.firstName]).toEqual([last, first]);
  });
  it.each([
    ['Smith', 'John MD'],
    ['Smith', 'Mary 2'],
    ['Smith', '2'],
  ])('%s | %s is a row error', async (l, f) => {
    const r = await twoColumns(l, f);
    expect(probeRow(r)).toBeUndefined();
    expect(errorOn(r, 4)).toBeDefined();
  });
  it.each([
    ['Smith', 'Parent of Tommy', 'firstName'],
    ['Parent of Smith', 'Tommy', 'lastName'],
  ])('FAULT: %s | %s is a row error on the %s', async (l, f, field) => {
    const r = await twoColumns(l, f);
    expect(probeRow(r)).toBeUndefined();
    expect(errorOn(r, 4)?.field).toBe(field);
  });
});

describe('4b. a middle initial in the first-name column', () => {
  const twoRows = (a: string, b: string, dobB = '04/02/1981') =>
    collect(
      files.write([
        TWO,
        `03/15/2027,8:00 AM,Smith,${a},04/02/1981,Dr. Ames,Confirmed`,
        `03/16/2027,8:30 AM,Smith,${b},${dobB},Dr. Ames,Confirmed`,
        '03/15/2027,9:00 AM,Brown,Peter,07/23/1958,Dr. Ames,Confirmed',
      ]),
      la,
    );
  it('FAULT: John A and John of one birth date are one made-up patient id, first name John', async () => {
    // `John A` kept whole made a patient id apart from plain `John`'s: one person, two portal patients.
    const r = await twoRows('John A', 'John');
    const smiths = r.appointments.filter((a) => a.patient.lastName === 'Smith');
    expect(smiths.map((a) => a.patient.firstName)).toEqual(['John', 'John']);
    expect(smiths[0]!.patient.patientId).toBe(smiths[1]!.patient.patientId);
    expect(held(r)).toBe(false);
  });
  it('John A and John B of one birth date are told apart by the initial alone: held (twins)', async () => {
    expect(held(await twoRows('John A', 'John B.'))).toBe(true);
  });
  it('with other birth dates they are two people and go', async () => {
    const r = await twoRows('John A', 'John B', '04/02/1985');
    expect(held(r)).toBe(false);
    const ids = r.appointments.filter((a) => a.patient.lastName === 'Smith').map((a) => a.patient.patientId);
    expect(new Set(ids).size).toBe(2);
  });
  it.each([
    ['J', 'J'],
    ['AJ', 'AJ'],
    ['Mary Ann', 'Mary Ann'],
  ])('%s stays %s (no initial after a name)', async (f, want) => {
    const a = probeRow(await twoColumns('Smith', f));
    expect(a?.patient.firstName).toBe(want);
  });
});

describe('5. patient-id columns', () => {
  const rows = (header: string, cells: string[][]): string[] => [header, ...cells.map((c) => c.join(','))];
  const smith = (r: Result) => r.appointments.find((a) => a.patient.lastName === 'Smith');
  it.each([
    ['Patient ID', ['000457', '000458', '001210'], '001210'],
    ['Chart #', ['GAR0012', 'BRO0003', 'SMI0042'], 'SMI0042'],
  ])('%s values go as written (leading zeros and letters kept)', async (col, ids, want) => {
    const r = await collect(
      files.write(
        rows(`Date,Time,${col},Patient,DOB,Provider,Status`, [
          ['03/15/2027', '8:00 AM', ids[0]!, '"Garcia, Elena"', '02/11/1966', 'Dr. Ames', 'Confirmed'],
          ['03/15/2027', '8:30 AM', ids[1]!, '"Brown, Peter"', '07/23/1958', 'Dr. Ames', 'Confirmed'],
          ['03/15/2027', '9:00 AM', ids[2]!, '"Smith, Ann"', '04/02/1981', 'Dr. Ames', 'Confirmed'],
        ]),
      ),
      la,
    );
    expect(held(r)).toBe(false);
    expect(smith(r)?.patient.patientId).toBe(want);
  });
  it.each([
    ['Account #,MRN', ['5003', 'M102'], 'M102'],
    ['Account,Chart', ['9003', '1102'], '1102'],
    ['MRN,Acct #', ['0014', 'V9003'], '0014'],
  ])('%s: the record number is the patient id, never the account', async (cols, ids, want) => {
    const r = await collect(
      files.write([
        `Date,Time,${cols},Patient,DOB,Provider,Status`,
        `03/15/2027,8:00 AM,${cols.startsWith('MRN') ? '0012,V9001' : '9001,1100'},"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed`,
        `03/16/2027,8:00 AM,${cols.startsWith('MRN') ? '0012,V9002' : '9001,1100'},"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed`,
        `03/15/2027,8:30 AM,${cols.startsWith('MRN') ? '0013,V9004' : '9002,1101'},"Brown, Peter",07/23/1958,Dr. Ames,Confirmed`,
        `03/15/2027,9:00 AM,${ids.join(',')},"Smith, Ann",04/02/1981,Dr. Ames,Confirmed`,
      ]),
      la,
    );
    expect(held(r)).toBe(false);
    expect(smith(r)?.patient.patientId).toBe(want);
  });
  it.each([
    // A bare account may be a family's: asked.
    ['Account No', [['9001', '9002', '9003']]],
  ])('a bare %s as the only id is asked about', async (col, [ids]) => {
    const r = await collect(
      files.write([
        `Date,Time,${col},Patient,DOB,Provider,Status`,
        `03/15/2027,8:00 AM,${ids![0]},"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed`,
        `03/15/2027,8:30 AM,${ids![1]},"Brown, Peter",07/23/1958,Dr. Ames,Confirmed`,
        `03/15/2027,9:00 AM,${ids![2]},"Smith, Ann",04/02/1981,Dr. Ames,Confirmed`,
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
  it.each([
    ['SSN', ['123-45-6789', '987-65-4321']],
    ['Guarantor ID', ['300', '301']],
  ])('a %s column is never the patient id: ids are made from name and birth date', async (col, ids) => {
    const r = await collect(
      files.write([
        `Date,Time,${col},Patient,DOB,Provider,Status`,
        `03/15/2027,8:00 AM,${ids[0]},"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed`,
        `03/15/2027,8:30 AM,${ids[1]},"Brown, Peter",07/23/1958,Dr. Ames,Confirmed`,
      ]),
      la,
    );
    expect(r.appointments).toHaveLength(2);
    for (const a of r.appointments) expect(a.patient.patientId).toMatch(/^P-[0-9a-f]{12}$/);
  });
  const held4 = (header: string, body: string[]) => collect(files.write([header, ...body]), la);
  it('a patient id equal to the appointment id on every row is asked about, leading zeros aside', async () => {
    for (const [a, b] of [
      ['4001', '4002'],
      ['0004001', '0004002'],
    ]) {
      const r = await held4('Date,Time,Appt ID,Patient ID,Patient,DOB,Provider,Status', [
        `03/15/2027,8:00 AM,${a},4001,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed`,
        `03/15/2027,8:30 AM,${b},4002,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed`,
      ]);
      expect(held(r)).toBe(true);
    }
  });
  it('one row alike proves nothing: a patient id equal to its appointment id once goes', async () => {
    const r = await held4('Date,Time,Appt ID,Patient ID,Patient,DOB,Provider,Status', [
      '03/15/2027,8:00 AM,4001,4001,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed',
      '03/15/2027,8:30 AM,4002,77,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed',
    ]);
    expect(held(r)).toBe(false);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['4001', '77']);
  });
  it.each([
    // One person (name and birth date) under two ids: a visit or claim number.
    ['1002', '1003', 'Brown, Peter', '07/23/1958'],
    // One id for two people: a family's account.
    ['1002', '1002', 'Brown, Paula', '07/23/1988'],
    // One id written two ways: a spreadsheet dropped the zeros.
    ['00123', '123', 'Garcia, Elena', '02/11/1966'],
  ])('%s and %s for %s is asked about', async (first, second, name, dob) => {
    const r = await held4('Date,Time,Patient ID,Patient,DOB,Provider,Status', [
      `03/15/2027,8:00 AM,${first === '00123' ? '00123' : '1001'},"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed`,
      `03/15/2027,8:30 AM,${first === '00123' ? '00124' : first},"Brown, Peter",07/23/1958,Dr. Ames,Confirmed`,
      `03/16/2027,9:00 AM,${second},"${name}",${dob},Dr. Ames,Confirmed`,
    ]);
    expect(held(r)).toBe(true);
  });
  it('ids a spreadsheet wrote in scientific notation are refused rows', async () => {
    const r = await held4('Date,Time,Patient ID,Patient,DOB,Provider,Status', [
      '03/15/2027,8:00 AM,1.23457E+11,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed',
      '03/15/2027,8:30 AM,1.23457E+11,"Brown, Peter",07/23/1958,Dr. Ames,Confirmed',
    ]);
    expect(r.appointments).toEqual([]);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});

describe('6. one patient at one minute twice', () => {
  it('two resources under the provider column (a chair and a nurse) hold the file', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Resource,Status',
        '03/15/2027,8:30 AM,"Smith, Ann",04/02/1981,Infusion Chair 3,Confirmed',
        '03/15/2027,8:30 AM,"Smith, Ann",04/02/1981,Nurse Kelly,Confirmed',
        '03/15/2027,9:00 AM,"Brown, Peter",07/23/1958,Nurse Kelly,Confirmed',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
  it('one provider, two types at one minute: one visit, one made-up appointment id (the portal shows it once)', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Appt Type,Status',
        '03/15/2027,8:30 AM,"Smith, Ann",04/02/1981,Infusion,Chair Time,Confirmed',
        '03/15/2027,8:30 AM,"Smith, Ann",04/02/1981,Infusion,Nurse Visit,Confirmed',
        '03/15/2027,9:00 AM,"Brown, Peter",07/23/1958,Infusion,Chair Time,Confirmed',
      ]),
      la,
    );
    const ann = r.appointments.filter((a) => a.patient.lastName === 'Smith');
    expect(ann).toHaveLength(2);
    expect(ann[0]!.appointmentId).toBe(ann[1]!.appointmentId);
    expect(ann[0]!.appointmentId).toMatch(/^A-[0-9a-f]{16}$/);
  });
});
