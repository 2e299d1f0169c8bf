// Red team of the four guesses (midnight, month-first, NEW for an unknown status, a column that
// merely looks like an id) in the shapes exports take after they leave the scheduling system:
// Excel round trips, odd times, odd dates, statuses and ids. Each probe's expectation is worked
// out by hand from the file: the right send, a hold (the doubt's kind), or a row error naming the
// value. Probes marked FAULT sent a guess before this file's fixes (trust/year-day-month.ts,
// trust/rounded-ids.ts, trust/title-date-order.ts).
// Clocks: Chicago is UTC-6 until 14 March 2027 02:00 and UTC-5 after it (until 7 November);
// London UTC+0 until 28 March, UTC+1 after; Berlin UTC+1 until 28 March, UTC+2 after.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { roundedLongIds } from '../../../main/import/trust/rounded-ids.ts';
import { onlyYearDayMonth } from '../../../main/import/trust/year-day-month.ts';
import { numericOrder } from '../../../main/import/read/xlsx-formats.ts';
import { workbook } from '../read/xlsx-builder.ts';

const files = exportFiles('redteam-hazards');
const H = 'Appt ID,Date,Time,Patient ID,Last Name,First Name,DOB,Status';
const PEOPLE = [
  ['Garcia', 'Rosa', '04/07/1958'],
  ['Nguyen', 'Linh', '11/02/1984'],
  ['Okafor', 'Chidi', '02/03/1988'],
  ['Berg', 'Ingrid', '01/30/1959'],
] as const;
/** A row of `H`: the n-th person (patient id 2000 + n). */
const row = (
  n: number,
  id: string,
  date: string,
  time: string,
  status = 'Confirmed',
  pid = String(2000 + n),
) => [id, date, time, pid, ...PEOPLE[n]!, status].join(',');

type Expect =
  | { held: string[] }
  | { sent: Array<[string, string, string?]>; errors?: Array<[number, string]> }
  | { refused: RegExp };

async function run(lines: string[], timeZone: string) {
  return collect(files.write(lines), { timeZone });
}

function check(name: string, lines: string[], want: Expect, timeZone = 'America/Chicago') {
  it(name, async () => {
    if ('refused' in want) {
      await expect(run(lines, timeZone)).rejects.toThrow(want.refused);
      return;
    }
    const r = await run(lines, timeZone);
    if ('held' in want) {
      expect(r.summary.doubts.map((d) => d.kind)).toEqual(expect.arrayContaining(want.held));
      return;
    }
    expect(r.summary.doubts).toEqual([]);
    const got = r.appointments.map((a) => [a.appointmentId, a.start.toISOString(), a.status]);
    expect(got.map((g, i) => (want.sent[i]?.[2] === undefined ? g.slice(0, 2) : g))).toEqual(
      want.sent.map((s) => (s[2] === undefined ? s.slice(0, 2) : s)),
    );
    expect(r.errors.map((e) => [e.line, e.value])).toEqual(want.errors ?? []);
  });
}

