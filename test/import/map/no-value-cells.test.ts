// Cells that stand in for no value: SQL Server Management Studio's "Save Results As" writes `NULL`,
// pandas' astype(str) `nan`, `NaT` and `None` (pandas issues #25353, #44156), people `N/A` and `-`.
// Read as values they went to the portal as a provider called "Null", a location "NULL", a patient
// id "N/A"; a status `#N/A` read as OpenEMR's `#` symbol went as booked; a time-only field exported
// on the OLE zero day (`1899-12-30 13:00`) had no appointment day. Expected values by hand.
import fs from 'node:fs';
import path from 'node:path';
import { collect, tempDir } from '../convert/support.ts';
import { isNoValue, readsAsEmpty } from '../../../main/import/map/no-value.ts';

const NY = { timeZone: 'America/New_York' };

function write(name: string, lines: string[]): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

describe('readsAsEmpty', () => {
  it('reads the programs’ and people’s stand-ins for no value as empty', () => {
    for (const v of ['NULL', 'null', '(null)', '<NULL>', 'N/A', 'n/a', 'None', 'none', 'nan', 'NaN', 'NaT'])
      expect(readsAsEmpty(v), v).toBe(true);
    for (const v of [
      'undefined',
      '-',
      '--',
      '—',
      '.',
      '?',
      '***',
      'TBD',
      'TBA',
      'Unknown',
      '(none)',
      '<none>',
      '<NA>',
    ])
      expect(readsAsEmpty(v), v).toBe(true);
  });

  it('keeps names, initials, codes, zero, a ditto mark and spreadsheet errors', () => {
    // `Null`, `Nan`, `Nat`, `Nil` and `Na` are names; `NA` a provider's initials; `0` a room or an
    // id; `"` says "as above"; `#N/A` is a failed formula, which the fields that need it refuse.
    for (const v of [
      'Null',
      'Nan',
      'NAN',
      'Nat',
      'Nil',
      'Na',
      'NA',
      '0',
      '"',
      '#N/A',
      '#REF!',
      'Lee',
      'Test',
    ])
      expect(readsAsEmpty(v), v).toBe(false);
  });

  it('a cancellation or death column still reads NA and #N/A as no value, and nothing more', () => {
    expect(isNoValue('NA')).toBe(true);
    expect(isNoValue('#N/A')).toBe(true);
    expect(isNoValue('Unknown')).toBe(false);
  });
});

describe('a SQL Server results file with NULL cells', () => {
  const file = path.resolve('test/fixtures/hazards/ssms-results-with-nulls.csv');

  it('reads NULL as the empty cell it stands for, field by field', async () => {
    const r = await collect(file, { ...NY, practiceName: 'Harbour Family Practice' });
    // 88104's PatientID is NULL where the others have one: that patient would go under an id made
    // from name and birth date, and as another patient once the chart number is filled in. Asked.
    expect(
      r.summary.doubts.map((d) => [d.check, d.column, d.message.match(/on \d+ of \d+ .*line \d+/)?.[0]]),
    ).toEqual([['patient-id-gaps', 'PatientID', 'on 1 of 4 booked appointments (the first on line 5']]);
    const byId = new Map(r.appointments.map((a) => [a.appointmentId, a]));
    expect([...byId.keys()]).toEqual(['88101', '88102', '88103', '88104']);
    // 88102: provider and type NULL → as if empty: Unassigned provider, the generic type.
    expect(byId.get('88102')!.participant).toEqual({
      type: 'PROVIDER',
      identifier: 'unassigned',
      providerName: 'Unassigned provider',
    });
    expect(byId.get('88102')!.type).toBe('APPOINTMENT');
    // 88103: location NULL → the practice's name, as for an empty location.
    expect(byId.get('88103')!.location).toBe('Harbour Family Practice');
    // 88104: patient id NULL → (once confirmed) an id made from the patient, never "NULL".
    expect(byId.get('88104')!.patient.patientId).toMatch(/^P-[0-9a-f]+$/);
    // March 4 2027 is EST (UTC-5): 09:00 → 14:00Z.
    expect(byId.get('88101')!.start.toISOString()).toBe('2027-03-04T14:00:00.000Z');
    expect(byId.get('88101')!.participant.providerName).toBe('Anna Lee');
  });

  it('NULL in a required field is that field left empty: a row error naming what the cell holds', async () => {
    const r = await collect(file, NY);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [6, 'FirstName', 'NULL NULL'],
      [7, 'BirthDate', 'NULL'],
      [8, 'AppointmentStart', '1899-12-30 13:00:00.000'],
    ]);
    expect(r.errors[1]!.message).toMatch(/date of birth is empty .*NULL/);
    expect(r.errors[2]!.message).toMatch(/no date/);
  });
});

