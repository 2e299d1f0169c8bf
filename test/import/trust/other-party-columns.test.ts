// A birth date, name or id of someone other than the patient (the insured, a parent, the
// guarantor, an emergency contact) is never read as the patient's, and a column repeated under a
// numbered name (`Birthdate1`: how .NET's DataAdapter, pandas `DOB.1` and Power Query `DOB_2` name
// a second column of the same name, in a query joining the guarantor to the patient) competes
// with the first, so the file is asked about, never sent with the parent's birth date.
// Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('other-party-columns');

describe("someone else's birth date or id", () => {
  it.each([
    'Insured DOB',
    'Subscriber DOB',
    'Parent DOB',
    'Guardian Birth Date',
    'Guarantor DOB',
    'Resp Party DOB',
    'Policy Holder DOB',
    'Emergency Contact DOB',
    'Spouse DOB',
    'Fecha Nac. Tutor',
    // the abbreviations reports print
    'Guar DOB',
    'Gtr DOB',
    'Ins DOB',
    'Insd DOB',
    'Sub DOB',
    'Subsc DOB',
    'RP DOB',
    'Cardholder DOB',
    'PolicyHolder DOB',
  ])("'%s' is never the patient's date of birth", (h) => {
    expect(headerScore('dob', headerConcepts(h))).toBe(0);
  });

  it.each(['Guarantor ID', 'Parent ID', 'Resp Party Number'])("'%s' is never the patient id", (h) => {
    expect(headerScore('patientId', headerConcepts(h))).toBe(0);
  });

  it.each(['Parent Name', 'Guardian Name', 'Mother Name'])("'%s' is never the patient's name", (h) => {
    expect(headerScore('patientName', headerConcepts(h))).toBe(0);
  });

  it.each([
    ['email', 'Guarantor Email'],
    ['email', 'Parent E-mail'],
    ['email', 'Emergency Contact Email'],
    ['email', 'Insured Email'],
    ['email', 'Provider Email'],
    ['address1', 'Guarantor Address'],
    ['address1', 'Responsible Party Address 1'],
    ['city', 'Guarantor City'],
    ['state', 'Insured State'],
    ['zip', 'Guarantor Zip'],
  ] as const)("%s: '%s' is never the patient's", (field, h) => {
    expect(headerScore(field, headerConcepts(h))).toBe(0);
  });

  it('the patient’s own still are', () => {
    expect(headerScore('dob', headerConcepts('Patient DOB'))).toBe(1);
    expect(headerScore('dob', headerConcepts('Birthdate'))).toBe(1);
    expect(headerScore('email', headerConcepts('Patient Email'))).toBe(1);
    expect(headerScore('address1', headerConcepts('Address 1'))).toBe(1);
    expect(headerScore('zip', headerConcepts('Zip'))).toBe(1);
  });

  it('an insured birth date alone is asked about, not sent as the children’s', async () => {
    const r = await collect(
      files.write([
        'Appointment Date,Start Time,Patient ID,Patient Name,Insured Name,Insured DOB,Provider,Appointment Status',
        '03/02/2027,8:00 AM,30011,"Adams, Lily","Adams, Beth",04/12/1980,"Lee, David MD",Confirmed',
        '03/02/2027,8:20 AM,30012,"Adams, Noah","Adams, Beth",04/12/1980,"Lee, David MD",Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'dob', column: 'Insured DOB' }]);
  });
});

describe("someone else's e-mail or address", () => {
  it("a guarantor's e-mail is not sent as the child's, and the row goes with none", async () => {
    const r = await collect(
      files.write([
        'Patient Name,DOB,Appt Date,Appt Time,Provider,Status,Guarantor Email,Guarantor Address,Guarantor City,Guarantor State,Guarantor Zip',
        'Jane Roe,03/04/2015,12/14/2026,9:30 AM,Dr. Lee,Scheduled,mom@example.com,1 Elm St,Springfield,IL,62701',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(1);
    expect(r.appointments[0].patient.email).toBe('no-email@invalid');
    expect(r.appointments[0].patient.address).toBeUndefined();
  });
});

describe('a column repeated under a numbered name', () => {
  it.each(['Birthdate1', 'DOB.1', 'DOB_2', 'Birthdate (2)'])("'%s' reads as surely as the first", (h) => {
    expect(headerScore('dob', headerConcepts(h))).toBe(1);
  });

  it("holds an Open Dental query's Birthdate (the guarantor's) beside Birthdate1 (the patient's)", async () => {
    const r = await collect(
      files.write(
        [
          'AptNum\tAptDateTime\tGuarantor\tBirthdate\tPatNum\tPatient\tBirthdate1\tProvAbbr\tAptStatus',
          '61001\t3/2/2027 8:00:00 AM\tAdams, Beth\t4/12/1980\t2201\tAdams, Lily\t5/10/2019\tDOC1\tScheduled',
          '61002\t3/2/2027 8:40:00 AM\tAdams, Beth\t4/12/1980\t2202\tAdams, Noah\t6/30/2021\tHYG1\tScheduled',
        ],
        'txt',
      ),
      { timeZone: 'America/Denver' },
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'dob',
        message: "two columns could be the date of birth: 'Birthdate' and 'Birthdate1'",
      },
    ]);
  });
});

describe('a free column whose header names the patient as surely as the chosen one', () => {
  it("holds a veterinary list: 'Client' (the owner) taken for its two-word names beside 'Patient' (the pet)", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Appt Time,Client,Patient,Species,Patient DOB,Doctor,Reason,Status',
        '03/02/2027,9:00 AM,"Smith, John",Buddy,Canine,04/15/2019,Dr. Amy Lee,Vaccines,Confirmed',
        '03/02/2027,9:30 AM,"Smith, John",Whiskers,Feline,06/12/2020,Dr. Amy Lee,Dental,Confirmed',
        '03/02/2027,10:00 AM,"Brown, Ann",Max,Canine,01/20/2018,Dr. Amy Lee,Exam,Confirmed',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        field: 'patientName',
        message: "two columns could be the patient name (one column): 'Client' and 'Patient'",
      },
    ]);
  });
});