describe('Excel round trips', () => {
  // 4.81E+11 keeps six digits of a twelve-digit id: the id is gone (damaged-ids.ts).
  check(
    'scientific-notation appointment ids on two rows: held',
    [H, row(0, '4.81E+11', '03/15/2027', '9:00 AM'), row(1, '4.81E+11', '03/15/2027', '9:30 AM')],
    { held: ['appointment-id'] },
  );
  check(
    'FAULT: 16-digit ids Excel rounded (every one ends in 0 past the 15th digit): held',
    [
      H,
      row(0, '9876543210987650', '03/15/2027', '9:00 AM'),
      row(1, '9876543210987660', '03/15/2027', '9:30 AM'),
      row(2, '9876543210987670', '03/15/2027', '10:00 AM'),
    ],
    { held: ['appointment-id'] },
  );
  check(
    'FAULT: 19-digit patient ids rounded to 15 digits: held',
    [
      H,
      row(0, '5001', '03/15/2027', '9:00 AM', 'Confirmed', '4812345678901230000'),
      row(1, '5002', '03/15/2027', '9:30 AM', 'Confirmed', '4812345678901240000'),
    ],
    { held: ['column'] },
  );
  // 15 March 2027 is daylight time in Chicago: 9:00 = 14:00Z.
  check(
    'real 18-digit ids (digits past the 15th not all zero) go as written',
    [
      H,
      row(0, '123456789012345678', '03/15/2027', '9:00 AM'),
      row(1, '123456789012345690', '03/15/2027', '9:30 AM'),
    ],
    {
      sent: [
        ['123456789012345678', '2027-03-15T14:00:00.000Z'],
        ['123456789012345690', '2027-03-15T14:30:00.000Z'],
      ],
    },
  );
  check(
    'one 16-digit id ending in 0 is chance (1 in 10), not rounding: goes',
    [
      H,
      row(0, '1234567890123450', '03/15/2027', '9:00 AM'),
      row(1, '1234567890123461', '03/15/2027', '9:30 AM'),
    ],
    {
      sent: [
        ['1234567890123450', '2027-03-15T14:00:00.000Z'],
        ['1234567890123461', '2027-03-15T14:30:00.000Z'],
      ],
    },
  );
  // 46450 in the 1900 system: 46388 is 1 January 2027, +62 days = 4 March (standard time, UTC-6).
  check(
    'spreadsheet day numbers in the date column: the 1900 system (the 1904 one is 2031)',
    [H, row(0, '5001', '46450', '9:00 AM'), row(1, '5002', '46451', '9:30 AM')],
    {
      sent: [
        ['5001', '2027-03-04T15:00:00.000Z'],
        ['5002', '2027-03-05T15:30:00.000Z'],
      ],
    },
  );
  // 0.375 day = 9:00, 0.5625 day = 13:30.
  check(
    'times kept as fractions of a day',
    [H, row(0, '5001', '03/15/2027', '0.375'), row(1, '5002', '03/15/2027', '0.5625')],
    {
      sent: [
        ['5001', '2027-03-15T14:00:00.000Z'],
        ['5002', '2027-03-15T18:30:00.000Z'],
      ],
    },
  );
  // A UK file (03/04/2027 = 3 April) re-saved by US Excel: the dates it could read lose their
  // zeros (3/4/2027), 17/04/2027 stays as it was and proves day-first for the column.
  check(
    "a UK file re-saved by US Excel: '3/4/2027' beside '17/04/2027' is 3 April",
    [
      H,
      '5001,3/4/2027,09:00,2000,Garcia,Rosa,17/04/1958,Confirmed',
      '5002,17/04/2027,09:30,2001,Nguyen,Linh,4/11/1984,Confirmed',
    ],
    {
      sent: [
        ['5001', '2027-04-03T08:00:00.000Z'],
        ['5002', '2027-04-17T08:30:00.000Z'],
      ],
    },
    'Europe/London',
  );
  check(
    "Excel's '12:00:00 AM' on one row of a date-time column: held, never midnight",
    [
      'Appt ID,Start,Patient ID,Last Name,First Name,DOB,Status',
      '5001,3/15/2027 9:00:00 AM,2000,Garcia,Rosa,4/7/1958,Confirmed',
      '5002,3/16/2027 12:00:00 AM,2001,Nguyen,Linh,11/2/1984,Confirmed',
    ],
    { held: ['start-time'] },
  );

  it('rounding is judged over the column: three zeros past the 15th digit in all, none other', () => {
    expect(roundedLongIds(['1234567890123450000'])).toBe('1234567890123450000');
    expect(roundedLongIds(['9876543210987650', '9876543210987660', '9876543210987670'])).toBe(
      '9876543210987650',
    );
    expect(roundedLongIds(['9876543210987650', '9876543210987660'])).toBeUndefined();
    expect(roundedLongIds(['9876543210987650', '9876543210987660', '9876543210987671'])).toBeUndefined();
    expect(roundedLongIds(['123456789012000', '12345', 'A-100000000000000000'])).toBeUndefined();
  });
});

