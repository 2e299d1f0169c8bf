// A provider column whose header says the provider is the patient's (Open Dental's patient.PriProv
// and SecProv, `Usual Provider`, `Registered GP`) is never sent as the appointment's provider: the
// appointment's own provider column is taken instead, and with none the appointments go as
// *Unassigned provider*. A header with a word that may make it another role's (`Primary Provider`:
// the appointment's main provider in some systems, the patient's in others) gives way to a plain
// provider column, and alone it is asked about. Plain provider headers go without a question.
// Expected providers worked out by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { otherRoleWords } from '../../../main/import/map/header-meaning.ts';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect, PRACTICE } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from '../trust/export-files.ts';

const files = exportFiles('provider-role');
const ny = { timeZone: 'America/New_York' };
const NOW = new Date('2027-01-15T00:00:00Z');

/** Open Dental's query of appointments joined to the patient, as a practice writes it. */
const openDental = (providerColumns: string, ...providers: string[]): string[] => [
  `PatNum,LName,FName,Birthdate,AptDateTime,${providerColumns},AptStatus`,
  `1001,Smith,John,1970-01-02,2027-03-15 09:00:00,${providers[0]},Scheduled`,
  `1002,Okafor,James,1979-11-02,2027-03-15 10:00:00,${providers[1]},Scheduled`,
];

/** A day list with one provider column headed `header`, holding names. */
const dayList = (header: string): string[] => [
  `Patient ID,Last Name,First Name,DOB,Date,Time,${header},Status`,
  '1001,Smith,John,01/02/1970,03/15/2027,9:00 AM,"Lee, Anna",Scheduled',
  '1002,Okafor,James,11/02/1979,03/15/2027,10:00 AM,"Walsh, Tom",Scheduled',
];

const sent = (r: Awaited<ReturnType<typeof collect>>): string[][] =>
  r.appointments.map((a) => [a.participant.identifier, a.participant.providerName]);

