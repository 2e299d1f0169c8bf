// Which headers mark a patient deceased, and which values in them say so. Written by hand.
import { describe, expect, it } from 'vitest';
import { deceasedColumns, saysDeceased } from '../../../main/import/map/deceased-columns.ts';

const kinds = (headers: string[]): Array<[string, string]> =>
  deceasedColumns(headers, {}).map((c) => [c.header, c.kind]);

describe('deceasedColumns', () => {
  it('finds dates of death, deceased flags and the patient status', () => {
    expect(
      kinds([
        'DECEASED_DT_TM',
        'Date of Death',
        'DOD',
        'DateOfDeath',
        'deceased_date',
        'IsDeceased',
        'Expired Date',
        'Patient Status',
        'PAT_STATUS',
        'Vital Status',
      ]),
    ).toEqual([
      ['DECEASED_DT_TM', 'death'],
      ['Date of Death', 'death'],
      ['DOD', 'death'],
      ['DateOfDeath', 'death'],
      ['deceased_date', 'death'],
      ['IsDeceased', 'death'],
      ['Expired Date', 'death'],
      ['Patient Status', 'status'],
      ['PAT_STATUS', 'status'],
      ['Vital Status', 'status'],
    ]);
  });

  it("leaves the appointment's status and other things' expiry alone", () => {
    expect(
      kinds([
        'Status',
        'Appt Status',
        'Patient Appointment Status',
        'Patient Insurance Status',
        'Auth Expired',
        'Insurance Expired',
        'Patient Name',
        'DOB',
        'Vitals',
      ]),
    ).toEqual([]);
  });

  it("leaves the Department of Defense's numbers alone: DOD names a death only beside date words", () => {
    expect(
      kinds([
        'DoD ID',
        'DOD_ID',
        'DOD Benefits Number',
        'Sponsor DOD ID',
        'DOD #',
        'Patient DOD',
        'DOD Date',
      ]),
    ).toEqual([
      ['Patient DOD', 'death'],
      ['DOD Date', 'death'],
    ]);
  });

  it('leaves out a column mapped to another field', () => {
    const refs = { dob: { header: 'DOD', source: 'main' as const, index: 0 } };
    expect(deceasedColumns(['DOD', 'Patient Status'], refs).map((c) => c.header)).toEqual(['Patient Status']);
  });
});

describe('saysDeceased', () => {
  it('a death column: a date, a yes or a remark says so; empty, no, unknown or a placeholder date does not', () => {
    for (const v of ['11/20/2026', '2026-11-20 14:32:00', 'Y', 'Yes', 'true', 'Deceased'])
      expect(saysDeceased('death', v)).toBe(true);
    for (const v of [
      '',
      'N',
      'No',
      '0',
      'NULL',
      'Unknown',
      'Alive',
      '0000-00-00',
      '01/01/1900',
      'Not Deceased',
      '9999-12-31',
      '12/31/9999 00:00:00',
      'Not Applicable',
      'n/a',
    ])
      expect(saysDeceased('death', v)).toBe(false);
  });

  it('a death column: a number too long for a date is an id, no death; a date without separators is one', () => {
    for (const v of ['1234567890', '12987654321', '2012345678']) expect(saysDeceased('death', v)).toBe(false);
    for (const v of ['20261120', '20261120143200', '202611201432', '2026', '46346', '1'])
      expect(saysDeceased('death', v)).toBe(true);
  });

  it('a patient status: only a word of death', () => {
    for (const v of ['Deceased', 'DECEASED', 'Inactive - Deceased', 'Expired', 'Dead'])
      expect(saysDeceased('status', v)).toBe(true);
    for (const v of ['Active', 'Inactive', 'Archived', 'Non-patient', ''])
      expect(saysDeceased('status', v)).toBe(false);
  });
});