describe('a date typed as text among date cells of a workbook', () => {
  const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  /** Style 1 is the date cells' format (`dateFormat`), style 2 built-in 20 (h:mm). */
  const styles = (dateFormat: string) =>
    dateFormat === 'built-in 14'
      ? `<styleSheet ${NS}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/></cellXfs></styleSheet>`
      : `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="${dateFormat}"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs></styleSheet>`;
  const t = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const n = (ref: string, v: string, s = 0) => `<c r="${ref}"${s ? ` s="${s}"` : ''}><v>${v}</v></c>`;
  const header = ['Appt ID', 'Date', 'Time', 'Patient ID', 'Last Name', 'First Name', 'DOB', 'Status'];
  // 46461 = 15 March 2027 (46447 is 1 March); 0.375 = 9:00, 0.395833333333333 = 9:30.
  const sheet =
    `<sheetData><row r="1">${header.map((h, i) => t(`${'ABCDEFGH'[i]}1`, h)).join('')}</row>` +
    `<row r="2">${n('A2', '5001')}${n('B2', '46461', 1)}${n('C2', '0.375', 2)}${n('D2', '2000')}${t('E2', 'Garcia')}${t('F2', 'Rosa')}${t('G2', '1958-04-07')}${t('H2', 'Confirmed')}</row>` +
    `<row r="3">${n('A3', '5002')}${t('B3', '03/04/2027')}${n('C3', '0.395833333333333', 2)}${n('D3', '2001')}${t('E3', 'Nguyen')}${t('F3', 'Linh')}${t('G3', '1984-11-02')}${t('H3', 'Confirmed')}</row></sheetData>`;
  const read = async (dateFormat: string) => {
    const bytes = workbook([{ name: 'Sheet1', xml: sheet }], { styles: styles(dateFormat) });
    return collect(files.write(bytes as unknown as string, 'xlsx'), { timeZone: 'America/Chicago' });
  };

  it("FAULT: date cells formatted 'dd/mm/yyyy' state the column's order: '03/04/2027' is 3 April in Chicago", async () => {
    const r = await read('dd/mm/yyyy');
    expect(r.summary.doubts).toEqual([]);
    // 15 March 9:00 and 3 April 9:30, daylight time (UTC-5)
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T14:00:00.000Z',
      '2027-04-03T14:30:00.000Z',
    ]);
  });

  it("Excel's built-in short date (id 14) follows the computer's settings and states nothing: the region's 4 March", async () => {
    const r = await read('built-in 14');
    // 4 March is standard time (UTC-6): 9:30 = 15:30Z
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T14:00:00.000Z',
      '2027-03-04T15:30:00.000Z',
    ]);
  });

  it('only a format showing day and month as numbers states an order', () => {
    expect(numericOrder('dd/mm/yyyy')).toBe('DMY');
    expect(numericOrder('[$-809]dd/mm/yyyy;@')).toBe('DMY');
    expect(numericOrder('d.m.yy')).toBe('DMY');
    expect(numericOrder('m/d/yyyy h:mm')).toBe('MDY');
    expect(numericOrder('mm/dd/yy hh:mm:ss')).toBe('MDY');
    expect(numericOrder('dd-mmm-yyyy')).toBeUndefined();
    expect(numericOrder('yyyy-mm-dd')).toBeUndefined();
    expect(numericOrder('h:mm')).toBeUndefined();
    expect(numericOrder('mm:ss')).toBeUndefined();
  });
});

