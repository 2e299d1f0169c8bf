// Red team, round 60g: a visit's time as real exports write it, attacked for WRONG SENDS (a visit
// sent at another instant). The three-row file (Hollis, Obi, Lindqvist; three-row-probes.ts) with
// the time under test in a column, or on Obi's row (line 3): compact and military clocks (`0830`,
// `830`, `8h30`, `08H30`, `9.00`), seconds and fractions, spreadsheet day fractions in text and in
// workbook cells (with float noise a floor would read a minute early), noon and midnight
// spellings, AM/PM on some rows only or beside a 24-hour clock above 12, times in words, zone
// words and Windows zone names in the cell, offsets an Arizona or Hawaii exporter writes for a
// daylight time those places never keep, the skipped and the repeated hour, arrival and length
// columns beside (or instead of) the start, and an end before the start.
// Every outcome was worked out by hand before the first run, as the start each row must go at
// (UTC minutes) or `null`: the row must not go (held, or a row error on its line). A hold of the
// whole file is never a wrong send. A probe whose name starts with FAULT sent wrong before its fix.
// Calendar, by hand: 1 January 2027 is a Friday, so 22 March 2027 is a Monday, 12 July 2027 a
// Monday, 14 March 2027 the second Sunday of March (US clocks go forward at 2:00: 2:00–2:59 AM
// does not happen) and 7 November 2027 the first Sunday of November (back at 2:00: 1:00–1:59 AM
// happens twice). Los Angeles: PDT (UTC-7) from 14 March 3:00 to 7 November 2:00, PST (UTC-8)
// otherwise: 22 March 9:00 = 16:00Z, 10:00 = 17:00Z, 23 March 13:30 = 20:30Z; 7 November 1:30 AM
// is 08:30Z (PDT) or 09:30Z (PST), 9:00 AM 17:00Z. Chicago keeps CDT (UTC-5) in March after the
// 14th and in July, New York EDT (UTC-4); Denver MDT (UTC-6) in July; Phoenix MST (UTC-7) and
// Honolulu HST (UTC-10) all year. Excel serial 46468 is 22 March 2027 (46461 is 15 March), and a
// day fraction of 0.375 is 9:00, 0.41666… 10:00, 0.5625 13:30.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { workbook } from '../read/xlsx-builder.ts';
import { SHEET_NS, xText } from '../read/xlsx-appointment-rows.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  TIME,
} from './three-row-probes.ts';
import { expectNoWrong, wrong, MARCH, obiAt, type Want } from './start-probes.ts';

const files = exportFiles('redteam-round-60g');
const LA = 'America/Los_Angeles';

const read = (file: string, timeZone: string): Promise<Run> =>
  collect(file, { timeZone }).catch(() => 'refused' as const);
const runCols = (cols: Cols, timeZone = LA): Promise<Run> => read(files.write(lines(cols)), timeZone);

/** The base columns with the time column replaced by `time` (and the date by `date`). */
const withTime = (time: [string, string[]], date: [string, string[]] = DATE, extra: Cols = []): Cols => [
  date,
  time,
  ...extra,
  PATIENT,
  DOB,
  PID,
  PROVIDER,
  APPT,
];
const obiTime = (obi: string): [string, string[]] => [TIME[0], [TIME[1][0]!, obi, TIME[1][2]!]];

