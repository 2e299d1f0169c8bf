// A printed schedule report saved as CSV states its rows' provider, office or day once, on a
// group line above them (`Provider: Lee, Anna DDS`), and not on the rows. Read as a column of
// those rows when certain; held as grouped rows otherwise. Expected values are worked out by hand:
// times in Los Angeles (PST, -08:00, before March 14, 2027), ids by the README's rule (SHA-256
// over practice, patient key, provider key as the id compares it, day).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect, derivedId, tempDir, writeLines, type Collected } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const FIXTURE = path.resolve('test/fixtures/false-holds/appointment-list-by-provider.csv');

const write = (name: string, lines: string[]): string => writeLines(dir, name, lines);

const rowsOf = (c: Collected) =>
  c.appointments.map((a) => [
    a.status,
    a.start.toISOString(),
    a.patient.lastName,
    a.participant.providerName,
  ]);
const kinds = (c: Collected) => c.summary.doubts.map((d) => d.kind);

describe('a report grouped by provider, saved as CSV', () => {
  it('goes with no question, each row with the provider its group line states; footers are no rows', async () => {
    const c = await collect(FIXTURE);
    expect(c.summary.doubts).toEqual([]);
    expect(c.errors.map(formatRowError)).toEqual([]);
    expect(rowsOf(c)).toEqual([
      ['NEW', '2027-03-02T16:00:00.000Z', 'Garcia', 'Anna Lee, DDS'],
      ['CANCEL', '2027-03-03T17:00:00.000Z', 'Kim', 'Anna Lee, DDS'],
      ['NEW', '2027-03-02T16:00:00.000Z', 'Nguyen', 'Raj Patel, DMD'],
      ['NEW', '2027-03-02T18:00:00.000Z', 'Garcia', 'Raj Patel, DMD'],
    ]);
    // Maria Garcia with two providers on one day: two appointments, two ids.
    expect(c.appointments[0]!.appointmentId).toBe(derivedId('10452', 'lee, anna dds', '2027-03-02'));
    expect(c.appointments[3]!.appointmentId).toBe(derivedId('10452', 'patel, raj dmd', '2027-03-02'));
    // Made from the name's parts, the credential apart.
    expect(c.appointments[2]!.participant.identifier).toBe('patel-raj');
  });

  it('is held when a group line comes only after rows that went without it', async () => {
    const c = await collect(
      write('late.csv', [
        'Date,Time,Patient,Chart #,DOB,Status',
        '03/02/2027,8:00 AM,"Garcia, Maria",10452,04/19/1961,Confirmed',
        'Provider: Patel, Raj DMD,,,,,',
        '03/02/2027,8:30 AM,"Nguyen, Linh",10470,06/18/1939,Confirmed',
      ]),
    );
    expect(kinds(c)).toContain('grouped-rows');
    expect(c.appointments.map((a) => a.participant.providerName)).toEqual([
      'Unassigned provider',
      'Unassigned provider',
    ]);
  });

  it('is held when a group line names no one provider, or says something else (a status)', async () => {
    for (const line of ['Provider: All Providers,,,,,', 'Status: Cancelled,,,,,', 'Dr Anna Lee,,,,,']) {
      const c = await collect(
        write('other.csv', [
          'Date,Time,Patient,Chart #,DOB,Status',
          line,
          '03/02/2027,8:00 AM,"Garcia, Maria",10452,04/19/1961,Confirmed',
        ]),
      );
      expect(kinds(c), line).toContain('grouped-rows');
      expect(c.appointments[0]!.participant.providerName, line).toBe('Unassigned provider');
    }
  });
});

describe('a group line the rows already repeat', () => {
  const lines = (provider: string) => [
    'Date,Time,Patient,Chart #,DOB,Provider,Status',
    'Provider: Dr Lee,,,,,,',
    `03/02/2027,8:00 AM,"Garcia, Maria",10452,04/19/1961,${provider},Confirmed`,
    'Provider: Dr Patel,,,,,,',
    '03/02/2027,8:30 AM,"Nguyen, Linh",10470,06/18/1939,Dr Patel,Confirmed',
  ];

  it('says nothing new: the file goes', async () => {
    const c = await collect(write('same.csv', lines('Dr Lee')));
    expect(c.summary.doubts).toEqual([]);
    expect(c.appointments.map((a) => a.participant.providerName)).toEqual(['Dr Lee', 'Dr Patel']);
  });

  it('is held when a row under it names another provider', async () => {
    const c = await collect(write('other-provider.csv', lines('LEEA')));
    const grouped = c.summary.doubts.find((d) => d.kind === 'grouped-rows');
    expect(grouped?.message).toContain("line 2: 'Provider: Dr Lee'");
  });

  it("is held beside a provider id column it is not: the name is never paired with another's id", async () => {
    const c = await collect(
      write('provider-id.csv', [
        'Date,Time,Patient,Chart #,DOB,Provider ID,Status',
        'Provider: Dr Patel,,,,,,',
        '03/02/2027,8:00 AM,"Garcia, Maria",10452,04/19/1961,LEEA,Confirmed',
      ]),
    );
    expect(kinds(c)).toContain('grouped-rows');
    expect(c.appointments[0]!.participant.providerName).not.toBe('Dr Patel');
  });
});

