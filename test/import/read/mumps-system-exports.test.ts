// Exports of the US government's MUMPS systems: a VA FileMan print (VistA, IHS RPMS) delimited
// with `^` and its `MAR 15,2027@08:00` dates, and a military CHCS clinic list printed one clinic a
// page. Files written here by hand; every expected value worked out from the lines (Chicago and
// Los Angeles are on daylight time from 14 March 2027: UTC-5 and UTC-7).
import { describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { detectLayout } from '../../../main/import/read/detect-layout.ts';
import { FurnitureFilter } from '../../../main/import/read/report-furniture.ts';
import { statedFilters } from '../../../main/import/read/stated-filters.ts';
import { importedItems, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';

async function read(name: string, lines: string[], timeZone: string, eol = '\n') {
  const file = t.write(name, lines.join(eol) + eol);
  return importedItems(file, PRACTICE, timeZone);
}

describe("VA FileMan's delimited print", () => {
  it("is split at its '^', its names at their comma, its dates read with the '@' before the time", async () => {
    // Before: the comma of `HALVORSEN,ERIK J` made the columns, and the file was refused.
    const { items, summary } = await read(
      'SDAPPTS.TXT',
      [
        /* 1 */ 'CBOC APPOINTMENTS BY CLINIC                 MAR 12,2027@14:05   PAGE 1',
        /* 2 */ 'PATIENT^HRN^DATE OF BIRTH^APPOINTMENT DATE/TIME^CLINIC^STATUS',
        /* 3 */ 'HALVORSEN,ERIK J^104233^JUN 3,1948^MAR 15,2027@08:00^PACT BLUE^CHECKED OUT',
        /* 4 */ "O'NEIL,MARY K^100871^FEB 9,1955^MAR 15,2027@14:30^PACT BLUE^CANCELLED BY CLINIC",
      ],
      'America/Chicago',
    );
    expect(summary.doubts).toEqual([]);
    const got = items.map((i) =>
      i.kind === 'appointment'
        ? [
            i.line,
            i.appointment.start.toISOString(),
            i.appointment.status,
            i.appointment.patient.patientId,
            i.appointment.patient.firstName,
            i.appointment.patient.lastName,
            i.appointment.patient.dob,
          ]
        : [i.kind === 'error' ? i.error.line : i.line, i.kind],
    );
    expect(got).toEqual([
      [3, '2027-03-15T13:00:00.000Z', 'NEW', '104233', 'Erik', 'Halvorsen', '1948-06-03'],
      [4, '2027-03-15T19:30:00.000Z', 'CANCEL', '100871', 'Mary', "O'Neil", '1955-02-09'],
    ]);
  });

  it("takes '^' only where no commoner delimiter splits the lines as evenly", () => {
    // A pipe file whose names hold HL7's component '^' (DOE^JOHN): two cells a line by '^', five
    // by '|'. A tie of equally even splits goes to '|' (listed before '^').
    const piped = detectLayout(
      ['ID|Name|DOB|Start|Status', '1|DOE^JOHN|1980-01-02|2027-03-15 08:00|Booked', ''].join('\n'),
      true,
      'f.txt',
    );
    expect(piped.delimiter).toBe('|');
    expect(piped.headers).toEqual(['ID', 'Name', 'DOB', 'Start', 'Status']);
    const careted = detectLayout(['A^B^C', '1^2^3', ''].join('\n'), true, 'f.txt');
    expect(careted.delimiter).toBe('^');
  });

  it("reads '@' as a joiner only between a date and a time", () => {
    const at = parseDateTime('MAR 15,2027@08:00', { order: 'MDY' });
    expect(at).toMatchObject({
      ok: true,
      kind: 'local',
      date: { year: 2027, month: 3, day: 15 },
      time: { hour: 8 },
    });
    expect(parseDateTime('Mar 15, 2027@14:30:00', { order: 'MDY' })).toMatchObject({
      time: { hour: 14, minute: 30 },
    });
    // Neither side a date and a time: no date-time in it.
    expect(parseDateTime('frontdesk@2027', { order: 'MDY' }).ok).toBe(false);
    expect(parseDateTime('15@08:00', { order: 'MDY' }).ok).toBe(false);
  });

  it("HRN (IHS's health record number) is the patient's id; BID (initial and SSN's last four) never an id", () => {
    expect(headerScore('patientId', headerConcepts('HRN'))).toBeGreaterThanOrEqual(0.9);
    // H4821 is HALVORSEN's initial and the last four of his SSN: another H...4821 may share it.
    expect(headerScore('patientId', headerConcepts('BID'))).toBeLessThan(0.5);
    expect(headerScore('appointmentId', headerConcepts('BID'))).toBeLessThan(0.5);
  });
});

describe('CHCS (military) appointment words and pages', () => {
  it("'CANC BY FAC' and 'CANC BY PAT' are cancellations, by the facility and by the patient", () => {
    const classify = statusClassifier(undefined);
    expect(classify('CANC BY FAC')).toBe('CANCEL');
    expect(classify('CANC BY PAT')).toBe('CANCEL');
  });

  it("a list printed a clinic a page: each page's clinic goes with its own rows, its code's bracket kept", async () => {
    const head = (page: number, clinic: string) => [
      `                    PATIENT APPOINTMENT LIST                           Page ${page}`,
      'NAVAL BRANCH HEALTH CLINIC                             Printed: 12 Mar 2027 1542',
      `Clinic: ${clinic.padEnd(36)}Dates: 15 Mar 2027 thru 16 Mar 2027`,
      '',
      'Appt Date    Time  Patient Name         DOB          Status',
      '-----------  ----  -------------------  -----------  -----------',
    ];
    const { items, summary } = await read(
      'APPTLIST.TXT',
      [
        /* 1-6 */ ...head(1, 'FAMILY MEDICINE CLINIC (BGAA)'),
        /* 7 */ '15 Mar 2027  0730  RAMIREZ,DANIEL J     02 Apr 1988  KEPT',
        /* 8 */ '15 Mar 2027  1400  MCALLISTER,JAMES R   30 Sep 1984  CANC BY PAT',
        /* 9-14 */ ...head(2, 'PEDIATRICS CLINIC (BDAA)'),
        /* 15 */ '16 Mar 2027  1100  NAKAMURA,EMI         05 Aug 2018  PENDING',
      ],
      'America/Los_Angeles',
      '\r\n',
    );
    expect(summary.doubts).toEqual([]);
    // Before: line 11 was cut into a row (`Clinic: PED`, ..., `16 Mar 202` asked as a status)
    // and every row went as FAMILY MEDICINE CLINIC (BGAA (its bracket cut).
    expect(
      items.map((i) =>
        i.kind === 'appointment'
          ? [i.line, i.appointment.start.toISOString(), i.appointment.status, i.appointment.location]
          : [i.kind === 'error' ? i.error.line : i.line, i.kind],
      ),
    ).toEqual([
      [7, '2027-03-15T14:30:00.000Z', 'NEW', 'FAMILY MEDICINE CLINIC (BGAA)'],
      [8, '2027-03-15T21:00:00.000Z', 'CANCEL', 'FAMILY MEDICINE CLINIC (BGAA)'],
      [15, '2027-03-16T18:00:00.000Z', 'NEW', 'PEDIATRICS CLINIC (BDAA)'],
    ]);
  });

  it("the next clinic's line printed among the rows with no page break gives its rows that clinic", async () => {
    const { items, summary } = await read(
      'APPTLIST.TXT',
      [
        /* 1 */ 'NAVAL BRANCH HEALTH CLINIC                     Printed: 12 Mar 2027 1542',
        /* 2 */ 'Clinic: FAMILY MEDICINE CLINIC (BGAA)          Dates: 15 Mar 2027 thru 16 Mar 2027',
        /* 3 */ 'Appt Date    Time  Patient Name         DOB          Status',
        /* 4 */ '-----------  ----  -------------------  -----------  -----------',
        /* 5 */ '15 Mar 2027  0730  RAMIREZ,DANIEL J     02 Apr 1988  KEPT',
        /* 6 */ 'Clinic: PEDIATRICS CLINIC (BDAA)               Dates: 15 Mar 2027 thru 16 Mar 2027',
        /* 7 */ '16 Mar 2027  1100  NAKAMURA,EMI         05 Aug 2018  PENDING',
      ],
      'America/Los_Angeles',
    );
    expect(summary.doubts).toEqual([]);
    // Before: line 6 was cut at the columns into a row error, and line 7 went as Family Medicine's.
    expect(
      items.map((i) =>
        i.kind === 'appointment'
          ? [i.line, i.appointment.start.toISOString(), i.appointment.location]
          : [i.kind === 'error' ? i.error.line : i.line, i.kind],
      ),
    ).toEqual([
      [5, '2027-03-15T14:30:00.000Z', 'FAMILY MEDICINE CLINIC (BGAA)'],
      [7, '2027-03-16T18:00:00.000Z', 'PEDIATRICS CLINIC (BDAA)'],
    ]);
  });

  it('a title label printed again with another value among the rows is a heading (the file held), never a row', () => {
    // The wrong send it guards: the title's clinic sent for the rows of the next one. A line that
    // only repeats the title, and a day's `Date:` line, keep their own readings.
    const f = new FurnitureFilter(
      ['Date', 'Time', 'Patient', 'Status'],
      ['Clinic: FAMILY MEDICINE  Dates: 03/15/2027 thru 03/16/2027', 'Date: 03/15/2027'],
    );
    expect(f.classify(['Clinic: PEDIATRICS  Dates: 03/15/2027 thru 03/16/2027', '', '', ''])).toBe('heading');
    expect(f.classify(['Clinic: FAMILY MEDICINE  Dates: 03/15/2027 thru 03/16/2027', '', '', ''])).toBe(
      'repeated-title',
    );
    expect(f.classify(['Date: 03/16/2027', '', '', ''])).not.toBe('heading');
  });

  it("a title's value keeps a bracket it opens itself; brackets around the whole are no part of it", () => {
    expect(statedFilters([['Clinic: FAMILY MEDICINE CLINIC (BGAA)']]).location).toBe(
      'FAMILY MEDICINE CLINIC (BGAA)',
    );
    expect(statedFilters([['Location: (North Office)']]).location).toBe('North Office');
    expect(statedFilters([['Location: (All)']]).location).toBeUndefined();
  });
});
