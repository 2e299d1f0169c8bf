// Start dates and times as databases write them when nobody formats them. Sources: SQL Server's
// CONVERT styles (0/100 `mon dd yyyy hh:miAM`, 9/109 `mon dd yyyy hh:mi:ss:mmmAM`, 13/113
// `dd mon yyyy hh:mi:ss:mmm`, 21/121 `yyyy-mm-dd hh:mi:ss.mmm`); Oracle's
// default NLS_TIMESTAMP_FORMAT `DD-MON-RR HH.MI.SSXFF AM` and NLS_TIMESTAMP_TZ_FORMAT
// `DD-MON-RR HH.MI.SSXFF AM TZR` (`02-MAR-27 09.00.00.000000000 AM +00:00`); DB2's timestamp
// `2027-03-02-09.00.00.000000`; HL7's DTM `YYYYMMDDHHMM[SS]`; .NET's JSON date
// `/Date(ms)/` (milliseconds since 1970 UTC, the `-0500` after it the writer's zone). Expected
// instants worked out by hand: New York is UTC-5 on 2 and 3 March 2027 (daylight time starts on
// 14 March), so 09:00 there is 14:00Z; 1803992400000 ms is 2027-03-02 13:00:00Z
// (57 years of 365.25 days from 1970 fall on 2027-01-01 = 1798761600 s, plus 60 days and 13 h).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../../main/import/map/parse-date-time.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('database-date-times');
const newYork = { timeZone: 'America/New_York' };

function read(text: string): string {
  const r = parseDateTime(text, { order: 'MDY', twoDigitYear: 'appointment' });
  if (!r.ok) return `refused: ${r.reason}`;
  if (r.kind === 'instant') return `instant ${r.instant.toISOString()}${r.offset ? ` ${r.offset}` : ''}`;
  const p = (n: number): string => String(n).padStart(2, '0');
  const { date: d, time: t } = r;
  return `${d.year}-${p(d.month)}-${p(d.day)} ${p(t.hour)}:${p(t.minute)}:${p(t.second)}.${String(t.millisecond).padStart(3, '0')}`;
}

describe('database date-times in one cell', () => {
  it.each([
    // SQL Server's CONVERT styles 100, 109 and 113 (milliseconds after a colon), 121, datetime2
    ['Mar  2 2027  9:00AM', '2027-03-02 09:00:00.000'],
    ['Mar  2 2027  2:15:30:500PM', '2027-03-02 14:15:30.500'],
    ['02 Mar 2027 09:00:00:000', '2027-03-02 09:00:00.000'],
    ['2027-03-02 09:00:00.000', '2027-03-02 09:00:00.000'],
    ['2027-03-02 09:00:00.0000000', '2027-03-02 09:00:00.000'],
    // Oracle TIMESTAMP, four- and two-digit years (RR: 27 is 2027 for an appointment)
    ['02-MAR-2027 09.00.00.000000 AM', '2027-03-02 09:00:00.000'],
    ['02-MAR-27 02.15.30.500000 PM', '2027-03-02 14:15:30.500'],
    ['02-MAR-27 12.05.00.000000 AM', '2027-03-02 00:05:00.000'],
    // Oracle TIMESTAMP WITH TIME ZONE: the offset makes it an instant
    ['02-MAR-27 09.00.00.000000000 AM +00:00', 'instant 2027-03-02T09:00:00.000Z'],
    ['02-MAR-27 09.00.00.000000000 AM -05:00', 'instant 2027-03-02T14:00:00.000Z -05:00'],
    // DB2
    ['2027-03-02-09.00.00.000000', '2027-03-02 09:00:00.000'],
    ['2027-03-02-14.15.00', '2027-03-02 14:15:00.000'],
    // compact digits
    ['20270302 0900', '2027-03-02 09:00:00.000'],
    ['20270302090000', '2027-03-02 09:00:00.000'],
    ['202703021415', '2027-03-02 14:15:00.000'],
    ['20270302 141530', '2027-03-02 14:15:30.000'],
    // .NET JSON dates
    ['/Date(1803992400000)/', 'instant 2027-03-02T13:00:00.000Z'],
    ['/Date(1803992400000-0500)/', 'instant 2027-03-02T13:00:00.000Z -0500'],
    ['\\/Date(1803992400000+0100)\\/', 'instant 2027-03-02T13:00:00.000Z +0100'],
  ])('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ['2027-03-02-25.00.00.000000', 'hours 0-23'],
    ['20270302 2500', 'hours 0-23'],
    ['20271302 0900', 'not a date'],
    ['20270230090000', 'not a date'],
    ['02-MAR-27 13.00.00.000000 PM', 'no hour 13'],
    // a colon before two digits after the seconds is no fraction of SQL Server's
    ['2027-03-02 09:00:00:00', "':00' after the time"],
    ['/Date(1803992400000-2500)/', 'not a date'],
  ])('%s is refused (%s)', (text, reason) => {
    expect(read(text)).toMatch(reason);
  });

  it("a .NET date at the writer's midnight is the day as written, not a start", () => {
    // 1980-05-17 00:00 at -05:00 is 05:00Z: 3,789 days from 1970 = 327,369,600 s, + 5 h.
    const r = parseDateTime('/Date(327387600000-0500)/', { order: 'MDY' });
    expect(r.ok && r.kind === 'instant' && r.midnightOf).toEqual({ year: 1980, month: 5, day: 17 });
  });
});

