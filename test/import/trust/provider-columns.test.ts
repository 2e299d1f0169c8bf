// Which column is the provider the appointment is with. A column whose values are times, dates or
// bare numbers is no provider's name whatever its header says (a patient-tracking log's `Seen` =
// 09:07, Open Dental's `ProvHyg` = 5); a hygienist or secondary provider beside the provider is
// the second one; two columns naming the provider equally surely with other names on the same
// rows are asked about, never settled by column order. Expected providers and starts worked out
// by hand (America/New_York is UTC-5 on 2 March 2027).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect, EXPORTS } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('provider-columns');
const ny = { timeZone: 'America/New_York' };
const NOW = new Date('2027-01-15T00:00:00Z');

const providers = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => a.participant.providerName);

describe('a column of times is not the provider', () => {
  it.each(['Seen', 'Seen At', 'Provider Seen', 'Seen by Provider'])(
    "'%s' holding the times the patient was seen, before the Provider column",
    async (seen) => {
      const r = await collect(
        files.write([
          `Appt Date,Appt Time,Arrived,${seen},Patient,DOB,Provider,Status`,
          '03/02/2027,8:00 AM,7:52 AM,8:14 AM,"Lopez, Maria",03/12/1984,"Reyes, Carmen",Scheduled',
          '03/02/2027,8:20 AM,8:15 AM,8:37 AM,"Okafor, James",11/02/1979,"Walsh, Tom",Scheduled',
        ]),
        ny,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(providers(r)).toEqual(['Carmen Reyes', 'Tom Walsh']);
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-03-02T13:00:00.000Z',
        '2027-03-02T13:20:00.000Z',
      ]);
    },
  );

  it("a date with no start time beside 'Seen' is not given the time the patient was seen", () => {
    const r = recognizeColumns(
      ['Date', 'Patient', 'DOB', 'Seen', 'Provider', 'Status'],
      [
        ['03/01/2027', 'Lopez, Maria', '03/12/1984', '9:14 AM', 'Reyes, Carmen MD', 'Checked Out'],
        ['03/01/2027', 'Okafor, James', '11/02/1979', '10:37 AM', 'Walsh, Tom DO', 'Checked Out'],
      ],
      { now: NOW },
    );
    expect(r.profile.columns.time).toBeUndefined();
    expect(r.profile.columns.providerName).toBe('Provider');
  });

  it('a provider column of dates is not taken either', () => {
    const r = recognizeColumns(
      ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Provider Signed'],
      [
        ['03/01/2027', '9:00 AM', 'Lopez, Maria', '03/12/1984', '03/01/2027'],
        ['03/01/2027', '9:30 AM', 'Okafor, James', '11/02/1979', '03/02/2027'],
      ],
      { now: NOW },
    );
    expect(r.profile.columns.providerName).toBeUndefined();
  });
});

describe('provider numbers are not provider names', () => {
  it("Open Dental's ProvHyg (the hygienist's number) is not sent as the provider's name", async () => {
    const r = await collect(
      files.write(
        [
          'AptNum\tPatNum\tLName\tFName\tBirthdate\tAptDateTime\tAptStatus\tProvNum\tProvHyg\tOp',
          '88120\t3101\tCastellanos\tInes\t1969-05-07\t2027-03-02 07:30:00\tScheduled\t2\t5\t3',
          '88121\t3102\tWojcik\tPiotr\t1993-10-10\t2027-03-02 08:40:00\tScheduled\t4\t0\t3',
        ],
        'txt',
      ),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.participant.identifier, a.participant.providerName])).toEqual([
      ['2', 'Provider 2'],
      ['4', 'Provider 4'],
    ]);
  });
});