describe('times', () => {
  check(
    '12-hour clock without AM/PM (1:30 beside 9:00 and 12:00): held',
    [
      H,
      row(0, '5001', '03/15/2027', '9:00'),
      row(1, '5002', '03/15/2027', '12:00'),
      row(2, '5003', '03/15/2027', '1:30'),
    ],
    { held: ['start-time'] },
  );
  check(
    "'0:00' on one row of a 24-hour file: held",
    [
      H,
      row(0, '5001', '03/15/2027', '9:00'),
      row(1, '5002', '03/15/2027', '0:00'),
      row(2, '5003', '03/15/2027', '14:30'),
    ],
    { held: ['start-time'] },
  );
  check(
    "'24:00' is a row error naming the value",
    [
      H,
      row(0, '5001', '03/15/2027', '9:00'),
      row(1, '5002', '03/15/2027', '24:00'),
      row(2, '5003', '03/15/2027', '14:30'),
    ],
    {
      sent: [
        ['5001', '2027-03-15T14:00:00.000Z'],
        ['5003', '2027-03-15T19:30:00.000Z'],
      ],
      errors: [[3, '24:00']],
    },
  );
  check(
    "a date-time column padded with '00:00:00' on one row: held",
    [
      'Appt ID,Start,Patient ID,Last Name,First Name,DOB,Status',
      '5001,03/15/2027 09:00:00,2000,Garcia,Rosa,04/07/1958,Confirmed',
      '5002,03/16/2027 00:00:00,2001,Nguyen,Linh,11/02/1984,Confirmed',
      '5003,03/17/2027 14:30:00,2002,Okafor,Chidi,02/03/1988,Confirmed',
    ],
    { held: ['start-time'] },
  );
  check(
    "'TBD' and 'Any time' in the time column: held",
    [
      H,
      row(0, '5001', '03/15/2027', '9:00 AM'),
      row(1, '5002', '03/15/2027', 'TBD'),
      row(2, '5003', '03/15/2027', 'Any time'),
    ],
    { held: ['column'] },
  );
  check(
    'a time empty on one row: that row is an error, the other goes',
    [H, row(0, '5001', '03/15/2027', '9:00 AM'), row(1, '5002', '03/15/2027', '')],
    { sent: [['5001', '2027-03-15T14:00:00.000Z']], errors: [[3, undefined as unknown as string]] },
  );
  check(
    "ranges without AM/PM ('1:00-1:30' beside '9:00-9:30'): held",
    [H, row(0, '5001', '03/15/2027', '9:00-9:30'), row(1, '5002', '03/15/2027', '1:00-1:30')],
    { held: ['start-time'] },
  );
  check(
    "'9-9:30a' and '1-1:30p': the start of the range, with its meridiem",
    [H, row(0, '5001', '03/15/2027', '9-9:30a'), row(1, '5002', '03/15/2027', '1-1:30p')],
    {
      sent: [
        ['5001', '2027-03-15T14:00:00.000Z'],
        ['5002', '2027-03-15T18:00:00.000Z'],
      ],
    },
  );
  check(
    // Round 54e: the range's end lost its PM across noon (as a separate end column's may); the
    // starts are read as written, as plain `11:30` and `12:30` are (Chicago is on CDT, UTC-5).
    "'12:30-1:00' without AM/PM: the starts as written",
    [H, row(0, '5001', '03/15/2027', '11:30-12:15'), row(1, '5002', '03/15/2027', '12:30-1:00')],
    {
      sent: [
        ['5001', '2027-03-15T16:30:00.000Z'],
        ['5002', '2027-03-15T17:30:00.000Z'],
      ],
    },
  );
  check(
    '2:30 AM on 14 March 2027 does not exist in Chicago: a row error',
    [H, row(0, '5001', '03/14/2027', '2:30 AM'), row(1, '5002', '03/14/2027', '9:30 AM')],
    { sent: [['5002', '2027-03-14T14:30:00.000Z']], errors: [[2, '2:30 AM']] },
  );
  check(
    '1:30 AM on 7 November 2027 happens twice in Chicago: a row error',
    [H, row(0, '5001', '11/07/2027', '1:30 AM'), row(1, '5002', '11/07/2027', '9:30 AM')],
    // 7 November after the change: standard time, 9:30 = 15:30Z
    { sent: [['5002', '2027-11-07T15:30:00.000Z']], errors: [[2, '1:30 AM']] },
  );
  check(
    "a 'Length' column (0:30, 1:00) and no time: held, never half past midnight",
    [
      'Appt ID,Date,Length,Patient ID,Last Name,First Name,DOB,Status',
      '5001,03/15/2027,0:30,2000,Garcia,Rosa,04/07/1958,Confirmed',
      '5002,03/15/2027,1:00,2001,Nguyen,Linh,11/02/1984,Confirmed',
    ],
    { held: ['start-time'] },
  );
  check(
    'every start between 7:00 and 9:59 without AM/PM (a morning or an evening clinic): held',
    [
      H,
      row(0, '5001', '03/15/2027', '7:30'),
      row(1, '5002', '03/15/2027', '8:00'),
      row(2, '5003', '03/15/2027', '9:00'),
    ],
    { held: ['start-time'] },
  );
  check(
    "bare numbers '900' and '130': held (1:30 PM or 01:30?)",
    [H, row(0, '5001', '03/15/2027', '900'), row(1, '5002', '03/15/2027', '130')],
    { held: ['start-time'] },
  );
  check(
    "'12:00 AM' on one row: held",
    [
      H,
      row(0, '5001', '03/15/2027', '9:00 AM'),
      row(1, '5002', '03/16/2027', '12:00 AM'),
      row(2, '5003', '03/16/2027', '10:00 AM'),
    ],
    { held: ['start-time'] },
  );
  check(
    'a date and no time at all: held',
    [
      'Appt ID,Appt Date,Patient ID,Last Name,First Name,DOB,Status',
      '5001,3/15/2027,2000,Garcia,Rosa,4/7/1958,Confirmed',
      '5002,3/16/2027,2001,Nguyen,Linh,11/2/1984,Confirmed',
    ],
    { held: ['start-time'] },
  );
});