describe('stand-ins in a few rows of a pandas export', () => {
  const lines = [
    'appt_id,patient_id,first_name,last_name,dob,provider,appt_type,location,start',
    '501,9001,Nan,Lee,1961-02-03,Dr. Priya Nair,Follow up,East,2027-03-04 09:00:00',
    '502,9002,Min-ji,Na,1990-07-08,nan,nan,nan,2027-03-04 09:30:00',
    '503,9003,Ana,Silva,1984-11-30,None,None,East,2027-03-04 10:00:00',
    '504,9004,Omar,Haddad,NaT,Dr. Priya Nair,Follow up,East,2027-03-04 10:30:00',
  ];

  it('nan and None are empty cells; the names Nan and Na are names', async () => {
    const r = await collect(write('appointments.csv', lines), NY);
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.firstName, a.patient.lastName])).toEqual([
      ['501', 'Nan', 'Lee'],
      ['502', 'Min-ji', 'Na'],
      ['503', 'Ana', 'Silva'],
    ]);
    expect(r.appointments.map((a) => [a.participant.providerName, a.type, a.location])).toEqual([
      ['Dr. Priya Nair', 'Follow up', 'East'],
      ['Unassigned provider', 'APPOINTMENT', 'Main office'],
      ['Unassigned provider', 'APPOINTMENT', 'East'],
    ]);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([[5, 'dob']]);
  });
});

describe('a spreadsheet error where a status, a location or an id should be', () => {
  const csv = ([status, location, id]: readonly [string, string, string]) => [
    'Appt ID,Patient,DOB,Appt Date,Appt Time,Provider,Location,Status',
    '7001,"Garcia, Maria",05/12/1980,03/04/2027,9:00 AM,"Lee, Anna",North,Scheduled',
    `${id},"Nguyen, Thanh",11/02/1975,03/04/2027,9:30 AM,"Lee, Anna",${location},${status}`,
    '7003,"Brown, James",01/30/1962,03/04/2027,10:15 AM,"Lee, Anna",North,Cancelled',
  ];

  for (const [label, cells, column] of [
    ['status', ['#N/A', 'North', '7002'], 'Status'],
    ['location', ['Scheduled', '#N/A', '7002'], 'Location'],
    ['appointment id', ['Scheduled', 'North', '#REF!'], 'Appt ID'],
  ] as const) {
    it(`${label}: a row error, never booked nor left empty; the other rows go`, async () => {
      const r = await collect(write('schedule.csv', csv(cells)), NY);
      expect(r.errors.map((e) => [e.line, e.column])).toEqual([[3, column]]);
      expect(r.errors[0]!.message).toContain('spreadsheet error');
      expect(r.appointments.map((a) => [a.appointmentId, a.status])).toEqual([
        ['7001', 'NEW'],
        ['7003', 'CANCEL'],
      ]);
    });
  }
});

describe('an appointment date a database writes for "no date"', () => {
  it('1900-01-01 in the date column, 12/30/1899 with a time, the Unix epoch: row errors, no hold', async () => {
    const file = write('appointments.csv', [
      'Appt ID,Patient,DOB,Appt Date,Appt Time,Provider',
      '4410,"Garcia, Maria",05/12/1980,03/04/2027,9:00 AM,"Lee, Anna"',
      '4473,"Nguyen, Thanh",11/02/1975,1900-01-01,9:30 AM,"Lee, Anna"',
      '4502,"Brown, James",01/30/1962,03/04/2027,10:15 AM,"Lee, Anna"',
    ]);
    const r = await collect(file, NY);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[3, 'Appt Date', '1900-01-01']]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['4410', '4502']);

    const one = write('one-column.csv', [
      'Appt ID,Patient,DOB,Appointment Start,Provider',
      '4410,"Garcia, Maria",05/12/1980,03/04/2027 9:00:00 AM,"Lee, Anna"',
      '4473,"Nguyen, Thanh",11/02/1975,12/30/1899 9:30:00 AM,"Lee, Anna"',
      '4502,"Brown, James",01/30/1962,1970-01-01T00:00:00Z,"Lee, Anna"',
      '4519,"Okafor, Chidi",04/18/1979,03/04/2027 10:15:00 AM,"Lee, Anna"',
    ]);
    const s = await collect(one, NY);
    // Neither 1899 nor 1970 is sent, and the epoch's midnight holds nothing: its row is refused.
    expect(s.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Appointment Start'],
      [4, 'Appointment Start'],
    ]);
    expect(s.summary.doubts).toEqual([]);
    expect(s.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-04T14:00:00.000Z',
      '2027-03-04T15:15:00.000Z',
    ]);
  });
});
