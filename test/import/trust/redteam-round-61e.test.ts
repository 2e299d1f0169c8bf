// Red team, round 61e: the times and names stop 60 left as row errors where a person reads them,
// and a span it left open (60g's and 60c's leftovers). The three-row file (Hollis, Obi, Lindqvist;
// three-row-probes.ts) at a Los Angeles practice unless said, the probe on Obi's row (line 3).
// Every outcome was worked out by hand before the first run, as the start each row must go at (UTC
// minutes) or `null`: the row must not go (held, or a row error on its line). `strict` probes are
// readings a person is sure of: the row must go, at that start, with no question.
// Calendar, by hand: 22 March 2027 is a Monday; Los Angeles keeps PDT (UTC-7) from 14 March, so
// 22 March 9:00 = 16:00Z, 10:00 = 17:00Z, 7:00 = 14:00Z, 23 March 13:30 = 20:30Z. New York keeps
// EDT (UTC-4) then: 22 March 9:00 = 13:00Z, 10:00 = 14:00Z, 23 March 13:30 = 17:30Z; on 11 January
// 2027 (a Monday) it keeps EST (UTC-5): 10:00 = 15:00Z. Excel's serial 46468 is 22 March 2027 in
// the 1900 date system; the 1904 system counts 1462 days fewer (its day 0 is 1 January 1904), so
// 22 March 2027 is 45006 there. Day fractions: 0.375 = 9:00, 0.41666… = 10:00, 0.5625 = 13:30,
// 0.0208333… = 0:30.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { workbook } from '../read/xlsx-builder.ts';
import { SHEET_NS, xText } from '../read/xlsx-appointment-rows.ts';
import { exportFiles } from './export-files.ts';
import { DAYS, printed, RANGE, report, ROWS } from './printed-probes.ts';
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
import { expectNoWrong, MARCH, obiAt, type Want } from './start-probes.ts';

const files = exportFiles('redteam-round-61e');
const LA = 'America/Los_Angeles';
const NY = 'America/New_York';

const read = (file: string, timeZone: string): Promise<Run> =>
  collect(file, { timeZone }).catch(() => 'refused' as const);