describe('dates', () => {
  check(
    "FAULT: year-day-month ('2027-15-03' beside '2027-04-03', which went as 3 April): held",
    [
      H,
      row(0, '5001', '2027-04-03', '09:00'),
      row(1, '5002', '2027-15-03', '09:30'),
      row(2, '5003', '2027-04-03', '10:00'),
    ],
    { held: ['date-order'] },
    'Europe/Berlin',
  );
  // 21 December 2026 is winter time in Berlin (UTC+1): 09:00 = 08:00Z.
  check(
    "'2026-13-01' beside '2026-12-21', which proves year-month-day: a row error, no hold",
    [
      H,
      row(0, '5001', '2026-12-21', '09:00'),
      row(1, '5002', '2026-13-01', '09:30'),
      row(2, '5003', '2026-12-21', '10:00'),
    ],
    {
      sent: [
        ['5001', '2026-12-21T08:00:00.000Z'],
        ['5003', '2026-12-21T09:00:00.000Z'],
      ],
      errors: [[3, '2026-13-01']],
    },
    'Europe/Berlin',
  );
  // 3 April 2027 09:00 in Berlin is summer time (UTC+2).
  check(
    'year-first dates with nothing against year-month-day go so',
    [H, row(0, '5001', '2027-04-03', '09:00'), row(1, '5002', '2027-05-03', '09:30')],
    {
      sent: [
        ['5001', '2027-04-03T07:00:00.000Z'],
        ['5002', '2027-05-03T07:30:00.000Z'],
      ],
    },
    'Europe/Berlin',
  );
  check(
    "a weekday the date contradicts ('Mon 03/04/2027' is a Thursday): row errors",
    [H, row(0, '5001', 'Mon 03/04/2027', '9:00 AM'), row(1, '5002', 'Mon 03/04/2027', '9:30 AM')],
    {
      sent: [],
      errors: [
        [2, 'Mon 03/04/2027'],
        [3, 'Mon 03/04/2027'],
      ],
    },
  );
  check(
    "a weekday that fits day-first only ('Sat 03/04/2027' = 3 April) beside month-first birth dates: held",
    [
      H,
      '5001,Sat 03/04/2027,9:00 AM,2000,Garcia,Rosa,04/17/1958,Confirmed',
      '5002,Sat 03/04/2027,9:30 AM,2001,Nguyen,Linh,11/02/1984,Confirmed',
    ],
    { held: ['date-order'] },
  );
  // 3 March 2027 is standard time in Chicago (UTC-6), 4 May daylight (UTC-5).
  check(
    "German month names at a US practice ('3. März 2027', '4. Mai 2027')",
    [H, row(0, '5001', '3. März 2027', '9:00 AM'), row(1, '5002', '4. Mai 2027', '9:30 AM')],
    {
      sent: [
        ['5001', '2027-03-03T15:00:00.000Z'],
        ['5002', '2027-05-04T14:30:00.000Z'],
      ],
    },
  );
  check(
    "Spanish and Dutch month abbreviations ('3-abr-2027', '4-ene-2027', '3-mrt-2027')",
    [
      H,
      row(0, '5001', '3-abr-2027', '9:00 AM'),
      row(1, '5002', '4-ene-2027', '9:30 AM'),
      row(2, '5003', '3-mrt-2027', '10:00 AM'),
    ],
    {
      sent: [
        ['5001', '2027-04-03T14:00:00.000Z'],
        ['5002', '2027-01-04T15:30:00.000Z'],
        ['5003', '2027-03-03T16:00:00.000Z'],
      ],
    },
  );
  const swapped = (title: string) => [
    title,
    H,
    row(0, '5001', '03/04/2027', '9:00 AM'),
    row(1, '5002', '03/04/2027', '9:30 AM'),
  ];
  check(
    "FAULT: 'Appointments for 04/03/2027' over rows of 03/04/2027, nothing proving the order: held",
    swapped('Appointments for 04/03/2027'),
    {
      held: ['date-order'],
    },
  );
  check(
    'FAULT: the same in London: held',
    swapped('Date Range: 04/03/2027 to 04/03/2027'),
    { held: ['date-order'] },
    'Europe/London',
  );
  check(
    "a title of the rows' own day goes (4 March, standard time)",
    swapped('Appointments for 03/04/2027'),
    {
      sent: [
        ['5001', '2027-03-04T15:00:00.000Z'],
        ['5002', '2027-03-04T15:30:00.000Z'],
      ],
    },
  );
  check(
    "a title of another day that no order makes the rows' ('03/05/2027') is no range: goes",
    swapped('Appointments for 03/05/2027'),
    {
      sent: [
        ['5001', '2027-03-04T15:00:00.000Z'],
        ['5002', '2027-03-04T15:30:00.000Z'],
      ],
    },
  );
  check(
    'a title in the other order beside rows a birth date proves month-first (04/17/1958) goes',
    [
      'Appointments for 04/03/2027',
      H,
      '5001,03/04/2027,9:00 AM,2000,Garcia,Rosa,04/17/1958,Confirmed',
      '5002,03/04/2027,9:30 AM,2001,Nguyen,Linh,11/02/1984,Confirmed',
    ],
    {
      sent: [
        ['5001', '2027-03-04T15:00:00.000Z'],
        ['5002', '2027-03-04T15:30:00.000Z'],
      ],
    },
  );
  // 8 March 2027 in Berlin is winter time (UTC+1): 09:00 = 08:00Z.
  check(
    'a month-first title over year-first rows at a day-first practice: only the title is otherwise, goes',
    [
      'Date Range: 3/8/2027 - 3/10/2027',
      H,
      row(0, '5001', '2027/03/08', '09:00'),
      row(1, '5002', '2027/03/10', '09:30'),
    ],
    {
      sent: [
        ['5001', '2027-03-08T08:00:00.000Z'],
        ['5002', '2027-03-10T08:30:00.000Z'],
      ],
    },
    'Europe/Berlin',
  );
  check(
    "ISO week dates ('2027-W10-4') are no date column: refused",
    [H, row(0, '5001', '2027-W10-4', '9:00 AM'), row(1, '5002', '2027-W10-5', '9:30 AM')],
    { refused: /cannot find appointment date/ },
  );

  it('only a middle part of 13 to 31 with a month after it is year-day-month', () => {
    expect(onlyYearDayMonth('2027-15-03')).toBe('2027-03-15');
    expect(onlyYearDayMonth('2027/31/12 09:00')).toBe('2027-12-31');
    expect(onlyYearDayMonth('2027-04-03')).toBeUndefined();
    expect(onlyYearDayMonth('2027-31-02')).toBeUndefined();
    expect(onlyYearDayMonth('2027-15-13')).toBeUndefined();
    expect(onlyYearDayMonth('15/03/2027')).toBeUndefined();
  });
});

