// A record's code or a specialty written in the provider or location cell beside the name. Epic's
// `_WID` columns print the id in brackets (`PATEL, RAJ [10442]`, `MAPLE FAMILY MED [1010101]`);
// other lists write it before or after a dash (`1234 - Lee, Anna`, `02 - North Clinic`) or run it
// in front (`LEE01 Lee, Anna`). Before, the portal showed `Anna 1234 Lee`, `Dr. Lee Cardiology` and
// `MAPLE FAMILY MED [1010101]`. Expected values worked out by hand from the cells below.
import { describe, expect, it } from 'vitest';
import { collect, tempDir, writeLines } from '../convert/support.ts';
import { parseProviderName, providerDisplayName } from '../../../main/import/map/names.ts';
import { siteWithoutCode } from '../../../main/import/map/cell-codes.ts';

const ny = { timeZone: 'America/New_York' };

describe('a code beside a provider name is the id, never part of the name', () => {
  it.each([
    ['1234 - Lee, Anna', 'Anna Lee', '1234'],
    ['Lee, Anna - 1234', 'Anna Lee', '1234'],
    ['LEE01 Lee, Anna', 'Anna Lee', 'LEE01'],
    ['Lee, Anna (1234)', 'Anna Lee', '1234'],
    ['PATEL, RAJ [10442]', 'Raj Patel', '10442'],
    ['00731 – Dr. Nina Patel', 'Dr. Nina Patel', '00731'],
  ])('%s → %s, id %s', (raw, shown, id) => {
    expect(providerDisplayName(raw)).toBe(shown);
    expect(parseProviderName(raw).id).toBe(id);
  });

  it.each([
    ['Smith, John - MD', 'John Smith, MD'], // a credential after a dash is no code
    ['Lee, Anna', 'Anna Lee'],
  ])('%s → %s, no id', (raw, shown) => {
    expect(parseProviderName(raw).id).toBeUndefined();
    expect(providerDisplayName(raw)).toBe(shown);
  });

  it("a resident's year after the name is no code: Lee, Anna PGY2 has no id", () => {
    expect(parseProviderName('Lee, Anna PGY2').id).toBeUndefined();
  });
});

describe('a specialty beside a provider name after a dash is left out', () => {
  it.each([
    ['Dr. Lee - Cardiology', 'Dr. Lee'],
    ['Cardiology - Dr Lee', 'Dr Lee'],
    ['Lee, Anna - Family Medicine', 'Anna Lee'],
    ['Kardiologie – Dr. med. Anna Keller', 'Dr. med. Anna Keller'],
    ['Anna Lee - ENT', 'Anna Lee'],
  ])('%s → %s', (raw, shown) => {
    expect(providerDisplayName(raw)).toBe(shown);
  });

  it('two names after a dash are not a specialty: both stay (Lee - Vincent)', () => {
    expect(providerDisplayName('Anna Lee - Vincent')).toBe('Anna Lee Vincent');
  });
});

describe("a site's code is no part of where to go", () => {
  it.each([
    ['MAPLE FAMILY MED [1010101]', 'MAPLE FAMILY MED'],
    ['Main Clinic (LOC02)', 'Main Clinic'],
    ['02 - North Clinic', 'North Clinic'],
    ['North Clinic - 17', 'North Clinic'],
  ])('%s → %s', (cell, site) => {
    expect(siteWithoutCode(cell)).toBe(site);
  });

  it.each([
    'North Clinic #2', // the number is the site's name
    'Clinic 2',
    '100 Main Street', // an address's number, no dash
    'Main Street - 2nd Floor', // an ordinal is part of the name
    'Main Clinic (Suite 200)', // a bracket of words is the name's
    'LOC02', // only a code: location-codes.ts decides
  ])('%s stays', (cell) => {
    expect(siteWithoutCode(cell)).toBe(cell);
  });
});

describe('in a file', () => {
  it('an Epic export with _WID columns sends the names, and the provider ids from the brackets', async () => {
    const file = writeLines(tempDir(), 'epic.csv', [
      'APPT_ID,PAT_MRN_ID,PAT_NAME,BIRTH_DATE,APPT_DTTM,PROV_NAME_WID,DEPARTMENT_NAME_WID,APPT_STATUS_C',
      '1001,E100201,"SMITH,JOHN",1970-03-04,2027-03-01 09:00,"PATEL, RAJ [10442]","MAPLE FAMILY MED [1010101]",Scheduled',
      '1002,E100202,"JONES,MARY",1980-05-06,2027-03-01 09:30,"LEE, ANNA [10443]","NORTH CLINIC [1010102]",Scheduled',
      '',
    ]);
    const r = await collect(file, ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual(['MAPLE FAMILY MED', 'NORTH CLINIC']);
    expect(r.appointments.map((a) => [a.participant.identifier, a.participant.providerName])).toEqual([
      ['10442', 'Raj Patel'],
      ['10443', 'Anna Lee'],
    ]);
  });

  it('codes and specialties written with a dash: one provider 1234, sites by name', async () => {
    const file = writeLines(tempDir(), 'day.csv', [
      'Appt ID,Patient ID,Patient,DOB,Date,Time,Provider,Location,Status',
      '1,P1,"Smith, John",03/04/1970,03/01/2027,9:00 AM,"1234 - Lee, Anna",02 - North Clinic,Scheduled',
      '2,P2,"Jones, Mary",05/06/1980,03/01/2027,9:30 AM,"Lee, Anna - 1234",North Clinic #2,Scheduled',
      '3,P3,"Brown, Alan",07/08/1975,03/01/2027,10:00 AM,Dr. Patel - Cardiology,Main Clinic (LOC02),Scheduled',
      '',
    ]);
    const r = await collect(file, ny);
    expect(
      r.appointments.map((a) => [a.participant.identifier, a.participant.providerName, a.location]),
    ).toEqual([
      ['1234', 'Anna Lee', 'North Clinic'],
      ['1234', 'Anna Lee', 'North Clinic #2'],
      ['patel', 'Dr. Patel', 'Main Clinic'], // the id from the name's parts, specialty and title apart
    ]);
  });
});