const runCols = (cols: Cols, timeZone = LA): Promise<Run> => read(files.write(lines(cols)), timeZone);

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
// A. Workbook time cells: the value (the day fraction) is the time, whatever text a format shows
// ---------------------------------------------------------------------------------------------
describe('A. workbook time cells read from their value', () => {
  const HEADS = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const FIXED = [
    ['Hollis, Grace', '06/02/1970', '100415', 'Dr. Nina Patel', '88101'],
    ['Obi, Adaeze', '04/05/1999', '100871', 'Dr. Raj Lee', '88102'],
    ['Lindqvist, Sven', '08/29/1963', '100954', 'Dr. Nina Patel', '88103'],
  ];
  /** Styles: 0 General, 1 m/d/yyyy (14), 2 h:mm AM/PM (18), 3 h:mm (20), 4 m/d/yy h:mm (22),
   *  5 [h]:mm:ss (46), 6 [h]:mm (164), 7 [$-409]h:mm AM/PM;@ (165), 8 m/d/yyyy h:mm AM/PM (166),
   *  9 h:mm:ss AM/PM (19). */
  const STYLES =
    `<styleSheet ${SHEET_NS}><numFmts count="3"><numFmt numFmtId="164" formatCode="[h]:mm"/>` +
    '<numFmt numFmtId="165" formatCode="[$-409]h:mm\\ AM/PM;@"/><numFmt numFmtId="166" formatCode="m/d/yyyy\\ h:mm\\ AM/PM"/></numFmts>' +
    '<cellXfs count="10"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>' +
    '<xf numFmtId="18" applyNumberFormat="1"/><xf numFmtId="20" applyNumberFormat="1"/>' +
    '<xf numFmtId="22" applyNumberFormat="1"/><xf numFmtId="46" applyNumberFormat="1"/>' +
    '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/>' +
    '<xf numFmtId="166" applyNumberFormat="1"/><xf numFmtId="19" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const num = (ref: string, v: string, s: number): string => `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
  const STRINGS = '<si><t>9:00 AM</t></si><si><t>10:00 AM</t></si><si><t>1:30 PM</t></si>';
  const book = (
    heads: string[],
    lead: (i: number, r: number) => string,
    opts: { date1904?: boolean } = {},
  ): string => {
    const header = `<row r="1">${heads.map((h, i) => xText(`${'ABCDEFGH'[i]}1`, h)).join('')}</row>`;
    const rows = FIXED.map((f, i) => {
      const r = i + 2;
      const k = heads.length - f.length;
      return `<row r="${r}">${lead(i, r)}${f.map((v, j) => xText(`${'ABCDEFGH'[k + j]}${r}`, v)).join('')}</row>`;
    }).join('');
    return files.write(
      workbook([{ name: 'Sheet1', xml: `<sheetData>${header}${rows}</sheetData>` }], {
        styles: STYLES,
        strings: STRINGS,
        ...opts,
      }),
      'xlsx',
    );
  };
  const DAYS = ['46468', '46468', '46469'];
  const DAYS_1904 = ['45006', '45006', '45007'];
  const FRACTIONS = ['0.375', '0.41666666666666669', '0.5625'];
  const dateAnd =
    (times: string[], s: number | number[], days = DAYS) =>
    (i: number, r: number) =>
      num(`A${r}`, days[i]!, 1) + num(`B${r}`, times[i]!, Array.isArray(s) ? s[i]! : s);

  it.each<[string, (i: number, r: number) => string, Want, { date1904?: boolean }?]>([
    // 1:30 PM as a time cell, in the format Excel's own 1:30 PM picker writes (a locale prefix)
    ['time cells in [$-409]h:mm AM/PM', dateAnd(FRACTIONS, 7), MARCH],
    ['time cells in h:mm:ss AM/PM', dateAnd(FRACTIONS, 9), MARCH],
    // the time typed as text (shared strings) beside date cells
    [
      'time cells as shared-string text 1:30 PM',
      (i, r) => num(`A${r}`, DAYS[i]!, 1) + `<c r="B${r}" t="s"><v>${i}</v></c>`,
      MARCH,
    ],
    // a column of time cells with Lindqvist's typed as text
    [
      'time cells, one typed 1:30 PM',
      (i, r) =>
        num(`A${r}`, DAYS[i]!, 1) + (i === 2 ? xText(`B${r}`, '1:30 PM') : num(`B${r}`, FRACTIONS[i]!, 2)),
      MARCH,
    ],
    // the 1904 date system (a workbook begun on a Mac): 45006 is 22 March 2027
    [
      '1904 date cells and h:mm AM/PM time cells',
      dateAnd(FRACTIONS, 2, DAYS_1904),
      MARCH,
      { date1904: true },
    ],
    // a duration format on the time column: 9:00 shown by [h]:mm is a length of nine hours
    ['time column in [h]:mm', dateAnd(FRACTIONS, 6), [null, null, null]],
    ['time column in [h]:mm:ss', dateAnd(FRACTIONS, 5), [null, null, null]],
    // Obi's one cell in [h]:mm among h:mm AM/PM cells
    ["Obi's time cell in [h]:mm", dateAnd(FRACTIONS, [2, 6, 2]), obiAt(null)],
  ])('%s', async (_name, lead, want, opts) => {
    await expectNoWrong(read(book(HEADS, lead, opts), LA), want);
  });

  const ONE = ['Appt Date', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const SERIALS = ['46468.375', '46468.416666666664', '46469.5625'];
  it.each<[string, (i: number, r: number) => string, Want, { date1904?: boolean }?]>([
    ['date-time cells in m/d/yyyy h:mm AM/PM', (i, r) => num(`A${r}`, SERIALS[i]!, 8), MARCH],
    [
      '1904 date-time cells (m/d/yy h:mm)',
      (i, r) => num(`A${r}`, ['45006.375', '45006.416666666664', '45007.5625'][i]!, 4),
      MARCH,
      { date1904: true },
    ],
  ])('%s', async (_name, lead, want, opts) => {
    await expectNoWrong(read(book(ONE, lead, opts), LA), want);
  });

  // a Duration in [h]:mm beside the start: the visit's length, never its start
  it('an h:mm AM/PM start and a Duration in [h]:mm (0:30, 1:00, 0:45)', async () => {
    const heads = [
      'Appt Date',
      'Appt Time',
      'Duration',
      'Patient',
      'DOB',
      'Patient ID',
      'Provider',
      'Appt ID',
    ];
    const lengths = ['0.020833333333333332', '0.041666666666666664', '0.03125'];
    await expectNoWrong(
      read(
        book(heads, (i, r) => dateAnd(FRACTIONS, 2)(i, r) + num(`C${r}`, lengths[i]!, 6)),
        LA,
      ),
      MARCH,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// B. Zone words and times in words on Obi's cell (a column of `9:00 AM` / `1:30 PM`)
// ---------------------------------------------------------------------------------------------
describe("B. zone words and words on Obi's time", () => {
  // the practice's own zone named: a person reads the clock as written (strict)
  it.each<[string, string]>([
    ['10:00 AM Pacific', '2027-03-22T17:00'],
    ['10:00 AM PT', '2027-03-22T17:00'],
    ['10:00 AM (PT)', '2027-03-22T17:00'],
    ['10:00 AM Pacific Time', '2027-03-22T17:00'],
    ['10:00 AM PDT', '2027-03-22T17:00'],
    // words a front desk types
    ['9 in the morning', '2027-03-22T16:00'],
    ['10 in the morning', '2027-03-22T17:00'],
    ['9am sharp', '2027-03-22T16:00'],
    ['10:00 AM sharp', '2027-03-22T17:00'],
  ])('Los Angeles, Obi = %s: sent at %s', async (obi, at) => {
    await expectNoWrong(runCols(withTime(obiTime(obi))), obiAt(at), true);
  });

  // another zone, or a standard-time word in daylight time: never the practice's clock; a
  // conversion is right only where the zone and its rule are certain (ET in March is EDT)
  it.each<[string, string | null]>([
    // EST written on 22 March, when the east keeps EDT: literally UTC-5 (15:00Z) or EDT's 10:00 (14:00Z)
    ['10:00 AM (EST)', null],
    ['10:00 AM EST', null],
    ['10:00 AM ET', '2027-03-22T14:00'],
    ['10:00 AM (Eastern)', '2027-03-22T14:00'],
    ['10:00 AM Central', '2027-03-22T15:00'],
  ])('Los Angeles, Obi = %s: held, a row error, or %s', async (obi, at) => {
    await expectNoWrong(runCols(withTime(obiTime(obi))), obiAt(at));
  });

  // a New York practice: its own zone's words are its clock
  const NY_MARCH: Want = ['2027-03-22T13:00', '2027-03-22T14:00', '2027-03-23T17:30'];
  it.each<[string, string]>([
    ['10:00 AM Eastern', '2027-03-22T14:00'],
    ['10:00 AM (ET)', '2027-03-22T14:00'],
    ['10:00 AM EDT', '2027-03-22T14:00'],
  ])('New York, Obi = %s: sent at %s', async (obi, at) => {
    await expectNoWrong(runCols(withTime(obiTime(obi)), NY), [NY_MARCH[0]!, at, NY_MARCH[2]!], true);
  });
  it('New York, Obi = 10:00 AM (EST) in March: never 14:00Z nor 15:00Z unasked', async () => {
    await expectNoWrong(runCols(withTime(obiTime('10:00 AM (EST)')), NY), [NY_MARCH[0]!, null, NY_MARCH[2]!]);
  });
});

// ---------------------------------------------------------------------------------------------
// C. A forward span of half a day or more from the small hours (a Start and an End column)
// ---------------------------------------------------------------------------------------------
describe('C. long forward spans', () => {
  const spans = (starts: string[], ends: string[]): Cols => [
    DATE,
    ['Start Time', starts],
    ['End Time', ends],
    PATIENT,
    DOB,
    PID,
    PROVIDER,
    APPT,
  ];
  it.each<[string, string[], string[], Want]>([
    // 1:00 AM to 4:00 PM: fifteen hours from the small hours; 1:00 PM with its PM lost is a 3 h visit
    ['1:00 AM to 4:00 PM', ['9:00 AM', '1:00 AM', '1:30 PM'], ['9:30 AM', '4:00 PM', '2:00 PM'], obiAt(null)],
    ['2:00 AM to 5:00 PM', ['9:00 AM', '2:00 AM', '1:30 PM'], ['9:30 AM', '5:00 PM', '2:00 PM'], obiAt(null)],
    [
      '12:30 AM to 3:30 PM',
      ['9:00 AM', '12:30 AM', '1:30 PM'],
      ['9:30 AM', '3:30 PM', '2:00 PM'],
      obiAt(null),
    ],
    ['03:00 to 18:00 (24-hour)', ['09:00', '03:00', '13:30'], ['09:30', '18:00', '14:00'], obiAt(null)],
    ['4:00 AM to 8:00 PM', ['9:00 AM', '4:00 AM', '1:30 PM'], ['9:30 AM', '8:00 PM', '2:00 PM'], obiAt(null)],
    // real long days: an infusion day 7 AM to 7 PM, a sleep study 8 PM to 6 AM: they go (14:00Z; 23 March 03:00Z)
    [
      'an infusion day 7:00 AM to 7:00 PM',
      ['9:00 AM', '7:00 AM', '1:30 PM'],
      ['9:30 AM', '7:00 PM', '2:00 PM'],
      obiAt('2027-03-22T14:00'),
    ],
    [
      'a sleep study 8:00 PM to 6:00 AM',
      ['9:00 AM', '8:00 PM', '1:30 PM'],
      ['9:30 AM', '6:00 AM', '2:00 PM'],
      obiAt('2027-03-23T03:00'),
    ],
    // an early start of a short visit goes: 5:30 AM to 6:30 AM (12:30Z)
    [
      '5:30 AM to 6:30 AM',
      ['9:00 AM', '5:30 AM', '1:30 PM'],
      ['9:30 AM', '6:30 AM', '2:00 PM'],
      obiAt('2027-03-22T12:30'),
    ],
  ])('%s', async (_name, starts, ends, want) => {
    await expectNoWrong(runCols(spans(starts, ends)), want);
  });
  // the real ones must go (no false row error)
  it.each<[string, string[], string[], Want]>([
    [
      'an infusion day 7:00 AM to 7:00 PM',
      ['9:00 AM', '7:00 AM', '1:30 PM'],
      ['9:30 AM', '7:00 PM', '2:00 PM'],
      obiAt('2027-03-22T14:00'),
    ],
    [
      '5:30 AM to 6:30 AM',
      ['9:00 AM', '5:30 AM', '1:30 PM'],
      ['9:30 AM', '6:30 AM', '2:00 PM'],
      obiAt('2027-03-22T12:30'),
    ],
  ])('strict: %s goes', async (_name, starts, ends, want) => {
    await expectNoWrong(runCols(spans(starts, ends)), want, true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. Printed reports (printf columns under rules: printed-probes.ts, 426's layout): a name that
//    overflows its column and pushes the rest right, and a name wrapped onto the next line (425)
// ---------------------------------------------------------------------------------------------
describe('D. printed names overflowing or wrapped', () => {
  // PATIENT is 22 places wide (places 8 to 29), CHART from 31, BIRTHDATE from 40, STATUS from 51
  const runLines = async (body: string[]): Promise<Run> => read(files.write(report(RANGE, body), 'txt'), LA);
  /** Obi's row replaced by `obi` (printed lines). */
  const withObi = (obi: string[], hollis = printed([...ROWS.hollis, 'CONF'])): string[] => [
    DAYS[0],
    hollis,
    ...obi,
    DAYS[1],
    printed([...ROWS.lindqvist, 'CONF']),
  ];
  /** What went: `start last, first id dob` per appointment, or null when held. */
  const went = (r: Run): string[] | null =>
    held(r) || r === 'refused'
      ? null
      : r.appointments.map(
          (a) =>
            `${a.start.toISOString().slice(0, 16)} ${a.patient.lastName}, ${a.patient.firstName} ${a.patient.patientId} ${a.patient.dob}`,
        );
  const HOLLIS = '2027-03-22T16:00 Hollis, Grace 100415 1970-06-02';
  const LINDQVIST = '2027-03-23T20:30 Lindqvist, Sven 100954 1963-08-29';
  const obiSent = (last: string, first = 'Adaeze'): string[] => [
    HOLLIS,
    `2027-03-22T17:00 ${last}, ${first} 100871 1999-04-05`,
    LINDQVIST,
  ];
  /** Obi's row must not go (a row error on its line, or held); the others go as printed. */
  const expectObiNotSent = (r: Run): void => {
    const g = went(r);
    if (g === null) return;
    expect(g).toEqual([HOLLIS, LINDQVIST]);
    const line = r !== 'refused' ? r.errors.map((e) => e.line) : [];
    expect(line.length).toBeGreaterThan(0);
  };

  it.each<[string, string[], string[]]>([
    // the name nine places past its 22: chart, birth date and status nine places right (printf pads, never cuts)
    [
      'Obi overflowing by nine',
      withObi([printed(['10:00A', 'OBI-NWACHUKWU-ABERNATHY, ADAEZE', '100871', '04/05/1999', 'CONF'])]),
      obiSent('Obi-Nwachukwu-Abernathy'),
    ],
    // two rows overflowing, each by its own amount (4 and 9)
    [
      'Hollis and Obi overflowing',
      withObi(
        [printed(['10:00A', 'OBI-NWACHUKWU-ABERNATHY, ADAEZE', '100871', '04/05/1999', 'CONF'])],
        printed(['9:00A', 'HOLLIS-VANDERMEULEN, GRACE', '100415', '06/02/1970', 'CONF']),
      ),
      [
        '2027-03-22T16:00 Hollis-Vandermeulen, Grace 100415 1970-06-02',
        '2027-03-22T17:00 Obi-Nwachukwu-Abernathy, Adaeze 100871 1999-04-05',
        LINDQVIST,
      ],
    ],
    // wrapped at its comma: the first name alone under it, from the column's start (425's shape)
    [
      'Obi wrapped at the comma',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
        `${' '.repeat(8)}ADAEZE`,
      ]),
      obiSent('Nwachukwu-Abernathy'),
    ],
    // a middle initial that would not fit after the first name (21 + 1 + 1 > 22)
    [
      'a middle initial wrapped',
      withObi([
        printed(['10:00A', 'OBI-NWACHUKWU, ADAEZE', '100871', '04/05/1999', 'CONF']),
        `${' '.repeat(8)}C`,
      ]),
      obiSent('Obi-Nwachukwu'),
    ],
  ])('strict: %s', async (_name, body, want) => {
    expect(went(await runLines(body))).toEqual(want);
  });

  it.each<[string, string[]]>([
    // two spaces after the name: the rest is moved by another amount than the overflow
    [
      'an overflow with the rest not moved by as much',
      withObi(['10:00A  OBI-NWACHUKWU-ABERNATHY, ADAEZE  100871   04/05/1999 CONF']),
    ],
    // the chart is longer than its column too: moved back, it crosses into the birth date
    [
      'an overflow whose next value overflows as well',
      withObi([printed(['10:00A', 'OBI-NWACHUKWU-ABERNATHY, ADAEZE', '100871-0042', '04/05/1999', 'CONF'])]),
    ],
    // the line below has a value in another column too: no wrap, a line of its own
    [
      'a continuation with a status beside it',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
        printed(['', 'ADAEZE', '', '', 'CONF']),
      ]),
    ],
    // indented two places into the column: not where the printer starts a value
    [
      'a continuation indented',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
        `${' '.repeat(10)}ADAEZE`,
      ]),
    ],
    // the name fills its 22 places: cut at the width, perhaps inside a word (where to join is not known)
    [
      'a name filling its column, the rest below',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY-OB', '100871', '04/05/1999', 'CONF']),
        `${' '.repeat(8)}I, ADAEZE`,
      ]),
    ],
  ])('%s: Obi never goes', async (_name, body) => {
    expectObiNotSent(await runLines(body));
  });

  // a note under a name it would have fit beside (11 + 1 + 7 <= 22) is no wrap: never joined
  it('a note under a name: never part of it', async () => {
    const r = await runLines(
      withObi([
        printed(['10:00A', 'OBI, ADAEZE', '100871', '04/05/1999', 'CONF']),
        `${' '.repeat(8)}SPANISH`,
      ]),
    );
    const g = went(r);
    if (g !== null) expect(g.filter((a) => /Spanish/i.test(a))).toEqual([]);
  });
});