describe('statuses', () => {
  const st = (...s: string[]) => [
    H,
    ...s.map((v, i) => row(i, String(5001 + i), '03/15/2027', `${9 + i}:00 AM`, v)),
  ];
  check('colours as statuses: held', st('Green', 'Red', 'Yellow'), { held: ['status'] });
  check("icons' alt text as statuses: held", st('[icon: check]', '[icon: x]'), { held: ['status'] });
  check(
    "'Cancellation Requested', 'Pending Cancel', 'Cancel Pending': held",
    st('Cancellation Requested', 'Pending Cancel', 'Cancel Pending'),
    {
      held: ['status'],
    },
  );
  check(
    "a trailing code the connector does not know ('CANC-RS'): held",
    st('Confirmed (C)', 'Cancelled - PT', 'CANC-RS'),
    {
      held: ['status'],
    },
  );
  check(
    "Spanish statuses in a US file: 'Confirmada' booked, 'Cancelada' and 'Anulada' cancelled",
    st('Confirmada', 'Cancelada', 'Anulada'),
    {
      sent: [
        ['5001', '2027-03-15T14:00:00.000Z', 'NEW'],
        ['5002', '2027-03-15T15:00:00.000Z', 'CANCEL'],
        ['5003', '2027-03-15T16:00:00.000Z', 'CANCEL'],
      ],
    },
  );
  check(
    "'Not Confirmed', 'Not Cancelled', 'Uncancelled' are booked",
    st('Not Confirmed', 'Not Cancelled', 'Uncancelled'),
    {
      sent: [
        ['5001', '2027-03-15T14:00:00.000Z', 'NEW'],
        ['5002', '2027-03-15T15:00:00.000Z', 'NEW'],
        ['5003', '2027-03-15T16:00:00.000Z', 'NEW'],
      ],
    },
  );
  const flag = (header: string, no: string, yes: string) => [
    `Appt ID,Date,Time,Patient ID,Last Name,First Name,DOB,${header}`,
    `5001,03/15/2027,9:00 AM,2000,Garcia,Rosa,04/07/1958,${no}`,
    `5002,03/15/2027,9:30 AM,2001,Nguyen,Linh,11/02/1984,${yes}`,
  ];
  const bookedThenCancelled: Array<[string, string, string]> = [
    ['5001', '2027-03-15T14:00:00.000Z', 'NEW'],
    ['5002', '2027-03-15T14:30:00.000Z', 'CANCEL'],
  ];
  check("'Cancelled' = N / Y", flag('Cancelled', 'N', 'Y'), { sent: bookedThenCancelled });
  check("'Cancelled' = FALSE / TRUE", flag('Cancelled', 'FALSE', 'TRUE'), { sent: bookedThenCancelled });
  check("'Active' = Y / N: held (N may be deleted, cancelled or moved)", flag('Active', 'Y', 'N'), {
    held: ['column'],
  });
});

