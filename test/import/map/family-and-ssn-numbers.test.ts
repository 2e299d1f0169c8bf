// A family's or guarantor's number (`Family #`, `Household #`, `Guarantor ID`: Dentrix keeps a
// Family File per guarantor, the parent and children under one account) and a Social Security
// number written short (`SS#`, `Soc Sec #`) are never an id of the appointment nor of one patient.
// Read by their `#`, they had been asked about as the appointment id (the patients' SSNs shown as
// the samples), and a file with nothing uncertain held. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('family-and-ssn-numbers');
const NOW = new Date('2027-01-15T00:00:00Z');

const rows = (n: string[]): string[][] => [
  ['03/02/2027', '9:00 AM', n[0]!, 'Smith, John', '03/04/1972', 'Dr. Lee', 'FIRM'],
  ['03/02/2027', '10:00 AM', n[1]!, 'Grant, Alan', '12/01/1971', 'Dr. Lee', 'FIRM'],
  ['03/02/2027', '10:30 AM', n[2]!, 'Brown, Sam', '11/05/1980', 'Dr. Lee', 'FIRM'],
];
const headersWith = (h: string): string[] => [
  'Appt Date',
  'Appt Time',
  h,
  'Patient Name',
  'DOB',
  'Provider',
  'Status',
];

describe("a family's, guarantor's or Social Security number is no id of the practice's", () => {
  it.each(['Family #', 'Family ID', 'Family No', 'Household #', 'Guarantor #', 'Guarantor ID'])(
    "'%s' is neither the appointment id nor the patient id",
    (h) => {
      const r = recognizeColumns(headersWith(h), rows(['5001', '5002', '5003']), { now: NOW });
      expect(r.profile.columns.appointmentId).toBeUndefined();
      expect(r.profile.columns.patientId).toBeUndefined();
      expect(r.profile.columns.lastName).toBeUndefined();
      expect(r.unmapped).toEqual([h]);
    },
  );

  it.each(['SS#', 'SS No', 'Soc Sec #', 'Social Security Number'])("'%s' is no id at all", (h) => {
    const r = recognizeColumns(headersWith(h), rows(['123456789', '234567890', '345678901']), { now: NOW });
    expect(r.profile.columns.appointmentId).toBeUndefined();
    expect(r.profile.columns.patientId).toBeUndefined();
    expect(r.unmapped).toEqual([h]);
  });

  it('a file with a Family # goes, a parent and a child under their own made-up patient ids', async () => {
    const file = files.write([
      'Appt Date,Appt Time,Family #,Patient Name,DOB,Provider,Status',
      '03/02/2027,9:00 AM,5001,"Smith, John",03/04/1972,Dr. Lee,FIRM',
      '03/02/2027,10:00 AM,5002,"Grant, Alan",12/01/1971,Dr. Lee,FIRM',
      '03/03/2027,9:30 AM,5001,"Smith, Emma",11/21/2012,Dr. Lee,FIRM',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(ids.every((id) => id.startsWith('P-'))).toBe(true);
    expect(new Set(ids).size).toBe(3);
    expect(r.appointments.map((a) => a.appointmentId)).not.toContain('5001');
  });

  it("an SS# beside the chart number: the chart number is the patient's, no SSN goes anywhere", async () => {
    const file = files.write([
      'Appt Date,Appt Time,Pat ID,Patient Name,DOB,SS#,Provider,Status',
      '03/02/2027,9:00 AM,5001,"Smith, John",03/04/1972,123456789,Dr. Lee,FIRM',
      '03/02/2027,10:00 AM,5002,"Grant, Alan",12/01/1971,234567890,Dr. Lee,FIRM',
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['5001', '5002']);
    expect(JSON.stringify(r.appointments)).not.toMatch(/123456789|234567890/);
  });

  it("'Family Name' is still the last name, 'Family Doctor' still the patient's own doctor", () => {
    const headers = [
      'Appt Date',
      'Appt Time',
      'Family Name',
      'Given Name',
      'DOB',
      'Provider',
      'Family Doctor',
    ];
    const r = recognizeColumns(
      headers,
      [['03/02/2027', '9:00 AM', 'Smith', 'John', '03/04/1972', 'Dr. Lee', 'Dr. Ng']],
      { now: NOW },
    );
    expect(r.profile.columns.lastName).toBe('Family Name');
    expect(r.profile.columns.providerName).toBe('Provider');
  });
});

describe('a bare account number no two people of the file share', () => {
  // Each account is one person's here, but only the practice knows whether its accounts are one
  // per patient or one per family: asked, in words that say why.
  it.each(['Acct #', 'Account No', 'Account ID'])("'%s' is asked as maybe a family's account", async (h) => {
    const file = files.write([
      `Appt Date,Appt Time,${h},Patient Name,DOB,Provider,Status`,
      '03/02/2027,9:00 AM,UC48817,"Lindahl, Erik",09/14/1985,Dr. Lee,Confirmed',
      '03/03/2027,9:30 AM,UC48817,"Lindahl, Erik",09/14/1985,Dr. Lee,Confirmed',
      '03/03/2027,10:00 AM,UC51102,"Abernathy, Joy",02/11/1999,Dr. Lee,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toHaveLength(1);
    const d = r.summary.doubts[0]!;
    expect(d).toMatchObject({ kind: 'column', field: 'patientId', column: h });
    expect(d.message).toContain("a family's or a guarantor's");
    expect(d.question).toContain(`Does each patient have an '${h}' of their own`);
  });

  it('one patient whose birth date is written two ways is still one person: the account is asked, never dropped', async () => {
    // `9/14/1985` and `09/14/1985`, `Saturday, September 14, 1985`: one day. Compared as text, the
    // account had been taken for a family's, and the patient ids silently made from name and date.
    const { sharedByPeople } = await import('../../../main/import/map/shared-accounts.ts');
    const rowsOf = (dobs: string[]): string[][] => dobs.map((d) => ['UC48817', 'Lindahl, Erik', d]);
    expect(
      sharedByPeople(rowsOf(['9/14/1985', '09/14/1985', 'Saturday, September 14, 1985']), 0, [1], 2),
    ).toBe(false);
    // Another day is another person (a twin's account, a parent's), and so is another name.
    expect(sharedByPeople(rowsOf(['9/14/1985', '9/15/1985']), 0, [1], 2)).toBe(true);
    expect(
      sharedByPeople([...rowsOf(['9/14/1985']), ['UC48817', 'Lindahl, Anna', '9/14/1985']], 0, [1], 2),
    ).toBe(true);
  });

  it("'Patient Account' says whose it is: sent, the account as the patient id", async () => {
    const file = files.write([
      'Appt Date,Appt Time,Patient Account,Patient Name,DOB,Provider,Status',
      '03/02/2027,9:00 AM,UC48817,"Lindahl, Erik",09/14/1985,Dr. Lee,Confirmed',
      '03/03/2027,10:00 AM,UC51102,"Abernathy, Joy",02/11/1999,Dr. Lee,Confirmed',
    ]);
    const r = await collect(file, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['UC48817', 'UC51102']);
  });
});
