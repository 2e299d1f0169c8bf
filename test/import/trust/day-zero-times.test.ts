// Times of day kept in date-time fields on the calendar's day zero: Access's "Export XML" writes
// `<ApptTime>1899-12-30T09:00:00</ApptTime>`, a .NET or ODBC CSV `12/30/1899 9:00:00 AM`, Apache
// POI `1899-12-31 09:00:00` and Excel `1/0/1900 9:00`. The column is the start time; left unread
// beside a date column at midnight, every file was held as "starts at midnight". Expected starts
// worked out by hand (New York is UTC-5 in March before the 14th: 9:00 is 14:00Z).
import { describe, expect, it } from 'vitest';
import { isTimeOnDayZero, timeOnDayZero } from '../../../main/import/map/day-zero.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('day-zero');
const NY = { timeZone: 'America/New_York' };

/** Access's XML of a query with `times` in its time column, element names as Access escapes them. */
function accessXml(times: string[], timeElement = 'Appt_x0020_Time'): string {
  const names = [
    ['Smith', 'John'],
    ['Garcia', 'Maria'],
    ['Okafor', 'Chidi'],
  ];
  const records = times.map(
    (t, i) => `<qryDaySheet>
<ApptID>${3301 + i}</ApptID>
<ChartNo>${10452 + i}</ChartNo>
<Last_x0020_Name>${names[i]![0]}</Last_x0020_Name>
<First_x0020_Name>${names[i]![1]}</First_x0020_Name>
<DOB>1980-01-02T00:00:00</DOB>
<Appt_x0020_Date>2027-03-02T00:00:00</Appt_x0020_Date>
<${timeElement}>${t}</${timeElement}>
<Provider>Lee, Anna MD</Provider>
<Status>Confirmed</Status>
</qryDaySheet>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<dataroot xmlns:od="urn:schemas-microsoft-com:officedata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="qryDaySheet.xsd">
${records.join('\n')}
</dataroot>
`;
}

/** A CSV with date and time columns, `times` in the column `header`. */
function csv(header: string, times: string[]): string {
  return files.write([
    `ApptID,ChartNo,LastName,FirstName,DOB,ApptDate,${header},Provider,Status`,
    ...times.map(
      (t, i) =>
        `${3301 + i},${10452 + i},Smith${'abc'[i]},John,1/2/1980 12:00:00 AM,3/2/2027 12:00:00 AM,${t},"Lee, Anna MD",Confirmed`,
    ),
  ]);
}

const starts = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => a.start.toISOString());

describe('a time kept on day zero is a time of day', () => {
  it("Access's XML: 1899-12-30T09:00:00 is the start time, _x0020_ a space in the header", async () => {
    const f = files.write(
      accessXml(['1899-12-30T09:00:00', '1899-12-30T14:30:00', '1899-12-30T10:15:00']),
      'xml',
    );
    const r = await collect(f, NY);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(starts(r)).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:30:00.000Z',
      '2027-03-02T15:15:00.000Z',
    ]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Smith', 'Garcia', 'Okafor']);
  });

  it('a .NET/ODBC CSV: 12/30/1899 9:00:00 AM under ApptTime or Start Time', async () => {
    for (const header of ['ApptTime', 'Start Time']) {
      const r = await collect(
        csv(header, ['12/30/1899 9:00:00 AM', '12/30/1899 2:30:00 PM', '12/30/1899 10:15:00 AM']),
        NY,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(starts(r)).toEqual([
        '2027-03-02T14:00:00.000Z',
        '2027-03-02T19:30:00.000Z',
        '2027-03-02T15:15:00.000Z',
      ]);
    }
  });

  it("Excel's day zero, as POI (1899-12-31) and Excel itself (1/0/1900) write it", async () => {
    const poi = await collect(
      csv('Appt Time', ['1899-12-31 09:00:00', '1899-12-31 14:30:00', '1899-12-31 10:15:00']),
      NY,
    );
    expect(poi.summary.doubts).toEqual([]);
    expect(starts(poi)).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:30:00.000Z',
      '2027-03-02T15:15:00.000Z',
    ]);
    const excel = await collect(csv('Appt Time', ['1/0/1900 9:00', '1/0/1900 14:30', '1/0/1900 10:15']), NY);
    expect(excel.summary.doubts).toEqual([]);
    expect(excel.errors).toEqual([]);
    expect(starts(excel)).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T19:30:00.000Z',
      '2027-03-02T15:15:00.000Z',
    ]);
  });

  it("SQL Server's day zero (1900-01-01), as its own CSV and a US-format export write it", async () => {
    for (const times of [
      ['1900-01-01 09:00:00.000', '1900-01-01 14:30:00.000', '1900-01-01 10:15:00.000'],
      ['1/1/1900 09:00:00', '1/1/1900 14:30:00', '1/1/1900 10:15:00'],
    ]) {
      const r = await collect(csv('StartTime', times), NY);
      expect(r.summary.doubts).toEqual([]);
      expect(r.errors).toEqual([]);
      expect(starts(r)).toEqual([
        '2027-03-02T14:00:00.000Z',
        '2027-03-02T19:30:00.000Z',
        '2027-03-02T15:15:00.000Z',
      ]);
    }
  });

  it('a birth date of 1900-01-01 is no day zero: the placeholder it is, an error for its row', async () => {
    const f = files.write([
      'Appt Date,Appt Time,Patient,DOB,Provider',
      '03/02/2027,1900-01-01 09:00:00.000,"Smith, John",1900-01-01 00:00:00.000,Dr Lee',
      '03/02/2027,1900-01-01 09:30:00.000,"Brown, Carl",1/1/1900,Dr Lee',
      '03/02/2027,1900-01-01 10:00:00.000,"White, Dana",1960-04-05 00:00:00.000,Dr Lee',
    ]);
    const r = await collect(f, NY);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'DOB'],
      [3, 'DOB'],
    ]);
    expect(starts(r)).toEqual(['2027-03-02T15:00:00.000Z']);
  });

  it('day zero at midnight is no time: a cancellation date of 1899-12-30 is none, a DOB a placeholder', async () => {
    const f = files.write([
      'Appt Date,Appt Time,Patient,DOB,Provider,Cancel Date',
      '03/02/2027,9:00 AM,"Smith, John",12/30/1899,Dr Lee,12/30/1899 12:00:00 AM',
      '03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Dr Lee,12/30/1899 12:00:00 AM',
      '03/02/2027,10:00 AM,"White, Dana",04/05/1960,Dr Lee,03/01/2027 4:12:00 PM',
    ]);
    const r = await collect(f, NY);
    expect(r.errors.map((e) => [e.line, e.column])).toEqual([[2, 'DOB']]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.status])).toEqual([
      ['Brown', 'NEW'],
      ['White', 'CANCEL'],
    ]);
  });

  it('only day zero: another date with a time is no time of day', () => {
    expect(timeOnDayZero('2027-03-02T09:00:00')).toBeUndefined();
    expect(timeOnDayZero('12/30/1898 9:00 AM')).toBeUndefined();
    expect(timeOnDayZero('30.12.1899 14:30')).toMatchObject({ ok: true, time: { hour: 14, minute: 30 } });
    expect(isTimeOnDayZero('1899-12-30T00:00:00')).toBe(false);
    expect(isTimeOnDayZero('1900-01-01 00:00:00.000')).toBe(false);
    expect(timeOnDayZero('1900-01-02 09:00:00')).toBeUndefined();
  });
});