describe('ids', () => {
  const two = (header: string, a: string[], b: string[]) => [
    `${header},Time,Patient ID,Last Name,First Name,DOB,Status`,
    `${a[0]},9:00 AM,2000,Garcia,Rosa,04/07/1958,Confirmed`,
    `${a[1]},9:30 AM,2001,Nguyen,Linh,11/02/1984,Confirmed`,
    `${b[0]},9:00 AM,2002,Okafor,Chidi,02/03/1988,Confirmed`,
    `${b[1]},9:30 AM,2003,Berg,Ingrid,01/30/1959,Confirmed`,
  ];
  it("'1', '2' each day again: a row counter, ids are made from patient, provider and day", async () => {
    const r = await run(
      two('Appt ID,Date', ['1,03/15/2027', '2,03/15/2027'], ['1,03/16/2027', '2,03/16/2027']),
      'America/Chicago',
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => /^A-[0-9a-f]{16}$/.test(a.appointmentId))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
  check(
    "'101', '102' each day again for other patients: held",
    two('Appt ID,Date', ['101,03/15/2027', '102,03/15/2027'], ['101,03/16/2027', '102,03/16/2027']),
    { held: ['appointment-id'] },
  );
  check(
    "a number unique only with its location ('MAIN 1001', 'EAST 1001'): held",
    two(
      'Location,Appt No,Date',
      ['MAIN,1001,03/15/2027', 'EAST,1001,03/15/2027'],
      ['MAIN,1002,03/16/2027', 'EAST,1002,03/16/2027'],
    ),
    { held: ['appointment-id'] },
  );
  it("a guarantor's account on two people of other birth dates is no patient id", async () => {
    const r = await run(
      [
        'Appt ID,Date,Time,Account #,Last Name,First Name,DOB,Status',
        '5001,03/15/2027,9:00 AM,A100,Garcia,Rosa,04/17/1958,Confirmed',
        '5002,03/15/2027,9:30 AM,A100,Garcia,Luis,11/02/2014,Confirmed',
        '5003,03/15/2027,10:00 AM,A101,Okafor,Chidi,02/03/1988,Confirmed',
      ],
      'America/Chicago',
    );
    const ids = r.appointments.map((a) => a.patient.patientId);
    expect(ids).toHaveLength(3);
    expect(ids.every((p) => p.startsWith('P-'))).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });
});