describe("the patient's own provider is never the appointment's", () => {
  it("Open Dental's PriProv alone: the appointments go as Unassigned provider, without a question", async () => {
    const r = await collect(files.write(openDental('PriProv', '3', '3')), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual([
      ['unassigned', 'Unassigned provider'],
      ['unassigned', 'Unassigned provider'],
    ]);
  });

  it('PriProv beside ProvNum: ProvNum is the provider', async () => {
    const r = await collect(files.write(openDental('PriProv,ProvNum', '3,5', '3,7')), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual([
      ['5', 'Provider 5'],
      ['7', 'Provider 7'],
    ]);
  });

  it.each([
    'PriProv',
    'SecProv',
    'Pri Prov',
    'Prim Provider',
    'pat_priprov',
    'Usual Provider',
    'Default Provider',
    'Regular Doctor',
    'Registered Doctor',
    'Usual GP',
    'Registered GP',
    'Named GP',
    'Family Doctor',
    'Preferred Provider',
    'Home Doctor',
    'Own Doctor',
    'Provider Assigned To Patient',
  ])("'%s' is left out, and detect says why", async (header) => {
    const r = await detectProfile(files.write(dayList(header)), { practiceId: PRACTICE, ...ny });
    expect(r.profile.columns.providerName).toBeUndefined();
    expect(r.profile.columns.providerId).toBeUndefined();
    expect(r.doubts).toEqual([]);
    expect(r.leftOut).toEqual([
      {
        column: header,
        why: "the patient's own provider, not the one the appointment is with; appointments go as Unassigned provider unless the report's title names one",
      },
    ]);
  });

  it("'Usual Provider' beside 'Provider': the provider, and no word of Unassigned", async () => {
    const r = await detectProfile(
      files.write([
        'Patient ID,Last Name,First Name,DOB,Date,Time,Usual Provider,Provider,Status',
        '1001,Smith,John,01/02/1970,03/15/2027,9:00 AM,"Lee, Anna","Walsh, Tom",Scheduled',
      ]),
      { practiceId: PRACTICE, ...ny },
    );
    expect(r.profile.columns.providerName).toBe('Provider');
    expect(r.leftOut).toEqual([
      { column: 'Usual Provider', why: "the patient's own provider, not the one the appointment is with" },
    ]);
  });
});

describe('a provider header that may name another role', () => {
  it.each(['Primary Provider', 'Secondary Provider', 'Lead Provider', 'Provider Specialty'])(
    "'%s' alone is asked about",
    async (header) => {
      const r = await collect(files.write(dayList(header)), ny);
      // A doubt holds the whole file (the engine sends nothing of it until a person answers).
      expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'providerName', column: header }]);
    },
  );

  it("the question names the word: 'primary' may make it the patient's usual provider", async () => {
    const r = await collect(files.write(dayList('Primary Provider')), ny);
    expect(r.summary.doubts[0]!.message).toBe(
      "not sure that this column is the provider the appointment is with: 'primary' may make it another role's, such as the patient's usual provider",
    );
  });

  it('a confirmation answers it: the column then goes as the provider', async () => {
    const lines = dayList('Primary Provider');
    const profile = confirmedProfile(
      files,
      {
        patientId: 'Patient ID',
        lastName: 'Last Name',
        firstName: 'First Name',
        dob: 'DOB',
        date: 'Date',
        time: 'Time',
        providerName: 'Primary Provider',
        status: 'Status',
      },
      lines[0]!.split(','),
    );
    const file = files.write(lines);
    await answerOn(profile, file, { ...ny, profile });
    const r = await collect(file, { ...ny, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Tom Walsh']);
  });

  const rows = [
    ['1001', 'Smith, John', '01/02/1970', '03/15/2027 9:00 AM', 'Lee, Anna', '5'],
    ['1002', 'Okafor, James', '11/02/1979', '03/15/2027 10:00 AM', 'Walsh, Tom', '7'],
  ];
  const recognized = (other: string, plain: string): Record<string, unknown> => {
    const headers = ['Patient ID', 'Patient', 'DOB', 'Appt Date Time', other, plain];
    const { columns } = recognizeColumns(headers, rows, { now: NOW }).profile;
    return { providerName: columns.providerName, providerId: columns.providerId };
  };

  it.each([
    // a plain provider column of ids beside names under another role's header: the ids alone
    ['Primary Provider', 'ProvNum', { providerName: undefined, providerId: 'ProvNum' }],
    ['Primary Provider', 'Provider ID', { providerName: undefined, providerId: 'Provider ID' }],
    ['Lead Provider', 'Dr Code', { providerName: undefined, providerId: 'Dr Code' }],
    // a plain provider column of numbers (read below SURE, 0.7) still outranks the other role
    ['Primary Provider', 'Provider', { providerName: undefined, providerId: 'Provider' }],
    ['Secondary Provider', 'Resource', { providerName: undefined, providerId: 'Resource' }],
  ])("'%s' gives way to '%s'", (other, plain, expected) => {
    expect(recognized(other, plain)).toEqual(expected);
  });

  it("'Primary Provider' gives way to a 'Provider' of names, without a question", async () => {
    const r = await collect(
      files.write([
        'Patient ID,Last Name,First Name,DOB,Date,Time,Primary Provider,Provider,Status',
        '1001,Smith,John,01/02/1970,03/15/2027,9:00 AM,"Lee, Anna","Walsh, Tom",Scheduled',
        '1002,Okafor,James,11/02/1979,03/15/2027,10:00 AM,"Lee, Anna","Ng, Helen",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Tom Walsh', 'Helen Ng']);
  });
});

describe("an XML column's path", () => {
  // The element the records or the report sit in is structure, not a role.
  it.each([
    ['Report/Provider', []],
    ['Appointment/Provider/Name', []],
    ['PrimaryProvider/Name', ['primary']],
    ['Patient/PrimaryProvider', ['primary']],
  ])("'%s' has the role words %j", (header, words) => {
    expect(otherRoleWords(header)).toEqual(words);
  });
});

describe('plain provider headers go without a question', () => {
  it.each([
    'Provider',
    'Doctor',
    'Dr',
    'Practitioner',
    'Clinician',
    'Resource',
    'Staff',
    'Staff Member',
    'Therapist',
    'Hygienist',
    'Dentist',
    'Physician',
    'Prov',
    'Provider Name',
    'Provider Abbr',
    'Appt Provider',
    'Rendering Provider',
    'Treating Physician',
    'Seen By',
    'Attending',
    'Behandelnder Arzt',
  ])("'%s' of names", async (header) => {
    const r = await collect(files.write(dayList(header)), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual(['Anna Lee', 'Tom Walsh']);
  });

  it.each(['ProvNum', 'Provider', 'Provider ID', 'Doctor', 'Staff'])("'%s' of numbers", async (header) => {
    const r = await collect(files.write(openDental(header, '5', '7')), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(sent(r)).toEqual([
      ['5', 'Provider 5'],
      ['7', 'Provider 7'],
    ]);
  });
});