// ---------------------------------------------------------------------------------------------
// A. A whole time column in one shape: each proves its reading (13:30 or a PM says the clock)
// ---------------------------------------------------------------------------------------------
describe('A. a time column in one shape (Los Angeles, 22–23 March 2027)', () => {
  it.each<[string[], Want]>([
    [['0900', '1000', '1330'], MARCH],
    [['900', '1000', '1330'], MARCH],
    [['9h00', '10h00', '13h30'], MARCH],
    [['09H00', '10H00', '13H30'], MARCH],
    [['9h', '10h', '13h30'], MARCH],
    [['9.00', '10.00', '13.30'], MARCH],
    [['09.00', '10.00', '13.30'], MARCH],
    [['9:00:00', '10:00:00', '13:30:00'], MARCH],
    [['9:00:00 AM', '10:00:00 AM', '1:30:00 PM'], MARCH],
    [['09:00:00.000', '10:00:00.000', '13:30:00.000'], MARCH],
    // SQL Server's time(7)
    [['09:00:00.0000000', '10:00:00.0000000', '13:30:00.0000000'], MARCH],
    [['9:00 a.m.', '10:00 a.m.', '1:30 p.m.'], MARCH],
    [['9:00 A', '10:00 A', '1:30 P'], MARCH],
    [['9a', '10a', '1:30p'], MARCH],
    [['9:00a', '10:00a', '1:30p'], MARCH],
    [['9am', '10am', '1.30pm'], MARCH],
    [['9 AM', '10 AM', '1:30 PM'], MARCH],
    [['9:00AM', '10:00AM', '01:30PM'], MARCH],
    // seconds a clock stamped: the visit's minute
    [['9:00:30 AM', '10:00:15 AM', '1:30:45 PM'], MARCH],
    // spreadsheet day fractions as text, and with the float noise a floor reads a minute early
    [['0.375', '0.416666666666667', '0.5625'], MARCH],
    [['0.375', '0.41666666666666663', '0.56249999999999989'], MARCH],
    // no AM/PM anywhere: 1:30 on an afternoon list is never 1:30 at night
    [
      ['9:00', '10:00', '1:30'],
      [MARCH[0]!, MARCH[1]!, null],
    ],
  ])('Appt Time %j', async (times, want) => {
    await expectNoWrong(runCols(withTime(['Appt Time', times])), want);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Obi's time alone in another shape, in a column of `9:00 AM` / `1:30 PM`
// ---------------------------------------------------------------------------------------------
describe("B. Obi's cell in a 12-hour column", () => {
  it.each<[string, string | null]>([
    // noon, written every way a desk writes it: 19:00Z
    ['noon', '2027-03-22T19:00'],
    ['Noon', '2027-03-22T19:00'],
    ['NOON', '2027-03-22T19:00'],
    ['12:00 PM', '2027-03-22T19:00'],
    ['12 PM', '2027-03-22T19:00'],
    ['12:00 Noon', '2027-03-22T19:00'],
    ['12 Noon', '2027-03-22T19:00'],
    ['12:00 N', '2027-03-22T19:00'],
    ['12:30 PM', '2027-03-22T19:30'],
    // midnight on a clinic list is a slip or an untimed row: never sent at midnight
    ['12:00 AM', null],
    ['12:00 Midnight', null],
    ['0:00', null],
    ['00:00', null],
    ['24:00', null],
    ['12:30 AM', null],
    // a morning time the column's own shape shows: 8:00 AM 15:00Z, 8:30 AM 15:30Z
    ['8a', '2027-03-22T15:00'],
    ['8:00a', '2027-03-22T15:00'],
    ['8:00 a.m.', '2027-03-22T15:00'],
    ['8:30 AM', '2027-03-22T15:30'],
    // no AM/PM in a column that writes it on the others: a person could not be sure of 2:00 or
    // 7:30 (morning or evening); 8.30, 0830, 830, 8h30 are morning readings or held
    ['2:00', null],
    ['7:30', null],
    ['5:00', null],
    // 24-hour times beside AM/PM on the same row
    ['13:30 AM', null],
    ['14:00 AM', null],
    ['00:30 AM', null],
    // times in words a front desk types
    ['morning', null],
    ['AM', null],
    ['PM', null],
    ['after lunch', null],
    ['first thing', null],
    ['TBD', null],
    ['10ish', null],
    ['10 or 11 AM', null],
  ])('Obi = %s', async (obi, want) => {
    await expectNoWrong(runCols(withTime(obiTime(obi))), obiAt(want));
  });

  // a morning reading is the only right send; a hold is fine
  it.each<[string, string]>([
    ['10:00', '2027-03-22T17:00'],
    ['8.30', '2027-03-22T15:30'],
    ['0830', '2027-03-22T15:30'],
    ['830', '2027-03-22T15:30'],
    ['8h30', '2027-03-22T15:30'],
    ['08H30', '2027-03-22T15:30'],
    ['13:30 PM', '2027-03-22T20:30'],
    ['0:30 PM', '2027-03-22T19:30'],
    ['9 in the morning', '2027-03-22T16:00'],
    ['nine am', '2027-03-22T16:00'],
    ['half past nine AM', '2027-03-22T16:30'],
    ['~10:00 AM', '2027-03-22T17:00'],
    ['10:00 AM PT', '2027-03-22T17:00'],
    ['10:00 AM PDT', '2027-03-22T17:00'],
    ['10:00 AM Pacific', '2027-03-22T17:00'],
  ])('Obi = %s: held or %s', async (obi, at) => {
    await expectNoWrong(runCols(withTime(obiTime(obi))), obiAt(at));
  });

  // a zone word that is not the practice's clock, or names the standard time in daylight time
  it.each<string>(['10:00 AM CST', '10:00 AM PST', '10:00 AM Mountain', '10:00 AM MT', '10:00 AM Central'])(
    'Obi = %s on 22 March in Los Angeles: never 17:00Z (the Pacific reading)',
    async (obi) => {
      const r = await runCols(withTime(obiTime(obi)));
      if (!held(r) && r !== 'refused')
        expect(r.appointments.find((a) => a.patient.lastName === 'Obi')?.start.toISOString()).not.toBe(
          '2027-03-22T17:00:00.000Z',
        );
    },
  );
});

// ---------------------------------------------------------------------------------------------
// C. Zone words in July (a practice in Los Angeles, Phoenix or Honolulu)
// ---------------------------------------------------------------------------------------------
describe('C. zone words and offsets in July', () => {
  const JULY: [string, string[]] = ['Appt Date', ['07/12/2027', '07/12/2027', '07/13/2027']];
  const julyObi = (obi: string): Cols => withTime(obiTime(obi), JULY);
  // LA in July: Hollis 9:00 = 16:00Z, Lindqvist 13 July 13:30 = 20:30Z
  const la = (obi: string | null): Want => ['2027-07-12T16:00', obi, '2027-07-13T20:30'];
  it.each<[string, string | null]>([
    // CST written in July: literally UTC-6 (16:00Z) or Central's clock CDT (15:00Z)
    ['10:00 AM CST', null],
    // Mountain: Denver's MDT (16:00Z) or Arizona's MST (17:00Z)
    ['10:00 AM Mountain', null],
    ['10:00 AM MT', null],
    // Eastern in July is EDT: 14:00Z
    ['10:00 AM ET', '2027-07-12T14:00'],
    ['10:00 AM EDT', '2027-07-12T14:00'],
    // a Windows zone name: its (UTC-07:00) is Mountain's standard offset, Denver keeps MDT in July
    ['10:00 AM (UTC-07:00) Mountain Time (US & Canada)', '2027-07-12T16:00'],
    ['10:00 AM (GMT-07:00) Arizona', '2027-07-12T17:00'],
    // the practice's own zone named by its Windows name: Pacific's clock (PDT), never UTC-8
    ['10:00 AM (UTC-08:00) Pacific Time (US & Canada)', '2027-07-12T17:00'],
  ])('Los Angeles, Obi = %s: held or %s', async (obi, at) => {
    await expectNoWrong(runCols(julyObi(obi)), la(at));
  });

  // Phoenix keeps MST: 9:00 = 16:00Z, 10:00 = 17:00Z, 13:30 = 20:30Z
  const PHX: Want = ['2027-07-12T16:00', '2027-07-12T17:00', '2027-07-13T20:30'];
  const iso = (offset: string): [string, string[]] => [
    'Appt Start',
    ['2027-07-12T09:00:00', '2027-07-12T10:00:00', '2027-07-13T13:30:00'].map((t) => t + offset),
  ];
  const isoCols = (start: [string, string[]]): Cols => [start, PATIENT, DOB, PID, PROVIDER, APPT];
  it('Phoenix, ISO starts at -07:00 (its own offset): sent at the instants written', async () => {
    await expectNoWrong(runCols(isoCols(iso('-07:00')), 'America/Phoenix'), PHX);
  });
  it('Phoenix, ISO starts at -06:00 in July (an exporter that applied daylight time): held', async () => {
    await expectNoWrong(runCols(isoCols(iso('-06:00')), 'America/Phoenix'), [null, null, null]);
  });
  it('Phoenix, 9:00 AM MDT written in July: never 16:00Z (9:00 read as Phoenix clock)', async () => {
    const r = await runCols(withTime(obiTime('10:00 AM MDT'), JULY), 'America/Phoenix');
    // 10:00 MDT is 16:00Z (9:00 in Phoenix): held or sent so, never 17:00Z
    expect(wrong(r, ['2027-07-12T16:00', '2027-07-12T16:00', '2027-07-13T20:30'])).toBe('');
  });
  it('Honolulu, ISO starts at -10:00: sent at the instants written', async () => {
    await expectNoWrong(runCols(isoCols(iso('-10:00')), 'Pacific/Honolulu'), [
      '2027-07-12T19:00',
      '2027-07-12T20:00',
      '2027-07-13T23:30',
    ]);
  });
  it('Honolulu, ISO starts at -09:00 (a daylight time Hawaii never keeps): held', async () => {
    await expectNoWrong(runCols(isoCols(iso('-09:00')), 'Pacific/Honolulu'), [null, null, null]);
  });
  it('Honolulu, starts written 10:00 AM HDT: held', async () => {
    const r = await runCols(withTime(obiTime('10:00 AM HDT'), JULY), 'Pacific/Honolulu');
    expect(wrong(r, ['2027-07-12T19:00', null, '2027-07-13T23:30'])).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. The clock changes: the skipped hour (14 March) and the repeated hour (7 November)
// ---------------------------------------------------------------------------------------------
describe('D. the skipped and the repeated hour (Los Angeles, 2027)', () => {
  const SPRING: [string, string[]] = ['Appt Date', ['03/14/2027', '03/14/2027', '03/15/2027']];
  it.each<[string[]]>([
    [['9:00 AM', '2:30 AM', '1:30 PM']],
    [['09:00', '02:30', '13:30']],
    [['0900', '0230', '1330']],
  ])('14 March, Obi at %j: 2:30 does not happen that night: Obi never goes', async (times) => {
    // Hollis 14 March 9:00 PDT = 16:00Z; Lindqvist 15 March 13:30 = 20:30Z
    await expectNoWrong(runCols(withTime(['Appt Time', times], SPRING)), [
      '2027-03-14T16:00',
      null,
      '2027-03-15T20:30',
    ]);
  });
  const AUTUMN: [string, string[]] = ['Appt Date', ['11/07/2027', '11/07/2027', '11/08/2027']];
  it.each<[string[]]>([
    [['1:30 AM', '1:30 AM', '1:30 PM']],
    [['01:30', '01:30', '13:30']],
    [['0130', '0130', '1330']],
  ])('7 November, two visits an hour apart both written %j: neither goes', async (times) => {
    // Lindqvist 8 November 13:30 PST = 21:30Z
    await expectNoWrong(runCols(withTime(['Appt Time', times], AUTUMN)), [null, null, '2027-11-08T21:30']);
  });
  it('7 November, 1:30 AM PDT and 1:30 AM PST: held or sent an hour apart (08:30Z, 09:30Z)', async () => {
    await expectNoWrong(runCols(withTime(['Appt Time', ['1:30 AM PDT', '1:30 AM PST', '1:30 PM']], AUTUMN)), [
      '2027-11-07T08:30',
      '2027-11-07T09:30',
      '2027-11-08T21:30',
    ]);
  });
  it('7 November, ISO starts at 1:30 -07:00 and 1:30 -08:00: sent an hour apart', async () => {
    const start: [string, string[]] = [
      'Appt Start',
      ['2027-11-07T01:30:00-07:00', '2027-11-07T01:30:00-08:00', '2027-11-08T13:30:00-08:00'],
    ];
    await expectNoWrong(runCols([start, PATIENT, DOB, PID, PROVIDER, APPT]), [
      '2027-11-07T08:30',
      '2027-11-07T09:30',
      '2027-11-08T21:30',
    ]);
  });
  it('7 November, 9:00 AM and 1:30 AM in one file: the 1:30 never goes', async () => {
    await expectNoWrong(runCols(withTime(['Appt Time', ['9:00 AM', '1:30 AM', '1:30 PM']], AUTUMN)), [
      '2027-11-07T17:00',
      null,
      '2027-11-08T21:30',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// E. Columns beside the start: arrival, length, end; a start column that is not there
// ---------------------------------------------------------------------------------------------
describe('E. arrival, length and end columns', () => {
  const ARRIVE: [string, string[]] = ['Arrival Time', ['8:45 AM', '9:45 AM', '1:15 PM']];
  it.each<[string, Cols, Want]>([
    ['an Arrival Time before the Appt Time', withTime(TIME, DATE, [ARRIVE]), MARCH],
    ['an Arrival Time after the Appt Time', [DATE, ARRIVE, TIME, PATIENT, DOB, PID, PROVIDER, APPT], MARCH],
    ['a Check-In Time beside the Appt Time', withTime(TIME, DATE, [['Check-In Time', ARRIVE[1]]]), MARCH],
    // a `Time` column of minutes beside the `Start`
    [
      'a Time column of minutes beside Start',
      [DATE, ['Time', ['30', '45', '60']], ['Start', TIME[1]], PATIENT, DOB, PID, PROVIDER, APPT],
      MARCH,
    ],
    [
      'a Duration of 0:30 beside the Time',
      withTime(['Time', TIME[1]], DATE, [['Duration', ['0:30', '0:45', '1:00']]]),
      MARCH,
    ],
    // lengths in every shape, and an end that disagrees with them: the start is what goes
    [
      'lengths 30 min / 1.5 hr / 1h 30m beside an end that disagrees',
      withTime(TIME, DATE, [
        ['Duration', ['30 min', '1.5 hr', '1h 30m']],
        ['End Time', ['9:45 AM', '10:30 AM', '2:00 PM']],
      ]),
      MARCH,
    ],
    [
      'a Length of 90 beside an End 30 minutes after the start',
      withTime(TIME, DATE, [
        ['Length', ['90', '90', '90']],
        ['End Time', ['9:30 AM', '10:30 AM', '2:00 PM']],
      ]),
      MARCH,
    ],
    // a `Time` column of lengths and no start: nothing says when the visits are
    [
      'a Time column of 0:30 lengths and no start',
      withTime(['Appt Time', ['0:30', '0:45', '1:00']]),
      [null, null, null],
    ],
    [
      'an Appt Time of 30 min and no start',
      withTime(['Appt Time', ['30 min', '45 min', '60 min']]),
      [null, null, null],
    ],
    [
      'a Time column of 30 / 45 / 60 and no start',
      withTime(['Time', ['30', '45', '60']]),
      [null, null, null],
    ],
  ])('%s', async (_name, cols, want) => {
    await expectNoWrong(runCols(cols), want);
  });

  it('an Arrival Time and no appointment time: never sent at the arrival time as the visit', async () => {
    const r = await runCols([DATE, ARRIVE, PATIENT, DOB, PID, PROVIDER, APPT]);
    // the visit's own time is not written: held, or sent at the arrival the file states
    expect(wrong(r, ['2027-03-22T15:45', '2027-03-22T16:45', '2027-03-23T20:15'])).toBe('');
  });

  it.each<[string, string[], string[], Want]>([
    // an overnight sleep study: 9:00 PM to 6:00 AM; 22 March 9:00 PM = 23 March 04:00Z
    [
      'sleep studies overnight',
      ['9:00 PM', '10:00 PM', '1:30 PM'],
      ['6:00 AM', '6:00 AM', '2:00 PM'],
      ['2027-03-23T04:00', '2027-03-23T05:00', '2027-03-23T20:30'],
    ],
    // an AM/PM slip: 10:00 PM to 10:30 AM is no visit; a person could not say which is wrong
    [
      'FAULT 10:00 PM to 10:30 AM',
      ['9:00 AM', '10:00 PM', '1:30 PM'],
      ['9:30 AM', '10:30 AM', '2:00 PM'],
      obiAt(null),
    ],
    // the same slip read forward: 1:30 AM to 2:00 PM is 1:30 PM to 2:00 PM with its PM lost
    [
      'FAULT 1:30 AM to 2:00 PM',
      ['9:00 AM', '10:00 AM', '1:30 AM'],
      ['9:30 AM', '10:30 AM', '2:00 PM'],
      [MARCH[0]!, MARCH[1]!, null],
    ],
    [
      'FAULT 6:45 AM to 7:15 PM',
      ['9:00 AM', '6:45 AM', '1:30 PM'],
      ['9:30 AM', '7:15 PM', '2:00 PM'],
      obiAt(null),
    ],
    // twelve hours, the longest sleep study (7 PM to 7 AM; 8 PM to 6 AM): they go
    [
      'sleep studies of twelve and ten hours',
      ['7:00 PM', '8:00 PM', '1:30 PM'],
      ['7:00 AM', '6:00 AM', '2:00 PM'],
      ['2027-03-23T02:00', '2027-03-23T03:00', '2027-03-23T20:30'],
    ],
    // a 24-hour start beside an end with AM: 22:00 to 10:30 AM is 22:00 to 22:30 with its PM lost
    ['FAULT 22:00 to 10:30 AM', ['09:00', '22:00', '13:30'], ['9:30 AM', '10:30 AM', '2:00 PM'], obiAt(null)],
    // an end minutes before the start (typed the wrong way round): the start is not sure
    [
      'an end 30 minutes before the start',
      ['9:00 AM', '10:00 AM', '1:30 PM'],
      ['9:30 AM', '9:30 AM', '2:00 PM'],
      obiAt(null),
    ],
  ])('Start and End: %s', async (_name, starts, ends, want) => {
    const cols: Cols = [DATE, ['Start Time', starts], ['End Time', ends], PATIENT, DOB, PID, PROVIDER, APPT];
    await expectNoWrong(runCols(cols), want);
  });

  it('FAULT start and end as date and time in one cell each, 10:00 PM to 10:30 AM on one day: Obi never goes', async () => {
    const at = (t: string[]): string[] => t.map((x, i) => `${DATE[1][i]} ${x}`);
    const cols: Cols = [
      ['Appt Start', at(['9:00 AM', '10:00 PM', '1:30 PM'])],
      ['Appt End', at(['9:30 AM', '10:30 AM', '2:00 PM'])],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ];
    await expectNoWrong(runCols(cols), obiAt(null));
  });

  it('a date serial with its day fraction in one CSV cell: held or sent at 9:00, 10:00, 13:30', async () => {
    const cols: Cols = [
      ['Appt Date/Time', ['46468.375', '46468.416666666664', '46469.5625']],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ];
    await expectNoWrong(runCols(cols), MARCH);
  });
});

// ---------------------------------------------------------------------------------------------
// F. Workbooks: times as cells Excel writes
// ---------------------------------------------------------------------------------------------
describe('F. workbook cells', () => {
  const HEADS = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const FIXED = [
    ['Hollis, Grace', '06/02/1970', '100415', 'Dr. Nina Patel', '88101'],
    ['Obi, Adaeze', '04/05/1999', '100871', 'Dr. Raj Lee', '88102'],
    ['Lindqvist, Sven', '08/29/1963', '100954', 'Dr. Nina Patel', '88103'],
  ];
  /** Styles: 0 General, 1 m/d/yyyy (14), 2 h:mm AM/PM (18), 3 h:mm (20), 4 m/d/yy h:mm (22),
   *  5 h:mm:ss (21). */
  const STYLES =
    `<styleSheet ${SHEET_NS}><cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>` +
    '<xf numFmtId="18" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/>' +
    '<xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="21" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const num = (ref: string, v: string, s: number): string => `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  /** A workbook whose rows' first cells are `lead(i, r)` (the date and time cells, their XML). */
  const book = (heads: string[], lead: (i: number, r: number) => string): string => {
    const header = `<row r="1">${heads.map((h, i) => xText(`${'ABCDEFG'[i]}1`, h)).join('')}</row>`;
    const rows = FIXED.map((f, i) => {
      const r = i + 2;
      const k = heads.length - f.length;
      return `<row r="${r}">${lead(i, r)}${f.map((v, j) => xText(`${'ABCDEFG'[k + j]}${r}`, v)).join('')}</row>`;
    }).join('');
    return files.write(
      workbook([{ name: 'Sheet1', xml: `<sheetData>${header}${rows}</sheetData>` }], { styles: STYLES }),
      'xlsx',
    );
  };
  const DAYS = ['46468', '46468', '46469'];
  const dateAnd = (times: string[], s: number) => (i: number, r: number) =>
    num(`A${r}`, DAYS[i]!, 1) + num(`B${r}`, times[i]!, s);
  const FRACTIONS = ['0.375', '0.41666666666666669', '0.5625'];

  it.each<[string, (i: number, r: number) => string, Want]>([
    ['date cells and h:mm AM/PM time cells', dateAnd(FRACTIONS, 2), MARCH],
    ['date cells and h:mm time cells', dateAnd(FRACTIONS, 3), MARCH],
    ['date cells and h:mm:ss time cells', dateAnd(FRACTIONS, 5), MARCH],
    // float noise a floor reads one minute early (9:59, 13:29)
    [
      'time cells with float noise',
      dateAnd(['0.375', '0.41666666666666663', '0.56249999999999989'], 3),
      MARCH,
    ],
    ['time cells in General (0.375)', dateAnd(FRACTIONS, 0), MARCH],
    ['time cells typed as text', (i, r) => num(`A${r}`, DAYS[i]!, 1) + xText(`B${r}`, TIME[1][i]!), MARCH],
    // a time cell holding a whole day and the time (Excel shows only the h:mm)
    ['time cells of 1.375 shown as h:mm', dateAnd(['1.375', '1.4166666666666667', '1.5625'], 3), MARCH],
    // Obi's time cell a midnight: never sent at midnight
    ['Obi at 0 in an h:mm cell', dateAnd(['0.375', '0', '0.5625'], 3), obiAt(null)],
  ])('%s', async (_name, lead, want) => {
    await expectNoWrong(read(book(HEADS, lead), LA), want);
  });

  const ONE = ['Appt Date', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const SERIALS = ['46468.375', '46468.416666666664', '46469.5625'];
  it.each<[string, (i: number, r: number) => string, Want]>([
    ['one date-and-time cell (m/d/yy h:mm)', (i, r) => num(`A${r}`, SERIALS[i]!, 4), MARCH],
    // the time hidden by a date-only format: its value still says 9:00
    ['a date serial with a time fraction shown as a date', (i, r) => num(`A${r}`, SERIALS[i]!, 1), MARCH],
    // a date and no time anywhere: never midnight
    ['date cells and no time', (i, r) => num(`A${r}`, DAYS[i]!, 1), [null, null, null]],
    // Obi's date-and-time cell at midnight among timed ones
    [
      "Obi's date-and-time cell at 0:00",
      (i, r) => num(`A${r}`, i === 1 ? '46468' : SERIALS[i]!, 4),
      obiAt(null),
    ],
  ])('%s', async (_name, lead, want) => {
    await expectNoWrong(read(book(ONE, lead), LA), want);
  });
});

// ---------------------------------------------------------------------------------------------
// G. More shapes: spaces Node and Excel write, suffixes, a date column with its own midnight, a
//    time column that disagrees with the date's time, minutes after midnight, a separate AM/PM
//    column, hour and minute columns, offsets of the wrong season
// ---------------------------------------------------------------------------------------------
describe('G. more shapes beside the date', () => {
  it.each<[string[], Want]>([
    // a narrow no-break space (what Intl writes before AM/PM since ICU 72) and a no-break space
    [['9:00\u202fAM', '10:00\u202fAM', '1:30\u202fPM'], MARCH],
    [['9:00\u00a0AM', '10:00\u00a0AM', '1:30\u00a0PM'], MARCH],
    [['9:00 a. m.', '10:00 a. m.', '1:30 p. m.'], MARCH],
    [['0900 hrs', '1000 hrs', '1330 hrs'], MARCH],
    [['9:00 Uhr', '10:00 Uhr', '13:30 Uhr'], MARCH],
    [['9 h 00', '10 h 00', '13 h 30'], MARCH],
    // minutes after midnight, or HHMM (5:40, 6:00, 8:10)? A person could not be sure
    [
      ['540', '600', '810'],
      [null, null, null],
    ],
    // impossible clocks on Obi's row
    [['9:00 AM', '25:00', '1:30 PM'], obiAt(null)],
    [['9:00 AM', '9:60 AM', '1:30 PM'], obiAt(null)],
    [['9:00 AM', '10:75 AM', '1:30 PM'], obiAt(null)],
    // a day fraction column with Obi's cell a whole day or nothing: never midnight
    [['0.375', '0', '0.5625'], obiAt(null)],
    [['0.375', '1', '0.5625'], obiAt(null)],
    [['9:00:00', '0:00:00', '13:30:00'], obiAt(null)],
    // a time column that holds the whole date and time as a serial
    [['46468.375', '46468.416666666664', '46469.5625'], MARCH],
    // day-zero stamps from Access and SQL Server time-as-datetime columns
    [['12/30/1899 9:00:00 AM', '12/30/1899 10:00:00 AM', '12/30/1899 1:30:00 PM'], MARCH],
    [['1899-12-30 09:00:00', '1899-12-30 10:00:00', '1899-12-30 13:30:00'], MARCH],
    [['1900-01-01 09:00:00', '1900-01-01 10:00:00', '1900-01-01 13:30:00'], MARCH],
    // AM/PM on only some rows, most rows without
    [['9:00', '10:00 AM', '1:30'], MARCH],
  ])('Appt Time %j', async (times, want) => {
    await expectNoWrong(runCols(withTime(['Appt Time', times])), want);
  });

  it.each<[string, Cols, Want]>([
    // the date column's own midnight (a datetime export of a date field): the time column says when
    [
      'a date stamped 12:00:00 AM beside the time',
      withTime(TIME, ['Appt Date', DATE[1].map((d) => `${d} 12:00:00 AM`)]),
      MARCH,
    ],
    [
      'a date stamped 00:00:00.000 beside the time',
      withTime(TIME, [
        'Appt Date',
        ['2027-03-22 00:00:00.000', '2027-03-22 00:00:00.000', '2027-03-23 00:00:00.000'],
      ]),
      MARCH,
    ],
    // the date column carries a time that agrees on two rows and not on Obi's: which is it?
    [
      "a date's time that disagrees with the time column on Obi's row",
      withTime(TIME, ['Appt Date', ['03/22/2027 09:00', '03/22/2027 11:00', '03/23/2027 13:30']]),
      obiAt(null),
    ],
    // a separate AM/PM column: 10:00 with PM on Obi's row is 10 PM (05:00Z on the 23rd), never 10 AM
    [
      'a separate AM/PM column',
      withTime(['Appt Time', ['9:00', '10:00', '1:30']], DATE, [['AM/PM', ['AM', 'PM', 'PM']]]),
      [MARCH[0]!, '2027-03-23T05:00', MARCH[2]!],
    ],
    // hour and minute in columns of their own
    [
      'Hour and Minute columns',
      withTime(['Hour', ['9', '10', '13']], DATE, [['Minute', ['0', '0', '30']]]),
      MARCH,
    ],
    // two time columns that disagree on Obi's row: neither is sure
    [
      'Time and Start Time disagreeing on Obi',
      withTime(TIME, DATE, [['Start Time', ['9:00 AM', '11:00 AM', '1:30 PM']]]),
      obiAt(null),
    ],
  ])('%s', async (_name, cols, want) => {
    await expectNoWrong(runCols(cols), want);
  });

  const starts = (values: string[]): Cols => [['Appt Start', values], PATIENT, DOB, PID, PROVIDER, APPT];
  it.each<[string, string[], string, Want]>([
    ['ISO without T or seconds', ['2027-03-22 09:00', '2027-03-22 10:00', '2027-03-23 13:30'], LA, MARCH],
    [
      'RFC 2822 with offsets',
      [
        'Mon, 22 Mar 2027 09:00:00 -0700',
        'Mon, 22 Mar 2027 10:00:00 -0700',
        'Tue, 23 Mar 2027 13:30:00 -0700',
      ],
      LA,
      MARCH,
    ],
    [
      'a long date with its weekday and time',
      [
        'Monday, March 22, 2027 9:00 AM',
        'Monday, March 22, 2027 10:00 AM',
        'Tuesday, March 23, 2027 1:30 PM',
      ],
      LA,
      MARCH,
    ],
    // a Los Angeles exporter that never applied daylight time: -08:00 in March, wall clock 9:00
    [
      'Los Angeles, PST offsets in March',
      ['2027-03-22T09:00:00-08:00', '2027-03-22T10:00:00-08:00', '2027-03-23T13:30:00-08:00'],
      LA,
      [null, null, null],
    ],
    // a Phoenix exporter that applied US daylight rules: -07:00 in January, -06:00 in July
    [
      'Phoenix, -07:00 in January and -06:00 in July',
      ['2027-01-11T09:00:00-07:00', '2027-07-12T10:00:00-06:00', '2027-07-13T13:30:00-06:00'],
      'America/Phoenix',
      ['2027-01-11T16:00', null, null],
    ],
    // 2:30 AM written PST on 14 March names a real instant (10:30Z, 3:30 AM PDT)
    [
      '14 March 2:30 AM PST',
      ['2027-03-14 09:00 AM PDT', '2027-03-14 02:30 AM PST', '2027-03-15 01:30 PM PDT'],
      LA,
      ['2027-03-14T16:00', '2027-03-14T10:30', '2027-03-15T20:30'],
    ],
  ])('%s', async (_name, values, zone, want) => {
    await expectNoWrong(runCols(starts(values), zone), want);
  });
});

// ---------------------------------------------------------------------------------------------
// H. The half-day slip in other shapes: a range in one cell, a start without AM/PM before an end
//    with it, workbook time cells, hour-only clocks
// ---------------------------------------------------------------------------------------------
describe('H. the half-day slip elsewhere, and hour-only clocks', () => {
  it.each<[string[], Want]>([
    // a range whose two clocks are 12.5 hours apart: 10:00 AM to 10:30 AM with one AM/PM slipped
    [['9:00 AM-9:30 AM', '10:00 PM-10:30 AM', '1:30 PM-2:00 PM'], obiAt(null)],
    [['9:00 AM - 9:30 AM', '1:30 AM - 2:00 PM', '1:30 PM - 2:00 PM'], obiAt(null)],
    // a range through the night of ten hours (a sleep study) goes at its start
    [['9:00 AM-9:30 AM', '8:00 PM-6:00 AM', '1:30 PM-2:00 PM'], obiAt('2027-03-23T03:00')],
    // hours alone: 9, 10, 13 are o'clock on a 24-hour day
    [['9', '10', '13'], MARCH],
    [["9 o'clock", "10 o'clock", '1:30 PM'], MARCH],
    // hours alone with 1 for the afternoon: 1 o'clock at night is never a clinic's
    [
      ['9', '10', '1'],
      [MARCH[0]!, MARCH[1]!, null],
    ],
  ])('Appt Time %j', async (times, want) => {
    await expectNoWrong(runCols(withTime(['Appt Time', times])), want);
  });

  it('FAULT a start without AM/PM (10:00) before an end with it (10:30 PM): 10 AM is not sure', async () => {
    const cols: Cols = [
      DATE,
      ['Start Time', ['9:00', '10:00', '13:30']],
      ['End Time', ['9:30 AM', '10:30 PM', '2:00 PM']],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ];
    // 10:00 read with the end's PM is 22:00 (05:00Z on the 23rd), a 30-minute visit; as 10 AM it
    // would run 12.5 hours
    await expectNoWrong(runCols(cols), [MARCH[0]!, '2027-03-23T05:00', MARCH[2]!]);
  });

  it('FAULT workbook time cells (h:mm AM/PM) from 10:00 PM to 10:30 AM: Obi never goes', async () => {
    const styles =
      `<styleSheet ${SHEET_NS}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>` +
      '<xf numFmtId="18" applyNumberFormat="1"/></cellXfs></styleSheet>';
    const heads = [
      'Appt Date',
      'Start Time',
      'End Time',
      'Patient',
      'DOB',
      'Patient ID',
      'Provider',
      'Appt ID',
    ];
    const starts = ['0.375', '0.91666666666666663', '0.5625'];
    const ends = ['0.39583333333333331', '0.4375', '0.58333333333333337'];
    const days = ['46468', '46468', '46469'];
    const people = [PATIENT, DOB, PID, PROVIDER, APPT].map(([, v]) => v);
    const header = `<row r="1">${heads.map((h, i) => xText(`${'ABCDEFGH'[i]}1`, h)).join('')}</row>`;
    const rows = [0, 1, 2]
      .map((i) => {
        const r = i + 2;
        const num = (c: string, v: string, s: number): string => `<c r="${c}${r}" s="${s}"><v>${v}</v></c>`;
        const text = people.map((v, j) => xText(`${'DEFGH'[j]}${r}`, v[i]!)).join('');
        return `<row r="${r}">${num('A', days[i]!, 1)}${num('B', starts[i]!, 2)}${num('C', ends[i]!, 2)}${text}</row>`;
      })
      .join('');
    const f = files.write(
      workbook([{ name: 'Sheet1', xml: `<sheetData>${header}${rows}</sheetData>` }], { styles }),
      'xlsx',
    );
    await expectNoWrong(read(f, LA), obiAt(null));
  });
});

// ---------------------------------------------------------------------------------------------
// I. The slip on a 24-hour export, and what is no slip
// ---------------------------------------------------------------------------------------------
describe('I. 24-hour starts and ends', () => {
  it.each<[string, string[], string[], Want]>([
    // the scheduler's 10:00 PM typed for 10:00 AM, exported on a 24-hour clock
    ['FAULT 22:00 to 10:30', ['09:00', '22:00', '13:30'], ['09:30', '10:30', '14:00'], obiAt(null)],
    [
      '01:30 to 14:00',
      ['09:00', '10:00', '01:30'],
      ['09:30', '10:30', '14:00'],
      [MARCH[0]!, MARCH[1]!, null],
    ],
    // a night in the sleep lab (21:00 to 07:00, ten hours) goes at its start
    [
      '21:00 to 07:00',
      ['09:00', '21:00', '13:30'],
      ['09:30', '07:00', '14:00'],
      [MARCH[0]!, '2027-03-23T04:00', MARCH[2]!],
    ],
    // an infusion day of eight hours, and an end left at midnight: the starts go
    ['08:00 to 16:00', ['09:00', '08:00', '13:30'], ['09:30', '16:00', '00:00'], obiAt('2027-03-22T15:00')],
    // 10:30 to 10:00: swapped, not slipped; still never sent
    ['10:30 to 10:00', ['09:00', '10:30', '13:30'], ['09:30', '10:00', '14:00'], obiAt(null)],
  ])('%s', async (_name, starts, ends, want) => {
    const cols: Cols = [DATE, ['Start Time', starts], ['End Time', ends], PATIENT, DOB, PID, PROVIDER, APPT];
    await expectNoWrong(runCols(cols), want);
  });
});