describe('a report grouped by day and by office', () => {
  it("gives each row its group's day, read in the file's date order (day-first here)", async () => {
    const c = await collect(
      write('uk-days.csv', [
        'Time;Patient;Date of Birth;Clinician;Status',
        'Date: Tuesday 02/03/2027;;;;',
        '08:00;Garcia, Maria;24/09/1961;Dr Lee;Booked',
        'Date: Wednesday 03/03/2027;;;;',
        '08:30;Nguyen, Linh;18/06/1939;Dr Patel;Booked',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(c.summary.doubts).toEqual([]);
    // London is on GMT (+00:00) until March 28, 2027.
    expect(rowsOf(c)).toEqual([
      ['NEW', '2027-03-02T08:00:00.000Z', 'Garcia', 'Dr Lee'],
      ['NEW', '2027-03-03T08:30:00.000Z', 'Nguyen', 'Dr Patel'],
    ]);
  });

  it('nests an office and its providers; a group header repeated on a new page is the same group', async () => {
    const c = await collect(
      write('nested.csv', [
        'Scheduled Appointments',
        'Date,Time,Patient,Chart #,Birth Date,Type,Status',
        'Location: North Clinic,,,,,,',
        'Provider: Lee, Anna DDS,,,,,,',
        '03/02/2027,8:00 AM,"Garcia, Maria",10452,04/19/1961,Recall,Confirmed',
        'Page 1 of 2,,,,,,',
        'Scheduled Appointments',
        'Date,Time,Patient,Chart #,Birth Date,Type,Status',
        'Provider: Lee, Anna DDS (continued),,,,,,',
        '03/02/2027,9:00 AM,"Kim, Walter",10461,10/02/1994,Crown,Confirmed',
        'Location: South Clinic,,,,,,',
        'Provider: Patel, Raj DMD,,,,,,',
        '03/02/2027,8:30 AM,"Nguyen, Linh",10470,06/18/1939,Exam,Confirmed',
        'Location: East Clinic,,,,,,',
        '03/02/2027,10:30 AM,"Brown, Tom",10480,01/01/1980,Exam,Confirmed',
        'Page 2 of 2,,,,,,',
      ]),
    );
    expect(c.appointments.map((a) => [a.patient.lastName, a.participant.providerName, a.location])).toEqual([
      ['Garcia', 'Anna Lee, DDS', 'North Clinic'],
      ['Kim', 'Anna Lee, DDS', 'North Clinic'],
      ['Nguyen', 'Raj Patel, DMD', 'South Clinic'],
    ]);
    // A new office with no provider line: the provider of the office before is not guessed.
    expect(c.errors.map((e) => e.line)).toEqual([15]);
    expect(formatRowError(c.errors[0]!)).toContain("no 'Provider:' line above this row");
  });
});

describe("a column of the report's own text (SSRS and Crystal write their text boxes on every row)", () => {
  it('`ReportTitle` is never the type of visit', async () => {
    const c = await collect(
      write('ssrs.csv', [
        'ReportTitle,RunDate,Provider,ApptDate,ApptTime,Patient,DOB,Status',
        'Daily Appointment Schedule,12/4/2026 8:15:02 AM,"Lee, Anna MD",3/2/2027,8:00 AM,"Garcia, Maria",4/19/1961,Confirmed',
        'Daily Appointment Schedule,12/4/2026 8:15:02 AM,"Patel, Raj MD",3/2/2027,8:30 AM,"Nguyen, Linh",6/18/1939,Confirmed',
      ]),
    );
    expect(c.appointments.map((a) => a.type)).toEqual(['APPOINTMENT', 'APPOINTMENT']);
    expect(c.appointments[0]!.start.toISOString()).toBe('2027-03-02T16:00:00.000Z');
  });
});