describe('a second provider beside the provider', () => {
  it.each([
    ['Hygienist', 'Dentist'],
    ['Hygienist', 'Provider'],
    ['Secondary Provider', 'Provider'],
  ])("'%s' before '%s' does not take the appointment", async (second, first) => {
    const r = await collect(
      files.write([
        `Appt Date,Time,Patient,Birthdate,${second},${first},Status`,
        '03/02/2027,8:00 AM,"Castellanos, Ines",05/07/1969,"Lane, Amy","Smith, Robert",Confirmed',
        '03/02/2027,9:00 AM,"Wojcik, Piotr",10/10/1993,,"Smith, Robert",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(providers(r)).toEqual(['Robert Smith', 'Robert Smith']);
  });
});

describe('a primary and a secondary provider with no plain provider column', () => {
  // Before: 'Primary Provider' was sent without a question. It may be the patient's primary
  // provider (Open Dental's patient Primary/Secondary Provider), not the appointment's.
  it("'Secondary Provider' is left out, and the file is asked about 'Primary Provider'", async () => {
    const r = await collect(
      files.write([
        'Appt Date,Time,Patient,Birthdate,Secondary Provider,Primary Provider,Status',
        '03/02/2027,8:00 AM,"Castellanos, Ines",05/07/1969,"Lane, Amy","Smith, Robert",Confirmed',
        '03/02/2027,9:00 AM,"Wojcik, Piotr",10/10/1993,,"Smith, Robert",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'providerName', column: 'Primary Provider' },
    ]);
  });
});

describe('two columns naming the provider as surely as each other', () => {
  const head = 'Appt Date,Time,Patient,Birthdate,Doctor,Provider,Status';

  it('holds the file when they give other names on the same rows', async () => {
    const r = await collect(
      files.write([
        head,
        '03/02/2027,8:00 AM,"Castellanos, Ines",05/07/1969,"Lane, Amy","Smith, Robert",Confirmed',
        '03/02/2027,9:00 AM,"Wojcik, Piotr",10/10/1993,"Lane, Amy","Smith, Robert",Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'providerName', column: 'Doctor' }]);
    expect(r.summary.doubts[0]!.message).toContain("'Doctor' and 'Provider'");
  });

  it('does not hold when they agree wherever both are filled', async () => {
    const r = await collect(
      files.write([
        head,
        '03/02/2027,8:00 AM,"Castellanos, Ines",05/07/1969,"Smith, Robert","SMITH,  ROBERT",Confirmed',
        '03/02/2027,9:00 AM,"Wojcik, Piotr",10/10/1993,"Smith, Robert",,Scheduled',
      ]),
      ny,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(providers(r)).toEqual(['Robert Smith', 'Robert Smith']);
  });
});

describe('a person named beside the appointment who is not its provider', () => {
  const rows = [
    ['03/02/2027', '9:00 AM', 'Lopez, Maria', '03/12/1984', 'Reyes, Carmen'],
    ['03/02/2027', '10:15 AM', 'Okafor, James', '11/02/1979', 'Walsh, Tom'],
  ];
  const providerOf = (header: string): unknown =>
    recognizeColumns(['Appt Date', 'Appt Time', 'Patient Name', 'DOB', header], rows, { now: NOW }).profile
      .columns.providerName;

  // Whoever made or changed the booking, and providers in another role.
  it.each([
    'Last Modified User',
    'Modified By User',
    'Created By User',
    'Scheduled By User',
    'Booked By User',
    'Entered By Staff',
    'Cancelled By User',
    'Ordering Provider',
    'Supervising Provider',
    'Referring Provider',
    'PCP',
    'Primary Care Physician',
    'Primary Care Provider',
    'Scheduled By',
    'Booked By',
    'Entered By',
    'Created By',
  ])("'%s' is not the provider", (header) => {
    expect(providerOf(header)).toBeUndefined();
  });

  // Whom the appointment is with, in a hospital clinic's or a biller's words.
  it.each(['Attending', 'Rendering Provider', 'Seen By', 'Staff Member', 'Resource'])(
    "'%s' alone is the provider",
    (header) => {
      expect(providerOf(header)).toBe(header);
    },
  );
});

describe('a column of rooms beside a column of people', () => {
  it("Mindbody's Staff beside a Resource of treatment rooms goes with the staff member, no question", async () => {
    const r = await collect(
      files.write([
        'Date,Start,Client,DOB,Staff,Resource,Service,Status',
        '03/02/2027,9:00 AM,"Harper, Lena",04/12/1988,Jamie Cole,Treatment Room 2,Massage 60,Booked',
        '03/02/2027,10:30 AM,"Moss, Devin",09/30/1979,Jamie Cole,Treatment Room 1,Massage 90,Booked',
        '03/02/2027,11:00 AM,"Reed, Tom",02/11/1971,Alex Ward,Treatment Room 2,Physio Follow-up,Booked',
      ]),
      ny,
    );
    // Before: held, "two columns could be the provider: 'Staff' and 'Resource'".
    expect(r.summary.doubts).toEqual([]);
    expect(providers(r)).toEqual(['Jamie Cole', 'Jamie Cole', 'Alex Ward']);
  });

  it('a Resource of people beside Staff is still asked about', async () => {
    const r = await collect(
      files.write([
        'Date,Start,Client,DOB,Staff,Resource,Service,Status',
        '03/02/2027,9:00 AM,"Harper, Lena",04/12/1988,Jamie Cole,Dana Park,Massage 60,Booked',
        '03/02/2027,10:30 AM,"Moss, Devin",09/30/1979,Jamie Cole,Dana Park,Massage 90,Booked',
      ]),
      ny,
    );
    expect(r.summary.doubts.map((d) => d.message)).toEqual([
      "two columns could be the provider: 'Staff' and 'Resource', with other names on the same rows",
    ]);
  });
});

// Cerner names the text of a coded field with the suffix `_DISP` (`RESOURCE_DISP`,
// `APPT_TYPE_DISP`). Read as a word beside the provider word it made `RESOURCE_DISP` a provider
// in another role, and a plain Cerner scheduling extract was held.
describe("Cerner's _DISP suffix", () => {
  it('RESOURCE_DISP is the provider, without a question', async () => {
    const r = await collect(path.join(EXPORTS, 'cerner_sch_disp.csv'), { timeZone: 'America/Denver' });
    expect(r.summary.doubts).toEqual([]);
    // Denver: MST (UTC-7) on 9 March 2027, MDT (UTC-6) on 16 March, after the 14 March change.
    expect(
      r.appointments.map((a) => [
        a.appointmentId,
        a.status,
        a.start.toISOString(),
        a.participant.providerName,
      ]),
    ).toEqual([
      ['7712001', 'NEW', '2027-03-09T15:00:00.000Z', 'Lynn Baker, MD'],
      ['7712002', 'CANCEL', '2027-03-09T15:30:00.000Z', 'Lynn Baker, MD'],
      ['7712003', 'NEW', '2027-03-09T16:00:00.000Z', 'Lynn Baker, MD'],
      ['7712004', 'NEW', '2027-03-16T16:00:00.000Z', 'Lynn Baker, MD'],
    ]);
    expect(r.appointments[0]).toMatchObject({ description: 'Office Visit', location: 'West Family Med' });
  });
});

// athenaOne's Report Builder shortens its column names: `rndrng prvdr` is the rendering provider.
// Unread, every appointment went as Unassigned provider. `appt schdlng prvdr` is asked about, as
// `Scheduling Provider` is (whoever scheduled it, in some systems).
describe("athenaOne's short provider headers", () => {
  const rows = (header: string) => [
    `apptdate,apptstarttime,apptid,patientid,patient name,patientdob,${header},apptstatus`,
    '03/09/2027,08:00 AM,1907712,44810,"BERGSTROM,LARS",01/30/1971,"VOSS, ELENA MD",f - Future',
    '03/09/2027,08:20 AM,1907713,44902,"CHO,MIN",08/08/1999,"VOSS, ELENA MD",x - Cancelled',
  ];

  it('rndrng prvdr is the provider, without a question', async () => {
    const r = await collect(files.write(rows('rndrng prvdr')), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(providers(r)).toEqual(['Elena Voss, MD', 'Elena Voss, MD']);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });

  it('appt schdlng prvdr is asked about', async () => {
    const r = await collect(files.write(rows('appt schdlng prvdr')), ny);
    expect(r.summary.doubts).toMatchObject([{ column: 'appt schdlng prvdr' }]);
  });
});
