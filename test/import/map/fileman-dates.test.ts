// VA FileMan's internal dates (YYYMMDD.HHMMSS, the year less 1700, trailing zeros dropped: the VA
// FileMan Programmer Manual, https://www.hardhats.org/fileman/pm/cl_dt.htm). Every expected value
// worked out by hand: 327 + 1700 = 2027, 248 + 1700 = 1948; Chicago is UTC-5 from 14 March 2027.
import { describe, expect, it } from 'vitest';
import { fileManColumns, fileManText } from '../../../main/import/map/fileman-dates.ts';
import { importedItems, tempDir } from '../read/read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

describe("fileManText: FileMan's internal form as an ISO date and time", () => {
  it.each([
    ['3270315.0930', '2027-03-15 09:30'],
    // Canonic numbers drop trailing zeros: .093 is 09:30, .1 is 10:00, .14 is 14:00.
    ['3270315.093', '2027-03-15 09:30'],
    ['3270315.1', '2027-03-15 10:00'],
    ['3270315.14', '2027-03-15 14:00'],
    ['3270315.143015', '2027-03-15 14:30:15'],
    ['3270315.0805', '2027-03-15 08:05'],
    // A date alone stays a date alone (no start: the row is refused for its time).
    ['3270315', '2027-03-15'],
    ['2480603', '1948-06-03'],
    ['3001231.2359', '2000-12-31 23:59'],
  ])("'%s' is %s", (typed, iso) => {
    expect(fileManText(typed)).toBe(iso);
  });

  it.each([
    // FileMan's midnight ENDING the day (24:00), and one second past midnight: never moved to a day.
    '3270315.24',
    '3270315.000001',
    // Imprecise dates (March 2027, 2027) and days that do not exist.
    '3270300',
    '3270000',
    '3270230',
    // Minutes past 59, hours past 24.
    '3270315.0960',
    '3270315.25',
    // Years outside 1900-2099: a Minguo 1160315, an IBM CYYMMDD 1270315, an id 9990101.
    '1160315',
    '1270315',
    '9990101',
    // Not seven digits before the point.
    '327031.09',
    '32703150',
  ])("'%s' is no FileMan date read", (typed) => {
    expect(fileManText(typed)).toBeUndefined();
  });
});

describe('fileManColumns: read only where the header and the file prove them', () => {
  const read = (headers: string[], rows: string[][], titles: string[] = []) => {
    const c = fileManColumns(headers, rows, titles);
    return c?.headers ?? [];
  };

  it('a date-time column with its times proves the file: its birth dates are read too', () => {
    expect(
      read(
        ['PATIENT', 'HRN', 'DOB', 'APPOINTMENT DATE/TIME'],
        [
          ['HALVORSEN,ERIK J', '104233', '2480603', '3270315.08'],
          ['BEGAY,LORETTA', '100954', '2610102', '3270316.0915'],
        ],
      ),
    ).toEqual(['DOB', 'APPOINTMENT DATE/TIME']);
  });

  it('an MRN or a Number of seven digits is never a date, even in a VistA file', () => {
    const rows = [
      ['3270315', '3270315', 'SMITH,JOHN', '3270316'],
      ['3270401', '3270401', 'DOE,JANE', '3270316'],
    ];
    expect(read(['MRN', 'Number', 'PATIENT', 'APPT DATE'], rows, ['VistA SCHEDULING EXPORT'])).toEqual([
      'APPT DATE',
    ]);
  });

  it('birth dates alone in the 1900s (2480603: the 105th day of 2021 is 2021105) need the file to name FileMan', () => {
    const rows = [
      ['SMITH,JOHN', '2480603'],
      ['DOE,JANE', '2550209'],
    ];
    expect(read(['PATIENT', 'DOB'], rows)).toEqual([]);
    expect(read(['PATIENT', 'DOB'], rows, ['RPMS PATIENT LIST'])).toEqual(['DOB']);
    // A place called Vista is no VistA.
    expect(read(['PATIENT', 'DOB'], rows, ['CHULA VISTA FAMILY CLINIC'])).toEqual([]);
  });

  it('a column with one value of another shape is not read at all', () => {
    expect(
      read(
        ['PATIENT', 'APPOINTMENT DATE/TIME'],
        [
          ['SMITH,JOHN', '3270315.08'],
          ['DOE,JANE', 'MAR 15,2027@09:00'],
        ],
      ),
    ).toEqual([]);
  });
});

describe('a VistA file of internal dates, imported', () => {
  it("is sent at each row's time, its .24 row refused, never moved to midnight", async () => {
    const file = t.write(
      'SDAPPTS.TXT',
      [
        'PATIENT^HRN^DOB^APPOINTMENT DATE/TIME^CLINIC^STATUS',
        'HALVORSEN,ERIK J^104233^2480603^3270315.08^PACT BLUE^FUTURE',
        "O'NEIL,MARY K^100871^2550209^3270315.143^PACT BLUE^FUTURE",
        'BEGAY,LORETTA^100954^2610102^3270316.0915^PACT RED^CANCELLED BY CLINIC',
        'YAZZIE,RAY^100977^2700411^3270316.24^PACT RED^FUTURE',
        '',
      ].join('\n'),
    );
    const { items } = await importedItems(file, '1c7ecf9f-9700-4e70-b976-9356db658274', 'America/Chicago');
    const got = items.map((i) =>
      i.kind === 'appointment'
        ? [i.line, i.appointment.start.toISOString(), i.appointment.status, i.appointment.patient.dob]
        : [i.kind === 'error' ? i.error.line : i.line, i.kind],
    );
    expect(got).toEqual([
      // 08:00 CDT is 13:00Z; 14:30 CDT 19:30Z; 09:15 CDT 14:15Z.
      [2, '2027-03-15T13:00:00.000Z', 'NEW', '1948-06-03'],
      [3, '2027-03-15T19:30:00.000Z', 'NEW', '1955-02-09'],
      [4, '2027-03-16T14:15:00.000Z', 'CANCEL', '1961-01-02'],
      [5, 'error'],
    ]);
  });
});