describe('dotted times with seconds', () => {
  it('a fraction of a second makes a dotted time a time anywhere; without one it needs AM/PM or a time column', () => {
    expect(parseTime('09.00.00.000000')).toMatchObject({ ok: true, time: { hour: 9, minute: 0 } });
    expect(parseTime('09.00.00').ok).toBe(false);
    expect(parseTime('09.00.00', { compact: true })).toMatchObject({ ok: true, time: { hour: 9 } });
    expect(parseTime('09.30.00 PM')).toMatchObject({ ok: true, time: { hour: 21, minute: 30 } });
  });

  it('a dotted date is not read as a time', () => {
    expect(read('15.01.2026 14:30')).toBe('2026-01-15 14:30:00.000');
    expect(parseTime('15.01.2026').ok).toBe(false);
  });
});

/** Three appointments, the start in one column `header` with `starts`. */
const oneColumn = (header: string, starts: string[]): string[] => [
  `PatientID,FirstName,LastName,DOB,${header},Provider,ApptType`,
  `1001,Anna,Smith,1980-05-17,${starts[0]},Dr Jones,Follow-up`,
  `1002,Ben,Brown,1975-02-03,${starts[1]},Dr Jones,Follow-up`,
  `1003,Cara,Lee,1990-12-30,${starts[2]},Dr Jones,Follow-up`,
];
const starts = async (lines: string[]): Promise<string[]> => {
  const r = await collect(files.write(lines), newYork);
  expect(r.summary.doubts).toEqual([]);
  return r.appointments.map((a) => a.start.toISOString());
};
const EXPECTED = ['2027-03-02T14:00:00.000Z', '2027-03-02T15:30:00.000Z', '2027-03-03T19:15:00.000Z'];

describe('database exports go without a question', () => {
  it.each([
    [
      'Oracle TIMESTAMP',
      ['02-MAR-27 09.00.00.000000 AM', '02-MAR-27 10.30.00.000000 AM', '03-MAR-27 02.15.00.000000 PM'],
    ],
    [
      'Oracle TIMESTAMP WITH TIME ZONE',
      [
        '02-MAR-27 09.00.00.000000000 AM -05:00',
        '02-MAR-27 10.30.00.000000000 AM -05:00',
        '03-MAR-27 02.15.00.000000000 PM -05:00',
      ],
    ],
    [
      'Oracle TIMESTAMP WITH TIME ZONE in UTC',
      [
        '02-MAR-27 02.00.00.000000000 PM +00:00',
        '02-MAR-27 03.30.00.000000000 PM +00:00',
        '03-MAR-27 07.15.00.000000000 PM +00:00',
      ],
    ],
    [
      'SQL Server style 109',
      ['Mar  2 2027  9:00:00:000AM', 'Mar  2 2027 10:30:00:000AM', 'Mar  3 2027  2:15:00:000PM'],
    ],
    ['DB2', ['2027-03-02-09.00.00.000000', '2027-03-02-10.30.00.000000', '2027-03-03-14.15.00.000000']],
    ['YYYYMMDD HHMM', ['20270302 0900', '20270302 1030', '20270303 1415']],
    ['YYYYMMDDHHMMSS', ['20270302090000', '20270302103000', '20270303141500']],
    ['.NET JSON', ['/Date(1803996000000-0500)/', '/Date(1804001400000-0500)/', '/Date(1804101300000-0500)/']],
  ])('%s', async (_, values) => {
    expect(await starts(oneColumn('ApptDateTime', values))).toEqual(EXPECTED);
  });

  it('Oracle local times marked +00:00 are not shifted: held, as any UTC-marked night is', async () => {
    const r = await collect(
      files.write(
        oneColumn('ApptDateTime', [
          '02-MAR-27 09.00.00.000000000 AM +00:00',
          '02-MAR-27 10.30.00.000000000 AM +00:00',
          '03-MAR-27 02.15.00.000000000 PM +00:00',
        ]),
      ),
      newYork,
    );
    expect(r.summary.doubts.map((d) => d.message).join('\n')).toMatch(/marked as.*UTC/);
  });
});

describe('counts since 1970 are not read, and the refusal says what the column holds', () => {
  it.each([
    ['seconds', ['1803992400', '1803997800', '1804101300']],
    ['milliseconds', ['1803992400000', '1803997800000', '1804101300000']],
  ])('%s', async (_, values) => {
    await expect(collect(files.write(oneColumn('ApptDateTime', values)), newYork)).rejects.toThrow(
      new RegExp(`column 'ApptDateTime' holds numbers such as '${values[0]}', not dates`),
    );
  });

  it('a birth date as a spreadsheet day number (1980 or 1984) is not read either', async () => {
    const lines = oneColumn('ApptDateTime', ['2027-03-02 09:00', '2027-03-02 10:30', '2027-03-03 14:15']);
    const serials = ['29358', '27063', '33237'];
    const dobs = lines.map((l, i) => (i === 0 ? l : l.replace(/,\d{4}-\d{2}-\d{2},/, `,${serials[i - 1]},`)));
    await expect(collect(files.write(dobs), newYork)).rejects.toThrow(
      /column 'DOB' holds numbers such as '29358'/,
    );
  });
});

describe('a DB2 extract (test/fixtures/false-holds/db2-timestamp-extract.csv)', () => {
  it('goes with no question, each start at its own time in New York', async () => {
    const r = await collect(path.resolve('test/fixtures/false-holds/db2-timestamp-extract.csv'), newYork);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.patient.dob]),
    ).toEqual([
      ['A0050101', 'NEW', '2027-03-02T13:30:00.000Z', '1956-06-14'],
      ['A0050102', 'NEW', '2027-03-02T14:15:00.000Z', '1979-11-02'],
      ['A0050103', 'CANCEL', '2027-03-02T18:45:00.000Z', '1990-01-30'],
      ['A0050104', 'NEW', '2027-03-03T21:00:00.000Z', '1948-08-21'],
    ]);
  });
});
