// Ids a spreadsheet destroyed when the export was opened and saved in Excel: a long number saved
// in scientific notation (`1.23457E+11`: 123456789012 and 123457000001 both), an id like `3-12`
// saved as the date Excel shows, `12-Mar`. Neither can be read back, so the row is refused and
// the others go. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { spreadsheetDamage } from '../../../main/import/map/damaged-ids.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('damaged-ids');
const ny = { timeZone: 'America/New_York' };

const schedule = (apptIds: string[], patientIds: string[]): string[] => [
  'Appt ID,Appt Date,Appt Time,Chart #,Patient Name,DOB,Provider,Status',
  `${apptIds[0]},2027-03-01,09:00,${patientIds[0]},"Smith, John",1970-01-02,"Lee, Anna",Scheduled`,
  `${apptIds[1]},2027-03-01,09:30,${patientIds[1]},"Jones, Mary",1980-03-04,"Lee, Anna",Scheduled`,
  `${apptIds[2]},2027-03-01,10:00,${patientIds[2]},"Brown, Alan",1990-05-06,"Lee, Anna",Scheduled`,
];

describe('which ids a spreadsheet destroyed', () => {
  it.each(['1.23457E+11', '1.23457e+11', '1E+11', '4,5678E+12', '9.87654E-05', '12-Mar', '3-Dec', '31-jan'])(
    "'%s' is",
    (id) => {
      expect(spreadsheetDamage(id)).toBeDefined();
    },
  );

  it.each([
    '123456789012',
    'SMI0042',
    '3E12',
    'E12345',
    '00123',
    '48121.00',
    '3-12',
    '12-March',
    'MAR-12',
    '32-Mar',
    '0-Mar',
  ])("'%s' is not", (id) => {
    expect(spreadsheetDamage(id)).toBeUndefined();
  });
});

describe('a row with a destroyed id is refused, the others go', () => {
  it('a chart number in scientific notation among whole ones', async () => {
    const r = await collect(
      files.write(schedule(['5001', '5002', '5003'], ['1.23457E+11', '4513', '4514'])),
      ny,
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 'Chart #', value: '1.23457E+11' });
    expect(r.errors[0]!.message).toContain('scientific notation');
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.patientId])).toEqual([
      ['5002', '4513'],
      ['5003', '4514'],
    ]);
  });

  it('appointment ids in scientific notation, each different as shown', async () => {
    const r = await collect(
      files.write(schedule(['1.23457E+11', '1.23458E+11', '5003'], ['4512', '4513', '4514'])),
      ny,
    );
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Appt ID'],
      [3, 'Appt ID'],
    ]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['5003']);
  });

  it('a chart number turned into a date', async () => {
    const r = await collect(files.write(schedule(['5001', '5002', '5003'], ['4512', '12-Mar', '4514'])), ny);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([[3, 'Chart #', '12-Mar']]);
    expect(r.errors[0]!.message).toContain('turned into a date');
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['4512', '4514']);
  });
});

describe('leading zeros a spreadsheet dropped on some rows only', () => {
  it('one patient under 00123 and 123: held, the message says the ids are one number written two ways', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Appt Date,Appt Time,MRN,Patient Name,DOB,Provider,Status',
        '5001,2027-03-01,09:00,00123,"Smith, John",1970-01-02,"Lee, Anna",Scheduled',
        '5002,2027-03-01,09:30,00124,"Jones, Mary",1980-03-04,"Lee, Anna",Scheduled',
        '5003,2027-03-02,10:00,123,"Smith, John",1970-01-02,"Lee, Anna",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toHaveLength(1);
    expect(r.summary.doubts[0]).toMatchObject({
      check: 'patient-id-per-visit',
      column: 'MRN',
      samples: ['00123', '123'],
    });
    expect(r.summary.doubts[0]!.message).toContain("'00123' and '123' on line 4");
  });

  it('two different numbers for one person keep the visit-number message', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Appt Date,Appt Time,MRN,Patient Name,DOB,Provider,Status',
        '5001,2027-03-01,09:00,7001,"Smith, John",1970-01-02,"Lee, Anna",Scheduled',
        '5003,2027-03-02,10:00,7002,"Smith, John",1970-01-02,"Lee, Anna",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts.map((d) => [d.check, d.samples])).toEqual([['patient-id-per-visit', []]]);
    expect(r.summary.doubts[0]!.message).toContain('a visit, claim or account number?');
  });
});
